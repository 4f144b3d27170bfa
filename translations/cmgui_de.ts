<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../cmgui/views/about.py" line="76" />
      <source>%1 (GNU General Public License, version 3 or later)</source>
      <translation>%1 (GNU General Public License, Version 3 oder neuer)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="78" />
      <source>%1 (PySide6 %2)</source>
      <translation>%1 (PySide6 %2)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="37" />
      <source>About %1</source>
      <translation>Über %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="48" />
      <source>Based on cmgui %1</source>
      <translation>Basiert auf cmgui %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="53" />
      <source>Connection manager for cellular modems, SMS gateways and IoT SIM fleets.</source>
      <translation>Verbindungsmanager für Mobilfunkmodems, SMS-Gateways und IoT-SIM-Flotten.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="76" />
      <source>Licence:</source>
      <translation>Lizenz:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="81" />
      <source>Project:</source>
      <translation>Projekt:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="72" />
      <source>Provided by:</source>
      <translation>Bereitgestellt von:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="80" />
      <source>Python:</source>
      <translation>Python:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="78" />
      <source>Qt:</source>
      <translation>Qt:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="74" />
      <source>Support:</source>
      <translation>Support:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="49" />
      <source>Version %1</source>
      <translation>Version %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="75" />
      <source>cmgui version:</source>
      <translation>cmgui-Version:</translation>
    </message>
  </context>
  <context>
    <name>AddAccountDialog</name>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="134" />
      <source>&amp;Address:</source>
      <translation>&amp;Adresse:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="133" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="139" />
      <source>&amp;Private key file:</source>
      <translation>&amp;Privater Schlüssel (Datei):</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="138" />
      <source>&amp;Secret file:</source>
      <translation>&amp;Geheimnis (Datei):</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="123" />
      <source>Add a fleet account</source>
      <translation>Flottenkonto hinzufügen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="136" />
      <source>CMO &amp;token URL:</source>
      <translation>CMO-&amp;Token-URL:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="135" />
      <source>CMO client &amp;ID:</source>
      <translation>CMO-Client-&amp;ID:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="137" />
      <source>CMP &amp;key ID:</source>
      <translation>CMP-&amp;Schlüssel-ID:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="158" />
      <location filename="../cmgui/views/fleet_page.py" line="164" />
      <source>Choose a file</source>
      <translation>Datei wählen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="140" />
      <source>Secrets go to the system keyring; they are read from the files you name and never written to the settings.</source>
      <translation>Geheimnisse kommen in den Schlüsselbund des Systems; sie werden aus den angegebenen Dateien gelesen und nie in die Einstellungen geschrieben.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../cmgui/app.py" line="105" />
      <source>Something went wrong inside cmgui: %1

The details are in %2.</source>
      <translation>In cmgui ist ein Fehler aufgetreten: %1

Einzelheiten stehen in %2.</translation>
    </message>
    <message>
      <location filename="../cmgui/app.py" line="104" />
      <source>cmgui hit a bug</source>
      <translation>cmgui ist auf einen Programmfehler gestoßen</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../cmgui/controllers/app.py" line="357" />
      <source>The message archive cannot be used: %1 Until it can, messages are not archived and none are deleted from the device.</source>
      <translation>Das Nachrichtenarchiv kann nicht benutzt werden: %1 Bis es wieder geht, werden Nachrichten nicht archiviert und keine vom Gerät gelöscht.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionController</name>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="304" />
      <source>Connecting</source>
      <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="402" />
      <source>Deleting the profile</source>
      <translation>Profil wird gelöscht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="354" />
      <source>Deleting the record</source>
      <translation>Eintrag wird gelöscht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="344" />
      <source>Disconnecting</source>
      <translation>Verbindung wird getrennt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="173" />
      <source>Reading profiles</source>
      <translation>Profile werden gelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="281" />
      <source>Reading the addresses</source>
      <translation>Adressen werden gelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="393" />
      <location filename="../cmgui/controllers/connection.py" line="411" />
      <source>Saving the profile</source>
      <translation>Profil wird gespeichert</translation>
    </message>
  </context>
  <context>
    <name>ConnectionPage</name>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="214" />
      <source>&amp;Add…</source>
      <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="287" />
      <source>&amp;Connect</source>
      <translation>&amp;Verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="219" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="287" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Trennen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="215" />
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="145" />
      <source>&amp;Profile:</source>
      <translation>&amp;Profil:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="169" />
      <source>APN</source>
      <translation>APN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="220" />
      <source>Add a profile</source>
      <translation>Profil hinzufügen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="176" />
      <source>Also while &amp;roaming (may cost extra)</source>
      <translation>Auch beim &amp;Roaming (kann zusätzlich kosten)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="175" />
      <source>Connect &amp;automatically when the device is ready</source>
      <translation>&amp;Automatisch verbinden, sobald das Gerät bereit ist</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="136" />
      <source>Connection</source>
      <translation>Verbindung</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="143" />
      <source>Connection state</source>
      <translation>Verbindungszustand</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="170" />
      <source>DNS servers</source>
      <translation>DNS-Server</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="267" />
      <source>Default (%1)</source>
      <translation>Standard (%1)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="391" />
      <source>Delete profile</source>
      <translation>Profil löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="392" />
      <source>Delete the profile “%1”?</source>
      <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="222" />
      <source>Delete the selected profile</source>
      <translation>Ausgewähltes Profil löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="172" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="163" />
      <source>Edit the &amp;profile…</source>
      <translation>&amp;Profil bearbeiten…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="164" />
      <source>Edit the profile the connection used</source>
      <translation>Das von der Verbindung genutzte Profil bearbeiten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="221" />
      <source>Edit the selected profile</source>
      <translation>Ausgewähltes Profil bearbeiten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="169" />
      <source>IP address</source>
      <translation>IP-Adresse</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="170" />
      <source>IPv6 address</source>
      <translation>IPv6-Adresse</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="216" />
      <source>Make de&amp;fault</source>
      <translation>Als Stan&amp;dard</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="217" />
      <source>Make the selected profile the default</source>
      <translation>Ausgewähltes Profil zum Standard machen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="139" />
      <source>Mobile data</source>
      <translation>Mobile Daten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="137" />
      <source>Mobile data: connect with one of your profiles.</source>
      <translation>Mobile Daten: Verbindung mit einem Ihrer Profile.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="171" />
      <source>Network interface</source>
      <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="268" />
      <source>Operator default</source>
      <translation>Vorgabe des Netzbetreibers</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="148" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="193" />
      <location filename="../cmgui/views/connection_page.py" line="197" />
      <source>Profiles</source>
      <translation>Profile</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="232" />
      <location filename="../cmgui/views/connection_page.py" line="236" />
      <source>Recent sessions</source>
      <translation>Letzte Sitzungen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="204" />
      <source>This device keeps no profiles: connections use the operator's default settings.</source>
      <translation>Dieses Gerät speichert keine Profile: Verbindungen nutzen die Vorgaben des Netzbetreibers.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="172" />
      <source>Traffic</source>
      <translation>Datenvolumen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="161" />
      <source>Why the connection failed</source>
      <translation>Warum die Verbindung fehlschlug</translation>
    </message>
  </context>
  <context>
    <name>DeviceController</name>
    <message>
      <location filename="../cmgui/controllers/device.py" line="379" />
      <source>The device was disconnected.</source>
      <translation>Das Gerät wurde getrennt.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device.py" line="487" />
      <source>The network ended the connection.</source>
      <translation>Das Netz hat die Verbindung beendet.</translation>
    </message>
  </context>
  <context>
    <name>DeviceManager</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="175" />
      <source>Access tokens are not stored on this computer, so this one is kept only until cmgui quits; after that it is asked for when the endpoint is opened (docs/security.md).</source>
      <translation>Zugangstoken werden auf diesem Computer nicht gespeichert; dieses wird daher nur bis zum Beenden von cmgui aufbewahrt. Danach wird es beim Öffnen des Endpunkts erfragt (docs/security.md).</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="130" />
      <source>Demo modem (virtual)</source>
      <translation>Demo-Modem (virtuell)</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="320" />
      <source>%1 down, %2 up</source>
      <translation>%1 ab, %2 auf</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="135" />
      <source>&amp;Automatic</source>
      <translation>&amp;Automatisch</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="136" />
      <source>&amp;Manual</source>
      <translation>&amp;Manuell</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="145" />
      <source>&amp;Mode:</source>
      <translation>M&amp;odus:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="177" />
      <source>&amp;Register on selected network</source>
      <translation>Im ausgewählten Netz &amp;registrieren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="339" />
      <source>&amp;Reset</source>
      <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="155" />
      <source>&amp;Search for networks</source>
      <translation>Nach Netzen &amp;suchen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="197" />
      <source>&amp;Unlock…</source>
      <translation>&amp;Entsperren…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="56" />
      <source>2G only</source>
      <translation>Nur 2G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="55" />
      <source>3G only</source>
      <translation>Nur 3G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="53" />
      <source>4G and 3G</source>
      <translation>4G und 3G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="54" />
      <source>4G only</source>
      <translation>Nur 4G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="52" />
      <source>5G, 4G, 3G, 2G</source>
      <translation>5G, 4G, 3G, 2G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="127" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="51" />
      <source>Automatic</source>
      <translation>Automatisch</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="113" />
      <source>Band</source>
      <translation>Band</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="200" />
      <source>C&amp;hange PIN…</source>
      <translation>PIN ä&amp;ndern…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="112" />
      <source>Cell ID</source>
      <translation>Zellen-ID</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="317" />
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="78" />
      <source>Demo</source>
      <translation>Demo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="122" />
      <source>Device details</source>
      <translation>Gerätedetails</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="65" />
      <source>Devices</source>
      <translation>Geräte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="125" />
      <source>Firmware</source>
      <translation>Firmware</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="126" />
      <source>ICCID</source>
      <translation>ICCID</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="125" />
      <source>IMEI</source>
      <translation>IMEI</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="126" />
      <source>IMSI</source>
      <translation>IMSI</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="124" />
      <source>Manufacturer</source>
      <translation>Hersteller</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="124" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="100" />
      <source>Network</source>
      <translation>Netz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="102" />
      <source>Network code</source>
      <translation>Netzkennung</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="147" />
      <source>Network mode</source>
      <translation>Netzmodus</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="133" />
      <source>Network selection</source>
      <translation>Netzauswahl</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="185" />
      <source>Networks are selected automatically: %1 allows no manual selection.</source>
      <translation>Netze werden automatisch gewählt: %1 erlaubt keine manuelle Auswahl.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="166" />
      <source>Networks found</source>
      <translation>Gefundene Netze</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="232" />
      <source>No device</source>
      <translation>Kein Gerät</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="252" />
      <source>Not registered: the radio is off</source>
      <translation>Nicht eingebucht: Der Funk ist aus</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="74" />
      <source>Operator</source>
      <translation>Netzbetreiber</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="127" />
      <source>Phone number</source>
      <translation>Rufnummer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="88" />
      <source>Power-cycle the demo modem back to factory state: its SIM asks for the PIN (1234) again and its messages are gone.</source>
      <translation>Das Demo-Modem aus- und einschalten und in den Werkszustand zurücksetzen: Seine SIM fragt wieder nach der PIN (1234) und seine Nachrichten sind weg.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="335" />
      <source>Power-cycle the demo modem back to factory state? Its SIM asks for the PIN (1234) again, and its messages, profiles and counters start afresh. The archive on this computer keeps what it has.</source>
      <translation>Das Demo-Modem aus- und einschalten und in den Werkszustand zurücksetzen? Seine SIM fragt wieder nach der PIN (1234), Nachrichten, Profile und Zähler beginnen neu. Das Archiv auf diesem Computer behält, was es hat.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="108" />
      <source>Radio details</source>
      <translation>Funkdetails</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="249" />
      <source>Ready, radio off</source>
      <translation>Bereit, Funk aus</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="87" />
      <source>Reset the demo &amp;modem…</source>
      <translation>Demo-&amp;Modem zurücksetzen…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="335" />
      <source>Reset the demo modem</source>
      <translation>Demo-Modem zurücksetzen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="77" />
      <source>Roaming</source>
      <translation>Roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="102" />
      <source>SIM</source>
      <translation>SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="193" />
      <source>SIM security</source>
      <translation>SIM-Sicherheit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="172" />
      <source>Searching takes one to three minutes; the modem stays usable meanwhile.</source>
      <translation>Die Suche dauert ein bis drei Minuten; das Modem bleibt währenddessen nutzbar.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="101" />
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="100" />
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="70" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="101" />
      <source>Technology</source>
      <translation>Technik</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="283" />
      <source>The PIN is off.</source>
      <translation>Die PIN ist ausgeschaltet.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="281" />
      <source>The PIN is on: the SIM asks for it at start.</source>
      <translation>Die PIN ist eingeschaltet: Die SIM fragt beim Start danach.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="279" />
      <source>The SIM card is locked.</source>
      <translation>Die SIM-Karte ist gesperrt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="66" />
      <source>The modem in use, its network and its SIM card.</source>
      <translation>Das verwendete Modem, sein Netz und seine SIM-Karte.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="253" />
      <source>The network refused this SIM (registration denied): the network is forbidden for it, or the SIM is not allowed here. Choose another network or let the device choose automatically.</source>
      <translation>Das Netz hat diese SIM abgelehnt (Registrierung verweigert): Das Netz ist für sie gesperrt oder die SIM ist hier nicht zugelassen. Wählen Sie ein anderes Netz oder lassen Sie das Gerät automatisch wählen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="199" />
      <source>Turn PIN o&amp;ff…</source>
      <translation>PIN a&amp;usschalten…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="198" />
      <source>Turn PIN o&amp;n…</source>
      <translation>PIN ei&amp;nschalten…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="269" />
      <source>Turn radio &amp;off</source>
      <translation>Funk a&amp;usschalten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="270" />
      <source>Turn radio &amp;on</source>
      <translation>Funk ei&amp;nschalten</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="59" />
      <source>%1 may not %2: on this team %1 is a %3, and that needs the role %4. Ask a team admin to run: cmcli team add %1 --role %5</source>
      <translation>%1 darf nicht %2: In diesem Team ist %1 %3, dafür ist die Rolle %4 nötig. Bitten Sie einen Team-Administrator, dies auszuführen: cmcli team add %1 --role %5</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="559" />
      <source>%1 — %n attempt(s) left</source>
      <translation>
        <numerusform>%1 – noch %n Versuch</numerusform>
        <numerusform>%1 – noch %n Versuche</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="115" />
      <source>A data connection to this APN is already open.</source>
      <translation>Zu diesem APN besteht bereits eine Datenverbindung.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="531" />
      <source>A policy does not allow this Wi-Fi network.</source>
      <translation>Eine Richtlinie lässt dieses WLAN nicht zu.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="465" />
      <source>A profile with this name exists already.</source>
      <translation>Ein Profil mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="233" />
      <source>Another data connection already uses this context.</source>
      <translation>Eine andere Datenverbindung nutzt diesen Kontext bereits.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="159" />
      <source>Ask your operator to turn on mobile data.</source>
      <translation>Bitten Sie Ihren Netzbetreiber, mobile Daten freizuschalten.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="154" />
      <source>Ask your operator whether the SIM is activated and paid for.</source>
      <translation>Fragen Sie Ihren Netzbetreiber, ob die SIM freigeschaltet und bezahlt ist.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="105" />
      <source>Ask your operator whether the SIM is activated.</source>
      <translation>Fragen Sie Ihren Netzbetreiber, ob die SIM freigeschaltet ist.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="107" />
      <source>Ask your operator whether this device may be used.</source>
      <translation>Fragen Sie Ihren Netzbetreiber, ob dieses Gerät benutzt werden darf.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="90" />
      <source>Ask your operator.</source>
      <translation>Fragen Sie Ihren Netzbetreiber.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="174" />
      <location filename="../cmgui/common/error_words.py" line="194" />
      <source>Calls and text messages are unavailable on this network for now.</source>
      <translation>Anrufe und SMS sind in diesem Netz zurzeit nicht verfügbar.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="177" />
      <source>Calls and text messages are unavailable on this network.</source>
      <translation>Anrufe und SMS sind in diesem Netz nicht verfügbar.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="207" />
      <source>Change the IP type in this profile.</source>
      <translation>Ändern Sie den IP-Typ in diesem Profil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="315" />
      <location filename="../cmgui/common/error_words.py" line="317" />
      <source>Change the validity period in the settings.</source>
      <translation>Ändern Sie die Gültigkeitsdauer in den Einstellungen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="442" />
      <source>Check that it is plugged in and turned on.</source>
      <translation>Prüfen Sie, ob es angeschlossen und eingeschaltet ist.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="230" />
      <source>Check the APN in this profile, or ask your operator.</source>
      <translation>Prüfen Sie den APN in diesem Profil oder fragen Sie Ihren Netzbetreiber.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="269" />
      <source>Check the APN in this profile, or choose another network mode.</source>
      <translation>Prüfen Sie den APN in diesem Profil oder wählen Sie einen anderen Netzmodus.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="222" />
      <source>Check the APN in this profile, or try again later.</source>
      <translation>Prüfen Sie den APN in diesem Profil oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="91" />
      <source>Check the APN in this profile.</source>
      <translation>Prüfen Sie den APN in diesem Profil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="138" />
      <source>Check the antenna and the coverage where you are.</source>
      <translation>Prüfen Sie die Antenne und den Empfang an Ihrem Standort.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="512" />
      <source>Check the code.</source>
      <translation>Prüfen Sie den Code.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="146" />
      <source>Check the message centre number (SMSC) in the settings.</source>
      <translation>Prüfen Sie die Nummer der Kurzmitteilungszentrale (SMSC) in den Einstellungen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="287" />
      <source>Check the number, or try again later.</source>
      <translation>Prüfen Sie die Nummer oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="94" />
      <source>Check the number.</source>
      <translation>Prüfen Sie die Nummer.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="219" />
      <source>Check the user name, password and authentication in this profile.</source>
      <translation>Prüfen Sie Benutzername, Passwort und Authentifizierung in diesem Profil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="473" />
      <location filename="../cmgui/common/error_words.py" line="475" />
      <location filename="../cmgui/common/error_words.py" line="480" />
      <location filename="../cmgui/common/error_words.py" line="482" />
      <location filename="../cmgui/common/error_words.py" line="485" />
      <source>Check this profile.</source>
      <translation>Prüfen Sie dieses Profil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="466" />
      <source>Choose another name.</source>
      <translation>Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="171" />
      <source>Choose another network, or ask your operator about roaming.</source>
      <translation>Wählen Sie ein anderes Netz oder fragen Sie Ihren Netzbetreiber nach Roaming.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="92" />
      <source>Choose another network, or let the device choose one.</source>
      <translation>Wählen Sie ein anderes Netz oder lassen Sie das Gerät eines wählen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="470" />
      <source>Choose or add a profile.</source>
      <translation>Wählen Sie ein Profil oder legen Sie eines an.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="445" />
      <source>Close the other program first.</source>
      <translation>Schließen Sie zuerst das andere Programm.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="114" />
      <location filename="../cmgui/common/error_words.py" line="161" />
      <location filename="../cmgui/common/error_words.py" line="163" />
      <location filename="../cmgui/common/error_words.py" line="239" />
      <source>Connect again.</source>
      <translation>Verbinden Sie sich erneut.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="196" />
      <location filename="../cmgui/common/error_words.py" line="438" />
      <source>Connect first.</source>
      <translation>Verbinden Sie sich zuerst.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="93" />
      <source>Delete messages on the device to make room.</source>
      <translation>Löschen Sie Nachrichten auf dem Gerät, um Platz zu schaffen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="433" />
      <location filename="../cmgui/common/error_words.py" line="451" />
      <location filename="../cmgui/common/error_words.py" line="468" />
      <location filename="../cmgui/common/error_words.py" line="497" />
      <source>Disconnect first.</source>
      <translation>Trennen Sie zuerst die Verbindung.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="116" />
      <location filename="../cmgui/common/error_words.py" line="234" />
      <location filename="../cmgui/common/error_words.py" line="272" />
      <source>Disconnect it first.</source>
      <translation>Trennen Sie sie zuerst.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="267" />
      <source>Disconnect one first.</source>
      <translation>Trennen Sie zuerst eine davon.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="124" />
      <source>Enter its PIN.</source>
      <translation>Geben Sie die PIN der SIM ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="126" />
      <source>Enter its PUK.</source>
      <translation>Geben Sie die PUK der SIM ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="528" />
      <source>Enter the password again.</source>
      <translation>Geben Sie das Passwort erneut ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="136" />
      <source>Enter the unlock code from the seller of the device.</source>
      <translation>Geben Sie den Entsperrcode vom Verkäufer des Geräts ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="123" />
      <source>Insert a SIM card.</source>
      <translation>Legen Sie eine SIM-Karte ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="403" />
      <source>Mobile data failed without a reason given.</source>
      <translation>Mobile Daten sind ohne Angabe eines Grundes fehlgeschlagen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="491" />
      <source>No connection is being set up.</source>
      <translation>Es wird gerade keine Verbindung aufgebaut.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="439" />
      <source>No device is known at this address.</source>
      <translation>Unter dieser Adresse ist kein Gerät bekannt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="469" />
      <source>No profile is chosen for connecting.</source>
      <translation>Für die Verbindung ist kein Profil gewählt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="518" />
      <location filename="../cmgui/common/error_words.py" line="519" />
      <source>Not connected to a Wi-Fi network.</source>
      <translation>Nicht mit einem WLAN verbunden.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="76" />
      <source>Not opened: no access token was given. Choose the endpoint again to type it.</source>
      <translation>Nicht geöffnet: Es wurde kein Zugangstoken angegeben. Wählen Sie den Endpunkt erneut, um es einzugeben.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="432" />
      <location filename="../cmgui/common/error_words.py" line="450" />
      <location filename="../cmgui/common/error_words.py" line="496" />
      <source>Not while connected.</source>
      <translation>Nicht während einer Verbindung.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="377" />
      <source>Nothing was found.</source>
      <translation>Nichts gefunden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="133" />
      <source>PIN2 comes with the SIM, like the PIN.</source>
      <translation>Die PIN2 erhalten Sie mit der SIM, wie die PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="134" />
      <source>PIN2 is blocked; the SIM asks for its PUK2.</source>
      <translation>Die PIN2 ist gesperrt; die SIM verlangt die PUK2.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="111" />
      <source>Restart the device; if that does not help, ask your operator.</source>
      <translation>Starten Sie das Gerät neu; hilft das nicht, fragen Sie Ihren Netzbetreiber.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="251" />
      <source>Set the IP type of this profile to IPv4 or IPv6.</source>
      <translation>Stellen Sie den IP-Typ dieses Profils auf IPv4 oder IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="247" />
      <source>Set the IP type of this profile to IPv4.</source>
      <translation>Stellen Sie den IP-Typ dieses Profils auf IPv4.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="259" />
      <source>Set the IP type of this profile to IPv4v6.</source>
      <translation>Stellen Sie den IP-Typ dieses Profils auf IPv4v6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="249" />
      <source>Set the IP type of this profile to IPv6.</source>
      <translation>Stellen Sie den IP-Typ dieses Profils auf IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="541" />
      <source>Sign in to the endpoint again.</source>
      <translation>Melden Sie sich erneut beim Endpunkt an.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="81" />
      <source>Something went wrong inside cmgui (%1). The details are in the log.</source>
      <translation>In cmgui ist ein Fehler aufgetreten (%1). Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="129" />
      <source>Take the SIM out, put it back in and restart the device.</source>
      <translation>Nehmen Sie die SIM heraus, setzen Sie sie wieder ein und starten Sie das Gerät neu.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="186" />
      <source>Text messages go over mobile data in this area.</source>
      <translation>In diesem Gebiet laufen SMS über mobile Daten.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="285" />
      <location filename="../cmgui/common/error_words.py" line="312" />
      <source>Text messages to this number are barred.</source>
      <translation>SMS an diese Nummer sind gesperrt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="522" />
      <location filename="../cmgui/common/error_words.py" line="523" />
      <source>That Wi-Fi network is out of range.</source>
      <translation>Dieses WLAN ist außer Reichweite.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="479" />
      <location filename="../cmgui/common/error_words.py" line="481" />
      <source>The DNS server address is not valid.</source>
      <translation>Die Adresse des DNS-Servers ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="478" />
      <source>The IP address is not valid.</source>
      <translation>Die IP-Adresse ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="551" />
      <location filename="../cmgui/common/error_words.py" line="553" />
      <source>The PIN is blocked. Enter the PUK.</source>
      <translation>Die PIN ist gesperrt. Geben Sie die PUK ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="562" />
      <source>The PIN was wrong.</source>
      <translation>Die PIN war falsch.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="555" />
      <source>The PUK is blocked. Only your operator can unlock this SIM now.</source>
      <translation>Die PUK ist gesperrt. Nur noch Ihr Netzbetreiber kann diese SIM entsperren.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="564" />
      <source>The PUK was wrong.</source>
      <translation>Die PUK war falsch.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="132" />
      <source>The SIM asks for its PIN2.</source>
      <translation>Die SIM verlangt die PIN2.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="128" />
      <location filename="../cmgui/common/error_words.py" line="457" />
      <source>The SIM card cannot be read.</source>
      <translation>Die SIM-Karte kann nicht gelesen werden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="323" />
      <source>The SIM could not take the message.</source>
      <translation>Die SIM konnte die Nachricht nicht aufnehmen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="388" />
      <source>The SIM does not support this sign-in method.</source>
      <translation>Die SIM unterstützt dieses Anmeldeverfahren nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="126" />
      <source>The SIM is blocked.</source>
      <translation>Die SIM ist blockiert.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="130" />
      <source>The SIM is busy.</source>
      <translation>Die SIM ist beschäftigt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="124" />
      <source>The SIM is locked.</source>
      <translation>Die SIM ist gesperrt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="318" />
      <source>The SIM's message storage is full.</source>
      <translation>Der Nachrichtenspeicher der SIM ist voll.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="524" />
      <source>The Wi-Fi network gave no IP address.</source>
      <translation>Das WLAN hat keine IP-Adresse vergeben.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="526" />
      <source>The Wi-Fi password was not accepted.</source>
      <translation>Das WLAN-Passwort wurde nicht akzeptiert.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="476" />
      <source>The access point name (APN) is not valid.</source>
      <translation>Der Zugangspunktname (APN) ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="557" />
      <source>The code has the wrong format.</source>
      <translation>Der Code hat das falsche Format.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="372" />
      <source>The code was wrong.</source>
      <translation>Der Code war falsch.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="391" />
      <source>The command was cancelled.</source>
      <translation>Der Befehl wurde abgebrochen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="492" />
      <source>The connection is ending.</source>
      <translation>Die Verbindung wird beendet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="563" />
      <source>The current PIN was wrong.</source>
      <translation>Die aktuelle PIN war falsch.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="212" />
      <source>The data connection failed on the radio link.</source>
      <translation>Die Datenverbindung ist auf der Funkstrecke fehlgeschlagen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="235" />
      <source>The data connection was ended.</source>
      <translation>Die Datenverbindung wurde beendet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="387" />
      <source>The device asks for its hidden key.</source>
      <translation>Das Gerät verlangt seinen versteckten Schlüssel.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="361" />
      <location filename="../cmgui/common/error_words.py" line="441" />
      <source>The device cannot be reached.</source>
      <translation>Das Gerät ist nicht erreichbar.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="435" />
      <source>The device cannot provide this quality of service.</source>
      <translation>Das Gerät kann diese Dienstgüte nicht bieten.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="504" />
      <source>The device could not handle the message.</source>
      <translation>Das Gerät konnte die Nachricht nicht verarbeiten.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="335" />
      <location filename="../cmgui/common/error_words.py" line="336" />
      <location filename="../cmgui/common/error_words.py" line="508" />
      <source>The device did not accept the message.</source>
      <translation>Das Gerät hat die Nachricht nicht angenommen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="144" />
      <source>The device did not accept these settings.</source>
      <translation>Das Gerät hat diese Einstellungen nicht angenommen.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="74" />
      <source>The device did not answer in time.</source>
      <translation>Das Gerät hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="120" />
      <source>The device does not allow this now.</source>
      <translation>Das Gerät lässt das gerade nicht zu.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="434" />
      <source>The device does not know this yet.</source>
      <translation>Das Gerät weiß das noch nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="396" />
      <source>The device does not support this language or alphabet.</source>
      <translation>Das Gerät unterstützt diese Sprache oder dieses Alphabet nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="121" />
      <source>The device does not support this.</source>
      <translation>Das Gerät unterstützt das nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="241" />
      <source>The device does not support what the network asked for.</source>
      <translation>Das Gerät unterstützt nicht, was das Netz verlangt hat.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="119" />
      <source>The device failed.</source>
      <translation>Im Gerät ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="394" />
      <source>The device is busy with something else.</source>
      <translation>Das Gerät ist mit etwas anderem beschäftigt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="362" />
      <location filename="../cmgui/common/error_words.py" line="429" />
      <source>The device is busy.</source>
      <translation>Das Gerät ist beschäftigt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="443" />
      <source>The device is in use by another program.</source>
      <translation>Das Gerät wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="135" />
      <source>The device is locked to another network or SIM.</source>
      <translation>Das Gerät ist an ein anderes Netz oder eine andere SIM gebunden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="452" />
      <source>The device is not connected.</source>
      <translation>Das Gerät ist nicht verbunden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="399" />
      <source>The device lacks the data it needs for this.</source>
      <translation>Dem Gerät fehlen die Daten, die es dafür braucht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="671" />
      <source>The device reported an error (%1).</source>
      <translation>Das Gerät hat einen Fehler gemeldet (%1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="354" />
      <location filename="../cmgui/common/error_words.py" line="402" />
      <source>The device reported an unknown error.</source>
      <translation>Das Gerät hat einen unbekannten Fehler gemeldet.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="80" />
      <source>The device stopped answering (%1).</source>
      <translation>Das Gerät antwortet nicht mehr (%1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="378" />
      <source>The device's memory failed.</source>
      <translation>Der Speicher des Geräts ist ausgefallen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="375" />
      <source>The device's memory is full.</source>
      <translation>Der Speicher des Geräts ist voll.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="331" />
      <source>The device's message service is busy.</source>
      <translation>Der Nachrichtendienst des Geräts ist beschäftigt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="542" />
      <source>The endpoint denied access.</source>
      <translation>Der Endpunkt hat den Zugriff verweigert.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="539" />
      <source>The endpoint rejected the access token.</source>
      <translation>Der Endpunkt hat das Zugangstoken abgelehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="313" />
      <source>The message centre already has this message.</source>
      <translation>Die Kurzmitteilungszentrale hat diese Nachricht bereits.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="304" />
      <source>The message centre did not accept the command.</source>
      <translation>Die Kurzmitteilungszentrale hat den Befehl nicht angenommen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="314" />
      <location filename="../cmgui/common/error_words.py" line="316" />
      <source>The message centre does not accept the validity period.</source>
      <translation>Die Kurzmitteilungszentrale akzeptiert die Gültigkeitsdauer nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="280" />
      <source>The message centre does not take this kind of message.</source>
      <translation>Die Kurzmitteilungszentrale nimmt diese Art von Nachricht nicht an.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="302" />
      <source>The message centre does not take this text encoding.</source>
      <translation>Die Kurzmitteilungszentrale nimmt diese Textkodierung nicht an.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="310" />
      <source>The message centre failed.</source>
      <translation>In der Kurzmitteilungszentrale ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="307" />
      <source>The message centre is busy.</source>
      <translation>Die Kurzmitteilungszentrale ist ausgelastet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="349" />
      <source>The message centre number (SMSC) is not set.</source>
      <translation>Die Nummer der Kurzmitteilungszentrale (SMSC) ist nicht eingestellt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="509" />
      <source>The message centre number (SMSC) is not valid.</source>
      <translation>Die Nummer der Kurzmitteilungszentrale (SMSC) ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="147" />
      <source>The message centre refused the message.</source>
      <translation>Die Kurzmitteilungszentrale hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="502" />
      <source>The message could not be sent in time.</source>
      <translation>Die Nachricht konnte nicht rechtzeitig gesendet werden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="500" />
      <source>The message could not be sent.</source>
      <translation>Die Nachricht konnte nicht gesendet werden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="507" />
      <source>The message is no longer there.</source>
      <translation>Die Nachricht ist nicht mehr vorhanden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="346" />
      <source>The message storage failed.</source>
      <translation>Der Nachrichtenspeicher ist ausgefallen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="145" />
      <source>The message storage is full.</source>
      <translation>Der Nachrichtenspeicher ist voll.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="246" />
      <source>The network allows IPv4 only.</source>
      <translation>Das Netz erlaubt nur IPv4.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="258" />
      <source>The network allows IPv4v6 (both) only.</source>
      <translation>Das Netz erlaubt nur IPv4v6 (beides).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="248" />
      <source>The network allows IPv6 only.</source>
      <translation>Das Netz erlaubt nur IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="250" />
      <source>The network allows one IP version per connection.</source>
      <translation>Das Netz erlaubt nur eine IP-Version je Verbindung.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="98" />
      <source>The network and the device did not understand each other.</source>
      <translation>Netz und Gerät haben sich nicht verstanden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="200" />
      <source>The network asks the device to try another cell.</source>
      <translation>Das Netz bittet das Gerät, eine andere Zelle zu versuchen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="239" />
      <source>The network asks to connect again.</source>
      <translation>Das Netz bittet, sich erneut zu verbinden.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="658" />
      <source>The network asks to wait %n second(s) before trying again.</source>
      <translation>
        <numerusform>Das Netz bittet, vor einem neuen Versuch %n Sekunde zu warten.</numerusform>
        <numerusform>Das Netz bittet, vor einem neuen Versuch %n Sekunden zu warten.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="211" />
      <source>The network cannot provide this broadcast service.</source>
      <translation>Das Netz kann diesen Rundfunkdienst nicht bereitstellen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="256" />
      <source>The network changed the connection at the same moment.</source>
      <translation>Das Netz hat die Verbindung im selben Moment geändert.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="236" />
      <location filename="../cmgui/common/error_words.py" line="261" />
      <source>The network could not agree on the quality of the connection.</source>
      <translation>Das Netz konnte sich nicht auf die Verbindungsqualität einigen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="110" />
      <source>The network could not check the SIM.</source>
      <translation>Das Netz konnte die SIM nicht prüfen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="193" />
      <source>The network could not resume the call.</source>
      <translation>Das Netz konnte den Anruf nicht fortsetzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="179" />
      <source>The network could not set up the data connection it needs.</source>
      <translation>Das Netz konnte die nötige Datenverbindung nicht aufbauen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="511" />
      <source>The network did not accept this code.</source>
      <translation>Das Netz hat diesen Code nicht angenommen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="139" />
      <source>The network did not answer in time.</source>
      <translation>Das Netz hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="252" />
      <source>The network did not receive the connection settings in time.</source>
      <translation>Das Netz hat die Verbindungseinstellungen nicht rechtzeitig erhalten.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="216" />
      <source>The network does not accept this IP type.</source>
      <translation>Das Netz akzeptiert diesen IP-Typ nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="106" />
      <source>The network does not accept this device.</source>
      <translation>Das Netz akzeptiert dieses Gerät nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="215" />
      <source>The network does not know this APN.</source>
      <translation>Das Netz kennt diesen APN nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="104" />
      <source>The network does not know this SIM.</source>
      <translation>Das Netz kennt diese SIM nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="113" />
      <source>The network does not know this data connection.</source>
      <translation>Das Netz kennt diese Datenverbindung nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="245" />
      <source>The network does not let the last data connection end.</source>
      <translation>Das Netz lässt die letzte Datenverbindung nicht enden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="293" />
      <location filename="../cmgui/common/error_words.py" line="299" />
      <source>The network does not offer this message service.</source>
      <translation>Das Netz bietet diesen Nachrichtendienst nicht an.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="188" />
      <source>The network does not offer this service.</source>
      <translation>Das Netz bietet diesen Dienst nicht an.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="96" />
      <source>The network failed.</source>
      <translation>Im Netz ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="516" />
      <source>The network gave no IP address.</source>
      <translation>Das Netz hat keine IP-Adresse vergeben.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="213" />
      <source>The network has no room for another data connection now.</source>
      <translation>Das Netz hat gerade keinen Platz für eine weitere Datenverbindung.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="97" />
      <source>The network is congested.</source>
      <translation>Das Netz ist überlastet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="163" />
      <source>The network logged the device off.</source>
      <translation>Das Netz hat das Gerät abgemeldet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="161" />
      <source>The network lost track of the device.</source>
      <translation>Das Netz hat das Gerät aus den Augen verloren.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="224" />
      <source>The network refused the connection without giving a reason.</source>
      <translation>Das Netz hat die Verbindung ohne Angabe von Gründen abgelehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="636" />
      <source>The network refused the data connection (cause %1).</source>
      <translation>Das Netz hat die Datenverbindung abgelehnt (Grund %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="640" />
      <source>The network refused the device (cause %1).</source>
      <translation>Das Netz hat das Gerät abgelehnt (Grund %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="625" />
      <source>The network refused the message (cause %1).</source>
      <translation>Das Netz hat die Nachricht abgelehnt (Grund %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="286" />
      <source>The network refused the message.</source>
      <translation>Das Netz hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="117" />
      <source>The network refused the traffic rules of this connection.</source>
      <translation>Das Netz hat die Verkehrsregeln dieser Verbindung abgelehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="153" />
      <source>The network refused this SIM.</source>
      <translation>Das Netz hat diese SIM abgelehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="218" />
      <source>The network rejected the user name or password.</source>
      <translation>Das Netz hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="382" />
      <source>The number has characters that are not allowed.</source>
      <translation>Die Nummer enthält unzulässige Zeichen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="381" />
      <source>The number is too long.</source>
      <translation>Die Nummer ist zu lang.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="221" />
      <source>The operator's gateway refused the connection.</source>
      <translation>Das Gateway des Netzbetreibers hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="494" />
      <source>The other side cannot be reached.</source>
      <translation>Die Gegenstelle ist nicht erreichbar.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="423" />
      <source>The parameters are not valid.</source>
      <translation>Die Parameter sind ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="474" />
      <source>The password is not valid.</source>
      <translation>Das Passwort ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="513" />
      <source>The phonebook is full.</source>
      <translation>Das Telefonbuch ist voll.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="142" />
      <source>The radio is off.</source>
      <translation>Der Funk ist aus.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="290" />
      <source>The recipient cannot be reached now.</source>
      <translation>Der Empfänger ist gerade nicht erreichbar.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="288" />
      <source>The recipient has no room for more messages.</source>
      <translation>Der Empfänger hat keinen Platz für weitere Nachrichten.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="420" />
      <location filename="../cmgui/common/error_words.py" line="421" />
      <source>The request was malformed.</source>
      <translation>Die Anfrage war fehlerhaft.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="380" />
      <source>The text has characters the device cannot store.</source>
      <translation>Der Text enthält Zeichen, die das Gerät nicht speichern kann.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="379" />
      <source>The text is too long.</source>
      <translation>Der Text ist zu lang.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="472" />
      <source>The user name is not valid.</source>
      <translation>Der Benutzername ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="122" />
      <source>There is no SIM card in the device.</source>
      <translation>Im Gerät steckt keine SIM-Karte.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="490" />
      <source>There is no connection to end.</source>
      <translation>Es gibt keine Verbindung, die getrennt werden könnte.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="196" />
      <location filename="../cmgui/common/error_words.py" line="437" />
      <source>There is no data connection.</source>
      <translation>Es besteht keine Datenverbindung.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="376" />
      <source>There is no entry at this place.</source>
      <translation>An dieser Stelle gibt es keinen Eintrag.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="347" />
      <source>There is no message at this place.</source>
      <translation>An dieser Stelle gibt es keine Nachricht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="137" />
      <source>There is no network service.</source>
      <translation>Kein Netz verfügbar.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="422" />
      <source>There is no such CMAPI function.</source>
      <translation>Diese CMAPI-Funktion gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="459" />
      <source>There is no such data context.</source>
      <translation>Diesen Datenkontext gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="463" />
      <source>There is no such profile.</source>
      <translation>Dieses Profil gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="533" />
      <source>There is no such saved Wi-Fi network.</source>
      <translation>Dieses gespeicherte WLAN gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="271" />
      <source>This APN cannot be used beside the data connection already open.</source>
      <translation>Dieser APN kann nicht neben der bereits bestehenden Datenverbindung benutzt werden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="268" />
      <source>This APN cannot be used on this network with this technology.</source>
      <translation>Dieser APN kann in diesem Netz mit dieser Technik nicht benutzt werden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="260" />
      <location filename="../cmgui/common/error_words.py" line="265" />
      <source>This APN does not carry IP traffic.</source>
      <translation>Dieser APN überträgt keinen IP-Verkehr.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="131" />
      <source>This SIM cannot be used in this device.</source>
      <translation>Diese SIM kann in diesem Gerät nicht benutzt werden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="319" />
      <source>This SIM cannot store messages.</source>
      <translation>Diese SIM kann keine Nachrichten speichern.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="158" />
      <source>This SIM has no mobile data service.</source>
      <translation>Diese SIM hat keinen mobilen Datendienst.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="168" />
      <source>This SIM may not roam on this network here.</source>
      <translation>Diese SIM darf hier nicht in diesem Netz roamen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="170" />
      <source>This SIM may not use mobile data on this network.</source>
      <translation>Diese SIM darf in diesem Netz keine mobilen Daten nutzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="108" />
      <source>This SIM may not use the network here.</source>
      <translation>Diese SIM darf das Netz hier nicht nutzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="160" />
      <source>This SIM may not use this network at all.</source>
      <translation>Diese SIM darf dieses Netz überhaupt nicht nutzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="184" />
      <source>This SIM may not use this private cell.</source>
      <translation>Diese SIM darf diese private Zelle nicht nutzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="393" />
      <source>This SIM may only call its fixed dialling numbers.</source>
      <translation>Diese SIM darf nur ihre festgelegten Rufnummern anrufen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="520" />
      <source>This Wi-Fi network name is not valid.</source>
      <translation>Dieser WLAN-Name ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="521" />
      <source>This Wi-Fi password is not valid.</source>
      <translation>Dieses WLAN-Passwort ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="537" />
      <source>This access does not allow that.</source>
      <translation>Dieser Zugang erlaubt das nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="483" />
      <source>This authentication method is not possible.</source>
      <translation>Diese Authentifizierungsmethode ist nicht möglich.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="405" />
      <source>This device cannot use mobile data on this network.</source>
      <translation>Dieses Gerät kann in diesem Netz keine mobilen Daten nutzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="431" />
      <source>This device does not support that function.</source>
      <translation>Dieses Gerät unterstützt diese Funktion nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="390" />
      <source>This function is turned off in the device.</source>
      <translation>Diese Funktion ist im Gerät ausgeschaltet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="400" />
      <source>This is barred on your line.</source>
      <translation>Das ist für Ihren Anschluss gesperrt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="488" />
      <source>This kind of connection is not possible now.</source>
      <translation>Diese Art von Verbindung ist gerade nicht möglich.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="140" />
      <source>This network accepts emergency calls only: it does not let this SIM in.</source>
      <translation>Dieses Netz lässt nur Notrufe zu: Es lässt diese SIM nicht ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="499" />
      <source>This network code is not valid.</source>
      <translation>Diese Netzkennung ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="227" />
      <location filename="../cmgui/common/error_words.py" line="263" />
      <source>This network does not offer this kind of data connection.</source>
      <translation>Dieses Netz bietet diese Art von Datenverbindung nicht an.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="165" />
      <source>This network is forbidden for this SIM.</source>
      <translation>Dieses Netz ist für diese SIM gesperrt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="198" />
      <source>This network may not be used where you are.</source>
      <translation>Dieses Netz darf an Ihrem Standort nicht benutzt werden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="283" />
      <source>This number does not exist.</source>
      <translation>Diese Nummer gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="294" />
      <source>This number is not in service.</source>
      <translation>Diese Nummer ist nicht vergeben.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="279" />
      <source>This number is not valid.</source>
      <translation>Diese Nummer ist ungültig.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="467" />
      <source>This profile is in use.</source>
      <translation>Dieses Profil wird gerade benutzt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="464" />
      <source>This profile name cannot be used.</source>
      <translation>Dieser Profilname kann nicht benutzt werden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="191" />
      <source>This service is not allowed on this network.</source>
      <translation>Dieser Dienst ist in diesem Netz nicht erlaubt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="102" />
      <source>This service is out of order on the network for now.</source>
      <translation>Dieser Dienst ist im Netz zurzeit gestört.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="266" />
      <source>Too many data connections are open.</source>
      <translation>Es sind zu viele Datenverbindungen offen.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="446" />
      <source>Too many devices are open.</source>
      <translation>Es sind zu viele Geräte geöffnet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="88" />
      <source>Try again in a minute.</source>
      <translation>Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="225" />
      <location filename="../cmgui/common/error_words.py" line="637" />
      <source>Try again in a minute; if it fails again, check this profile.</source>
      <translation>Versuchen Sie es in einer Minute erneut; schlägt es wieder fehl, prüfen Sie dieses Profil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="130" />
      <location filename="../cmgui/common/error_words.py" line="332" />
      <location filename="../cmgui/common/error_words.py" line="362" />
      <location filename="../cmgui/common/error_words.py" line="395" />
      <location filename="../cmgui/common/error_words.py" line="429" />
      <location filename="../cmgui/common/error_words.py" line="493" />
      <source>Try again in a moment.</source>
      <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="289" />
      <location filename="../cmgui/common/error_words.py" line="291" />
      <source>Try again later.</source>
      <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="257" />
      <source>Try again.</source>
      <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="89" />
      <source>Try again; if it keeps failing, restart the device.</source>
      <translation>Versuchen Sie es erneut; schlägt es weiter fehl, starten Sie das Gerät neu.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="142" />
      <source>Turn the radio on.</source>
      <translation>Schalten Sie den Funk ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="538" />
      <source>Use a token with full access.</source>
      <translation>Benutzen Sie ein Token mit vollem Zugriff.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="530" />
      <source>Wi-Fi is turned off.</source>
      <translation>WLAN ist ausgeschaltet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="548" />
      <source>Wrong PIN</source>
      <translation>Falsche PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="550" />
      <source>Wrong PUK</source>
      <translation>Falsche PUK</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="549" />
      <source>Wrong current PIN</source>
      <translation>Falsche aktuelle PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="210" />
      <source>Your operator has barred mobile data for this SIM.</source>
      <translation>Ihr Netzbetreiber hat mobile Daten für diese SIM gesperrt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="284" />
      <source>Your operator has barred sending text messages.</source>
      <translation>Ihr Netzbetreiber hat das Senden von SMS gesperrt.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="297" />
      <source>Your subscription does not include sending text messages.</source>
      <translation>Ihr Vertrag umfasst das Senden von SMS nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="229" />
      <source>Your subscription does not include this APN.</source>
      <translation>Ihr Vertrag umfasst diesen APN nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="308" />
      <source>Your subscription does not include this message centre.</source>
      <translation>Ihr Vertrag umfasst diese Kurzmitteilungszentrale nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="100" />
      <source>Your subscription does not include this service.</source>
      <translation>Ihr Vertrag umfasst diesen Dienst nicht.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="44" />
      <source>admin</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="50" />
      <source>cancel jobs</source>
      <translation>Aufträge abbrechen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="47" />
      <source>change SIM states</source>
      <translation>SIM-Status ändern</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="51" />
      <source>manage the team</source>
      <translation>das Team verwalten</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="43" />
      <source>operator</source>
      <translation>Bediener</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="48" />
      <source>queue jobs</source>
      <translation>Aufträge einreihen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="46" />
      <source>read the team's data</source>
      <translation>die Daten des Teams lesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="49" />
      <source>send SMS</source>
      <translation>SMS senden</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="43" />
      <source>viewer</source>
      <translation>Betrachter</translation>
    </message>
  </context>
  <context>
    <name>Fleet</name>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="87" />
      <source>%1 of %2</source>
      <translation>%1 von %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="44" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="42" />
      <source>ICCID</source>
      <translation>ICCID</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="49" />
      <source>IMEI</source>
      <translation>IMEI</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="47" />
      <source>IMSI</source>
      <translation>IMSI</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="46" />
      <source>Last seen</source>
      <translation>Zuletzt gesehen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="48" />
      <source>MSISDN</source>
      <translation>MSISDN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="50" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="51" />
      <source>Plan</source>
      <translation>Tarif</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="52" />
      <source>Platform status</source>
      <translation>Status der Plattform</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="43" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="45" />
      <source>Usage</source>
      <translation>Verbrauch</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="60" />
      <source>changed</source>
      <translation>geändert</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="63" />
      <source>delivered</source>
      <translation>zugestellt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="61" />
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="62" />
      <source>pending</source>
      <translation>ausstehend</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="61" />
      <source>refused</source>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="62" />
      <source>sent</source>
      <translation>gesendet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="60" />
      <source>unchanged</source>
      <translation>unverändert</translation>
    </message>
  </context>
  <context>
    <name>FleetController</name>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="152" />
      <source>Adding the account</source>
      <translation>Konto wird hinzugefügt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="159" />
      <source>Cannot read %1: %2</source>
      <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="329" />
      <source>Cannot write %1: %2</source>
      <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="218" />
      <source>Changing the status</source>
      <translation>Status wird geändert</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="333" />
      <source>Exporting</source>
      <translation>Export läuft</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="297" />
      <source>Reading the CDRs</source>
      <translation>Verbindungsdaten werden gelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="277" />
      <source>Reading the SIM</source>
      <translation>SIM wird gelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="201" />
      <source>Reading the SIMs</source>
      <translation>SIMs werden gelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="231" />
      <source>Resuming the job</source>
      <translation>Auftrag wird fortgesetzt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="310" />
      <source>Sending the SMS</source>
      <translation>SMS wird gesendet</translation>
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
        <numerusform>%n SIM in %1 geschrieben</numerusform>
        <numerusform>%n SIMs in %1 geschrieben</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="614" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n Zeichen</numerusform>
        <numerusform>%n Zeichen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="615" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n Nachricht</numerusform>
        <numerusform>%n Nachrichten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="223" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n Datensatz</numerusform>
        <numerusform>%n Datensätze</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="232" />
      <source>&amp;Account:</source>
      <translation>&amp;Konto:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="666" />
      <source>&amp;Queue for the team</source>
      <translation>Für das Team &amp;einreihen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="239" />
      <source>&amp;Refresh</source>
      <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="243" />
      <source>Add a fleet account</source>
      <translation>Flottenkonto hinzufügen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="242" />
      <source>Add…</source>
      <translation>Hinzufügen…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="484" />
      <source>All backends</source>
      <translation>Alle Backends</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="481" />
      <source>All statuses</source>
      <translation>Alle Status</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="198" />
      <location filename="../cmgui/views/fleet_page.py" line="449" />
      <source>Audit log</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="357" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="271" />
      <source>Backend filter</source>
      <translation>Backend-Filter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="388" />
      <source>CDRs</source>
      <translation>Verbindungsdaten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="755" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="650" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="386" />
      <source>Call detail records</source>
      <translation>Verbindungsdaten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="436" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="437" />
      <source>Cancel the status change</source>
      <translation>Statusänderung abbrechen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="665" />
      <source>Change &amp;now</source>
      <translation>&amp;Jetzt ändern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="282" />
      <source>Change status</source>
      <translation>Status ändern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="639" />
      <location filename="../cmgui/views/fleet_page.py" line="659" />
      <source>Change the status</source>
      <translation>Status ändern</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="640" />
      <location filename="../cmgui/views/fleet_page.py" line="660" />
      <source>Change the status of %n SIM(s) to %1?</source>
      <translation>
        <numerusform>Status von %n SIM auf %1 ändern?</numerusform>
        <numerusform>Status von %n SIMs auf %1 ändern?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="682" />
      <source>Changing %n SIM(s) to %1</source>
      <translation>
        <numerusform>%n SIM wird auf %1 geändert</numerusform>
        <numerusform>%n SIMs werden auf %1 geändert</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="277" />
      <source>Columns</source>
      <translation>Spalten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="193" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="295" />
      <source>Export CSV…</source>
      <translation>Als CSV exportieren…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="754" />
      <source>Export SIMs</source>
      <translation>SIMs exportieren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="186" />
      <source>Fleet</source>
      <translation>Flotte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="235" />
      <source>Fleet account</source>
      <translation>Flottenkonto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="749" />
      <source>Forget the account %1 and its secret?</source>
      <translation>Konto %1 und sein Geheimnis vergessen?</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="356" />
      <source>ICCID</source>
      <translation>ICCID</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="358" />
      <source>IMEI</source>
      <translation>IMEI</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="357" />
      <source>IMSI</source>
      <translation>IMSI</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="354" />
      <source>Identity</source>
      <translation>Identität</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="187" />
      <source>IoT SIMs on your platforms: find them, change their status, read their usage and CDRs, send them SMS.</source>
      <translation>IoT-SIMs auf Ihren Plattformen: finden, Status ändern, Verbrauch und Verbindungsdaten lesen, SMS senden.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="707" />
      <source>Job %1: %2 of %n SIM(s) changed.</source>
      <translation>
        <numerusform>Auftrag %1: %2 von %n SIM geändert.</numerusform>
        <numerusform>Auftrag %1: %2 von %n SIMs geändert.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="379" />
      <source>Load the last 30 days</source>
      <translation>Letzte 30 Tage laden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="358" />
      <source>MSISDN</source>
      <translation>MSISDN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="420" />
      <source>Message length</source>
      <translation>Länge der Nachricht</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="412" />
      <source>Message text</source>
      <translation>Text der Nachricht</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="359" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="566" />
      <source>No usage reported</source>
      <translation>Kein Verbrauch gemeldet</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="373" />
      <source>Overview</source>
      <translation>Übersicht</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="374" />
      <location filename="../cmgui/views/fleet_page.py" line="375" />
      <source>Packages</source>
      <translation>Pakete</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="359" />
      <source>Plan</source>
      <translation>Tarif</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="435" />
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="693" />
      <source>Queued as job %1: the team's server changes the SIMs.</source>
      <translation>Als Auftrag %1 eingereiht: Der Server des Teams ändert die SIMs.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="662" />
      <source>Queued, the team's server (cmcli serve --team) changes them, even after cmgui is closed; the audit log shows the job once it runs.</source>
      <translation>Eingereiht ändert sie der Server des Teams (cmcli serve --team), auch nachdem cmgui geschlossen ist; das Prüfprotokoll zeigt den Auftrag, sobald er läuft.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="240" />
      <source>Read every SIM from the platform again</source>
      <translation>Alle SIMs erneut von der Plattform lesen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="245" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="748" />
      <source>Remove the account</source>
      <translation>Konto entfernen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="246" />
      <source>Remove the fleet account</source>
      <translation>Flottenkonto entfernen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="452" />
      <source>Resume the job</source>
      <translation>Auftrag fortsetzen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="732" />
      <source>Resuming job %1</source>
      <translation>Auftrag %1 wird fortgesetzt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="453" />
      <source>Run a job that was cut off again; SIMs it changed already are left alone</source>
      <translation>Einen abgebrochenen Auftrag erneut ausführen; bereits geänderte SIMs bleiben unberührt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="421" />
      <source>S&amp;end</source>
      <translation>S&amp;enden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="351" />
      <source>SIM details</source>
      <translation>SIM-Details</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="197" />
      <location filename="../cmgui/views/fleet_page.py" line="307" />
      <source>SIMs</source>
      <translation>SIMs</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="292" />
      <source>SIMs from a CSV file → %1…</source>
      <translation>SIMs aus einer CSV-Datei → %1…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="649" />
      <source>SIMs to change</source>
      <translation>Zu ändernde SIMs</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="389" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="628" />
      <source>SMS sent (%1)</source>
      <translation>SMS gesendet (%1)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="408" />
      <source>SMS with this SIM</source>
      <translation>SMS mit dieser SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="264" />
      <source>Search ICCID, IMSI, MSISDN, IMEI or name</source>
      <translation>ICCID, IMSI, MSISDN, IMEI oder Name suchen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="265" />
      <source>Search SIMs</source>
      <translation>SIMs suchen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="287" />
      <source>Selected SIMs → %1</source>
      <translation>Ausgewählte SIMs → %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="356" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="716" />
      <source>Status change</source>
      <translation>Statusänderung</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="269" />
      <source>Status filter</source>
      <translation>Status-Filter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="585" />
      <source>This platform does not send SMS to SIMs</source>
      <translation>Diese Plattform sendet keine SMS an SIMs</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="363" />
      <source>Usage</source>
      <translation>Verbrauch</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="411" />
      <location filename="../cmgui/views/fleet_page.py" line="584" />
      <source>Write a message to the SIM</source>
      <translation>Nachricht an die SIM schreiben</translation>
    </message>
  </context>
  <context>
    <name>Format</name>
    <message>
      <location filename="../cmgui/views/format.py" line="63" />
      <source>%1/s</source>
      <translation>%1/s</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="51" />
      <source>Blocked</source>
      <translation>Gesperrt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="40" />
      <source>Connected</source>
      <translation>Verbunden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="39" />
      <source>Connecting…</source>
      <translation>Verbindet…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="38" />
      <source>Disconnected</source>
      <translation>Getrennt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="41" />
      <source>Disconnecting…</source>
      <translation>Trennt…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="31" />
      <source>Emergency calls only</source>
      <translation>Nur Notrufe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="24" />
      <source>Home network</source>
      <translation>Heimatnetz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="29" />
      <source>Home network (SMS only)</source>
      <translation>Heimatnetz (nur SMS)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="52" />
      <source>No SIM card</source>
      <translation>Keine SIM-Karte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="16" />
      <source>Not available</source>
      <translation>Nicht verfügbar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="12" />
      <source>Not open</source>
      <translation>Nicht geöffnet</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="23" />
      <source>Not registered</source>
      <translation>Nicht registriert</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="13" />
      <source>Opening…</source>
      <translation>Wird geöffnet…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="49" />
      <source>PIN required</source>
      <translation>PIN erforderlich</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="50" />
      <source>PUK required</source>
      <translation>PUK erforderlich</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="14" />
      <source>Ready</source>
      <translation>Bereit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="26" />
      <source>Registration denied</source>
      <translation>Registrierung abgelehnt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="28" />
      <source>Roaming</source>
      <translation>Roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="30" />
      <source>Roaming (SMS only)</source>
      <translation>Roaming (nur SMS)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="53" />
      <source>SIM card failure</source>
      <translation>SIM-Kartenfehler</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="15" />
      <source>SIM locked</source>
      <translation>SIM gesperrt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="25" />
      <source>Searching…</source>
      <translation>Suche läuft…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="27" />
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="48" />
      <source>Unlocked</source>
      <translation>Entsperrt</translation>
    </message>
  </context>
  <context>
    <name>GatewayController</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="416" />
      <source>Fetching received messages</source>
      <translation>Empfangene Nachrichten werden abgeholt</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="470" />
      <source>Sending %n message(s)</source>
      <translation>
        <numerusform>%n Nachricht wird gesendet</numerusform>
        <numerusform>%n Nachrichten werden gesendet</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="434" />
      <source>The file %1 cannot be read: %2</source>
      <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="438" />
      <source>The file %1 cannot be used: %2</source>
      <translation>Die Datei %1 ist nicht verwendbar: %2</translation>
    </message>
  </context>
  <context>
    <name>GatewayPage</name>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="330" />
      <source>%1 % of %2 MiB</source>
      <translation>%1 % von %2 MiB</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="401" />
      <source>%1 of %2 done: %3 sent, %4 failed</source>
      <translation>%1 von %2 erledigt: %3 gesendet, %4 fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="121" />
      <source>%1 presents a certificate no authority vouches for (self-signed), with SHA-256 %2. Trust it only if the gateway's web UI shows the same fingerprint.</source>
      <translation>%1 zeigt ein Zertifikat, für das keine Stelle bürgt (selbst signiert), mit SHA-256 %2. Vertrauen Sie ihm nur, wenn die Weboberfläche des Gateways denselben Fingerabdruck zeigt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/gateway_page.py" line="343" />
      <source>%n recipient(s) from %1</source>
      <translation>
        <numerusform>%n Empfänger aus %1</numerusform>
        <numerusform>%n Empfänger aus %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="140" />
      <source>&amp;Address:</source>
      <translation>&amp;Adresse:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="149" />
      <source>&amp;Connect</source>
      <translation>&amp;Verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="266" />
      <source>&amp;Fetch new messages</source>
      <translation>Neue Nachrichten &amp;abholen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="213" />
      <source>&amp;Message:</source>
      <translation>&amp;Nachricht:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="221" />
      <source>&amp;Ports:</source>
      <translation>&amp;Ports:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="230" />
      <source>&amp;Queue for the team</source>
      <translation>Für das Team &amp;einreihen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="227" />
      <source>&amp;Send</source>
      <translation>&amp;Senden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="103" />
      <source>&amp;Trust this certificate</source>
      <translation>Diesem Zertifikat ver&amp;trauen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="191" />
      <source>&amp;Use this port</source>
      <translation>Diesen Port ben&amp;utzen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="207" />
      <source>A CSV file with a header row: number, then param columns for #param#, optionally user_id.</source>
      <translation>Eine CSV-Datei mit Kopfzeile: number, dann param-Spalten für #param#, optional user_id.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="226" />
      <source>Ask for &amp;delivery reports</source>
      <translation>&amp;Zustellberichte anfordern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="201" />
      <source>Bulk SMS</source>
      <translation>Massen-SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="174" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="167" />
      <source>CPU load of the gateway</source>
      <translation>CPU-Last des Gateways</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="341" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="281" />
      <source>Cancel &amp;job</source>
      <translation>Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="283" />
      <source>Cancel the selected job if no server has taken it yet</source>
      <translation>Den gewählten Auftrag abbrechen, solange ihn noch kein Server übernommen hat</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="95" />
      <source>Certificate</source>
      <translation>Zertifikat</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="368" />
      <source>Choose a recipients file and write the message first.</source>
      <translation>Wählen Sie zuerst eine Empfängerdatei und schreiben Sie die Nachricht.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="205" />
      <source>Choose the recipients file (CSV)</source>
      <translation>Empfängerdatei (CSV) wählen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="150" />
      <source>Connect to the gateway</source>
      <translation>Mit dem Gateway verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="69" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="407" />
      <source>Every message was sent.</source>
      <translation>Alle Nachrichten wurden gesendet.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="64" />
      <source>Every port of a gateway at a glance, bulk SMS from a file, and what all ports received. A port opens like a modem: double-click it.</source>
      <translation>Alle Ports eines Gateways auf einen Blick, Massen-SMS aus einer Datei und was alle Ports empfangen haben. Ein Port öffnet sich wie ein Modem: Doppelklick darauf.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="268" />
      <source>Fetch and archive the messages every port received</source>
      <translation>Die von allen Ports empfangenen Nachrichten abholen und archivieren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="138" />
      <source>Gateway</source>
      <translation>Gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="144" />
      <source>Gateway address</source>
      <translation>Adresse des Gateways</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="216" />
      <source>Hello #param#, …</source>
      <translation>Hallo #param#, …</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="156" />
      <source>Log in to a gateway once, then pick it here: %1</source>
      <translation>Melden Sie sich einmal bei einem Gateway an und wählen Sie es dann hier: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="177" />
      <source>Memory</source>
      <translation>Speicher</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="171" />
      <source>Memory used on the gateway</source>
      <translation>Belegter Speicher des Gateways</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="215" />
      <source>Message template</source>
      <translation>Nachrichtenvorlage</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="193" />
      <source>Open the selected port like a modem</source>
      <translation>Den gewählten Port wie ein Modem öffnen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="184" />
      <source>Ports</source>
      <translation>Ports</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="365" />
      <source>Ports are numbers from 0 to 31 separated by commas.</source>
      <translation>Ports sind Zahlen von 0 bis 31, durch Kommas getrennt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="185" />
      <source>Ports of the gateway</source>
      <translation>Ports des Gateways</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="223" />
      <source>Ports to send on</source>
      <translation>Ports zum Senden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="232" />
      <source>Queue the messages for the team's server</source>
      <translation>Die Nachrichten für den Server des Teams einreihen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="386" />
      <source>Queued as job %1: the team's server sends it.</source>
      <translation>Als Auftrag %1 eingereiht: Der Server des Teams sendet ihn.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="261" />
      <source>Received messages</source>
      <translation>Empfangene Nachrichten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="260" />
      <source>Received on all ports</source>
      <translation>Auf allen Ports empfangen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="341" />
      <source>Recipients</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="204" />
      <source>Recipients &amp;file…</source>
      <translation>Empfänger&amp;datei …</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="254" />
      <source>Recipients, messages and results</source>
      <translation>Empfänger, Nachrichten und Ergebnisse</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="63" />
      <source>SMS gateways</source>
      <translation>SMS-Gateways</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="228" />
      <source>Send the messages</source>
      <translation>Die Nachrichten senden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="248" />
      <source>Sending progress</source>
      <translation>Sendefortschritt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="275" />
      <source>Team jobs</source>
      <translation>Aufträge des Teams</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="117" />
      <source>The certificate of %1 has changed. It now presents SHA-256 %2; the pinned one was %3. Trust the new one only if the gateway's web UI shows the same fingerprint.</source>
      <translation>Das Zertifikat von %1 hat sich geändert. Es zeigt jetzt SHA-256 %2; festgelegt war %3. Vertrauen Sie dem neuen nur, wenn die Weboberfläche des Gateways denselben Fingerabdruck zeigt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="276" />
      <source>The team's queued jobs</source>
      <translation>Die eingereihten Aufträge des Teams</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="233" />
      <source>The team's server (cmcli serve --team) sends them, even after cmgui is closed; every desktop sees the job below.</source>
      <translation>Der Server des Teams (cmcli serve --team) sendet sie, auch nachdem cmgui geschlossen ist; jeder Arbeitsplatz sieht den Auftrag unten.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="105" />
      <source>Trust the certificate the gateway presents</source>
      <translation>Dem Zertifikat des Gateways vertrauen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="224" />
      <source>any free port (or e.g. 0,3)</source>
      <translation>jeder freie Port (oder z. B. 0,3)</translation>
    </message>
  </context>
  <context>
    <name>InboundTableModel</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="248" />
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>Received</source>
      <translation>Empfangen</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../cmgui/views/main_window.py" line="483" />
      <source>%1 has a data connection up. Switch to another device? The connection stays up, but cmgui stops showing and counting it.</source>
      <translation>%1 hat eine aktive Datenverbindung. Zu einem anderen Gerät wechseln? Die Verbindung bleibt bestehen, aber cmgui zeigt und zählt sie nicht mehr.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="378" />
      <source>&amp;Device:</source>
      <translation>&amp;Gerät:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="410" />
      <source>&amp;Retry</source>
      <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="486" />
      <source>&amp;Switch</source>
      <translation>&amp;Wechseln</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="383" />
      <source>Add a remote device</source>
      <translation>Entferntes Gerät hinzufügen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="382" />
      <source>Add a remote device…</source>
      <translation>Entferntes Gerät hinzufügen…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="158" />
      <source>Connection</source>
      <translation>Verbindung</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="456" />
      <source>Connection state</source>
      <translation>Verbindungszustand</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="379" />
      <source>Device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="158" />
      <source>Devices</source>
      <translation>Geräte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="412" />
      <source>Dismiss the message</source>
      <translation>Meldung schließen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="409" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="160" />
      <source>Fleet</source>
      <translation>Flotte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="380" />
      <location filename="../cmgui/views/main_window.py" line="381" />
      <source>Look for devices again</source>
      <translation>Erneut nach Geräten suchen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="424" />
      <source>Message archive problem</source>
      <translation>Problem mit dem Nachrichtenarchiv</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="159" />
      <source>Messages</source>
      <translation>Nachrichten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="515" />
      <source>No device</source>
      <translation>Kein Gerät</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="411" />
      <source>Open the device again</source>
      <translation>Das Gerät erneut öffnen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="454" />
      <source>Operator</source>
      <translation>Netzbetreiber</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="161" />
      <source>SMS gateways</source>
      <translation>SMS-Gateways</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="163" />
      <source>Sections</source>
      <translation>Bereiche</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="160" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="159" />
      <source>Statistics</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="483" />
      <source>Switch device</source>
      <translation>Gerät wechseln</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="455" />
      <source>Technology</source>
      <translation>Technik</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="160" />
      <source>WLAN</source>
      <translation>WLAN</translation>
    </message>
  </context>
  <context>
    <name>MessagesController</name>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="263" />
      <source>Deleting messages</source>
      <translation>Nachrichten werden gelöscht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="282" />
      <source>Marking messages read</source>
      <translation>Nachrichten werden als gelesen markiert</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="180" />
      <source>Reading a new message</source>
      <translation>Neue Nachricht wird gelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="142" />
      <source>Reading messages</source>
      <translation>Nachrichten werden gelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="250" />
      <source>Sending the message</source>
      <translation>Nachricht wird gesendet</translation>
    </message>
  </context>
  <context>
    <name>MessagesPage</name>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="452" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n Zeichen</numerusform>
        <numerusform>%n Zeichen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="454" />
      <source>%n left</source>
      <translation>
        <numerusform>%n frei</numerusform>
        <numerusform>%n frei</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="453" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n Nachricht</numerusform>
        <numerusform>%n Nachrichten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="379" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="347" />
      <source>&amp;New message</source>
      <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="372" />
      <source>&amp;To:</source>
      <translation>&amp;An:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="349" />
      <source>&amp;USSD…</source>
      <translation>&amp;USSD…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="368" />
      <source>Choose a conversation or write a new message.</source>
      <translation>Wählen Sie eine Unterhaltung oder schreiben Sie eine neue Nachricht.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="343" />
      <source>Conversations</source>
      <translation>Unterhaltungen</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="485" />
      <source>Delete %n message(s) from the archive and from the device?</source>
      <translation>
        <numerusform>%n Nachricht aus dem Archiv und vom Gerät löschen?</numerusform>
        <numerusform>%n Nachrichten aus dem Archiv und vom Gerät löschen?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="484" />
      <source>Delete messages</source>
      <translation>Nachrichten löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="380" />
      <source>Delete the selected messages</source>
      <translation>Ausgewählte Nachrichten löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="325" />
      <source>Every message read from or sent with your devices, and USSD services.</source>
      <translation>Alle Nachrichten, die Ihre Geräte empfangen oder gesendet haben, und USSD-Dienste.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="394" />
      <source>Message length</source>
      <translation>Nachrichtenlänge</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="386" />
      <source>Message text</source>
      <translation>Nachrichtentext</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="324" />
      <source>Messages</source>
      <translation>Nachrichten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="435" />
      <source>Messages matching “%1”</source>
      <translation>Nachrichten mit „%1“</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="366" />
      <source>Messages of the conversation</source>
      <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="438" />
      <source>New message</source>
      <translation>Neue Nachricht</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="350" />
      <source>Open the USSD dialog</source>
      <translation>USSD-Dialog öffnen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="374" />
      <source>Phone number</source>
      <translation>Rufnummer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="375" />
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="396" />
      <source>S&amp;end</source>
      <translation>Sen&amp;den</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="334" />
      <location filename="../cmgui/views/messages_page.py" line="335" />
      <source>Search messages</source>
      <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="397" />
      <source>Send (Ctrl+Enter)</source>
      <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="385" />
      <source>Write a message</source>
      <translation>Nachricht schreiben</translation>
    </message>
  </context>
  <context>
    <name>Models</name>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="51" />
      <source>(hidden network)</source>
      <translation>(verborgenes Netz)</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="73" />
      <source>APN</source>
      <translation>APN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="245" />
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="25" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="42" />
      <source>Available</source>
      <translation>Verfügbar</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="71" />
      <source>BSSID</source>
      <translation>BSSID</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="67" />
      <source>Band</source>
      <translation>Band</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="246" />
      <source>Change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="68" />
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="56" />
      <source>Connected</source>
      <translation>Verbunden</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="42" />
      <source>Current</source>
      <translation>Aktuell</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="54" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="75" />
      <location filename="../cmgui/controllers/connection_models.py" line="76" />
      <source>Default</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="33" />
      <source>Delivered</source>
      <translation>Zugestellt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="71" />
      <source>Detail</source>
      <translation>Einzelheiten</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="24" />
      <source>Device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="68" />
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="41" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="217" />
      <source>Expires</source>
      <translation>Läuft ab</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="63" />
      <source>For</source>
      <translation>Für</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="43" />
      <source>Forbidden</source>
      <translation>Gesperrt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="36" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="43" />
      <source>From %1</source>
      <translation>Von %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="51" />
      <source>Home</source>
      <translation>Heimnetz</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="74" />
      <source>IP type</source>
      <translation>IP-Typ</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="243" />
      <location filename="../cmgui/controllers/team_jobs.py" line="60" />
      <source>Job</source>
      <translation>Auftrag</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="230" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="57" />
      <source>Known</source>
      <translation>Bekannt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="53" />
      <source>Last message</source>
      <translation>Letzte Nachricht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="72" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="50" />
      <location filename="../cmgui/controllers/ussd.py" line="29" />
      <location filename="../cmgui/controllers/wlan_models.py" line="62" />
      <location filename="../cmgui/controllers/wlan_models.py" line="90" />
      <source>Network</source>
      <translation>Netz</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="66" />
      <source>Network code</source>
      <translation>Netzkennung</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="33" />
      <source>Not delivered</source>
      <translation>Nicht zugestellt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="51" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="65" />
      <source>Operator</source>
      <translation>Netzbetreiber</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="219" />
      <source>Order</source>
      <translation>Bestellung</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="252" />
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="211" />
      <source>Package</source>
      <translation>Paket</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="234" />
      <source>Peer / network</source>
      <translation>Gegenstelle / Netz</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="93" />
      <source>Priority</source>
      <translation>Priorität</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="43" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="47" />
      <source>Received</source>
      <translation>Empfangen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="235" />
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="51" />
      <source>Roaming</source>
      <translation>Roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="63" />
      <location filename="../cmgui/controllers/wlan_models.py" line="91" />
      <source>Security</source>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="32" />
      <source>Sending…</source>
      <translation>Wird gesendet…</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="44" />
      <location filename="../cmgui/controllers/message_models.py" line="32" />
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="65" />
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="228" />
      <source>Start</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="38" />
      <source>Started</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="251" />
      <location filename="../cmgui/controllers/team_jobs.py" line="67" />
      <location filename="../cmgui/controllers/wlan_models.py" line="72" />
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="68" />
      <location filename="../cmgui/controllers/fleet_models.py" line="212" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="67" />
      <source>Technology</source>
      <translation>Technik</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="37" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="35" />
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="43" />
      <source>To %1</source>
      <translation>An %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="43" />
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="56" />
      <source>Unread</source>
      <translation>Ungelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="213" />
      <source>Used</source>
      <translation>Verbraucht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="215" />
      <location filename="../cmgui/controllers/fleet_models.py" line="232" />
      <source>Volume</source>
      <translation>Volumen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="62" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="249" />
      <location filename="../cmgui/controllers/team_jobs.py" line="65" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="248" />
      <location filename="../cmgui/controllers/team_jobs.py" line="64" />
      <source>Who</source>
      <translation>Wer</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="29" />
      <source>You</source>
      <translation>Sie</translation>
    </message>
  </context>
  <context>
    <name>NetworkController</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="374" />
      <source>Changing the network mode</source>
      <translation>Netzmodus wird geändert</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="349" />
      <source>Reading the radio details</source>
      <translation>Funkdetails werden gelesen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="342" />
      <source>Registering</source>
      <translation>Registrierung läuft</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="306" />
      <source>Searching for networks</source>
      <translation>Suche nach Netzen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="365" />
      <source>Switching the radio</source>
      <translation>Funk wird umgeschaltet</translation>
    </message>
  </context>
  <context>
    <name>OperationBar</name>
    <message>
      <location filename="../cmgui/views/widgets.py" line="159" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/widgets.py" line="160" />
      <source>Cancel the running operation</source>
      <translation>Laufenden Vorgang abbrechen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/widgets.py" line="156" />
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="114" />
      <source>&amp;Again:</source>
      <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="111" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="127" />
      <source>&amp;Set passphrase</source>
      <translation>Passphrase &amp;festlegen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="127" />
      <source>&amp;Unlock</source>
      <translation>&amp;Entsperren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="96" />
      <source>Choose a passphrase</source>
      <translation>Passphrase wählen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="129" />
      <source>Go on &amp;without</source>
      <translation>&amp;Ohne weitermachen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="110" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="112" />
      <source>Passphrase again</source>
      <translation>Passphrase wiederholen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="103" />
      <source>Type the passphrase of the encrypted file (%1) to use the passwords and tokens kept in it.</source>
      <translation>Geben Sie die Passphrase der verschlüsselten Datei (%1) ein, um die darin aufbewahrten Passwörter und Token zu verwenden.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="102" />
      <source>Unlock your secrets</source>
      <translation>Geheimnisse entsperren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="97" />
      <source>cmgui keeps passwords and tokens in an encrypted file, %1. Choose the passphrase that protects it; you give it once each time cmgui starts. Without it the secrets in the file cannot be recovered.</source>
      <translation>cmgui bewahrt Passwörter und Token in einer verschlüsselten Datei auf, %1. Wählen Sie die Passphrase, die sie schützt; Sie geben sie bei jedem Start von cmgui einmal ein. Ohne sie lassen sich die Geheimnisse in der Datei nicht wiederherstellen.</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="164" />
      <source>%n PIN attempt(s) left</source>
      <translation>
        <numerusform>Noch %n PIN-Versuch</numerusform>
        <numerusform>Noch %n PIN-Versuche</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="162" />
      <source>%n PUK attempt(s) left</source>
      <translation>
        <numerusform>Noch %n PUK-Versuch</numerusform>
        <numerusform>Noch %n PUK-Versuche</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="186" />
      <source>A PIN has 4 to 8 digits.</source>
      <translation>Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="135" />
      <source>Anyone with this SIM card can use it without a PIN once it is off.</source>
      <translation>Ist sie ausgeschaltet, kann jeder diese SIM-Karte ohne PIN benutzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="144" />
      <source>Change</source>
      <translation>Ändern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="140" />
      <source>Change PIN</source>
      <translation>PIN ändern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="255" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="193" />
      <source>Confirm the last attempt first.</source>
      <translation>Bestätigen Sie zuerst den letzten Versuch.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="142" />
      <source>Current PIN:</source>
      <translation>Aktuelle PIN:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="141" />
      <source>Enter the current PIN and the new one twice.</source>
      <translation>Geben Sie die aktuelle PIN und zweimal die neue ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="92" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="71" />
      <source>I understand, try this last time</source>
      <translation>Verstanden, letzten Versuch wagen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="75" />
      <source>Kept in the system keyring. It is sent for you only while at least two attempts are left, and forgotten if the SIM ever rejects it.</source>
      <translation>Wird im Schlüsselbund des Systems aufbewahrt. Er wird nur dann für Sie gesendet, wenn noch mindestens zwei Versuche übrig sind, und vergessen, sobald die SIM ihn ablehnt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="171" />
      <source>Last attempt: a wrong PIN blocks the SIM card and you will need the PUK.</source>
      <translation>Letzter Versuch: Eine falsche PIN sperrt die SIM-Karte, dann brauchen Sie die PUK.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="167" />
      <source>Last attempt: a wrong PUK blocks the SIM card for good. Only your operator can replace it.</source>
      <translation>Letzter Versuch: Eine falsche PUK sperrt die SIM-Karte endgültig. Nur Ihr Netzbetreiber kann sie ersetzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="61" />
      <source>New PIN</source>
      <translation>Neue PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="125" />
      <location filename="../cmgui/views/pin_dialogs.py" line="142" />
      <source>New PIN:</source>
      <translation>Neue PIN:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="59" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="118" />
      <location filename="../cmgui/views/pin_dialogs.py" line="131" />
      <location filename="../cmgui/views/pin_dialogs.py" line="137" />
      <source>PIN:</source>
      <translation>PIN:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="60" />
      <source>PUK</source>
      <translation>PUK</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="125" />
      <source>PUK:</source>
      <translation>PUK:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="73" />
      <source>Re&amp;member the PIN on this computer</source>
      <translation>PIN auf diesem Computer &amp;merken</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="74" />
      <source>Remember the PIN on this computer</source>
      <translation>PIN auf diesem Computer merken</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="62" />
      <source>Repeat new PIN</source>
      <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="126" />
      <location filename="../cmgui/views/pin_dialogs.py" line="143" />
      <source>Repeat new PIN:</source>
      <translation>Neue PIN wiederholen:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="122" />
      <source>The PIN is blocked after too many wrong entries. Enter the PUK from the SIM card's holder, then choose a new PIN.</source>
      <translation>Die PIN ist nach zu vielen Fehleingaben gesperrt. Geben Sie die PUK vom Kartenträger der SIM ein und wählen Sie dann eine neue PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="238" />
      <source>The PIN is changed. Use the new PIN from now on.</source>
      <translation>Die PIN ist geändert. Benutzen Sie ab jetzt die neue PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="237" />
      <source>The PIN is off.</source>
      <translation>Die PIN ist ausgeschaltet.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="236" />
      <source>The PIN is on: the SIM will ask for it when it starts.</source>
      <translation>Die PIN ist eingeschaltet: Die SIM fragt beim Start danach.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="184" />
      <source>The PUK has 8 digits.</source>
      <translation>Die PUK hat 8 Ziffern.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="117" />
      <source>The SIM card is locked. Enter its PIN to use it.</source>
      <translation>Die SIM-Karte ist gesperrt. Geben Sie die PIN der Karte ein, um sie zu benutzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="235" />
      <source>The SIM is unblocked and has the new PIN.</source>
      <translation>Die SIM ist entsperrt und hat die neue PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="130" />
      <source>The SIM will ask for this PIN whenever it starts.</source>
      <translation>Die SIM fragt bei jedem Start nach dieser PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="189" />
      <source>The new PIN needs 4 to 8 digits.</source>
      <translation>Die neue PIN braucht 4 bis 8 Ziffern.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="191" />
      <source>The two new PINs differ.</source>
      <translation>Die beiden neuen PINs stimmen nicht überein.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="134" />
      <source>Turn PIN off</source>
      <translation>PIN ausschalten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="129" />
      <source>Turn PIN on</source>
      <translation>PIN einschalten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="138" />
      <source>Turn off</source>
      <translation>Ausschalten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="132" />
      <source>Turn on</source>
      <translation>Einschalten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="127" />
      <source>Unblock</source>
      <translation>Entsperren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="121" />
      <source>Unblock SIM</source>
      <translation>SIM entsperren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="119" />
      <source>Unlock</source>
      <translation>Entsperren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="116" />
      <source>Unlock SIM</source>
      <translation>SIM entsperren</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="82" />
      <source>Why the button is not available</source>
      <translation>Warum die Schaltfläche nicht verfügbar ist</translation>
    </message>
  </context>
  <context>
    <name>PlanEditor</name>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="32" />
      <source>&amp;Billing period starts on day:</source>
      <translation>&amp;Abrechnungszeitraum beginnt am Tag:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="50" />
      <source>&amp;Save plan</source>
      <translation>Tari&amp;f speichern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="40" />
      <source>&amp;Warn at (% of the limit):</source>
      <translation>&amp;Warnen bei (% des Limits):</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="31" />
      <source>Billing day</source>
      <translation>Abrechnungstag</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="42" />
      <source>D&amp;isconnect when the limit is reached</source>
      <translation>Verbindung &amp;trennen, wenn das Limit erreicht ist</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="25" />
      <source>Data plan of this SIM</source>
      <translation>Datentarif dieser SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="48" />
      <source>Data plan status</source>
      <translation>Status des Datentarifs</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="34" />
      <source>Monthly &amp;limit:</source>
      <translation>Monatliches &amp;Limit:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="33" />
      <source>Monthly limit</source>
      <translation>Monatliches Limit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="63" />
      <source>No limit</source>
      <translation>Kein Limit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="36" />
      <source>R&amp;oaming limit:</source>
      <translation>R&amp;oaming-Limit:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="35" />
      <source>Roaming limit</source>
      <translation>Roaming-Limit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="51" />
      <source>Save the data plan</source>
      <translation>Datentarif speichern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="96" />
      <source>Saved.</source>
      <translation>Gespeichert.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="80" />
      <source>Unlock a SIM to set its plan; usage is counted per SIM.</source>
      <translation>Entsperren Sie eine SIM, um ihren Tarif festzulegen; die Nutzung wird je SIM gezählt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="39" />
      <source>Warning thresholds in percent</source>
      <translation>Warnschwellen in Prozent</translation>
    </message>
  </context>
  <context>
    <name>PortTableModel</name>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="123" />
      <source>%n min ago</source>
      <translation>
        <numerusform>vor %n Min.</numerusform>
        <numerusform>vor %n Min.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="121" />
      <source>%n s ago</source>
      <translation>
        <numerusform>vor %n s</numerusform>
        <numerusform>vor %n s</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="139" />
      <source>IMEI %1, ICCID %2</source>
      <translation>IMEI %1, ICCID %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="106" />
      <source>Last activity</source>
      <translation>Letzte Aktivität</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="111" />
      <source>No SIM</source>
      <translation>Keine SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="111" />
      <source>Not registered</source>
      <translation>Nicht eingebucht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>Number</source>
      <translation>Rufnummer</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>Operator</source>
      <translation>Netzbetreiber</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="112" />
      <source>PIN required</source>
      <translation>PIN erforderlich</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="112" />
      <source>PUK required</source>
      <translation>PUK erforderlich</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="113" />
      <source>Radio off</source>
      <translation>Funk aus</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="110" />
      <source>Registered</source>
      <translation>Eingebucht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>SIM (IMSI)</source>
      <translation>SIM (IMSI)</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="110" />
      <source>Searching</source>
      <translation>Suche</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="114" />
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="82" />
      <source>&amp;APN:</source>
      <translation>&amp;APN:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="86" />
      <source>&amp;IP type:</source>
      <translation>&amp;IP-Typ:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="82" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="84" />
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="83" />
      <source>&amp;User name:</source>
      <translation>&amp;Benutzername:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="85" />
      <source>A&amp;uthentication:</source>
      <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="62" />
      <source>Allow while roaming</source>
      <translation>Beim Roaming erlauben</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="46" />
      <source>Edit profile</source>
      <translation>Profil bearbeiten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="46" />
      <source>New profile</source>
      <translation>Neues Profil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="59" />
      <source>None</source>
      <translation>Keine</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="78" />
      <source>Other (enter it yourself)</source>
      <translation>Andere (selbst eingeben)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="59" />
      <source>PAP or CHAP</source>
      <translation>PAP oder CHAP</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="79" />
      <source>Su&amp;ggested:</source>
      <translation>&amp;Vorschlag:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="73" />
      <source>Suggested settings</source>
      <translation>Vorgeschlagene Einstellungen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="57" />
      <source>unchanged</source>
      <translation>unverändert</translation>
    </message>
  </context>
  <context>
    <name>ProfileWizard</name>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="67" />
      <source>&amp;Country:</source>
      <translation>&amp;Land:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="71" />
      <source>&amp;Provider:</source>
      <translation>&amp;Anbieter:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="138" />
      <source>APN: %1</source>
      <translation>APN: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="83" />
      <source>C&amp;ontinue…</source>
      <translation>&amp;Weiter…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="55" />
      <source>Choose your provider and plan; cmgui fills in the settings. Your SIM's provider is chosen already when it is known.</source>
      <translation>Wählen Sie Ihren Anbieter und Tarif; cmgui trägt die Einstellungen ein. Der Anbieter Ihrer SIM ist bereits gewählt, wenn er bekannt ist.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="62" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="82" />
      <source>Enter the settings &amp;myself…</source>
      <translation>Einstellungen &amp;selbst eingeben…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="52" />
      <source>New profile</source>
      <translation>Neues Profil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="135" />
      <source>No plan listed: enter the settings yourself.</source>
      <translation>Kein Tarif verzeichnet: Geben Sie die Einstellungen selbst ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="75" />
      <source>P&amp;lan:</source>
      <translation>&amp;Tarif:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="73" />
      <source>Plan</source>
      <translation>Tarif</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="69" />
      <source>Provider</source>
      <translation>Anbieter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="36" />
      <source>Test networks (demo modem)</source>
      <translation>Testnetze (Demo-Modem)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="140" />
      <source>User name: %1</source>
      <translation>Benutzername: %1</translation>
    </message>
  </context>
  <context>
    <name>ProvisioningController</name>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="27" />
      <source>Set by %1</source>
      <translation>Festgelegt von %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="98" />
      <source>The provisioning file %1 has mistakes and is not used (%2). Check it with: cmcli provisioning check</source>
      <translation>Die Provisionierungsdatei %1 enthält Fehler und wird nicht verwendet (%2). Prüfen Sie sie mit: cmcli provisioning check</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="110" />
      <source>This profile is set by %1 and cannot be edited or deleted.</source>
      <translation>Dieses Profil wurde von %1 festgelegt und kann nicht bearbeitet oder gelöscht werden.</translation>
    </message>
  </context>
  <context>
    <name>RecipientTableModel</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="188" />
      <source>Delivered</source>
      <translation>Zugestellt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="188" />
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="189" />
      <source>No result</source>
      <translation>Kein Ergebnis</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="189" />
      <source>Not sent</source>
      <translation>Nicht gesendet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Number</source>
      <translation>Rufnummer</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="187" />
      <source>Sending</source>
      <translation>Wird gesendet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="187" />
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="184" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="206" />
      <source>Waiting</source>
      <translation>Wartet</translation>
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
    <name>SecretsChoiceController</name>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="123" />
      <source>That is not the passphrase of the encrypted file. Try again.</source>
      <translation>Das ist nicht die Passphrase der verschlüsselten Datei. Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="125" />
      <source>The encrypted file cannot be used: %1</source>
      <translation>Die verschlüsselte Datei kann nicht verwendet werden: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/secrets_choice.py" line="111" />
      <source>The passphrase needs at least %n characters.</source>
      <translation>
        <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
        <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="113" />
      <source>The two passphrases differ. Type the same one twice.</source>
      <translation>Die beiden Passphrasen unterscheiden sich. Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="119" />
      <source>Type the passphrase, or go on without it.</source>
      <translation>Geben Sie die Passphrase ein oder machen Sie ohne sie weiter.</translation>
    </message>
  </context>
  <context>
    <name>SecretsDialogs</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="282" />
      <source>Access token for %1</source>
      <translation>Zugangstoken für %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="283" />
      <source>Access tokens are not stored on this computer. Type the access token of the endpoint %1 (the one cmcli serve gave); it is kept until cmgui quits. Leave it empty if the endpoint needs none.</source>
      <translation>Zugangstoken werden auf diesem Computer nicht gespeichert. Geben Sie das Zugangstoken des Endpunkts %1 ein (das von cmcli serve ausgegebene); es bleibt bis zum Beenden von cmgui erhalten. Lassen Sie das Feld leer, wenn der Endpunkt keines braucht.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="267" />
      <source>Password for %1</source>
      <translation>Passwort für %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="268" />
      <source>Passwords are not stored on this computer. Type the password of the profile %1 (user %2); it is kept until cmgui quits.</source>
      <translation>Passwörter werden auf diesem Computer nicht gespeichert. Geben Sie das Passwort des Profils %1 (Benutzer %2) ein; es bleibt bis zum Beenden von cmgui erhalten.</translation>
    </message>
  </context>
  <context>
    <name>SecretsNoticeDialog</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="64" />
      <source>Don't store secrets (ask each time)</source>
      <translation>Geheimnisse nicht speichern (jedes Mal fragen)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="53" />
      <source>No secure keyring</source>
      <translation>Kein sicherer Schlüsselbund</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="66" />
      <source>Store them in an encrypted file (protected by a passphrase)</source>
      <translation>In einer verschlüsselten Datei speichern (durch eine Passphrase geschützt)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="57" />
      <source>This computer has no secure keyring (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Locker), so cmgui has no safe place for APN passwords, access tokens and remembered PINs. It never puts them in a plain file.

Choose what cmgui does with them:</source>
      <translation>Dieser Computer hat keinen sicheren Schlüsselbund (etwa GNOME Keyring, KWallet, den macOS-Schlüsselbund oder die Windows-Anmeldeinformationsverwaltung). cmgui hat daher keinen sicheren Ort für APN-Passwörter, Zugriffstoken und gemerkte PINs. In eine unverschlüsselte Datei schreibt es sie nie.

Wählen Sie, was cmgui mit ihnen macht:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="72" />
      <source>This is asked once. The environment variable CMGUI_SECRETS (none, file or keyring) overrides the answer; see docs/security.md.</source>
      <translation>Diese Frage kommt nur einmal. Die Umgebungsvariable CMGUI_SECRETS (none, file oder keyring) hat Vorrang vor der Antwort; siehe docs/security.md.</translation>
    </message>
  </context>
  <context>
    <name>SecretsSetup</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="212" />
      <source>Secrets not unlocked</source>
      <translation>Geheimnisse nicht entsperrt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="213" />
      <source>cmgui goes on without the encrypted file this time: passwords and tokens are asked for when they are needed, and none is saved. It asks for the passphrase again the next time it starts.</source>
      <translation>cmgui macht diesmal ohne die verschlüsselte Datei weiter: Passwörter und Token werden erfragt, wenn sie gebraucht werden, und keines wird gespeichert. Beim nächsten Start fragt cmgui wieder nach der Passphrase.</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../cmgui/store/settings.py" line="92" />
      <source>Ask for delivery reports when sending.</source>
      <translation>Beim Senden Zustellberichte anfordern.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="72" />
      <source>Closing the main window keeps cmgui in the tray.</source>
      <translation>Beim Schließen des Hauptfensters bleibt cmgui im Infobereich.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="82" />
      <source>Connect automatically while roaming too (roaming may cost extra).</source>
      <translation>Auch beim Roaming automatisch verbinden (Roaming kann zusätzlich kosten).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="80" />
      <source>Connect mobile data as soon as the device is ready.</source>
      <translation>Mobile Daten verbinden, sobald das Gerät bereit ist.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="90" />
      <source>Delete messages from the device once they are safely archived.</source>
      <translation>Nachrichten vom Gerät löschen, sobald sie sicher archiviert sind.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="74" />
      <source>Interface language (empty: follow the system).</source>
      <translation>Sprache der Oberfläche (leer: der Systemsprache folgen).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="96" />
      <source>Keep SIM PINs in the system keyring (off unless you turn it on).</source>
      <translation>SIM-PINs im Schlüsselbund des Systems speichern (aus, bis Sie es einschalten).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="93" />
      <source>Logging level.</source>
      <translation>Protokollierungsstufe.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="78" />
      <source>Reconnect after the network drops a call.</source>
      <translation>Neu verbinden, nachdem das Netz eine Verbindung getrennt hat.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="70" />
      <source>Start hidden in the system tray.</source>
      <translation>Versteckt im Infobereich starten.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="104" />
      <source>Store for the archive, records and fleet: empty for this computer's SQLite file, or postgresql://[user@]host[:port]/database for a team's shared store (its password in the keyring or ~/.pgpass, never here). CMGUI_STORE and cmcli --store take precedence.</source>
      <translation>Datenspeicher für Archiv, Aufzeichnungen und Flotte: leer für die SQLite-Datei auf diesem Computer oder postgresql://[user@]host[:port]/database für einen gemeinsamen Datenspeicher des Teams (sein Passwort im Schlüsselbund oder in ~/.pgpass, nie hier). CMGUI_STORE und cmcli --store haben Vorrang.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="87" />
      <source>The note that closing the window keeps cmgui in the tray was shown.</source>
      <translation>Der Hinweis, dass cmgui nach dem Schließen des Fensters im Infobereich bleibt, wurde angezeigt.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="76" />
      <source>URL of the device used last, opened at start.</source>
      <translation>URL des zuletzt verwendeten Geräts, beim Start geöffnet.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="84" />
      <source>USSD codes saved per SIM: ICCID -&gt; list of [name, code].</source>
      <translation>Pro SIM gespeicherte USSD-Codes: ICCID -&gt; Liste aus [Name, Code].</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="98" />
      <source>Where passwords and tokens go when CMGUI_SECRETS is not set: empty for the system keyring (with none, cmgui asks once), keyring, none (give them each time) or file (the encrypted file). docs/security.md.</source>
      <translation>Wohin Passwörter und Token kommen, wenn CMGUI_SECRETS nicht gesetzt ist: leer für den Schlüsselbund des Systems (fehlt er, fragt cmgui einmal), keyring, none (jedes Mal eingeben) oder file (die verschlüsselte Datei). docs/security.md.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="156" />
      <source>%1, version %2</source>
      <translation>%1, Version %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="196" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="110" />
      <source>&amp;Closing the window keeps cmgui running in the tray</source>
      <translation>Beim S&amp;chließen des Fensters läuft cmgui im Infobereich weiter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="121" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="135" />
      <source>&amp;Reconnect when the network drops the connection</source>
      <translation>Neu ve&amp;rbinden, wenn das Netz die Verbindung trennt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="257" />
      <source>A change applies at once to the passwords and tokens saved from then on. Those stored before stay where they are (nothing is moved or deleted): to keep one in the new place, enter it again.</source>
      <translation>Eine Änderung gilt sofort für alle danach gespeicherten Passwörter und Token. Bereits gespeicherte bleiben, wo sie sind (nichts wird verschoben oder gelöscht): Um eines am neuen Ort aufzubewahren, geben Sie es erneut ein.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="126" />
      <source>A new language applies at once.</source>
      <translation>Eine neue Sprache gilt sofort.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="158" />
      <source>A&amp;bout…</source>
      <translation>Ü&amp;ber…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="154" />
      <source>About</source>
      <translation>Über</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="136" />
      <source>Ask for &amp;delivery reports</source>
      <translation>&amp;Zustellberichte anfordern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="79" />
      <source>Ask for delivery reports</source>
      <translation>Zustellberichte anfordern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="100" />
      <source>Changes are saved at once.</source>
      <translation>Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="85" />
      <source>Closing the window keeps cmgui running in the tray</source>
      <translation>Beim Schließen des Fensters läuft cmgui im Infobereich weiter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="74" />
      <source>Connect automatically</source>
      <translation>Automatisch verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="75" />
      <source>Connect automatically while roaming</source>
      <translation>Beim Roaming automatisch verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="133" />
      <source>Connection and messages</source>
      <translation>Verbindung und Nachrichten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="138" />
      <source>Delete messages from the SIM once they are &amp;archived</source>
      <translation>Nachrichten nach dem &amp;Archivieren von der SIM löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="80" />
      <source>Delete messages from the SIM once they are archived</source>
      <translation>Nachrichten nach dem Archivieren von der SIM löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="49" />
      <source>Don't store (ask each time)</source>
      <translation>Nicht speichern (jedes Mal fragen)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="215" />
      <source>Empty for this computer's file, or postgresql://host/database for a team's shared store (the password stays in the keyring or ~/.pgpass). Used from the next start.</source>
      <translation>Leer für die Datei auf diesem Computer oder postgresql://host/database für einen gemeinsamen Datenspeicher des Teams (das Passwort bleibt im Schlüsselbund oder in ~/.pgpass). Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="48" />
      <source>Encrypted file (passphrase)</source>
      <translation>Verschlüsselte Datei (Passphrase)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="107" />
      <source>General</source>
      <translation>Allgemein</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="249" />
      <source>Keep &amp;secrets in:</source>
      <translation>&amp;Geheimnisse aufbewahren in:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="87" />
      <location filename="../cmgui/views/settings_page.py" line="114" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="181" />
      <source>Networks are selected automatically only.</source>
      <translation>Netze werden nur automatisch gewählt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="293" />
      <source>No secure keyring on this computer.</source>
      <translation>Kein sicherer Schlüsselbund auf diesem Computer.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="298" />
      <source>Nothing is stored: passwords and tokens are asked for when needed and kept until cmgui quits.</source>
      <translation>Nichts wird gespeichert: Passwörter und Token werden bei Bedarf erfragt und bis zum Beenden von cmgui aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="145" />
      <source>Privacy</source>
      <translation>Datenschutz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="168" />
      <source>Provided by %1</source>
      <translation>Bereitgestellt von %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="77" />
      <source>Reconnect when the network drops the connection</source>
      <translation>Neu verbinden, wenn das Netz die Verbindung trennt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="147" />
      <source>Remember SIM &amp;PINs in the system keyring</source>
      <translation>SIM-&amp;PINs im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="82" />
      <source>Remember SIM PINs in the system keyring</source>
      <translation>SIM-PINs im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="229" />
      <source>S&amp;tore:</source>
      <translation>&amp;Datenspeicher:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="238" />
      <source>Secrets</source>
      <translation>Geheimnisse</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="291" />
      <source>Set by CMGUI_SECRETS (it wins over this setting).</source>
      <translation>Durch CMGUI_SECRETS festgelegt (hat Vorrang vor dieser Einstellung).</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="100" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="177" />
      <source>Settings fixed by %1:</source>
      <translation>Von %1 festgelegte Einstellungen:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="108" />
      <source>Start &amp;hidden in the system tray</source>
      <translation>Versteckt im Infobereich &amp;starten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="84" />
      <source>Start hidden in the system tray</source>
      <translation>Versteckt im Infobereich starten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="210" />
      <source>Store</source>
      <translation>Datenspeicher</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="213" />
      <source>Store URL</source>
      <translation>Datenspeicher-URL</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="172" />
      <source>Support: %1</source>
      <translation>Support: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="47" />
      <source>System keyring</source>
      <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="115" />
      <location filename="../cmgui/views/settings_page.py" line="201" />
      <source>System language</source>
      <translation>Systemsprache</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="295" />
      <source>The encrypted file stays locked this time (no passphrase was given): passwords and tokens are asked for when needed.</source>
      <translation>Die verschlüsselte Datei bleibt diesmal gesperrt (es wurde keine Passphrase eingegeben): Passwörter und Token werden bei Bedarf erfragt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="212" />
      <source>This computer (SQLite)</source>
      <translation>Dieser Computer (SQLite)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="83" />
      <location filename="../cmgui/views/settings_page.py" line="242" />
      <source>Where secrets are kept</source>
      <translation>Aufbewahrungsort der Geheimnisse</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="192" />
      <source>off</source>
      <translation>aus</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="192" />
      <source>on</source>
      <translation>ein</translation>
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
      <location filename="../cmgui/controllers/sim.py" line="121" />
      <source>Changing the PIN</source>
      <translation>PIN wird geändert</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="116" />
      <source>Turning the PIN off</source>
      <translation>PIN wird ausgeschaltet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="112" />
      <source>Turning the PIN on</source>
      <translation>PIN wird eingeschaltet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="108" />
      <source>Unblocking the SIM</source>
      <translation>SIM wird entsperrt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="103" />
      <source>Unlocking the SIM</source>
      <translation>SIM wird entsperrt</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="94" />
      <source>%1 data used</source>
      <translation>%1: verbrauchte Daten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="91" />
      <source>%1 data used of the limit</source>
      <translation>%1: verbrauchte Daten im Verhältnis zum Limit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="155" />
      <source>%1 of %2 (%3 %)</source>
      <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="159" />
      <source>%1, no limit</source>
      <translation>%1, kein Limit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="113" />
      <source>&amp;Delete record</source>
      <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="81" />
      <source>Billing period</source>
      <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="102" />
      <location filename="../cmgui/views/statistics_page.py" line="107" />
      <source>Connection records</source>
      <translation>Verbindungsprotokoll</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="44" />
      <source>Data used this billing period, live throughput and signal, and past sessions.</source>
      <translation>Datenverbrauch im Abrechnungszeitraum, aktueller Durchsatz und Signal sowie frühere Verbindungen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="114" />
      <source>Delete the selected record</source>
      <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="50" />
      <location filename="../cmgui/views/statistics_page.py" line="168" />
      <source>Download</source>
      <translation>Download</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="50" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="148" />
      <source>From %1 to %2</source>
      <translation>Vom %1 bis %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="86" />
      <source>Home network</source>
      <translation>Heimnetz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="51" />
      <source>Peak download</source>
      <translation>Spitzenwert Download</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="49" />
      <source>Received</source>
      <translation>Empfangen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="86" />
      <source>Roaming</source>
      <translation>Roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="49" />
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="62" />
      <location filename="../cmgui/views/statistics_page.py" line="171" />
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="65" />
      <source>Signal graph</source>
      <translation>Signalverlauf</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="43" />
      <source>Statistics</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="76" />
      <source>This billing period</source>
      <translation>Dieser Abrechnungszeitraum</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="47" />
      <source>This session</source>
      <translation>Diese Sitzung</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="57" />
      <source>Throughput</source>
      <translation>Durchsatz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="59" />
      <source>Throughput graph</source>
      <translation>Durchsatzverlauf</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="51" />
      <location filename="../cmgui/views/statistics_page.py" line="169" />
      <source>Upload</source>
      <translation>Upload</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="144" />
      <source>Usage is counted once a SIM is unlocked.</source>
      <translation>Die Nutzung wird gezählt, sobald eine SIM entsperrt ist.</translation>
    </message>
  </context>
  <context>
    <name>TeamJobs</name>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="45" />
      <source>Bulk SMS</source>
      <translation>Massen-SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="47" />
      <source>SIM status to %1</source>
      <translation>SIM-Status auf %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="34" />
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="32" />
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="33" />
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="31" />
      <source>running</source>
      <translation>läuft</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="30" />
      <source>waiting for the team's server</source>
      <translation>wartet auf den Server des Teams</translation>
    </message>
  </context>
  <context>
    <name>TeamJobsController</name>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="192" />
      <source>Cancelling the job</source>
      <translation>Auftrag wird abgebrochen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="186" />
      <source>Job %1 is no longer waiting for the team's server; only a waiting job can be cancelled.</source>
      <translation>Auftrag %1 wartet nicht mehr auf den Server des Teams; nur ein wartender Auftrag kann abgebrochen werden.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="155" />
      <source>Queueing %n message(s)</source>
      <translation>
        <numerusform>%n Nachricht wird eingereiht</numerusform>
        <numerusform>%n Nachrichten werden eingereiht</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="170" />
      <source>Queueing the status change of %n SIM(s)</source>
      <translation>
        <numerusform>Statusänderung von %n SIM wird eingereiht</numerusform>
        <numerusform>Statusänderung von %n SIMs wird eingereiht</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="141" />
      <source>Reading the team's jobs</source>
      <translation>Aufträge des Teams werden gelesen</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <location filename="../cmgui/views/tray.py" line="194" />
      <source>%1 of %2 used this billing period.</source>
      <translation>%1 von %2 in diesem Abrechnungszeitraum verbraucht.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/tray.py" line="135" />
      <source>%n unread message(s)</source>
      <translation>
        <numerusform>%n ungelesene Nachricht</numerusform>
        <numerusform>%n ungelesene Nachrichten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="148" />
      <source>&amp;Connect</source>
      <translation>&amp;Verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="148" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Trennen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="109" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="108" />
      <source>&amp;Show cmgui</source>
      <translation>cmgui &amp;anzeigen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="193" />
      <source>Data: %1 % of the limit used</source>
      <translation>Daten: %1 % des Limits verbraucht</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="188" />
      <source>Enter the PIN to use the modem.</source>
      <translation>Geben Sie die PIN ein, um das Modem zu benutzen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="186" />
      <source>Enter the PUK to unblock the SIM card.</source>
      <translation>Geben Sie die PUK ein, um die SIM-Karte zu entsperren.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="206" />
      <source>It stays in the tray to receive messages. Quit it from the tray menu.</source>
      <translation>Es bleibt im Infobereich, um Nachrichten zu empfangen. Beenden Sie es über das Menü im Infobereich.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="201" />
      <source>Message memory full</source>
      <translation>Nachrichtenspeicher voll</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="182" />
      <source>Network message</source>
      <translation>Nachricht vom Netz</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="179" />
      <source>New message from %1</source>
      <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="127" />
      <source>No device</source>
      <translation>Kein Gerät</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="192" />
      <source>Roaming data: %1 % of the limit used</source>
      <translation>Roaming-Daten: %1 % des Limits verbraucht</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="186" />
      <source>SIM blocked</source>
      <translation>SIM blockiert</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="188" />
      <source>SIM locked</source>
      <translation>SIM gesperrt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="197" />
      <source>The connection is closed, as the plan asks.</source>
      <translation>Die Verbindung wird gemäß Tarif getrennt.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="205" />
      <source>cmgui is still running</source>
      <translation>cmgui läuft weiter</translation>
    </message>
  </context>
  <context>
    <name>UsageController</name>
    <message>
      <location filename="../cmgui/controllers/usage.py" line="149" />
      <source>Saving the data plan</source>
      <translation>Datentarif wird gespeichert</translation>
    </message>
  </context>
  <context>
    <name>UssdController</name>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="47" />
      <source>Another program answered this session.</source>
      <translation>Ein anderes Programm hat in dieser Sitzung geantwortet.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="169" />
      <source>Ending the session</source>
      <translation>Sitzung wird beendet</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="43" />
      <source>The network did not answer in time. Try again in a minute.</source>
      <translation>Das Netz hat nicht rechtzeitig geantwortet. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="45" />
      <source>The network does not offer this code.</source>
      <translation>Das Netz bietet diesen Code nicht an.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="46" />
      <source>The network ended the session.</source>
      <translation>Das Netz hat die Sitzung beendet.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="158" />
      <source>Waiting for the network</source>
      <translation>Warten auf das Netz</translation>
    </message>
  </context>
  <context>
    <name>UssdDialog</name>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="50" />
      <source>&amp;End session</source>
      <translation>Sitzung b&amp;eenden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="65" />
      <source>&amp;Forget</source>
      <translation>&amp;Vergessen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="75" />
      <source>&amp;History</source>
      <translation>&amp;Verlauf</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="144" />
      <source>&amp;Reply</source>
      <translation>&amp;Antworten</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="47" />
      <location filename="../cmgui/views/ussd_dialog.py" line="144" />
      <source>&amp;Send</source>
      <translation>&amp;Senden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="44" />
      <source>Code or reply, e.g. *100#</source>
      <translation>Code oder Antwort, z. B. *100#</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="59" />
      <source>Codes saved for this SIM</source>
      <translation>Für diese SIM gespeicherte Codes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="66" />
      <source>Forget the chosen saved code</source>
      <translation>Den gewählten gespeicherten Code vergessen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="130" />
      <source>Name for %1 (for example “Balance”):</source>
      <translation>Name für %1 (zum Beispiel „Guthaben“):</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="40" />
      <source>Network answer</source>
      <translation>Antwort des Netzes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="103" />
      <source>None yet: send a code, then save it</source>
      <translation>Noch keine: Senden Sie einen Code und speichern Sie ihn dann</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="57" />
      <source>Sa&amp;ved codes:</source>
      <translation>Gespei&amp;cherte Codes:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="129" />
      <source>Save USSD code</source>
      <translation>USSD-Code speichern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="63" />
      <source>Save the code for this SIM</source>
      <translation>Den Code für diese SIM speichern</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="62" />
      <source>Save this &amp;code…</source>
      <translation>Diesen &amp;Code speichern…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="32" />
      <source>Send a service code such as *100# to your operator, for example to check your balance.</source>
      <translation>Senden Sie einen Dienstcode wie *100# an Ihren Netzbetreiber, etwa um Ihr Guthaben abzufragen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="29" />
      <source>USSD</source>
      <translation>USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="45" />
      <source>USSD code or reply</source>
      <translation>USSD-Code oder Antwort</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="80" />
      <source>USSD history</source>
      <translation>USSD-Verlauf</translation>
    </message>
  </context>
  <context>
    <name>WlanController</name>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="88" />
      <location filename="../cmgui/controllers/wlan.py" line="97" />
      <source>Connecting to Wi-Fi</source>
      <translation>Verbindung mit WLAN wird hergestellt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="106" />
      <source>Disconnecting Wi-Fi</source>
      <translation>WLAN wird getrennt</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="115" />
      <source>Forgetting the network</source>
      <translation>Netz wird vergessen</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="55" />
      <source>Scanning for Wi-Fi</source>
      <translation>Suche nach WLANs</translation>
    </message>
  </context>
  <context>
    <name>WlanPage</name>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="107" />
      <source>&amp;Connect</source>
      <translation>&amp;Verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="85" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Trennen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="121" />
      <source>&amp;Forget</source>
      <translation>&amp;Vergessen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="87" />
      <source>&amp;Scan</source>
      <translation>&amp;Suchen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="145" />
      <source>Connected to %1</source>
      <translation>Verbunden mit %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="122" />
      <source>Forget the selected known network</source>
      <translation>Ausgewähltes bekanntes Netz vergessen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="111" />
      <location filename="../cmgui/views/wlan_page.py" line="115" />
      <source>Known networks</source>
      <translation>Bekannte Netze</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="94" />
      <location filename="../cmgui/views/wlan_page.py" line="99" />
      <source>Networks in range</source>
      <translation>Netze in Reichweite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="147" />
      <source>Not connected</source>
      <translation>Nicht verbunden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="71" />
      <source>This device has no Wi-Fi.</source>
      <translation>Dieses Gerät hat kein WLAN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="67" />
      <source>WLAN</source>
      <translation>WLAN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="79" />
      <source>Wi-Fi</source>
      <translation>WLAN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="68" />
      <source>Wi-Fi of the device: for routers and hotspots.</source>
      <translation>WLAN des Geräts: für Router und Hotspots.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="83" />
      <source>Wi-Fi state</source>
      <translation>WLAN-Zustand</translation>
    </message>
  </context>
  <context>
    <name>WlanPasswordDialog</name>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="49" />
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="50" />
      <source>&amp;Remember this network</source>
      <translation>Dieses Netz &amp;merken</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="34" />
      <source>Connect to %1</source>
      <translation>Mit %1 verbinden</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="48" />
      <source>Wi-Fi password</source>
      <translation>WLAN-Passwort</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="36" />
      <source>“%1” is protected (%2). Enter its password.</source>
      <translation>„%1“ ist geschützt (%2). Geben Sie das Passwort ein.</translation>
    </message>
  </context>
</TS>
