<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>App</name>
    <message>
      <location filename="../cmgui/app.py" line="62" />
      <source>Something went wrong inside cmgui: %1

The details are in %2.</source>
      <translation>In cmgui ist ein Fehler aufgetreten: %1

Einzelheiten stehen in %2.</translation>
    </message>
    <message>
      <location filename="../cmgui/app.py" line="61" />
      <source>cmgui hit a bug</source>
      <translation>cmgui ist auf einen Programmfehler gestoßen</translation>
    </message>
  </context>
  <context>
    <name>ConnectionController</name>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="188" />
      <source>Connecting</source>
      <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="273" />
      <source>Deleting the profile</source>
      <translation>Profil wird gelöscht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="218" />
      <source>Deleting the record</source>
      <translation>Eintrag wird gelöscht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="208" />
      <source>Disconnecting</source>
      <translation>Verbindung wird getrennt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="127" />
      <source>Reading profiles</source>
      <translation>Profile werden gelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="264" />
      <location filename="../cmgui/controllers/connection.py" line="282" />
      <source>Saving the profile</source>
      <translation>Profil wird gespeichert</translation>
    </message>
  </context>
  <context>
    <name>ConnectionPage</name>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="182" />
      <source>&amp;Add…</source>
      <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="254" />
      <source>&amp;Connect</source>
      <translation>&amp;Verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="187" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="254" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Trennen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="183" />
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="142" />
      <source>&amp;Profile:</source>
      <translation>&amp;Profil:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="160" />
      <source>APN</source>
      <translation>APN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="188" />
      <source>Add a profile</source>
      <translation>Profil hinzufügen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="133" />
      <source>Connection</source>
      <translation>Verbindung</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="140" />
      <source>Connection state</source>
      <translation>Verbindungszustand</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="235" />
      <source>Default (%1)</source>
      <translation>Standard (%1)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="316" />
      <source>Delete profile</source>
      <translation>Profil löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="317" />
      <source>Delete the profile “%1”?</source>
      <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="190" />
      <source>Delete the selected profile</source>
      <translation>Ausgewähltes Profil löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="161" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="189" />
      <source>Edit the selected profile</source>
      <translation>Ausgewähltes Profil bearbeiten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="160" />
      <source>IP address</source>
      <translation>IP-Adresse</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="250" />
      <source>Last attempt failed: %1</source>
      <translation>Letzter Versuch fehlgeschlagen: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="184" />
      <source>Make de&amp;fault</source>
      <translation>Als Stan&amp;dard</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="185" />
      <source>Make the selected profile the default</source>
      <translation>Ausgewähltes Profil zum Standard machen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="136" />
      <source>Mobile data</source>
      <translation>Mobile Daten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="134" />
      <source>Mobile data: connect with one of your profiles.</source>
      <translation>Mobile Daten: Verbindung mit einem Ihrer Profile.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="236" />
      <source>Operator default</source>
      <translation>Vorgabe des Netzbetreibers</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="145" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="166" />
      <location filename="../cmgui/views/connection_page.py" line="170" />
      <source>Profiles</source>
      <translation>Profile</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="200" />
      <location filename="../cmgui/views/connection_page.py" line="204" />
      <source>Recent sessions</source>
      <translation>Letzte Sitzungen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="177" />
      <source>This device keeps no profiles: connections use the operator's default settings.</source>
      <translation>Dieses Gerät speichert keine Profile: Verbindungen nutzen die Vorgaben des Netzbetreibers.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="161" />
      <source>Traffic</source>
      <translation>Datenvolumen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="157" />
      <source>Why the connection failed</source>
      <translation>Warum die Verbindung fehlschlug</translation>
    </message>
  </context>
  <context>
    <name>DeviceController</name>
    <message>
      <location filename="../cmgui/controllers/device.py" line="320" />
      <source>The device was disconnected.</source>
      <translation>Das Gerät wurde getrennt.</translation>
    </message>
  </context>
  <context>
    <name>DeviceManager</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="96" />
      <source>Demo modem (virtual)</source>
      <translation>Demo-Modem (virtuell)</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="98" />
      <source>&amp;Automatic</source>
      <translation>&amp;Automatisch</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="99" />
      <source>&amp;Manual</source>
      <translation>&amp;Manuell</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="108" />
      <source>&amp;Mode:</source>
      <translation>M&amp;odus:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="140" />
      <source>&amp;Register on selected network</source>
      <translation>Im ausgewählten Netz &amp;registrieren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="118" />
      <source>&amp;Search for networks</source>
      <translation>Nach Netzen &amp;suchen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="151" />
      <source>&amp;Unlock…</source>
      <translation>&amp;Entsperren…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="35" />
      <source>2G only</source>
      <translation>Nur 2G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="34" />
      <source>3G only</source>
      <translation>Nur 3G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="32" />
      <source>4G and 3G</source>
      <translation>4G und 3G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="33" />
      <source>4G only</source>
      <translation>Nur 4G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="31" />
      <source>5G, 4G, 3G, 2G</source>
      <translation>5G, 4G, 3G, 2G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="90" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="30" />
      <source>Automatic</source>
      <translation>Automatisch</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="154" />
      <source>C&amp;hange PIN…</source>
      <translation>PIN ä&amp;ndern…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="64" />
      <source>Demo</source>
      <translation>Demo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="85" />
      <source>Device details</source>
      <translation>Gerätedetails</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="51" />
      <source>Devices</source>
      <translation>Geräte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="88" />
      <source>Firmware</source>
      <translation>Firmware</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="89" />
      <source>ICCID</source>
      <translation>ICCID</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="88" />
      <source>IMEI</source>
      <translation>IMEI</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="89" />
      <source>IMSI</source>
      <translation>IMSI</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="87" />
      <source>Manufacturer</source>
      <translation>Hersteller</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="87" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="77" />
      <source>Network</source>
      <translation>Netz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="79" />
      <source>Network code</source>
      <translation>Netzkennung</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="110" />
      <source>Network mode</source>
      <translation>Netzmodus</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="96" />
      <source>Network selection</source>
      <translation>Netzauswahl</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="129" />
      <source>Networks found</source>
      <translation>Gefundene Netze</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="186" />
      <source>No device</source>
      <translation>Kein Gerät</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="60" />
      <source>Operator</source>
      <translation>Netzbetreiber</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="90" />
      <source>Phone number</source>
      <translation>Rufnummer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="72" />
      <source>Radio</source>
      <translation>Funk</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="215" />
      <source>Radio off</source>
      <translation>Funk aus</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="215" />
      <source>Radio on</source>
      <translation>Funk an</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="63" />
      <source>Roaming</source>
      <translation>Roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="79" />
      <source>SIM</source>
      <translation>SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="147" />
      <source>SIM security</source>
      <translation>SIM-Sicherheit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="135" />
      <source>Searching takes one to three minutes; the modem stays usable meanwhile.</source>
      <translation>Die Suche dauert ein bis drei Minuten; das Modem bleibt währenddessen nutzbar.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="78" />
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="77" />
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="56" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="78" />
      <source>Technology</source>
      <translation>Technik</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="227" />
      <source>The PIN is off.</source>
      <translation>Die PIN ist ausgeschaltet.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="225" />
      <source>The PIN is on: the SIM asks for it at start.</source>
      <translation>Die PIN ist eingeschaltet: Die SIM fragt beim Start danach.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="223" />
      <source>The SIM card is locked.</source>
      <translation>Die SIM-Karte ist gesperrt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="52" />
      <source>The modem in use, its network and its SIM card.</source>
      <translation>Das verwendete Modem, sein Netz und seine SIM-Karte.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="153" />
      <source>Turn PIN o&amp;ff…</source>
      <translation>PIN a&amp;usschalten…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="152" />
      <source>Turn PIN o&amp;n…</source>
      <translation>PIN ei&amp;nschalten…</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message numerus="yes">
      <location filename="../cmgui/controllers/errors.py" line="70" />
      <source>%1 — %n attempt(s) left</source>
      <translation>
        <numerusform>%1 – noch %n Versuch</numerusform>
        <numerusform>%1 – noch %n Versuche</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="36" />
      <source>Disconnect first.</source>
      <translation>Trennen Sie zuerst die Verbindung.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="24" />
      <source>No device is known at this address.</source>
      <translation>Unter dieser Adresse ist kein Gerät bekannt.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="92" />
      <source>Something went wrong inside cmgui (%1). The details are in the log.</source>
      <translation>In cmgui ist ein Fehler aufgetreten (%1). Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="49" />
      <source>That Wi-Fi network is out of range.</source>
      <translation>Dieses WLAN ist außer Reichweite.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="60" />
      <location filename="../cmgui/controllers/errors.py" line="61" />
      <source>The PIN is blocked. Enter the PUK.</source>
      <translation>Die PIN ist gesperrt. Geben Sie die PUK ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="62" />
      <source>The PUK is blocked. Only your operator can unlock this SIM now.</source>
      <translation>Die PUK ist gesperrt. Nur noch Ihr Netzbetreiber kann diese SIM entsperren.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="29" />
      <source>The SIM card cannot be read.</source>
      <translation>Die SIM-Karte kann nicht gelesen werden.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="47" />
      <source>The Wi-Fi password was not accepted.</source>
      <translation>Das WLAN-Passwort wurde nicht akzeptiert.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="37" />
      <source>The access point name (APN) is not valid.</source>
      <translation>Der Zugangspunktname (APN) ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="64" />
      <source>The code has the wrong format.</source>
      <translation>Der Code hat das falsche Format.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="23" />
      <source>The device cannot be reached.</source>
      <translation>Das Gerät ist nicht erreichbar.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="88" />
      <source>The device did not answer in time.</source>
      <translation>Das Gerät hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="32" />
      <source>The device is busy. Try again in a moment.</source>
      <translation>Das Gerät ist beschäftigt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="26" />
      <source>The device is in use by another program.</source>
      <translation>Das Gerät wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="91" />
      <source>The device stopped answering (%1).</source>
      <translation>Das Gerät antwortet nicht mehr (%1).</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="42" />
      <source>The endpoint denied access.</source>
      <translation>Der Endpunkt hat den Zugriff verweigert.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="40" />
      <source>The endpoint rejected the access token.</source>
      <translation>Der Endpunkt hat das Zugangstoken abgelehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="43" />
      <source>The message centre number (SMSC) is not valid.</source>
      <translation>Die Nummer der Kurzmitteilungszentrale (SMSC) ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="45" />
      <source>The message could not be sent in time.</source>
      <translation>Die Nachricht konnte nicht rechtzeitig gesendet werden.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/errors.py" line="81" />
      <source>The network asks to wait %n second(s) before trying again.</source>
      <translation>
        <numerusform>Das Netz bittet, vor einem neuen Versuch %n Sekunde zu warten.</numerusform>
        <numerusform>Das Netz bittet, vor einem neuen Versuch %n Sekunden zu warten.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="46" />
      <source>The network did not accept this code.</source>
      <translation>Das Netz hat diesen Code nicht angenommen.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="85" />
      <source>The network refused: %1</source>
      <translation>Das Netz hat abgelehnt: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="38" />
      <source>The network rejected the user name or password.</source>
      <translation>Das Netz hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="30" />
      <source>The radio is off. Turn it on first.</source>
      <translation>Der Funk ist aus. Schalten Sie ihn zuerst ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="28" />
      <source>There is no SIM card in the device.</source>
      <translation>Im Gerät steckt keine SIM-Karte.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="34" />
      <source>There is no connection to end.</source>
      <translation>Es gibt keine Verbindung, die getrennt werden könnte.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="33" />
      <source>There is no data connection.</source>
      <translation>Es besteht keine Datenverbindung.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="31" />
      <source>There is no network service.</source>
      <translation>Kein Netz verfügbar.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="22" />
      <source>This device does not support that function.</source>
      <translation>Dieses Gerät unterstützt diese Funktion nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="57" />
      <source>Wrong PIN</source>
      <translation>Falsche PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="59" />
      <source>Wrong PUK</source>
      <translation>Falsche PUK</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="58" />
      <source>Wrong current PIN</source>
      <translation>Falsche aktuelle PIN</translation>
    </message>
  </context>
  <context>
    <name>Format</name>
    <message>
      <location filename="../cmgui/views/format.py" line="62" />
      <source>%1/s</source>
      <translation>%1/s</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="50" />
      <source>Blocked</source>
      <translation>Gesperrt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="39" />
      <source>Connected</source>
      <translation>Verbunden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="38" />
      <source>Connecting…</source>
      <translation>Verbindet…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="37" />
      <source>Disconnected</source>
      <translation>Getrennt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="40" />
      <source>Disconnecting…</source>
      <translation>Trennt…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="30" />
      <source>Emergency calls only</source>
      <translation>Nur Notrufe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="23" />
      <source>Home network</source>
      <translation>Heimatnetz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="28" />
      <source>Home network (SMS only)</source>
      <translation>Heimatnetz (nur SMS)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="51" />
      <source>No SIM card</source>
      <translation>Keine SIM-Karte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="15" />
      <source>Not available</source>
      <translation>Nicht verfügbar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="11" />
      <source>Not open</source>
      <translation>Nicht geöffnet</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="22" />
      <source>Not registered</source>
      <translation>Nicht registriert</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="12" />
      <source>Opening…</source>
      <translation>Wird geöffnet…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="48" />
      <source>PIN required</source>
      <translation>PIN erforderlich</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="49" />
      <source>PUK required</source>
      <translation>PUK erforderlich</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="13" />
      <source>Ready</source>
      <translation>Bereit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="25" />
      <source>Registration denied</source>
      <translation>Registrierung abgelehnt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="27" />
      <source>Roaming</source>
      <translation>Roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="29" />
      <source>Roaming (SMS only)</source>
      <translation>Roaming (nur SMS)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="52" />
      <source>SIM card failure</source>
      <translation>SIM-Kartenfehler</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="14" />
      <source>SIM locked</source>
      <translation>SIM gesperrt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="24" />
      <source>Searching…</source>
      <translation>Suche läuft…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="26" />
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="47" />
      <source>Unlocked</source>
      <translation>Entsperrt</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../cmgui/views/main_window.py" line="156" />
      <source>&amp;Device:</source>
      <translation>&amp;Gerät:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="171" />
      <source>Add a remote device</source>
      <translation>Entferntes Gerät hinzufügen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="170" />
      <source>Add a remote device…</source>
      <translation>Entferntes Gerät hinzufügen…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="72" />
      <source>Connection</source>
      <translation>Verbindung</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="212" />
      <source>Connection state</source>
      <translation>Verbindungszustand</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="160" />
      <source>Device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="72" />
      <source>Devices</source>
      <translation>Geräte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="191" />
      <source>Dismiss the message</source>
      <translation>Meldung schließen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="188" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="165" />
      <location filename="../cmgui/views/main_window.py" line="166" />
      <source>Look for devices again</source>
      <translation>Erneut nach Geräten suchen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="73" />
      <source>Messages</source>
      <translation>Nachrichten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="253" />
      <source>No device</source>
      <translation>Kein Gerät</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="205" />
      <source>Operator</source>
      <translation>Netzbetreiber</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="67" />
      <source>Sections</source>
      <translation>Bereiche</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="74" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="73" />
      <source>Statistics</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="207" />
      <source>Technology</source>
      <translation>Technik</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="74" />
      <source>WLAN</source>
      <translation>WLAN</translation>
    </message>
  </context>
  <context>
    <name>MessagesController</name>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="357" />
      <source>Deleting messages</source>
      <translation>Nachrichten werden gelöscht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="391" />
      <source>Marking messages read</source>
      <translation>Nachrichten werden als gelesen markiert</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="216" />
      <source>Reading a new message</source>
      <translation>Neue Nachricht wird gelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="161" />
      <location filename="../cmgui/controllers/messages.py" line="162" />
      <source>Reading messages</source>
      <translation>Nachrichten werden gelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="334" />
      <source>Sending the message</source>
      <translation>Nachricht wird gesendet</translation>
    </message>
  </context>
  <context>
    <name>MessagesPage</name>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="359" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n Zeichen</numerusform>
        <numerusform>%n Zeichen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="361" />
      <source>%n left</source>
      <translation>
        <numerusform>%n frei</numerusform>
        <numerusform>%n frei</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="360" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n Nachricht</numerusform>
        <numerusform>%n Nachrichten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="284" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="245" />
      <source>&amp;New message</source>
      <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="277" />
      <source>&amp;To:</source>
      <translation>&amp;An:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="247" />
      <source>&amp;USSD…</source>
      <translation>&amp;USSD…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="273" />
      <source>Choose a conversation or write a new message.</source>
      <translation>Wählen Sie eine Unterhaltung oder schreiben Sie eine neue Nachricht.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="241" />
      <source>Conversations</source>
      <translation>Unterhaltungen</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="392" />
      <source>Delete %n message(s) from the archive and from the device?</source>
      <translation>
        <numerusform>%n Nachricht aus dem Archiv und vom Gerät löschen?</numerusform>
        <numerusform>%n Nachrichten aus dem Archiv und vom Gerät löschen?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="391" />
      <source>Delete messages</source>
      <translation>Nachrichten löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="285" />
      <source>Delete the selected messages</source>
      <translation>Ausgewählte Nachrichten löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="223" />
      <source>Every message read from or sent with your devices, and USSD services.</source>
      <translation>Alle Nachrichten, die Ihre Geräte empfangen oder gesendet haben, und USSD-Dienste.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="299" />
      <source>Message length</source>
      <translation>Nachrichtenlänge</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="291" />
      <source>Message text</source>
      <translation>Nachrichtentext</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="222" />
      <source>Messages</source>
      <translation>Nachrichten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="341" />
      <source>Messages matching “%1”</source>
      <translation>Nachrichten mit „%1“</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="271" />
      <source>Messages of the conversation</source>
      <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="344" />
      <source>New message</source>
      <translation>Neue Nachricht</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="248" />
      <source>Open the USSD dialog</source>
      <translation>USSD-Dialog öffnen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="279" />
      <source>Phone number</source>
      <translation>Rufnummer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="280" />
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="301" />
      <source>S&amp;end</source>
      <translation>Sen&amp;den</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="232" />
      <location filename="../cmgui/views/messages_page.py" line="233" />
      <source>Search messages</source>
      <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="302" />
      <source>Send (Ctrl+Enter)</source>
      <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="290" />
      <source>Write a message</source>
      <translation>Nachricht schreiben</translation>
    </message>
  </context>
  <context>
    <name>Models</name>
    <message>
      <location filename="../cmgui/controllers/models.py" line="393" />
      <source>(hidden network)</source>
      <translation>(verborgenes Netz)</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="364" />
      <source>APN</source>
      <translation>APN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="175" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="194" />
      <source>Available</source>
      <translation>Verfügbar</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="409" />
      <source>Band</source>
      <translation>Band</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="398" />
      <source>Connected</source>
      <translation>Verbunden</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="194" />
      <source>Current</source>
      <translation>Aktuell</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="277" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="366" />
      <location filename="../cmgui/controllers/models.py" line="367" />
      <source>Default</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="243" />
      <source>Delivered</source>
      <translation>Zugestellt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="174" />
      <source>Device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="332" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="195" />
      <source>Forbidden</source>
      <translation>Gesperrt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="303" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="257" />
      <source>From %1</source>
      <translation>Von %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="342" />
      <source>Home</source>
      <translation>Heimnetz</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="365" />
      <source>IP type</source>
      <translation>IP-Typ</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="399" />
      <source>Known</source>
      <translation>Bekannt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="276" />
      <source>Last message</source>
      <translation>Letzte Nachricht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="363" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="296" />
      <location filename="../cmgui/controllers/models.py" line="341" />
      <location filename="../cmgui/controllers/models.py" line="404" />
      <location filename="../cmgui/controllers/models.py" line="428" />
      <source>Network</source>
      <translation>Netz</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="218" />
      <source>Network code</source>
      <translation>Netzkennung</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="243" />
      <source>Not delivered</source>
      <translation>Nicht zugestellt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="274" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="217" />
      <source>Operator</source>
      <translation>Netzbetreiber</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="431" />
      <source>Priority</source>
      <translation>Priorität</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="334" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="252" />
      <location filename="../cmgui/controllers/models.py" line="338" />
      <source>Received</source>
      <translation>Empfangen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="342" />
      <source>Roaming</source>
      <translation>Roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="405" />
      <location filename="../cmgui/controllers/models.py" line="429" />
      <source>Security</source>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="242" />
      <source>Sending…</source>
      <translation>Wird gesendet…</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="242" />
      <location filename="../cmgui/controllers/models.py" line="252" />
      <location filename="../cmgui/controllers/models.py" line="335" />
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="407" />
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="329" />
      <source>Started</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="410" />
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="220" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="219" />
      <source>Technology</source>
      <translation>Technik</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="304" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="302" />
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="257" />
      <source>To %1</source>
      <translation>An %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="195" />
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="279" />
      <source>Unread</source>
      <translation>Ungelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/models.py" line="296" />
      <source>You</source>
      <translation>Sie</translation>
    </message>
  </context>
  <context>
    <name>NetworkController</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="267" />
      <source>Changing the network mode</source>
      <translation>Netzmodus wird geändert</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="249" />
      <source>Registering</source>
      <translation>Registrierung läuft</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="213" />
      <source>Searching for networks</source>
      <translation>Suche nach Netzen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="258" />
      <source>Switching the radio</source>
      <translation>Funk wird umgeschaltet</translation>
    </message>
  </context>
  <context>
    <name>OperationBar</name>
    <message>
      <location filename="../cmgui/views/widgets.py" line="137" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/widgets.py" line="138" />
      <source>Cancel the running operation</source>
      <translation>Laufenden Vorgang abbrechen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/widgets.py" line="134" />
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="150" />
      <source>%n PIN attempt(s) left</source>
      <translation>
        <numerusform>Noch %n PIN-Versuch</numerusform>
        <numerusform>Noch %n PIN-Versuche</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="148" />
      <source>%n PUK attempt(s) left</source>
      <translation>
        <numerusform>Noch %n PUK-Versuch</numerusform>
        <numerusform>Noch %n PUK-Versuche</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="172" />
      <source>A PIN has 4 to 8 digits.</source>
      <translation>Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="121" />
      <source>Anyone with this SIM card can use it without a PIN once it is off.</source>
      <translation>Ist sie ausgeschaltet, kann jeder diese SIM-Karte ohne PIN benutzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="130" />
      <source>Change</source>
      <translation>Ändern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="126" />
      <source>Change PIN</source>
      <translation>PIN ändern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="179" />
      <source>Confirm the last attempt first.</source>
      <translation>Bestätigen Sie zuerst den letzten Versuch.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="128" />
      <source>Current PIN:</source>
      <translation>Aktuelle PIN:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="127" />
      <source>Enter the current PIN and the new one twice.</source>
      <translation>Geben Sie die aktuelle PIN und zweimal die neue ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="78" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="67" />
      <source>I understand, try this last time</source>
      <translation>Verstanden, letzten Versuch wagen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="71" />
      <source>Kept in the system keyring. It is sent for you only while at least two attempts are left, and forgotten if the SIM ever rejects it.</source>
      <translation>Wird im Schlüsselbund des Systems aufbewahrt. Er wird nur dann für Sie gesendet, wenn noch mindestens zwei Versuche übrig sind, und vergessen, sobald die SIM ihn ablehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="157" />
      <source>Last attempt: a wrong PIN blocks the SIM card and you will need the PUK.</source>
      <translation>Letzter Versuch: Eine falsche PIN sperrt die SIM-Karte, dann brauchen Sie die PUK.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="153" />
      <source>Last attempt: a wrong PUK blocks the SIM card for good. Only your operator can replace it.</source>
      <translation>Letzter Versuch: Eine falsche PUK sperrt die SIM-Karte endgültig. Nur Ihr Netzbetreiber kann sie ersetzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="57" />
      <source>New PIN</source>
      <translation>Neue PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="111" />
      <location filename="../cmgui/views/pin_dialogs.py" line="128" />
      <source>New PIN:</source>
      <translation>Neue PIN:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="55" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="104" />
      <location filename="../cmgui/views/pin_dialogs.py" line="117" />
      <location filename="../cmgui/views/pin_dialogs.py" line="123" />
      <source>PIN:</source>
      <translation>PIN:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="56" />
      <source>PUK</source>
      <translation>PUK</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="111" />
      <source>PUK:</source>
      <translation>PUK:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="69" />
      <source>Re&amp;member the PIN on this computer</source>
      <translation>PIN auf diesem Computer &amp;merken</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="70" />
      <source>Remember the PIN on this computer</source>
      <translation>PIN auf diesem Computer merken</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="58" />
      <source>Repeat new PIN</source>
      <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="112" />
      <location filename="../cmgui/views/pin_dialogs.py" line="129" />
      <source>Repeat new PIN:</source>
      <translation>Neue PIN wiederholen:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="108" />
      <source>The PIN is blocked after too many wrong entries. Enter the PUK from the SIM card's holder, then choose a new PIN.</source>
      <translation>Die PIN ist nach zu vielen Fehleingaben gesperrt. Geben Sie die PUK vom Kartenträger der SIM ein und wählen Sie dann eine neue PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="170" />
      <source>The PUK has 8 digits.</source>
      <translation>Die PUK hat 8 Ziffern.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="103" />
      <source>The SIM card is locked. Enter its PIN to use it.</source>
      <translation>Die SIM-Karte ist gesperrt. Geben Sie ihre PIN ein, um sie zu benutzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="116" />
      <source>The SIM will ask for this PIN whenever it starts.</source>
      <translation>Die SIM fragt bei jedem Start nach dieser PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="175" />
      <source>The new PIN needs 4 to 8 digits.</source>
      <translation>Die neue PIN braucht 4 bis 8 Ziffern.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="177" />
      <source>The two new PINs differ.</source>
      <translation>Die beiden neuen PINs stimmen nicht überein.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="120" />
      <source>Turn PIN off</source>
      <translation>PIN ausschalten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="115" />
      <source>Turn PIN on</source>
      <translation>PIN einschalten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="124" />
      <source>Turn off</source>
      <translation>Ausschalten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="118" />
      <source>Turn on</source>
      <translation>Einschalten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="113" />
      <source>Unblock</source>
      <translation>Entsperren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="107" />
      <source>Unblock SIM</source>
      <translation>SIM entsperren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="105" />
      <source>Unlock</source>
      <translation>Entsperren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="102" />
      <source>Unlock SIM</source>
      <translation>SIM entsperren</translation>
    </message>
  </context>
  <context>
    <name>PlanEditor</name>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="33" />
      <source>&amp;Billing period starts on day:</source>
      <translation>&amp;Abrechnungszeitraum beginnt am Tag:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="51" />
      <source>&amp;Save plan</source>
      <translation>Tari&amp;f speichern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="41" />
      <source>&amp;Warn at (% of the limit):</source>
      <translation>&amp;Warnen bei (% des Limits):</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="32" />
      <source>Billing day</source>
      <translation>Abrechnungstag</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="43" />
      <source>D&amp;isconnect when the limit is reached</source>
      <translation>Verbindung &amp;trennen, wenn das Limit erreicht ist</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="26" />
      <source>Data plan of this SIM</source>
      <translation>Datentarif dieser SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="49" />
      <source>Data plan status</source>
      <translation>Status des Datentarifs</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="35" />
      <source>Monthly &amp;limit:</source>
      <translation>Monatliches &amp;Limit:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="34" />
      <source>Monthly limit</source>
      <translation>Monatliches Limit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="64" />
      <source>No limit</source>
      <translation>Kein Limit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="37" />
      <source>R&amp;oaming limit:</source>
      <translation>R&amp;oaming-Limit:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="36" />
      <source>Roaming limit</source>
      <translation>Roaming-Limit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="52" />
      <source>Save the data plan</source>
      <translation>Datentarif speichern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="98" />
      <source>Saved.</source>
      <translation>Gespeichert.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="81" />
      <source>Unlock a SIM to set its plan; usage is counted per SIM.</source>
      <translation>Entsperren Sie eine SIM, um ihren Tarif festzulegen; die Nutzung wird je SIM gezählt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="40" />
      <source>Warning thresholds in percent</source>
      <translation>Warnschwellen in Prozent</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="74" />
      <source>&amp;APN:</source>
      <translation>&amp;APN:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="78" />
      <source>&amp;IP type:</source>
      <translation>&amp;IP-Typ:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="74" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="76" />
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="75" />
      <source>&amp;User name:</source>
      <translation>&amp;Benutzername:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="77" />
      <source>A&amp;uthentication:</source>
      <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="58" />
      <source>Allow while roaming</source>
      <translation>Beim Roaming erlauben</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="42" />
      <source>Edit profile</source>
      <translation>Profil bearbeiten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="42" />
      <source>New profile</source>
      <translation>Neues Profil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="55" />
      <source>None</source>
      <translation>Keine</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="71" />
      <source>Other (enter it yourself)</source>
      <translation>Andere (selbst eingeben)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="55" />
      <source>PAP or CHAP</source>
      <translation>PAP oder CHAP</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="72" />
      <source>Su&amp;ggested:</source>
      <translation>&amp;Vorschlag:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="67" />
      <source>Suggested settings</source>
      <translation>Vorgeschlagene Einstellungen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="53" />
      <source>unchanged</source>
      <translation>unverändert</translation>
    </message>
  </context>
  <context>
    <name>RemoteEndpointDialog</name>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="44" />
      <source>&amp;Address:</source>
      <translation>&amp;Adresse:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="46" />
      <source>&amp;Certificate fingerprint:</source>
      <translation>&amp;Zertifikat-Fingerabdruck:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="44" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="69" />
      <source>A SHA-256 fingerprint has 32 pairs of hex digits.</source>
      <translation>Ein SHA-256-Fingerabdruck hat 32 Paare von Hexadezimalziffern.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="45" />
      <source>Access &amp;token:</source>
      <translation>Zugangs&amp;token:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="27" />
      <source>Add remote device</source>
      <translation>Entferntes Gerät hinzufügen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="71" />
      <source>Certificate pinning needs https:// or wss://.</source>
      <translation>Zertifikat-Pinning braucht https:// oder wss://.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="30" />
      <source>Connect to a modem shared by another computer running “cmcli serve”, or to any OpenCMAPI endpoint.</source>
      <translation>Verbinden Sie sich mit einem Modem, das ein anderer Rechner mit „cmcli serve“ freigibt, oder mit einem beliebigen OpenCMAPI-Endpunkt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="39" />
      <source>Office router</source>
      <translation>Büro-Router</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="43" />
      <source>SHA-256, e.g. AB:CD:…</source>
      <translation>SHA-256, z. B. AB:CD:…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="66" />
      <source>The address starts with http://, https://, ws:// or wss://.</source>
      <translation>Die Adresse beginnt mit http://, https://, ws:// oder wss://.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="40" />
      <source>&amp;Closing the window keeps cmgui running in the tray</source>
      <translation>Beim S&amp;chließen des Fensters läuft cmgui im Infobereich weiter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="51" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="60" />
      <source>&amp;Reconnect when the network drops the connection</source>
      <translation>Neu ve&amp;rbinden, wenn das Netz die Verbindung trennt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="53" />
      <source>A new language applies the next time cmgui starts.</source>
      <translation>Eine neue Sprache gilt ab dem nächsten Start von cmgui.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="61" />
      <source>Ask for &amp;delivery reports</source>
      <translation>&amp;Zustellberichte anfordern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="34" />
      <source>Changes are saved at once.</source>
      <translation>Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="58" />
      <source>Connection and messages</source>
      <translation>Verbindung und Nachrichten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="63" />
      <source>Delete messages from the SIM once they are &amp;archived</source>
      <translation>Nachrichten nach dem &amp;Archivieren von der SIM löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="37" />
      <source>General</source>
      <translation>Allgemein</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="44" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="70" />
      <source>Privacy</source>
      <translation>Datenschutz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="72" />
      <source>Remember SIM &amp;PINs in the system keyring</source>
      <translation>SIM-&amp;PINs im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="34" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="38" />
      <source>Start &amp;hidden in the system tray</source>
      <translation>Versteckt im Infobereich &amp;starten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="45" />
      <source>System language</source>
      <translation>Systemsprache</translation>
    </message>
  </context>
  <context>
    <name>SignalBars</name>
    <message>
      <location filename="../cmgui/views/signal_bars.py" line="36" />
      <source>Signal: %1 of %2 bars</source>
      <translation>Signal: %1 von %2 Balken</translation>
    </message>
  </context>
  <context>
    <name>SimController</name>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="117" />
      <source>Changing the PIN</source>
      <translation>PIN wird geändert</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="112" />
      <source>Turning the PIN off</source>
      <translation>PIN wird ausgeschaltet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="108" />
      <source>Turning the PIN on</source>
      <translation>PIN wird eingeschaltet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="104" />
      <source>Unblocking the SIM</source>
      <translation>SIM wird entsperrt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="99" />
      <source>Unlocking the SIM</source>
      <translation>SIM wird entsperrt</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="98" />
      <source>%1 data used</source>
      <translation>%1: verbrauchte Daten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="95" />
      <source>%1 data used of the limit</source>
      <translation>%1: verbrauchte Daten im Verhältnis zum Limit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="159" />
      <source>%1 of %2 (%3 %)</source>
      <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="163" />
      <source>%1, no limit</source>
      <translation>%1, kein Limit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="117" />
      <source>&amp;Delete record</source>
      <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="85" />
      <source>Billing period</source>
      <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="106" />
      <location filename="../cmgui/views/statistics_page.py" line="111" />
      <source>Connection records</source>
      <translation>Verbindungsprotokoll</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="48" />
      <source>Data used this billing period, live throughput and signal, and past sessions.</source>
      <translation>Datenverbrauch im Abrechnungszeitraum, aktueller Durchsatz und Signal sowie frühere Verbindungen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="118" />
      <source>Delete the selected record</source>
      <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="54" />
      <location filename="../cmgui/views/statistics_page.py" line="172" />
      <source>Download</source>
      <translation>Download</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="54" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="152" />
      <source>From %1 to %2</source>
      <translation>Vom %1 bis %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="90" />
      <source>Home network</source>
      <translation>Heimnetz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="55" />
      <source>Peak download</source>
      <translation>Spitzenwert Download</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="53" />
      <source>Received</source>
      <translation>Empfangen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="90" />
      <source>Roaming</source>
      <translation>Roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="53" />
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="66" />
      <location filename="../cmgui/views/statistics_page.py" line="175" />
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="69" />
      <source>Signal graph</source>
      <translation>Signalverlauf</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="47" />
      <source>Statistics</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="80" />
      <source>This billing period</source>
      <translation>Dieser Abrechnungszeitraum</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="51" />
      <source>This session</source>
      <translation>Diese Sitzung</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="61" />
      <source>Throughput</source>
      <translation>Durchsatz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="63" />
      <source>Throughput graph</source>
      <translation>Durchsatzverlauf</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="55" />
      <location filename="../cmgui/views/statistics_page.py" line="173" />
      <source>Upload</source>
      <translation>Upload</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="148" />
      <source>Usage is counted once a SIM is unlocked.</source>
      <translation>Die Nutzung wird gezählt, sobald eine SIM entsperrt ist.</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <location filename="../cmgui/views/tray.py" line="120" />
      <source>%1 of %2 used this billing period.</source>
      <translation>%1 von %2 in diesem Abrechnungszeitraum verbraucht.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="86" />
      <source>&amp;Connect</source>
      <translation>&amp;Verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="86" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Trennen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="40" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="38" />
      <source>&amp;Show cmgui</source>
      <translation>cmgui &amp;anzeigen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="119" />
      <source>Data: %1 % of the limit used</source>
      <translation>Daten: %1 % des Limits verbraucht</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="113" />
      <source>Enter the PIN to use the modem.</source>
      <translation>Geben Sie die PIN ein, um das Modem zu benutzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="111" />
      <source>Enter the PUK to unblock the SIM card.</source>
      <translation>Geben Sie die PUK ein, um die SIM-Karte zu entsperren.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="127" />
      <source>Message memory full</source>
      <translation>Nachrichtenspeicher voll</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="107" />
      <source>Network message</source>
      <translation>Nachricht vom Netz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="104" />
      <source>New message from %1</source>
      <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="72" />
      <source>No device</source>
      <translation>Kein Gerät</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="118" />
      <source>Roaming data: %1 % of the limit used</source>
      <translation>Roaming-Daten: %1 % des Limits verbraucht</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="111" />
      <source>SIM blocked</source>
      <translation>SIM blockiert</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="113" />
      <source>SIM locked</source>
      <translation>SIM gesperrt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="123" />
      <source>The connection is closed, as the plan asks.</source>
      <translation>Die Verbindung wird gemäß Tarif getrennt.</translation>
    </message>
  </context>
  <context>
    <name>UsageController</name>
    <message>
      <location filename="../cmgui/controllers/usage.py" line="136" />
      <source>Saving the data plan</source>
      <translation>Datentarif wird gespeichert</translation>
    </message>
  </context>
  <context>
    <name>UssdController</name>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="506" />
      <source>Ending the session</source>
      <translation>Sitzung wird beendet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="495" />
      <source>Waiting for the network</source>
      <translation>Warten auf das Netz</translation>
    </message>
  </context>
  <context>
    <name>UssdDialog</name>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="48" />
      <source>&amp;End session</source>
      <translation>Sitzung b&amp;eenden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="56" />
      <source>&amp;History</source>
      <translation>&amp;Verlauf</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="78" />
      <source>&amp;Reply</source>
      <translation>&amp;Antworten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="45" />
      <location filename="../cmgui/views/ussd_dialog.py" line="78" />
      <source>&amp;Send</source>
      <translation>&amp;Senden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="42" />
      <source>Code or reply, e.g. *100#</source>
      <translation>Code oder Antwort, z. B. *100#</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="38" />
      <source>Network answer</source>
      <translation>Antwort des Netzes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="30" />
      <source>Send a service code such as *100# to your operator, for example to check your balance.</source>
      <translation>Senden Sie einen Dienstcode wie *100# an Ihren Netzbetreiber, etwa um Ihr Guthaben abzufragen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="27" />
      <source>USSD</source>
      <translation>USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="43" />
      <source>USSD code or reply</source>
      <translation>USSD-Code oder Antwort</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="61" />
      <source>USSD history</source>
      <translation>USSD-Verlauf</translation>
    </message>
  </context>
  <context>
    <name>WlanController</name>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="84" />
      <location filename="../cmgui/controllers/wlan.py" line="93" />
      <source>Connecting to Wi-Fi</source>
      <translation>Verbindung mit WLAN wird hergestellt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="102" />
      <source>Disconnecting Wi-Fi</source>
      <translation>WLAN wird getrennt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="111" />
      <source>Forgetting the network</source>
      <translation>Netz wird vergessen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="53" />
      <source>Scanning for Wi-Fi</source>
      <translation>Suche nach WLANs</translation>
    </message>
  </context>
  <context>
    <name>WlanPage</name>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="101" />
      <source>&amp;Connect</source>
      <translation>&amp;Verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="80" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Trennen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="115" />
      <source>&amp;Forget</source>
      <translation>&amp;Vergessen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="82" />
      <source>&amp;Scan</source>
      <translation>&amp;Suchen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="139" />
      <source>Connected to %1</source>
      <translation>Verbunden mit %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="116" />
      <source>Forget the selected known network</source>
      <translation>Ausgewähltes bekanntes Netz vergessen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="105" />
      <location filename="../cmgui/views/wlan_page.py" line="109" />
      <source>Known networks</source>
      <translation>Bekannte Netze</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="89" />
      <location filename="../cmgui/views/wlan_page.py" line="94" />
      <source>Networks in range</source>
      <translation>Netze in Reichweite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="141" />
      <source>Not connected</source>
      <translation>Nicht verbunden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="66" />
      <source>This device has no Wi-Fi.</source>
      <translation>Dieses Gerät hat kein WLAN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="62" />
      <source>WLAN</source>
      <translation>WLAN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="74" />
      <source>Wi-Fi</source>
      <translation>WLAN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="63" />
      <source>Wi-Fi of the device: for routers and hotspots.</source>
      <translation>WLAN des Geräts: für Router und Hotspots.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="78" />
      <source>Wi-Fi state</source>
      <translation>WLAN-Zustand</translation>
    </message>
  </context>
  <context>
    <name>WlanPasswordDialog</name>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="38" />
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="39" />
      <source>&amp;Remember this network</source>
      <translation>Dieses Netz &amp;merken</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="30" />
      <source>Connect to %1</source>
      <translation>Mit %1 verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="37" />
      <source>Wi-Fi password</source>
      <translation>WLAN-Passwort</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="32" />
      <source>“%1” is protected (%2). Enter its password.</source>
      <translation>„%1“ ist geschützt (%2). Geben Sie das Passwort ein.</translation>
    </message>
  </context>
</TS>
