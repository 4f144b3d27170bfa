<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Errors</name>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="559" />
      <source>%1 — %n attempt(s) left</source>
      <translation>
        <numerusform>%1 — %n attempt left</numerusform>
        <numerusform>%1 — %n attempts left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="658" />
      <source>The network asks to wait %n second(s) before trying again.</source>
      <translation>
        <numerusform>The network asks to wait %n second before trying again.</numerusform>
        <numerusform>The network asks to wait %n seconds before trying again.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FleetPage</name>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="497" />
      <source>%n SIM(s)</source>
      <translation>
        <numerusform>%n SIM</numerusform>
        <numerusform>%n SIMs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="226" />
      <source>%n SIM(s) written to %1</source>
      <translation>
        <numerusform>%n SIM written to %1</numerusform>
        <numerusform>%n SIMs written to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="614" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n character</numerusform>
        <numerusform>%n characters</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="615" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n message</numerusform>
        <numerusform>%n messages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="223" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n record</numerusform>
        <numerusform>%n records</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="640" />
      <location filename="../cmgui/views/fleet_page.py" line="660" />
      <source>Change the status of %n SIM(s) to %1?</source>
      <translation>
        <numerusform>Change the status of %n SIM to %1?</numerusform>
        <numerusform>Change the status of %n SIMs to %1?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="682" />
      <source>Changing %n SIM(s) to %1</source>
      <translation>
        <numerusform>Changing %n SIM to %1</numerusform>
        <numerusform>Changing %n SIMs to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="707" />
      <source>Job %1: %2 of %n SIM(s) changed.</source>
      <translation>
        <numerusform>Job %1: %2 of %n SIM changed.</numerusform>
        <numerusform>Job %1: %2 of %n SIMs changed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GatewayController</name>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="470" />
      <source>Sending %n message(s)</source>
      <translation>
        <numerusform>Sending %n message</numerusform>
        <numerusform>Sending %n messages</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GatewayPage</name>
    <message numerus="yes">
      <location filename="../cmgui/views/gateway_page.py" line="343" />
      <source>%n recipient(s) from %1</source>
      <translation>
        <numerusform>%n recipient from %1</numerusform>
        <numerusform>%n recipients from %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MessagesPage</name>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="452" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n character</numerusform>
        <numerusform>%n characters</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="454" />
      <source>%n left</source>
      <translation>
        <numerusform>%n left</numerusform>
        <numerusform>%n left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="453" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n message</numerusform>
        <numerusform>%n messages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="485" />
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
      <location filename="../cmgui/views/pin_dialogs.py" line="164" />
      <source>%n PIN attempt(s) left</source>
      <translation>
        <numerusform>%n PIN attempt left</numerusform>
        <numerusform>%n PIN attempts left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="162" />
      <source>%n PUK attempt(s) left</source>
      <translation>
        <numerusform>%n PUK attempt left</numerusform>
        <numerusform>%n PUK attempts left</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PortTableModel</name>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="123" />
      <source>%n min ago</source>
      <translation>
        <numerusform>%n min ago</numerusform>
        <numerusform>%n min ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="121" />
      <source>%n s ago</source>
      <translation>
        <numerusform>%n s ago</numerusform>
        <numerusform>%n s ago</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SecretsChoiceController</name>
    <message numerus="yes">
      <location filename="../cmgui/controllers/secrets_choice.py" line="111" />
      <source>The passphrase needs at least %n characters.</source>
      <translation>
        <numerusform>The passphrase needs at least %n characters.</numerusform>
        <numerusform>The passphrase needs at least %n characters.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TeamJobsController</name>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="155" />
      <source>Queueing %n message(s)</source>
      <translation>
        <numerusform>Queueing %n message</numerusform>
        <numerusform>Queueing %n messages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="170" />
      <source>Queueing the status change of %n SIM(s)</source>
      <translation>
        <numerusform>Queueing the status change of %n SIM</numerusform>
        <numerusform>Queueing the status change of %n SIMs</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message numerus="yes">
      <location filename="../cmgui/views/tray.py" line="135" />
      <source>%n unread message(s)</source>
      <translation>
        <numerusform>%n unread message</numerusform>
        <numerusform>%n unread messages</numerusform>
      </translation>
    </message>
  </context>
</TS>
