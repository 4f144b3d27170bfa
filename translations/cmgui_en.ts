<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Errors</name>
    <message numerus="yes">
      <location filename="../cmgui/controllers/errors.py" line="70" />
      <source>%1 — %n attempt(s) left</source>
      <translation>
        <numerusform>%1 — %n attempt left</numerusform>
        <numerusform>%1 — %n attempts left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/errors.py" line="81" />
      <source>The network asks to wait %n second(s) before trying again.</source>
      <translation>
        <numerusform>The network asks to wait %n second before trying again.</numerusform>
        <numerusform>The network asks to wait %n seconds before trying again.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MessagesPage</name>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="359" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n character</numerusform>
        <numerusform>%n characters</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="361" />
      <source>%n left</source>
      <translation>
        <numerusform>%n left</numerusform>
        <numerusform>%n left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="360" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n message</numerusform>
        <numerusform>%n messages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="392" />
      <source>Delete %n message(s) from the archive and from the device?</source>
      <translation>
        <numerusform>Delete %n message from the archive and from the device?</numerusform>
        <numerusform>Delete %n messages from the archive and from the device?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="150" />
      <source>%n PIN attempt(s) left</source>
      <translation>
        <numerusform>%n PIN attempt left</numerusform>
        <numerusform>%n PIN attempts left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="148" />
      <source>%n PUK attempt(s) left</source>
      <translation>
        <numerusform>%n PUK attempt left</numerusform>
        <numerusform>%n PUK attempts left</numerusform>
      </translation>
    </message>
  </context>
</TS>
