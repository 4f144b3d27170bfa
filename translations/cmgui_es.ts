<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../cmgui/views/about.py" line="76" />
      <source>%1 (GNU General Public License, version 3 or later)</source>
      <translation>%1 (GNU General Public License, versión 3 o posterior)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="78" />
      <source>%1 (PySide6 %2)</source>
      <translation>%1 (PySide6 %2)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="37" />
      <source>About %1</source>
      <translation>Acerca de %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="48" />
      <source>Based on cmgui %1</source>
      <translation>Basado en cmgui %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="53" />
      <source>Connection manager for cellular modems, SMS gateways and IoT SIM fleets.</source>
      <translation>Gestor de conexiones para módems móviles, pasarelas SMS y flotas de SIM IoT.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="76" />
      <source>Licence:</source>
      <translation>Licencia:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="81" />
      <source>Project:</source>
      <translation>Proyecto:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="72" />
      <source>Provided by:</source>
      <translation>Proporcionado por:</translation>
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
      <translation>Soporte:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="49" />
      <source>Version %1</source>
      <translation>Versión %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="75" />
      <source>cmgui version:</source>
      <translation>Versión de cmgui:</translation>
    </message>
  </context>
  <context>
    <name>AddAccountDialog</name>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="134" />
      <source>&amp;Address:</source>
      <translation>&amp;Dirección:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="133" />
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="139" />
      <source>&amp;Private key file:</source>
      <translation>Archivo de clave &amp;privada:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="138" />
      <source>&amp;Secret file:</source>
      <translation>Archivo del &amp;secreto:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="123" />
      <source>Add a fleet account</source>
      <translation>Añadir una cuenta de flota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="136" />
      <source>CMO &amp;token URL:</source>
      <translation>URL del &amp;token CMO:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="135" />
      <source>CMO client &amp;ID:</source>
      <translation>&amp;ID de cliente CMO:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="137" />
      <source>CMP &amp;key ID:</source>
      <translation>ID de &amp;clave CMP:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="158" />
      <location filename="../cmgui/views/fleet_page.py" line="164" />
      <source>Choose a file</source>
      <translation>Elegir un archivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="140" />
      <source>Secrets go to the system keyring; they are read from the files you name and never written to the settings.</source>
      <translation>Los secretos van al llavero del sistema; se leen de los archivos que indique y nunca se escriben en la configuración.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../cmgui/app.py" line="105" />
      <source>Something went wrong inside cmgui: %1

The details are in %2.</source>
      <translation>Algo ha fallado dentro de cmgui: %1

Los detalles están en %2.</translation>
    </message>
    <message>
      <location filename="../cmgui/app.py" line="104" />
      <source>cmgui hit a bug</source>
      <translation>cmgui ha encontrado un error de programación</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../cmgui/controllers/app.py" line="357" />
      <source>The message archive cannot be used: %1 Until it can, messages are not archived and none are deleted from the device.</source>
      <translation>No se puede usar el archivo de mensajes: %1 Mientras tanto, los mensajes no se archivan y no se elimina ninguno del dispositivo.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionController</name>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="304" />
      <source>Connecting</source>
      <translation>Conectando</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="402" />
      <source>Deleting the profile</source>
      <translation>Eliminando el perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="354" />
      <source>Deleting the record</source>
      <translation>Eliminando el registro</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="344" />
      <source>Disconnecting</source>
      <translation>Desconectando</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="173" />
      <source>Reading profiles</source>
      <translation>Leyendo los perfiles</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="281" />
      <source>Reading the addresses</source>
      <translation>Leyendo las direcciones</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="393" />
      <location filename="../cmgui/controllers/connection.py" line="411" />
      <source>Saving the profile</source>
      <translation>Guardando el perfil</translation>
    </message>
  </context>
  <context>
    <name>ConnectionPage</name>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="214" />
      <source>&amp;Add…</source>
      <translation>&amp;Añadir…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="287" />
      <source>&amp;Connect</source>
      <translation>&amp;Conectar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="219" />
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="287" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Desconectar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="215" />
      <source>&amp;Edit…</source>
      <translation>E&amp;ditar…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="145" />
      <source>&amp;Profile:</source>
      <translation>&amp;Perfil:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="169" />
      <source>APN</source>
      <translation>APN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="220" />
      <source>Add a profile</source>
      <translation>Añadir un perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="176" />
      <source>Also while &amp;roaming (may cost extra)</source>
      <translation>También en &amp;itinerancia (puede costar más)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="175" />
      <source>Connect &amp;automatically when the device is ready</source>
      <translation>Conectar &amp;automáticamente cuando el dispositivo esté listo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="136" />
      <source>Connection</source>
      <translation>Conexión</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="143" />
      <source>Connection state</source>
      <translation>Estado de la conexión</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="170" />
      <source>DNS servers</source>
      <translation>Servidores DNS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="267" />
      <source>Default (%1)</source>
      <translation>Predeterminado (%1)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="391" />
      <source>Delete profile</source>
      <translation>Eliminar el perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="392" />
      <source>Delete the profile “%1”?</source>
      <translation>¿Eliminar el perfil «%1»?</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="222" />
      <source>Delete the selected profile</source>
      <translation>Eliminar el perfil seleccionado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="172" />
      <source>Duration</source>
      <translation>Duración</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="163" />
      <source>Edit the &amp;profile…</source>
      <translation>Editar el &amp;perfil…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="164" />
      <source>Edit the profile the connection used</source>
      <translation>Editar el perfil que usó la conexión</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="221" />
      <source>Edit the selected profile</source>
      <translation>Editar el perfil seleccionado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="169" />
      <source>IP address</source>
      <translation>Dirección IP</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="170" />
      <source>IPv6 address</source>
      <translation>Dirección IPv6</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="216" />
      <source>Make de&amp;fault</source>
      <translation>Hacer &amp;predeterminado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="217" />
      <source>Make the selected profile the default</source>
      <translation>Hacer predeterminado el perfil seleccionado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="139" />
      <source>Mobile data</source>
      <translation>Datos móviles</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="137" />
      <source>Mobile data: connect with one of your profiles.</source>
      <translation>Datos móviles: conéctese con uno de sus perfiles.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="171" />
      <source>Network interface</source>
      <translation>Interfaz de red</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="268" />
      <source>Operator default</source>
      <translation>Configuración del operador</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="148" />
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="193" />
      <location filename="../cmgui/views/connection_page.py" line="197" />
      <source>Profiles</source>
      <translation>Perfiles</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="232" />
      <location filename="../cmgui/views/connection_page.py" line="236" />
      <source>Recent sessions</source>
      <translation>Sesiones recientes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="204" />
      <source>This device keeps no profiles: connections use the operator's default settings.</source>
      <translation>Este dispositivo no guarda perfiles: las conexiones usan la configuración predeterminada del operador.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="172" />
      <source>Traffic</source>
      <translation>Tráfico</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="161" />
      <source>Why the connection failed</source>
      <translation>Por qué falló la conexión</translation>
    </message>
  </context>
  <context>
    <name>DeviceController</name>
    <message>
      <location filename="../cmgui/controllers/device.py" line="379" />
      <source>The device was disconnected.</source>
      <translation>El dispositivo se desconectó.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device.py" line="487" />
      <source>The network ended the connection.</source>
      <translation>La red terminó la conexión.</translation>
    </message>
  </context>
  <context>
    <name>DeviceManager</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="175" />
      <source>Access tokens are not stored on this computer, so this one is kept only until cmgui quits; after that it is asked for when the endpoint is opened (docs/security.md).</source>
      <translation>Los tokens de acceso no se guardan en este equipo, así que este solo se conserva hasta que se cierre cmgui; después se pedirá al abrir el punto de acceso (docs/security.md).</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="130" />
      <source>Demo modem (virtual)</source>
      <translation>Módem de demostración (virtual)</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="320" />
      <source>%1 down, %2 up</source>
      <translation>%1 de bajada, %2 de subida</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="135" />
      <source>&amp;Automatic</source>
      <translation>&amp;Automática</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="136" />
      <source>&amp;Manual</source>
      <translation>&amp;Manual</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="145" />
      <source>&amp;Mode:</source>
      <translation>M&amp;odo:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="177" />
      <source>&amp;Register on selected network</source>
      <translation>&amp;Registrarse en la red elegida</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="339" />
      <source>&amp;Reset</source>
      <translation>&amp;Restablecer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="155" />
      <source>&amp;Search for networks</source>
      <translation>&amp;Buscar redes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="197" />
      <source>&amp;Unlock…</source>
      <translation>&amp;Desbloquear…</translation>
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
      <translation>4G y 3G</translation>
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
      <translation>Dirección</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="51" />
      <source>Automatic</source>
      <translation>Automático</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="113" />
      <source>Band</source>
      <translation>Banda</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="200" />
      <source>C&amp;hange PIN…</source>
      <translation>&amp;Cambiar el PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="112" />
      <source>Cell ID</source>
      <translation>ID de celda</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="317" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="78" />
      <source>Demo</source>
      <translation>Demo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="122" />
      <source>Device details</source>
      <translation>Detalles del dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="65" />
      <source>Devices</source>
      <translation>Dispositivos</translation>
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
      <translation>Fabricante</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="124" />
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="100" />
      <source>Network</source>
      <translation>Red</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="102" />
      <source>Network code</source>
      <translation>Código de red</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="147" />
      <source>Network mode</source>
      <translation>Modo de red</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="133" />
      <source>Network selection</source>
      <translation>Selección de red</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="185" />
      <source>Networks are selected automatically: %1 allows no manual selection.</source>
      <translation>Las redes se eligen automáticamente: %1 no permite la selección manual.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="166" />
      <source>Networks found</source>
      <translation>Redes encontradas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="232" />
      <source>No device</source>
      <translation>Ningún dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="252" />
      <source>Not registered: the radio is off</source>
      <translation>No registrado: la radio está apagada</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="74" />
      <source>Operator</source>
      <translation>Operador</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="127" />
      <source>Phone number</source>
      <translation>Número de teléfono</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="88" />
      <source>Power-cycle the demo modem back to factory state: its SIM asks for the PIN (1234) again and its messages are gone.</source>
      <translation>Reiniciar el módem de demostración y devolverlo al estado de fábrica: su SIM vuelve a pedir el PIN (1234) y sus mensajes desaparecen.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="335" />
      <source>Power-cycle the demo modem back to factory state? Its SIM asks for the PIN (1234) again, and its messages, profiles and counters start afresh. The archive on this computer keeps what it has.</source>
      <translation>¿Reiniciar el módem de demostración y devolverlo al estado de fábrica? Su SIM vuelve a pedir el PIN (1234), y sus mensajes, perfiles y contadores empiezan de cero. El archivo de este ordenador conserva lo que tiene.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="108" />
      <source>Radio details</source>
      <translation>Detalles de radio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="249" />
      <source>Ready, radio off</source>
      <translation>Listo, radio apagada</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="87" />
      <source>Reset the demo &amp;modem…</source>
      <translation>Restablecer el &amp;módem de demostración…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="335" />
      <source>Reset the demo modem</source>
      <translation>Restablecer el módem de demostración</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="77" />
      <source>Roaming</source>
      <translation>Itinerancia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="102" />
      <source>SIM</source>
      <translation>SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="193" />
      <source>SIM security</source>
      <translation>Seguridad de la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="172" />
      <source>Searching takes one to three minutes; the modem stays usable meanwhile.</source>
      <translation>La búsqueda tarda de uno a tres minutos; mientras tanto, el módem se puede seguir usando.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="101" />
      <source>Signal</source>
      <translation>Señal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="100" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="70" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="101" />
      <source>Technology</source>
      <translation>Tecnología</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="283" />
      <source>The PIN is off.</source>
      <translation>El PIN está desactivado.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="281" />
      <source>The PIN is on: the SIM asks for it at start.</source>
      <translation>El PIN está activado: la SIM lo pide al arrancar.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="279" />
      <source>The SIM card is locked.</source>
      <translation>La tarjeta SIM está bloqueada.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="66" />
      <source>The modem in use, its network and its SIM card.</source>
      <translation>El módem en uso, su red y su tarjeta SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="253" />
      <source>The network refused this SIM (registration denied): the network is forbidden for it, or the SIM is not allowed here. Choose another network or let the device choose automatically.</source>
      <translation>La red rechazó esta SIM (registro denegado): esta red le está prohibida o la SIM no está autorizada aquí. Elija otra red o deje que el dispositivo elija automáticamente.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="199" />
      <source>Turn PIN o&amp;ff…</source>
      <translation>&amp;Desactivar el PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="198" />
      <source>Turn PIN o&amp;n…</source>
      <translation>&amp;Activar el PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="269" />
      <source>Turn radio &amp;off</source>
      <translation>&amp;Apagar la radio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="270" />
      <source>Turn radio &amp;on</source>
      <translation>&amp;Encender la radio</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="59" />
      <source>%1 may not %2: on this team %1 is a %3, and that needs the role %4. Ask a team admin to run: cmcli team add %1 --role %5</source>
      <translation>%1 no puede %2: en este equipo %1 es %3 y para ello hace falta el rol %4. Pida a un administrador del equipo que ejecute: cmcli team add %1 --role %5</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="559" />
      <source>%1 — %n attempt(s) left</source>
      <translation>
        <numerusform>%1: queda %n intento</numerusform>
        <numerusform>%1: quedan %n intentos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="115" />
      <source>A data connection to this APN is already open.</source>
      <translation>Ya hay una conexión de datos abierta con este APN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="531" />
      <source>A policy does not allow this Wi-Fi network.</source>
      <translation>Una directiva no permite esta red Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="465" />
      <source>A profile with this name exists already.</source>
      <translation>Ya existe un perfil con este nombre.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="233" />
      <source>Another data connection already uses this context.</source>
      <translation>Otra conexión de datos ya usa este contexto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="159" />
      <source>Ask your operator to turn on mobile data.</source>
      <translation>Pida a su operador que active los datos móviles.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="154" />
      <source>Ask your operator whether the SIM is activated and paid for.</source>
      <translation>Pregunte a su operador si la SIM está activada y pagada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="105" />
      <source>Ask your operator whether the SIM is activated.</source>
      <translation>Pregunte a su operador si la SIM está activada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="107" />
      <source>Ask your operator whether this device may be used.</source>
      <translation>Pregunte a su operador si se puede usar este dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="90" />
      <source>Ask your operator.</source>
      <translation>Consulte a su operador.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="174" />
      <location filename="../cmgui/common/error_words.py" line="194" />
      <source>Calls and text messages are unavailable on this network for now.</source>
      <translation>Las llamadas y los SMS no están disponibles en esta red por ahora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="177" />
      <source>Calls and text messages are unavailable on this network.</source>
      <translation>Las llamadas y los SMS no están disponibles en esta red.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="207" />
      <source>Change the IP type in this profile.</source>
      <translation>Cambie el tipo de IP en este perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="315" />
      <location filename="../cmgui/common/error_words.py" line="317" />
      <source>Change the validity period in the settings.</source>
      <translation>Cambie el período de validez en la configuración.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="442" />
      <source>Check that it is plugged in and turned on.</source>
      <translation>Compruebe que está conectado y encendido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="230" />
      <source>Check the APN in this profile, or ask your operator.</source>
      <translation>Compruebe el APN de este perfil o consulte a su operador.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="269" />
      <source>Check the APN in this profile, or choose another network mode.</source>
      <translation>Compruebe el APN de este perfil o elija otro modo de red.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="222" />
      <source>Check the APN in this profile, or try again later.</source>
      <translation>Compruebe el APN de este perfil o inténtelo más tarde.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="91" />
      <source>Check the APN in this profile.</source>
      <translation>Compruebe el APN de este perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="138" />
      <source>Check the antenna and the coverage where you are.</source>
      <translation>Compruebe la antena y la cobertura donde se encuentra.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="512" />
      <source>Check the code.</source>
      <translation>Compruebe el código.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="146" />
      <source>Check the message centre number (SMSC) in the settings.</source>
      <translation>Compruebe el número del centro de mensajes (SMSC) en la configuración.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="287" />
      <source>Check the number, or try again later.</source>
      <translation>Compruebe el número o inténtelo más tarde.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="94" />
      <source>Check the number.</source>
      <translation>Compruebe el número.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="219" />
      <source>Check the user name, password and authentication in this profile.</source>
      <translation>Compruebe el nombre de usuario, la contraseña y la autenticación de este perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="473" />
      <location filename="../cmgui/common/error_words.py" line="475" />
      <location filename="../cmgui/common/error_words.py" line="480" />
      <location filename="../cmgui/common/error_words.py" line="482" />
      <location filename="../cmgui/common/error_words.py" line="485" />
      <source>Check this profile.</source>
      <translation>Compruebe este perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="466" />
      <source>Choose another name.</source>
      <translation>Elija otro nombre.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="171" />
      <source>Choose another network, or ask your operator about roaming.</source>
      <translation>Elija otra red o consulte a su operador sobre la itinerancia.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="92" />
      <source>Choose another network, or let the device choose one.</source>
      <translation>Elija otra red o deje que el dispositivo elija una.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="470" />
      <source>Choose or add a profile.</source>
      <translation>Elija o añada un perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="445" />
      <source>Close the other program first.</source>
      <translation>Cierre primero el otro programa.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="114" />
      <location filename="../cmgui/common/error_words.py" line="161" />
      <location filename="../cmgui/common/error_words.py" line="163" />
      <location filename="../cmgui/common/error_words.py" line="239" />
      <source>Connect again.</source>
      <translation>Vuelva a conectarse.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="196" />
      <location filename="../cmgui/common/error_words.py" line="438" />
      <source>Connect first.</source>
      <translation>Conéctese primero.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="93" />
      <source>Delete messages on the device to make room.</source>
      <translation>Elimine mensajes del dispositivo para liberar espacio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="433" />
      <location filename="../cmgui/common/error_words.py" line="451" />
      <location filename="../cmgui/common/error_words.py" line="468" />
      <location filename="../cmgui/common/error_words.py" line="497" />
      <source>Disconnect first.</source>
      <translation>Desconéctese primero.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="116" />
      <location filename="../cmgui/common/error_words.py" line="234" />
      <location filename="../cmgui/common/error_words.py" line="272" />
      <source>Disconnect it first.</source>
      <translation>Desconéctela primero.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="267" />
      <source>Disconnect one first.</source>
      <translation>Desconecte primero una de ellas.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="124" />
      <source>Enter its PIN.</source>
      <translation>Introduzca el PIN de la SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="126" />
      <source>Enter its PUK.</source>
      <translation>Introduzca el PUK de la SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="528" />
      <source>Enter the password again.</source>
      <translation>Vuelva a introducir la contraseña.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="136" />
      <source>Enter the unlock code from the seller of the device.</source>
      <translation>Introduzca el código de desbloqueo que le dio el vendedor del dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="123" />
      <source>Insert a SIM card.</source>
      <translation>Inserte una tarjeta SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="403" />
      <source>Mobile data failed without a reason given.</source>
      <translation>Los datos móviles fallaron sin indicar el motivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="491" />
      <source>No connection is being set up.</source>
      <translation>No se está estableciendo ninguna conexión.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="439" />
      <source>No device is known at this address.</source>
      <translation>No se conoce ningún dispositivo en esta dirección.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="469" />
      <source>No profile is chosen for connecting.</source>
      <translation>No se ha elegido ningún perfil para conectar.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="518" />
      <location filename="../cmgui/common/error_words.py" line="519" />
      <source>Not connected to a Wi-Fi network.</source>
      <translation>No está conectado a una red Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="76" />
      <source>Not opened: no access token was given. Choose the endpoint again to type it.</source>
      <translation>No se abrió: no se indicó ningún token de acceso. Vuelva a elegir el punto de acceso para escribirlo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="432" />
      <location filename="../cmgui/common/error_words.py" line="450" />
      <location filename="../cmgui/common/error_words.py" line="496" />
      <source>Not while connected.</source>
      <translation>No mientras haya una conexión.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="377" />
      <source>Nothing was found.</source>
      <translation>No se encontró nada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="133" />
      <source>PIN2 comes with the SIM, like the PIN.</source>
      <translation>El PIN2 viene con la SIM, como el PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="134" />
      <source>PIN2 is blocked; the SIM asks for its PUK2.</source>
      <translation>El PIN2 está bloqueado; la SIM pide el PUK2.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="111" />
      <source>Restart the device; if that does not help, ask your operator.</source>
      <translation>Reinicie el dispositivo; si no sirve, consulte a su operador.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="251" />
      <source>Set the IP type of this profile to IPv4 or IPv6.</source>
      <translation>Ponga el tipo de IP de este perfil en IPv4 o IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="247" />
      <source>Set the IP type of this profile to IPv4.</source>
      <translation>Ponga el tipo de IP de este perfil en IPv4.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="259" />
      <source>Set the IP type of this profile to IPv4v6.</source>
      <translation>Ponga el tipo de IP de este perfil en IPv4v6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="249" />
      <source>Set the IP type of this profile to IPv6.</source>
      <translation>Ponga el tipo de IP de este perfil en IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="541" />
      <source>Sign in to the endpoint again.</source>
      <translation>Vuelva a iniciar sesión en el punto de acceso.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="81" />
      <source>Something went wrong inside cmgui (%1). The details are in the log.</source>
      <translation>Algo ha fallado dentro de cmgui (%1). Los detalles están en el registro.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="129" />
      <source>Take the SIM out, put it back in and restart the device.</source>
      <translation>Saque la SIM, vuelva a insertarla y reinicie el dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="186" />
      <source>Text messages go over mobile data in this area.</source>
      <translation>En esta zona los SMS van por datos móviles.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="285" />
      <location filename="../cmgui/common/error_words.py" line="312" />
      <source>Text messages to this number are barred.</source>
      <translation>Los SMS a este número están bloqueados.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="522" />
      <location filename="../cmgui/common/error_words.py" line="523" />
      <source>That Wi-Fi network is out of range.</source>
      <translation>Esa red Wi-Fi está fuera de alcance.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="479" />
      <location filename="../cmgui/common/error_words.py" line="481" />
      <source>The DNS server address is not valid.</source>
      <translation>La dirección del servidor DNS no es válida.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="478" />
      <source>The IP address is not valid.</source>
      <translation>La dirección IP no es válida.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="551" />
      <location filename="../cmgui/common/error_words.py" line="553" />
      <source>The PIN is blocked. Enter the PUK.</source>
      <translation>El PIN está bloqueado. Introduzca el PUK.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="562" />
      <source>The PIN was wrong.</source>
      <translation>El PIN era incorrecto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="555" />
      <source>The PUK is blocked. Only your operator can unlock this SIM now.</source>
      <translation>El PUK está bloqueado. Ahora solo su operador puede desbloquear esta SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="564" />
      <source>The PUK was wrong.</source>
      <translation>El PUK era incorrecto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="132" />
      <source>The SIM asks for its PIN2.</source>
      <translation>La SIM pide el PIN2.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="128" />
      <location filename="../cmgui/common/error_words.py" line="457" />
      <source>The SIM card cannot be read.</source>
      <translation>No se puede leer la tarjeta SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="323" />
      <source>The SIM could not take the message.</source>
      <translation>La SIM no pudo aceptar el mensaje.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="388" />
      <source>The SIM does not support this sign-in method.</source>
      <translation>La SIM no admite este método de identificación.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="126" />
      <source>The SIM is blocked.</source>
      <translation>La SIM está bloqueada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="130" />
      <source>The SIM is busy.</source>
      <translation>La SIM está ocupada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="124" />
      <source>The SIM is locked.</source>
      <translation>La SIM está bloqueada con PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="318" />
      <source>The SIM's message storage is full.</source>
      <translation>La memoria de mensajes de la SIM está llena.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="524" />
      <source>The Wi-Fi network gave no IP address.</source>
      <translation>La red Wi-Fi no asignó ninguna dirección IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="526" />
      <source>The Wi-Fi password was not accepted.</source>
      <translation>No se aceptó la contraseña de la Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="476" />
      <source>The access point name (APN) is not valid.</source>
      <translation>El nombre del punto de acceso (APN) no es válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="557" />
      <source>The code has the wrong format.</source>
      <translation>El código tiene un formato incorrecto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="372" />
      <source>The code was wrong.</source>
      <translation>El código era incorrecto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="391" />
      <source>The command was cancelled.</source>
      <translation>Se canceló la orden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="492" />
      <source>The connection is ending.</source>
      <translation>La conexión está terminando.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="563" />
      <source>The current PIN was wrong.</source>
      <translation>El PIN actual era incorrecto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="212" />
      <source>The data connection failed on the radio link.</source>
      <translation>La conexión de datos falló en el enlace de radio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="235" />
      <source>The data connection was ended.</source>
      <translation>Se terminó la conexión de datos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="387" />
      <source>The device asks for its hidden key.</source>
      <translation>El dispositivo pide su clave oculta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="361" />
      <location filename="../cmgui/common/error_words.py" line="441" />
      <source>The device cannot be reached.</source>
      <translation>No se puede acceder al dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="435" />
      <source>The device cannot provide this quality of service.</source>
      <translation>El dispositivo no puede ofrecer esta calidad de servicio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="504" />
      <source>The device could not handle the message.</source>
      <translation>El dispositivo no pudo procesar el mensaje.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="335" />
      <location filename="../cmgui/common/error_words.py" line="336" />
      <location filename="../cmgui/common/error_words.py" line="508" />
      <source>The device did not accept the message.</source>
      <translation>El dispositivo no aceptó el mensaje.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="144" />
      <source>The device did not accept these settings.</source>
      <translation>El dispositivo no aceptó esta configuración.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="74" />
      <source>The device did not answer in time.</source>
      <translation>El dispositivo no respondió a tiempo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="120" />
      <source>The device does not allow this now.</source>
      <translation>El dispositivo no lo permite ahora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="434" />
      <source>The device does not know this yet.</source>
      <translation>El dispositivo todavía no lo sabe.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="396" />
      <source>The device does not support this language or alphabet.</source>
      <translation>El dispositivo no admite este idioma o alfabeto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="121" />
      <source>The device does not support this.</source>
      <translation>El dispositivo no lo admite.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="241" />
      <source>The device does not support what the network asked for.</source>
      <translation>El dispositivo no admite lo que pidió la red.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="119" />
      <source>The device failed.</source>
      <translation>El dispositivo ha fallado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="394" />
      <source>The device is busy with something else.</source>
      <translation>El dispositivo está ocupado con otra cosa.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="362" />
      <location filename="../cmgui/common/error_words.py" line="429" />
      <source>The device is busy.</source>
      <translation>El dispositivo está ocupado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="443" />
      <source>The device is in use by another program.</source>
      <translation>Otro programa está usando el dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="135" />
      <source>The device is locked to another network or SIM.</source>
      <translation>El dispositivo está bloqueado para otra red u otra SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="452" />
      <source>The device is not connected.</source>
      <translation>El dispositivo no está conectado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="399" />
      <source>The device lacks the data it needs for this.</source>
      <translation>Al dispositivo le faltan los datos que necesita para ello.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="671" />
      <source>The device reported an error (%1).</source>
      <translation>El dispositivo informó de un error (%1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="354" />
      <location filename="../cmgui/common/error_words.py" line="402" />
      <source>The device reported an unknown error.</source>
      <translation>El dispositivo informó de un error desconocido.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="80" />
      <source>The device stopped answering (%1).</source>
      <translation>El dispositivo dejó de responder (%1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="378" />
      <source>The device's memory failed.</source>
      <translation>La memoria del dispositivo ha fallado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="375" />
      <source>The device's memory is full.</source>
      <translation>La memoria del dispositivo está llena.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="331" />
      <source>The device's message service is busy.</source>
      <translation>El servicio de mensajes del dispositivo está ocupado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="542" />
      <source>The endpoint denied access.</source>
      <translation>El punto de acceso denegó el acceso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="539" />
      <source>The endpoint rejected the access token.</source>
      <translation>El punto de acceso rechazó el token de acceso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="313" />
      <source>The message centre already has this message.</source>
      <translation>El centro de mensajes ya tiene este mensaje.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="304" />
      <source>The message centre did not accept the command.</source>
      <translation>El centro de mensajes no aceptó la orden.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="314" />
      <location filename="../cmgui/common/error_words.py" line="316" />
      <source>The message centre does not accept the validity period.</source>
      <translation>El centro de mensajes no acepta el período de validez.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="280" />
      <source>The message centre does not take this kind of message.</source>
      <translation>El centro de mensajes no acepta este tipo de mensaje.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="302" />
      <source>The message centre does not take this text encoding.</source>
      <translation>El centro de mensajes no acepta esta codificación de texto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="310" />
      <source>The message centre failed.</source>
      <translation>El centro de mensajes ha fallado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="307" />
      <source>The message centre is busy.</source>
      <translation>El centro de mensajes está ocupado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="349" />
      <source>The message centre number (SMSC) is not set.</source>
      <translation>El número del centro de mensajes (SMSC) no está configurado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="509" />
      <source>The message centre number (SMSC) is not valid.</source>
      <translation>El número del centro de mensajes (SMSC) no es válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="147" />
      <source>The message centre refused the message.</source>
      <translation>El centro de mensajes rechazó el mensaje.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="502" />
      <source>The message could not be sent in time.</source>
      <translation>No se pudo enviar el mensaje a tiempo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="500" />
      <source>The message could not be sent.</source>
      <translation>No se pudo enviar el mensaje.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="507" />
      <source>The message is no longer there.</source>
      <translation>El mensaje ya no está.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="346" />
      <source>The message storage failed.</source>
      <translation>La memoria de mensajes ha fallado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="145" />
      <source>The message storage is full.</source>
      <translation>La memoria de mensajes está llena.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="246" />
      <source>The network allows IPv4 only.</source>
      <translation>La red solo permite IPv4.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="258" />
      <source>The network allows IPv4v6 (both) only.</source>
      <translation>La red solo permite IPv4v6 (ambos).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="248" />
      <source>The network allows IPv6 only.</source>
      <translation>La red solo permite IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="250" />
      <source>The network allows one IP version per connection.</source>
      <translation>La red solo permite una versión de IP por conexión.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="98" />
      <source>The network and the device did not understand each other.</source>
      <translation>La red y el dispositivo no se entendieron.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="200" />
      <source>The network asks the device to try another cell.</source>
      <translation>La red pide al dispositivo que pruebe otra celda.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="239" />
      <source>The network asks to connect again.</source>
      <translation>La red pide que vuelva a conectarse.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="658" />
      <source>The network asks to wait %n second(s) before trying again.</source>
      <translation>
        <numerusform>La red pide esperar %n segundo antes de volver a intentarlo.</numerusform>
        <numerusform>La red pide esperar %n segundos antes de volver a intentarlo.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="211" />
      <source>The network cannot provide this broadcast service.</source>
      <translation>La red no puede ofrecer este servicio de difusión.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="256" />
      <source>The network changed the connection at the same moment.</source>
      <translation>La red cambió la conexión en ese mismo momento.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="236" />
      <location filename="../cmgui/common/error_words.py" line="261" />
      <source>The network could not agree on the quality of the connection.</source>
      <translation>La red no pudo acordar la calidad de la conexión.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="110" />
      <source>The network could not check the SIM.</source>
      <translation>La red no pudo verificar la SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="193" />
      <source>The network could not resume the call.</source>
      <translation>La red no pudo reanudar la llamada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="179" />
      <source>The network could not set up the data connection it needs.</source>
      <translation>La red no pudo establecer la conexión de datos que necesita.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="511" />
      <source>The network did not accept this code.</source>
      <translation>La red no aceptó este código.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="139" />
      <source>The network did not answer in time.</source>
      <translation>La red no respondió a tiempo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="252" />
      <source>The network did not receive the connection settings in time.</source>
      <translation>La red no recibió a tiempo la configuración de la conexión.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="216" />
      <source>The network does not accept this IP type.</source>
      <translation>La red no acepta este tipo de IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="106" />
      <source>The network does not accept this device.</source>
      <translation>La red no acepta este dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="215" />
      <source>The network does not know this APN.</source>
      <translation>La red no conoce este APN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="104" />
      <source>The network does not know this SIM.</source>
      <translation>La red no conoce esta SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="113" />
      <source>The network does not know this data connection.</source>
      <translation>La red no conoce esta conexión de datos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="245" />
      <source>The network does not let the last data connection end.</source>
      <translation>La red no deja terminar la última conexión de datos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="293" />
      <location filename="../cmgui/common/error_words.py" line="299" />
      <source>The network does not offer this message service.</source>
      <translation>La red no ofrece este servicio de mensajes.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="188" />
      <source>The network does not offer this service.</source>
      <translation>La red no ofrece este servicio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="96" />
      <source>The network failed.</source>
      <translation>La red ha fallado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="516" />
      <source>The network gave no IP address.</source>
      <translation>La red no asignó ninguna dirección IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="213" />
      <source>The network has no room for another data connection now.</source>
      <translation>La red no tiene capacidad para otra conexión de datos ahora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="97" />
      <source>The network is congested.</source>
      <translation>La red está congestionada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="163" />
      <source>The network logged the device off.</source>
      <translation>La red dio de baja al dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="161" />
      <source>The network lost track of the device.</source>
      <translation>La red perdió el rastro del dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="224" />
      <source>The network refused the connection without giving a reason.</source>
      <translation>La red rechazó la conexión sin indicar el motivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="636" />
      <source>The network refused the data connection (cause %1).</source>
      <translation>La red rechazó la conexión de datos (causa %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="640" />
      <source>The network refused the device (cause %1).</source>
      <translation>La red rechazó el dispositivo (causa %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="625" />
      <source>The network refused the message (cause %1).</source>
      <translation>La red rechazó el mensaje (causa %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="286" />
      <source>The network refused the message.</source>
      <translation>La red rechazó el mensaje.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="117" />
      <source>The network refused the traffic rules of this connection.</source>
      <translation>La red rechazó las reglas de tráfico de esta conexión.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="153" />
      <source>The network refused this SIM.</source>
      <translation>La red rechazó esta SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="218" />
      <source>The network rejected the user name or password.</source>
      <translation>La red rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="382" />
      <source>The number has characters that are not allowed.</source>
      <translation>El número tiene caracteres no permitidos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="381" />
      <source>The number is too long.</source>
      <translation>El número es demasiado largo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="221" />
      <source>The operator's gateway refused the connection.</source>
      <translation>La pasarela del operador rechazó la conexión.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="494" />
      <source>The other side cannot be reached.</source>
      <translation>No se puede contactar con el otro extremo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="423" />
      <source>The parameters are not valid.</source>
      <translation>Los parámetros no son válidos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="474" />
      <source>The password is not valid.</source>
      <translation>La contraseña no es válida.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="513" />
      <source>The phonebook is full.</source>
      <translation>La agenda está llena.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="142" />
      <source>The radio is off.</source>
      <translation>La radio está apagada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="290" />
      <source>The recipient cannot be reached now.</source>
      <translation>No se puede contactar con el destinatario ahora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="288" />
      <source>The recipient has no room for more messages.</source>
      <translation>El destinatario no tiene espacio para más mensajes.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="420" />
      <location filename="../cmgui/common/error_words.py" line="421" />
      <source>The request was malformed.</source>
      <translation>La solicitud estaba mal formada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="380" />
      <source>The text has characters the device cannot store.</source>
      <translation>El texto tiene caracteres que el dispositivo no puede guardar.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="379" />
      <source>The text is too long.</source>
      <translation>El texto es demasiado largo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="472" />
      <source>The user name is not valid.</source>
      <translation>El nombre de usuario no es válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="122" />
      <source>There is no SIM card in the device.</source>
      <translation>No hay ninguna tarjeta SIM en el dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="490" />
      <source>There is no connection to end.</source>
      <translation>No hay ninguna conexión que terminar.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="196" />
      <location filename="../cmgui/common/error_words.py" line="437" />
      <source>There is no data connection.</source>
      <translation>No hay conexión de datos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="376" />
      <source>There is no entry at this place.</source>
      <translation>No hay ninguna entrada en esta posición.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="347" />
      <source>There is no message at this place.</source>
      <translation>No hay ningún mensaje en esta posición.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="137" />
      <source>There is no network service.</source>
      <translation>No hay servicio de red.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="422" />
      <source>There is no such CMAPI function.</source>
      <translation>No existe esa función CMAPI.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="459" />
      <source>There is no such data context.</source>
      <translation>No existe ese contexto de datos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="463" />
      <source>There is no such profile.</source>
      <translation>No existe ese perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="533" />
      <source>There is no such saved Wi-Fi network.</source>
      <translation>No existe esa red Wi-Fi guardada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="271" />
      <source>This APN cannot be used beside the data connection already open.</source>
      <translation>Este APN no se puede usar junto a la conexión de datos ya abierta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="268" />
      <source>This APN cannot be used on this network with this technology.</source>
      <translation>Este APN no se puede usar en esta red con esta tecnología.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="260" />
      <location filename="../cmgui/common/error_words.py" line="265" />
      <source>This APN does not carry IP traffic.</source>
      <translation>Este APN no transporta tráfico IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="131" />
      <source>This SIM cannot be used in this device.</source>
      <translation>Esta SIM no se puede usar en este dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="319" />
      <source>This SIM cannot store messages.</source>
      <translation>Esta SIM no puede guardar mensajes.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="158" />
      <source>This SIM has no mobile data service.</source>
      <translation>Esta SIM no tiene servicio de datos móviles.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="168" />
      <source>This SIM may not roam on this network here.</source>
      <translation>Esta SIM no puede usar la itinerancia en esta red aquí.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="170" />
      <source>This SIM may not use mobile data on this network.</source>
      <translation>Esta SIM no puede usar datos móviles en esta red.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="108" />
      <source>This SIM may not use the network here.</source>
      <translation>Esta SIM no puede usar la red aquí.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="160" />
      <source>This SIM may not use this network at all.</source>
      <translation>Esta SIM no puede usar esta red en absoluto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="184" />
      <source>This SIM may not use this private cell.</source>
      <translation>Esta SIM no puede usar esta celda privada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="393" />
      <source>This SIM may only call its fixed dialling numbers.</source>
      <translation>Esta SIM solo puede llamar a sus números de marcación fija.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="520" />
      <source>This Wi-Fi network name is not valid.</source>
      <translation>Este nombre de red Wi-Fi no es válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="521" />
      <source>This Wi-Fi password is not valid.</source>
      <translation>Esta contraseña de Wi-Fi no es válida.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="537" />
      <source>This access does not allow that.</source>
      <translation>Este acceso no lo permite.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="483" />
      <source>This authentication method is not possible.</source>
      <translation>Este método de autenticación no es posible.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="405" />
      <source>This device cannot use mobile data on this network.</source>
      <translation>Este dispositivo no puede usar datos móviles en esta red.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="431" />
      <source>This device does not support that function.</source>
      <translation>Este dispositivo no admite esa función.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="390" />
      <source>This function is turned off in the device.</source>
      <translation>Esta función está desactivada en el dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="400" />
      <source>This is barred on your line.</source>
      <translation>Esto está bloqueado en su línea.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="488" />
      <source>This kind of connection is not possible now.</source>
      <translation>Este tipo de conexión no es posible ahora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="140" />
      <source>This network accepts emergency calls only: it does not let this SIM in.</source>
      <translation>Esta red solo acepta llamadas de emergencia: no admite esta SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="499" />
      <source>This network code is not valid.</source>
      <translation>Este código de red no es válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="227" />
      <location filename="../cmgui/common/error_words.py" line="263" />
      <source>This network does not offer this kind of data connection.</source>
      <translation>Esta red no ofrece este tipo de conexión de datos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="165" />
      <source>This network is forbidden for this SIM.</source>
      <translation>Esta red está prohibida para esta SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="198" />
      <source>This network may not be used where you are.</source>
      <translation>Esta red no se puede usar donde se encuentra.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="283" />
      <source>This number does not exist.</source>
      <translation>Este número no existe.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="294" />
      <source>This number is not in service.</source>
      <translation>Este número no está en servicio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="279" />
      <source>This number is not valid.</source>
      <translation>Este número no es válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="467" />
      <source>This profile is in use.</source>
      <translation>Este perfil está en uso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="464" />
      <source>This profile name cannot be used.</source>
      <translation>No se puede usar este nombre de perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="191" />
      <source>This service is not allowed on this network.</source>
      <translation>Este servicio no está permitido en esta red.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="102" />
      <source>This service is out of order on the network for now.</source>
      <translation>Este servicio está fuera de servicio en la red por ahora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="266" />
      <source>Too many data connections are open.</source>
      <translation>Hay demasiadas conexiones de datos abiertas.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="446" />
      <source>Too many devices are open.</source>
      <translation>Hay demasiados dispositivos abiertos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="88" />
      <source>Try again in a minute.</source>
      <translation>Inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="225" />
      <location filename="../cmgui/common/error_words.py" line="637" />
      <source>Try again in a minute; if it fails again, check this profile.</source>
      <translation>Inténtelo de nuevo dentro de un minuto; si vuelve a fallar, compruebe este perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="130" />
      <location filename="../cmgui/common/error_words.py" line="332" />
      <location filename="../cmgui/common/error_words.py" line="362" />
      <location filename="../cmgui/common/error_words.py" line="395" />
      <location filename="../cmgui/common/error_words.py" line="429" />
      <location filename="../cmgui/common/error_words.py" line="493" />
      <source>Try again in a moment.</source>
      <translation>Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="289" />
      <location filename="../cmgui/common/error_words.py" line="291" />
      <source>Try again later.</source>
      <translation>Inténtelo más tarde.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="257" />
      <source>Try again.</source>
      <translation>Inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="89" />
      <source>Try again; if it keeps failing, restart the device.</source>
      <translation>Inténtelo de nuevo; si sigue fallando, reinicie el dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="142" />
      <source>Turn the radio on.</source>
      <translation>Encienda la radio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="538" />
      <source>Use a token with full access.</source>
      <translation>Use un token con acceso completo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="530" />
      <source>Wi-Fi is turned off.</source>
      <translation>La Wi-Fi está desactivada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="548" />
      <source>Wrong PIN</source>
      <translation>PIN incorrecto</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="550" />
      <source>Wrong PUK</source>
      <translation>PUK incorrecto</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="549" />
      <source>Wrong current PIN</source>
      <translation>PIN actual incorrecto</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="210" />
      <source>Your operator has barred mobile data for this SIM.</source>
      <translation>Su operador ha bloqueado los datos móviles de esta SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="284" />
      <source>Your operator has barred sending text messages.</source>
      <translation>Su operador ha bloqueado el envío de SMS.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="297" />
      <source>Your subscription does not include sending text messages.</source>
      <translation>Su contrato no incluye el envío de SMS.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="229" />
      <source>Your subscription does not include this APN.</source>
      <translation>Su contrato no incluye este APN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="308" />
      <source>Your subscription does not include this message centre.</source>
      <translation>Su contrato no incluye este centro de mensajes.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="100" />
      <source>Your subscription does not include this service.</source>
      <translation>Su contrato no incluye este servicio.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="44" />
      <source>admin</source>
      <translation>administrador</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="50" />
      <source>cancel jobs</source>
      <translation>cancelar trabajos</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="47" />
      <source>change SIM states</source>
      <translation>cambiar el estado de las SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="51" />
      <source>manage the team</source>
      <translation>gestionar el equipo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="43" />
      <source>operator</source>
      <translation>operador</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="48" />
      <source>queue jobs</source>
      <translation>poner trabajos en cola</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="46" />
      <source>read the team's data</source>
      <translation>leer los datos del equipo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="49" />
      <source>send SMS</source>
      <translation>enviar SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="43" />
      <source>viewer</source>
      <translation>lector</translation>
    </message>
  </context>
  <context>
    <name>Fleet</name>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="87" />
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
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
      <translation>Visto por última vez</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="48" />
      <source>MSISDN</source>
      <translation>MSISDN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="50" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="51" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="52" />
      <source>Platform status</source>
      <translation>Estado en la plataforma</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="43" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="45" />
      <source>Usage</source>
      <translation>Consumo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="60" />
      <source>changed</source>
      <translation>cambiado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="63" />
      <source>delivered</source>
      <translation>entregado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="61" />
      <source>failed</source>
      <translation>fallido</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="62" />
      <source>pending</source>
      <translation>pendiente</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="61" />
      <source>refused</source>
      <translation>rechazado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="62" />
      <source>sent</source>
      <translation>enviado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="60" />
      <source>unchanged</source>
      <translation>sin cambios</translation>
    </message>
  </context>
  <context>
    <name>FleetController</name>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="152" />
      <source>Adding the account</source>
      <translation>Añadiendo la cuenta</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="159" />
      <source>Cannot read %1: %2</source>
      <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="329" />
      <source>Cannot write %1: %2</source>
      <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="218" />
      <source>Changing the status</source>
      <translation>Cambiando el estado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="333" />
      <source>Exporting</source>
      <translation>Exportando</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="297" />
      <source>Reading the CDRs</source>
      <translation>Leyendo los CDR</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="277" />
      <source>Reading the SIM</source>
      <translation>Leyendo la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="201" />
      <source>Reading the SIMs</source>
      <translation>Leyendo las SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="231" />
      <source>Resuming the job</source>
      <translation>Reanudando la tarea</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="310" />
      <source>Sending the SMS</source>
      <translation>Enviando el SMS</translation>
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
        <numerusform>%n SIM escrita en %1</numerusform>
        <numerusform>%n SIM escritas en %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="614" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n carácter</numerusform>
        <numerusform>%n caracteres</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="615" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n mensaje</numerusform>
        <numerusform>%n mensajes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="223" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n registro</numerusform>
        <numerusform>%n registros</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="232" />
      <source>&amp;Account:</source>
      <translation>&amp;Cuenta:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="666" />
      <source>&amp;Queue for the team</source>
      <translation>Poner en &amp;cola para el equipo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="239" />
      <source>&amp;Refresh</source>
      <translation>&amp;Actualizar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="243" />
      <source>Add a fleet account</source>
      <translation>Añadir una cuenta de flota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="242" />
      <source>Add…</source>
      <translation>Añadir…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="484" />
      <source>All backends</source>
      <translation>Todos los backends</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="481" />
      <source>All statuses</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="198" />
      <location filename="../cmgui/views/fleet_page.py" line="449" />
      <source>Audit log</source>
      <translation>Registro de auditoría</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="357" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="271" />
      <source>Backend filter</source>
      <translation>Filtro de backend</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="388" />
      <source>CDRs</source>
      <translation>CDR</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="755" />
      <source>CSV files (*.csv)</source>
      <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="650" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="386" />
      <source>Call detail records</source>
      <translation>Registros detallados de llamadas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="436" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="437" />
      <source>Cancel the status change</source>
      <translation>Cancelar el cambio de estado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="665" />
      <source>Change &amp;now</source>
      <translation>Cambiar &amp;ahora</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="282" />
      <source>Change status</source>
      <translation>Cambiar el estado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="639" />
      <location filename="../cmgui/views/fleet_page.py" line="659" />
      <source>Change the status</source>
      <translation>Cambiar el estado</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="640" />
      <location filename="../cmgui/views/fleet_page.py" line="660" />
      <source>Change the status of %n SIM(s) to %1?</source>
      <translation>
        <numerusform>¿Cambiar el estado de %n SIM a %1?</numerusform>
        <numerusform>¿Cambiar el estado de %n SIM a %1?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="682" />
      <source>Changing %n SIM(s) to %1</source>
      <translation>
        <numerusform>Cambiando %n SIM a %1</numerusform>
        <numerusform>Cambiando %n SIM a %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="277" />
      <source>Columns</source>
      <translation>Columnas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="193" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="295" />
      <source>Export CSV…</source>
      <translation>Exportar a CSV…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="754" />
      <source>Export SIMs</source>
      <translation>Exportar las SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="186" />
      <source>Fleet</source>
      <translation>Flota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="235" />
      <source>Fleet account</source>
      <translation>Cuenta de flota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="749" />
      <source>Forget the account %1 and its secret?</source>
      <translation>¿Olvidar la cuenta %1 y su secreto?</translation>
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
      <translation>Identidad</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="187" />
      <source>IoT SIMs on your platforms: find them, change their status, read their usage and CDRs, send them SMS.</source>
      <translation>Las SIM IoT de sus plataformas: búsquelas, cambie su estado, consulte su consumo y sus CDR, envíeles SMS.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="707" />
      <source>Job %1: %2 of %n SIM(s) changed.</source>
      <translation>
        <numerusform>Tarea %1: %2 de %n SIM cambiada.</numerusform>
        <numerusform>Tarea %1: %2 de %n SIM cambiadas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="379" />
      <source>Load the last 30 days</source>
      <translation>Cargar los últimos 30 días</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="358" />
      <source>MSISDN</source>
      <translation>MSISDN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="420" />
      <source>Message length</source>
      <translation>Longitud del mensaje</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="412" />
      <source>Message text</source>
      <translation>Texto del mensaje</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="359" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="566" />
      <source>No usage reported</source>
      <translation>Sin consumo notificado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="373" />
      <source>Overview</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="374" />
      <location filename="../cmgui/views/fleet_page.py" line="375" />
      <source>Packages</source>
      <translation>Paquetes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="359" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="435" />
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="693" />
      <source>Queued as job %1: the team's server changes the SIMs.</source>
      <translation>En cola como trabajo %1: el servidor del equipo cambia las SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="662" />
      <source>Queued, the team's server (cmcli serve --team) changes them, even after cmgui is closed; the audit log shows the job once it runs.</source>
      <translation>En cola, el servidor del equipo (cmcli serve --team) las cambia, incluso después de cerrar cmgui; el registro de auditoría muestra el trabajo en cuanto se ejecuta.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="240" />
      <source>Read every SIM from the platform again</source>
      <translation>Volver a leer todas las SIM de la plataforma</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="245" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="748" />
      <source>Remove the account</source>
      <translation>Quitar la cuenta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="246" />
      <source>Remove the fleet account</source>
      <translation>Quitar la cuenta de flota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="452" />
      <source>Resume the job</source>
      <translation>Reanudar la tarea</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="732" />
      <source>Resuming job %1</source>
      <translation>Reanudando la tarea %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="453" />
      <source>Run a job that was cut off again; SIMs it changed already are left alone</source>
      <translation>Volver a ejecutar una tarea interrumpida; las SIM ya cambiadas no se tocan</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="421" />
      <source>S&amp;end</source>
      <translation>&amp;Enviar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="351" />
      <source>SIM details</source>
      <translation>Detalles de la SIM</translation>
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
      <translation>SIM de un archivo CSV → %1…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="649" />
      <source>SIMs to change</source>
      <translation>SIM que cambiar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="389" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="628" />
      <source>SMS sent (%1)</source>
      <translation>SMS enviado (%1)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="408" />
      <source>SMS with this SIM</source>
      <translation>SMS con esta SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="264" />
      <source>Search ICCID, IMSI, MSISDN, IMEI or name</source>
      <translation>Buscar ICCID, IMSI, MSISDN, IMEI o nombre</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="265" />
      <source>Search SIMs</source>
      <translation>Buscar SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="287" />
      <source>Selected SIMs → %1</source>
      <translation>SIM seleccionadas → %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="356" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="716" />
      <source>Status change</source>
      <translation>Cambio de estado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="269" />
      <source>Status filter</source>
      <translation>Filtro de estado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="585" />
      <source>This platform does not send SMS to SIMs</source>
      <translation>Esta plataforma no envía SMS a las SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="363" />
      <source>Usage</source>
      <translation>Consumo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="411" />
      <location filename="../cmgui/views/fleet_page.py" line="584" />
      <source>Write a message to the SIM</source>
      <translation>Escribir un mensaje a la SIM</translation>
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
      <translation>Bloqueado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="40" />
      <source>Connected</source>
      <translation>Conectado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="39" />
      <source>Connecting…</source>
      <translation>Conectando…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="38" />
      <source>Disconnected</source>
      <translation>Desconectado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="41" />
      <source>Disconnecting…</source>
      <translation>Desconectando…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="31" />
      <source>Emergency calls only</source>
      <translation>Solo llamadas de emergencia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="24" />
      <source>Home network</source>
      <translation>Red propia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="29" />
      <source>Home network (SMS only)</source>
      <translation>Red propia (solo SMS)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="52" />
      <source>No SIM card</source>
      <translation>Sin tarjeta SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="16" />
      <source>Not available</source>
      <translation>No disponible</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="12" />
      <source>Not open</source>
      <translation>No abierto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="23" />
      <source>Not registered</source>
      <translation>No registrado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="13" />
      <source>Opening…</source>
      <translation>Abriendo…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="49" />
      <source>PIN required</source>
      <translation>PIN necesario</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="50" />
      <source>PUK required</source>
      <translation>PUK necesario</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="14" />
      <source>Ready</source>
      <translation>Listo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="26" />
      <source>Registration denied</source>
      <translation>Registro denegado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="28" />
      <source>Roaming</source>
      <translation>Itinerancia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="30" />
      <source>Roaming (SMS only)</source>
      <translation>Itinerancia (solo SMS)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="53" />
      <source>SIM card failure</source>
      <translation>Fallo de la tarjeta SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="15" />
      <source>SIM locked</source>
      <translation>SIM bloqueada con PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="25" />
      <source>Searching…</source>
      <translation>Buscando…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="27" />
      <source>Unknown</source>
      <translation>Desconocido</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="48" />
      <source>Unlocked</source>
      <translation>Desbloqueada</translation>
    </message>
  </context>
  <context>
    <name>GatewayController</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="416" />
      <source>Fetching received messages</source>
      <translation>Obteniendo los mensajes recibidos</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="470" />
      <source>Sending %n message(s)</source>
      <translation>
        <numerusform>Enviando %n mensaje</numerusform>
        <numerusform>Enviando %n mensajes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="434" />
      <source>The file %1 cannot be read: %2</source>
      <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="438" />
      <source>The file %1 cannot be used: %2</source>
      <translation>No se puede usar el archivo %1: %2</translation>
    </message>
  </context>
  <context>
    <name>GatewayPage</name>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="330" />
      <source>%1 % of %2 MiB</source>
      <translation>%1 % de %2 MiB</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="401" />
      <source>%1 of %2 done: %3 sent, %4 failed</source>
      <translation>%1 de %2 hechos: %3 enviados, %4 fallidos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="121" />
      <source>%1 presents a certificate no authority vouches for (self-signed), with SHA-256 %2. Trust it only if the gateway's web UI shows the same fingerprint.</source>
      <translation>%1 presenta un certificado que ninguna autoridad avala (autofirmado), con SHA-256 %2. Confíe en él solo si la interfaz web de la pasarela muestra la misma huella.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/gateway_page.py" line="343" />
      <source>%n recipient(s) from %1</source>
      <translation>
        <numerusform>%n destinatario de %1</numerusform>
        <numerusform>%n destinatarios de %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="140" />
      <source>&amp;Address:</source>
      <translation>&amp;Dirección:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="149" />
      <source>&amp;Connect</source>
      <translation>&amp;Conectar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="266" />
      <source>&amp;Fetch new messages</source>
      <translation>&amp;Obtener mensajes nuevos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="213" />
      <source>&amp;Message:</source>
      <translation>&amp;Mensaje:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="221" />
      <source>&amp;Ports:</source>
      <translation>&amp;Puertos:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="230" />
      <source>&amp;Queue for the team</source>
      <translation>Poner en &amp;cola para el equipo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="227" />
      <source>&amp;Send</source>
      <translation>&amp;Enviar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="103" />
      <source>&amp;Trust this certificate</source>
      <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="191" />
      <source>&amp;Use this port</source>
      <translation>&amp;Usar este puerto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="207" />
      <source>A CSV file with a header row: number, then param columns for #param#, optionally user_id.</source>
      <translation>Un archivo CSV con una fila de encabezado: number, luego columnas param para #param#, opcionalmente user_id.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="226" />
      <source>Ask for &amp;delivery reports</source>
      <translation>Pedir &amp;confirmaciones de entrega</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="201" />
      <source>Bulk SMS</source>
      <translation>SMS masivos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="174" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="167" />
      <source>CPU load of the gateway</source>
      <translation>Carga de CPU de la pasarela</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="341" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="281" />
      <source>Cancel &amp;job</source>
      <translation>Cancelar &amp;trabajo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="283" />
      <source>Cancel the selected job if no server has taken it yet</source>
      <translation>Cancelar el trabajo elegido si ningún servidor lo ha tomado aún</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="95" />
      <source>Certificate</source>
      <translation>Certificado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="368" />
      <source>Choose a recipients file and write the message first.</source>
      <translation>Elija primero un archivo de destinatarios y escriba el mensaje.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="205" />
      <source>Choose the recipients file (CSV)</source>
      <translation>Elegir el archivo de destinatarios (CSV)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="150" />
      <source>Connect to the gateway</source>
      <translation>Conectar con la pasarela</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="69" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="407" />
      <source>Every message was sent.</source>
      <translation>Se enviaron todos los mensajes.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="64" />
      <source>Every port of a gateway at a glance, bulk SMS from a file, and what all ports received. A port opens like a modem: double-click it.</source>
      <translation>Todos los puertos de una pasarela de un vistazo, SMS masivos desde un archivo y lo que han recibido todos los puertos. Un puerto se abre como un módem: haga doble clic en él.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="268" />
      <source>Fetch and archive the messages every port received</source>
      <translation>Obtener y archivar los mensajes recibidos por todos los puertos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="138" />
      <source>Gateway</source>
      <translation>Pasarela</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="144" />
      <source>Gateway address</source>
      <translation>Dirección de la pasarela</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="216" />
      <source>Hello #param#, …</source>
      <translation>Hola #param#, …</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="156" />
      <source>Log in to a gateway once, then pick it here: %1</source>
      <translation>Inicie sesión una vez en una pasarela y luego elíjala aquí: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="177" />
      <source>Memory</source>
      <translation>Memoria</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="171" />
      <source>Memory used on the gateway</source>
      <translation>Memoria usada en la pasarela</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="215" />
      <source>Message template</source>
      <translation>Plantilla del mensaje</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="193" />
      <source>Open the selected port like a modem</source>
      <translation>Abrir el puerto seleccionado como un módem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="184" />
      <source>Ports</source>
      <translation>Puertos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="365" />
      <source>Ports are numbers from 0 to 31 separated by commas.</source>
      <translation>Los puertos son números del 0 al 31 separados por comas.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="185" />
      <source>Ports of the gateway</source>
      <translation>Puertos de la pasarela</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="223" />
      <source>Ports to send on</source>
      <translation>Puertos de envío</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="232" />
      <source>Queue the messages for the team's server</source>
      <translation>Poner los mensajes en cola para el servidor del equipo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="386" />
      <source>Queued as job %1: the team's server sends it.</source>
      <translation>En cola como trabajo %1: el servidor del equipo lo envía.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="261" />
      <source>Received messages</source>
      <translation>Mensajes recibidos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="260" />
      <source>Received on all ports</source>
      <translation>Recibidos en todos los puertos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="341" />
      <source>Recipients</source>
      <translation>Destinatarios</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="204" />
      <source>Recipients &amp;file…</source>
      <translation>&amp;Archivo de destinatarios…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="254" />
      <source>Recipients, messages and results</source>
      <translation>Destinatarios, mensajes y resultados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="63" />
      <source>SMS gateways</source>
      <translation>Pasarelas SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="228" />
      <source>Send the messages</source>
      <translation>Enviar los mensajes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="248" />
      <source>Sending progress</source>
      <translation>Progreso del envío</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="275" />
      <source>Team jobs</source>
      <translation>Trabajos del equipo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="117" />
      <source>The certificate of %1 has changed. It now presents SHA-256 %2; the pinned one was %3. Trust the new one only if the gateway's web UI shows the same fingerprint.</source>
      <translation>El certificado de %1 ha cambiado. Ahora presenta SHA-256 %2; el fijado era %3. Confíe en el nuevo solo si la interfaz web de la pasarela muestra la misma huella.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="276" />
      <source>The team's queued jobs</source>
      <translation>Los trabajos en cola del equipo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="233" />
      <source>The team's server (cmcli serve --team) sends them, even after cmgui is closed; every desktop sees the job below.</source>
      <translation>El servidor del equipo (cmcli serve --team) los envía, incluso después de cerrar cmgui; cada escritorio ve el trabajo abajo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="105" />
      <source>Trust the certificate the gateway presents</source>
      <translation>Confiar en el certificado que presenta la pasarela</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="224" />
      <source>any free port (or e.g. 0,3)</source>
      <translation>cualquier puerto libre (o p. ej. 0,3)</translation>
    </message>
  </context>
  <context>
    <name>InboundTableModel</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="248" />
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>Port</source>
      <translation>Puerto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../cmgui/views/main_window.py" line="483" />
      <source>%1 has a data connection up. Switch to another device? The connection stays up, but cmgui stops showing and counting it.</source>
      <translation>%1 tiene una conexión de datos activa. ¿Cambiar a otro dispositivo? La conexión sigue activa, pero cmgui deja de mostrarla y de contarla.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="378" />
      <source>&amp;Device:</source>
      <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="410" />
      <source>&amp;Retry</source>
      <translation>&amp;Reintentar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="486" />
      <source>&amp;Switch</source>
      <translation>&amp;Cambiar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="383" />
      <source>Add a remote device</source>
      <translation>Añadir un dispositivo remoto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="382" />
      <source>Add a remote device…</source>
      <translation>Añadir un dispositivo remoto…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="158" />
      <source>Connection</source>
      <translation>Conexión</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="456" />
      <source>Connection state</source>
      <translation>Estado de la conexión</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="379" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="158" />
      <source>Devices</source>
      <translation>Dispositivos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="412" />
      <source>Dismiss the message</source>
      <translation>Descartar el mensaje</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="409" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="160" />
      <source>Fleet</source>
      <translation>Flota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="380" />
      <location filename="../cmgui/views/main_window.py" line="381" />
      <source>Look for devices again</source>
      <translation>Volver a buscar dispositivos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="424" />
      <source>Message archive problem</source>
      <translation>Problema con el archivo de mensajes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="159" />
      <source>Messages</source>
      <translation>Mensajes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="515" />
      <source>No device</source>
      <translation>Ningún dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="411" />
      <source>Open the device again</source>
      <translation>Volver a abrir el dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="454" />
      <source>Operator</source>
      <translation>Operador</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="161" />
      <source>SMS gateways</source>
      <translation>Pasarelas SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="163" />
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="160" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="159" />
      <source>Statistics</source>
      <translation>Estadísticas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="483" />
      <source>Switch device</source>
      <translation>Cambiar de dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="455" />
      <source>Technology</source>
      <translation>Tecnología</translation>
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
      <translation>Eliminando mensajes</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="282" />
      <source>Marking messages read</source>
      <translation>Marcando los mensajes como leídos</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="180" />
      <source>Reading a new message</source>
      <translation>Leyendo un mensaje nuevo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="142" />
      <source>Reading messages</source>
      <translation>Leyendo los mensajes</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="250" />
      <source>Sending the message</source>
      <translation>Enviando el mensaje</translation>
    </message>
  </context>
  <context>
    <name>MessagesPage</name>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="452" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n carácter</numerusform>
        <numerusform>%n caracteres</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="454" />
      <source>%n left</source>
      <translation>
        <numerusform>queda %n</numerusform>
        <numerusform>quedan %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="453" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n mensaje</numerusform>
        <numerusform>%n mensajes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="379" />
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="347" />
      <source>&amp;New message</source>
      <translation>Mensaje &amp;nuevo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="372" />
      <source>&amp;To:</source>
      <translation>&amp;Para:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="349" />
      <source>&amp;USSD…</source>
      <translation>&amp;USSD…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="368" />
      <source>Choose a conversation or write a new message.</source>
      <translation>Elija una conversación o escriba un mensaje nuevo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="343" />
      <source>Conversations</source>
      <translation>Conversaciones</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="485" />
      <source>Delete %n message(s) from the archive and from the device?</source>
      <translation>
        <numerusform>¿Eliminar %n mensaje del archivo y del dispositivo?</numerusform>
        <numerusform>¿Eliminar %n mensajes del archivo y del dispositivo?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="484" />
      <source>Delete messages</source>
      <translation>Eliminar mensajes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="380" />
      <source>Delete the selected messages</source>
      <translation>Eliminar los mensajes seleccionados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="325" />
      <source>Every message read from or sent with your devices, and USSD services.</source>
      <translation>Todos los mensajes recibidos o enviados con sus dispositivos y los servicios USSD.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="394" />
      <source>Message length</source>
      <translation>Longitud del mensaje</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="386" />
      <source>Message text</source>
      <translation>Texto del mensaje</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="324" />
      <source>Messages</source>
      <translation>Mensajes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="435" />
      <source>Messages matching “%1”</source>
      <translation>Mensajes que contienen «%1»</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="366" />
      <source>Messages of the conversation</source>
      <translation>Mensajes de la conversación</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="438" />
      <source>New message</source>
      <translation>Mensaje nuevo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="350" />
      <source>Open the USSD dialog</source>
      <translation>Abrir el diálogo USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="374" />
      <source>Phone number</source>
      <translation>Número de teléfono</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="375" />
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="396" />
      <source>S&amp;end</source>
      <translation>&amp;Enviar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="334" />
      <location filename="../cmgui/views/messages_page.py" line="335" />
      <source>Search messages</source>
      <translation>Buscar en los mensajes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="397" />
      <source>Send (Ctrl+Enter)</source>
      <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="385" />
      <source>Write a message</source>
      <translation>Escriba un mensaje</translation>
    </message>
  </context>
  <context>
    <name>Models</name>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="51" />
      <source>(hidden network)</source>
      <translation>(red oculta)</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="73" />
      <source>APN</source>
      <translation>APN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="245" />
      <source>Account</source>
      <translation>Cuenta</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="25" />
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="42" />
      <source>Available</source>
      <translation>Disponible</translation>
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
      <translation>Cambiar</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="68" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="56" />
      <source>Connected</source>
      <translation>Conectado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="42" />
      <source>Current</source>
      <translation>Actual</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="54" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="75" />
      <location filename="../cmgui/controllers/connection_models.py" line="76" />
      <source>Default</source>
      <translation>Predeterminado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="33" />
      <source>Delivered</source>
      <translation>Entregado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="71" />
      <source>Detail</source>
      <translation>Detalle</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="24" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="68" />
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="41" />
      <source>Duration</source>
      <translation>Duración</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="217" />
      <source>Expires</source>
      <translation>Caduca</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="63" />
      <source>For</source>
      <translation>Para</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="43" />
      <source>Forbidden</source>
      <translation>Prohibida</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="36" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="43" />
      <source>From %1</source>
      <translation>De %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="51" />
      <source>Home</source>
      <translation>Red propia</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="74" />
      <source>IP type</source>
      <translation>Tipo de IP</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="243" />
      <location filename="../cmgui/controllers/team_jobs.py" line="60" />
      <source>Job</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="230" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="57" />
      <source>Known</source>
      <translation>Conocida</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="53" />
      <source>Last message</source>
      <translation>Último mensaje</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="72" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="50" />
      <location filename="../cmgui/controllers/ussd.py" line="29" />
      <location filename="../cmgui/controllers/wlan_models.py" line="62" />
      <location filename="../cmgui/controllers/wlan_models.py" line="90" />
      <source>Network</source>
      <translation>Red</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="66" />
      <source>Network code</source>
      <translation>Código de red</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="33" />
      <source>Not delivered</source>
      <translation>No entregado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="51" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="65" />
      <source>Operator</source>
      <translation>Operador</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="219" />
      <source>Order</source>
      <translation>Pedido</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="252" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="211" />
      <source>Package</source>
      <translation>Paquete</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="234" />
      <source>Peer / network</source>
      <translation>Interlocutor / red</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="93" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="43" />
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="47" />
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="235" />
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="51" />
      <source>Roaming</source>
      <translation>Itinerancia</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="63" />
      <location filename="../cmgui/controllers/wlan_models.py" line="91" />
      <source>Security</source>
      <translation>Seguridad</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="32" />
      <source>Sending…</source>
      <translation>Enviando…</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="44" />
      <location filename="../cmgui/controllers/message_models.py" line="32" />
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="65" />
      <source>Signal</source>
      <translation>Señal</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="228" />
      <source>Start</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="38" />
      <source>Started</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="251" />
      <location filename="../cmgui/controllers/team_jobs.py" line="67" />
      <location filename="../cmgui/controllers/wlan_models.py" line="72" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="68" />
      <location filename="../cmgui/controllers/fleet_models.py" line="212" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="67" />
      <source>Technology</source>
      <translation>Tecnología</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="37" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="35" />
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="43" />
      <source>To %1</source>
      <translation>Para %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="43" />
      <source>Unknown</source>
      <translation>Desconocido</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="56" />
      <source>Unread</source>
      <translation>Sin leer</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="213" />
      <source>Used</source>
      <translation>Consumido</translation>
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
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="249" />
      <location filename="../cmgui/controllers/team_jobs.py" line="65" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="248" />
      <location filename="../cmgui/controllers/team_jobs.py" line="64" />
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="29" />
      <source>You</source>
      <translation>Usted</translation>
    </message>
  </context>
  <context>
    <name>NetworkController</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="374" />
      <source>Changing the network mode</source>
      <translation>Cambiando el modo de red</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="349" />
      <source>Reading the radio details</source>
      <translation>Leyendo los detalles de radio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="342" />
      <source>Registering</source>
      <translation>Registrándose</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="306" />
      <source>Searching for networks</source>
      <translation>Buscando redes</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="365" />
      <source>Switching the radio</source>
      <translation>Cambiando la radio</translation>
    </message>
  </context>
  <context>
    <name>OperationBar</name>
    <message>
      <location filename="../cmgui/views/widgets.py" line="159" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/widgets.py" line="160" />
      <source>Cancel the running operation</source>
      <translation>Cancelar la operación en curso</translation>
    </message>
    <message>
      <location filename="../cmgui/views/widgets.py" line="156" />
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="114" />
      <source>&amp;Again:</source>
      <translation>&amp;Repetir:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="111" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="127" />
      <source>&amp;Set passphrase</source>
      <translation>&amp;Establecer frase de contraseña</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="127" />
      <source>&amp;Unlock</source>
      <translation>&amp;Desbloquear</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="96" />
      <source>Choose a passphrase</source>
      <translation>Elegir una frase de contraseña</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="129" />
      <source>Go on &amp;without</source>
      <translation>Continuar &amp;sin ella</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="110" />
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="112" />
      <source>Passphrase again</source>
      <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="103" />
      <source>Type the passphrase of the encrypted file (%1) to use the passwords and tokens kept in it.</source>
      <translation>Escriba la frase de contraseña del archivo cifrado (%1) para usar las contraseñas y los tokens que contiene.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="102" />
      <source>Unlock your secrets</source>
      <translation>Desbloquear sus secretos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="97" />
      <source>cmgui keeps passwords and tokens in an encrypted file, %1. Choose the passphrase that protects it; you give it once each time cmgui starts. Without it the secrets in the file cannot be recovered.</source>
      <translation>cmgui guarda las contraseñas y los tokens en un archivo cifrado, %1. Elija la frase de contraseña que lo protege; la escribirá una vez cada vez que se inicie cmgui. Sin ella, los secretos del archivo no se pueden recuperar.</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="164" />
      <source>%n PIN attempt(s) left</source>
      <translation>
        <numerusform>Queda %n intento de PIN</numerusform>
        <numerusform>Quedan %n intentos de PIN</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="162" />
      <source>%n PUK attempt(s) left</source>
      <translation>
        <numerusform>Queda %n intento de PUK</numerusform>
        <numerusform>Quedan %n intentos de PUK</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="186" />
      <source>A PIN has 4 to 8 digits.</source>
      <translation>Un PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="135" />
      <source>Anyone with this SIM card can use it without a PIN once it is off.</source>
      <translation>Una vez desactivado, cualquiera podrá usar esta tarjeta SIM sin PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="144" />
      <source>Change</source>
      <translation>Cambiar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="140" />
      <source>Change PIN</source>
      <translation>Cambiar el PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="255" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="193" />
      <source>Confirm the last attempt first.</source>
      <translation>Confirme primero el último intento.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="142" />
      <source>Current PIN:</source>
      <translation>PIN actual:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="141" />
      <source>Enter the current PIN and the new one twice.</source>
      <translation>Introduzca el PIN actual y, dos veces, el nuevo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="92" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="71" />
      <source>I understand, try this last time</source>
      <translation>Entendido, probar este último intento</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="75" />
      <source>Kept in the system keyring. It is sent for you only while at least two attempts are left, and forgotten if the SIM ever rejects it.</source>
      <translation>Se guarda en el llavero del sistema. Solo se envía por usted mientras queden al menos dos intentos, y se olvida si la SIM lo rechaza alguna vez.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="171" />
      <source>Last attempt: a wrong PIN blocks the SIM card and you will need the PUK.</source>
      <translation>Último intento: un PIN incorrecto bloquea la tarjeta SIM y necesitará el PUK.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="167" />
      <source>Last attempt: a wrong PUK blocks the SIM card for good. Only your operator can replace it.</source>
      <translation>Último intento: un PUK incorrecto bloquea la tarjeta SIM para siempre. Solo su operador puede sustituirla.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="61" />
      <source>New PIN</source>
      <translation>PIN nuevo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="125" />
      <location filename="../cmgui/views/pin_dialogs.py" line="142" />
      <source>New PIN:</source>
      <translation>PIN nuevo:</translation>
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
      <translation>&amp;Recordar el PIN en este ordenador</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="74" />
      <source>Remember the PIN on this computer</source>
      <translation>Recordar el PIN en este ordenador</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="62" />
      <source>Repeat new PIN</source>
      <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="126" />
      <location filename="../cmgui/views/pin_dialogs.py" line="143" />
      <source>Repeat new PIN:</source>
      <translation>Repita el PIN nuevo:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="122" />
      <source>The PIN is blocked after too many wrong entries. Enter the PUK from the SIM card's holder, then choose a new PIN.</source>
      <translation>El PIN está bloqueado tras demasiados intentos erróneos. Introduzca el PUK que figura en el soporte de la tarjeta SIM y elija un PIN nuevo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="238" />
      <source>The PIN is changed. Use the new PIN from now on.</source>
      <translation>El PIN se ha cambiado. Use el PIN nuevo a partir de ahora.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="237" />
      <source>The PIN is off.</source>
      <translation>El PIN está desactivado.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="236" />
      <source>The PIN is on: the SIM will ask for it when it starts.</source>
      <translation>El PIN está activado: la SIM lo pedirá al arrancar.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="184" />
      <source>The PUK has 8 digits.</source>
      <translation>El PUK tiene 8 dígitos.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="117" />
      <source>The SIM card is locked. Enter its PIN to use it.</source>
      <translation>La tarjeta SIM está bloqueada. Introduzca su PIN para usarla.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="235" />
      <source>The SIM is unblocked and has the new PIN.</source>
      <translation>La SIM está desbloqueada y tiene el PIN nuevo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="130" />
      <source>The SIM will ask for this PIN whenever it starts.</source>
      <translation>La SIM pedirá este PIN cada vez que arranque.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="189" />
      <source>The new PIN needs 4 to 8 digits.</source>
      <translation>El PIN nuevo necesita de 4 a 8 dígitos.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="191" />
      <source>The two new PINs differ.</source>
      <translation>Los dos PIN nuevos no coinciden.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="134" />
      <source>Turn PIN off</source>
      <translation>Desactivar el PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="129" />
      <source>Turn PIN on</source>
      <translation>Activar el PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="138" />
      <source>Turn off</source>
      <translation>Desactivar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="132" />
      <source>Turn on</source>
      <translation>Activar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="127" />
      <source>Unblock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="121" />
      <source>Unblock SIM</source>
      <translation>Desbloquear la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="119" />
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="116" />
      <source>Unlock SIM</source>
      <translation>Desbloquear la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="82" />
      <source>Why the button is not available</source>
      <translation>Por qué el botón no está disponible</translation>
    </message>
  </context>
  <context>
    <name>PlanEditor</name>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="32" />
      <source>&amp;Billing period starts on day:</source>
      <translation>El período de &amp;facturación empieza el día:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="50" />
      <source>&amp;Save plan</source>
      <translation>&amp;Guardar el plan</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="40" />
      <source>&amp;Warn at (% of the limit):</source>
      <translation>&amp;Avisar al (% del límite):</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="31" />
      <source>Billing day</source>
      <translation>Día de facturación</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="42" />
      <source>D&amp;isconnect when the limit is reached</source>
      <translation>&amp;Desconectar al alcanzar el límite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="25" />
      <source>Data plan of this SIM</source>
      <translation>Plan de datos de esta SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="48" />
      <source>Data plan status</source>
      <translation>Estado del plan de datos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="34" />
      <source>Monthly &amp;limit:</source>
      <translation>&amp;Límite mensual:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="33" />
      <source>Monthly limit</source>
      <translation>Límite mensual</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="63" />
      <source>No limit</source>
      <translation>Sin límite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="36" />
      <source>R&amp;oaming limit:</source>
      <translation>Límite en &amp;itinerancia:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="35" />
      <source>Roaming limit</source>
      <translation>Límite en itinerancia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="51" />
      <source>Save the data plan</source>
      <translation>Guardar el plan de datos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="96" />
      <source>Saved.</source>
      <translation>Guardado.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="80" />
      <source>Unlock a SIM to set its plan; usage is counted per SIM.</source>
      <translation>Desbloquee una SIM para configurar su plan; el consumo se cuenta por SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="39" />
      <source>Warning thresholds in percent</source>
      <translation>Umbrales de aviso en porcentaje</translation>
    </message>
  </context>
  <context>
    <name>PortTableModel</name>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="123" />
      <source>%n min ago</source>
      <translation>
        <numerusform>hace %n min</numerusform>
        <numerusform>hace %n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="121" />
      <source>%n s ago</source>
      <translation>
        <numerusform>hace %n s</numerusform>
        <numerusform>hace %n s</numerusform>
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
      <translation>Última actividad</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="111" />
      <source>No SIM</source>
      <translation>Sin SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="111" />
      <source>Not registered</source>
      <translation>No registrado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>Operator</source>
      <translation>Operador</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="112" />
      <source>PIN required</source>
      <translation>PIN necesario</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="112" />
      <source>PUK required</source>
      <translation>PUK necesario</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Port</source>
      <translation>Puerto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="113" />
      <source>Radio off</source>
      <translation>Radio apagada</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="110" />
      <source>Registered</source>
      <translation>Registrado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>SIM (IMSI)</source>
      <translation>SIM (IMSI)</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="110" />
      <source>Searching</source>
      <translation>Buscando</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Signal</source>
      <translation>Señal</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="114" />
      <source>Unknown</source>
      <translation>Desconocido</translation>
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
      <translation>Tipo de &amp;IP:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="82" />
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="84" />
      <source>&amp;Password:</source>
      <translation>&amp;Contraseña:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="83" />
      <source>&amp;User name:</source>
      <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="85" />
      <source>A&amp;uthentication:</source>
      <translation>A&amp;utenticación:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="62" />
      <source>Allow while roaming</source>
      <translation>Permitir en itinerancia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="46" />
      <source>Edit profile</source>
      <translation>Editar el perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="46" />
      <source>New profile</source>
      <translation>Perfil nuevo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="59" />
      <source>None</source>
      <translation>Ninguna</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="78" />
      <source>Other (enter it yourself)</source>
      <translation>Otro (introdúzcalo usted)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="59" />
      <source>PAP or CHAP</source>
      <translation>PAP o CHAP</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="79" />
      <source>Su&amp;ggested:</source>
      <translation>&amp;Sugerencia:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="73" />
      <source>Suggested settings</source>
      <translation>Configuración sugerida</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="57" />
      <source>unchanged</source>
      <translation>sin cambios</translation>
    </message>
  </context>
  <context>
    <name>ProfileWizard</name>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="67" />
      <source>&amp;Country:</source>
      <translation>&amp;País:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="71" />
      <source>&amp;Provider:</source>
      <translation>P&amp;roveedor:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="138" />
      <source>APN: %1</source>
      <translation>APN: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="83" />
      <source>C&amp;ontinue…</source>
      <translation>C&amp;ontinuar…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="55" />
      <source>Choose your provider and plan; cmgui fills in the settings. Your SIM's provider is chosen already when it is known.</source>
      <translation>Elija su proveedor y su plan; cmgui completa la configuración. Si se conoce, el proveedor de su SIM ya está elegido.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="62" />
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="82" />
      <source>Enter the settings &amp;myself…</source>
      <translation>Introducir la configuración &amp;yo mismo…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="52" />
      <source>New profile</source>
      <translation>Perfil nuevo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="135" />
      <source>No plan listed: enter the settings yourself.</source>
      <translation>No hay ningún plan en la lista: introduzca usted la configuración.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="75" />
      <source>P&amp;lan:</source>
      <translation>P&amp;lan:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="73" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="69" />
      <source>Provider</source>
      <translation>Proveedor</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="36" />
      <source>Test networks (demo modem)</source>
      <translation>Redes de prueba (módem de demostración)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="140" />
      <source>User name: %1</source>
      <translation>Nombre de usuario: %1</translation>
    </message>
  </context>
  <context>
    <name>ProvisioningController</name>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="27" />
      <source>Set by %1</source>
      <translation>Establecido por %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="98" />
      <source>The provisioning file %1 has mistakes and is not used (%2). Check it with: cmcli provisioning check</source>
      <translation>El archivo de aprovisionamiento %1 tiene errores y no se usa (%2). Compruébelo con: cmcli provisioning check</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="110" />
      <source>This profile is set by %1 and cannot be edited or deleted.</source>
      <translation>Este perfil lo establece %1 y no se puede editar ni eliminar.</translation>
    </message>
  </context>
  <context>
    <name>RecipientTableModel</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="188" />
      <source>Delivered</source>
      <translation>Entregado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="188" />
      <source>Failed</source>
      <translation>Fallido</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="189" />
      <source>No result</source>
      <translation>Sin resultado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="189" />
      <source>Not sent</source>
      <translation>No enviado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Port</source>
      <translation>Puerto</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="187" />
      <source>Sending</source>
      <translation>Enviando</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="187" />
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="184" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="206" />
      <source>Waiting</source>
      <translation>En espera</translation>
    </message>
  </context>
  <context>
    <name>RemoteEndpointDialog</name>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="44" />
      <source>&amp;Address:</source>
      <translation>&amp;Dirección:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="46" />
      <source>&amp;Certificate fingerprint:</source>
      <translation>Huella del &amp;certificado:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="44" />
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="69" />
      <source>A SHA-256 fingerprint has 32 pairs of hex digits.</source>
      <translation>Una huella SHA-256 tiene 32 pares de dígitos hexadecimales.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="45" />
      <source>Access &amp;token:</source>
      <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="27" />
      <source>Add remote device</source>
      <translation>Añadir dispositivo remoto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="71" />
      <source>Certificate pinning needs https:// or wss://.</source>
      <translation>Fijar el certificado requiere https:// o wss://.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="30" />
      <source>Connect to a modem shared by another computer running “cmcli serve”, or to any OpenCMAPI endpoint.</source>
      <translation>Conéctese a un módem compartido por otro ordenador que ejecute «cmcli serve» o a cualquier punto de acceso OpenCMAPI.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="39" />
      <source>Office router</source>
      <translation>Router de la oficina</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="43" />
      <source>SHA-256, e.g. AB:CD:…</source>
      <translation>SHA-256, p. ej. AB:CD:…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="66" />
      <source>The address starts with http://, https://, ws:// or wss://.</source>
      <translation>La dirección empieza por http://, https://, ws:// o wss://.</translation>
    </message>
  </context>
  <context>
    <name>SecretsChoiceController</name>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="123" />
      <source>That is not the passphrase of the encrypted file. Try again.</source>
      <translation>Esa no es la frase de contraseña del archivo cifrado. Inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="125" />
      <source>The encrypted file cannot be used: %1</source>
      <translation>No se puede usar el archivo cifrado: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/secrets_choice.py" line="111" />
      <source>The passphrase needs at least %n characters.</source>
      <translation>
        <numerusform>La frase de contraseña necesita al menos %n carácter.</numerusform>
        <numerusform>La frase de contraseña necesita al menos %n caracteres.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="113" />
      <source>The two passphrases differ. Type the same one twice.</source>
      <translation>Las dos frases de contraseña no coinciden. Escriba la misma dos veces.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="119" />
      <source>Type the passphrase, or go on without it.</source>
      <translation>Escriba la frase de contraseña o continúe sin ella.</translation>
    </message>
  </context>
  <context>
    <name>SecretsDialogs</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="282" />
      <source>Access token for %1</source>
      <translation>Token de acceso de %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="283" />
      <source>Access tokens are not stored on this computer. Type the access token of the endpoint %1 (the one cmcli serve gave); it is kept until cmgui quits. Leave it empty if the endpoint needs none.</source>
      <translation>Los tokens de acceso no se guardan en este equipo. Escriba el token de acceso del punto de acceso %1 (el que dio cmcli serve); se conserva hasta que se cierre cmgui. Déjelo vacío si el punto de acceso no necesita ninguno.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="267" />
      <source>Password for %1</source>
      <translation>Contraseña para %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="268" />
      <source>Passwords are not stored on this computer. Type the password of the profile %1 (user %2); it is kept until cmgui quits.</source>
      <translation>Las contraseñas no se guardan en este equipo. Escriba la contraseña del perfil %1 (usuario %2); se conserva hasta que se cierre cmgui.</translation>
    </message>
  </context>
  <context>
    <name>SecretsNoticeDialog</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="64" />
      <source>Don't store secrets (ask each time)</source>
      <translation>No guardar secretos (preguntar cada vez)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="53" />
      <source>No secure keyring</source>
      <translation>No hay un llavero seguro</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="66" />
      <source>Store them in an encrypted file (protected by a passphrase)</source>
      <translation>Guardarlos en un archivo cifrado (protegido por una frase de contraseña)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="57" />
      <source>This computer has no secure keyring (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Locker), so cmgui has no safe place for APN passwords, access tokens and remembered PINs. It never puts them in a plain file.

Choose what cmgui does with them:</source>
      <translation>Este equipo no tiene un llavero seguro (como GNOME Keyring, KWallet, el llavero de macOS o el Administrador de credenciales de Windows), así que cmgui no tiene un lugar seguro para las contraseñas de APN, los tokens de acceso y los PIN recordados. Nunca los guarda en un archivo sin cifrar.

Elija qué hace cmgui con ellos:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="72" />
      <source>This is asked once. The environment variable CMGUI_SECRETS (none, file or keyring) overrides the answer; see docs/security.md.</source>
      <translation>Esto se pregunta una sola vez. La variable de entorno CMGUI_SECRETS (none, file o keyring) tiene prioridad sobre la respuesta; consulte docs/security.md.</translation>
    </message>
  </context>
  <context>
    <name>SecretsSetup</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="212" />
      <source>Secrets not unlocked</source>
      <translation>Secretos no desbloqueados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="213" />
      <source>cmgui goes on without the encrypted file this time: passwords and tokens are asked for when they are needed, and none is saved. It asks for the passphrase again the next time it starts.</source>
      <translation>cmgui continúa esta vez sin el archivo cifrado: las contraseñas y los tokens se piden cuando hacen falta y no se guarda ninguno. La frase de contraseña se volverá a pedir en el próximo inicio.</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../cmgui/store/settings.py" line="92" />
      <source>Ask for delivery reports when sending.</source>
      <translation>Pedir confirmaciones de entrega al enviar.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="72" />
      <source>Closing the main window keeps cmgui in the tray.</source>
      <translation>Cerrar la ventana principal mantiene cmgui en la bandeja del sistema.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="82" />
      <source>Connect automatically while roaming too (roaming may cost extra).</source>
      <translation>Conectar automáticamente también en itinerancia (la itinerancia puede costar más).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="80" />
      <source>Connect mobile data as soon as the device is ready.</source>
      <translation>Conectar los datos móviles en cuanto el dispositivo esté listo.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="90" />
      <source>Delete messages from the device once they are safely archived.</source>
      <translation>Eliminar los mensajes del dispositivo una vez archivados de forma segura.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="74" />
      <source>Interface language (empty: follow the system).</source>
      <translation>Idioma de la interfaz (vacío: seguir el del sistema).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="96" />
      <source>Keep SIM PINs in the system keyring (off unless you turn it on).</source>
      <translation>Guardar los PIN de las SIM en el llavero del sistema (desactivado salvo que lo active).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="93" />
      <source>Logging level.</source>
      <translation>Nivel de registro.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="78" />
      <source>Reconnect after the network drops a call.</source>
      <translation>Reconectar después de que la red corte la conexión.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="70" />
      <source>Start hidden in the system tray.</source>
      <translation>Iniciar oculto en la bandeja del sistema.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="104" />
      <source>Store for the archive, records and fleet: empty for this computer's SQLite file, or postgresql://[user@]host[:port]/database for a team's shared store (its password in the keyring or ~/.pgpass, never here). CMGUI_STORE and cmcli --store take precedence.</source>
      <translation>Almacenamiento del archivo, los registros y la flota: vacío para el archivo SQLite de este ordenador, o postgresql://[user@]host[:port]/database para un almacenamiento compartido por un equipo (su contraseña en el llavero o en ~/.pgpass, nunca aquí). CMGUI_STORE y cmcli --store tienen prioridad.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="87" />
      <source>The note that closing the window keeps cmgui in the tray was shown.</source>
      <translation>Ya se mostró el aviso de que cerrar la ventana mantiene cmgui en la bandeja del sistema.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="76" />
      <source>URL of the device used last, opened at start.</source>
      <translation>URL del dispositivo usado por última vez, que se abre al iniciar.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="84" />
      <source>USSD codes saved per SIM: ICCID -&gt; list of [name, code].</source>
      <translation>Códigos USSD guardados por SIM: ICCID -&gt; lista de [nombre, código].</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="98" />
      <source>Where passwords and tokens go when CMGUI_SECRETS is not set: empty for the system keyring (with none, cmgui asks once), keyring, none (give them each time) or file (the encrypted file). docs/security.md.</source>
      <translation>Dónde van las contraseñas y los tokens cuando CMGUI_SECRETS no está definido: vacío para el llavero del sistema (si no hay, cmgui pregunta una vez), keyring, none (introducirlos cada vez) o file (el archivo cifrado). docs/security.md.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="156" />
      <source>%1, version %2</source>
      <translation>%1, versión %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="196" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="110" />
      <source>&amp;Closing the window keeps cmgui running in the tray</source>
      <translation>&amp;Cerrar la ventana mantiene cmgui en la bandeja del sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="121" />
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="135" />
      <source>&amp;Reconnect when the network drops the connection</source>
      <translation>&amp;Reconectar cuando la red corte la conexión</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="257" />
      <source>A change applies at once to the passwords and tokens saved from then on. Those stored before stay where they are (nothing is moved or deleted): to keep one in the new place, enter it again.</source>
      <translation>Un cambio se aplica de inmediato a las contraseñas y los tokens que se guarden a partir de entonces. Los guardados antes se quedan donde están (no se mueve ni se elimina nada): para conservar uno en el nuevo lugar, vuelva a introducirlo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="126" />
      <source>A new language applies at once.</source>
      <translation>Un idioma nuevo se aplica de inmediato.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="158" />
      <source>A&amp;bout…</source>
      <translation>Acerca d&amp;e…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="154" />
      <source>About</source>
      <translation>Acerca de</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="136" />
      <source>Ask for &amp;delivery reports</source>
      <translation>Pedir &amp;confirmaciones de entrega</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="79" />
      <source>Ask for delivery reports</source>
      <translation>Pedir confirmaciones de entrega</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="100" />
      <source>Changes are saved at once.</source>
      <translation>Los cambios se guardan de inmediato.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="85" />
      <source>Closing the window keeps cmgui running in the tray</source>
      <translation>Cerrar la ventana mantiene cmgui en la bandeja del sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="74" />
      <source>Connect automatically</source>
      <translation>Conectar automáticamente</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="75" />
      <source>Connect automatically while roaming</source>
      <translation>Conectar automáticamente en itinerancia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="133" />
      <source>Connection and messages</source>
      <translation>Conexión y mensajes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="138" />
      <source>Delete messages from the SIM once they are &amp;archived</source>
      <translation>Eliminar los mensajes de la SIM una vez &amp;archivados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="80" />
      <source>Delete messages from the SIM once they are archived</source>
      <translation>Eliminar los mensajes de la SIM una vez archivados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="49" />
      <source>Don't store (ask each time)</source>
      <translation>No guardar (preguntar cada vez)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="215" />
      <source>Empty for this computer's file, or postgresql://host/database for a team's shared store (the password stays in the keyring or ~/.pgpass). Used from the next start.</source>
      <translation>Vacío para el archivo de este ordenador, o postgresql://host/database para un almacenamiento compartido por un equipo (la contraseña se queda en el llavero o en ~/.pgpass). Se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="48" />
      <source>Encrypted file (passphrase)</source>
      <translation>Archivo cifrado (frase de contraseña)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="107" />
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="249" />
      <source>Keep &amp;secrets in:</source>
      <translation>Guardar los &amp;secretos en:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="87" />
      <location filename="../cmgui/views/settings_page.py" line="114" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="181" />
      <source>Networks are selected automatically only.</source>
      <translation>Las redes solo se eligen automáticamente.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="293" />
      <source>No secure keyring on this computer.</source>
      <translation>No hay un llavero seguro en este equipo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="298" />
      <source>Nothing is stored: passwords and tokens are asked for when needed and kept until cmgui quits.</source>
      <translation>No se guarda nada: las contraseñas y los tokens se piden cuando hacen falta y se conservan hasta que se cierre cmgui.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="145" />
      <source>Privacy</source>
      <translation>Privacidad</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="168" />
      <source>Provided by %1</source>
      <translation>Proporcionado por %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="77" />
      <source>Reconnect when the network drops the connection</source>
      <translation>Reconectar cuando la red corte la conexión</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="147" />
      <source>Remember SIM &amp;PINs in the system keyring</source>
      <translation>Recordar los &amp;PIN de las SIM en el llavero del sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="82" />
      <source>Remember SIM PINs in the system keyring</source>
      <translation>Recordar los PIN de las SIM en el llavero del sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="229" />
      <source>S&amp;tore:</source>
      <translation>Al&amp;macenamiento:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="238" />
      <source>Secrets</source>
      <translation>Secretos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="291" />
      <source>Set by CMGUI_SECRETS (it wins over this setting).</source>
      <translation>Establecido por CMGUI_SECRETS (tiene prioridad sobre esta opción).</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="100" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="177" />
      <source>Settings fixed by %1:</source>
      <translation>Configuración fijada por %1:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="108" />
      <source>Start &amp;hidden in the system tray</source>
      <translation>Iniciar &amp;oculto en la bandeja del sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="84" />
      <source>Start hidden in the system tray</source>
      <translation>Iniciar oculto en la bandeja del sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="210" />
      <source>Store</source>
      <translation>Almacenamiento</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="213" />
      <source>Store URL</source>
      <translation>URL del almacenamiento</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="172" />
      <source>Support: %1</source>
      <translation>Soporte: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="47" />
      <source>System keyring</source>
      <translation>Llavero del sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="115" />
      <location filename="../cmgui/views/settings_page.py" line="201" />
      <source>System language</source>
      <translation>Idioma del sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="295" />
      <source>The encrypted file stays locked this time (no passphrase was given): passwords and tokens are asked for when needed.</source>
      <translation>Esta vez el archivo cifrado sigue bloqueado (no se indicó la frase de contraseña): las contraseñas y los tokens se piden cuando hacen falta.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="212" />
      <source>This computer (SQLite)</source>
      <translation>Este ordenador (SQLite)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="83" />
      <location filename="../cmgui/views/settings_page.py" line="242" />
      <source>Where secrets are kept</source>
      <translation>Dónde se guardan los secretos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="192" />
      <source>off</source>
      <translation>desactivado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="192" />
      <source>on</source>
      <translation>activado</translation>
    </message>
  </context>
  <context>
    <name>SignalBars</name>
    <message>
      <location filename="../cmgui/views/signal_bars.py" line="36" />
      <source>Signal: %1 of %2 bars</source>
      <translation>Señal: %1 de %2 barras</translation>
    </message>
  </context>
  <context>
    <name>SimController</name>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="121" />
      <source>Changing the PIN</source>
      <translation>Cambiando el PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="116" />
      <source>Turning the PIN off</source>
      <translation>Desactivando el PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="112" />
      <source>Turning the PIN on</source>
      <translation>Activando el PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="108" />
      <source>Unblocking the SIM</source>
      <translation>Desbloqueando la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="103" />
      <source>Unlocking the SIM</source>
      <translation>Desbloqueando la SIM</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="94" />
      <source>%1 data used</source>
      <translation>%1: datos consumidos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="91" />
      <source>%1 data used of the limit</source>
      <translation>%1: datos consumidos respecto al límite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="155" />
      <source>%1 of %2 (%3 %)</source>
      <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="159" />
      <source>%1, no limit</source>
      <translation>%1, sin límite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="113" />
      <source>&amp;Delete record</source>
      <translation>&amp;Eliminar el registro</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="81" />
      <source>Billing period</source>
      <translation>Período de facturación</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="102" />
      <location filename="../cmgui/views/statistics_page.py" line="107" />
      <source>Connection records</source>
      <translation>Registro de conexiones</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="44" />
      <source>Data used this billing period, live throughput and signal, and past sessions.</source>
      <translation>Datos consumidos en este período de facturación, velocidad y señal en directo, y sesiones anteriores.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="114" />
      <source>Delete the selected record</source>
      <translation>Eliminar el registro seleccionado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="50" />
      <location filename="../cmgui/views/statistics_page.py" line="168" />
      <source>Download</source>
      <translation>Descarga</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="50" />
      <source>Duration</source>
      <translation>Duración</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="148" />
      <source>From %1 to %2</source>
      <translation>Del %1 al %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="86" />
      <source>Home network</source>
      <translation>Red propia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="51" />
      <source>Peak download</source>
      <translation>Pico de descarga</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="49" />
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="86" />
      <source>Roaming</source>
      <translation>Itinerancia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="49" />
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="62" />
      <location filename="../cmgui/views/statistics_page.py" line="171" />
      <source>Signal</source>
      <translation>Señal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="65" />
      <source>Signal graph</source>
      <translation>Gráfico de la señal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="43" />
      <source>Statistics</source>
      <translation>Estadísticas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="76" />
      <source>This billing period</source>
      <translation>Este período de facturación</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="47" />
      <source>This session</source>
      <translation>Esta sesión</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="57" />
      <source>Throughput</source>
      <translation>Velocidad</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="59" />
      <source>Throughput graph</source>
      <translation>Gráfico de velocidad</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="51" />
      <location filename="../cmgui/views/statistics_page.py" line="169" />
      <source>Upload</source>
      <translation>Subida</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="144" />
      <source>Usage is counted once a SIM is unlocked.</source>
      <translation>El consumo se cuenta en cuanto se desbloquea una SIM.</translation>
    </message>
  </context>
  <context>
    <name>TeamJobs</name>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="45" />
      <source>Bulk SMS</source>
      <translation>SMS masivos</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="47" />
      <source>SIM status to %1</source>
      <translation>Estado de SIM a %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="34" />
      <source>cancelled</source>
      <translation>cancelado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="32" />
      <source>done</source>
      <translation>hecho</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="33" />
      <source>failed</source>
      <translation>fallido</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="31" />
      <source>running</source>
      <translation>en curso</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="30" />
      <source>waiting for the team's server</source>
      <translation>esperando al servidor del equipo</translation>
    </message>
  </context>
  <context>
    <name>TeamJobsController</name>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="192" />
      <source>Cancelling the job</source>
      <translation>Cancelando el trabajo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="186" />
      <source>Job %1 is no longer waiting for the team's server; only a waiting job can be cancelled.</source>
      <translation>El trabajo %1 ya no espera al servidor del equipo; solo se puede cancelar un trabajo en espera.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="155" />
      <source>Queueing %n message(s)</source>
      <translation>
        <numerusform>Poniendo en cola %n mensaje</numerusform>
        <numerusform>Poniendo en cola %n mensajes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="170" />
      <source>Queueing the status change of %n SIM(s)</source>
      <translation>
        <numerusform>Poniendo en cola el cambio de estado de %n SIM</numerusform>
        <numerusform>Poniendo en cola el cambio de estado de %n SIM</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="141" />
      <source>Reading the team's jobs</source>
      <translation>Leyendo los trabajos del equipo</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <location filename="../cmgui/views/tray.py" line="194" />
      <source>%1 of %2 used this billing period.</source>
      <translation>%1 de %2 consumidos en este período de facturación.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/tray.py" line="135" />
      <source>%n unread message(s)</source>
      <translation>
        <numerusform>%n mensaje sin leer</numerusform>
        <numerusform>%n mensajes sin leer</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="148" />
      <source>&amp;Connect</source>
      <translation>&amp;Conectar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="148" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Desconectar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="109" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="108" />
      <source>&amp;Show cmgui</source>
      <translation>&amp;Mostrar cmgui</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="193" />
      <source>Data: %1 % of the limit used</source>
      <translation>Datos: %1 % del límite consumido</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="188" />
      <source>Enter the PIN to use the modem.</source>
      <translation>Introduzca el PIN para usar el módem.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="186" />
      <source>Enter the PUK to unblock the SIM card.</source>
      <translation>Introduzca el PUK para desbloquear la tarjeta SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="206" />
      <source>It stays in the tray to receive messages. Quit it from the tray menu.</source>
      <translation>Sigue en la bandeja del sistema para recibir mensajes. Ciérrelo desde el menú de la bandeja.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="201" />
      <source>Message memory full</source>
      <translation>Memoria de mensajes llena</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="182" />
      <source>Network message</source>
      <translation>Mensaje de la red</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="179" />
      <source>New message from %1</source>
      <translation>Mensaje nuevo de %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="127" />
      <source>No device</source>
      <translation>Ningún dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="192" />
      <source>Roaming data: %1 % of the limit used</source>
      <translation>Datos en itinerancia: %1 % del límite consumido</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="186" />
      <source>SIM blocked</source>
      <translation>SIM bloqueada</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="188" />
      <source>SIM locked</source>
      <translation>SIM bloqueada con PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="197" />
      <source>The connection is closed, as the plan asks.</source>
      <translation>La conexión se cierra, como indica el plan.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="205" />
      <source>cmgui is still running</source>
      <translation>cmgui sigue en ejecución</translation>
    </message>
  </context>
  <context>
    <name>UsageController</name>
    <message>
      <location filename="../cmgui/controllers/usage.py" line="149" />
      <source>Saving the data plan</source>
      <translation>Guardando el plan de datos</translation>
    </message>
  </context>
  <context>
    <name>UssdController</name>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="47" />
      <source>Another program answered this session.</source>
      <translation>Otro programa respondió en esta sesión.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="169" />
      <source>Ending the session</source>
      <translation>Terminando la sesión</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="43" />
      <source>The network did not answer in time. Try again in a minute.</source>
      <translation>La red no respondió a tiempo. Inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="45" />
      <source>The network does not offer this code.</source>
      <translation>La red no ofrece este código.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="46" />
      <source>The network ended the session.</source>
      <translation>La red terminó la sesión.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="158" />
      <source>Waiting for the network</source>
      <translation>Esperando a la red</translation>
    </message>
  </context>
  <context>
    <name>UssdDialog</name>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="50" />
      <source>&amp;End session</source>
      <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="65" />
      <source>&amp;Forget</source>
      <translation>&amp;Olvidar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="75" />
      <source>&amp;History</source>
      <translation>&amp;Historial</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="144" />
      <source>&amp;Reply</source>
      <translation>&amp;Responder</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="47" />
      <location filename="../cmgui/views/ussd_dialog.py" line="144" />
      <source>&amp;Send</source>
      <translation>&amp;Enviar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="44" />
      <source>Code or reply, e.g. *100#</source>
      <translation>Código o respuesta, p. ej. *100#</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="59" />
      <source>Codes saved for this SIM</source>
      <translation>Códigos guardados para esta SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="66" />
      <source>Forget the chosen saved code</source>
      <translation>Olvidar el código guardado elegido</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="130" />
      <source>Name for %1 (for example “Balance”):</source>
      <translation>Nombre para %1 (por ejemplo «Saldo»):</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="40" />
      <source>Network answer</source>
      <translation>Respuesta de la red</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="103" />
      <source>None yet: send a code, then save it</source>
      <translation>Ninguno todavía: envíe un código y luego guárdelo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="57" />
      <source>Sa&amp;ved codes:</source>
      <translation>Códigos &amp;guardados:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="129" />
      <source>Save USSD code</source>
      <translation>Guardar el código USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="63" />
      <source>Save the code for this SIM</source>
      <translation>Guardar el código para esta SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="62" />
      <source>Save this &amp;code…</source>
      <translation>Guardar este &amp;código…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="32" />
      <source>Send a service code such as *100# to your operator, for example to check your balance.</source>
      <translation>Envíe a su operador un código de servicio como *100#, por ejemplo para consultar su saldo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="29" />
      <source>USSD</source>
      <translation>USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="45" />
      <source>USSD code or reply</source>
      <translation>Código USSD o respuesta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="80" />
      <source>USSD history</source>
      <translation>Historial USSD</translation>
    </message>
  </context>
  <context>
    <name>WlanController</name>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="88" />
      <location filename="../cmgui/controllers/wlan.py" line="97" />
      <source>Connecting to Wi-Fi</source>
      <translation>Conectando a la Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="106" />
      <source>Disconnecting Wi-Fi</source>
      <translation>Desconectando la Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="115" />
      <source>Forgetting the network</source>
      <translation>Olvidando la red</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="55" />
      <source>Scanning for Wi-Fi</source>
      <translation>Buscando redes Wi-Fi</translation>
    </message>
  </context>
  <context>
    <name>WlanPage</name>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="107" />
      <source>&amp;Connect</source>
      <translation>&amp;Conectar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="85" />
      <source>&amp;Disconnect</source>
      <translation>&amp;Desconectar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="121" />
      <source>&amp;Forget</source>
      <translation>&amp;Olvidar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="87" />
      <source>&amp;Scan</source>
      <translation>&amp;Buscar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="145" />
      <source>Connected to %1</source>
      <translation>Conectado a %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="122" />
      <source>Forget the selected known network</source>
      <translation>Olvidar la red conocida seleccionada</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="111" />
      <location filename="../cmgui/views/wlan_page.py" line="115" />
      <source>Known networks</source>
      <translation>Redes conocidas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="94" />
      <location filename="../cmgui/views/wlan_page.py" line="99" />
      <source>Networks in range</source>
      <translation>Redes al alcance</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="147" />
      <source>Not connected</source>
      <translation>No conectado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="71" />
      <source>This device has no Wi-Fi.</source>
      <translation>Este dispositivo no tiene Wi-Fi.</translation>
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
      <translation>Wi-Fi del dispositivo: para routers y puntos de acceso.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="83" />
      <source>Wi-Fi state</source>
      <translation>Estado de la Wi-Fi</translation>
    </message>
  </context>
  <context>
    <name>WlanPasswordDialog</name>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="49" />
      <source>&amp;Password:</source>
      <translation>&amp;Contraseña:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="50" />
      <source>&amp;Remember this network</source>
      <translation>&amp;Recordar esta red</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="34" />
      <source>Connect to %1</source>
      <translation>Conectar con %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="48" />
      <source>Wi-Fi password</source>
      <translation>Contraseña de la Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="36" />
      <source>“%1” is protected (%2). Enter its password.</source>
      <translation>«%1» está protegida (%2). Introduzca su contraseña.</translation>
    </message>
  </context>
</TS>
