<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../cmgui/views/about.py" line="76" />
      <source>%1 (GNU General Public License, version 3 or later)</source>
      <translation>%1 (GNU General Public License, versão 3 ou posterior)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="78" />
      <source>%1 (PySide6 %2)</source>
      <translation>%1 (PySide6 %2)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="37" />
      <source>About %1</source>
      <translation>Sobre %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="48" />
      <source>Based on cmgui %1</source>
      <translation>Baseado no cmgui %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="53" />
      <source>Connection manager for cellular modems, SMS gateways and IoT SIM fleets.</source>
      <translation>Gerenciador de conexões para modems celulares, gateways de SMS e frotas de SIMs IoT.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="76" />
      <source>Licence:</source>
      <translation>Licença:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="81" />
      <source>Project:</source>
      <translation>Projeto:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="72" />
      <source>Provided by:</source>
      <translation>Fornecido por:</translation>
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
      <translation>Suporte:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="49" />
      <source>Version %1</source>
      <translation>Versão %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="75" />
      <source>cmgui version:</source>
      <translation>Versão do cmgui:</translation>
    </message>
  </context>
  <context>
    <name>AddAccountDialog</name>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="134" />
      <source>&amp;Address:</source>
      <translation>&amp;Endereço:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="133" />
      <source>&amp;Name:</source>
      <translation>&amp;Nome:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="139" />
      <source>&amp;Private key file:</source>
      <translation>Arquivo da chave &amp;privada:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="138" />
      <source>&amp;Secret file:</source>
      <translation>Arquivo do &amp;segredo:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="123" />
      <source>Add a fleet account</source>
      <translation>Adicionar uma conta de frota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="136" />
      <source>CMO &amp;token URL:</source>
      <translation>URL do &amp;token CMO:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="135" />
      <source>CMO client &amp;ID:</source>
      <translation>&amp;ID do cliente CMO:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="137" />
      <source>CMP &amp;key ID:</source>
      <translation>ID da &amp;chave CMP:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="158" />
      <location filename="../cmgui/views/fleet_page.py" line="164" />
      <source>Choose a file</source>
      <translation>Escolher um arquivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="140" />
      <source>Secrets go to the system keyring; they are read from the files you name and never written to the settings.</source>
      <translation>Os segredos vão para o chaveiro do sistema; eles são lidos dos arquivos indicados e nunca gravados nas configurações.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../cmgui/app.py" line="105" />
      <source>Something went wrong inside cmgui: %1

The details are in %2.</source>
      <translation>Algo deu errado dentro do cmgui: %1

Os detalhes estão em %2.</translation>
    </message>
    <message>
      <location filename="../cmgui/app.py" line="104" />
      <source>cmgui hit a bug</source>
      <translation>O cmgui encontrou um bug</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../cmgui/controllers/app.py" line="357" />
      <source>The message archive cannot be used: %1 Until it can, messages are not archived and none are deleted from the device.</source>
      <translation>Não é possível usar o arquivo de mensagens: %1 Enquanto isso, as mensagens não são arquivadas e nenhuma é excluída do dispositivo.</translation>
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
      <translation>Excluindo o perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="354" />
      <source>Deleting the record</source>
      <translation>Excluindo o registro</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="344" />
      <source>Disconnecting</source>
      <translation>Desconectando</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="173" />
      <source>Reading profiles</source>
      <translation>Lendo os perfis</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="281" />
      <source>Reading the addresses</source>
      <translation>Lendo os endereços</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="393" />
      <location filename="../cmgui/controllers/connection.py" line="411" />
      <source>Saving the profile</source>
      <translation>Salvando o perfil</translation>
    </message>
  </context>
  <context>
    <name>ConnectionPage</name>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="214" />
      <source>&amp;Add…</source>
      <translation>&amp;Adicionar…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="287" />
      <source>&amp;Connect</source>
      <translation>&amp;Conectar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="219" />
      <source>&amp;Delete</source>
      <translation>&amp;Excluir</translation>
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
      <translation>Adicionar um perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="176" />
      <source>Also while &amp;roaming (may cost extra)</source>
      <translation>Também em &amp;roaming (pode custar mais)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="175" />
      <source>Connect &amp;automatically when the device is ready</source>
      <translation>Conectar &amp;automaticamente quando o dispositivo estiver pronto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="136" />
      <source>Connection</source>
      <translation>Conexão</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="143" />
      <source>Connection state</source>
      <translation>Estado da conexão</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="170" />
      <source>DNS servers</source>
      <translation>Servidores DNS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="267" />
      <source>Default (%1)</source>
      <translation>Padrão (%1)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="391" />
      <source>Delete profile</source>
      <translation>Excluir o perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="392" />
      <source>Delete the profile “%1”?</source>
      <translation>Excluir o perfil “%1”?</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="222" />
      <source>Delete the selected profile</source>
      <translation>Excluir o perfil selecionado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="172" />
      <source>Duration</source>
      <translation>Duração</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="163" />
      <source>Edit the &amp;profile…</source>
      <translation>Editar o &amp;perfil…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="164" />
      <source>Edit the profile the connection used</source>
      <translation>Editar o perfil usado pela conexão</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="221" />
      <source>Edit the selected profile</source>
      <translation>Editar o perfil selecionado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="169" />
      <source>IP address</source>
      <translation>Endereço IP</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="170" />
      <source>IPv6 address</source>
      <translation>Endereço IPv6</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="216" />
      <source>Make de&amp;fault</source>
      <translation>Tornar &amp;padrão</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="217" />
      <source>Make the selected profile the default</source>
      <translation>Tornar padrão o perfil selecionado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="139" />
      <source>Mobile data</source>
      <translation>Dados móveis</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="137" />
      <source>Mobile data: connect with one of your profiles.</source>
      <translation>Dados móveis: conecte-se com um dos seus perfis.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="171" />
      <source>Network interface</source>
      <translation>Interface de rede</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="268" />
      <source>Operator default</source>
      <translation>Padrão da operadora</translation>
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
      <translation>Perfis</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="232" />
      <location filename="../cmgui/views/connection_page.py" line="236" />
      <source>Recent sessions</source>
      <translation>Sessões recentes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="204" />
      <source>This device keeps no profiles: connections use the operator's default settings.</source>
      <translation>Este dispositivo não guarda perfis: as conexões usam as configurações padrão da operadora.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="172" />
      <source>Traffic</source>
      <translation>Tráfego</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="161" />
      <source>Why the connection failed</source>
      <translation>Por que a conexão falhou</translation>
    </message>
  </context>
  <context>
    <name>DeviceController</name>
    <message>
      <location filename="../cmgui/controllers/device.py" line="379" />
      <source>The device was disconnected.</source>
      <translation>O dispositivo foi desconectado.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device.py" line="487" />
      <source>The network ended the connection.</source>
      <translation>A rede encerrou a conexão.</translation>
    </message>
  </context>
  <context>
    <name>DeviceManager</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="175" />
      <source>Access tokens are not stored on this computer, so this one is kept only until cmgui quits; after that it is asked for when the endpoint is opened (docs/security.md).</source>
      <translation>Os tokens de acesso não são guardados neste computador, então este fica guardado só até o cmgui ser fechado; depois ele será pedido ao abrir o endpoint (docs/security.md).</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="130" />
      <source>Demo modem (virtual)</source>
      <translation>Modem de demonstração (virtual)</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="320" />
      <source>%1 down, %2 up</source>
      <translation>%1 de download, %2 de upload</translation>
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
      <translation>&amp;Registrar na rede escolhida</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="339" />
      <source>&amp;Reset</source>
      <translation>&amp;Redefinir</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="155" />
      <source>&amp;Search for networks</source>
      <translation>&amp;Procurar redes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="197" />
      <source>&amp;Unlock…</source>
      <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="56" />
      <source>2G only</source>
      <translation>Somente 2G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="55" />
      <source>3G only</source>
      <translation>Somente 3G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="53" />
      <source>4G and 3G</source>
      <translation>4G e 3G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="54" />
      <source>4G only</source>
      <translation>Somente 4G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="52" />
      <source>5G, 4G, 3G, 2G</source>
      <translation>5G, 4G, 3G, 2G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="127" />
      <source>Address</source>
      <translation>Endereço</translation>
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
      <translation>&amp;Alterar o PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="112" />
      <source>Cell ID</source>
      <translation>ID da célula</translation>
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
      <translation>Detalhes do dispositivo</translation>
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
      <translation>Rede</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="102" />
      <source>Network code</source>
      <translation>Código da rede</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="147" />
      <source>Network mode</source>
      <translation>Modo de rede</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="133" />
      <source>Network selection</source>
      <translation>Seleção de rede</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="185" />
      <source>Networks are selected automatically: %1 allows no manual selection.</source>
      <translation>As redes são escolhidas automaticamente: %1 não permite a seleção manual.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="166" />
      <source>Networks found</source>
      <translation>Redes encontradas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="232" />
      <source>No device</source>
      <translation>Nenhum dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="252" />
      <source>Not registered: the radio is off</source>
      <translation>Não registrado: o rádio está desligado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="74" />
      <source>Operator</source>
      <translation>Operadora</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="127" />
      <source>Phone number</source>
      <translation>Número de telefone</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="88" />
      <source>Power-cycle the demo modem back to factory state: its SIM asks for the PIN (1234) again and its messages are gone.</source>
      <translation>Reiniciar o modem de demonstração e voltar ao estado de fábrica: o SIM volta a pedir o PIN (1234) e as mensagens somem.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="335" />
      <source>Power-cycle the demo modem back to factory state? Its SIM asks for the PIN (1234) again, and its messages, profiles and counters start afresh. The archive on this computer keeps what it has.</source>
      <translation>Reiniciar o modem de demonstração e voltar ao estado de fábrica? O SIM volta a pedir o PIN (1234), e mensagens, perfis e contadores recomeçam do zero. O arquivo deste computador mantém o que tem.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="108" />
      <source>Radio details</source>
      <translation>Detalhes do rádio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="249" />
      <source>Ready, radio off</source>
      <translation>Pronto, rádio desligado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="87" />
      <source>Reset the demo &amp;modem…</source>
      <translation>Redefinir o &amp;modem de demonstração…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="335" />
      <source>Reset the demo modem</source>
      <translation>Redefinir o modem de demonstração</translation>
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
      <translation>Segurança do SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="172" />
      <source>Searching takes one to three minutes; the modem stays usable meanwhile.</source>
      <translation>A busca leva de um a três minutos; enquanto isso, o modem continua utilizável.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="101" />
      <source>Signal</source>
      <translation>Sinal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="100" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="70" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="101" />
      <source>Technology</source>
      <translation>Tecnologia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="283" />
      <source>The PIN is off.</source>
      <translation>O PIN está desativado.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="281" />
      <source>The PIN is on: the SIM asks for it at start.</source>
      <translation>O PIN está ativado: o SIM o pede ao iniciar.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="279" />
      <source>The SIM card is locked.</source>
      <translation>O chip está bloqueado por PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="66" />
      <source>The modem in use, its network and its SIM card.</source>
      <translation>O modem em uso, sua rede e seu chip.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="253" />
      <source>The network refused this SIM (registration denied): the network is forbidden for it, or the SIM is not allowed here. Choose another network or let the device choose automatically.</source>
      <translation>A rede recusou este SIM (registro negado): esta rede é proibida para ele, ou o SIM não é permitido aqui. Escolha outra rede ou deixe o dispositivo escolher automaticamente.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="199" />
      <source>Turn PIN o&amp;ff…</source>
      <translation>&amp;Desativar o PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="198" />
      <source>Turn PIN o&amp;n…</source>
      <translation>&amp;Ativar o PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="269" />
      <source>Turn radio &amp;off</source>
      <translation>&amp;Desligar o rádio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="270" />
      <source>Turn radio &amp;on</source>
      <translation>&amp;Ligar o rádio</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="59" />
      <source>%1 may not %2: on this team %1 is a %3, and that needs the role %4. Ask a team admin to run: cmcli team add %1 --role %5</source>
      <translation>%1 não pode %2: nesta equipe %1 é %3, e isso exige o papel %4. Peça a um administrador da equipe que execute: cmcli team add %1 --role %5</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="559" />
      <source>%1 — %n attempt(s) left</source>
      <translation>
        <numerusform>%1 – resta %n tentativa</numerusform>
        <numerusform>%1 – restam %n tentativas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="115" />
      <source>A data connection to this APN is already open.</source>
      <translation>Já existe uma conexão de dados aberta com este APN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="531" />
      <source>A policy does not allow this Wi-Fi network.</source>
      <translation>Uma política não permite esta rede Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="465" />
      <source>A profile with this name exists already.</source>
      <translation>Já existe um perfil com este nome.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="233" />
      <source>Another data connection already uses this context.</source>
      <translation>Outra conexão de dados já usa este contexto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="159" />
      <source>Ask your operator to turn on mobile data.</source>
      <translation>Peça à sua operadora para ativar os dados móveis.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="154" />
      <source>Ask your operator whether the SIM is activated and paid for.</source>
      <translation>Pergunte à sua operadora se o SIM está ativado e pago.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="105" />
      <source>Ask your operator whether the SIM is activated.</source>
      <translation>Pergunte à sua operadora se o SIM está ativado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="107" />
      <source>Ask your operator whether this device may be used.</source>
      <translation>Pergunte à sua operadora se este dispositivo pode ser usado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="90" />
      <source>Ask your operator.</source>
      <translation>Consulte sua operadora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="174" />
      <location filename="../cmgui/common/error_words.py" line="194" />
      <source>Calls and text messages are unavailable on this network for now.</source>
      <translation>Chamadas e SMS estão indisponíveis nesta rede no momento.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="177" />
      <source>Calls and text messages are unavailable on this network.</source>
      <translation>Chamadas e SMS estão indisponíveis nesta rede.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="207" />
      <source>Change the IP type in this profile.</source>
      <translation>Altere o tipo de IP neste perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="315" />
      <location filename="../cmgui/common/error_words.py" line="317" />
      <source>Change the validity period in the settings.</source>
      <translation>Altere o período de validade nas configurações.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="442" />
      <source>Check that it is plugged in and turned on.</source>
      <translation>Verifique se ele está conectado e ligado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="230" />
      <source>Check the APN in this profile, or ask your operator.</source>
      <translation>Verifique o APN deste perfil ou consulte sua operadora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="269" />
      <source>Check the APN in this profile, or choose another network mode.</source>
      <translation>Verifique o APN deste perfil ou escolha outro modo de rede.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="222" />
      <source>Check the APN in this profile, or try again later.</source>
      <translation>Verifique o APN deste perfil ou tente novamente mais tarde.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="91" />
      <source>Check the APN in this profile.</source>
      <translation>Verifique o APN deste perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="138" />
      <source>Check the antenna and the coverage where you are.</source>
      <translation>Verifique a antena e a cobertura onde você está.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="512" />
      <source>Check the code.</source>
      <translation>Verifique o código.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="146" />
      <source>Check the message centre number (SMSC) in the settings.</source>
      <translation>Verifique o número da central de mensagens (SMSC) nas configurações.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="287" />
      <source>Check the number, or try again later.</source>
      <translation>Verifique o número ou tente novamente mais tarde.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="94" />
      <source>Check the number.</source>
      <translation>Verifique o número.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="219" />
      <source>Check the user name, password and authentication in this profile.</source>
      <translation>Verifique o nome de usuário, a senha e a autenticação deste perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="473" />
      <location filename="../cmgui/common/error_words.py" line="475" />
      <location filename="../cmgui/common/error_words.py" line="480" />
      <location filename="../cmgui/common/error_words.py" line="482" />
      <location filename="../cmgui/common/error_words.py" line="485" />
      <source>Check this profile.</source>
      <translation>Verifique este perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="466" />
      <source>Choose another name.</source>
      <translation>Escolha outro nome.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="171" />
      <source>Choose another network, or ask your operator about roaming.</source>
      <translation>Escolha outra rede ou consulte sua operadora sobre roaming.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="92" />
      <source>Choose another network, or let the device choose one.</source>
      <translation>Escolha outra rede ou deixe o dispositivo escolher uma.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="470" />
      <source>Choose or add a profile.</source>
      <translation>Escolha ou adicione um perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="445" />
      <source>Close the other program first.</source>
      <translation>Feche o outro programa primeiro.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="114" />
      <location filename="../cmgui/common/error_words.py" line="161" />
      <location filename="../cmgui/common/error_words.py" line="163" />
      <location filename="../cmgui/common/error_words.py" line="239" />
      <source>Connect again.</source>
      <translation>Conecte-se novamente.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="196" />
      <location filename="../cmgui/common/error_words.py" line="438" />
      <source>Connect first.</source>
      <translation>Conecte-se primeiro.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="93" />
      <source>Delete messages on the device to make room.</source>
      <translation>Exclua mensagens do dispositivo para liberar espaço.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="433" />
      <location filename="../cmgui/common/error_words.py" line="451" />
      <location filename="../cmgui/common/error_words.py" line="468" />
      <location filename="../cmgui/common/error_words.py" line="497" />
      <source>Disconnect first.</source>
      <translation>Desconecte primeiro.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="116" />
      <location filename="../cmgui/common/error_words.py" line="234" />
      <location filename="../cmgui/common/error_words.py" line="272" />
      <source>Disconnect it first.</source>
      <translation>Desconecte-a primeiro.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="267" />
      <source>Disconnect one first.</source>
      <translation>Desconecte uma delas primeiro.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="124" />
      <source>Enter its PIN.</source>
      <translation>Digite o PIN do SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="126" />
      <source>Enter its PUK.</source>
      <translation>Digite o PUK do SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="528" />
      <source>Enter the password again.</source>
      <translation>Digite a senha novamente.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="136" />
      <source>Enter the unlock code from the seller of the device.</source>
      <translation>Digite o código de desbloqueio fornecido pelo vendedor do dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="123" />
      <source>Insert a SIM card.</source>
      <translation>Insira um chip SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="403" />
      <source>Mobile data failed without a reason given.</source>
      <translation>Os dados móveis falharam sem indicar o motivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="491" />
      <source>No connection is being set up.</source>
      <translation>Nenhuma conexão está sendo estabelecida.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="439" />
      <source>No device is known at this address.</source>
      <translation>Nenhum dispositivo conhecido neste endereço.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="469" />
      <source>No profile is chosen for connecting.</source>
      <translation>Nenhum perfil foi escolhido para a conexão.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="518" />
      <location filename="../cmgui/common/error_words.py" line="519" />
      <source>Not connected to a Wi-Fi network.</source>
      <translation>Não está conectado a uma rede Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="76" />
      <source>Not opened: no access token was given. Choose the endpoint again to type it.</source>
      <translation>Não aberto: nenhum token de acesso foi informado. Escolha o endpoint de novo para digitá-lo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="432" />
      <location filename="../cmgui/common/error_words.py" line="450" />
      <location filename="../cmgui/common/error_words.py" line="496" />
      <source>Not while connected.</source>
      <translation>Não durante uma conexão.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="377" />
      <source>Nothing was found.</source>
      <translation>Nada foi encontrado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="133" />
      <source>PIN2 comes with the SIM, like the PIN.</source>
      <translation>O PIN2 vem com o SIM, assim como o PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="134" />
      <source>PIN2 is blocked; the SIM asks for its PUK2.</source>
      <translation>O PIN2 está bloqueado; o SIM pede o PUK2.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="111" />
      <source>Restart the device; if that does not help, ask your operator.</source>
      <translation>Reinicie o dispositivo; se não resolver, consulte sua operadora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="251" />
      <source>Set the IP type of this profile to IPv4 or IPv6.</source>
      <translation>Defina o tipo de IP deste perfil como IPv4 ou IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="247" />
      <source>Set the IP type of this profile to IPv4.</source>
      <translation>Defina o tipo de IP deste perfil como IPv4.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="259" />
      <source>Set the IP type of this profile to IPv4v6.</source>
      <translation>Defina o tipo de IP deste perfil como IPv4v6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="249" />
      <source>Set the IP type of this profile to IPv6.</source>
      <translation>Defina o tipo de IP deste perfil como IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="541" />
      <source>Sign in to the endpoint again.</source>
      <translation>Entre novamente no endpoint.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="81" />
      <source>Something went wrong inside cmgui (%1). The details are in the log.</source>
      <translation>Algo deu errado dentro do cmgui (%1). Os detalhes estão no log.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="129" />
      <source>Take the SIM out, put it back in and restart the device.</source>
      <translation>Retire o chip, coloque-o de volta e reinicie o dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="186" />
      <source>Text messages go over mobile data in this area.</source>
      <translation>Nesta área, os SMS trafegam pelos dados móveis.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="285" />
      <location filename="../cmgui/common/error_words.py" line="312" />
      <source>Text messages to this number are barred.</source>
      <translation>SMS para este número estão bloqueados.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="522" />
      <location filename="../cmgui/common/error_words.py" line="523" />
      <source>That Wi-Fi network is out of range.</source>
      <translation>Essa rede Wi-Fi está fora de alcance.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="479" />
      <location filename="../cmgui/common/error_words.py" line="481" />
      <source>The DNS server address is not valid.</source>
      <translation>O endereço do servidor DNS não é válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="478" />
      <source>The IP address is not valid.</source>
      <translation>O endereço IP não é válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="551" />
      <location filename="../cmgui/common/error_words.py" line="553" />
      <source>The PIN is blocked. Enter the PUK.</source>
      <translation>O PIN está bloqueado. Digite o PUK.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="562" />
      <source>The PIN was wrong.</source>
      <translation>O PIN estava errado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="555" />
      <source>The PUK is blocked. Only your operator can unlock this SIM now.</source>
      <translation>O PUK está bloqueado. Agora só sua operadora pode desbloquear este SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="564" />
      <source>The PUK was wrong.</source>
      <translation>O PUK estava errado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="132" />
      <source>The SIM asks for its PIN2.</source>
      <translation>O SIM pede o PIN2.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="128" />
      <location filename="../cmgui/common/error_words.py" line="457" />
      <source>The SIM card cannot be read.</source>
      <translation>Não é possível ler o chip.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="323" />
      <source>The SIM could not take the message.</source>
      <translation>O SIM não conseguiu receber a mensagem.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="388" />
      <source>The SIM does not support this sign-in method.</source>
      <translation>O SIM não suporta este método de identificação.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="126" />
      <source>The SIM is blocked.</source>
      <translation>O SIM está bloqueado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="130" />
      <source>The SIM is busy.</source>
      <translation>O SIM está ocupado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="124" />
      <source>The SIM is locked.</source>
      <translation>O SIM está protegido por PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="318" />
      <source>The SIM's message storage is full.</source>
      <translation>A memória de mensagens do SIM está cheia.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="524" />
      <source>The Wi-Fi network gave no IP address.</source>
      <translation>A rede Wi-Fi não atribuiu nenhum endereço IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="526" />
      <source>The Wi-Fi password was not accepted.</source>
      <translation>A senha do Wi-Fi não foi aceita.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="476" />
      <source>The access point name (APN) is not valid.</source>
      <translation>O nome do ponto de acesso (APN) não é válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="557" />
      <source>The code has the wrong format.</source>
      <translation>O código está no formato errado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="372" />
      <source>The code was wrong.</source>
      <translation>O código estava errado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="391" />
      <source>The command was cancelled.</source>
      <translation>O comando foi cancelado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="492" />
      <source>The connection is ending.</source>
      <translation>A conexão está sendo encerrada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="563" />
      <source>The current PIN was wrong.</source>
      <translation>O PIN atual estava errado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="212" />
      <source>The data connection failed on the radio link.</source>
      <translation>A conexão de dados falhou no enlace de rádio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="235" />
      <source>The data connection was ended.</source>
      <translation>A conexão de dados foi encerrada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="387" />
      <source>The device asks for its hidden key.</source>
      <translation>O dispositivo pede sua chave oculta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="361" />
      <location filename="../cmgui/common/error_words.py" line="441" />
      <source>The device cannot be reached.</source>
      <translation>Não é possível acessar o dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="435" />
      <source>The device cannot provide this quality of service.</source>
      <translation>O dispositivo não pode oferecer esta qualidade de serviço.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="504" />
      <source>The device could not handle the message.</source>
      <translation>O dispositivo não conseguiu processar a mensagem.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="335" />
      <location filename="../cmgui/common/error_words.py" line="336" />
      <location filename="../cmgui/common/error_words.py" line="508" />
      <source>The device did not accept the message.</source>
      <translation>O dispositivo não aceitou a mensagem.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="144" />
      <source>The device did not accept these settings.</source>
      <translation>O dispositivo não aceitou estas configurações.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="74" />
      <source>The device did not answer in time.</source>
      <translation>O dispositivo não respondeu a tempo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="120" />
      <source>The device does not allow this now.</source>
      <translation>O dispositivo não permite isso agora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="434" />
      <source>The device does not know this yet.</source>
      <translation>O dispositivo ainda não sabe isso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="396" />
      <source>The device does not support this language or alphabet.</source>
      <translation>O dispositivo não suporta este idioma ou alfabeto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="121" />
      <source>The device does not support this.</source>
      <translation>O dispositivo não suporta isso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="241" />
      <source>The device does not support what the network asked for.</source>
      <translation>O dispositivo não suporta o que a rede pediu.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="119" />
      <source>The device failed.</source>
      <translation>O dispositivo falhou.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="394" />
      <source>The device is busy with something else.</source>
      <translation>O dispositivo está ocupado com outra coisa.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="362" />
      <location filename="../cmgui/common/error_words.py" line="429" />
      <source>The device is busy.</source>
      <translation>O dispositivo está ocupado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="443" />
      <source>The device is in use by another program.</source>
      <translation>O dispositivo está sendo usado por outro programa.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="135" />
      <source>The device is locked to another network or SIM.</source>
      <translation>O dispositivo está bloqueado para outra rede ou outro SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="452" />
      <source>The device is not connected.</source>
      <translation>O dispositivo não está conectado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="399" />
      <source>The device lacks the data it needs for this.</source>
      <translation>Faltam ao dispositivo os dados necessários para isso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="671" />
      <source>The device reported an error (%1).</source>
      <translation>O dispositivo informou um erro (%1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="354" />
      <location filename="../cmgui/common/error_words.py" line="402" />
      <source>The device reported an unknown error.</source>
      <translation>O dispositivo informou um erro desconhecido.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="80" />
      <source>The device stopped answering (%1).</source>
      <translation>O dispositivo parou de responder (%1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="378" />
      <source>The device's memory failed.</source>
      <translation>A memória do dispositivo falhou.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="375" />
      <source>The device's memory is full.</source>
      <translation>A memória do dispositivo está cheia.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="331" />
      <source>The device's message service is busy.</source>
      <translation>O serviço de mensagens do dispositivo está ocupado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="542" />
      <source>The endpoint denied access.</source>
      <translation>O endpoint negou o acesso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="539" />
      <source>The endpoint rejected the access token.</source>
      <translation>O endpoint rejeitou o token de acesso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="313" />
      <source>The message centre already has this message.</source>
      <translation>A central de mensagens já tem esta mensagem.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="304" />
      <source>The message centre did not accept the command.</source>
      <translation>A central de mensagens não aceitou o comando.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="314" />
      <location filename="../cmgui/common/error_words.py" line="316" />
      <source>The message centre does not accept the validity period.</source>
      <translation>A central de mensagens não aceita o período de validade.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="280" />
      <source>The message centre does not take this kind of message.</source>
      <translation>A central de mensagens não aceita este tipo de mensagem.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="302" />
      <source>The message centre does not take this text encoding.</source>
      <translation>A central de mensagens não aceita esta codificação de texto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="310" />
      <source>The message centre failed.</source>
      <translation>A central de mensagens falhou.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="307" />
      <source>The message centre is busy.</source>
      <translation>A central de mensagens está ocupada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="349" />
      <source>The message centre number (SMSC) is not set.</source>
      <translation>O número da central de mensagens (SMSC) não está definido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="509" />
      <source>The message centre number (SMSC) is not valid.</source>
      <translation>O número da central de mensagens (SMSC) não é válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="147" />
      <source>The message centre refused the message.</source>
      <translation>A central de mensagens recusou a mensagem.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="502" />
      <source>The message could not be sent in time.</source>
      <translation>Não foi possível enviar a mensagem a tempo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="500" />
      <source>The message could not be sent.</source>
      <translation>Não foi possível enviar a mensagem.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="507" />
      <source>The message is no longer there.</source>
      <translation>A mensagem não existe mais.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="346" />
      <source>The message storage failed.</source>
      <translation>A memória de mensagens falhou.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="145" />
      <source>The message storage is full.</source>
      <translation>A memória de mensagens está cheia.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="246" />
      <source>The network allows IPv4 only.</source>
      <translation>A rede permite somente IPv4.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="258" />
      <source>The network allows IPv4v6 (both) only.</source>
      <translation>A rede permite somente IPv4v6 (ambos).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="248" />
      <source>The network allows IPv6 only.</source>
      <translation>A rede permite somente IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="250" />
      <source>The network allows one IP version per connection.</source>
      <translation>A rede permite uma só versão de IP por conexão.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="98" />
      <source>The network and the device did not understand each other.</source>
      <translation>A rede e o dispositivo não se entenderam.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="200" />
      <source>The network asks the device to try another cell.</source>
      <translation>A rede pede ao dispositivo que tente outra célula.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="239" />
      <source>The network asks to connect again.</source>
      <translation>A rede pede para conectar novamente.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="658" />
      <source>The network asks to wait %n second(s) before trying again.</source>
      <translation>
        <numerusform>A rede pede para esperar %n segundo antes de tentar novamente.</numerusform>
        <numerusform>A rede pede para esperar %n segundos antes de tentar novamente.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="211" />
      <source>The network cannot provide this broadcast service.</source>
      <translation>A rede não pode oferecer este serviço de difusão.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="256" />
      <source>The network changed the connection at the same moment.</source>
      <translation>A rede alterou a conexão no mesmo instante.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="236" />
      <location filename="../cmgui/common/error_words.py" line="261" />
      <source>The network could not agree on the quality of the connection.</source>
      <translation>A rede não conseguiu acertar a qualidade da conexão.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="110" />
      <source>The network could not check the SIM.</source>
      <translation>A rede não conseguiu verificar o SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="193" />
      <source>The network could not resume the call.</source>
      <translation>A rede não conseguiu retomar a chamada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="179" />
      <source>The network could not set up the data connection it needs.</source>
      <translation>A rede não conseguiu estabelecer a conexão de dados necessária.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="511" />
      <source>The network did not accept this code.</source>
      <translation>A rede não aceitou este código.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="139" />
      <source>The network did not answer in time.</source>
      <translation>A rede não respondeu a tempo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="252" />
      <source>The network did not receive the connection settings in time.</source>
      <translation>A rede não recebeu as configurações da conexão a tempo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="216" />
      <source>The network does not accept this IP type.</source>
      <translation>A rede não aceita este tipo de IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="106" />
      <source>The network does not accept this device.</source>
      <translation>A rede não aceita este dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="215" />
      <source>The network does not know this APN.</source>
      <translation>A rede não conhece este APN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="104" />
      <source>The network does not know this SIM.</source>
      <translation>A rede não conhece este SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="113" />
      <source>The network does not know this data connection.</source>
      <translation>A rede não conhece esta conexão de dados.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="245" />
      <source>The network does not let the last data connection end.</source>
      <translation>A rede não deixa encerrar a última conexão de dados.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="293" />
      <location filename="../cmgui/common/error_words.py" line="299" />
      <source>The network does not offer this message service.</source>
      <translation>A rede não oferece este serviço de mensagens.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="188" />
      <source>The network does not offer this service.</source>
      <translation>A rede não oferece este serviço.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="96" />
      <source>The network failed.</source>
      <translation>A rede falhou.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="516" />
      <source>The network gave no IP address.</source>
      <translation>A rede não atribuiu nenhum endereço IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="213" />
      <source>The network has no room for another data connection now.</source>
      <translation>A rede não tem capacidade para outra conexão de dados agora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="97" />
      <source>The network is congested.</source>
      <translation>A rede está congestionada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="163" />
      <source>The network logged the device off.</source>
      <translation>A rede desconectou o dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="161" />
      <source>The network lost track of the device.</source>
      <translation>A rede perdeu o dispositivo de vista.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="224" />
      <source>The network refused the connection without giving a reason.</source>
      <translation>A rede recusou a conexão sem informar o motivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="636" />
      <source>The network refused the data connection (cause %1).</source>
      <translation>A rede recusou a conexão de dados (causa %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="640" />
      <source>The network refused the device (cause %1).</source>
      <translation>A rede recusou o dispositivo (causa %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="625" />
      <source>The network refused the message (cause %1).</source>
      <translation>A rede recusou a mensagem (causa %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="286" />
      <source>The network refused the message.</source>
      <translation>A rede recusou a mensagem.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="117" />
      <source>The network refused the traffic rules of this connection.</source>
      <translation>A rede recusou as regras de tráfego desta conexão.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="153" />
      <source>The network refused this SIM.</source>
      <translation>A rede recusou este SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="218" />
      <source>The network rejected the user name or password.</source>
      <translation>A rede rejeitou o nome de usuário ou a senha.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="382" />
      <source>The number has characters that are not allowed.</source>
      <translation>O número tem caracteres não permitidos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="381" />
      <source>The number is too long.</source>
      <translation>O número é longo demais.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="221" />
      <source>The operator's gateway refused the connection.</source>
      <translation>O gateway da operadora recusou a conexão.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="494" />
      <source>The other side cannot be reached.</source>
      <translation>Não é possível alcançar a outra ponta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="423" />
      <source>The parameters are not valid.</source>
      <translation>Os parâmetros não são válidos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="474" />
      <source>The password is not valid.</source>
      <translation>A senha não é válida.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="513" />
      <source>The phonebook is full.</source>
      <translation>A agenda está cheia.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="142" />
      <source>The radio is off.</source>
      <translation>O rádio está desligado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="290" />
      <source>The recipient cannot be reached now.</source>
      <translation>Não é possível alcançar o destinatário agora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="288" />
      <source>The recipient has no room for more messages.</source>
      <translation>O destinatário não tem espaço para mais mensagens.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="420" />
      <location filename="../cmgui/common/error_words.py" line="421" />
      <source>The request was malformed.</source>
      <translation>A solicitação estava malformada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="380" />
      <source>The text has characters the device cannot store.</source>
      <translation>O texto tem caracteres que o dispositivo não consegue armazenar.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="379" />
      <source>The text is too long.</source>
      <translation>O texto é longo demais.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="472" />
      <source>The user name is not valid.</source>
      <translation>O nome de usuário não é válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="122" />
      <source>There is no SIM card in the device.</source>
      <translation>Não há chip no dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="490" />
      <source>There is no connection to end.</source>
      <translation>Não há nenhuma conexão para encerrar.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="196" />
      <location filename="../cmgui/common/error_words.py" line="437" />
      <source>There is no data connection.</source>
      <translation>Não há conexão de dados.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="376" />
      <source>There is no entry at this place.</source>
      <translation>Não há nenhuma entrada nesta posição.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="347" />
      <source>There is no message at this place.</source>
      <translation>Não há nenhuma mensagem nesta posição.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="137" />
      <source>There is no network service.</source>
      <translation>Sem serviço de rede.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="422" />
      <source>There is no such CMAPI function.</source>
      <translation>Essa função CMAPI não existe.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="459" />
      <source>There is no such data context.</source>
      <translation>Esse contexto de dados não existe.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="463" />
      <source>There is no such profile.</source>
      <translation>Esse perfil não existe.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="533" />
      <source>There is no such saved Wi-Fi network.</source>
      <translation>Essa rede Wi-Fi salva não existe.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="271" />
      <source>This APN cannot be used beside the data connection already open.</source>
      <translation>Este APN não pode ser usado junto com a conexão de dados já aberta.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="268" />
      <source>This APN cannot be used on this network with this technology.</source>
      <translation>Este APN não pode ser usado nesta rede com esta tecnologia.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="260" />
      <location filename="../cmgui/common/error_words.py" line="265" />
      <source>This APN does not carry IP traffic.</source>
      <translation>Este APN não transporta tráfego IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="131" />
      <source>This SIM cannot be used in this device.</source>
      <translation>Este SIM não pode ser usado neste dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="319" />
      <source>This SIM cannot store messages.</source>
      <translation>Este SIM não consegue armazenar mensagens.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="158" />
      <source>This SIM has no mobile data service.</source>
      <translation>Este SIM não tem serviço de dados móveis.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="168" />
      <source>This SIM may not roam on this network here.</source>
      <translation>Aqui este SIM não pode usar roaming nesta rede.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="170" />
      <source>This SIM may not use mobile data on this network.</source>
      <translation>Este SIM não pode usar dados móveis nesta rede.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="108" />
      <source>This SIM may not use the network here.</source>
      <translation>Aqui este SIM não pode usar a rede.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="160" />
      <source>This SIM may not use this network at all.</source>
      <translation>Este SIM não pode usar esta rede de forma alguma.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="184" />
      <source>This SIM may not use this private cell.</source>
      <translation>Este SIM não pode usar esta célula privada.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="393" />
      <source>This SIM may only call its fixed dialling numbers.</source>
      <translation>Este SIM só pode ligar para seus números de discagem fixa.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="520" />
      <source>This Wi-Fi network name is not valid.</source>
      <translation>Este nome de rede Wi-Fi não é válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="521" />
      <source>This Wi-Fi password is not valid.</source>
      <translation>Esta senha de Wi-Fi não é válida.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="537" />
      <source>This access does not allow that.</source>
      <translation>Este acesso não permite isso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="483" />
      <source>This authentication method is not possible.</source>
      <translation>Este método de autenticação não é possível.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="405" />
      <source>This device cannot use mobile data on this network.</source>
      <translation>Este dispositivo não pode usar dados móveis nesta rede.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="431" />
      <source>This device does not support that function.</source>
      <translation>Este dispositivo não suporta essa função.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="390" />
      <source>This function is turned off in the device.</source>
      <translation>Esta função está desativada no dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="400" />
      <source>This is barred on your line.</source>
      <translation>Isto está bloqueado na sua linha.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="488" />
      <source>This kind of connection is not possible now.</source>
      <translation>Este tipo de conexão não é possível agora.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="140" />
      <source>This network accepts emergency calls only: it does not let this SIM in.</source>
      <translation>Esta rede aceita somente chamadas de emergência: ela não admite este SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="499" />
      <source>This network code is not valid.</source>
      <translation>Este código de rede não é válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="227" />
      <location filename="../cmgui/common/error_words.py" line="263" />
      <source>This network does not offer this kind of data connection.</source>
      <translation>Esta rede não oferece este tipo de conexão de dados.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="165" />
      <source>This network is forbidden for this SIM.</source>
      <translation>Esta rede é proibida para este SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="198" />
      <source>This network may not be used where you are.</source>
      <translation>Esta rede não pode ser usada onde você está.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="283" />
      <source>This number does not exist.</source>
      <translation>Este número não existe.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="294" />
      <source>This number is not in service.</source>
      <translation>Este número não está em serviço.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="279" />
      <source>This number is not valid.</source>
      <translation>Este número não é válido.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="467" />
      <source>This profile is in use.</source>
      <translation>Este perfil está em uso.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="464" />
      <source>This profile name cannot be used.</source>
      <translation>Este nome de perfil não pode ser usado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="191" />
      <source>This service is not allowed on this network.</source>
      <translation>Este serviço não é permitido nesta rede.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="102" />
      <source>This service is out of order on the network for now.</source>
      <translation>Este serviço está temporariamente fora do ar na rede.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="266" />
      <source>Too many data connections are open.</source>
      <translation>Há conexões de dados demais abertas.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="446" />
      <source>Too many devices are open.</source>
      <translation>Há dispositivos demais abertos.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="88" />
      <source>Try again in a minute.</source>
      <translation>Tente novamente em um minuto.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="225" />
      <location filename="../cmgui/common/error_words.py" line="637" />
      <source>Try again in a minute; if it fails again, check this profile.</source>
      <translation>Tente novamente em um minuto; se falhar de novo, verifique este perfil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="130" />
      <location filename="../cmgui/common/error_words.py" line="332" />
      <location filename="../cmgui/common/error_words.py" line="362" />
      <location filename="../cmgui/common/error_words.py" line="395" />
      <location filename="../cmgui/common/error_words.py" line="429" />
      <location filename="../cmgui/common/error_words.py" line="493" />
      <source>Try again in a moment.</source>
      <translation>Tente novamente em instantes.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="289" />
      <location filename="../cmgui/common/error_words.py" line="291" />
      <source>Try again later.</source>
      <translation>Tente novamente mais tarde.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="257" />
      <source>Try again.</source>
      <translation>Tente novamente.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="89" />
      <source>Try again; if it keeps failing, restart the device.</source>
      <translation>Tente novamente; se continuar falhando, reinicie o dispositivo.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="142" />
      <source>Turn the radio on.</source>
      <translation>Ligue o rádio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="538" />
      <source>Use a token with full access.</source>
      <translation>Use um token com acesso total.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="530" />
      <source>Wi-Fi is turned off.</source>
      <translation>O Wi-Fi está desligado.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="548" />
      <source>Wrong PIN</source>
      <translation>PIN errado</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="550" />
      <source>Wrong PUK</source>
      <translation>PUK errado</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="549" />
      <source>Wrong current PIN</source>
      <translation>PIN atual errado</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="210" />
      <source>Your operator has barred mobile data for this SIM.</source>
      <translation>Sua operadora bloqueou os dados móveis deste SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="284" />
      <source>Your operator has barred sending text messages.</source>
      <translation>Sua operadora bloqueou o envio de SMS.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="297" />
      <source>Your subscription does not include sending text messages.</source>
      <translation>Seu plano não inclui o envio de SMS.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="229" />
      <source>Your subscription does not include this APN.</source>
      <translation>Seu plano não inclui este APN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="308" />
      <source>Your subscription does not include this message centre.</source>
      <translation>Seu plano não inclui esta central de mensagens.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="100" />
      <source>Your subscription does not include this service.</source>
      <translation>Seu plano não inclui este serviço.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="44" />
      <source>admin</source>
      <translation>administrador</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="50" />
      <source>cancel jobs</source>
      <translation>cancelar tarefas</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="47" />
      <source>change SIM states</source>
      <translation>alterar o status dos SIMs</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="51" />
      <source>manage the team</source>
      <translation>gerenciar a equipe</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="43" />
      <source>operator</source>
      <translation>operador</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="48" />
      <source>queue jobs</source>
      <translation>enfileirar tarefas</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="46" />
      <source>read the team's data</source>
      <translation>ler os dados da equipe</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="49" />
      <source>send SMS</source>
      <translation>enviar SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="43" />
      <source>viewer</source>
      <translation>leitor</translation>
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
      <translation>Visto por último</translation>
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
      <translation>Plano</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="52" />
      <source>Platform status</source>
      <translation>Status na plataforma</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="43" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="45" />
      <source>Usage</source>
      <translation>Consumo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="60" />
      <source>changed</source>
      <translation>alterado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="63" />
      <source>delivered</source>
      <translation>entregue</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="61" />
      <source>failed</source>
      <translation>falhou</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="62" />
      <source>pending</source>
      <translation>pendente</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="61" />
      <source>refused</source>
      <translation>recusado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="62" />
      <source>sent</source>
      <translation>enviado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="60" />
      <source>unchanged</source>
      <translation>inalterado</translation>
    </message>
  </context>
  <context>
    <name>FleetController</name>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="152" />
      <source>Adding the account</source>
      <translation>Adicionando a conta</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="159" />
      <source>Cannot read %1: %2</source>
      <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="329" />
      <source>Cannot write %1: %2</source>
      <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="218" />
      <source>Changing the status</source>
      <translation>Mudando o status</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="333" />
      <source>Exporting</source>
      <translation>Exportando</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="297" />
      <source>Reading the CDRs</source>
      <translation>Lendo os CDRs</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="277" />
      <source>Reading the SIM</source>
      <translation>Lendo o SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="201" />
      <source>Reading the SIMs</source>
      <translation>Lendo os SIMs</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="231" />
      <source>Resuming the job</source>
      <translation>Retomando a tarefa</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="310" />
      <source>Sending the SMS</source>
      <translation>Enviando o SMS</translation>
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
        <numerusform>%n SIM gravado em %1</numerusform>
        <numerusform>%n SIMs gravados em %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="614" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n caractere</numerusform>
        <numerusform>%n caracteres</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="615" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n mensagem</numerusform>
        <numerusform>%n mensagens</numerusform>
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
      <translation>&amp;Conta:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="666" />
      <source>&amp;Queue for the team</source>
      <translation>&amp;Enfileirar para a equipe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="239" />
      <source>&amp;Refresh</source>
      <translation>&amp;Atualizar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="243" />
      <source>Add a fleet account</source>
      <translation>Adicionar uma conta de frota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="242" />
      <source>Add…</source>
      <translation>Adicionar…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="484" />
      <source>All backends</source>
      <translation>Todos os backends</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="481" />
      <source>All statuses</source>
      <translation>Todos os status</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="198" />
      <location filename="../cmgui/views/fleet_page.py" line="449" />
      <source>Audit log</source>
      <translation>Registro de auditoria</translation>
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
      <translation>CDRs</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="755" />
      <source>CSV files (*.csv)</source>
      <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="650" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="386" />
      <source>Call detail records</source>
      <translation>Registros detalhados de chamadas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="436" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="437" />
      <source>Cancel the status change</source>
      <translation>Cancelar a mudança de status</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="665" />
      <source>Change &amp;now</source>
      <translation>Alterar &amp;agora</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="282" />
      <source>Change status</source>
      <translation>Mudar o status</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="639" />
      <location filename="../cmgui/views/fleet_page.py" line="659" />
      <source>Change the status</source>
      <translation>Mudar o status</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="640" />
      <location filename="../cmgui/views/fleet_page.py" line="660" />
      <source>Change the status of %n SIM(s) to %1?</source>
      <translation>
        <numerusform>Mudar o status de %n SIM para %1?</numerusform>
        <numerusform>Mudar o status de %n SIMs para %1?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="682" />
      <source>Changing %n SIM(s) to %1</source>
      <translation>
        <numerusform>Mudando %n SIM para %1</numerusform>
        <numerusform>Mudando %n SIMs para %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="277" />
      <source>Columns</source>
      <translation>Colunas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="193" />
      <source>Error</source>
      <translation>Erro</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="295" />
      <source>Export CSV…</source>
      <translation>Exportar CSV…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="754" />
      <source>Export SIMs</source>
      <translation>Exportar SIMs</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="186" />
      <source>Fleet</source>
      <translation>Frota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="235" />
      <source>Fleet account</source>
      <translation>Conta de frota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="749" />
      <source>Forget the account %1 and its secret?</source>
      <translation>Esquecer a conta %1 e seu segredo?</translation>
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
      <translation>Identidade</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="187" />
      <source>IoT SIMs on your platforms: find them, change their status, read their usage and CDRs, send them SMS.</source>
      <translation>Os SIMs IoT das suas plataformas: encontre-os, mude o status, consulte o consumo e os CDRs, envie SMS para eles.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="707" />
      <source>Job %1: %2 of %n SIM(s) changed.</source>
      <translation>
        <numerusform>Tarefa %1: %2 de %n SIM alterado.</numerusform>
        <numerusform>Tarefa %1: %2 de %n SIMs alterados.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="379" />
      <source>Load the last 30 days</source>
      <translation>Carregar os últimos 30 dias</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="358" />
      <source>MSISDN</source>
      <translation>MSISDN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="420" />
      <source>Message length</source>
      <translation>Tamanho da mensagem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="412" />
      <source>Message text</source>
      <translation>Texto da mensagem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="359" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="566" />
      <source>No usage reported</source>
      <translation>Nenhum consumo informado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="373" />
      <source>Overview</source>
      <translation>Visão geral</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="374" />
      <location filename="../cmgui/views/fleet_page.py" line="375" />
      <source>Packages</source>
      <translation>Pacotes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="359" />
      <source>Plan</source>
      <translation>Plano</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="435" />
      <source>Progress</source>
      <translation>Progresso</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="693" />
      <source>Queued as job %1: the team's server changes the SIMs.</source>
      <translation>Enfileirado como tarefa %1: o servidor da equipe altera os SIMs.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="662" />
      <source>Queued, the team's server (cmcli serve --team) changes them, even after cmgui is closed; the audit log shows the job once it runs.</source>
      <translation>Enfileirados, o servidor da equipe (cmcli serve --team) os altera, mesmo depois de o cmgui ser fechado; o registro de auditoria mostra a tarefa assim que ela roda.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="240" />
      <source>Read every SIM from the platform again</source>
      <translation>Ler novamente todos os SIMs da plataforma</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="245" />
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="748" />
      <source>Remove the account</source>
      <translation>Remover a conta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="246" />
      <source>Remove the fleet account</source>
      <translation>Remover a conta de frota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="452" />
      <source>Resume the job</source>
      <translation>Retomar a tarefa</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="732" />
      <source>Resuming job %1</source>
      <translation>Retomando a tarefa %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="453" />
      <source>Run a job that was cut off again; SIMs it changed already are left alone</source>
      <translation>Executar novamente uma tarefa interrompida; os SIMs já alterados não são tocados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="421" />
      <source>S&amp;end</source>
      <translation>&amp;Enviar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="351" />
      <source>SIM details</source>
      <translation>Detalhes do SIM</translation>
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
      <translation>SIMs de um arquivo CSV → %1…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="649" />
      <source>SIMs to change</source>
      <translation>SIMs a alterar</translation>
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
      <translation>SMS com este SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="264" />
      <source>Search ICCID, IMSI, MSISDN, IMEI or name</source>
      <translation>Pesquisar ICCID, IMSI, MSISDN, IMEI ou nome</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="265" />
      <source>Search SIMs</source>
      <translation>Pesquisar SIMs</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="287" />
      <source>Selected SIMs → %1</source>
      <translation>SIMs selecionados → %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="356" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="716" />
      <source>Status change</source>
      <translation>Mudança de status</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="269" />
      <source>Status filter</source>
      <translation>Filtro de status</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="585" />
      <source>This platform does not send SMS to SIMs</source>
      <translation>Esta plataforma não envia SMS para SIMs</translation>
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
      <translation>Escrever uma mensagem para o SIM</translation>
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
      <translation>Somente chamadas de emergência</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="24" />
      <source>Home network</source>
      <translation>Rede de origem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="29" />
      <source>Home network (SMS only)</source>
      <translation>Rede de origem (somente SMS)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="52" />
      <source>No SIM card</source>
      <translation>Sem chip</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="16" />
      <source>Not available</source>
      <translation>Indisponível</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="12" />
      <source>Not open</source>
      <translation>Não aberto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="23" />
      <source>Not registered</source>
      <translation>Não registrado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="13" />
      <source>Opening…</source>
      <translation>Abrindo…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="49" />
      <source>PIN required</source>
      <translation>PIN necessário</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="50" />
      <source>PUK required</source>
      <translation>PUK necessário</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="14" />
      <source>Ready</source>
      <translation>Pronto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="26" />
      <source>Registration denied</source>
      <translation>Registro negado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="28" />
      <source>Roaming</source>
      <translation>Roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="30" />
      <source>Roaming (SMS only)</source>
      <translation>Roaming (somente SMS)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="53" />
      <source>SIM card failure</source>
      <translation>Falha no chip</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="15" />
      <source>SIM locked</source>
      <translation>SIM protegido por PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="25" />
      <source>Searching…</source>
      <translation>Procurando…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="27" />
      <source>Unknown</source>
      <translation>Desconhecido</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="48" />
      <source>Unlocked</source>
      <translation>Desbloqueado</translation>
    </message>
  </context>
  <context>
    <name>GatewayController</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="416" />
      <source>Fetching received messages</source>
      <translation>Buscando as mensagens recebidas</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="470" />
      <source>Sending %n message(s)</source>
      <translation>
        <numerusform>Enviando %n mensagem</numerusform>
        <numerusform>Enviando %n mensagens</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="434" />
      <source>The file %1 cannot be read: %2</source>
      <translation>Não é possível ler o arquivo %1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="438" />
      <source>The file %1 cannot be used: %2</source>
      <translation>Não é possível usar o arquivo %1: %2</translation>
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
      <translation>%1 de %2 concluídos: %3 enviados, %4 com falha</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="121" />
      <source>%1 presents a certificate no authority vouches for (self-signed), with SHA-256 %2. Trust it only if the gateway's web UI shows the same fingerprint.</source>
      <translation>%1 apresenta um certificado que nenhuma autoridade garante (autoassinado), com SHA-256 %2. Confie nele apenas se a interface web do gateway mostrar a mesma impressão digital.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/gateway_page.py" line="343" />
      <source>%n recipient(s) from %1</source>
      <translation>
        <numerusform>%n destinatário de %1</numerusform>
        <numerusform>%n destinatários de %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="140" />
      <source>&amp;Address:</source>
      <translation>&amp;Endereço:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="149" />
      <source>&amp;Connect</source>
      <translation>&amp;Conectar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="266" />
      <source>&amp;Fetch new messages</source>
      <translation>&amp;Buscar mensagens novas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="213" />
      <source>&amp;Message:</source>
      <translation>&amp;Mensagem:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="221" />
      <source>&amp;Ports:</source>
      <translation>&amp;Portas:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="230" />
      <source>&amp;Queue for the team</source>
      <translation>&amp;Enfileirar para a equipe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="227" />
      <source>&amp;Send</source>
      <translation>&amp;Enviar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="103" />
      <source>&amp;Trust this certificate</source>
      <translation>&amp;Confiar neste certificado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="191" />
      <source>&amp;Use this port</source>
      <translation>&amp;Usar esta porta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="207" />
      <source>A CSV file with a header row: number, then param columns for #param#, optionally user_id.</source>
      <translation>Um arquivo CSV com uma linha de cabeçalho: number, depois colunas param para #param#, opcionalmente user_id.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="226" />
      <source>Ask for &amp;delivery reports</source>
      <translation>Solicitar &amp;confirmações de entrega</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="201" />
      <source>Bulk SMS</source>
      <translation>SMS em massa</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="174" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="167" />
      <source>CPU load of the gateway</source>
      <translation>Carga de CPU do gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="341" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="281" />
      <source>Cancel &amp;job</source>
      <translation>Cancelar &amp;tarefa</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="283" />
      <source>Cancel the selected job if no server has taken it yet</source>
      <translation>Cancelar a tarefa escolhida se nenhum servidor a assumiu ainda</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="95" />
      <source>Certificate</source>
      <translation>Certificado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="368" />
      <source>Choose a recipients file and write the message first.</source>
      <translation>Escolha primeiro um arquivo de destinatários e escreva a mensagem.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="205" />
      <source>Choose the recipients file (CSV)</source>
      <translation>Escolher o arquivo de destinatários (CSV)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="150" />
      <source>Connect to the gateway</source>
      <translation>Conectar ao gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="69" />
      <source>Error</source>
      <translation>Erro</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="407" />
      <source>Every message was sent.</source>
      <translation>Todas as mensagens foram enviadas.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="64" />
      <source>Every port of a gateway at a glance, bulk SMS from a file, and what all ports received. A port opens like a modem: double-click it.</source>
      <translation>Todas as portas de um gateway num relance, SMS em massa a partir de um arquivo e tudo o que as portas receberam. Uma porta abre como um modem: clique duas vezes nela.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="268" />
      <source>Fetch and archive the messages every port received</source>
      <translation>Buscar e arquivar as mensagens recebidas por todas as portas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="138" />
      <source>Gateway</source>
      <translation>Gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="144" />
      <source>Gateway address</source>
      <translation>Endereço do gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="216" />
      <source>Hello #param#, …</source>
      <translation>Olá #param#, …</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="156" />
      <source>Log in to a gateway once, then pick it here: %1</source>
      <translation>Entre uma vez em um gateway e depois escolha-o aqui: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="177" />
      <source>Memory</source>
      <translation>Memória</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="171" />
      <source>Memory used on the gateway</source>
      <translation>Memória usada no gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="215" />
      <source>Message template</source>
      <translation>Modelo de mensagem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="193" />
      <source>Open the selected port like a modem</source>
      <translation>Abrir a porta selecionada como um modem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="184" />
      <source>Ports</source>
      <translation>Portas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="365" />
      <source>Ports are numbers from 0 to 31 separated by commas.</source>
      <translation>As portas são números de 0 a 31 separados por vírgulas.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="185" />
      <source>Ports of the gateway</source>
      <translation>Portas do gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="223" />
      <source>Ports to send on</source>
      <translation>Portas de envio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="232" />
      <source>Queue the messages for the team's server</source>
      <translation>Enfileirar as mensagens para o servidor da equipe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="386" />
      <source>Queued as job %1: the team's server sends it.</source>
      <translation>Enfileirado como tarefa %1: o servidor da equipe a envia.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="261" />
      <source>Received messages</source>
      <translation>Mensagens recebidas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="260" />
      <source>Received on all ports</source>
      <translation>Recebidas em todas as portas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="341" />
      <source>Recipients</source>
      <translation>Destinatários</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="204" />
      <source>Recipients &amp;file…</source>
      <translation>&amp;Arquivo de destinatários…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="254" />
      <source>Recipients, messages and results</source>
      <translation>Destinatários, mensagens e resultados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="63" />
      <source>SMS gateways</source>
      <translation>Gateways de SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="228" />
      <source>Send the messages</source>
      <translation>Enviar as mensagens</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="248" />
      <source>Sending progress</source>
      <translation>Progresso do envio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="275" />
      <source>Team jobs</source>
      <translation>Tarefas da equipe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="117" />
      <source>The certificate of %1 has changed. It now presents SHA-256 %2; the pinned one was %3. Trust the new one only if the gateway's web UI shows the same fingerprint.</source>
      <translation>O certificado de %1 mudou. Agora ele apresenta SHA-256 %2; o fixado era %3. Confie no novo apenas se a interface web do gateway mostrar a mesma impressão digital.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="276" />
      <source>The team's queued jobs</source>
      <translation>As tarefas enfileiradas da equipe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="233" />
      <source>The team's server (cmcli serve --team) sends them, even after cmgui is closed; every desktop sees the job below.</source>
      <translation>O servidor da equipe (cmcli serve --team) as envia, mesmo depois de o cmgui ser fechado; cada computador vê a tarefa abaixo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="105" />
      <source>Trust the certificate the gateway presents</source>
      <translation>Confiar no certificado apresentado pelo gateway</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="224" />
      <source>any free port (or e.g. 0,3)</source>
      <translation>qualquer porta livre (ou por ex. 0,3)</translation>
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
      <translation>Mensagem</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>Port</source>
      <translation>Porta</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>Received</source>
      <translation>Recebido</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../cmgui/views/main_window.py" line="483" />
      <source>%1 has a data connection up. Switch to another device? The connection stays up, but cmgui stops showing and counting it.</source>
      <translation>%1 está com uma conexão de dados ativa. Mudar para outro dispositivo? A conexão continua ativa, mas o cmgui deixa de exibi-la e de contabilizá-la.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="378" />
      <source>&amp;Device:</source>
      <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="410" />
      <source>&amp;Retry</source>
      <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="486" />
      <source>&amp;Switch</source>
      <translation>&amp;Mudar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="383" />
      <source>Add a remote device</source>
      <translation>Adicionar um dispositivo remoto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="382" />
      <source>Add a remote device…</source>
      <translation>Adicionar um dispositivo remoto…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="158" />
      <source>Connection</source>
      <translation>Conexão</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="456" />
      <source>Connection state</source>
      <translation>Estado da conexão</translation>
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
      <translation>Dispensar a mensagem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="409" />
      <source>Error</source>
      <translation>Erro</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="160" />
      <source>Fleet</source>
      <translation>Frota</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="380" />
      <location filename="../cmgui/views/main_window.py" line="381" />
      <source>Look for devices again</source>
      <translation>Procurar dispositivos novamente</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="424" />
      <source>Message archive problem</source>
      <translation>Problema no arquivo de mensagens</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="159" />
      <source>Messages</source>
      <translation>Mensagens</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="515" />
      <source>No device</source>
      <translation>Nenhum dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="411" />
      <source>Open the device again</source>
      <translation>Abrir o dispositivo novamente</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="454" />
      <source>Operator</source>
      <translation>Operadora</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="161" />
      <source>SMS gateways</source>
      <translation>Gateways de SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="163" />
      <source>Sections</source>
      <translation>Seções</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="160" />
      <source>Settings</source>
      <translation>Configurações</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="159" />
      <source>Statistics</source>
      <translation>Estatísticas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="483" />
      <source>Switch device</source>
      <translation>Mudar de dispositivo</translation>
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
      <translation>Excluindo mensagens</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="282" />
      <source>Marking messages read</source>
      <translation>Marcando as mensagens como lidas</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="180" />
      <source>Reading a new message</source>
      <translation>Lendo uma nova mensagem</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="142" />
      <source>Reading messages</source>
      <translation>Lendo as mensagens</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="250" />
      <source>Sending the message</source>
      <translation>Enviando a mensagem</translation>
    </message>
  </context>
  <context>
    <name>MessagesPage</name>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="452" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n caractere</numerusform>
        <numerusform>%n caracteres</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="454" />
      <source>%n left</source>
      <translation>
        <numerusform>resta %n</numerusform>
        <numerusform>restam %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="453" />
      <source>%n message(s)</source>
      <translation>
        <numerusform>%n mensagem</numerusform>
        <numerusform>%n mensagens</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="379" />
      <source>&amp;Delete</source>
      <translation>&amp;Excluir</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="347" />
      <source>&amp;New message</source>
      <translation>&amp;Nova mensagem</translation>
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
      <translation>Escolha uma conversa ou escreva uma nova mensagem.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="343" />
      <source>Conversations</source>
      <translation>Conversas</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="485" />
      <source>Delete %n message(s) from the archive and from the device?</source>
      <translation>
        <numerusform>Excluir %n mensagem do arquivo e do dispositivo?</numerusform>
        <numerusform>Excluir %n mensagens do arquivo e do dispositivo?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="484" />
      <source>Delete messages</source>
      <translation>Excluir mensagens</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="380" />
      <source>Delete the selected messages</source>
      <translation>Excluir as mensagens selecionadas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="325" />
      <source>Every message read from or sent with your devices, and USSD services.</source>
      <translation>Todas as mensagens recebidas ou enviadas com seus dispositivos e os serviços USSD.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="394" />
      <source>Message length</source>
      <translation>Tamanho da mensagem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="386" />
      <source>Message text</source>
      <translation>Texto da mensagem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="324" />
      <source>Messages</source>
      <translation>Mensagens</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="435" />
      <source>Messages matching “%1”</source>
      <translation>Mensagens que contêm “%1”</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="366" />
      <source>Messages of the conversation</source>
      <translation>Mensagens da conversa</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="438" />
      <source>New message</source>
      <translation>Nova mensagem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="350" />
      <source>Open the USSD dialog</source>
      <translation>Abrir a janela USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="374" />
      <source>Phone number</source>
      <translation>Número de telefone</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="375" />
      <source>Recipient</source>
      <translation>Destinatário</translation>
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
      <translation>Pesquisar nas mensagens</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="397" />
      <source>Send (Ctrl+Enter)</source>
      <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="385" />
      <source>Write a message</source>
      <translation>Escreva uma mensagem</translation>
    </message>
  </context>
  <context>
    <name>Models</name>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="51" />
      <source>(hidden network)</source>
      <translation>(rede oculta)</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="73" />
      <source>APN</source>
      <translation>APN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="245" />
      <source>Account</source>
      <translation>Conta</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="25" />
      <source>Address</source>
      <translation>Endereço</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="42" />
      <source>Available</source>
      <translation>Disponível</translation>
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
      <translation>Alterar</translation>
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
      <translation>Atual</translation>
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
      <translation>Padrão</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="33" />
      <source>Delivered</source>
      <translation>Entregue</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="71" />
      <source>Detail</source>
      <translation>Detalhe</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="24" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="68" />
      <source>Done</source>
      <translation>Feito</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="41" />
      <source>Duration</source>
      <translation>Duração</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="217" />
      <source>Expires</source>
      <translation>Expira</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="63" />
      <source>For</source>
      <translation>Para</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="43" />
      <source>Forbidden</source>
      <translation>Proibida</translation>
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
      <translation>Rede de origem</translation>
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
      <translation>Tarefa</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="230" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="57" />
      <source>Known</source>
      <translation>Conhecida</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="53" />
      <source>Last message</source>
      <translation>Última mensagem</translation>
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
      <translation>Rede</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="66" />
      <source>Network code</source>
      <translation>Código da rede</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="33" />
      <source>Not delivered</source>
      <translation>Não entregue</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="51" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="65" />
      <source>Operator</source>
      <translation>Operadora</translation>
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
      <translation>Pacote</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="234" />
      <source>Peer / network</source>
      <translation>Interlocutor / rede</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="93" />
      <source>Priority</source>
      <translation>Prioridade</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="43" />
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="47" />
      <source>Received</source>
      <translation>Recebido</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="235" />
      <source>Result</source>
      <translation>Resultado</translation>
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
      <translation>Segurança</translation>
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
      <translation>Sinal</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="228" />
      <source>Start</source>
      <translation>Início</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="38" />
      <source>Started</source>
      <translation>Início</translation>
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
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="67" />
      <source>Technology</source>
      <translation>Tecnologia</translation>
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
      <translation>Desconhecido</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="56" />
      <source>Unread</source>
      <translation>Não lidas</translation>
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
      <translation>Volume</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="62" />
      <source>What</source>
      <translation>O quê</translation>
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
      <translation>Quem</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="29" />
      <source>You</source>
      <translation>Você</translation>
    </message>
  </context>
  <context>
    <name>NetworkController</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="374" />
      <source>Changing the network mode</source>
      <translation>Alterando o modo de rede</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="349" />
      <source>Reading the radio details</source>
      <translation>Lendo os detalhes do rádio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="342" />
      <source>Registering</source>
      <translation>Registrando</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="306" />
      <source>Searching for networks</source>
      <translation>Procurando redes</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="365" />
      <source>Switching the radio</source>
      <translation>Alternando o rádio</translation>
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
      <translation>Cancelar a operação em andamento</translation>
    </message>
    <message>
      <location filename="../cmgui/views/widgets.py" line="156" />
      <source>Progress</source>
      <translation>Progresso</translation>
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
      <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="127" />
      <source>&amp;Set passphrase</source>
      <translation>&amp;Definir frase secreta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="127" />
      <source>&amp;Unlock</source>
      <translation>&amp;Desbloquear</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="96" />
      <source>Choose a passphrase</source>
      <translation>Escolher uma frase secreta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="129" />
      <source>Go on &amp;without</source>
      <translation>Continuar &amp;sem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="110" />
      <source>Passphrase</source>
      <translation>Frase secreta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="112" />
      <source>Passphrase again</source>
      <translation>Frase secreta de novo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="103" />
      <source>Type the passphrase of the encrypted file (%1) to use the passwords and tokens kept in it.</source>
      <translation>Digite a frase secreta do arquivo criptografado (%1) para usar as senhas e os tokens guardados nele.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="102" />
      <source>Unlock your secrets</source>
      <translation>Desbloquear seus segredos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="97" />
      <source>cmgui keeps passwords and tokens in an encrypted file, %1. Choose the passphrase that protects it; you give it once each time cmgui starts. Without it the secrets in the file cannot be recovered.</source>
      <translation>O cmgui guarda senhas e tokens em um arquivo criptografado, %1. Escolha a frase secreta que o protege; você a digita uma vez a cada início do cmgui. Sem ela, os segredos do arquivo não podem ser recuperados.</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="164" />
      <source>%n PIN attempt(s) left</source>
      <translation>
        <numerusform>Resta %n tentativa de PIN</numerusform>
        <numerusform>Restam %n tentativas de PIN</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="162" />
      <source>%n PUK attempt(s) left</source>
      <translation>
        <numerusform>Resta %n tentativa de PUK</numerusform>
        <numerusform>Restam %n tentativas de PUK</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="186" />
      <source>A PIN has 4 to 8 digits.</source>
      <translation>Um PIN tem de 4 a 8 dígitos.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="135" />
      <source>Anyone with this SIM card can use it without a PIN once it is off.</source>
      <translation>Com o PIN desativado, qualquer pessoa pode usar este chip sem PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="144" />
      <source>Change</source>
      <translation>Alterar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="140" />
      <source>Change PIN</source>
      <translation>Alterar o PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="255" />
      <source>Close</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="193" />
      <source>Confirm the last attempt first.</source>
      <translation>Confirme primeiro a última tentativa.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="142" />
      <source>Current PIN:</source>
      <translation>PIN atual:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="141" />
      <source>Enter the current PIN and the new one twice.</source>
      <translation>Digite o PIN atual e, duas vezes, o novo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="92" />
      <source>Error</source>
      <translation>Erro</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="71" />
      <source>I understand, try this last time</source>
      <translation>Entendi, fazer esta última tentativa</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="75" />
      <source>Kept in the system keyring. It is sent for you only while at least two attempts are left, and forgotten if the SIM ever rejects it.</source>
      <translation>Guardado no chaveiro do sistema. Ele é enviado por você apenas enquanto restarem pelo menos duas tentativas e é esquecido se o SIM o recusar.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="171" />
      <source>Last attempt: a wrong PIN blocks the SIM card and you will need the PUK.</source>
      <translation>Última tentativa: um PIN errado bloqueia o chip e você precisará do PUK.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="167" />
      <source>Last attempt: a wrong PUK blocks the SIM card for good. Only your operator can replace it.</source>
      <translation>Última tentativa: um PUK errado bloqueia o chip para sempre. Só sua operadora pode substituí-lo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="61" />
      <source>New PIN</source>
      <translation>Novo PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="125" />
      <location filename="../cmgui/views/pin_dialogs.py" line="142" />
      <source>New PIN:</source>
      <translation>Novo PIN:</translation>
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
      <translation>&amp;Lembrar o PIN neste computador</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="74" />
      <source>Remember the PIN on this computer</source>
      <translation>Lembrar o PIN neste computador</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="62" />
      <source>Repeat new PIN</source>
      <translation>Repita o novo PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="126" />
      <location filename="../cmgui/views/pin_dialogs.py" line="143" />
      <source>Repeat new PIN:</source>
      <translation>Repita o novo PIN:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="122" />
      <source>The PIN is blocked after too many wrong entries. Enter the PUK from the SIM card's holder, then choose a new PIN.</source>
      <translation>O PIN foi bloqueado após muitas tentativas erradas. Digite o PUK que consta no cartão do chip e escolha um novo PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="238" />
      <source>The PIN is changed. Use the new PIN from now on.</source>
      <translation>O PIN foi alterado. Use o novo PIN a partir de agora.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="237" />
      <source>The PIN is off.</source>
      <translation>O PIN está desativado.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="236" />
      <source>The PIN is on: the SIM will ask for it when it starts.</source>
      <translation>O PIN está ativado: o SIM vai pedi-lo ao iniciar.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="184" />
      <source>The PUK has 8 digits.</source>
      <translation>O PUK tem 8 dígitos.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="117" />
      <source>The SIM card is locked. Enter its PIN to use it.</source>
      <translation>O chip está bloqueado. Digite o PIN dele para usá-lo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="235" />
      <source>The SIM is unblocked and has the new PIN.</source>
      <translation>O SIM foi desbloqueado e tem o novo PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="130" />
      <source>The SIM will ask for this PIN whenever it starts.</source>
      <translation>O SIM vai pedir este PIN sempre que iniciar.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="189" />
      <source>The new PIN needs 4 to 8 digits.</source>
      <translation>O novo PIN precisa ter de 4 a 8 dígitos.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="191" />
      <source>The two new PINs differ.</source>
      <translation>Os dois novos PINs são diferentes.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="134" />
      <source>Turn PIN off</source>
      <translation>Desativar o PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="129" />
      <source>Turn PIN on</source>
      <translation>Ativar o PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="138" />
      <source>Turn off</source>
      <translation>Desativar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="132" />
      <source>Turn on</source>
      <translation>Ativar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="127" />
      <source>Unblock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="121" />
      <source>Unblock SIM</source>
      <translation>Desbloquear o SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="119" />
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="116" />
      <source>Unlock SIM</source>
      <translation>Desbloquear o SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="82" />
      <source>Why the button is not available</source>
      <translation>Por que o botão não está disponível</translation>
    </message>
  </context>
  <context>
    <name>PlanEditor</name>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="32" />
      <source>&amp;Billing period starts on day:</source>
      <translation>O período de &amp;cobrança começa no dia:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="50" />
      <source>&amp;Save plan</source>
      <translation>&amp;Salvar o plano</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="40" />
      <source>&amp;Warn at (% of the limit):</source>
      <translation>&amp;Avisar em (% do limite):</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="31" />
      <source>Billing day</source>
      <translation>Dia de cobrança</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="42" />
      <source>D&amp;isconnect when the limit is reached</source>
      <translation>&amp;Desconectar ao atingir o limite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="25" />
      <source>Data plan of this SIM</source>
      <translation>Plano de dados deste SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="48" />
      <source>Data plan status</source>
      <translation>Status do plano de dados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="34" />
      <source>Monthly &amp;limit:</source>
      <translation>&amp;Limite mensal:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="33" />
      <source>Monthly limit</source>
      <translation>Limite mensal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="63" />
      <source>No limit</source>
      <translation>Sem limite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="36" />
      <source>R&amp;oaming limit:</source>
      <translation>Limite em r&amp;oaming:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="35" />
      <source>Roaming limit</source>
      <translation>Limite em roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="51" />
      <source>Save the data plan</source>
      <translation>Salvar o plano de dados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="96" />
      <source>Saved.</source>
      <translation>Salvo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="80" />
      <source>Unlock a SIM to set its plan; usage is counted per SIM.</source>
      <translation>Desbloqueie um SIM para definir seu plano; o consumo é contado por SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="39" />
      <source>Warning thresholds in percent</source>
      <translation>Limites de aviso em porcentagem</translation>
    </message>
  </context>
  <context>
    <name>PortTableModel</name>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="123" />
      <source>%n min ago</source>
      <translation>
        <numerusform>há %n min</numerusform>
        <numerusform>há %n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="121" />
      <source>%n s ago</source>
      <translation>
        <numerusform>há %n s</numerusform>
        <numerusform>há %n s</numerusform>
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
      <translation>Última atividade</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="111" />
      <source>No SIM</source>
      <translation>Sem SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="111" />
      <source>Not registered</source>
      <translation>Não registrado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>Operator</source>
      <translation>Operadora</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="112" />
      <source>PIN required</source>
      <translation>PIN necessário</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="112" />
      <source>PUK required</source>
      <translation>PUK necessário</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Port</source>
      <translation>Porta</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="113" />
      <source>Radio off</source>
      <translation>Rádio desligado</translation>
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
      <translation>Procurando</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Signal</source>
      <translation>Sinal</translation>
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
      <translation>Desconhecido</translation>
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
      <translation>&amp;Nome:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="84" />
      <source>&amp;Password:</source>
      <translation>&amp;Senha:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="83" />
      <source>&amp;User name:</source>
      <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="85" />
      <source>A&amp;uthentication:</source>
      <translation>A&amp;utenticação:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="62" />
      <source>Allow while roaming</source>
      <translation>Permitir em roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="46" />
      <source>Edit profile</source>
      <translation>Editar o perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="46" />
      <source>New profile</source>
      <translation>Novo perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="59" />
      <source>None</source>
      <translation>Nenhuma</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="78" />
      <source>Other (enter it yourself)</source>
      <translation>Outro (digite você mesmo)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="59" />
      <source>PAP or CHAP</source>
      <translation>PAP ou CHAP</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="79" />
      <source>Su&amp;ggested:</source>
      <translation>&amp;Sugestão:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="73" />
      <source>Suggested settings</source>
      <translation>Configurações sugeridas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="57" />
      <source>unchanged</source>
      <translation>inalterado</translation>
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
      <translation>&amp;Provedor:</translation>
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
      <translation>Escolha seu provedor e plano; o cmgui preenche as configurações. O provedor do seu SIM já vem escolhido quando é conhecido.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="62" />
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="82" />
      <source>Enter the settings &amp;myself…</source>
      <translation>Inserir as configurações &amp;manualmente…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="52" />
      <source>New profile</source>
      <translation>Novo perfil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="135" />
      <source>No plan listed: enter the settings yourself.</source>
      <translation>Nenhum plano listado: insira as configurações você mesmo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="75" />
      <source>P&amp;lan:</source>
      <translation>P&amp;lano:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="73" />
      <source>Plan</source>
      <translation>Plano</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="69" />
      <source>Provider</source>
      <translation>Provedor</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="36" />
      <source>Test networks (demo modem)</source>
      <translation>Redes de teste (modem de demonstração)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="140" />
      <source>User name: %1</source>
      <translation>Nome de usuário: %1</translation>
    </message>
  </context>
  <context>
    <name>ProvisioningController</name>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="27" />
      <source>Set by %1</source>
      <translation>Definido por %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="98" />
      <source>The provisioning file %1 has mistakes and is not used (%2). Check it with: cmcli provisioning check</source>
      <translation>O arquivo de provisionamento %1 tem erros e não é usado (%2). Verifique-o com: cmcli provisioning check</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="110" />
      <source>This profile is set by %1 and cannot be edited or deleted.</source>
      <translation>Este perfil é definido por %1 e não pode ser editado nem excluído.</translation>
    </message>
  </context>
  <context>
    <name>RecipientTableModel</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="188" />
      <source>Delivered</source>
      <translation>Entregue</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="188" />
      <source>Failed</source>
      <translation>Falhou</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Message</source>
      <translation>Mensagem</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="189" />
      <source>No result</source>
      <translation>Sem resultado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="189" />
      <source>Not sent</source>
      <translation>Não enviado</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Port</source>
      <translation>Porta</translation>
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
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="206" />
      <source>Waiting</source>
      <translation>Aguardando</translation>
    </message>
  </context>
  <context>
    <name>RemoteEndpointDialog</name>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="44" />
      <source>&amp;Address:</source>
      <translation>&amp;Endereço:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="46" />
      <source>&amp;Certificate fingerprint:</source>
      <translation>Impressão digital do &amp;certificado:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="44" />
      <source>&amp;Name:</source>
      <translation>&amp;Nome:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="69" />
      <source>A SHA-256 fingerprint has 32 pairs of hex digits.</source>
      <translation>Uma impressão digital SHA-256 tem 32 pares de dígitos hexadecimais.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="45" />
      <source>Access &amp;token:</source>
      <translation>&amp;Token de acesso:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="27" />
      <source>Add remote device</source>
      <translation>Adicionar dispositivo remoto</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="71" />
      <source>Certificate pinning needs https:// or wss://.</source>
      <translation>A fixação de certificado exige https:// ou wss://.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="30" />
      <source>Connect to a modem shared by another computer running “cmcli serve”, or to any OpenCMAPI endpoint.</source>
      <translation>Conecte-se a um modem compartilhado por outro computador que executa “cmcli serve” ou a qualquer endpoint OpenCMAPI.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="39" />
      <source>Office router</source>
      <translation>Roteador do escritório</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="43" />
      <source>SHA-256, e.g. AB:CD:…</source>
      <translation>SHA-256, por ex. AB:CD:…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="66" />
      <source>The address starts with http://, https://, ws:// or wss://.</source>
      <translation>O endereço começa com http://, https://, ws:// ou wss://.</translation>
    </message>
  </context>
  <context>
    <name>SecretsChoiceController</name>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="123" />
      <source>That is not the passphrase of the encrypted file. Try again.</source>
      <translation>Essa não é a frase secreta do arquivo criptografado. Tente de novo.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="125" />
      <source>The encrypted file cannot be used: %1</source>
      <translation>O arquivo criptografado não pode ser usado: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/secrets_choice.py" line="111" />
      <source>The passphrase needs at least %n characters.</source>
      <translation>
        <numerusform>A frase secreta precisa de pelo menos %n caractere.</numerusform>
        <numerusform>A frase secreta precisa de pelo menos %n caracteres.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="113" />
      <source>The two passphrases differ. Type the same one twice.</source>
      <translation>As duas frases secretas são diferentes. Digite a mesma duas vezes.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="119" />
      <source>Type the passphrase, or go on without it.</source>
      <translation>Digite a frase secreta ou continue sem ela.</translation>
    </message>
  </context>
  <context>
    <name>SecretsDialogs</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="282" />
      <source>Access token for %1</source>
      <translation>Token de acesso para %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="283" />
      <source>Access tokens are not stored on this computer. Type the access token of the endpoint %1 (the one cmcli serve gave); it is kept until cmgui quits. Leave it empty if the endpoint needs none.</source>
      <translation>Os tokens de acesso não são guardados neste computador. Digite o token de acesso do endpoint %1 (o fornecido pelo cmcli serve); ele fica guardado até o cmgui ser fechado. Deixe vazio se o endpoint não precisar de token.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="267" />
      <source>Password for %1</source>
      <translation>Senha para %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="268" />
      <source>Passwords are not stored on this computer. Type the password of the profile %1 (user %2); it is kept until cmgui quits.</source>
      <translation>As senhas não são guardadas neste computador. Digite a senha do perfil %1 (usuário %2); ela fica guardada até o cmgui ser fechado.</translation>
    </message>
  </context>
  <context>
    <name>SecretsNoticeDialog</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="64" />
      <source>Don't store secrets (ask each time)</source>
      <translation>Não guardar segredos (perguntar sempre)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="53" />
      <source>No secure keyring</source>
      <translation>Nenhum chaveiro seguro</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="66" />
      <source>Store them in an encrypted file (protected by a passphrase)</source>
      <translation>Guardá-los em um arquivo criptografado (protegido por uma frase secreta)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="57" />
      <source>This computer has no secure keyring (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Locker), so cmgui has no safe place for APN passwords, access tokens and remembered PINs. It never puts them in a plain file.

Choose what cmgui does with them:</source>
      <translation>Este computador não tem um chaveiro seguro (como GNOME Keyring, KWallet, as Chaves do macOS ou o Gerenciador de Credenciais do Windows), então o cmgui não tem um lugar seguro para senhas de APN, tokens de acesso e PINs lembrados. Ele nunca os grava em um arquivo sem criptografia.

Escolha o que o cmgui faz com eles:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="72" />
      <source>This is asked once. The environment variable CMGUI_SECRETS (none, file or keyring) overrides the answer; see docs/security.md.</source>
      <translation>Isto é perguntado uma só vez. A variável de ambiente CMGUI_SECRETS (none, file ou keyring) tem precedência sobre a resposta; veja docs/security.md.</translation>
    </message>
  </context>
  <context>
    <name>SecretsSetup</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="212" />
      <source>Secrets not unlocked</source>
      <translation>Segredos não desbloqueados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="213" />
      <source>cmgui goes on without the encrypted file this time: passwords and tokens are asked for when they are needed, and none is saved. It asks for the passphrase again the next time it starts.</source>
      <translation>Desta vez o cmgui continua sem o arquivo criptografado: senhas e tokens são pedidos quando necessários e nenhum é guardado. A frase secreta será pedida de novo no próximo início.</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../cmgui/store/settings.py" line="92" />
      <source>Ask for delivery reports when sending.</source>
      <translation>Solicitar confirmações de entrega ao enviar.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="72" />
      <source>Closing the main window keeps cmgui in the tray.</source>
      <translation>Fechar a janela principal mantém o cmgui na bandeja do sistema.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="82" />
      <source>Connect automatically while roaming too (roaming may cost extra).</source>
      <translation>Conectar automaticamente também em roaming (o roaming pode custar mais).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="80" />
      <source>Connect mobile data as soon as the device is ready.</source>
      <translation>Conectar os dados móveis assim que o dispositivo estiver pronto.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="90" />
      <source>Delete messages from the device once they are safely archived.</source>
      <translation>Excluir as mensagens do dispositivo depois de arquivadas com segurança.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="74" />
      <source>Interface language (empty: follow the system).</source>
      <translation>Idioma da interface (vazio: seguir o sistema).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="96" />
      <source>Keep SIM PINs in the system keyring (off unless you turn it on).</source>
      <translation>Guardar os PINs dos SIMs no chaveiro do sistema (desativado a menos que você ative).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="93" />
      <source>Logging level.</source>
      <translation>Nível de log.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="78" />
      <source>Reconnect after the network drops a call.</source>
      <translation>Reconectar depois que a rede derrubar a conexão.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="70" />
      <source>Start hidden in the system tray.</source>
      <translation>Iniciar oculto na bandeja do sistema.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="104" />
      <source>Store for the archive, records and fleet: empty for this computer's SQLite file, or postgresql://[user@]host[:port]/database for a team's shared store (its password in the keyring or ~/.pgpass, never here). CMGUI_STORE and cmcli --store take precedence.</source>
      <translation>Armazenamento do arquivo de mensagens, dos registros e da frota: vazio para o arquivo SQLite deste computador, ou postgresql://[user@]host[:port]/database para um armazenamento compartilhado pela equipe (a senha dele no chaveiro ou em ~/.pgpass, nunca aqui). CMGUI_STORE e cmcli --store têm precedência.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="87" />
      <source>The note that closing the window keeps cmgui in the tray was shown.</source>
      <translation>O aviso de que fechar a janela mantém o cmgui na bandeja do sistema já foi mostrado.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="76" />
      <source>URL of the device used last, opened at start.</source>
      <translation>URL do dispositivo usado por último, aberto na inicialização.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="84" />
      <source>USSD codes saved per SIM: ICCID -&gt; list of [name, code].</source>
      <translation>Códigos USSD salvos por SIM: ICCID -&gt; lista de [nome, código].</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="98" />
      <source>Where passwords and tokens go when CMGUI_SECRETS is not set: empty for the system keyring (with none, cmgui asks once), keyring, none (give them each time) or file (the encrypted file). docs/security.md.</source>
      <translation>Para onde vão as senhas e os tokens quando CMGUI_SECRETS não está definida: vazio para o chaveiro do sistema (se não houver, o cmgui pergunta uma vez), keyring, none (digitá-los a cada vez) ou file (o arquivo criptografado). docs/security.md.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="156" />
      <source>%1, version %2</source>
      <translation>%1, versão %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="196" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="110" />
      <source>&amp;Closing the window keeps cmgui running in the tray</source>
      <translation>&amp;Fechar a janela mantém o cmgui na bandeja do sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="121" />
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="135" />
      <source>&amp;Reconnect when the network drops the connection</source>
      <translation>&amp;Reconectar quando a rede derrubar a conexão</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="257" />
      <source>A change applies at once to the passwords and tokens saved from then on. Those stored before stay where they are (nothing is moved or deleted): to keep one in the new place, enter it again.</source>
      <translation>Uma alteração vale imediatamente para as senhas e os tokens guardados a partir de então. Os guardados antes ficam onde estão (nada é movido nem excluído): para manter um no novo lugar, digite-o de novo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="126" />
      <source>A new language applies at once.</source>
      <translation>Um novo idioma é aplicado imediatamente.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="158" />
      <source>A&amp;bout…</source>
      <translation>So&amp;bre…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="154" />
      <source>About</source>
      <translation>Sobre</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="136" />
      <source>Ask for &amp;delivery reports</source>
      <translation>Solicitar &amp;confirmações de entrega</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="79" />
      <source>Ask for delivery reports</source>
      <translation>Solicitar confirmações de entrega</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="100" />
      <source>Changes are saved at once.</source>
      <translation>As alterações são salvas imediatamente.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="85" />
      <source>Closing the window keeps cmgui running in the tray</source>
      <translation>Fechar a janela mantém o cmgui na bandeja do sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="74" />
      <source>Connect automatically</source>
      <translation>Conectar automaticamente</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="75" />
      <source>Connect automatically while roaming</source>
      <translation>Conectar automaticamente em roaming</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="133" />
      <source>Connection and messages</source>
      <translation>Conexão e mensagens</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="138" />
      <source>Delete messages from the SIM once they are &amp;archived</source>
      <translation>Excluir as mensagens do SIM depois de &amp;arquivadas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="80" />
      <source>Delete messages from the SIM once they are archived</source>
      <translation>Excluir as mensagens do SIM depois de arquivadas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="49" />
      <source>Don't store (ask each time)</source>
      <translation>Não guardar (perguntar sempre)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="215" />
      <source>Empty for this computer's file, or postgresql://host/database for a team's shared store (the password stays in the keyring or ~/.pgpass). Used from the next start.</source>
      <translation>Vazio para o arquivo deste computador, ou postgresql://host/database para um armazenamento compartilhado pela equipe (a senha fica no chaveiro ou em ~/.pgpass). Vale a partir da próxima inicialização.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="48" />
      <source>Encrypted file (passphrase)</source>
      <translation>Arquivo criptografado (frase secreta)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="107" />
      <source>General</source>
      <translation>Geral</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="249" />
      <source>Keep &amp;secrets in:</source>
      <translation>Guardar os se&amp;gredos em:</translation>
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
      <translation>As redes são escolhidas somente de forma automática.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="293" />
      <source>No secure keyring on this computer.</source>
      <translation>Nenhum chaveiro seguro neste computador.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="298" />
      <source>Nothing is stored: passwords and tokens are asked for when needed and kept until cmgui quits.</source>
      <translation>Nada é guardado: senhas e tokens são pedidos quando necessários e ficam guardados até o cmgui ser fechado.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="145" />
      <source>Privacy</source>
      <translation>Privacidade</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="168" />
      <source>Provided by %1</source>
      <translation>Fornecido por %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="77" />
      <source>Reconnect when the network drops the connection</source>
      <translation>Reconectar quando a rede derrubar a conexão</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="147" />
      <source>Remember SIM &amp;PINs in the system keyring</source>
      <translation>Lembrar os &amp;PINs dos SIMs no chaveiro do sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="82" />
      <source>Remember SIM PINs in the system keyring</source>
      <translation>Lembrar os PINs dos SIMs no chaveiro do sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="229" />
      <source>S&amp;tore:</source>
      <translation>Armaze&amp;namento:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="238" />
      <source>Secrets</source>
      <translation>Segredos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="291" />
      <source>Set by CMGUI_SECRETS (it wins over this setting).</source>
      <translation>Definido por CMGUI_SECRETS (tem precedência sobre esta configuração).</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="100" />
      <source>Settings</source>
      <translation>Configurações</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="177" />
      <source>Settings fixed by %1:</source>
      <translation>Configurações fixadas por %1:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="108" />
      <source>Start &amp;hidden in the system tray</source>
      <translation>Iniciar &amp;oculto na bandeja do sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="84" />
      <source>Start hidden in the system tray</source>
      <translation>Iniciar oculto na bandeja do sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="210" />
      <source>Store</source>
      <translation>Armazenamento</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="213" />
      <source>Store URL</source>
      <translation>URL do armazenamento</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="172" />
      <source>Support: %1</source>
      <translation>Suporte: %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="47" />
      <source>System keyring</source>
      <translation>Chaveiro do sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="115" />
      <location filename="../cmgui/views/settings_page.py" line="201" />
      <source>System language</source>
      <translation>Idioma do sistema</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="295" />
      <source>The encrypted file stays locked this time (no passphrase was given): passwords and tokens are asked for when needed.</source>
      <translation>Desta vez o arquivo criptografado continua bloqueado (nenhuma frase secreta foi informada): senhas e tokens são pedidos quando necessários.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="212" />
      <source>This computer (SQLite)</source>
      <translation>Este computador (SQLite)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="83" />
      <location filename="../cmgui/views/settings_page.py" line="242" />
      <source>Where secrets are kept</source>
      <translation>Onde os segredos são guardados</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="192" />
      <source>off</source>
      <translation>desativado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="192" />
      <source>on</source>
      <translation>ativado</translation>
    </message>
  </context>
  <context>
    <name>SignalBars</name>
    <message>
      <location filename="../cmgui/views/signal_bars.py" line="36" />
      <source>Signal: %1 of %2 bars</source>
      <translation>Sinal: %1 de %2 barras</translation>
    </message>
  </context>
  <context>
    <name>SimController</name>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="121" />
      <source>Changing the PIN</source>
      <translation>Alterando o PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="116" />
      <source>Turning the PIN off</source>
      <translation>Desativando o PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="112" />
      <source>Turning the PIN on</source>
      <translation>Ativando o PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="108" />
      <source>Unblocking the SIM</source>
      <translation>Desbloqueando o SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="103" />
      <source>Unlocking the SIM</source>
      <translation>Desbloqueando o SIM</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="94" />
      <source>%1 data used</source>
      <translation>%1: dados consumidos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="91" />
      <source>%1 data used of the limit</source>
      <translation>%1: dados consumidos em relação ao limite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="155" />
      <source>%1 of %2 (%3 %)</source>
      <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="159" />
      <source>%1, no limit</source>
      <translation>%1, sem limite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="113" />
      <source>&amp;Delete record</source>
      <translation>&amp;Excluir o registro</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="81" />
      <source>Billing period</source>
      <translation>Período de cobrança</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="102" />
      <location filename="../cmgui/views/statistics_page.py" line="107" />
      <source>Connection records</source>
      <translation>Registro de conexões</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="44" />
      <source>Data used this billing period, live throughput and signal, and past sessions.</source>
      <translation>Dados consumidos neste período de cobrança, velocidade e sinal em tempo real e sessões anteriores.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="114" />
      <source>Delete the selected record</source>
      <translation>Excluir o registro selecionado</translation>
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
      <translation>Duração</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="148" />
      <source>From %1 to %2</source>
      <translation>De %1 a %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="86" />
      <source>Home network</source>
      <translation>Rede de origem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="51" />
      <source>Peak download</source>
      <translation>Pico de download</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="49" />
      <source>Received</source>
      <translation>Recebido</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="86" />
      <source>Roaming</source>
      <translation>Roaming</translation>
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
      <translation>Sinal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="65" />
      <source>Signal graph</source>
      <translation>Gráfico do sinal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="43" />
      <source>Statistics</source>
      <translation>Estatísticas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="76" />
      <source>This billing period</source>
      <translation>Este período de cobrança</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="47" />
      <source>This session</source>
      <translation>Esta sessão</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="57" />
      <source>Throughput</source>
      <translation>Velocidade</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="59" />
      <source>Throughput graph</source>
      <translation>Gráfico de velocidade</translation>
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
      <translation>O consumo é contado assim que um SIM é desbloqueado.</translation>
    </message>
  </context>
  <context>
    <name>TeamJobs</name>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="45" />
      <source>Bulk SMS</source>
      <translation>SMS em massa</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="47" />
      <source>SIM status to %1</source>
      <translation>Status do SIM para %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="34" />
      <source>cancelled</source>
      <translation>cancelada</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="32" />
      <source>done</source>
      <translation>concluída</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="33" />
      <source>failed</source>
      <translation>falhou</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="31" />
      <source>running</source>
      <translation>em andamento</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="30" />
      <source>waiting for the team's server</source>
      <translation>aguardando o servidor da equipe</translation>
    </message>
  </context>
  <context>
    <name>TeamJobsController</name>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="192" />
      <source>Cancelling the job</source>
      <translation>Cancelando a tarefa</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="186" />
      <source>Job %1 is no longer waiting for the team's server; only a waiting job can be cancelled.</source>
      <translation>A tarefa %1 não está mais aguardando o servidor da equipe; só uma tarefa em espera pode ser cancelada.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="155" />
      <source>Queueing %n message(s)</source>
      <translation>
        <numerusform>Enfileirando %n mensagem</numerusform>
        <numerusform>Enfileirando %n mensagens</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="170" />
      <source>Queueing the status change of %n SIM(s)</source>
      <translation>
        <numerusform>Enfileirando a alteração de status de %n SIM</numerusform>
        <numerusform>Enfileirando a alteração de status de %n SIMs</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="141" />
      <source>Reading the team's jobs</source>
      <translation>Lendo as tarefas da equipe</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <location filename="../cmgui/views/tray.py" line="194" />
      <source>%1 of %2 used this billing period.</source>
      <translation>%1 de %2 consumidos neste período de cobrança.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/tray.py" line="135" />
      <source>%n unread message(s)</source>
      <translation>
        <numerusform>%n mensagem não lida</numerusform>
        <numerusform>%n mensagens não lidas</numerusform>
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
      <translation>&amp;Sair</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="108" />
      <source>&amp;Show cmgui</source>
      <translation>&amp;Mostrar o cmgui</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="193" />
      <source>Data: %1 % of the limit used</source>
      <translation>Dados: %1 % do limite consumido</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="188" />
      <source>Enter the PIN to use the modem.</source>
      <translation>Digite o PIN para usar o modem.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="186" />
      <source>Enter the PUK to unblock the SIM card.</source>
      <translation>Digite o PUK para desbloquear o chip.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="206" />
      <source>It stays in the tray to receive messages. Quit it from the tray menu.</source>
      <translation>Ele continua na bandeja do sistema para receber mensagens. Para sair, use o menu da bandeja.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="201" />
      <source>Message memory full</source>
      <translation>Memória de mensagens cheia</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="182" />
      <source>Network message</source>
      <translation>Mensagem da rede</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="179" />
      <source>New message from %1</source>
      <translation>Nova mensagem de %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="127" />
      <source>No device</source>
      <translation>Nenhum dispositivo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="192" />
      <source>Roaming data: %1 % of the limit used</source>
      <translation>Dados em roaming: %1 % do limite consumido</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="186" />
      <source>SIM blocked</source>
      <translation>SIM bloqueado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="188" />
      <source>SIM locked</source>
      <translation>SIM protegido por PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="197" />
      <source>The connection is closed, as the plan asks.</source>
      <translation>A conexão é encerrada, como o plano determina.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="205" />
      <source>cmgui is still running</source>
      <translation>O cmgui continua em execução</translation>
    </message>
  </context>
  <context>
    <name>UsageController</name>
    <message>
      <location filename="../cmgui/controllers/usage.py" line="149" />
      <source>Saving the data plan</source>
      <translation>Salvando o plano de dados</translation>
    </message>
  </context>
  <context>
    <name>UssdController</name>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="47" />
      <source>Another program answered this session.</source>
      <translation>Outro programa respondeu nesta sessão.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="169" />
      <source>Ending the session</source>
      <translation>Encerrando a sessão</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="43" />
      <source>The network did not answer in time. Try again in a minute.</source>
      <translation>A rede não respondeu a tempo. Tente novamente em um minuto.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="45" />
      <source>The network does not offer this code.</source>
      <translation>A rede não oferece este código.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="46" />
      <source>The network ended the session.</source>
      <translation>A rede encerrou a sessão.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="158" />
      <source>Waiting for the network</source>
      <translation>Aguardando a rede</translation>
    </message>
  </context>
  <context>
    <name>UssdDialog</name>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="50" />
      <source>&amp;End session</source>
      <translation>&amp;Encerrar a sessão</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="65" />
      <source>&amp;Forget</source>
      <translation>&amp;Esquecer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="75" />
      <source>&amp;History</source>
      <translation>&amp;Histórico</translation>
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
      <translation>Código ou resposta, por ex. *100#</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="59" />
      <source>Codes saved for this SIM</source>
      <translation>Códigos salvos para este SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="66" />
      <source>Forget the chosen saved code</source>
      <translation>Esquecer o código salvo escolhido</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="130" />
      <source>Name for %1 (for example “Balance”):</source>
      <translation>Nome para %1 (por exemplo “Saldo”):</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="40" />
      <source>Network answer</source>
      <translation>Resposta da rede</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="103" />
      <source>None yet: send a code, then save it</source>
      <translation>Nenhum ainda: envie um código e depois salve-o</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="57" />
      <source>Sa&amp;ved codes:</source>
      <translation>Códigos &amp;salvos:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="129" />
      <source>Save USSD code</source>
      <translation>Salvar o código USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="63" />
      <source>Save the code for this SIM</source>
      <translation>Salvar o código para este SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="62" />
      <source>Save this &amp;code…</source>
      <translation>Salvar este &amp;código…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="32" />
      <source>Send a service code such as *100# to your operator, for example to check your balance.</source>
      <translation>Envie à sua operadora um código de serviço como *100#, por exemplo para consultar seu saldo.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="29" />
      <source>USSD</source>
      <translation>USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="45" />
      <source>USSD code or reply</source>
      <translation>Código USSD ou resposta</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="80" />
      <source>USSD history</source>
      <translation>Histórico USSD</translation>
    </message>
  </context>
  <context>
    <name>WlanController</name>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="88" />
      <location filename="../cmgui/controllers/wlan.py" line="97" />
      <source>Connecting to Wi-Fi</source>
      <translation>Conectando ao Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="106" />
      <source>Disconnecting Wi-Fi</source>
      <translation>Desconectando o Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="115" />
      <source>Forgetting the network</source>
      <translation>Esquecendo a rede</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="55" />
      <source>Scanning for Wi-Fi</source>
      <translation>Procurando redes Wi-Fi</translation>
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
      <translation>&amp;Esquecer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="87" />
      <source>&amp;Scan</source>
      <translation>&amp;Procurar</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="145" />
      <source>Connected to %1</source>
      <translation>Conectado a %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="122" />
      <source>Forget the selected known network</source>
      <translation>Esquecer a rede conhecida selecionada</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="111" />
      <location filename="../cmgui/views/wlan_page.py" line="115" />
      <source>Known networks</source>
      <translation>Redes conhecidas</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="94" />
      <location filename="../cmgui/views/wlan_page.py" line="99" />
      <source>Networks in range</source>
      <translation>Redes ao alcance</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="147" />
      <source>Not connected</source>
      <translation>Não conectado</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="71" />
      <source>This device has no Wi-Fi.</source>
      <translation>Este dispositivo não tem Wi-Fi.</translation>
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
      <translation>Wi-Fi do dispositivo: para roteadores e hotspots.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="83" />
      <source>Wi-Fi state</source>
      <translation>Estado do Wi-Fi</translation>
    </message>
  </context>
  <context>
    <name>WlanPasswordDialog</name>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="49" />
      <source>&amp;Password:</source>
      <translation>&amp;Senha:</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="50" />
      <source>&amp;Remember this network</source>
      <translation>&amp;Lembrar esta rede</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="34" />
      <source>Connect to %1</source>
      <translation>Conectar a %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="48" />
      <source>Wi-Fi password</source>
      <translation>Senha do Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="36" />
      <source>“%1” is protected (%2). Enter its password.</source>
      <translation>“%1” é protegida (%2). Digite a senha.</translation>
    </message>
  </context>
</TS>
