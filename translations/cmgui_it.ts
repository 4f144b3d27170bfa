<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../cmgui/views/about.py" line="76" />
      <source>%1 (GNU General Public License, version 3 or later)</source>
      <translation>%1 (GNU General Public License, versione 3 o successiva)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="78" />
      <source>%1 (PySide6 %2)</source>
      <translation>%1 (PySide6 %2)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="37" />
      <source>About %1</source>
      <translation>Informazioni su %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="48" />
      <source>Based on cmgui %1</source>
      <translation>Basato su cmgui %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="53" />
      <source>Connection manager for cellular modems, SMS gateways and IoT SIM fleets.</source>
      <translation>Gestore di connessioni per modem cellulari, gateway SMS e flotte di SIM IoT.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="76" />
      <source>Licence:</source>
      <translation>Licenza:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="81" />
      <source>Project:</source>
      <translation>Progetto:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="72" />
      <source>Provided by:</source>
      <translation>Fornito da:</translation>
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
      <translation>Assistenza:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="49" />
      <source>Version %1</source>
      <translation>Versione %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="75" />
      <source>cmgui version:</source>
      <translation>Versione di cmgui:</translation>
    </message>
  </context>
  <context>
    <name>AddAccountDialog</name>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="134" />
      <source>&amp;Address:</source>
      <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="133" />
      <source>&amp;Name:</source>
      <translation>&amp;Nome:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="139" />
      <source>&amp;Private key file:</source>
      <translation>File della chiave &amp;privata:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="138" />
      <source>&amp;Secret file:</source>
      <translation>File del &amp;segreto:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="123" />
      <source>Add a fleet account</source>
      <translation>Aggiungi un account della flotta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="136" />
      <source>CMO &amp;token URL:</source>
      <translation>URL del &amp;token CMO:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="135" />
      <source>CMO client &amp;ID:</source>
      <translation>&amp;ID client CMO:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="137" />
      <source>CMP &amp;key ID:</source>
      <translation>ID della &amp;chiave CMP:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="158" />
      <location filename="../cmgui/views/fleet_page.py" line="164" />
      <source>Choose a file</source>
      <translation>Scegli un file</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="140" />
      <source>Secrets go to the system keyring; they are read from the files you name and never written to the settings.</source>
      <translation>I segreti vanno nel portachiavi di sistema; vengono letti dai file indicati e mai scritti nelle impostazioni.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../cmgui/app.py" line="105" />
      <source>Something went wrong inside cmgui: %1

The details are in %2.</source>
      <translation>Si è verificato un errore in cmgui: %1

I dettagli sono in %2.</translation>
    </message>
    <message>
      <location filename="../cmgui/app.py" line="104" />
      <source>cmgui hit a bug</source>
      <translation>cmgui ha incontrato un bug</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../cmgui/controllers/app.py" line="357" />
      <source>The message archive cannot be used: %1 Until it can, messages are not archived and none are deleted from the device.</source>
      <translation>L’archivio dei messaggi non è utilizzabile: %1 Finché non lo sarà, i messaggi non vengono archiviati e nessuno viene eliminato dal dispositivo.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionController</name>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="304" />
      <source>Connecting</source>
      <translation>Connessione in corso</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="402" />
      <source>Deleting the profile</source>
      <translation>Eliminazione del profilo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="354" />
      <source>Deleting the record</source>
      <translation>Eliminazione della voce</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="344" />
      <source>Disconnecting</source>
      <translation>Disconnessione in corso</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="173" />
      <source>Reading profiles</source>
      <translation>Lettura dei profili</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="281" />
      <source>Reading the addresses</source>
      <translation>Lettura degli indirizzi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="393" />
      <location filename="../cmgui/controllers/connection.py" line="411" />
      <source>Saving the profile</source>
      <translation>Salvataggio del profilo</translation>
    </message>
  </context>
  <context>
    <name>ConnectionPage</name>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="214" />
      <source>&amp;Add…</source>
      <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="287" />
      <source>&amp;Connect</source>
      <translation>&amp;Connetti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="219" />
      <source>&amp;Delete</source>
      <translation>&amp;Elimina</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="287" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Disconnetti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="215" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifica…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="145" />
      <source>&amp;Profile:</source>
      <translation>&amp;Profilo:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="169" />
      <source>APN</source>
      <translation>APN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="220" />
      <source>Add a profile</source>
      <translation>Aggiungi un profilo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="176" />
      <source>Also while &amp;roaming (may cost extra)</source>
      <translation>Anche in &amp;roaming (può costare di più)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="175" />
      <source>Connect &amp;automatically when the device is ready</source>
      <translation>Connetti &amp;automaticamente quando il dispositivo è pronto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="136" />
      <source>Connection</source>
      <translation>Connessione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="143" />
      <source>Connection state</source>
      <translation>Stato della connessione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="170" />
      <source>DNS servers</source>
      <translation>Server DNS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="267" />
      <source>Default (%1)</source>
      <translation>Predefinito (%1)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="391" />
      <source>Delete profile</source>
      <translation>Elimina il profilo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="392" />
      <source>Delete the profile “%1”?</source>
      <translation>Eliminare il profilo «%1»?</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="222" />
      <source>Delete the selected profile</source>
      <translation>Elimina il profilo selezionato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="172" />
      <source>Duration</source>
      <translation>Durata</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="163" />
      <source>Edit the &amp;profile…</source>
      <translation>Modifica il &amp;profilo…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="164" />
      <source>Edit the profile the connection used</source>
      <translation>Modifica il profilo usato dalla connessione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="221" />
      <source>Edit the selected profile</source>
      <translation>Modifica il profilo selezionato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="169" />
      <source>IP address</source>
      <translation>Indirizzo IP</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="170" />
      <source>IPv6 address</source>
      <translation>Indirizzo IPv6</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="216" />
      <source>Make de&amp;fault</source>
      <translation>Imposta come pre&amp;definito</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="217" />
      <source>Make the selected profile the default</source>
      <translation>Imposta il profilo selezionato come predefinito</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="139" />
      <source>Mobile data</source>
      <translation>Dati mobili</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="137" />
      <source>Mobile data: connect with one of your profiles.</source>
      <translation>Dati mobili: connettiti con uno dei tuoi profili.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="171" />
      <source>Network interface</source>
      <translation>Interfaccia di rete</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="268" />
      <source>Operator default</source>
      <translation>Impostazione dell’operatore</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="148" />
      <source>Profile</source>
      <translation>Profilo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="193" />
      <location filename="../cmgui/views/connection_page.py" line="197" />
      <source>Profiles</source>
      <translation>Profili</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="232" />
      <location filename="../cmgui/views/connection_page.py" line="236" />
      <source>Recent sessions</source>
      <translation>Sessioni recenti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="204" />
      <source>This device keeps no profiles: connections use the operator's default settings.</source>
      <translation>Questo dispositivo non conserva profili: le connessioni usano le impostazioni predefinite dell’operatore.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="172" />
      <source>Traffic</source>
      <translation>Traffico</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="161" />
      <source>Why the connection failed</source>
      <translation>Perché la connessione non è riuscita</translation>
    </message>
  </context>
  <context>
    <name>DeviceController</name>
    <message>
      <location filename="../cmgui/controllers/device.py" line="379" />
      <source>The device was disconnected.</source>
      <translation>Il dispositivo è stato scollegato.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device.py" line="487" />
      <source>The network ended the connection.</source>
      <translation>La rete ha chiuso la connessione.</translation>
    </message>
  </context>
  <context>
    <name>DeviceManager</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="175" />
      <source>Access tokens are not stored on this computer, so this one is kept only until cmgui quits; after that it is asked for when the endpoint is opened (docs/security.md).</source>
      <translation>I token di accesso non vengono memorizzati su questo computer, quindi questo viene conservato solo fino alla chiusura di cmgui; dopo verrà chiesto all’apertura dell’endpoint (docs/security.md).</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="130" />
      <source>Demo modem (virtual)</source>
      <translation>Modem dimostrativo (virtuale)</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="320" />
      <source>%1 down, %2 up</source>
      <translation>%1 in download, %2 in upload</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="135" />
      <source>&amp;Automatic</source>
      <translation>&amp;Automatica</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="136" />
      <source>&amp;Manual</source>
      <translation>&amp;Manuale</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="145" />
      <source>&amp;Mode:</source>
      <translation>M&amp;odalità:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="177" />
      <source>&amp;Register on selected network</source>
      <translation>&amp;Registrati sulla rete scelta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="339" />
      <source>&amp;Reset</source>
      <translation>&amp;Ripristina</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="155" />
      <source>&amp;Search for networks</source>
      <translation>&amp;Cerca reti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="197" />
      <source>&amp;Unlock…</source>
      <translation>&amp;Sblocca…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="56" />
      <source>2G only</source>
      <translation>Solo 2G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="55" />
      <source>3G only</source>
      <translation>Solo 3G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="53" />
      <source>4G and 3G</source>
      <translation>4G e 3G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="54" />
      <source>4G only</source>
      <translation>Solo 4G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="52" />
      <source>5G, 4G, 3G, 2G</source>
      <translation>5G, 4G, 3G, 2G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="127" />
      <source>Address</source>
      <translation>Indirizzo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="51" />
      <source>Automatic</source>
      <translation>Automatica</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="113" />
      <source>Band</source>
      <translation>Banda</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="200" />
      <source>C&amp;hange PIN…</source>
      <translation>&amp;Cambia il PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="112" />
      <source>Cell ID</source>
      <translation>ID cella</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="317" />
      <source>Channel</source>
      <translation>Canale</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="78" />
      <source>Demo</source>
      <translation>Demo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="122" />
      <source>Device details</source>
      <translation>Dettagli del dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="65" />
      <source>Devices</source>
      <translation>Dispositivi</translation>
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
      <translation>Produttore</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="124" />
      <source>Model</source>
      <translation>Modello</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="100" />
      <source>Network</source>
      <translation>Rete</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="102" />
      <source>Network code</source>
      <translation>Codice di rete</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="147" />
      <source>Network mode</source>
      <translation>Modalità di rete</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="133" />
      <source>Network selection</source>
      <translation>Selezione della rete</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="185" />
      <source>Networks are selected automatically: %1 allows no manual selection.</source>
      <translation>Le reti vengono scelte automaticamente: %1 non consente la selezione manuale.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="166" />
      <source>Networks found</source>
      <translation>Reti trovate</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="232" />
      <source>No device</source>
      <translation>Nessun dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="252" />
      <source>Not registered: the radio is off</source>
      <translation>Non registrato: la radio è spenta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="74" />
      <source>Operator</source>
      <translation>Operatore</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="127" />
      <source>Phone number</source>
      <translation>Numero di telefono</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="88" />
      <source>Power-cycle the demo modem back to factory state: its SIM asks for the PIN (1234) again and its messages are gone.</source>
      <translation>Riavvia il modem dimostrativo riportandolo allo stato di fabbrica: la sua SIM chiede di nuovo il PIN (1234) e i suoi messaggi spariscono.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="335" />
      <source>Power-cycle the demo modem back to factory state? Its SIM asks for the PIN (1234) again, and its messages, profiles and counters start afresh. The archive on this computer keeps what it has.</source>
      <translation>Riavviare il modem dimostrativo riportandolo allo stato di fabbrica? La sua SIM chiede di nuovo il PIN (1234) e messaggi, profili e contatori ripartono da zero. L’archivio su questo computer conserva ciò che ha.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="108" />
      <source>Radio details</source>
      <translation>Dettagli radio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="249" />
      <source>Ready, radio off</source>
      <translation>Pronto, radio spenta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="87" />
      <source>Reset the demo &amp;modem…</source>
      <translation>Ripristina il &amp;modem dimostrativo…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="335" />
      <source>Reset the demo modem</source>
      <translation>Ripristina il modem dimostrativo</translation>
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
      <translation>Sicurezza della SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="172" />
      <source>Searching takes one to three minutes; the modem stays usable meanwhile.</source>
      <translation>La ricerca richiede da uno a tre minuti; nel frattempo il modem resta utilizzabile.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="101" />
      <source>Signal</source>
      <translation>Segnale</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="100" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="70" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="101" />
      <source>Technology</source>
      <translation>Tecnologia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="283" />
      <source>The PIN is off.</source>
      <translation>Il PIN è disattivato.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="281" />
      <source>The PIN is on: the SIM asks for it at start.</source>
      <translation>Il PIN è attivo: la SIM lo chiede all’avvio.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="279" />
      <source>The SIM card is locked.</source>
      <translation>La SIM è protetta dal PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="66" />
      <source>The modem in use, its network and its SIM card.</source>
      <translation>Il modem in uso, la sua rete e la sua SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="253" />
      <source>The network refused this SIM (registration denied): the network is forbidden for it, or the SIM is not allowed here. Choose another network or let the device choose automatically.</source>
      <translation>La rete ha rifiutato questa SIM (registrazione negata): la rete le è vietata oppure qui la SIM non è ammessa. Scegli un’altra rete o lascia che il dispositivo scelga automaticamente.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="199" />
      <source>Turn PIN o&amp;ff…</source>
      <translation>&amp;Disattiva il PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="198" />
      <source>Turn PIN o&amp;n…</source>
      <translation>&amp;Attiva il PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="269" />
      <source>Turn radio &amp;off</source>
      <translation>&amp;Spegni la radio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="270" />
      <source>Turn radio &amp;on</source>
      <translation>&amp;Accendi la radio</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="59" />
      <source>%1 may not %2: on this team %1 is a %3, and that needs the role %4. Ask a team admin to run: cmcli team add %1 --role %5</source>
      <translation>%1 non può %2: in questo team %1 è %3, e serve il ruolo %4. Chieda a un amministratore del team di eseguire: cmcli team add %1 --role %5</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="559" />
      <source>%1 — %n attempt(s) left</source>
      <translation>
        <numerusform>%1 – resta %n tentativo</numerusform>
        <numerusform>%1 – restano %n tentativi</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="115" />
      <source>A data connection to this APN is already open.</source>
      <translation>Una connessione dati verso questo APN è già aperta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="531" />
      <source>A policy does not allow this Wi-Fi network.</source>
      <translation>Un criterio non consente questa rete Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="465" />
      <source>A profile with this name exists already.</source>
      <translation>Esiste già un profilo con questo nome.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="233" />
      <source>Another data connection already uses this context.</source>
      <translation>Un’altra connessione dati usa già questo contesto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="159" />
      <source>Ask your operator to turn on mobile data.</source>
      <translation>Chiedi al tuo operatore di attivare i dati mobili.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="154" />
      <source>Ask your operator whether the SIM is activated and paid for.</source>
      <translation>Chiedi al tuo operatore se la SIM è attiva e pagata.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="105" />
      <source>Ask your operator whether the SIM is activated.</source>
      <translation>Chiedi al tuo operatore se la SIM è attiva.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="107" />
      <source>Ask your operator whether this device may be used.</source>
      <translation>Chiedi al tuo operatore se questo dispositivo può essere usato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="90" />
      <source>Ask your operator.</source>
      <translation>Rivolgiti al tuo operatore.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="174" />
      <location filename="../cmgui/common/error_words.py" line="194" />
      <source>Calls and text messages are unavailable on this network for now.</source>
      <translation>Chiamate e SMS non sono disponibili su questa rete per il momento.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="177" />
      <source>Calls and text messages are unavailable on this network.</source>
      <translation>Chiamate e SMS non sono disponibili su questa rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="207" />
      <source>Change the IP type in this profile.</source>
      <translation>Cambia il tipo di IP in questo profilo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="315" />
      <location filename="../cmgui/common/error_words.py" line="317" />
      <source>Change the validity period in the settings.</source>
      <translation>Cambia il periodo di validità nelle impostazioni.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="442" />
      <source>Check that it is plugged in and turned on.</source>
      <translation>Verifica che sia collegato e acceso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="230" />
      <source>Check the APN in this profile, or ask your operator.</source>
      <translation>Verifica l’APN di questo profilo o rivolgiti al tuo operatore.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="269" />
      <source>Check the APN in this profile, or choose another network mode.</source>
      <translation>Verifica l’APN di questo profilo o scegli un’altra modalità di rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="222" />
      <source>Check the APN in this profile, or try again later.</source>
      <translation>Verifica l’APN di questo profilo o riprova più tardi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="91" />
      <source>Check the APN in this profile.</source>
      <translation>Verifica l’APN di questo profilo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="138" />
      <source>Check the antenna and the coverage where you are.</source>
      <translation>Verifica l’antenna e la copertura nel luogo in cui ti trovi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="512" />
      <source>Check the code.</source>
      <translation>Verifica il codice.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="146" />
      <source>Check the message centre number (SMSC) in the settings.</source>
      <translation>Verifica il numero del centro messaggi (SMSC) nelle impostazioni.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="287" />
      <source>Check the number, or try again later.</source>
      <translation>Verifica il numero o riprova più tardi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="94" />
      <source>Check the number.</source>
      <translation>Verifica il numero.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="219" />
      <source>Check the user name, password and authentication in this profile.</source>
      <translation>Verifica nome utente, password e autenticazione di questo profilo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="473" />
      <location filename="../cmgui/common/error_words.py" line="475" />
      <location filename="../cmgui/common/error_words.py" line="480" />
      <location filename="../cmgui/common/error_words.py" line="482" />
      <location filename="../cmgui/common/error_words.py" line="485" />
      <source>Check this profile.</source>
      <translation>Verifica questo profilo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="466" />
      <source>Choose another name.</source>
      <translation>Scegli un altro nome.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="171" />
      <source>Choose another network, or ask your operator about roaming.</source>
      <translation>Scegli un’altra rete o chiedi al tuo operatore informazioni sul roaming.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="92" />
      <source>Choose another network, or let the device choose one.</source>
      <translation>Scegli un’altra rete o lascia che sia il dispositivo a sceglierla.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="470" />
      <source>Choose or add a profile.</source>
      <translation>Scegli o aggiungi un profilo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="445" />
      <source>Close the other program first.</source>
      <translation>Chiudi prima l’altro programma.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="114" />
      <location filename="../cmgui/common/error_words.py" line="161" />
      <location filename="../cmgui/common/error_words.py" line="163" />
      <location filename="../cmgui/common/error_words.py" line="239" />
      <source>Connect again.</source>
      <translation>Connettiti di nuovo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="196" />
      <location filename="../cmgui/common/error_words.py" line="438" />
      <source>Connect first.</source>
      <translation>Connettiti prima.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="93" />
      <source>Delete messages on the device to make room.</source>
      <translation>Elimina dei messaggi sul dispositivo per fare spazio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="433" />
      <location filename="../cmgui/common/error_words.py" line="451" />
      <location filename="../cmgui/common/error_words.py" line="468" />
      <location filename="../cmgui/common/error_words.py" line="497" />
      <source>Disconnect first.</source>
      <translation>Disconnettiti prima.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="116" />
      <location filename="../cmgui/common/error_words.py" line="234" />
      <location filename="../cmgui/common/error_words.py" line="272" />
      <source>Disconnect it first.</source>
      <translation>Prima disconnettila.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="267" />
      <source>Disconnect one first.</source>
      <translation>Prima disconnettine una.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="124" />
      <source>Enter its PIN.</source>
      <translation>Inserisci il PIN della SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="126" />
      <source>Enter its PUK.</source>
      <translation>Inserisci il PUK della SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="528" />
      <source>Enter the password again.</source>
      <translation>Inserisci di nuovo la password.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="136" />
      <source>Enter the unlock code from the seller of the device.</source>
      <translation>Inserisci il codice di sblocco fornito dal venditore del dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="123" />
      <source>Insert a SIM card.</source>
      <translation>Inserisci una SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="403" />
      <source>Mobile data failed without a reason given.</source>
      <translation>I dati mobili non hanno funzionato e non è stato indicato il motivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="491" />
      <source>No connection is being set up.</source>
      <translation>Non è in corso alcuna connessione.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="439" />
      <source>No device is known at this address.</source>
      <translation>Nessun dispositivo noto a questo indirizzo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="469" />
      <source>No profile is chosen for connecting.</source>
      <translation>Non è scelto alcun profilo per la connessione.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="518" />
      <location filename="../cmgui/common/error_words.py" line="519" />
      <source>Not connected to a Wi-Fi network.</source>
      <translation>Non connesso a una rete Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="76" />
      <source>Not opened: no access token was given. Choose the endpoint again to type it.</source>
      <translation>Non aperto: non è stato indicato alcun token di accesso. Scegli di nuovo l’endpoint per digitarlo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="432" />
      <location filename="../cmgui/common/error_words.py" line="450" />
      <location filename="../cmgui/common/error_words.py" line="496" />
      <source>Not while connected.</source>
      <translation>Non durante una connessione.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="377" />
      <source>Nothing was found.</source>
      <translation>Non è stato trovato nulla.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="133" />
      <source>PIN2 comes with the SIM, like the PIN.</source>
      <translation>Il PIN2 viene fornito con la SIM, come il PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="134" />
      <source>PIN2 is blocked; the SIM asks for its PUK2.</source>
      <translation>Il PIN2 è bloccato; la SIM chiede il PUK2.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="111" />
      <source>Restart the device; if that does not help, ask your operator.</source>
      <translation>Riavvia il dispositivo; se non basta, rivolgiti al tuo operatore.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="251" />
      <source>Set the IP type of this profile to IPv4 or IPv6.</source>
      <translation>Imposta il tipo di IP di questo profilo su IPv4 o IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="247" />
      <source>Set the IP type of this profile to IPv4.</source>
      <translation>Imposta il tipo di IP di questo profilo su IPv4.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="259" />
      <source>Set the IP type of this profile to IPv4v6.</source>
      <translation>Imposta il tipo di IP di questo profilo su IPv4v6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="249" />
      <source>Set the IP type of this profile to IPv6.</source>
      <translation>Imposta il tipo di IP di questo profilo su IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="541" />
      <source>Sign in to the endpoint again.</source>
      <translation>Accedi di nuovo all’endpoint.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="81" />
      <source>Something went wrong inside cmgui (%1). The details are in the log.</source>
      <translation>Si è verificato un errore in cmgui (%1). I dettagli sono nel registro.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="129" />
      <source>Take the SIM out, put it back in and restart the device.</source>
      <translation>Estrai la SIM, reinseriscila e riavvia il dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="186" />
      <source>Text messages go over mobile data in this area.</source>
      <translation>In questa zona gli SMS passano sui dati mobili.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="285" />
      <location filename="../cmgui/common/error_words.py" line="312" />
      <source>Text messages to this number are barred.</source>
      <translation>Gli SMS verso questo numero sono bloccati.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="522" />
      <location filename="../cmgui/common/error_words.py" line="523" />
      <source>That Wi-Fi network is out of range.</source>
      <translation>Quella rete Wi-Fi è fuori portata.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="479" />
      <location filename="../cmgui/common/error_words.py" line="481" />
      <source>The DNS server address is not valid.</source>
      <translation>L’indirizzo del server DNS non è valido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="478" />
      <source>The IP address is not valid.</source>
      <translation>L’indirizzo IP non è valido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="551" />
      <location filename="../cmgui/common/error_words.py" line="553" />
      <source>The PIN is blocked. Enter the PUK.</source>
      <translation>Il PIN è bloccato. Inserisci il PUK.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="562" />
      <source>The PIN was wrong.</source>
      <translation>Il PIN era errato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="555" />
      <source>The PUK is blocked. Only your operator can unlock this SIM now.</source>
      <translation>Il PUK è bloccato. Ora solo il tuo operatore può sbloccare questa SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="564" />
      <source>The PUK was wrong.</source>
      <translation>Il PUK era errato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="132" />
      <source>The SIM asks for its PIN2.</source>
      <translation>La SIM chiede il PIN2.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="128" />
      <location filename="../cmgui/common/error_words.py" line="457" />
      <source>The SIM card cannot be read.</source>
      <translation>La SIM non può essere letta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="323" />
      <source>The SIM could not take the message.</source>
      <translation>La SIM non ha potuto accettare il messaggio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="388" />
      <source>The SIM does not support this sign-in method.</source>
      <translation>La SIM non supporta questo metodo di accesso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="126" />
      <source>The SIM is blocked.</source>
      <translation>La SIM è bloccata.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="130" />
      <source>The SIM is busy.</source>
      <translation>La SIM è occupata.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="124" />
      <source>The SIM is locked.</source>
      <translation>La SIM è protetta dal PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="318" />
      <source>The SIM's message storage is full.</source>
      <translation>La memoria dei messaggi della SIM è piena.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="524" />
      <source>The Wi-Fi network gave no IP address.</source>
      <translation>La rete Wi-Fi non ha assegnato alcun indirizzo IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="526" />
      <source>The Wi-Fi password was not accepted.</source>
      <translation>La password del Wi-Fi non è stata accettata.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="476" />
      <source>The access point name (APN) is not valid.</source>
      <translation>Il nome del punto di accesso (APN) non è valido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="557" />
      <source>The code has the wrong format.</source>
      <translation>Il codice ha un formato errato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="372" />
      <source>The code was wrong.</source>
      <translation>Il codice era errato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="391" />
      <source>The command was cancelled.</source>
      <translation>Il comando è stato annullato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="492" />
      <source>The connection is ending.</source>
      <translation>La connessione sta terminando.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="563" />
      <source>The current PIN was wrong.</source>
      <translation>Il PIN attuale era errato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="212" />
      <source>The data connection failed on the radio link.</source>
      <translation>La connessione dati non è riuscita sul collegamento radio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="235" />
      <source>The data connection was ended.</source>
      <translation>La connessione dati è stata chiusa.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="387" />
      <source>The device asks for its hidden key.</source>
      <translation>Il dispositivo chiede la sua chiave nascosta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="361" />
      <location filename="../cmgui/common/error_words.py" line="441" />
      <source>The device cannot be reached.</source>
      <translation>Il dispositivo non è raggiungibile.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="435" />
      <source>The device cannot provide this quality of service.</source>
      <translation>Il dispositivo non può offrire questa qualità del servizio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="504" />
      <source>The device could not handle the message.</source>
      <translation>Il dispositivo non è riuscito a gestire il messaggio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="335" />
      <location filename="../cmgui/common/error_words.py" line="336" />
      <location filename="../cmgui/common/error_words.py" line="508" />
      <source>The device did not accept the message.</source>
      <translation>Il dispositivo non ha accettato il messaggio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="144" />
      <source>The device did not accept these settings.</source>
      <translation>Il dispositivo non ha accettato queste impostazioni.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="74" />
      <source>The device did not answer in time.</source>
      <translation>Il dispositivo non ha risposto in tempo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="120" />
      <source>The device does not allow this now.</source>
      <translation>Il dispositivo non lo consente ora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="434" />
      <source>The device does not know this yet.</source>
      <translation>Il dispositivo non lo sa ancora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="396" />
      <source>The device does not support this language or alphabet.</source>
      <translation>Il dispositivo non supporta questa lingua o questo alfabeto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="121" />
      <source>The device does not support this.</source>
      <translation>Il dispositivo non lo supporta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="241" />
      <source>The device does not support what the network asked for.</source>
      <translation>Il dispositivo non supporta quanto richiesto dalla rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="119" />
      <source>The device failed.</source>
      <translation>Si è verificato un errore nel dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="394" />
      <source>The device is busy with something else.</source>
      <translation>Il dispositivo è occupato con altro.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="362" />
      <location filename="../cmgui/common/error_words.py" line="429" />
      <source>The device is busy.</source>
      <translation>Il dispositivo è occupato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="443" />
      <source>The device is in use by another program.</source>
      <translation>Il dispositivo è in uso da un altro programma.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="135" />
      <source>The device is locked to another network or SIM.</source>
      <translation>Il dispositivo è bloccato su un’altra rete o un’altra SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="452" />
      <source>The device is not connected.</source>
      <translation>Il dispositivo non è connesso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="399" />
      <source>The device lacks the data it needs for this.</source>
      <translation>Al dispositivo mancano i dati necessari.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="671" />
      <source>The device reported an error (%1).</source>
      <translation>Il dispositivo ha segnalato un errore (%1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="354" />
      <location filename="../cmgui/common/error_words.py" line="402" />
      <source>The device reported an unknown error.</source>
      <translation>Il dispositivo ha segnalato un errore sconosciuto.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="80" />
      <source>The device stopped answering (%1).</source>
      <translation>Il dispositivo non risponde più (%1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="378" />
      <source>The device's memory failed.</source>
      <translation>La memoria del dispositivo è guasta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="375" />
      <source>The device's memory is full.</source>
      <translation>La memoria del dispositivo è piena.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="331" />
      <source>The device's message service is busy.</source>
      <translation>Il servizio messaggi del dispositivo è occupato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="542" />
      <source>The endpoint denied access.</source>
      <translation>L’endpoint ha negato l’accesso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="539" />
      <source>The endpoint rejected the access token.</source>
      <translation>L’endpoint ha rifiutato il token di accesso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="313" />
      <source>The message centre already has this message.</source>
      <translation>Il centro messaggi ha già questo messaggio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="304" />
      <source>The message centre did not accept the command.</source>
      <translation>Il centro messaggi non ha accettato il comando.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="314" />
      <location filename="../cmgui/common/error_words.py" line="316" />
      <source>The message centre does not accept the validity period.</source>
      <translation>Il centro messaggi non accetta il periodo di validità.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="280" />
      <source>The message centre does not take this kind of message.</source>
      <translation>Il centro messaggi non accetta questo tipo di messaggio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="302" />
      <source>The message centre does not take this text encoding.</source>
      <translation>Il centro messaggi non accetta questa codifica del testo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="310" />
      <source>The message centre failed.</source>
      <translation>Si è verificato un errore nel centro messaggi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="307" />
      <source>The message centre is busy.</source>
      <translation>Il centro messaggi è occupato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="349" />
      <source>The message centre number (SMSC) is not set.</source>
      <translation>Il numero del centro messaggi (SMSC) non è impostato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="509" />
      <source>The message centre number (SMSC) is not valid.</source>
      <translation>Il numero del centro messaggi (SMSC) non è valido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="147" />
      <source>The message centre refused the message.</source>
      <translation>Il centro messaggi ha rifiutato il messaggio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="502" />
      <source>The message could not be sent in time.</source>
      <translation>Non è stato possibile inviare il messaggio in tempo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="500" />
      <source>The message could not be sent.</source>
      <translation>Non è stato possibile inviare il messaggio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="507" />
      <source>The message is no longer there.</source>
      <translation>Il messaggio non c’è più.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="346" />
      <source>The message storage failed.</source>
      <translation>La memoria dei messaggi è guasta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="145" />
      <source>The message storage is full.</source>
      <translation>La memoria dei messaggi è piena.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="246" />
      <source>The network allows IPv4 only.</source>
      <translation>La rete consente solo IPv4.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="258" />
      <source>The network allows IPv4v6 (both) only.</source>
      <translation>La rete consente solo IPv4v6 (entrambi).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="248" />
      <source>The network allows IPv6 only.</source>
      <translation>La rete consente solo IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="250" />
      <source>The network allows one IP version per connection.</source>
      <translation>La rete consente una sola versione di IP per connessione.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="98" />
      <source>The network and the device did not understand each other.</source>
      <translation>La rete e il dispositivo non si sono capiti.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="200" />
      <source>The network asks the device to try another cell.</source>
      <translation>La rete chiede al dispositivo di provare un’altra cella.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="239" />
      <source>The network asks to connect again.</source>
      <translation>La rete chiede di connettersi di nuovo.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="658" />
      <source>The network asks to wait %n second(s) before trying again.</source>
      <translation>
        <numerusform>La rete chiede di attendere %n secondo prima di riprovare.</numerusform>
        <numerusform>La rete chiede di attendere %n secondi prima di riprovare.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="211" />
      <source>The network cannot provide this broadcast service.</source>
      <translation>La rete non può fornire questo servizio di diffusione.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="256" />
      <source>The network changed the connection at the same moment.</source>
      <translation>La rete ha modificato la connessione nello stesso momento.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="236" />
      <location filename="../cmgui/common/error_words.py" line="261" />
      <source>The network could not agree on the quality of the connection.</source>
      <translation>La rete non è riuscita ad accordarsi sulla qualità della connessione.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="110" />
      <source>The network could not check the SIM.</source>
      <translation>La rete non è riuscita a verificare la SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="193" />
      <source>The network could not resume the call.</source>
      <translation>La rete non è riuscita a riprendere la chiamata.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="179" />
      <source>The network could not set up the data connection it needs.</source>
      <translation>La rete non è riuscita a stabilire la connessione dati necessaria.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="511" />
      <source>The network did not accept this code.</source>
      <translation>La rete non ha accettato questo codice.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="139" />
      <source>The network did not answer in time.</source>
      <translation>La rete non ha risposto in tempo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="252" />
      <source>The network did not receive the connection settings in time.</source>
      <translation>La rete non ha ricevuto in tempo le impostazioni di connessione.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="216" />
      <source>The network does not accept this IP type.</source>
      <translation>La rete non accetta questo tipo di IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="106" />
      <source>The network does not accept this device.</source>
      <translation>La rete non accetta questo dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="215" />
      <source>The network does not know this APN.</source>
      <translation>La rete non conosce questo APN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="104" />
      <source>The network does not know this SIM.</source>
      <translation>La rete non conosce questa SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="113" />
      <source>The network does not know this data connection.</source>
      <translation>La rete non conosce questa connessione dati.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="245" />
      <source>The network does not let the last data connection end.</source>
      <translation>La rete non consente di chiudere l’ultima connessione dati.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="293" />
      <location filename="../cmgui/common/error_words.py" line="299" />
      <source>The network does not offer this message service.</source>
      <translation>La rete non offre questo servizio di messaggi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="188" />
      <source>The network does not offer this service.</source>
      <translation>La rete non offre questo servizio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="96" />
      <source>The network failed.</source>
      <translation>Si è verificato un errore nella rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="516" />
      <source>The network gave no IP address.</source>
      <translation>La rete non ha assegnato alcun indirizzo IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="213" />
      <source>The network has no room for another data connection now.</source>
      <translation>Al momento la rete non ha spazio per un’altra connessione dati.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="97" />
      <source>The network is congested.</source>
      <translation>La rete è congestionata.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="163" />
      <source>The network logged the device off.</source>
      <translation>La rete ha disconnesso il dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="161" />
      <source>The network lost track of the device.</source>
      <translation>La rete ha perso traccia del dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="224" />
      <source>The network refused the connection without giving a reason.</source>
      <translation>La rete ha rifiutato la connessione senza indicarne il motivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="636" />
      <source>The network refused the data connection (cause %1).</source>
      <translation>La rete ha rifiutato la connessione dati (causa %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="640" />
      <source>The network refused the device (cause %1).</source>
      <translation>La rete ha rifiutato il dispositivo (causa %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="625" />
      <source>The network refused the message (cause %1).</source>
      <translation>La rete ha rifiutato il messaggio (causa %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="286" />
      <source>The network refused the message.</source>
      <translation>La rete ha rifiutato il messaggio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="117" />
      <source>The network refused the traffic rules of this connection.</source>
      <translation>La rete ha rifiutato le regole di traffico di questa connessione.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="153" />
      <source>The network refused this SIM.</source>
      <translation>La rete ha rifiutato questa SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="218" />
      <source>The network rejected the user name or password.</source>
      <translation>La rete ha rifiutato il nome utente o la password.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="382" />
      <source>The number has characters that are not allowed.</source>
      <translation>Il numero contiene caratteri non consentiti.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="381" />
      <source>The number is too long.</source>
      <translation>Il numero è troppo lungo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="221" />
      <source>The operator's gateway refused the connection.</source>
      <translation>Il gateway dell’operatore ha rifiutato la connessione.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="494" />
      <source>The other side cannot be reached.</source>
      <translation>L’altra parte non è raggiungibile.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="423" />
      <source>The parameters are not valid.</source>
      <translation>I parametri non sono validi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="474" />
      <source>The password is not valid.</source>
      <translation>La password non è valida.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="513" />
      <source>The phonebook is full.</source>
      <translation>La rubrica è piena.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="142" />
      <source>The radio is off.</source>
      <translation>La radio è spenta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="290" />
      <source>The recipient cannot be reached now.</source>
      <translation>Il destinatario non è raggiungibile ora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="288" />
      <source>The recipient has no room for more messages.</source>
      <translation>Il destinatario non ha spazio per altri messaggi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="420" />
      <location filename="../cmgui/common/error_words.py" line="421" />
      <source>The request was malformed.</source>
      <translation>La richiesta era malformata.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="380" />
      <source>The text has characters the device cannot store.</source>
      <translation>Il testo contiene caratteri che il dispositivo non può memorizzare.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="379" />
      <source>The text is too long.</source>
      <translation>Il testo è troppo lungo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="472" />
      <source>The user name is not valid.</source>
      <translation>Il nome utente non è valido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="122" />
      <source>There is no SIM card in the device.</source>
      <translation>Nel dispositivo non c’è alcuna SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="490" />
      <source>There is no connection to end.</source>
      <translation>Non c’è alcuna connessione da chiudere.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="196" />
      <location filename="../cmgui/common/error_words.py" line="437" />
      <source>There is no data connection.</source>
      <translation>Non c’è alcuna connessione dati.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="376" />
      <source>There is no entry at this place.</source>
      <translation>In questa posizione non c’è alcuna voce.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="347" />
      <source>There is no message at this place.</source>
      <translation>In questa posizione non c’è alcun messaggio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="137" />
      <source>There is no network service.</source>
      <translation>Nessun servizio di rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="422" />
      <source>There is no such CMAPI function.</source>
      <translation>Questa funzione CMAPI non esiste.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="459" />
      <source>There is no such data context.</source>
      <translation>Questo contesto dati non esiste.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="463" />
      <source>There is no such profile.</source>
      <translation>Questo profilo non esiste.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="533" />
      <source>There is no such saved Wi-Fi network.</source>
      <translation>Questa rete Wi-Fi salvata non esiste.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="271" />
      <source>This APN cannot be used beside the data connection already open.</source>
      <translation>Questo APN non può essere usato insieme alla connessione dati già aperta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="268" />
      <source>This APN cannot be used on this network with this technology.</source>
      <translation>Questo APN non può essere usato su questa rete con questa tecnologia.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="260" />
      <location filename="../cmgui/common/error_words.py" line="265" />
      <source>This APN does not carry IP traffic.</source>
      <translation>Questo APN non trasporta traffico IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="131" />
      <source>This SIM cannot be used in this device.</source>
      <translation>Questa SIM non può essere usata in questo dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="319" />
      <source>This SIM cannot store messages.</source>
      <translation>Questa SIM non può memorizzare messaggi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="158" />
      <source>This SIM has no mobile data service.</source>
      <translation>Questa SIM non ha il servizio dati mobili.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="168" />
      <source>This SIM may not roam on this network here.</source>
      <translation>Qui questa SIM non può usare il roaming su questa rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="170" />
      <source>This SIM may not use mobile data on this network.</source>
      <translation>Questa SIM non può usare i dati mobili su questa rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="108" />
      <source>This SIM may not use the network here.</source>
      <translation>Qui questa SIM non può usare la rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="160" />
      <source>This SIM may not use this network at all.</source>
      <translation>Questa SIM non può usare affatto questa rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="184" />
      <source>This SIM may not use this private cell.</source>
      <translation>Questa SIM non può usare questa cella privata.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="393" />
      <source>This SIM may only call its fixed dialling numbers.</source>
      <translation>Questa SIM può chiamare solo i suoi numeri fissi autorizzati.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="520" />
      <source>This Wi-Fi network name is not valid.</source>
      <translation>Questo nome di rete Wi-Fi non è valido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="521" />
      <source>This Wi-Fi password is not valid.</source>
      <translation>Questa password Wi-Fi non è valida.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="537" />
      <source>This access does not allow that.</source>
      <translation>Questo accesso non lo consente.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="483" />
      <source>This authentication method is not possible.</source>
      <translation>Questo metodo di autenticazione non è possibile.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="405" />
      <source>This device cannot use mobile data on this network.</source>
      <translation>Questo dispositivo non può usare i dati mobili su questa rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="431" />
      <source>This device does not support that function.</source>
      <translation>Questo dispositivo non supporta quella funzione.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="390" />
      <source>This function is turned off in the device.</source>
      <translation>Questa funzione è disattivata nel dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="400" />
      <source>This is barred on your line.</source>
      <translation>Questo è bloccato sulla tua linea.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="488" />
      <source>This kind of connection is not possible now.</source>
      <translation>Questo tipo di connessione non è possibile ora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="140" />
      <source>This network accepts emergency calls only: it does not let this SIM in.</source>
      <translation>Questa rete accetta solo chiamate di emergenza: non ammette questa SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="499" />
      <source>This network code is not valid.</source>
      <translation>Questo codice di rete non è valido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="227" />
      <location filename="../cmgui/common/error_words.py" line="263" />
      <source>This network does not offer this kind of data connection.</source>
      <translation>Questa rete non offre questo tipo di connessione dati.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="165" />
      <source>This network is forbidden for this SIM.</source>
      <translation>Questa rete è vietata per questa SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="198" />
      <source>This network may not be used where you are.</source>
      <translation>Questa rete non può essere usata dove ti trovi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="283" />
      <source>This number does not exist.</source>
      <translation>Questo numero non esiste.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="294" />
      <source>This number is not in service.</source>
      <translation>Questo numero non è attivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="279" />
      <source>This number is not valid.</source>
      <translation>Questo numero non è valido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="467" />
      <source>This profile is in use.</source>
      <translation>Questo profilo è in uso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="464" />
      <source>This profile name cannot be used.</source>
      <translation>Questo nome di profilo non può essere usato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="191" />
      <source>This service is not allowed on this network.</source>
      <translation>Questo servizio non è consentito su questa rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="102" />
      <source>This service is out of order on the network for now.</source>
      <translation>Questo servizio è momentaneamente fuori servizio sulla rete.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="266" />
      <source>Too many data connections are open.</source>
      <translation>Sono aperte troppe connessioni dati.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="446" />
      <source>Too many devices are open.</source>
      <translation>Sono aperti troppi dispositivi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="88" />
      <source>Try again in a minute.</source>
      <translation>Riprova tra un minuto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="225" />
      <location filename="../cmgui/common/error_words.py" line="637" />
      <source>Try again in a minute; if it fails again, check this profile.</source>
      <translation>Riprova tra un minuto; se non riesce di nuovo, verifica questo profilo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="130" />
      <location filename="../cmgui/common/error_words.py" line="332" />
      <location filename="../cmgui/common/error_words.py" line="362" />
      <location filename="../cmgui/common/error_words.py" line="395" />
      <location filename="../cmgui/common/error_words.py" line="429" />
      <location filename="../cmgui/common/error_words.py" line="493" />
      <source>Try again in a moment.</source>
      <translation>Riprova tra un attimo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="289" />
      <location filename="../cmgui/common/error_words.py" line="291" />
      <source>Try again later.</source>
      <translation>Riprova più tardi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="257" />
      <source>Try again.</source>
      <translation>Riprova.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="89" />
      <source>Try again; if it keeps failing, restart the device.</source>
      <translation>Riprova; se continua a non riuscire, riavvia il dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="142" />
      <source>Turn the radio on.</source>
      <translation>Accendi la radio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="538" />
      <source>Use a token with full access.</source>
      <translation>Usa un token con accesso completo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="530" />
      <source>Wi-Fi is turned off.</source>
      <translation>Il Wi-Fi è disattivato.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="548" />
      <source>Wrong PIN</source>
      <translation>PIN errato</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="550" />
      <source>Wrong PUK</source>
      <translation>PUK errato</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="549" />
      <source>Wrong current PIN</source>
      <translation>PIN attuale errato</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="210" />
      <source>Your operator has barred mobile data for this SIM.</source>
      <translation>Il tuo operatore ha bloccato i dati mobili per questa SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="284" />
      <source>Your operator has barred sending text messages.</source>
      <translation>Il tuo operatore ha bloccato l’invio di SMS.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="297" />
      <source>Your subscription does not include sending text messages.</source>
      <translation>Il tuo abbonamento non comprende l’invio di SMS.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="229" />
      <source>Your subscription does not include this APN.</source>
      <translation>Il tuo abbonamento non comprende questo APN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="308" />
      <source>Your subscription does not include this message centre.</source>
      <translation>Il tuo abbonamento non comprende questo centro messaggi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="100" />
      <source>Your subscription does not include this service.</source>
      <translation>Il tuo abbonamento non comprende questo servizio.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="44" />
      <source>admin</source>
      <translation>amministratore</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="50" />
      <source>cancel jobs</source>
      <translation>annullare lavori</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="47" />
      <source>change SIM states</source>
      <translation>cambiare lo stato delle SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="51" />
      <source>manage the team</source>
      <translation>gestire il team</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="43" />
      <source>operator</source>
      <translation>operatore</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="48" />
      <source>queue jobs</source>
      <translation>mettere in coda lavori</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="46" />
      <source>read the team's data</source>
      <translation>leggere i dati del team</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="49" />
      <source>send SMS</source>
      <translation>inviare SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="43" />
      <source>viewer</source>
      <translation>lettore</translation>
    </message>
  </context>
  <context>
    <name>Fleet</name>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="87" />
      <source>%1 of %2</source>
      <translation>%1 di %2</translation>
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
      <translation>Ultima volta visto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="48" />
      <source>MSISDN</source>
      <translation>MSISDN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="50" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="51" />
      <source>Plan</source>
      <translation>Piano</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="52" />
      <source>Platform status</source>
      <translation>Stato sulla piattaforma</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="43" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="45" />
      <source>Usage</source>
      <translation>Consumi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="60" />
      <source>changed</source>
      <translation>modificato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="63" />
      <source>delivered</source>
      <translation>consegnato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="61" />
      <source>failed</source>
      <translation>non riuscito</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="62" />
      <source>pending</source>
      <translation>in attesa</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="61" />
      <source>refused</source>
      <translation>rifiutato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="62" />
      <source>sent</source>
      <translation>inviato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="60" />
      <source>unchanged</source>
      <translation>invariato</translation>
    </message>
  </context>
  <context>
    <name>FleetController</name>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="152" />
      <source>Adding the account</source>
      <translation>Aggiunta dell’account</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="159" />
      <source>Cannot read %1: %2</source>
      <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="329" />
      <source>Cannot write %1: %2</source>
      <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="218" />
      <source>Changing the status</source>
      <translation>Modifica dello stato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="333" />
      <source>Exporting</source>
      <translation>Esportazione</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="297" />
      <source>Reading the CDRs</source>
      <translation>Lettura dei CDR</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="277" />
      <source>Reading the SIM</source>
      <translation>Lettura della SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="201" />
      <source>Reading the SIMs</source>
      <translation>Lettura delle SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="231" />
      <source>Resuming the job</source>
      <translation>Ripresa dell’operazione</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="310" />
      <source>Sending the SMS</source>
      <translation>Invio dell’SMS</translation>
    </message>
  </context>
  <context>
    <name>FleetPage</name>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="497" />
      <source>%n SIM(s)</source>
      <translation>
        <numerusform>%n SIM</numerusform>
        <numerusform>%n SIM</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="226" />
      <source>%n SIM(s) written to %1</source>
      <translation>
        <numerusform>%n SIM scritta in %1</numerusform>
        <numerusform>%n SIM scritte in %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="614" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n carattere</numerusform>
        <numerusform>%n caratteri</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="615" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n messaggio</numerusform>
        <numerusform>%n messaggi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="223" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n record</numerusform>
        <numerusform>%n record</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="232" />
      <source>&amp;Account:</source>
      <translation>&amp;Account:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="666" />
      <source>&amp;Queue for the team</source>
      <translation>Metti in &amp;coda per il team</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="239" />
      <source>&amp;Refresh</source>
      <translation>&amp;Aggiorna</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="243" />
      <source>Add a fleet account</source>
      <translation>Aggiungi un account della flotta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="242" />
      <source>Add…</source>
      <translation>Aggiungi…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="484" />
      <source>All backends</source>
      <translation>Tutti i backend</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="481" />
      <source>All statuses</source>
      <translation>Tutti gli stati</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="198" />
      <location filename="../cmgui/views/fleet_page.py" line="449" />
      <source>Audit log</source>
      <translation>Registro di controllo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="357" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="271" />
      <source>Backend filter</source>
      <translation>Filtro backend</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="388" />
      <source>CDRs</source>
      <translation>CDR</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="755" />
      <source>CSV files (*.csv)</source>
      <translation>File CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="650" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="386" />
      <source>Call detail records</source>
      <translation>Tabulati delle chiamate</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="436" />
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="437" />
      <source>Cancel the status change</source>
      <translation>Annulla il cambio di stato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="665" />
      <source>Change &amp;now</source>
      <translation>Cambia &amp;ora</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="282" />
      <source>Change status</source>
      <translation>Cambia stato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="639" />
      <location filename="../cmgui/views/fleet_page.py" line="659" />
      <source>Change the status</source>
      <translation>Cambia lo stato</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="640" />
      <location filename="../cmgui/views/fleet_page.py" line="660" />
      <source>Change the status of %n SIM(s) to %1?</source>
      <translation>
        <numerusform>Cambiare lo stato di %n SIM in %1?</numerusform>
        <numerusform>Cambiare lo stato di %n SIM in %1?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="682" />
      <source>Changing %n SIM(s) to %1</source>
      <translation>
        <numerusform>Modifica di %n SIM in %1</numerusform>
        <numerusform>Modifica di %n SIM in %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="277" />
      <source>Columns</source>
      <translation>Colonne</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="193" />
      <source>Error</source>
      <translation>Errore</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="295" />
      <source>Export CSV…</source>
      <translation>Esporta in CSV…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="754" />
      <source>Export SIMs</source>
      <translation>Esporta le SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="186" />
      <source>Fleet</source>
      <translation>Flotta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="235" />
      <source>Fleet account</source>
      <translation>Account della flotta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="749" />
      <source>Forget the account %1 and its secret?</source>
      <translation>Dimenticare l’account %1 e il suo segreto?</translation>
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
      <translation>Identità</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="187" />
      <source>IoT SIMs on your platforms: find them, change their status, read their usage and CDRs, send them SMS.</source>
      <translation>Le SIM IoT delle tue piattaforme: trovale, cambiane lo stato, leggine consumi e CDR, invia loro SMS.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="707" />
      <source>Job %1: %2 of %n SIM(s) changed.</source>
      <translation>
        <numerusform>Operazione %1: %2 di %n SIM modificata.</numerusform>
        <numerusform>Operazione %1: %2 di %n SIM modificate.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="379" />
      <source>Load the last 30 days</source>
      <translation>Carica gli ultimi 30 giorni</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="358" />
      <source>MSISDN</source>
      <translation>MSISDN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="420" />
      <source>Message length</source>
      <translation>Lunghezza del messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="412" />
      <source>Message text</source>
      <translation>Testo del messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="359" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="566" />
      <source>No usage reported</source>
      <translation>Nessun consumo segnalato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="373" />
      <source>Overview</source>
      <translation>Panoramica</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="374" />
      <location filename="../cmgui/views/fleet_page.py" line="375" />
      <source>Packages</source>
      <translation>Pacchetti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="359" />
      <source>Plan</source>
      <translation>Piano</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="435" />
      <source>Progress</source>
      <translation>Avanzamento</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="693" />
      <source>Queued as job %1: the team's server changes the SIMs.</source>
      <translation>In coda come lavoro %1: il server del team cambia le SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="662" />
      <source>Queued, the team's server (cmcli serve --team) changes them, even after cmgui is closed; the audit log shows the job once it runs.</source>
      <translation>In coda, il server del team (cmcli serve --team) le cambia, anche dopo la chiusura di cmgui; il registro di controllo mostra il lavoro appena parte.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="240" />
      <source>Read every SIM from the platform again</source>
      <translation>Rileggi tutte le SIM dalla piattaforma</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="245" />
      <source>Remove</source>
      <translation>Rimuovi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="748" />
      <source>Remove the account</source>
      <translation>Rimuovi l’account</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="246" />
      <source>Remove the fleet account</source>
      <translation>Rimuovi l’account della flotta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="452" />
      <source>Resume the job</source>
      <translation>Riprendi l’operazione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="732" />
      <source>Resuming job %1</source>
      <translation>Ripresa dell’operazione %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="453" />
      <source>Run a job that was cut off again; SIMs it changed already are left alone</source>
      <translation>Riesegui un’operazione interrotta; le SIM già modificate non vengono toccate</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="421" />
      <source>S&amp;end</source>
      <translation>&amp;Invia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="351" />
      <source>SIM details</source>
      <translation>Dettagli della SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="197" />
      <location filename="../cmgui/views/fleet_page.py" line="307" />
      <source>SIMs</source>
      <translation>SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="292" />
      <source>SIMs from a CSV file → %1…</source>
      <translation>SIM da un file CSV → %1…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="649" />
      <source>SIMs to change</source>
      <translation>SIM da modificare</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="389" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="628" />
      <source>SMS sent (%1)</source>
      <translation>SMS inviato (%1)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="408" />
      <source>SMS with this SIM</source>
      <translation>SMS con questa SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="264" />
      <source>Search ICCID, IMSI, MSISDN, IMEI or name</source>
      <translation>Cerca ICCID, IMSI, MSISDN, IMEI o nome</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="265" />
      <source>Search SIMs</source>
      <translation>Cerca SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="287" />
      <source>Selected SIMs → %1</source>
      <translation>SIM selezionate → %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="356" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="716" />
      <source>Status change</source>
      <translation>Cambio di stato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="269" />
      <source>Status filter</source>
      <translation>Filtro di stato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="585" />
      <source>This platform does not send SMS to SIMs</source>
      <translation>Questa piattaforma non invia SMS alle SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="363" />
      <source>Usage</source>
      <translation>Consumi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="411" />
      <location filename="../cmgui/views/fleet_page.py" line="584" />
      <source>Write a message to the SIM</source>
      <translation>Scrivi un messaggio alla SIM</translation>
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
      <translation>Bloccato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="40" />
      <source>Connected</source>
      <translation>Connesso</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="39" />
      <source>Connecting…</source>
      <translation>Connessione…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="38" />
      <source>Disconnected</source>
      <translation>Disconnesso</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="41" />
      <source>Disconnecting…</source>
      <translation>Disconnessione…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="31" />
      <source>Emergency calls only</source>
      <translation>Solo chiamate di emergenza</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="24" />
      <source>Home network</source>
      <translation>Rete di casa</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="29" />
      <source>Home network (SMS only)</source>
      <translation>Rete di casa (solo SMS)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="52" />
      <source>No SIM card</source>
      <translation>Nessuna SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="16" />
      <source>Not available</source>
      <translation>Non disponibile</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="12" />
      <source>Not open</source>
      <translation>Non aperto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="23" />
      <source>Not registered</source>
      <translation>Non registrato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="13" />
      <source>Opening…</source>
      <translation>Apertura…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="49" />
      <source>PIN required</source>
      <translation>PIN richiesto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="50" />
      <source>PUK required</source>
      <translation>PUK richiesto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="14" />
      <source>Ready</source>
      <translation>Pronto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="26" />
      <source>Registration denied</source>
      <translation>Registrazione negata</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="28" />
      <source>Roaming</source>
      <translation>Roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="30" />
      <source>Roaming (SMS only)</source>
      <translation>Roaming (solo SMS)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="53" />
      <source>SIM card failure</source>
      <translation>Guasto della SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="15" />
      <source>SIM locked</source>
      <translation>SIM protetta dal PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="25" />
      <source>Searching…</source>
      <translation>Ricerca…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="27" />
      <source>Unknown</source>
      <translation>Sconosciuto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="48" />
      <source>Unlocked</source>
      <translation>Sbloccata</translation>
    </message>
  </context>
  <context>
    <name>GatewayController</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="416" />
      <source>Fetching received messages</source>
      <translation>Scaricamento dei messaggi ricevuti</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="470" />
      <source>Sending %n message(s)</source>
      <translation>
        <numerusform>Invio di %n messaggio</numerusform>
        <numerusform>Invio di %n messaggi</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="434" />
      <source>The file %1 cannot be read: %2</source>
      <translation>Impossibile leggere il file %1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="438" />
      <source>The file %1 cannot be used: %2</source>
      <translation>Impossibile usare il file %1: %2</translation>
    </message>
  </context>
  <context>
    <name>GatewayPage</name>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="330" />
      <source>%1 % of %2 MiB</source>
      <translation>%1 % di %2 MiB</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="401" />
      <source>%1 of %2 done: %3 sent, %4 failed</source>
      <translation>%1 di %2 completati: %3 inviati, %4 non riusciti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="121" />
      <source>%1 presents a certificate no authority vouches for (self-signed), with SHA-256 %2. Trust it only if the gateway's web UI shows the same fingerprint.</source>
      <translation>%1 presenta un certificato non garantito da alcuna autorità (autofirmato), con SHA-256 %2. Consideralo attendibile solo se l’interfaccia web del gateway mostra la stessa impronta.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/gateway_page.py" line="343" />
      <source>%n recipient(s) from %1</source>
      <translation>
        <numerusform>%n destinatario da %1</numerusform>
        <numerusform>%n destinatari da %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="140" />
      <source>&amp;Address:</source>
      <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="149" />
      <source>&amp;Connect</source>
      <translation>&amp;Connetti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="266" />
      <source>&amp;Fetch new messages</source>
      <translation>&amp;Scarica i nuovi messaggi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="213" />
      <source>&amp;Message:</source>
      <translation>&amp;Messaggio:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="221" />
      <source>&amp;Ports:</source>
      <translation>&amp;Porte:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="230" />
      <source>&amp;Queue for the team</source>
      <translation>Metti in &amp;coda per il team</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="227" />
      <source>&amp;Send</source>
      <translation>&amp;Invia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="103" />
      <source>&amp;Trust this certificate</source>
      <translation>&amp;Considera attendibile questo certificato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="191" />
      <source>&amp;Use this port</source>
      <translation>&amp;Usa questa porta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="207" />
      <source>A CSV file with a header row: number, then param columns for #param#, optionally user_id.</source>
      <translation>Un file CSV con una riga di intestazione: number, poi colonne param per #param#, facoltativamente user_id.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="226" />
      <source>Ask for &amp;delivery reports</source>
      <translation>Richiedi le &amp;conferme di consegna</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="201" />
      <source>Bulk SMS</source>
      <translation>SMS massivi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="174" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="167" />
      <source>CPU load of the gateway</source>
      <translation>Carico della CPU del gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="341" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="281" />
      <source>Cancel &amp;job</source>
      <translation>Annulla &amp;lavoro</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="283" />
      <source>Cancel the selected job if no server has taken it yet</source>
      <translation>Annulla il lavoro scelto se nessun server l'ha ancora preso</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="95" />
      <source>Certificate</source>
      <translation>Certificato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="368" />
      <source>Choose a recipients file and write the message first.</source>
      <translation>Scegli prima un file di destinatari e scrivi il messaggio.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="205" />
      <source>Choose the recipients file (CSV)</source>
      <translation>Scegli il file dei destinatari (CSV)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="150" />
      <source>Connect to the gateway</source>
      <translation>Connetti al gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="69" />
      <source>Error</source>
      <translation>Errore</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="407" />
      <source>Every message was sent.</source>
      <translation>Tutti i messaggi sono stati inviati.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="64" />
      <source>Every port of a gateway at a glance, bulk SMS from a file, and what all ports received. A port opens like a modem: double-click it.</source>
      <translation>Tutte le porte di un gateway a colpo d’occhio, SMS massivi da un file e ciò che tutte le porte hanno ricevuto. Una porta si apre come un modem: fai doppio clic su di essa.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="268" />
      <source>Fetch and archive the messages every port received</source>
      <translation>Scarica e archivia i messaggi ricevuti da tutte le porte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="138" />
      <source>Gateway</source>
      <translation>Gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="144" />
      <source>Gateway address</source>
      <translation>Indirizzo del gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="216" />
      <source>Hello #param#, …</source>
      <translation>Ciao #param#, …</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="156" />
      <source>Log in to a gateway once, then pick it here: %1</source>
      <translation>Accedi una volta a un gateway, poi sceglilo qui: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="177" />
      <source>Memory</source>
      <translation>Memoria</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="171" />
      <source>Memory used on the gateway</source>
      <translation>Memoria usata sul gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="215" />
      <source>Message template</source>
      <translation>Modello di messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="193" />
      <source>Open the selected port like a modem</source>
      <translation>Apri la porta selezionata come un modem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="184" />
      <source>Ports</source>
      <translation>Porte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="365" />
      <source>Ports are numbers from 0 to 31 separated by commas.</source>
      <translation>Le porte sono numeri da 0 a 31 separati da virgole.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="185" />
      <source>Ports of the gateway</source>
      <translation>Porte del gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="223" />
      <source>Ports to send on</source>
      <translation>Porte da cui inviare</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="232" />
      <source>Queue the messages for the team's server</source>
      <translation>Metti in coda i messaggi per il server del team</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="386" />
      <source>Queued as job %1: the team's server sends it.</source>
      <translation>In coda come lavoro %1: lo invia il server del team.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="261" />
      <source>Received messages</source>
      <translation>Messaggi ricevuti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="260" />
      <source>Received on all ports</source>
      <translation>Ricevuti su tutte le porte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="341" />
      <source>Recipients</source>
      <translation>Destinatari</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="204" />
      <source>Recipients &amp;file…</source>
      <translation>&amp;File dei destinatari…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="254" />
      <source>Recipients, messages and results</source>
      <translation>Destinatari, messaggi e risultati</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="63" />
      <source>SMS gateways</source>
      <translation>Gateway SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="228" />
      <source>Send the messages</source>
      <translation>Invia i messaggi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="248" />
      <source>Sending progress</source>
      <translation>Avanzamento dell’invio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="275" />
      <source>Team jobs</source>
      <translation>Lavori del team</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="117" />
      <source>The certificate of %1 has changed. It now presents SHA-256 %2; the pinned one was %3. Trust the new one only if the gateway's web UI shows the same fingerprint.</source>
      <translation>Il certificato di %1 è cambiato. Ora presenta SHA-256 %2; quello memorizzato era %3. Considera attendibile il nuovo solo se l’interfaccia web del gateway mostra la stessa impronta.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="276" />
      <source>The team's queued jobs</source>
      <translation>I lavori in coda del team</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="233" />
      <source>The team's server (cmcli serve --team) sends them, even after cmgui is closed; every desktop sees the job below.</source>
      <translation>Il server del team (cmcli serve --team) li invia, anche dopo la chiusura di cmgui; ogni postazione vede il lavoro qui sotto.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="105" />
      <source>Trust the certificate the gateway presents</source>
      <translation>Considera attendibile il certificato presentato dal gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="224" />
      <source>any free port (or e.g. 0,3)</source>
      <translation>qualsiasi porta libera (o ad es. 0,3)</translation>
    </message>
  </context>
  <context>
    <name>InboundTableModel</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>From</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="248" />
      <source>Message</source>
      <translation>Messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>Port</source>
      <translation>Porta</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>Received</source>
      <translation>Ricevuto</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../cmgui/views/main_window.py" line="483" />
      <source>%1 has a data connection up. Switch to another device? The connection stays up, but cmgui stops showing and counting it.</source>
      <translation>%1 ha una connessione dati attiva. Passare a un altro dispositivo? La connessione resta attiva, ma cmgui smette di mostrarla e di conteggiarla.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="378" />
      <source>&amp;Device:</source>
      <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="410" />
      <source>&amp;Retry</source>
      <translation>&amp;Riprova</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="486" />
      <source>&amp;Switch</source>
      <translation>&amp;Cambia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="383" />
      <source>Add a remote device</source>
      <translation>Aggiungi un dispositivo remoto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="382" />
      <source>Add a remote device…</source>
      <translation>Aggiungi un dispositivo remoto…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="158" />
      <source>Connection</source>
      <translation>Connessione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="456" />
      <source>Connection state</source>
      <translation>Stato della connessione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="379" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="158" />
      <source>Devices</source>
      <translation>Dispositivi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="412" />
      <source>Dismiss the message</source>
      <translation>Chiudi il messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="409" />
      <source>Error</source>
      <translation>Errore</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="160" />
      <source>Fleet</source>
      <translation>Flotta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="380" />
      <location filename="../cmgui/views/main_window.py" line="381" />
      <source>Look for devices again</source>
      <translation>Cerca di nuovo i dispositivi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="424" />
      <source>Message archive problem</source>
      <translation>Problema con l’archivio dei messaggi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="159" />
      <source>Messages</source>
      <translation>Messaggi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="515" />
      <source>No device</source>
      <translation>Nessun dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="411" />
      <source>Open the device again</source>
      <translation>Riapri il dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="454" />
      <source>Operator</source>
      <translation>Operatore</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="161" />
      <source>SMS gateways</source>
      <translation>Gateway SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="163" />
      <source>Sections</source>
      <translation>Sezioni</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="160" />
      <source>Settings</source>
      <translation>Impostazioni</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="159" />
      <source>Statistics</source>
      <translation>Statistiche</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="483" />
      <source>Switch device</source>
      <translation>Cambia dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="455" />
      <source>Technology</source>
      <translation>Tecnologia</translation>
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
      <translation>Eliminazione dei messaggi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="282" />
      <source>Marking messages read</source>
      <translation>Contrassegno dei messaggi come letti</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="180" />
      <source>Reading a new message</source>
      <translation>Lettura di un nuovo messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="142" />
      <source>Reading messages</source>
      <translation>Lettura dei messaggi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="250" />
      <source>Sending the message</source>
      <translation>Invio del messaggio</translation>
    </message>
  </context>
  <context>
    <name>MessagesPage</name>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="452" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n carattere</numerusform>
        <numerusform>%n caratteri</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="454" />
      <source>%n left</source>
      <translation>
        <numerusform>ne resta %n</numerusform>
        <numerusform>ne restano %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="453" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n messaggio</numerusform>
        <numerusform>%n messaggi</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="379" />
      <source>&amp;Delete</source>
      <translation>&amp;Elimina</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="347" />
      <source>&amp;New message</source>
      <translation>&amp;Nuovo messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="372" />
      <source>&amp;To:</source>
      <translation>&amp;A:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="349" />
      <source>&amp;USSD…</source>
      <translation>&amp;USSD…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="368" />
      <source>Choose a conversation or write a new message.</source>
      <translation>Scegli una conversazione o scrivi un nuovo messaggio.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="343" />
      <source>Conversations</source>
      <translation>Conversazioni</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="485" />
      <source>Delete %n message(s) from the archive and from the device?</source>
      <translation>
        <numerusform>Eliminare %n messaggio dall’archivio e dal dispositivo?</numerusform>
        <numerusform>Eliminare %n messaggi dall’archivio e dal dispositivo?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="484" />
      <source>Delete messages</source>
      <translation>Elimina messaggi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="380" />
      <source>Delete the selected messages</source>
      <translation>Elimina i messaggi selezionati</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="325" />
      <source>Every message read from or sent with your devices, and USSD services.</source>
      <translation>Tutti i messaggi ricevuti o inviati con i tuoi dispositivi e i servizi USSD.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="394" />
      <source>Message length</source>
      <translation>Lunghezza del messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="386" />
      <source>Message text</source>
      <translation>Testo del messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="324" />
      <source>Messages</source>
      <translation>Messaggi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="435" />
      <source>Messages matching “%1”</source>
      <translation>Messaggi che contengono «%1»</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="366" />
      <source>Messages of the conversation</source>
      <translation>Messaggi della conversazione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="438" />
      <source>New message</source>
      <translation>Nuovo messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="350" />
      <source>Open the USSD dialog</source>
      <translation>Apri la finestra USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="374" />
      <source>Phone number</source>
      <translation>Numero di telefono</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="375" />
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="396" />
      <source>S&amp;end</source>
      <translation>&amp;Invia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="334" />
      <location filename="../cmgui/views/messages_page.py" line="335" />
      <source>Search messages</source>
      <translation>Cerca nei messaggi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="397" />
      <source>Send (Ctrl+Enter)</source>
      <translation>Invia (Ctrl+Invio)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="385" />
      <source>Write a message</source>
      <translation>Scrivi un messaggio</translation>
    </message>
  </context>
  <context>
    <name>Models</name>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="51" />
      <source>(hidden network)</source>
      <translation>(rete nascosta)</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="73" />
      <source>APN</source>
      <translation>APN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="245" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="25" />
      <source>Address</source>
      <translation>Indirizzo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="42" />
      <source>Available</source>
      <translation>Disponibile</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="71" />
      <source>BSSID</source>
      <translation>BSSID</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="67" />
      <source>Band</source>
      <translation>Banda</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="246" />
      <source>Change</source>
      <translation>Cambia</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="68" />
      <source>Channel</source>
      <translation>Canale</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="56" />
      <source>Connected</source>
      <translation>Connesso</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="42" />
      <source>Current</source>
      <translation>Attuale</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="54" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="75" />
      <location filename="../cmgui/controllers/connection_models.py" line="76" />
      <source>Default</source>
      <translation>Predefinito</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="33" />
      <source>Delivered</source>
      <translation>Consegnato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="71" />
      <source>Detail</source>
      <translation>Dettaglio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="24" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="68" />
      <source>Done</source>
      <translation>Fatto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="41" />
      <source>Duration</source>
      <translation>Durata</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="217" />
      <source>Expires</source>
      <translation>Scade</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="63" />
      <source>For</source>
      <translation>Per</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="43" />
      <source>Forbidden</source>
      <translation>Vietata</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="36" />
      <source>From</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="43" />
      <source>From %1</source>
      <translation>Da %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="51" />
      <source>Home</source>
      <translation>Rete nazionale</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="74" />
      <source>IP type</source>
      <translation>Tipo di IP</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="243" />
      <location filename="../cmgui/controllers/team_jobs.py" line="60" />
      <source>Job</source>
      <translation>Operazione</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="230" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="57" />
      <source>Known</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="53" />
      <source>Last message</source>
      <translation>Ultimo messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="72" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="50" />
      <location filename="../cmgui/controllers/ussd.py" line="29" />
      <location filename="../cmgui/controllers/wlan_models.py" line="62" />
      <location filename="../cmgui/controllers/wlan_models.py" line="90" />
      <source>Network</source>
      <translation>Rete</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="66" />
      <source>Network code</source>
      <translation>Codice di rete</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="33" />
      <source>Not delivered</source>
      <translation>Non consegnato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="51" />
      <source>Number</source>
      <translation>Numero</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="65" />
      <source>Operator</source>
      <translation>Operatore</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="219" />
      <source>Order</source>
      <translation>Ordine</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="252" />
      <source>Outcome</source>
      <translation>Esito</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="211" />
      <source>Package</source>
      <translation>Pacchetto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="234" />
      <source>Peer / network</source>
      <translation>Interlocutore / rete</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="93" />
      <source>Priority</source>
      <translation>Priorità</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="43" />
      <source>Profile</source>
      <translation>Profilo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="47" />
      <source>Received</source>
      <translation>Ricevuto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="235" />
      <source>Result</source>
      <translation>Risultato</translation>
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
      <translation>Sicurezza</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="32" />
      <source>Sending…</source>
      <translation>Invio…</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="44" />
      <location filename="../cmgui/controllers/message_models.py" line="32" />
      <source>Sent</source>
      <translation>Inviato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="65" />
      <source>Signal</source>
      <translation>Segnale</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="228" />
      <source>Start</source>
      <translation>Inizio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="38" />
      <source>Started</source>
      <translation>Inizio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="251" />
      <location filename="../cmgui/controllers/team_jobs.py" line="67" />
      <location filename="../cmgui/controllers/wlan_models.py" line="72" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="68" />
      <location filename="../cmgui/controllers/fleet_models.py" line="212" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="67" />
      <source>Technology</source>
      <translation>Tecnologia</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="37" />
      <source>Text</source>
      <translation>Testo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="35" />
      <source>Time</source>
      <translation>Ora</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="43" />
      <source>To %1</source>
      <translation>A %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="43" />
      <source>Unknown</source>
      <translation>Sconosciuto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="56" />
      <source>Unread</source>
      <translation>Non letti</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="213" />
      <source>Used</source>
      <translation>Consumato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="215" />
      <location filename="../cmgui/controllers/fleet_models.py" line="232" />
      <source>Volume</source>
      <translation>Volume</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="62" />
      <source>What</source>
      <translation>Cosa</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="249" />
      <location filename="../cmgui/controllers/team_jobs.py" line="65" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="248" />
      <location filename="../cmgui/controllers/team_jobs.py" line="64" />
      <source>Who</source>
      <translation>Chi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="29" />
      <source>You</source>
      <translation>Tu</translation>
    </message>
  </context>
  <context>
    <name>NetworkController</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="374" />
      <source>Changing the network mode</source>
      <translation>Modifica della modalità di rete</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="349" />
      <source>Reading the radio details</source>
      <translation>Lettura dei dettagli radio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="342" />
      <source>Registering</source>
      <translation>Registrazione</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="306" />
      <source>Searching for networks</source>
      <translation>Ricerca delle reti</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="365" />
      <source>Switching the radio</source>
      <translation>Commutazione della radio</translation>
    </message>
  </context>
  <context>
    <name>OperationBar</name>
    <message>
      <location filename="../cmgui/views/widgets.py" line="159" />
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <location filename="../cmgui/views/widgets.py" line="160" />
      <source>Cancel the running operation</source>
      <translation>Annulla l’operazione in corso</translation>
    </message>
    <message>
      <location filename="../cmgui/views/widgets.py" line="156" />
      <source>Progress</source>
      <translation>Avanzamento</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="114" />
      <source>&amp;Again:</source>
      <translation>&amp;Ripetere:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="111" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="127" />
      <source>&amp;Set passphrase</source>
      <translation>&amp;Imposta passphrase</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="127" />
      <source>&amp;Unlock</source>
      <translation>&amp;Sblocca</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="96" />
      <source>Choose a passphrase</source>
      <translation>Scegliere una passphrase</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="129" />
      <source>Go on &amp;without</source>
      <translation>Continua &amp;senza</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="110" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="112" />
      <source>Passphrase again</source>
      <translation>Ripetere la passphrase</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="103" />
      <source>Type the passphrase of the encrypted file (%1) to use the passwords and tokens kept in it.</source>
      <translation>Digitare la passphrase del file cifrato (%1) per usare le password e i token che contiene.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="102" />
      <source>Unlock your secrets</source>
      <translation>Sbloccare i segreti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="97" />
      <source>cmgui keeps passwords and tokens in an encrypted file, %1. Choose the passphrase that protects it; you give it once each time cmgui starts. Without it the secrets in the file cannot be recovered.</source>
      <translation>cmgui conserva password e token in un file cifrato, %1. Scegliere la passphrase che lo protegge; va digitata una volta a ogni avvio di cmgui. Senza di essa i segreti del file non sono recuperabili.</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="164" />
      <source>%n PIN attempt(s) left</source>
      <translation>
        <numerusform>Resta %n tentativo per il PIN</numerusform>
        <numerusform>Restano %n tentativi per il PIN</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="162" />
      <source>%n PUK attempt(s) left</source>
      <translation>
        <numerusform>Resta %n tentativo per il PUK</numerusform>
        <numerusform>Restano %n tentativi per il PUK</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="186" />
      <source>A PIN has 4 to 8 digits.</source>
      <translation>Un PIN ha da 4 a 8 cifre.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="135" />
      <source>Anyone with this SIM card can use it without a PIN once it is off.</source>
      <translation>Una volta disattivato il PIN, chiunque può usare questa SIM senza PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="144" />
      <source>Change</source>
      <translation>Cambia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="140" />
      <source>Change PIN</source>
      <translation>Cambia il PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="255" />
      <source>Close</source>
      <translation>Chiudi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="193" />
      <source>Confirm the last attempt first.</source>
      <translation>Conferma prima l’ultimo tentativo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="142" />
      <source>Current PIN:</source>
      <translation>PIN attuale:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="141" />
      <source>Enter the current PIN and the new one twice.</source>
      <translation>Inserisci il PIN attuale e due volte quello nuovo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="92" />
      <source>Error</source>
      <translation>Errore</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="71" />
      <source>I understand, try this last time</source>
      <translation>Ho capito, prova quest’ultima volta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="75" />
      <source>Kept in the system keyring. It is sent for you only while at least two attempts are left, and forgotten if the SIM ever rejects it.</source>
      <translation>Conservato nel portachiavi di sistema. Viene inviato al posto tuo solo finché restano almeno due tentativi, e viene dimenticato se la SIM lo rifiuta.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="171" />
      <source>Last attempt: a wrong PIN blocks the SIM card and you will need the PUK.</source>
      <translation>Ultimo tentativo: un PIN errato blocca la SIM e servirà il PUK.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="167" />
      <source>Last attempt: a wrong PUK blocks the SIM card for good. Only your operator can replace it.</source>
      <translation>Ultimo tentativo: un PUK errato blocca la SIM per sempre. Solo il tuo operatore può sostituirla.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="61" />
      <source>New PIN</source>
      <translation>Nuovo PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="125" />
      <location filename="../cmgui/views/pin_dialogs.py" line="142" />
      <source>New PIN:</source>
      <translation>Nuovo PIN:</translation>
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
      <translation>&amp;Ricorda il PIN su questo computer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="74" />
      <source>Remember the PIN on this computer</source>
      <translation>Ricorda il PIN su questo computer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="62" />
      <source>Repeat new PIN</source>
      <translation>Ripeti il nuovo PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="126" />
      <location filename="../cmgui/views/pin_dialogs.py" line="143" />
      <source>Repeat new PIN:</source>
      <translation>Ripeti il nuovo PIN:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="122" />
      <source>The PIN is blocked after too many wrong entries. Enter the PUK from the SIM card's holder, then choose a new PIN.</source>
      <translation>Il PIN è bloccato dopo troppi tentativi errati. Inserisci il PUK riportato sul supporto della SIM, poi scegli un nuovo PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="238" />
      <source>The PIN is changed. Use the new PIN from now on.</source>
      <translation>Il PIN è stato cambiato. D’ora in poi usa il nuovo PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="237" />
      <source>The PIN is off.</source>
      <translation>Il PIN è disattivato.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="236" />
      <source>The PIN is on: the SIM will ask for it when it starts.</source>
      <translation>Il PIN è attivo: la SIM lo chiederà all’avvio.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="184" />
      <source>The PUK has 8 digits.</source>
      <translation>Il PUK ha 8 cifre.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="117" />
      <source>The SIM card is locked. Enter its PIN to use it.</source>
      <translation>La SIM è protetta. Inserisci il suo PIN per usarla.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="235" />
      <source>The SIM is unblocked and has the new PIN.</source>
      <translation>La SIM è sbloccata e ha il nuovo PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="130" />
      <source>The SIM will ask for this PIN whenever it starts.</source>
      <translation>La SIM chiederà questo PIN a ogni avvio.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="189" />
      <source>The new PIN needs 4 to 8 digits.</source>
      <translation>Il nuovo PIN deve avere da 4 a 8 cifre.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="191" />
      <source>The two new PINs differ.</source>
      <translation>I due nuovi PIN non coincidono.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="134" />
      <source>Turn PIN off</source>
      <translation>Disattiva il PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="129" />
      <source>Turn PIN on</source>
      <translation>Attiva il PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="138" />
      <source>Turn off</source>
      <translation>Disattiva</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="132" />
      <source>Turn on</source>
      <translation>Attiva</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="127" />
      <source>Unblock</source>
      <translation>Sblocca</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="121" />
      <source>Unblock SIM</source>
      <translation>Sblocca la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="119" />
      <source>Unlock</source>
      <translation>Sblocca</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="116" />
      <source>Unlock SIM</source>
      <translation>Sblocca la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="82" />
      <source>Why the button is not available</source>
      <translation>Perché il pulsante non è disponibile</translation>
    </message>
  </context>
  <context>
    <name>PlanEditor</name>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="32" />
      <source>&amp;Billing period starts on day:</source>
      <translation>Il periodo di &amp;fatturazione inizia il giorno:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="50" />
      <source>&amp;Save plan</source>
      <translation>&amp;Salva il piano</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="40" />
      <source>&amp;Warn at (% of the limit):</source>
      <translation>&amp;Avvisa al (% del limite):</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="31" />
      <source>Billing day</source>
      <translation>Giorno di fatturazione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="42" />
      <source>D&amp;isconnect when the limit is reached</source>
      <translation>&amp;Disconnetti al raggiungimento del limite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="25" />
      <source>Data plan of this SIM</source>
      <translation>Piano dati di questa SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="48" />
      <source>Data plan status</source>
      <translation>Stato del piano dati</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="34" />
      <source>Monthly &amp;limit:</source>
      <translation>&amp;Limite mensile:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="33" />
      <source>Monthly limit</source>
      <translation>Limite mensile</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="63" />
      <source>No limit</source>
      <translation>Nessun limite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="36" />
      <source>R&amp;oaming limit:</source>
      <translation>Limite in r&amp;oaming:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="35" />
      <source>Roaming limit</source>
      <translation>Limite in roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="51" />
      <source>Save the data plan</source>
      <translation>Salva il piano dati</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="96" />
      <source>Saved.</source>
      <translation>Salvato.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="80" />
      <source>Unlock a SIM to set its plan; usage is counted per SIM.</source>
      <translation>Sblocca una SIM per impostarne il piano; i consumi sono conteggiati per SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="39" />
      <source>Warning thresholds in percent</source>
      <translation>Soglie di avviso in percentuale</translation>
    </message>
  </context>
  <context>
    <name>PortTableModel</name>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="123" />
      <source>%n min ago</source>
      <translation>
        <numerusform>%n min fa</numerusform>
        <numerusform>%n min fa</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="121" />
      <source>%n s ago</source>
      <translation>
        <numerusform>%n s fa</numerusform>
        <numerusform>%n s fa</numerusform>
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
      <translation>Ultima attività</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="111" />
      <source>No SIM</source>
      <translation>Nessuna SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="111" />
      <source>Not registered</source>
      <translation>Non registrato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>Number</source>
      <translation>Numero</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>Operator</source>
      <translation>Operatore</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="112" />
      <source>PIN required</source>
      <translation>PIN richiesto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="112" />
      <source>PUK required</source>
      <translation>PUK richiesto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Port</source>
      <translation>Porta</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="113" />
      <source>Radio off</source>
      <translation>Radio spenta</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="110" />
      <source>Registered</source>
      <translation>Registrato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>SIM (IMSI)</source>
      <translation>SIM (IMSI)</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="110" />
      <source>Searching</source>
      <translation>Ricerca</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Signal</source>
      <translation>Segnale</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="114" />
      <source>Unknown</source>
      <translation>Sconosciuto</translation>
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
      <translation>Tipo di &amp;IP:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="82" />
      <source>&amp;Name:</source>
      <translation>&amp;Nome:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="84" />
      <source>&amp;Password:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="83" />
      <source>&amp;User name:</source>
      <translation>Nome &amp;utente:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="85" />
      <source>A&amp;uthentication:</source>
      <translation>A&amp;utenticazione:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="62" />
      <source>Allow while roaming</source>
      <translation>Consenti in roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="46" />
      <source>Edit profile</source>
      <translation>Modifica il profilo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="46" />
      <source>New profile</source>
      <translation>Nuovo profilo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="59" />
      <source>None</source>
      <translation>Nessuna</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="78" />
      <source>Other (enter it yourself)</source>
      <translation>Altro (inseriscilo tu)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="59" />
      <source>PAP or CHAP</source>
      <translation>PAP o CHAP</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="79" />
      <source>Su&amp;ggested:</source>
      <translation>&amp;Suggerimento:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="73" />
      <source>Suggested settings</source>
      <translation>Impostazioni suggerite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="57" />
      <source>unchanged</source>
      <translation>invariato</translation>
    </message>
  </context>
  <context>
    <name>ProfileWizard</name>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="67" />
      <source>&amp;Country:</source>
      <translation>&amp;Paese:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="71" />
      <source>&amp;Provider:</source>
      <translation>&amp;Fornitore:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="138" />
      <source>APN: %1</source>
      <translation>APN: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="83" />
      <source>C&amp;ontinue…</source>
      <translation>C&amp;ontinua…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="55" />
      <source>Choose your provider and plan; cmgui fills in the settings. Your SIM's provider is chosen already when it is known.</source>
      <translation>Scegli il fornitore e il piano; cmgui compila le impostazioni. Se è noto, il fornitore della tua SIM è già selezionato.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="62" />
      <source>Country</source>
      <translation>Paese</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="82" />
      <source>Enter the settings &amp;myself…</source>
      <translation>Inserisci le impostazioni &amp;manualmente…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="52" />
      <source>New profile</source>
      <translation>Nuovo profilo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="135" />
      <source>No plan listed: enter the settings yourself.</source>
      <translation>Nessun piano elencato: inserisci tu le impostazioni.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="75" />
      <source>P&amp;lan:</source>
      <translation>P&amp;iano:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="73" />
      <source>Plan</source>
      <translation>Piano</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="69" />
      <source>Provider</source>
      <translation>Fornitore</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="36" />
      <source>Test networks (demo modem)</source>
      <translation>Reti di prova (modem dimostrativo)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="140" />
      <source>User name: %1</source>
      <translation>Nome utente: %1</translation>
    </message>
  </context>
  <context>
    <name>ProvisioningController</name>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="27" />
      <source>Set by %1</source>
      <translation>Impostato da %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="98" />
      <source>The provisioning file %1 has mistakes and is not used (%2). Check it with: cmcli provisioning check</source>
      <translation>Il file di provisioning %1 contiene errori e non viene usato (%2). Controllalo con: cmcli provisioning check</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="110" />
      <source>This profile is set by %1 and cannot be edited or deleted.</source>
      <translation>Questo profilo è impostato da %1 e non può essere modificato né eliminato.</translation>
    </message>
  </context>
  <context>
    <name>RecipientTableModel</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="188" />
      <source>Delivered</source>
      <translation>Consegnato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="188" />
      <source>Failed</source>
      <translation>Non riuscito</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Message</source>
      <translation>Messaggio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="189" />
      <source>No result</source>
      <translation>Nessun risultato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="189" />
      <source>Not sent</source>
      <translation>Non inviato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Number</source>
      <translation>Numero</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Port</source>
      <translation>Porta</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="187" />
      <source>Sending</source>
      <translation>Invio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="187" />
      <source>Sent</source>
      <translation>Inviato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="184" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="206" />
      <source>Waiting</source>
      <translation>In attesa</translation>
    </message>
  </context>
  <context>
    <name>RemoteEndpointDialog</name>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="44" />
      <source>&amp;Address:</source>
      <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="46" />
      <source>&amp;Certificate fingerprint:</source>
      <translation>Impronta del &amp;certificato:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="44" />
      <source>&amp;Name:</source>
      <translation>&amp;Nome:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="69" />
      <source>A SHA-256 fingerprint has 32 pairs of hex digits.</source>
      <translation>Un’impronta SHA-256 ha 32 coppie di cifre esadecimali.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="45" />
      <source>Access &amp;token:</source>
      <translation>&amp;Token di accesso:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="27" />
      <source>Add remote device</source>
      <translation>Aggiungi dispositivo remoto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="71" />
      <source>Certificate pinning needs https:// or wss://.</source>
      <translation>Il pinning del certificato richiede https:// o wss://.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="30" />
      <source>Connect to a modem shared by another computer running “cmcli serve”, or to any OpenCMAPI endpoint.</source>
      <translation>Connettiti a un modem condiviso da un altro computer che esegue «cmcli serve» o a qualsiasi endpoint OpenCMAPI.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="39" />
      <source>Office router</source>
      <translation>Router dell’ufficio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="43" />
      <source>SHA-256, e.g. AB:CD:…</source>
      <translation>SHA-256, ad es. AB:CD:…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="66" />
      <source>The address starts with http://, https://, ws:// or wss://.</source>
      <translation>L’indirizzo inizia con http://, https://, ws:// o wss://.</translation>
    </message>
  </context>
  <context>
    <name>SecretsChoiceController</name>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="123" />
      <source>That is not the passphrase of the encrypted file. Try again.</source>
      <translation>Questa non è la passphrase del file cifrato. Riprovare.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="125" />
      <source>The encrypted file cannot be used: %1</source>
      <translation>Il file cifrato non è utilizzabile: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/secrets_choice.py" line="111" />
      <source>The passphrase needs at least %n characters.</source>
      <translation>
        <numerusform>La passphrase deve avere almeno %n carattere.</numerusform>
        <numerusform>La passphrase deve avere almeno %n caratteri.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="113" />
      <source>The two passphrases differ. Type the same one twice.</source>
      <translation>Le due passphrase sono diverse. Digitare due volte la stessa.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="119" />
      <source>Type the passphrase, or go on without it.</source>
      <translation>Digitare la passphrase, oppure continuare senza.</translation>
    </message>
  </context>
  <context>
    <name>SecretsDialogs</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="282" />
      <source>Access token for %1</source>
      <translation>Token di accesso per %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="283" />
      <source>Access tokens are not stored on this computer. Type the access token of the endpoint %1 (the one cmcli serve gave); it is kept until cmgui quits. Leave it empty if the endpoint needs none.</source>
      <translation>I token di accesso non vengono memorizzati su questo computer. Digitare il token di accesso dell’endpoint %1 (quello fornito da cmcli serve); viene conservato fino alla chiusura di cmgui. Lasciarlo vuoto se l’endpoint non ne richiede.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="267" />
      <source>Password for %1</source>
      <translation>Password per %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="268" />
      <source>Passwords are not stored on this computer. Type the password of the profile %1 (user %2); it is kept until cmgui quits.</source>
      <translation>Le password non vengono memorizzate su questo computer. Digitare la password del profilo %1 (utente %2); viene conservata fino alla chiusura di cmgui.</translation>
    </message>
  </context>
  <context>
    <name>SecretsNoticeDialog</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="64" />
      <source>Don't store secrets (ask each time)</source>
      <translation>Non memorizzare i segreti (chiedere ogni volta)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="53" />
      <source>No secure keyring</source>
      <translation>Nessun portachiavi sicuro</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="66" />
      <source>Store them in an encrypted file (protected by a passphrase)</source>
      <translation>Memorizzarli in un file cifrato (protetto da una passphrase)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="57" />
      <source>This computer has no secure keyring (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Locker), so cmgui has no safe place for APN passwords, access tokens and remembered PINs. It never puts them in a plain file.

Choose what cmgui does with them:</source>
      <translation>Questo computer non ha un portachiavi sicuro (come GNOME Keyring, KWallet, il Portachiavi di macOS o Gestione credenziali di Windows), quindi cmgui non ha un posto sicuro per le password APN, i token di accesso e i PIN memorizzati. Non li scrive mai in un file in chiaro.

Scegliere cosa fa cmgui con essi:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="72" />
      <source>This is asked once. The environment variable CMGUI_SECRETS (none, file or keyring) overrides the answer; see docs/security.md.</source>
      <translation>Questa domanda viene posta una sola volta. La variabile d'ambiente CMGUI_SECRETS (none, file o keyring) prevale sulla risposta; vedere docs/security.md.</translation>
    </message>
  </context>
  <context>
    <name>SecretsSetup</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="212" />
      <source>Secrets not unlocked</source>
      <translation>Segreti non sbloccati</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="213" />
      <source>cmgui goes on without the encrypted file this time: passwords and tokens are asked for when they are needed, and none is saved. It asks for the passphrase again the next time it starts.</source>
      <translation>Questa volta cmgui continua senza il file cifrato: password e token vengono chiesti quando servono e nessuno viene memorizzato. La passphrase verrà richiesta di nuovo al prossimo avvio.</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../cmgui/store/settings.py" line="92" />
      <source>Ask for delivery reports when sending.</source>
      <translation>Richiedi le conferme di consegna durante l’invio.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="72" />
      <source>Closing the main window keeps cmgui in the tray.</source>
      <translation>Chiudendo la finestra principale cmgui resta nell’area di notifica.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="82" />
      <source>Connect automatically while roaming too (roaming may cost extra).</source>
      <translation>Connetti automaticamente anche in roaming (il roaming può costare di più).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="80" />
      <source>Connect mobile data as soon as the device is ready.</source>
      <translation>Attiva i dati mobili appena il dispositivo è pronto.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="90" />
      <source>Delete messages from the device once they are safely archived.</source>
      <translation>Elimina i messaggi dal dispositivo una volta archiviati in modo sicuro.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="74" />
      <source>Interface language (empty: follow the system).</source>
      <translation>Lingua dell’interfaccia (vuoto: segui il sistema).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="96" />
      <source>Keep SIM PINs in the system keyring (off unless you turn it on).</source>
      <translation>Conserva i PIN delle SIM nel portachiavi di sistema (disattivato finché non lo attivi).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="93" />
      <source>Logging level.</source>
      <translation>Livello di registrazione.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="78" />
      <source>Reconnect after the network drops a call.</source>
      <translation>Riconnetti dopo che la rete interrompe la connessione.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="70" />
      <source>Start hidden in the system tray.</source>
      <translation>Avvia nascosto nell’area di notifica.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="104" />
      <source>Store for the archive, records and fleet: empty for this computer's SQLite file, or postgresql://[user@]host[:port]/database for a team's shared store (its password in the keyring or ~/.pgpass, never here). CMGUI_STORE and cmcli --store take precedence.</source>
      <translation>Archiviazione per l’archivio, i registri e la flotta: vuoto per il file SQLite di questo computer, oppure postgresql://[user@]host[:port]/database per un’archiviazione condivisa dal team (la sua password nel portachiavi o in ~/.pgpass, mai qui). CMGUI_STORE e cmcli --store hanno la precedenza.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="87" />
      <source>The note that closing the window keeps cmgui in the tray was shown.</source>
      <translation>L’avviso che chiudendo la finestra cmgui resta nell’area di notifica è stato mostrato.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="76" />
      <source>URL of the device used last, opened at start.</source>
      <translation>URL del dispositivo usato per ultimo, aperto all’avvio.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="84" />
      <source>USSD codes saved per SIM: ICCID -&gt; list of [name, code].</source>
      <translation>Codici USSD salvati per SIM: ICCID -&gt; elenco di [nome, codice].</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="98" />
      <source>Where passwords and tokens go when CMGUI_SECRETS is not set: empty for the system keyring (with none, cmgui asks once), keyring, none (give them each time) or file (the encrypted file). docs/security.md.</source>
      <translation>Dove vanno password e token quando CMGUI_SECRETS non è impostata: vuoto per il portachiavi di sistema (se manca, cmgui chiede una volta), keyring, none (inserirli ogni volta) o file (il file cifrato). docs/security.md.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="156" />
      <source>%1, version %2</source>
      <translation>%1, versione %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="196" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="110" />
      <source>&amp;Closing the window keeps cmgui running in the tray</source>
      <translation>&amp;Chiudendo la finestra cmgui resta attivo nell’area di notifica</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="121" />
      <source>&amp;Language:</source>
      <translation>&amp;Lingua:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="135" />
      <source>&amp;Reconnect when the network drops the connection</source>
      <translation>&amp;Riconnetti quando la rete interrompe la connessione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="257" />
      <source>A change applies at once to the passwords and tokens saved from then on. Those stored before stay where they are (nothing is moved or deleted): to keep one in the new place, enter it again.</source>
      <translation>Una modifica si applica subito alle password e ai token salvati da quel momento in poi. Quelli memorizzati prima restano dove sono (nulla viene spostato o eliminato): per conservarne uno nel nuovo posto, inseriscilo di nuovo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="126" />
      <source>A new language applies at once.</source>
      <translation>Una nuova lingua si applica subito.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="158" />
      <source>A&amp;bout…</source>
      <translation>&amp;Informazioni…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="154" />
      <source>About</source>
      <translation>Informazioni</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="136" />
      <source>Ask for &amp;delivery reports</source>
      <translation>Richiedi le &amp;conferme di consegna</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="79" />
      <source>Ask for delivery reports</source>
      <translation>Richiedi le conferme di consegna</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="100" />
      <source>Changes are saved at once.</source>
      <translation>Le modifiche vengono salvate subito.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="85" />
      <source>Closing the window keeps cmgui running in the tray</source>
      <translation>Chiudendo la finestra cmgui resta attivo nell’area di notifica</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="74" />
      <source>Connect automatically</source>
      <translation>Connetti automaticamente</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="75" />
      <source>Connect automatically while roaming</source>
      <translation>Connetti automaticamente in roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="133" />
      <source>Connection and messages</source>
      <translation>Connessione e messaggi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="138" />
      <source>Delete messages from the SIM once they are &amp;archived</source>
      <translation>Elimina i messaggi dalla SIM una volta &amp;archiviati</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="80" />
      <source>Delete messages from the SIM once they are archived</source>
      <translation>Elimina i messaggi dalla SIM una volta archiviati</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="49" />
      <source>Don't store (ask each time)</source>
      <translation>Non memorizzare (chiedere ogni volta)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="215" />
      <source>Empty for this computer's file, or postgresql://host/database for a team's shared store (the password stays in the keyring or ~/.pgpass). Used from the next start.</source>
      <translation>Vuoto per il file di questo computer, oppure postgresql://host/database per un’archiviazione condivisa dal team (la password resta nel portachiavi o in ~/.pgpass). Vale dal prossimo avvio.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="48" />
      <source>Encrypted file (passphrase)</source>
      <translation>File cifrato (passphrase)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="107" />
      <source>General</source>
      <translation>Generale</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="249" />
      <source>Keep &amp;secrets in:</source>
      <translation>Conserva i se&amp;greti in:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="87" />
      <location filename="../cmgui/views/settings_page.py" line="114" />
      <source>Language</source>
      <translation>Lingua</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="181" />
      <source>Networks are selected automatically only.</source>
      <translation>Le reti vengono scelte solo automaticamente.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="293" />
      <source>No secure keyring on this computer.</source>
      <translation>Nessun portachiavi sicuro su questo computer.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="298" />
      <source>Nothing is stored: passwords and tokens are asked for when needed and kept until cmgui quits.</source>
      <translation>Non viene memorizzato nulla: password e token vengono chiesti quando servono e conservati fino alla chiusura di cmgui.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="145" />
      <source>Privacy</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="168" />
      <source>Provided by %1</source>
      <translation>Fornito da %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="77" />
      <source>Reconnect when the network drops the connection</source>
      <translation>Riconnetti quando la rete interrompe la connessione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="147" />
      <source>Remember SIM &amp;PINs in the system keyring</source>
      <translation>Ricorda i &amp;PIN delle SIM nel portachiavi di sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="82" />
      <source>Remember SIM PINs in the system keyring</source>
      <translation>Ricorda i PIN delle SIM nel portachiavi di sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="229" />
      <source>S&amp;tore:</source>
      <translation>Archi&amp;viazione:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="238" />
      <source>Secrets</source>
      <translation>Segreti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="291" />
      <source>Set by CMGUI_SECRETS (it wins over this setting).</source>
      <translation>Impostato da CMGUI_SECRETS (prevale su questa impostazione).</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="100" />
      <source>Settings</source>
      <translation>Impostazioni</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="177" />
      <source>Settings fixed by %1:</source>
      <translation>Impostazioni fissate da %1:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="108" />
      <source>Start &amp;hidden in the system tray</source>
      <translation>Avvia &amp;nascosto nell’area di notifica</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="84" />
      <source>Start hidden in the system tray</source>
      <translation>Avvia nascosto nell’area di notifica</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="210" />
      <source>Store</source>
      <translation>Archiviazione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="213" />
      <source>Store URL</source>
      <translation>URL dell’archiviazione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="172" />
      <source>Support: %1</source>
      <translation>Assistenza: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="47" />
      <source>System keyring</source>
      <translation>Portachiavi di sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="115" />
      <location filename="../cmgui/views/settings_page.py" line="201" />
      <source>System language</source>
      <translation>Lingua di sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="295" />
      <source>The encrypted file stays locked this time (no passphrase was given): passwords and tokens are asked for when needed.</source>
      <translation>Questa volta il file cifrato resta bloccato (non è stata data la passphrase): password e token vengono chiesti quando servono.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="212" />
      <source>This computer (SQLite)</source>
      <translation>Questo computer (SQLite)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="83" />
      <location filename="../cmgui/views/settings_page.py" line="242" />
      <source>Where secrets are kept</source>
      <translation>Dove vengono conservati i segreti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="192" />
      <source>off</source>
      <translation>disattivato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="192" />
      <source>on</source>
      <translation>attivo</translation>
    </message>
  </context>
  <context>
    <name>SignalBars</name>
    <message>
      <location filename="../cmgui/views/signal_bars.py" line="36" />
      <source>Signal: %1 of %2 bars</source>
      <translation>Segnale: %1 tacche su %2</translation>
    </message>
  </context>
  <context>
    <name>SimController</name>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="121" />
      <source>Changing the PIN</source>
      <translation>Modifica del PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="116" />
      <source>Turning the PIN off</source>
      <translation>Disattivazione del PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="112" />
      <source>Turning the PIN on</source>
      <translation>Attivazione del PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="108" />
      <source>Unblocking the SIM</source>
      <translation>Sblocco della SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="103" />
      <source>Unlocking the SIM</source>
      <translation>Sblocco della SIM</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="94" />
      <source>%1 data used</source>
      <translation>%1: dati consumati</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="91" />
      <source>%1 data used of the limit</source>
      <translation>%1: dati consumati rispetto al limite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="155" />
      <source>%1 of %2 (%3 %)</source>
      <translation>%1 di %2 (%3 %)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="159" />
      <source>%1, no limit</source>
      <translation>%1, senza limite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="113" />
      <source>&amp;Delete record</source>
      <translation>&amp;Elimina la voce</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="81" />
      <source>Billing period</source>
      <translation>Periodo di fatturazione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="102" />
      <location filename="../cmgui/views/statistics_page.py" line="107" />
      <source>Connection records</source>
      <translation>Registro delle connessioni</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="44" />
      <source>Data used this billing period, live throughput and signal, and past sessions.</source>
      <translation>Dati consumati in questo periodo di fatturazione, velocità e segnale in tempo reale e sessioni passate.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="114" />
      <source>Delete the selected record</source>
      <translation>Elimina la voce selezionata</translation>
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
      <translation>Durata</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="148" />
      <source>From %1 to %2</source>
      <translation>Dal %1 al %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="86" />
      <source>Home network</source>
      <translation>Rete di casa</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="51" />
      <source>Peak download</source>
      <translation>Picco di download</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="49" />
      <source>Received</source>
      <translation>Ricevuto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="86" />
      <source>Roaming</source>
      <translation>Roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="49" />
      <source>Sent</source>
      <translation>Inviato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="62" />
      <location filename="../cmgui/views/statistics_page.py" line="171" />
      <source>Signal</source>
      <translation>Segnale</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="65" />
      <source>Signal graph</source>
      <translation>Grafico del segnale</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="43" />
      <source>Statistics</source>
      <translation>Statistiche</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="76" />
      <source>This billing period</source>
      <translation>Questo periodo di fatturazione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="47" />
      <source>This session</source>
      <translation>Questa sessione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="57" />
      <source>Throughput</source>
      <translation>Velocità</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="59" />
      <source>Throughput graph</source>
      <translation>Grafico della velocità</translation>
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
      <translation>I consumi vengono conteggiati appena una SIM è sbloccata.</translation>
    </message>
  </context>
  <context>
    <name>TeamJobs</name>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="45" />
      <source>Bulk SMS</source>
      <translation>SMS massivi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="47" />
      <source>SIM status to %1</source>
      <translation>Stato SIM a %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="34" />
      <source>cancelled</source>
      <translation>annullato</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="32" />
      <source>done</source>
      <translation>fatto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="33" />
      <source>failed</source>
      <translation>fallito</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="31" />
      <source>running</source>
      <translation>in corso</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="30" />
      <source>waiting for the team's server</source>
      <translation>in attesa del server del team</translation>
    </message>
  </context>
  <context>
    <name>TeamJobsController</name>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="192" />
      <source>Cancelling the job</source>
      <translation>Annullamento del lavoro</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="186" />
      <source>Job %1 is no longer waiting for the team's server; only a waiting job can be cancelled.</source>
      <translation>Il lavoro %1 non è più in attesa del server del team; si può annullare solo un lavoro in attesa.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="155" />
      <source>Queueing %n message(s)</source>
      <translation>
        <numerusform>Messa in coda di %n messaggio</numerusform>
        <numerusform>Messa in coda di %n messaggi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="170" />
      <source>Queueing the status change of %n SIM(s)</source>
      <translation>
        <numerusform>Messa in coda del cambio di stato di %n SIM</numerusform>
        <numerusform>Messa in coda del cambio di stato di %n SIM</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="141" />
      <source>Reading the team's jobs</source>
      <translation>Lettura dei lavori del team</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <location filename="../cmgui/views/tray.py" line="194" />
      <source>%1 of %2 used this billing period.</source>
      <translation>%1 di %2 consumati in questo periodo di fatturazione.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/tray.py" line="135" />
      <source>%n unread message(s)</source>
      <translation>
        <numerusform>%n messaggio non letto</numerusform>
        <numerusform>%n messaggi non letti</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="148" />
      <source>&amp;Connect</source>
      <translation>&amp;Connetti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="148" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Disconnetti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="109" />
      <source>&amp;Quit</source>
      <translation>&amp;Esci</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="108" />
      <source>&amp;Show cmgui</source>
      <translation>&amp;Mostra cmgui</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="193" />
      <source>Data: %1 % of the limit used</source>
      <translation>Dati: %1 % del limite consumato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="188" />
      <source>Enter the PIN to use the modem.</source>
      <translation>Inserisci il PIN per usare il modem.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="186" />
      <source>Enter the PUK to unblock the SIM card.</source>
      <translation>Inserisci il PUK per sbloccare la SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="206" />
      <source>It stays in the tray to receive messages. Quit it from the tray menu.</source>
      <translation>Resta nell’area di notifica per ricevere i messaggi. Per chiuderlo usa il menu dell’area di notifica.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="201" />
      <source>Message memory full</source>
      <translation>Memoria dei messaggi piena</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="182" />
      <source>Network message</source>
      <translation>Messaggio della rete</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="179" />
      <source>New message from %1</source>
      <translation>Nuovo messaggio da %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="127" />
      <source>No device</source>
      <translation>Nessun dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="192" />
      <source>Roaming data: %1 % of the limit used</source>
      <translation>Dati in roaming: %1 % del limite consumato</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="186" />
      <source>SIM blocked</source>
      <translation>SIM bloccata</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="188" />
      <source>SIM locked</source>
      <translation>SIM protetta dal PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="197" />
      <source>The connection is closed, as the plan asks.</source>
      <translation>La connessione viene chiusa, come previsto dal piano.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="205" />
      <source>cmgui is still running</source>
      <translation>cmgui è ancora attivo</translation>
    </message>
  </context>
  <context>
    <name>UsageController</name>
    <message>
      <location filename="../cmgui/controllers/usage.py" line="149" />
      <source>Saving the data plan</source>
      <translation>Salvataggio del piano dati</translation>
    </message>
  </context>
  <context>
    <name>UssdController</name>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="47" />
      <source>Another program answered this session.</source>
      <translation>Un altro programma ha risposto in questa sessione.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="169" />
      <source>Ending the session</source>
      <translation>Chiusura della sessione</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="43" />
      <source>The network did not answer in time. Try again in a minute.</source>
      <translation>La rete non ha risposto in tempo. Riprova tra un minuto.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="45" />
      <source>The network does not offer this code.</source>
      <translation>La rete non offre questo codice.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="46" />
      <source>The network ended the session.</source>
      <translation>La rete ha chiuso la sessione.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="158" />
      <source>Waiting for the network</source>
      <translation>In attesa della rete</translation>
    </message>
  </context>
  <context>
    <name>UssdDialog</name>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="50" />
      <source>&amp;End session</source>
      <translation>&amp;Termina la sessione</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="65" />
      <source>&amp;Forget</source>
      <translation>&amp;Dimentica</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="75" />
      <source>&amp;History</source>
      <translation>&amp;Cronologia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="144" />
      <source>&amp;Reply</source>
      <translation>&amp;Rispondi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="47" />
      <location filename="../cmgui/views/ussd_dialog.py" line="144" />
      <source>&amp;Send</source>
      <translation>&amp;Invia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="44" />
      <source>Code or reply, e.g. *100#</source>
      <translation>Codice o risposta, ad es. *100#</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="59" />
      <source>Codes saved for this SIM</source>
      <translation>Codici salvati per questa SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="66" />
      <source>Forget the chosen saved code</source>
      <translation>Dimentica il codice salvato scelto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="130" />
      <source>Name for %1 (for example “Balance”):</source>
      <translation>Nome per %1 (per esempio «Credito»):</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="40" />
      <source>Network answer</source>
      <translation>Risposta della rete</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="103" />
      <source>None yet: send a code, then save it</source>
      <translation>Ancora nessuno: invia un codice, poi salvalo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="57" />
      <source>Sa&amp;ved codes:</source>
      <translation>Codici &amp;salvati:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="129" />
      <source>Save USSD code</source>
      <translation>Salva il codice USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="63" />
      <source>Save the code for this SIM</source>
      <translation>Salva il codice per questa SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="62" />
      <source>Save this &amp;code…</source>
      <translation>Salva questo &amp;codice…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="32" />
      <source>Send a service code such as *100# to your operator, for example to check your balance.</source>
      <translation>Invia al tuo operatore un codice di servizio come *100#, ad esempio per controllare il credito.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="29" />
      <source>USSD</source>
      <translation>USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="45" />
      <source>USSD code or reply</source>
      <translation>Codice USSD o risposta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="80" />
      <source>USSD history</source>
      <translation>Cronologia USSD</translation>
    </message>
  </context>
  <context>
    <name>WlanController</name>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="88" />
      <location filename="../cmgui/controllers/wlan.py" line="97" />
      <source>Connecting to Wi-Fi</source>
      <translation>Connessione al Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="106" />
      <source>Disconnecting Wi-Fi</source>
      <translation>Disconnessione dal Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="115" />
      <source>Forgetting the network</source>
      <translation>Rimozione della rete</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="55" />
      <source>Scanning for Wi-Fi</source>
      <translation>Ricerca di reti Wi-Fi</translation>
    </message>
  </context>
  <context>
    <name>WlanPage</name>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="107" />
      <source>&amp;Connect</source>
      <translation>&amp;Connetti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="85" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Disconnetti</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="121" />
      <source>&amp;Forget</source>
      <translation>&amp;Dimentica</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="87" />
      <source>&amp;Scan</source>
      <translation>&amp;Cerca</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="145" />
      <source>Connected to %1</source>
      <translation>Connesso a %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="122" />
      <source>Forget the selected known network</source>
      <translation>Dimentica la rete nota selezionata</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="111" />
      <location filename="../cmgui/views/wlan_page.py" line="115" />
      <source>Known networks</source>
      <translation>Reti note</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="94" />
      <location filename="../cmgui/views/wlan_page.py" line="99" />
      <source>Networks in range</source>
      <translation>Reti nel raggio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="147" />
      <source>Not connected</source>
      <translation>Non connesso</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="71" />
      <source>This device has no Wi-Fi.</source>
      <translation>Questo dispositivo non ha il Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="67" />
      <source>WLAN</source>
      <translation>WLAN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="79" />
      <source>Wi-Fi</source>
      <translation>Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="68" />
      <source>Wi-Fi of the device: for routers and hotspots.</source>
      <translation>Wi-Fi del dispositivo: per router e hotspot.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="83" />
      <source>Wi-Fi state</source>
      <translation>Stato del Wi-Fi</translation>
    </message>
  </context>
  <context>
    <name>WlanPasswordDialog</name>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="49" />
      <source>&amp;Password:</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="50" />
      <source>&amp;Remember this network</source>
      <translation>&amp;Ricorda questa rete</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="34" />
      <source>Connect to %1</source>
      <translation>Connetti a %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="48" />
      <source>Wi-Fi password</source>
      <translation>Password del Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="36" />
      <source>“%1” is protected (%2). Enter its password.</source>
      <translation>«%1» è protetta (%2). Inserisci la sua password.</translation>
    </message>
  </context>
</TS>
