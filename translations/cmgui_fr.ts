<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../cmgui/views/about.py" line="76" />
      <source>%1 (GNU General Public License, version 3 or later)</source>
      <translation>%1 (GNU General Public License, version 3 ou ultérieure)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="78" />
      <source>%1 (PySide6 %2)</source>
      <translation>%1 (PySide6 %2)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="37" />
      <source>About %1</source>
      <translation>À propos de %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="48" />
      <source>Based on cmgui %1</source>
      <translation>Basé sur cmgui %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="53" />
      <source>Connection manager for cellular modems, SMS gateways and IoT SIM fleets.</source>
      <translation>Gestionnaire de connexions pour modems cellulaires, passerelles SMS et flottes de SIM IoT.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="76" />
      <source>Licence:</source>
      <translation>Licence :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="81" />
      <source>Project:</source>
      <translation>Projet :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="72" />
      <source>Provided by:</source>
      <translation>Fourni par :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="80" />
      <source>Python:</source>
      <translation>Python :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="78" />
      <source>Qt:</source>
      <translation>Qt :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="74" />
      <source>Support:</source>
      <translation>Assistance :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="49" />
      <source>Version %1</source>
      <translation>Version %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/about.py" line="75" />
      <source>cmgui version:</source>
      <translation>Version de cmgui :</translation>
    </message>
  </context>
  <context>
    <name>AddAccountDialog</name>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="134" />
      <source>&amp;Address:</source>
      <translation>&amp;Adresse :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="133" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="139" />
      <source>&amp;Private key file:</source>
      <translation>Fichier de clé &amp;privée :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="138" />
      <source>&amp;Secret file:</source>
      <translation>Fichier du &amp;secret :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="123" />
      <source>Add a fleet account</source>
      <translation>Ajouter un compte de flotte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="136" />
      <source>CMO &amp;token URL:</source>
      <translation>URL du &amp;jeton CMO :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="135" />
      <source>CMO client &amp;ID:</source>
      <translation>&amp;ID client CMO :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="137" />
      <source>CMP &amp;key ID:</source>
      <translation>ID de &amp;clé CMP :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="158" />
      <location filename="../cmgui/views/fleet_page.py" line="164" />
      <source>Choose a file</source>
      <translation>Choisir un fichier</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="140" />
      <source>Secrets go to the system keyring; they are read from the files you name and never written to the settings.</source>
      <translation>Les secrets vont dans le trousseau du système ; ils sont lus depuis les fichiers indiqués et jamais écrits dans les paramètres.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../cmgui/app.py" line="105" />
      <source>Something went wrong inside cmgui: %1

The details are in %2.</source>
      <translation>Une erreur s’est produite dans cmgui : %1

Les détails figurent dans %2.</translation>
    </message>
    <message>
      <location filename="../cmgui/app.py" line="104" />
      <source>cmgui hit a bug</source>
      <translation>cmgui a rencontré un bogue</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../cmgui/controllers/app.py" line="357" />
      <source>The message archive cannot be used: %1 Until it can, messages are not archived and none are deleted from the device.</source>
      <translation>L’archive des messages est inutilisable : %1 Tant qu’elle l’est, aucun message n’est archivé ni supprimé de l’appareil.</translation>
    </message>
  </context>
  <context>
    <name>ConnectionController</name>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="304" />
      <source>Connecting</source>
      <translation>Connexion en cours</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="402" />
      <source>Deleting the profile</source>
      <translation>Suppression du profil</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="354" />
      <source>Deleting the record</source>
      <translation>Suppression de l’enregistrement</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="344" />
      <source>Disconnecting</source>
      <translation>Déconnexion en cours</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="173" />
      <source>Reading profiles</source>
      <translation>Lecture des profils</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="281" />
      <source>Reading the addresses</source>
      <translation>Lecture des adresses</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection.py" line="393" />
      <location filename="../cmgui/controllers/connection.py" line="411" />
      <source>Saving the profile</source>
      <translation>Enregistrement du profil</translation>
    </message>
  </context>
  <context>
    <name>ConnectionPage</name>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="214" />
      <source>&amp;Add…</source>
      <translation>&amp;Ajouter…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="287" />
      <source>&amp;Connect</source>
      <translation>Se &amp;connecter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="219" />
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="287" />
      <source>&amp;Disconnect</source>
      <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="215" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="145" />
      <source>&amp;Profile:</source>
      <translation>&amp;Profil :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="169" />
      <source>APN</source>
      <translation>APN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="220" />
      <source>Add a profile</source>
      <translation>Ajouter un profil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="176" />
      <source>Also while &amp;roaming (may cost extra)</source>
      <translation>Aussi en &amp;itinérance (peut coûter plus cher)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="175" />
      <source>Connect &amp;automatically when the device is ready</source>
      <translation>Se connecter &amp;automatiquement quand l’appareil est prêt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="136" />
      <source>Connection</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="143" />
      <source>Connection state</source>
      <translation>État de la connexion</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="170" />
      <source>DNS servers</source>
      <translation>Serveurs DNS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="267" />
      <source>Default (%1)</source>
      <translation>Par défaut (%1)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="391" />
      <source>Delete profile</source>
      <translation>Supprimer le profil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="392" />
      <source>Delete the profile “%1”?</source>
      <translation>Supprimer le profil « %1 » ?</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="222" />
      <source>Delete the selected profile</source>
      <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="172" />
      <source>Duration</source>
      <translation>Durée</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="163" />
      <source>Edit the &amp;profile…</source>
      <translation>Modifier le &amp;profil…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="164" />
      <source>Edit the profile the connection used</source>
      <translation>Modifier le profil utilisé par la connexion</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="221" />
      <source>Edit the selected profile</source>
      <translation>Modifier le profil sélectionné</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="169" />
      <source>IP address</source>
      <translation>Adresse IP</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="170" />
      <source>IPv6 address</source>
      <translation>Adresse IPv6</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="216" />
      <source>Make de&amp;fault</source>
      <translation>Par &amp;défaut</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="217" />
      <source>Make the selected profile the default</source>
      <translation>Faire du profil sélectionné le profil par défaut</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="139" />
      <source>Mobile data</source>
      <translation>Données mobiles</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="137" />
      <source>Mobile data: connect with one of your profiles.</source>
      <translation>Données mobiles : connectez-vous avec l’un de vos profils.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="171" />
      <source>Network interface</source>
      <translation>Interface réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="268" />
      <source>Operator default</source>
      <translation>Réglage de l’opérateur</translation>
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
      <translation>Profils</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="232" />
      <location filename="../cmgui/views/connection_page.py" line="236" />
      <source>Recent sessions</source>
      <translation>Sessions récentes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="204" />
      <source>This device keeps no profiles: connections use the operator's default settings.</source>
      <translation>Cet appareil ne conserve pas de profils : les connexions utilisent les réglages par défaut de l’opérateur.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="172" />
      <source>Traffic</source>
      <translation>Trafic</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="161" />
      <source>Why the connection failed</source>
      <translation>Pourquoi la connexion a échoué</translation>
    </message>
  </context>
  <context>
    <name>DeviceController</name>
    <message>
      <location filename="../cmgui/controllers/device.py" line="379" />
      <source>The device was disconnected.</source>
      <translation>L’appareil a été débranché.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device.py" line="487" />
      <source>The network ended the connection.</source>
      <translation>Le réseau a mis fin à la connexion.</translation>
    </message>
  </context>
  <context>
    <name>DeviceManager</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="175" />
      <source>Access tokens are not stored on this computer, so this one is kept only until cmgui quits; after that it is asked for when the endpoint is opened (docs/security.md).</source>
      <translation>Les jetons d’accès ne sont pas enregistrés sur cet ordinateur : celui-ci n’est donc conservé que jusqu’à la fermeture de cmgui ; ensuite, il sera demandé à l’ouverture du point d’accès (docs/security.md).</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="130" />
      <source>Demo modem (virtual)</source>
      <translation>Modem de démonstration (virtuel)</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="320" />
      <source>%1 down, %2 up</source>
      <translation>%1 descendant, %2 montant</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="135" />
      <source>&amp;Automatic</source>
      <translation>&amp;Automatique</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="136" />
      <source>&amp;Manual</source>
      <translation>&amp;Manuelle</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="145" />
      <source>&amp;Mode:</source>
      <translation>M&amp;ode :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="177" />
      <source>&amp;Register on selected network</source>
      <translation>S’&amp;enregistrer sur le réseau choisi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="339" />
      <source>&amp;Reset</source>
      <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="155" />
      <source>&amp;Search for networks</source>
      <translation>&amp;Rechercher les réseaux</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="197" />
      <source>&amp;Unlock…</source>
      <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="56" />
      <source>2G only</source>
      <translation>2G uniquement</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="55" />
      <source>3G only</source>
      <translation>3G uniquement</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="53" />
      <source>4G and 3G</source>
      <translation>4G et 3G</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="54" />
      <source>4G only</source>
      <translation>4G uniquement</translation>
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
      <translation>Automatique</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="113" />
      <source>Band</source>
      <translation>Bande</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="200" />
      <source>C&amp;hange PIN…</source>
      <translation>&amp;Modifier le PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="112" />
      <source>Cell ID</source>
      <translation>ID de cellule</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="317" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="78" />
      <source>Demo</source>
      <translation>Démo</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="122" />
      <source>Device details</source>
      <translation>Détails de l’appareil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="65" />
      <source>Devices</source>
      <translation>Appareils</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="125" />
      <source>Firmware</source>
      <translation>Micrologiciel</translation>
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
      <translation>Fabricant</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="124" />
      <source>Model</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="100" />
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="102" />
      <source>Network code</source>
      <translation>Code réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="147" />
      <source>Network mode</source>
      <translation>Mode réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="133" />
      <source>Network selection</source>
      <translation>Sélection du réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="185" />
      <source>Networks are selected automatically: %1 allows no manual selection.</source>
      <translation>Les réseaux sont choisis automatiquement : %1 n’autorise pas la sélection manuelle.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="166" />
      <source>Networks found</source>
      <translation>Réseaux trouvés</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="232" />
      <source>No device</source>
      <translation>Aucun appareil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="252" />
      <source>Not registered: the radio is off</source>
      <translation>Non enregistré : la radio est coupée</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="74" />
      <source>Operator</source>
      <translation>Opérateur</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="127" />
      <source>Phone number</source>
      <translation>Numéro de téléphone</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="88" />
      <source>Power-cycle the demo modem back to factory state: its SIM asks for the PIN (1234) again and its messages are gone.</source>
      <translation>Redémarrer le modem de démonstration et le remettre à l’état d’usine : sa SIM redemande le PIN (1234) et ses messages disparaissent.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="335" />
      <source>Power-cycle the demo modem back to factory state? Its SIM asks for the PIN (1234) again, and its messages, profiles and counters start afresh. The archive on this computer keeps what it has.</source>
      <translation>Redémarrer le modem de démonstration et le remettre à l’état d’usine ? Sa SIM redemande le PIN (1234), et ses messages, profils et compteurs repartent de zéro. L’archive de cet ordinateur garde ce qu’elle contient.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="108" />
      <source>Radio details</source>
      <translation>Détails radio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="249" />
      <source>Ready, radio off</source>
      <translation>Prêt, radio coupée</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="87" />
      <source>Reset the demo &amp;modem…</source>
      <translation>Réinitialiser le &amp;modem de démonstration…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="335" />
      <source>Reset the demo modem</source>
      <translation>Réinitialiser le modem de démonstration</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="77" />
      <source>Roaming</source>
      <translation>Itinérance</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="102" />
      <source>SIM</source>
      <translation>SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="193" />
      <source>SIM security</source>
      <translation>Sécurité de la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="172" />
      <source>Searching takes one to three minutes; the modem stays usable meanwhile.</source>
      <translation>La recherche prend une à trois minutes ; le modem reste utilisable pendant ce temps.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="101" />
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="100" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="70" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="101" />
      <source>Technology</source>
      <translation>Technologie</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="283" />
      <source>The PIN is off.</source>
      <translation>Le PIN est désactivé.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="281" />
      <source>The PIN is on: the SIM asks for it at start.</source>
      <translation>Le PIN est activé : la SIM le demande au démarrage.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="279" />
      <source>The SIM card is locked.</source>
      <translation>La carte SIM est verrouillée.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="66" />
      <source>The modem in use, its network and its SIM card.</source>
      <translation>Le modem utilisé, son réseau et sa carte SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="253" />
      <source>The network refused this SIM (registration denied): the network is forbidden for it, or the SIM is not allowed here. Choose another network or let the device choose automatically.</source>
      <translation>Le réseau a refusé cette SIM (enregistrement refusé) : ce réseau lui est interdit, ou la SIM n’est pas autorisée ici. Choisissez un autre réseau ou laissez l’appareil choisir automatiquement.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="199" />
      <source>Turn PIN o&amp;ff…</source>
      <translation>&amp;Désactiver le PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="198" />
      <source>Turn PIN o&amp;n…</source>
      <translation>&amp;Activer le PIN…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="269" />
      <source>Turn radio &amp;off</source>
      <translation>&amp;Couper la radio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/devices_page.py" line="270" />
      <source>Turn radio &amp;on</source>
      <translation>&amp;Allumer la radio</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="59" />
      <source>%1 may not %2: on this team %1 is a %3, and that needs the role %4. Ask a team admin to run: cmcli team add %1 --role %5</source>
      <translation>%1 ne peut pas %2 : dans cette équipe, %1 est %3, et il faut le rôle %4. Demandez à un administrateur de l'équipe d'exécuter : cmcli team add %1 --role %5</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="559" />
      <source>%1 — %n attempt(s) left</source>
      <translation>
        <numerusform>%1 – encore %n essai</numerusform>
        <numerusform>%1 – encore %n essais</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="115" />
      <source>A data connection to this APN is already open.</source>
      <translation>Une connexion de données vers cet APN est déjà ouverte.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="531" />
      <source>A policy does not allow this Wi-Fi network.</source>
      <translation>Une règle n’autorise pas ce réseau Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="465" />
      <source>A profile with this name exists already.</source>
      <translation>Un profil portant ce nom existe déjà.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="233" />
      <source>Another data connection already uses this context.</source>
      <translation>Une autre connexion de données utilise déjà ce contexte.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="159" />
      <source>Ask your operator to turn on mobile data.</source>
      <translation>Demandez à votre opérateur d’activer les données mobiles.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="154" />
      <source>Ask your operator whether the SIM is activated and paid for.</source>
      <translation>Demandez à votre opérateur si la SIM est activée et payée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="105" />
      <source>Ask your operator whether the SIM is activated.</source>
      <translation>Demandez à votre opérateur si la SIM est activée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="107" />
      <source>Ask your operator whether this device may be used.</source>
      <translation>Demandez à votre opérateur si cet appareil peut être utilisé.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="90" />
      <source>Ask your operator.</source>
      <translation>Adressez-vous à votre opérateur.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="174" />
      <location filename="../cmgui/common/error_words.py" line="194" />
      <source>Calls and text messages are unavailable on this network for now.</source>
      <translation>Les appels et les SMS sont indisponibles sur ce réseau pour le moment.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="177" />
      <source>Calls and text messages are unavailable on this network.</source>
      <translation>Les appels et les SMS sont indisponibles sur ce réseau.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="207" />
      <source>Change the IP type in this profile.</source>
      <translation>Changez le type d’IP dans ce profil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="315" />
      <location filename="../cmgui/common/error_words.py" line="317" />
      <source>Change the validity period in the settings.</source>
      <translation>Modifiez la durée de validité dans les paramètres.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="442" />
      <source>Check that it is plugged in and turned on.</source>
      <translation>Vérifiez qu’il est branché et allumé.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="230" />
      <source>Check the APN in this profile, or ask your operator.</source>
      <translation>Vérifiez l’APN de ce profil ou adressez-vous à votre opérateur.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="269" />
      <source>Check the APN in this profile, or choose another network mode.</source>
      <translation>Vérifiez l’APN de ce profil ou choisissez un autre mode réseau.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="222" />
      <source>Check the APN in this profile, or try again later.</source>
      <translation>Vérifiez l’APN de ce profil ou réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="91" />
      <source>Check the APN in this profile.</source>
      <translation>Vérifiez l’APN de ce profil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="138" />
      <source>Check the antenna and the coverage where you are.</source>
      <translation>Vérifiez l’antenne et la couverture à l’endroit où vous êtes.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="512" />
      <source>Check the code.</source>
      <translation>Vérifiez le code.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="146" />
      <source>Check the message centre number (SMSC) in the settings.</source>
      <translation>Vérifiez le numéro du centre de messagerie (SMSC) dans les paramètres.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="287" />
      <source>Check the number, or try again later.</source>
      <translation>Vérifiez le numéro ou réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="94" />
      <source>Check the number.</source>
      <translation>Vérifiez le numéro.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="219" />
      <source>Check the user name, password and authentication in this profile.</source>
      <translation>Vérifiez le nom d’utilisateur, le mot de passe et l’authentification de ce profil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="473" />
      <location filename="../cmgui/common/error_words.py" line="475" />
      <location filename="../cmgui/common/error_words.py" line="480" />
      <location filename="../cmgui/common/error_words.py" line="482" />
      <location filename="../cmgui/common/error_words.py" line="485" />
      <source>Check this profile.</source>
      <translation>Vérifiez ce profil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="466" />
      <source>Choose another name.</source>
      <translation>Choisissez un autre nom.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="171" />
      <source>Choose another network, or ask your operator about roaming.</source>
      <translation>Choisissez un autre réseau ou renseignez-vous sur l’itinérance auprès de votre opérateur.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="92" />
      <source>Choose another network, or let the device choose one.</source>
      <translation>Choisissez un autre réseau ou laissez l’appareil en choisir un.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="470" />
      <source>Choose or add a profile.</source>
      <translation>Choisissez ou ajoutez un profil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="445" />
      <source>Close the other program first.</source>
      <translation>Fermez d’abord l’autre programme.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="114" />
      <location filename="../cmgui/common/error_words.py" line="161" />
      <location filename="../cmgui/common/error_words.py" line="163" />
      <location filename="../cmgui/common/error_words.py" line="239" />
      <source>Connect again.</source>
      <translation>Reconnectez-vous.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="196" />
      <location filename="../cmgui/common/error_words.py" line="438" />
      <source>Connect first.</source>
      <translation>Connectez-vous d’abord.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="93" />
      <source>Delete messages on the device to make room.</source>
      <translation>Supprimez des messages sur l’appareil pour faire de la place.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="433" />
      <location filename="../cmgui/common/error_words.py" line="451" />
      <location filename="../cmgui/common/error_words.py" line="468" />
      <location filename="../cmgui/common/error_words.py" line="497" />
      <source>Disconnect first.</source>
      <translation>Déconnectez-vous d’abord.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="116" />
      <location filename="../cmgui/common/error_words.py" line="234" />
      <location filename="../cmgui/common/error_words.py" line="272" />
      <source>Disconnect it first.</source>
      <translation>Déconnectez-la d’abord.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="267" />
      <source>Disconnect one first.</source>
      <translation>Déconnectez-en d’abord une.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="124" />
      <source>Enter its PIN.</source>
      <translation>Saisissez le PIN de la SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="126" />
      <source>Enter its PUK.</source>
      <translation>Saisissez le PUK de la SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="528" />
      <source>Enter the password again.</source>
      <translation>Saisissez de nouveau le mot de passe.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="136" />
      <source>Enter the unlock code from the seller of the device.</source>
      <translation>Saisissez le code de déblocage fourni par le vendeur de l’appareil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="123" />
      <source>Insert a SIM card.</source>
      <translation>Insérez une carte SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="403" />
      <source>Mobile data failed without a reason given.</source>
      <translation>Les données mobiles ont échoué sans raison indiquée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="491" />
      <source>No connection is being set up.</source>
      <translation>Aucune connexion n’est en cours d’établissement.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="439" />
      <source>No device is known at this address.</source>
      <translation>Aucun appareil n’est connu à cette adresse.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="469" />
      <source>No profile is chosen for connecting.</source>
      <translation>Aucun profil n’est choisi pour la connexion.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="518" />
      <location filename="../cmgui/common/error_words.py" line="519" />
      <source>Not connected to a Wi-Fi network.</source>
      <translation>Non connecté à un réseau Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="76" />
      <source>Not opened: no access token was given. Choose the endpoint again to type it.</source>
      <translation>Non ouvert : aucun jeton d’accès n’a été fourni. Choisissez de nouveau le point d’accès pour le saisir.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="432" />
      <location filename="../cmgui/common/error_words.py" line="450" />
      <location filename="../cmgui/common/error_words.py" line="496" />
      <source>Not while connected.</source>
      <translation>Pas pendant une connexion.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="377" />
      <source>Nothing was found.</source>
      <translation>Rien n’a été trouvé.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="133" />
      <source>PIN2 comes with the SIM, like the PIN.</source>
      <translation>Le PIN2 est fourni avec la SIM, comme le PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="134" />
      <source>PIN2 is blocked; the SIM asks for its PUK2.</source>
      <translation>Le PIN2 est bloqué ; la SIM demande le PUK2.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="111" />
      <source>Restart the device; if that does not help, ask your operator.</source>
      <translation>Redémarrez l’appareil ; si cela ne suffit pas, adressez-vous à votre opérateur.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="251" />
      <source>Set the IP type of this profile to IPv4 or IPv6.</source>
      <translation>Réglez le type d’IP de ce profil sur IPv4 ou IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="247" />
      <source>Set the IP type of this profile to IPv4.</source>
      <translation>Réglez le type d’IP de ce profil sur IPv4.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="259" />
      <source>Set the IP type of this profile to IPv4v6.</source>
      <translation>Réglez le type d’IP de ce profil sur IPv4v6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="249" />
      <source>Set the IP type of this profile to IPv6.</source>
      <translation>Réglez le type d’IP de ce profil sur IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="541" />
      <source>Sign in to the endpoint again.</source>
      <translation>Reconnectez-vous au point d’accès.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="81" />
      <source>Something went wrong inside cmgui (%1). The details are in the log.</source>
      <translation>Une erreur s’est produite dans cmgui (%1). Les détails figurent dans le journal.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="129" />
      <source>Take the SIM out, put it back in and restart the device.</source>
      <translation>Retirez la SIM, remettez-la en place et redémarrez l’appareil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="186" />
      <source>Text messages go over mobile data in this area.</source>
      <translation>Dans cette zone, les SMS passent par les données mobiles.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="285" />
      <location filename="../cmgui/common/error_words.py" line="312" />
      <source>Text messages to this number are barred.</source>
      <translation>Les SMS vers ce numéro sont interdits.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="522" />
      <location filename="../cmgui/common/error_words.py" line="523" />
      <source>That Wi-Fi network is out of range.</source>
      <translation>Ce réseau Wi-Fi est hors de portée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="479" />
      <location filename="../cmgui/common/error_words.py" line="481" />
      <source>The DNS server address is not valid.</source>
      <translation>L’adresse du serveur DNS n’est pas valide.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="478" />
      <source>The IP address is not valid.</source>
      <translation>L’adresse IP n’est pas valide.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="551" />
      <location filename="../cmgui/common/error_words.py" line="553" />
      <source>The PIN is blocked. Enter the PUK.</source>
      <translation>Le PIN est bloqué. Saisissez le PUK.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="562" />
      <source>The PIN was wrong.</source>
      <translation>Le PIN était erroné.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="555" />
      <source>The PUK is blocked. Only your operator can unlock this SIM now.</source>
      <translation>Le PUK est bloqué. Seul votre opérateur peut désormais débloquer cette SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="564" />
      <source>The PUK was wrong.</source>
      <translation>Le PUK était erroné.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="132" />
      <source>The SIM asks for its PIN2.</source>
      <translation>La SIM demande le PIN2.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="128" />
      <location filename="../cmgui/common/error_words.py" line="457" />
      <source>The SIM card cannot be read.</source>
      <translation>La carte SIM est illisible.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="323" />
      <source>The SIM could not take the message.</source>
      <translation>La SIM n’a pas pu recevoir le message.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="388" />
      <source>The SIM does not support this sign-in method.</source>
      <translation>La SIM ne prend pas en charge cette méthode d’identification.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="126" />
      <source>The SIM is blocked.</source>
      <translation>La SIM est bloquée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="130" />
      <source>The SIM is busy.</source>
      <translation>La SIM est occupée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="124" />
      <source>The SIM is locked.</source>
      <translation>La SIM est verrouillée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="318" />
      <source>The SIM's message storage is full.</source>
      <translation>La mémoire de messages de la SIM est pleine.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="524" />
      <source>The Wi-Fi network gave no IP address.</source>
      <translation>Le réseau Wi-Fi n’a attribué aucune adresse IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="526" />
      <source>The Wi-Fi password was not accepted.</source>
      <translation>Le mot de passe Wi-Fi n’a pas été accepté.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="476" />
      <source>The access point name (APN) is not valid.</source>
      <translation>Le nom du point d’accès (APN) n’est pas valide.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="557" />
      <source>The code has the wrong format.</source>
      <translation>Le code n’a pas le bon format.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="372" />
      <source>The code was wrong.</source>
      <translation>Le code était erroné.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="391" />
      <source>The command was cancelled.</source>
      <translation>La commande a été annulée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="492" />
      <source>The connection is ending.</source>
      <translation>La connexion se termine.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="563" />
      <source>The current PIN was wrong.</source>
      <translation>Le PIN actuel était erroné.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="212" />
      <source>The data connection failed on the radio link.</source>
      <translation>La connexion de données a échoué sur la liaison radio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="235" />
      <source>The data connection was ended.</source>
      <translation>La connexion de données a été terminée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="387" />
      <source>The device asks for its hidden key.</source>
      <translation>L’appareil demande sa clé cachée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="361" />
      <location filename="../cmgui/common/error_words.py" line="441" />
      <source>The device cannot be reached.</source>
      <translation>L’appareil est injoignable.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="435" />
      <source>The device cannot provide this quality of service.</source>
      <translation>L’appareil ne peut pas fournir cette qualité de service.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="504" />
      <source>The device could not handle the message.</source>
      <translation>L’appareil n’a pas pu traiter le message.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="335" />
      <location filename="../cmgui/common/error_words.py" line="336" />
      <location filename="../cmgui/common/error_words.py" line="508" />
      <source>The device did not accept the message.</source>
      <translation>L’appareil n’a pas accepté le message.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="144" />
      <source>The device did not accept these settings.</source>
      <translation>L’appareil n’a pas accepté ces paramètres.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="74" />
      <source>The device did not answer in time.</source>
      <translation>L’appareil n’a pas répondu à temps.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="120" />
      <source>The device does not allow this now.</source>
      <translation>L’appareil ne le permet pas pour le moment.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="434" />
      <source>The device does not know this yet.</source>
      <translation>L’appareil ne le sait pas encore.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="396" />
      <source>The device does not support this language or alphabet.</source>
      <translation>L’appareil ne prend pas en charge cette langue ou cet alphabet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="121" />
      <source>The device does not support this.</source>
      <translation>L’appareil ne le prend pas en charge.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="241" />
      <source>The device does not support what the network asked for.</source>
      <translation>L’appareil ne prend pas en charge ce que le réseau a demandé.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="119" />
      <source>The device failed.</source>
      <translation>L’appareil a rencontré une erreur.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="394" />
      <source>The device is busy with something else.</source>
      <translation>L’appareil est occupé à autre chose.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="362" />
      <location filename="../cmgui/common/error_words.py" line="429" />
      <source>The device is busy.</source>
      <translation>L’appareil est occupé.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="443" />
      <source>The device is in use by another program.</source>
      <translation>L’appareil est utilisé par un autre programme.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="135" />
      <source>The device is locked to another network or SIM.</source>
      <translation>L’appareil est verrouillé sur un autre réseau ou une autre SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="452" />
      <source>The device is not connected.</source>
      <translation>L’appareil n’est pas connecté.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="399" />
      <source>The device lacks the data it needs for this.</source>
      <translation>Il manque à l’appareil les données nécessaires.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="671" />
      <source>The device reported an error (%1).</source>
      <translation>L’appareil a signalé une erreur (%1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="354" />
      <location filename="../cmgui/common/error_words.py" line="402" />
      <source>The device reported an unknown error.</source>
      <translation>L’appareil a signalé une erreur inconnue.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="80" />
      <source>The device stopped answering (%1).</source>
      <translation>L’appareil ne répond plus (%1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="378" />
      <source>The device's memory failed.</source>
      <translation>La mémoire de l’appareil est défaillante.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="375" />
      <source>The device's memory is full.</source>
      <translation>La mémoire de l’appareil est pleine.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="331" />
      <source>The device's message service is busy.</source>
      <translation>Le service de messages de l’appareil est occupé.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="542" />
      <source>The endpoint denied access.</source>
      <translation>Le point d’accès a refusé l’accès.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="539" />
      <source>The endpoint rejected the access token.</source>
      <translation>Le point d’accès a rejeté le jeton d’accès.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="313" />
      <source>The message centre already has this message.</source>
      <translation>Le centre de messagerie a déjà ce message.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="304" />
      <source>The message centre did not accept the command.</source>
      <translation>Le centre de messagerie n’a pas accepté la commande.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="314" />
      <location filename="../cmgui/common/error_words.py" line="316" />
      <source>The message centre does not accept the validity period.</source>
      <translation>Le centre de messagerie n’accepte pas la durée de validité.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="280" />
      <source>The message centre does not take this kind of message.</source>
      <translation>Le centre de messagerie n’accepte pas ce type de message.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="302" />
      <source>The message centre does not take this text encoding.</source>
      <translation>Le centre de messagerie n’accepte pas cet encodage du texte.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="310" />
      <source>The message centre failed.</source>
      <translation>Le centre de messagerie a rencontré une erreur.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="307" />
      <source>The message centre is busy.</source>
      <translation>Le centre de messagerie est occupé.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="349" />
      <source>The message centre number (SMSC) is not set.</source>
      <translation>Le numéro du centre de messagerie (SMSC) n’est pas défini.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="509" />
      <source>The message centre number (SMSC) is not valid.</source>
      <translation>Le numéro du centre de messagerie (SMSC) n’est pas valide.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="147" />
      <source>The message centre refused the message.</source>
      <translation>Le centre de messagerie a refusé le message.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="502" />
      <source>The message could not be sent in time.</source>
      <translation>Le message n’a pas pu être envoyé à temps.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="500" />
      <source>The message could not be sent.</source>
      <translation>Le message n’a pas pu être envoyé.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="507" />
      <source>The message is no longer there.</source>
      <translation>Le message n’existe plus.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="346" />
      <source>The message storage failed.</source>
      <translation>La mémoire de messages est défaillante.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="145" />
      <source>The message storage is full.</source>
      <translation>La mémoire de messages est pleine.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="246" />
      <source>The network allows IPv4 only.</source>
      <translation>Le réseau n’autorise que l’IPv4.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="258" />
      <source>The network allows IPv4v6 (both) only.</source>
      <translation>Le réseau n’autorise que l’IPv4v6 (les deux).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="248" />
      <source>The network allows IPv6 only.</source>
      <translation>Le réseau n’autorise que l’IPv6.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="250" />
      <source>The network allows one IP version per connection.</source>
      <translation>Le réseau n’autorise qu’une version d’IP par connexion.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="98" />
      <source>The network and the device did not understand each other.</source>
      <translation>Le réseau et l’appareil ne se sont pas compris.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="200" />
      <source>The network asks the device to try another cell.</source>
      <translation>Le réseau demande à l’appareil d’essayer une autre cellule.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="239" />
      <source>The network asks to connect again.</source>
      <translation>Le réseau demande de se reconnecter.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/common/error_words.py" line="658" />
      <source>The network asks to wait %n second(s) before trying again.</source>
      <translation>
        <numerusform>Le réseau demande d’attendre %n seconde avant de réessayer.</numerusform>
        <numerusform>Le réseau demande d’attendre %n secondes avant de réessayer.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="211" />
      <source>The network cannot provide this broadcast service.</source>
      <translation>Le réseau ne peut pas fournir ce service de diffusion.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="256" />
      <source>The network changed the connection at the same moment.</source>
      <translation>Le réseau a modifié la connexion au même moment.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="236" />
      <location filename="../cmgui/common/error_words.py" line="261" />
      <source>The network could not agree on the quality of the connection.</source>
      <translation>Le réseau n’a pas pu s’accorder sur la qualité de la connexion.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="110" />
      <source>The network could not check the SIM.</source>
      <translation>Le réseau n’a pas pu vérifier la SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="193" />
      <source>The network could not resume the call.</source>
      <translation>Le réseau n’a pas pu reprendre l’appel.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="179" />
      <source>The network could not set up the data connection it needs.</source>
      <translation>Le réseau n’a pas pu établir la connexion de données nécessaire.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="511" />
      <source>The network did not accept this code.</source>
      <translation>Le réseau n’a pas accepté ce code.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="139" />
      <source>The network did not answer in time.</source>
      <translation>Le réseau n’a pas répondu à temps.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="252" />
      <source>The network did not receive the connection settings in time.</source>
      <translation>Le réseau n’a pas reçu les paramètres de connexion à temps.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="216" />
      <source>The network does not accept this IP type.</source>
      <translation>Le réseau n’accepte pas ce type d’IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="106" />
      <source>The network does not accept this device.</source>
      <translation>Le réseau n’accepte pas cet appareil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="215" />
      <source>The network does not know this APN.</source>
      <translation>Le réseau ne connaît pas cet APN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="104" />
      <source>The network does not know this SIM.</source>
      <translation>Le réseau ne connaît pas cette SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="113" />
      <source>The network does not know this data connection.</source>
      <translation>Le réseau ne connaît pas cette connexion de données.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="245" />
      <source>The network does not let the last data connection end.</source>
      <translation>Le réseau ne permet pas de mettre fin à la dernière connexion de données.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="293" />
      <location filename="../cmgui/common/error_words.py" line="299" />
      <source>The network does not offer this message service.</source>
      <translation>Le réseau ne propose pas ce service de messages.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="188" />
      <source>The network does not offer this service.</source>
      <translation>Le réseau ne propose pas ce service.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="96" />
      <source>The network failed.</source>
      <translation>Le réseau a rencontré une erreur.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="516" />
      <source>The network gave no IP address.</source>
      <translation>Le réseau n’a attribué aucune adresse IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="213" />
      <source>The network has no room for another data connection now.</source>
      <translation>Le réseau n’a pas de place pour une autre connexion de données pour le moment.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="97" />
      <source>The network is congested.</source>
      <translation>Le réseau est saturé.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="163" />
      <source>The network logged the device off.</source>
      <translation>Le réseau a déconnecté l’appareil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="161" />
      <source>The network lost track of the device.</source>
      <translation>Le réseau a perdu la trace de l’appareil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="224" />
      <source>The network refused the connection without giving a reason.</source>
      <translation>Le réseau a refusé la connexion sans en donner la raison.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="636" />
      <source>The network refused the data connection (cause %1).</source>
      <translation>Le réseau a refusé la connexion de données (cause %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="640" />
      <source>The network refused the device (cause %1).</source>
      <translation>Le réseau a refusé l’appareil (cause %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="625" />
      <source>The network refused the message (cause %1).</source>
      <translation>Le réseau a refusé le message (cause %1).</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="286" />
      <source>The network refused the message.</source>
      <translation>Le réseau a refusé le message.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="117" />
      <source>The network refused the traffic rules of this connection.</source>
      <translation>Le réseau a refusé les règles de trafic de cette connexion.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="153" />
      <source>The network refused this SIM.</source>
      <translation>Le réseau a refusé cette SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="218" />
      <source>The network rejected the user name or password.</source>
      <translation>Le réseau a rejeté le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="382" />
      <source>The number has characters that are not allowed.</source>
      <translation>Le numéro contient des caractères non autorisés.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="381" />
      <source>The number is too long.</source>
      <translation>Le numéro est trop long.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="221" />
      <source>The operator's gateway refused the connection.</source>
      <translation>La passerelle de l’opérateur a refusé la connexion.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="494" />
      <source>The other side cannot be reached.</source>
      <translation>Le correspondant est injoignable.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="423" />
      <source>The parameters are not valid.</source>
      <translation>Les paramètres ne sont pas valides.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="474" />
      <source>The password is not valid.</source>
      <translation>Le mot de passe n’est pas valide.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="513" />
      <source>The phonebook is full.</source>
      <translation>Le répertoire est plein.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="142" />
      <source>The radio is off.</source>
      <translation>La radio est coupée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="290" />
      <source>The recipient cannot be reached now.</source>
      <translation>Le destinataire est injoignable pour le moment.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="288" />
      <source>The recipient has no room for more messages.</source>
      <translation>Le destinataire n’a plus de place pour de nouveaux messages.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="420" />
      <location filename="../cmgui/common/error_words.py" line="421" />
      <source>The request was malformed.</source>
      <translation>La requête était mal formée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="380" />
      <source>The text has characters the device cannot store.</source>
      <translation>Le texte contient des caractères que l’appareil ne peut pas enregistrer.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="379" />
      <source>The text is too long.</source>
      <translation>Le texte est trop long.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="472" />
      <source>The user name is not valid.</source>
      <translation>Le nom d’utilisateur n’est pas valide.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="122" />
      <source>There is no SIM card in the device.</source>
      <translation>Il n’y a pas de carte SIM dans l’appareil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="490" />
      <source>There is no connection to end.</source>
      <translation>Il n’y a aucune connexion à terminer.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="196" />
      <location filename="../cmgui/common/error_words.py" line="437" />
      <source>There is no data connection.</source>
      <translation>Il n’y a pas de connexion de données.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="376" />
      <source>There is no entry at this place.</source>
      <translation>Il n’y a aucune entrée à cet emplacement.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="347" />
      <source>There is no message at this place.</source>
      <translation>Il n’y a aucun message à cet emplacement.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="137" />
      <source>There is no network service.</source>
      <translation>Aucun service réseau.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="422" />
      <source>There is no such CMAPI function.</source>
      <translation>Cette fonction CMAPI n’existe pas.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="459" />
      <source>There is no such data context.</source>
      <translation>Ce contexte de données n’existe pas.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="463" />
      <source>There is no such profile.</source>
      <translation>Ce profil n’existe pas.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="533" />
      <source>There is no such saved Wi-Fi network.</source>
      <translation>Ce réseau Wi-Fi enregistré n’existe pas.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="271" />
      <source>This APN cannot be used beside the data connection already open.</source>
      <translation>Cet APN ne peut pas être utilisé en même temps que la connexion de données déjà ouverte.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="268" />
      <source>This APN cannot be used on this network with this technology.</source>
      <translation>Cet APN ne peut pas être utilisé sur ce réseau avec cette technologie.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="260" />
      <location filename="../cmgui/common/error_words.py" line="265" />
      <source>This APN does not carry IP traffic.</source>
      <translation>Cet APN ne transporte pas de trafic IP.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="131" />
      <source>This SIM cannot be used in this device.</source>
      <translation>Cette SIM ne peut pas être utilisée dans cet appareil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="319" />
      <source>This SIM cannot store messages.</source>
      <translation>Cette SIM ne peut pas enregistrer de messages.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="158" />
      <source>This SIM has no mobile data service.</source>
      <translation>Cette SIM n’a pas de service de données mobiles.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="168" />
      <source>This SIM may not roam on this network here.</source>
      <translation>Cette SIM n’a pas le droit d’être en itinérance sur ce réseau ici.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="170" />
      <source>This SIM may not use mobile data on this network.</source>
      <translation>Cette SIM n’a pas le droit d’utiliser les données mobiles sur ce réseau.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="108" />
      <source>This SIM may not use the network here.</source>
      <translation>Cette SIM n’a pas le droit d’utiliser le réseau ici.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="160" />
      <source>This SIM may not use this network at all.</source>
      <translation>Cette SIM n’a pas du tout le droit d’utiliser ce réseau.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="184" />
      <source>This SIM may not use this private cell.</source>
      <translation>Cette SIM n’a pas le droit d’utiliser cette cellule privée.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="393" />
      <source>This SIM may only call its fixed dialling numbers.</source>
      <translation>Cette SIM ne peut appeler que ses numéros autorisés.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="520" />
      <source>This Wi-Fi network name is not valid.</source>
      <translation>Ce nom de réseau Wi-Fi n’est pas valide.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="521" />
      <source>This Wi-Fi password is not valid.</source>
      <translation>Ce mot de passe Wi-Fi n’est pas valide.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="537" />
      <source>This access does not allow that.</source>
      <translation>Cet accès ne le permet pas.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="483" />
      <source>This authentication method is not possible.</source>
      <translation>Cette méthode d’authentification n’est pas possible.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="405" />
      <source>This device cannot use mobile data on this network.</source>
      <translation>Cet appareil ne peut pas utiliser les données mobiles sur ce réseau.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="431" />
      <source>This device does not support that function.</source>
      <translation>Cet appareil ne prend pas en charge cette fonction.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="390" />
      <source>This function is turned off in the device.</source>
      <translation>Cette fonction est désactivée dans l’appareil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="400" />
      <source>This is barred on your line.</source>
      <translation>C’est interdit sur votre ligne.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="488" />
      <source>This kind of connection is not possible now.</source>
      <translation>Ce type de connexion n’est pas possible pour le moment.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="140" />
      <source>This network accepts emergency calls only: it does not let this SIM in.</source>
      <translation>Ce réseau n’accepte que les appels d’urgence : il refuse cette SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="499" />
      <source>This network code is not valid.</source>
      <translation>Ce code réseau n’est pas valide.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="227" />
      <location filename="../cmgui/common/error_words.py" line="263" />
      <source>This network does not offer this kind of data connection.</source>
      <translation>Ce réseau ne propose pas ce type de connexion de données.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="165" />
      <source>This network is forbidden for this SIM.</source>
      <translation>Ce réseau est interdit pour cette SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="198" />
      <source>This network may not be used where you are.</source>
      <translation>Ce réseau ne peut pas être utilisé là où vous êtes.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="283" />
      <source>This number does not exist.</source>
      <translation>Ce numéro n’existe pas.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="294" />
      <source>This number is not in service.</source>
      <translation>Ce numéro n’est pas en service.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="279" />
      <source>This number is not valid.</source>
      <translation>Ce numéro n’est pas valide.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="467" />
      <source>This profile is in use.</source>
      <translation>Ce profil est en cours d’utilisation.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="464" />
      <source>This profile name cannot be used.</source>
      <translation>Ce nom de profil ne peut pas être utilisé.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="191" />
      <source>This service is not allowed on this network.</source>
      <translation>Ce service n’est pas autorisé sur ce réseau.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="102" />
      <source>This service is out of order on the network for now.</source>
      <translation>Ce service est momentanément hors service sur le réseau.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="266" />
      <source>Too many data connections are open.</source>
      <translation>Trop de connexions de données sont ouvertes.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="446" />
      <source>Too many devices are open.</source>
      <translation>Trop d’appareils sont ouverts.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="88" />
      <source>Try again in a minute.</source>
      <translation>Réessayez dans une minute.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="225" />
      <location filename="../cmgui/common/error_words.py" line="637" />
      <source>Try again in a minute; if it fails again, check this profile.</source>
      <translation>Réessayez dans une minute ; en cas de nouvel échec, vérifiez ce profil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="130" />
      <location filename="../cmgui/common/error_words.py" line="332" />
      <location filename="../cmgui/common/error_words.py" line="362" />
      <location filename="../cmgui/common/error_words.py" line="395" />
      <location filename="../cmgui/common/error_words.py" line="429" />
      <location filename="../cmgui/common/error_words.py" line="493" />
      <source>Try again in a moment.</source>
      <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="289" />
      <location filename="../cmgui/common/error_words.py" line="291" />
      <source>Try again later.</source>
      <translation>Réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="257" />
      <source>Try again.</source>
      <translation>Réessayez.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="89" />
      <source>Try again; if it keeps failing, restart the device.</source>
      <translation>Réessayez ; si l’échec persiste, redémarrez l’appareil.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="142" />
      <source>Turn the radio on.</source>
      <translation>Allumez la radio.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="538" />
      <source>Use a token with full access.</source>
      <translation>Utilisez un jeton avec un accès complet.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="530" />
      <source>Wi-Fi is turned off.</source>
      <translation>Le Wi-Fi est désactivé.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="548" />
      <source>Wrong PIN</source>
      <translation>PIN erroné</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="550" />
      <source>Wrong PUK</source>
      <translation>PUK erroné</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="549" />
      <source>Wrong current PIN</source>
      <translation>PIN actuel erroné</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="210" />
      <source>Your operator has barred mobile data for this SIM.</source>
      <translation>Votre opérateur a bloqué les données mobiles pour cette SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="284" />
      <source>Your operator has barred sending text messages.</source>
      <translation>Votre opérateur a bloqué l’envoi de SMS.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="297" />
      <source>Your subscription does not include sending text messages.</source>
      <translation>Votre abonnement ne comprend pas l’envoi de SMS.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="229" />
      <source>Your subscription does not include this APN.</source>
      <translation>Votre abonnement ne comprend pas cet APN.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="308" />
      <source>Your subscription does not include this message centre.</source>
      <translation>Votre abonnement ne comprend pas ce centre de messagerie.</translation>
    </message>
    <message>
      <location filename="../cmgui/common/error_words.py" line="100" />
      <source>Your subscription does not include this service.</source>
      <translation>Votre abonnement ne comprend pas ce service.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="44" />
      <source>admin</source>
      <translation>administrateur</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="50" />
      <source>cancel jobs</source>
      <translation>annuler des tâches</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="47" />
      <source>change SIM states</source>
      <translation>changer l'état des SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="51" />
      <source>manage the team</source>
      <translation>gérer l'équipe</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="43" />
      <source>operator</source>
      <translation>opérateur</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="48" />
      <source>queue jobs</source>
      <translation>mettre des tâches en file</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="46" />
      <source>read the team's data</source>
      <translation>lire les données de l'équipe</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="49" />
      <source>send SMS</source>
      <translation>envoyer des SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/errors.py" line="43" />
      <source>viewer</source>
      <translation>lecteur</translation>
    </message>
  </context>
  <context>
    <name>Fleet</name>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="87" />
      <source>%1 of %2</source>
      <translation>%1 sur %2</translation>
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
      <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="48" />
      <source>MSISDN</source>
      <translation>MSISDN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="50" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="51" />
      <source>Plan</source>
      <translation>Forfait</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="52" />
      <source>Platform status</source>
      <translation>Statut sur la plateforme</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="43" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="45" />
      <source>Usage</source>
      <translation>Consommation</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="60" />
      <source>changed</source>
      <translation>modifié</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="63" />
      <source>delivered</source>
      <translation>remis</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="61" />
      <source>failed</source>
      <translation>échec</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="62" />
      <source>pending</source>
      <translation>en attente</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="61" />
      <source>refused</source>
      <translation>refusé</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="62" />
      <source>sent</source>
      <translation>envoyé</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="60" />
      <source>unchanged</source>
      <translation>inchangé</translation>
    </message>
  </context>
  <context>
    <name>FleetController</name>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="152" />
      <source>Adding the account</source>
      <translation>Ajout du compte</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="159" />
      <source>Cannot read %1: %2</source>
      <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="329" />
      <source>Cannot write %1: %2</source>
      <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="218" />
      <source>Changing the status</source>
      <translation>Changement de statut</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="333" />
      <source>Exporting</source>
      <translation>Exportation</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="297" />
      <source>Reading the CDRs</source>
      <translation>Lecture des CDR</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="277" />
      <source>Reading the SIM</source>
      <translation>Lecture de la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="201" />
      <source>Reading the SIMs</source>
      <translation>Lecture des SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="231" />
      <source>Resuming the job</source>
      <translation>Reprise de la tâche</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet.py" line="310" />
      <source>Sending the SMS</source>
      <translation>Envoi du SMS</translation>
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
        <numerusform>%n SIM écrite dans %1</numerusform>
        <numerusform>%n SIM écrites dans %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="614" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n caractère</numerusform>
        <numerusform>%n caractères</numerusform>
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
        <numerusform>%n enregistrement</numerusform>
        <numerusform>%n enregistrements</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="232" />
      <source>&amp;Account:</source>
      <translation>&amp;Compte :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="666" />
      <source>&amp;Queue for the team</source>
      <translation>Mettre en &amp;file pour l'équipe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="239" />
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="243" />
      <source>Add a fleet account</source>
      <translation>Ajouter un compte de flotte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="242" />
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="484" />
      <source>All backends</source>
      <translation>Tous les backends</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="481" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="198" />
      <location filename="../cmgui/views/fleet_page.py" line="449" />
      <source>Audit log</source>
      <translation>Journal d’audit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="357" />
      <source>Backend</source>
      <translation>Backend</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="271" />
      <source>Backend filter</source>
      <translation>Filtre de backend</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="388" />
      <source>CDRs</source>
      <translation>CDR</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="755" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="650" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="386" />
      <source>Call detail records</source>
      <translation>Relevés détaillés des communications</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="436" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="437" />
      <source>Cancel the status change</source>
      <translation>Annuler le changement de statut</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="665" />
      <source>Change &amp;now</source>
      <translation>Changer &amp;maintenant</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="282" />
      <source>Change status</source>
      <translation>Changer le statut</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="639" />
      <location filename="../cmgui/views/fleet_page.py" line="659" />
      <source>Change the status</source>
      <translation>Changer le statut</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="640" />
      <location filename="../cmgui/views/fleet_page.py" line="660" />
      <source>Change the status of %n SIM(s) to %1?</source>
      <translation>
        <numerusform>Passer le statut de %n SIM à %1 ?</numerusform>
        <numerusform>Passer le statut de %n SIM à %1 ?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="682" />
      <source>Changing %n SIM(s) to %1</source>
      <translation>
        <numerusform>Passage de %n SIM à %1</numerusform>
        <numerusform>Passage de %n SIM à %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="277" />
      <source>Columns</source>
      <translation>Colonnes</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="193" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="295" />
      <source>Export CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="754" />
      <source>Export SIMs</source>
      <translation>Exporter les SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="186" />
      <source>Fleet</source>
      <translation>Flotte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="235" />
      <source>Fleet account</source>
      <translation>Compte de flotte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="749" />
      <source>Forget the account %1 and its secret?</source>
      <translation>Oublier le compte %1 et son secret ?</translation>
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
      <translation>Identité</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="187" />
      <source>IoT SIMs on your platforms: find them, change their status, read their usage and CDRs, send them SMS.</source>
      <translation>Les SIM IoT de vos plateformes : les trouver, changer leur statut, lire leur consommation et leurs CDR, leur envoyer des SMS.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/fleet_page.py" line="707" />
      <source>Job %1: %2 of %n SIM(s) changed.</source>
      <translation>
        <numerusform>Tâche %1 : %2 sur %n SIM modifiée.</numerusform>
        <numerusform>Tâche %1 : %2 sur %n SIM modifiées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="379" />
      <source>Load the last 30 days</source>
      <translation>Charger les 30 derniers jours</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="358" />
      <source>MSISDN</source>
      <translation>MSISDN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="420" />
      <source>Message length</source>
      <translation>Longueur du message</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="412" />
      <source>Message text</source>
      <translation>Texte du message</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="359" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="566" />
      <source>No usage reported</source>
      <translation>Aucune consommation signalée</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="373" />
      <source>Overview</source>
      <translation>Vue d’ensemble</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="374" />
      <location filename="../cmgui/views/fleet_page.py" line="375" />
      <source>Packages</source>
      <translation>Offres</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="359" />
      <source>Plan</source>
      <translation>Forfait</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="435" />
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="693" />
      <source>Queued as job %1: the team's server changes the SIMs.</source>
      <translation>En file comme tâche %1 : le serveur de l'équipe change les SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="662" />
      <source>Queued, the team's server (cmcli serve --team) changes them, even after cmgui is closed; the audit log shows the job once it runs.</source>
      <translation>En file, le serveur de l'équipe (cmcli serve --team) les change, même après la fermeture de cmgui ; le journal d'audit montre la tâche dès qu'elle s'exécute.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="240" />
      <source>Read every SIM from the platform again</source>
      <translation>Relire toutes les SIM depuis la plateforme</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="245" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="748" />
      <source>Remove the account</source>
      <translation>Retirer le compte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="246" />
      <source>Remove the fleet account</source>
      <translation>Retirer le compte de flotte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="452" />
      <source>Resume the job</source>
      <translation>Reprendre la tâche</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="732" />
      <source>Resuming job %1</source>
      <translation>Reprise de la tâche %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="453" />
      <source>Run a job that was cut off again; SIMs it changed already are left alone</source>
      <translation>Relancer une tâche interrompue ; les SIM déjà modifiées ne sont pas touchées</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="421" />
      <source>S&amp;end</source>
      <translation>&amp;Envoyer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="351" />
      <source>SIM details</source>
      <translation>Détails de la SIM</translation>
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
      <translation>SIM d’un fichier CSV → %1…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="649" />
      <source>SIMs to change</source>
      <translation>SIM à modifier</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="389" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="628" />
      <source>SMS sent (%1)</source>
      <translation>SMS envoyé (%1)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="408" />
      <source>SMS with this SIM</source>
      <translation>SMS avec cette SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="264" />
      <source>Search ICCID, IMSI, MSISDN, IMEI or name</source>
      <translation>Rechercher un ICCID, IMSI, MSISDN, IMEI ou nom</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="265" />
      <source>Search SIMs</source>
      <translation>Rechercher des SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="287" />
      <source>Selected SIMs → %1</source>
      <translation>SIM sélectionnées → %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="356" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="716" />
      <source>Status change</source>
      <translation>Changement de statut</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="269" />
      <source>Status filter</source>
      <translation>Filtre de statut</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="585" />
      <source>This platform does not send SMS to SIMs</source>
      <translation>Cette plateforme n’envoie pas de SMS aux SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="363" />
      <source>Usage</source>
      <translation>Consommation</translation>
    </message>
    <message>
      <location filename="../cmgui/views/fleet_page.py" line="411" />
      <location filename="../cmgui/views/fleet_page.py" line="584" />
      <source>Write a message to the SIM</source>
      <translation>Écrire un message à la SIM</translation>
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
      <translation>Bloqué</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="40" />
      <source>Connected</source>
      <translation>Connecté</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="39" />
      <source>Connecting…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="38" />
      <source>Disconnected</source>
      <translation>Déconnecté</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="41" />
      <source>Disconnecting…</source>
      <translation>Déconnexion…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="31" />
      <source>Emergency calls only</source>
      <translation>Appels d’urgence uniquement</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="24" />
      <source>Home network</source>
      <translation>Réseau d’origine</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="29" />
      <source>Home network (SMS only)</source>
      <translation>Réseau d’origine (SMS uniquement)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="52" />
      <source>No SIM card</source>
      <translation>Pas de carte SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="16" />
      <source>Not available</source>
      <translation>Indisponible</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="12" />
      <source>Not open</source>
      <translation>Non ouvert</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="23" />
      <source>Not registered</source>
      <translation>Non enregistré</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="13" />
      <source>Opening…</source>
      <translation>Ouverture…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="49" />
      <source>PIN required</source>
      <translation>PIN requis</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="50" />
      <source>PUK required</source>
      <translation>PUK requis</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="14" />
      <source>Ready</source>
      <translation>Prêt</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="26" />
      <source>Registration denied</source>
      <translation>Enregistrement refusé</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="28" />
      <source>Roaming</source>
      <translation>Itinérance</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="30" />
      <source>Roaming (SMS only)</source>
      <translation>Itinérance (SMS uniquement)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="53" />
      <source>SIM card failure</source>
      <translation>Défaillance de la carte SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="15" />
      <source>SIM locked</source>
      <translation>SIM verrouillée</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="25" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="27" />
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <location filename="../cmgui/views/format.py" line="48" />
      <source>Unlocked</source>
      <translation>Déverrouillée</translation>
    </message>
  </context>
  <context>
    <name>GatewayController</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="416" />
      <source>Fetching received messages</source>
      <translation>Récupération des messages reçus</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="470" />
      <source>Sending %n message(s)</source>
      <translation>
        <numerusform>Envoi de %n message</numerusform>
        <numerusform>Envoi de %n messages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="434" />
      <source>The file %1 cannot be read: %2</source>
      <translation>Le fichier %1 est illisible : %2</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="438" />
      <source>The file %1 cannot be used: %2</source>
      <translation>Le fichier %1 est inutilisable : %2</translation>
    </message>
  </context>
  <context>
    <name>GatewayPage</name>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="330" />
      <source>%1 % of %2 MiB</source>
      <translation>%1 % de %2 Mio</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="401" />
      <source>%1 of %2 done: %3 sent, %4 failed</source>
      <translation>%1 sur %2 traités : %3 envoyés, %4 en échec</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="121" />
      <source>%1 presents a certificate no authority vouches for (self-signed), with SHA-256 %2. Trust it only if the gateway's web UI shows the same fingerprint.</source>
      <translation>%1 présente un certificat qu’aucune autorité ne garantit (auto-signé), d’empreinte SHA-256 %2. Ne lui faites confiance que si l’interface web de la passerelle affiche la même empreinte.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/gateway_page.py" line="343" />
      <source>%n recipient(s) from %1</source>
      <translation>
        <numerusform>%n destinataire issu de %1</numerusform>
        <numerusform>%n destinataires issus de %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="140" />
      <source>&amp;Address:</source>
      <translation>&amp;Adresse :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="149" />
      <source>&amp;Connect</source>
      <translation>Se &amp;connecter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="266" />
      <source>&amp;Fetch new messages</source>
      <translation>&amp;Récupérer les nouveaux messages</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="213" />
      <source>&amp;Message:</source>
      <translation>&amp;Message :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="221" />
      <source>&amp;Ports:</source>
      <translation>&amp;Ports :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="230" />
      <source>&amp;Queue for the team</source>
      <translation>Mettre en &amp;file pour l'équipe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="227" />
      <source>&amp;Send</source>
      <translation>&amp;Envoyer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="103" />
      <source>&amp;Trust this certificate</source>
      <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="191" />
      <source>&amp;Use this port</source>
      <translation>&amp;Utiliser ce port</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="207" />
      <source>A CSV file with a header row: number, then param columns for #param#, optionally user_id.</source>
      <translation>Un fichier CSV avec une ligne d’en-tête : number, puis des colonnes param pour #param#, éventuellement user_id.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="226" />
      <source>Ask for &amp;delivery reports</source>
      <translation>Demander des &amp;accusés de réception</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="201" />
      <source>Bulk SMS</source>
      <translation>SMS en masse</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="174" />
      <source>CPU</source>
      <translation>Processeur</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="167" />
      <source>CPU load of the gateway</source>
      <translation>Charge processeur de la passerelle</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="341" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="281" />
      <source>Cancel &amp;job</source>
      <translation>Annuler la &amp;tâche</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="283" />
      <source>Cancel the selected job if no server has taken it yet</source>
      <translation>Annuler la tâche choisie si aucun serveur ne l'a encore prise</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="95" />
      <source>Certificate</source>
      <translation>Certificat</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="368" />
      <source>Choose a recipients file and write the message first.</source>
      <translation>Choisissez d’abord un fichier de destinataires et écrivez le message.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="205" />
      <source>Choose the recipients file (CSV)</source>
      <translation>Choisir le fichier des destinataires (CSV)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="150" />
      <source>Connect to the gateway</source>
      <translation>Se connecter à la passerelle</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="69" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="407" />
      <source>Every message was sent.</source>
      <translation>Tous les messages ont été envoyés.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="64" />
      <source>Every port of a gateway at a glance, bulk SMS from a file, and what all ports received. A port opens like a modem: double-click it.</source>
      <translation>Tous les ports d’une passerelle d’un coup d’œil, des SMS en masse depuis un fichier, et tout ce que les ports ont reçu. Un port s’ouvre comme un modem : double-cliquez dessus.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="268" />
      <source>Fetch and archive the messages every port received</source>
      <translation>Récupérer et archiver les messages reçus par tous les ports</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="138" />
      <source>Gateway</source>
      <translation>Passerelle</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="144" />
      <source>Gateway address</source>
      <translation>Adresse de la passerelle</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="216" />
      <source>Hello #param#, …</source>
      <translation>Bonjour #param#, …</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="156" />
      <source>Log in to a gateway once, then pick it here: %1</source>
      <translation>Connectez-vous une fois à une passerelle, puis choisissez-la ici : %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="177" />
      <source>Memory</source>
      <translation>Mémoire</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="171" />
      <source>Memory used on the gateway</source>
      <translation>Mémoire utilisée sur la passerelle</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="215" />
      <source>Message template</source>
      <translation>Modèle de message</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="193" />
      <source>Open the selected port like a modem</source>
      <translation>Ouvrir le port sélectionné comme un modem</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="184" />
      <source>Ports</source>
      <translation>Ports</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="365" />
      <source>Ports are numbers from 0 to 31 separated by commas.</source>
      <translation>Les ports sont des nombres de 0 à 31 séparés par des virgules.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="185" />
      <source>Ports of the gateway</source>
      <translation>Ports de la passerelle</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="223" />
      <source>Ports to send on</source>
      <translation>Ports d’envoi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="232" />
      <source>Queue the messages for the team's server</source>
      <translation>Mettre les messages en file pour le serveur de l'équipe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="386" />
      <source>Queued as job %1: the team's server sends it.</source>
      <translation>En file comme tâche %1 : le serveur de l'équipe l'envoie.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="261" />
      <source>Received messages</source>
      <translation>Messages reçus</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="260" />
      <source>Received on all ports</source>
      <translation>Reçus sur tous les ports</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="341" />
      <source>Recipients</source>
      <translation>Destinataires</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="204" />
      <source>Recipients &amp;file…</source>
      <translation>&amp;Fichier des destinataires…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="254" />
      <source>Recipients, messages and results</source>
      <translation>Destinataires, messages et résultats</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="63" />
      <source>SMS gateways</source>
      <translation>Passerelles SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="228" />
      <source>Send the messages</source>
      <translation>Envoyer les messages</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="248" />
      <source>Sending progress</source>
      <translation>Progression de l’envoi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="275" />
      <source>Team jobs</source>
      <translation>Tâches de l'équipe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="117" />
      <source>The certificate of %1 has changed. It now presents SHA-256 %2; the pinned one was %3. Trust the new one only if the gateway's web UI shows the same fingerprint.</source>
      <translation>Le certificat de %1 a changé. Il présente maintenant l’empreinte SHA-256 %2 ; celle épinglée était %3. Ne faites confiance au nouveau que si l’interface web de la passerelle affiche la même empreinte.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="276" />
      <source>The team's queued jobs</source>
      <translation>Les tâches en file de l'équipe</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="233" />
      <source>The team's server (cmcli serve --team) sends them, even after cmgui is closed; every desktop sees the job below.</source>
      <translation>Le serveur de l'équipe (cmcli serve --team) les envoie, même après la fermeture de cmgui ; chaque poste voit la tâche ci-dessous.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="105" />
      <source>Trust the certificate the gateway presents</source>
      <translation>Faire confiance au certificat présenté par la passerelle</translation>
    </message>
    <message>
      <location filename="../cmgui/views/gateway_page.py" line="224" />
      <source>any free port (or e.g. 0,3)</source>
      <translation>n’importe quel port libre (ou p. ex. 0,3)</translation>
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
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="247" />
      <source>Received</source>
      <translation>Reçu</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../cmgui/views/main_window.py" line="483" />
      <source>%1 has a data connection up. Switch to another device? The connection stays up, but cmgui stops showing and counting it.</source>
      <translation>%1 a une connexion de données active. Passer à un autre appareil ? La connexion reste établie, mais cmgui cesse de l’afficher et de la compter.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="378" />
      <source>&amp;Device:</source>
      <translation>A&amp;ppareil :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="410" />
      <source>&amp;Retry</source>
      <translation>&amp;Réessayer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="486" />
      <source>&amp;Switch</source>
      <translation>&amp;Changer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="383" />
      <source>Add a remote device</source>
      <translation>Ajouter un appareil distant</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="382" />
      <source>Add a remote device…</source>
      <translation>Ajouter un appareil distant…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="158" />
      <source>Connection</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="456" />
      <source>Connection state</source>
      <translation>État de la connexion</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="379" />
      <source>Device</source>
      <translation>Appareil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="158" />
      <source>Devices</source>
      <translation>Appareils</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="412" />
      <source>Dismiss the message</source>
      <translation>Fermer le message</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="409" />
      <source>Error</source>
      <translation>Erreur</translation>
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
      <translation>Rechercher à nouveau les appareils</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="424" />
      <source>Message archive problem</source>
      <translation>Problème d’archive des messages</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="159" />
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="515" />
      <source>No device</source>
      <translation>Aucun appareil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="411" />
      <source>Open the device again</source>
      <translation>Rouvrir l’appareil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="454" />
      <source>Operator</source>
      <translation>Opérateur</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="161" />
      <source>SMS gateways</source>
      <translation>Passerelles SMS</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="163" />
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="160" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="159" />
      <source>Statistics</source>
      <translation>Statistiques</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="483" />
      <source>Switch device</source>
      <translation>Changer d’appareil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/main_window.py" line="455" />
      <source>Technology</source>
      <translation>Technologie</translation>
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
      <translation>Suppression des messages</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="282" />
      <source>Marking messages read</source>
      <translation>Marquage des messages comme lus</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="180" />
      <source>Reading a new message</source>
      <translation>Lecture d’un nouveau message</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="142" />
      <source>Reading messages</source>
      <translation>Lecture des messages</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/messages.py" line="250" />
      <source>Sending the message</source>
      <translation>Envoi du message</translation>
    </message>
  </context>
  <context>
    <name>MessagesPage</name>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="452" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n caractère</numerusform>
        <numerusform>%n caractères</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="454" />
      <source>%n left</source>
      <translation>
        <numerusform>%n restant</numerusform>
        <numerusform>%n restants</numerusform>
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
    <message>
      <location filename="../cmgui/views/messages_page.py" line="379" />
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="347" />
      <source>&amp;New message</source>
      <translation>&amp;Nouveau message</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="372" />
      <source>&amp;To:</source>
      <translation>&amp;À :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="349" />
      <source>&amp;USSD…</source>
      <translation>&amp;USSD…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="368" />
      <source>Choose a conversation or write a new message.</source>
      <translation>Choisissez une conversation ou écrivez un nouveau message.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="343" />
      <source>Conversations</source>
      <translation>Conversations</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/messages_page.py" line="485" />
      <source>Delete %n message(s) from the archive and from the device?</source>
      <translation>
        <numerusform>Supprimer %n message de l’archive et de l’appareil ?</numerusform>
        <numerusform>Supprimer %n messages de l’archive et de l’appareil ?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="484" />
      <source>Delete messages</source>
      <translation>Supprimer des messages</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="380" />
      <source>Delete the selected messages</source>
      <translation>Supprimer les messages sélectionnés</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="325" />
      <source>Every message read from or sent with your devices, and USSD services.</source>
      <translation>Tous les messages reçus ou envoyés avec vos appareils, et les services USSD.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="394" />
      <source>Message length</source>
      <translation>Longueur du message</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="386" />
      <source>Message text</source>
      <translation>Texte du message</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="324" />
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="435" />
      <source>Messages matching “%1”</source>
      <translation>Messages contenant « %1 »</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="366" />
      <source>Messages of the conversation</source>
      <translation>Messages de la conversation</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="438" />
      <source>New message</source>
      <translation>Nouveau message</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="350" />
      <source>Open the USSD dialog</source>
      <translation>Ouvrir la fenêtre USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="374" />
      <source>Phone number</source>
      <translation>Numéro de téléphone</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="375" />
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="396" />
      <source>S&amp;end</source>
      <translation>&amp;Envoyer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="334" />
      <location filename="../cmgui/views/messages_page.py" line="335" />
      <source>Search messages</source>
      <translation>Rechercher dans les messages</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="397" />
      <source>Send (Ctrl+Enter)</source>
      <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/messages_page.py" line="385" />
      <source>Write a message</source>
      <translation>Écrire un message</translation>
    </message>
  </context>
  <context>
    <name>Models</name>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="51" />
      <source>(hidden network)</source>
      <translation>(réseau masqué)</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="73" />
      <source>APN</source>
      <translation>APN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="245" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="25" />
      <source>Address</source>
      <translation>Adresse</translation>
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
      <translation>Bande</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="246" />
      <source>Change</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="68" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="56" />
      <source>Connected</source>
      <translation>Connecté</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="42" />
      <source>Current</source>
      <translation>Actuel</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="54" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="75" />
      <location filename="../cmgui/controllers/connection_models.py" line="76" />
      <source>Default</source>
      <translation>Par défaut</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="33" />
      <source>Delivered</source>
      <translation>Remis</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="71" />
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="24" />
      <source>Device</source>
      <translation>Appareil</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="68" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="41" />
      <source>Duration</source>
      <translation>Durée</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="217" />
      <source>Expires</source>
      <translation>Expire</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="63" />
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="43" />
      <source>Forbidden</source>
      <translation>Interdit</translation>
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
      <translation>Réseau national</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="74" />
      <source>IP type</source>
      <translation>Type d’IP</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="243" />
      <location filename="../cmgui/controllers/team_jobs.py" line="60" />
      <source>Job</source>
      <translation>Tâche</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="230" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="57" />
      <source>Known</source>
      <translation>Connu</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="53" />
      <source>Last message</source>
      <translation>Dernier message</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="72" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="50" />
      <location filename="../cmgui/controllers/ussd.py" line="29" />
      <location filename="../cmgui/controllers/wlan_models.py" line="62" />
      <location filename="../cmgui/controllers/wlan_models.py" line="90" />
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="66" />
      <source>Network code</source>
      <translation>Code réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="33" />
      <source>Not delivered</source>
      <translation>Non remis</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="51" />
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="65" />
      <source>Operator</source>
      <translation>Opérateur</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="219" />
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="252" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="211" />
      <source>Package</source>
      <translation>Offre</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="234" />
      <source>Peer / network</source>
      <translation>Correspondant / réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="93" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="43" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="47" />
      <source>Received</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="235" />
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="51" />
      <source>Roaming</source>
      <translation>Itinérance</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="63" />
      <location filename="../cmgui/controllers/wlan_models.py" line="91" />
      <source>Security</source>
      <translation>Sécurité</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="32" />
      <source>Sending…</source>
      <translation>Envoi…</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="44" />
      <location filename="../cmgui/controllers/message_models.py" line="32" />
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan_models.py" line="65" />
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="228" />
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/connection_models.py" line="38" />
      <source>Started</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="251" />
      <location filename="../cmgui/controllers/team_jobs.py" line="67" />
      <location filename="../cmgui/controllers/wlan_models.py" line="72" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="68" />
      <location filename="../cmgui/controllers/fleet_models.py" line="212" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="67" />
      <source>Technology</source>
      <translation>Technologie</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="37" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="35" />
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="43" />
      <source>To %1</source>
      <translation>À %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/device_models.py" line="43" />
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/message_models.py" line="56" />
      <source>Unread</source>
      <translation>Non lus</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="213" />
      <source>Used</source>
      <translation>Consommé</translation>
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
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="249" />
      <location filename="../cmgui/controllers/team_jobs.py" line="65" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/fleet_models.py" line="248" />
      <location filename="../cmgui/controllers/team_jobs.py" line="64" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="29" />
      <source>You</source>
      <translation>Vous</translation>
    </message>
  </context>
  <context>
    <name>NetworkController</name>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="374" />
      <source>Changing the network mode</source>
      <translation>Changement du mode réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="349" />
      <source>Reading the radio details</source>
      <translation>Lecture des détails radio</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="342" />
      <source>Registering</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="306" />
      <source>Searching for networks</source>
      <translation>Recherche des réseaux</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/devices.py" line="365" />
      <source>Switching the radio</source>
      <translation>Basculement de la radio</translation>
    </message>
  </context>
  <context>
    <name>OperationBar</name>
    <message>
      <location filename="../cmgui/views/widgets.py" line="159" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../cmgui/views/widgets.py" line="160" />
      <source>Cancel the running operation</source>
      <translation>Annuler l’opération en cours</translation>
    </message>
    <message>
      <location filename="../cmgui/views/widgets.py" line="156" />
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="114" />
      <source>&amp;Again:</source>
      <translation>&amp;Confirmation :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="111" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="127" />
      <source>&amp;Set passphrase</source>
      <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="127" />
      <source>&amp;Unlock</source>
      <translation>Déverr&amp;ouiller</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="96" />
      <source>Choose a passphrase</source>
      <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="129" />
      <source>Go on &amp;without</source>
      <translation>Continuer &amp;sans</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="110" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="112" />
      <source>Passphrase again</source>
      <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="103" />
      <source>Type the passphrase of the encrypted file (%1) to use the passwords and tokens kept in it.</source>
      <translation>Saisissez la phrase secrète du fichier chiffré (%1) pour utiliser les mots de passe et les jetons qu'il contient.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="102" />
      <source>Unlock your secrets</source>
      <translation>Déverrouiller vos secrets</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="97" />
      <source>cmgui keeps passwords and tokens in an encrypted file, %1. Choose the passphrase that protects it; you give it once each time cmgui starts. Without it the secrets in the file cannot be recovered.</source>
      <translation>cmgui conserve les mots de passe et les jetons dans un fichier chiffré, %1. Choisissez la phrase secrète qui le protège ; vous la saisirez une fois à chaque démarrage de cmgui. Sans elle, les secrets du fichier sont irrécupérables.</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="164" />
      <source>%n PIN attempt(s) left</source>
      <translation>
        <numerusform>Encore %n essai de PIN</numerusform>
        <numerusform>Encore %n essais de PIN</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/pin_dialogs.py" line="162" />
      <source>%n PUK attempt(s) left</source>
      <translation>
        <numerusform>Encore %n essai de PUK</numerusform>
        <numerusform>Encore %n essais de PUK</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="186" />
      <source>A PIN has 4 to 8 digits.</source>
      <translation>Un PIN comporte 4 à 8 chiffres.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="135" />
      <source>Anyone with this SIM card can use it without a PIN once it is off.</source>
      <translation>Une fois le PIN désactivé, n’importe qui peut utiliser cette carte SIM sans PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="144" />
      <source>Change</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="140" />
      <source>Change PIN</source>
      <translation>Modifier le PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="255" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="193" />
      <source>Confirm the last attempt first.</source>
      <translation>Confirmez d’abord le dernier essai.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="142" />
      <source>Current PIN:</source>
      <translation>PIN actuel :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="141" />
      <source>Enter the current PIN and the new one twice.</source>
      <translation>Saisissez le PIN actuel, puis deux fois le nouveau.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="92" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="71" />
      <source>I understand, try this last time</source>
      <translation>J’ai compris, tenter ce dernier essai</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="75" />
      <source>Kept in the system keyring. It is sent for you only while at least two attempts are left, and forgotten if the SIM ever rejects it.</source>
      <translation>Conservé dans le trousseau du système. Il n’est envoyé à votre place que tant qu’il reste au moins deux essais, et il est oublié si la SIM le refuse.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="171" />
      <source>Last attempt: a wrong PIN blocks the SIM card and you will need the PUK.</source>
      <translation>Dernier essai : un PIN erroné bloque la carte SIM et il vous faudra le PUK.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="167" />
      <source>Last attempt: a wrong PUK blocks the SIM card for good. Only your operator can replace it.</source>
      <translation>Dernier essai : un PUK erroné bloque définitivement la carte SIM. Seul votre opérateur peut la remplacer.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="61" />
      <source>New PIN</source>
      <translation>Nouveau PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="125" />
      <location filename="../cmgui/views/pin_dialogs.py" line="142" />
      <source>New PIN:</source>
      <translation>Nouveau PIN :</translation>
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
      <translation>PIN :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="60" />
      <source>PUK</source>
      <translation>PUK</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="125" />
      <source>PUK:</source>
      <translation>PUK :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="73" />
      <source>Re&amp;member the PIN on this computer</source>
      <translation>&amp;Mémoriser le PIN sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="74" />
      <source>Remember the PIN on this computer</source>
      <translation>Mémoriser le PIN sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="62" />
      <source>Repeat new PIN</source>
      <translation>Répéter le nouveau PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="126" />
      <location filename="../cmgui/views/pin_dialogs.py" line="143" />
      <source>Repeat new PIN:</source>
      <translation>Répéter le nouveau PIN :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="122" />
      <source>The PIN is blocked after too many wrong entries. Enter the PUK from the SIM card's holder, then choose a new PIN.</source>
      <translation>Le PIN est bloqué après trop de saisies erronées. Saisissez le PUK indiqué sur le support de la carte SIM, puis choisissez un nouveau PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="238" />
      <source>The PIN is changed. Use the new PIN from now on.</source>
      <translation>Le PIN a été modifié. Utilisez désormais le nouveau PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="237" />
      <source>The PIN is off.</source>
      <translation>Le PIN est désactivé.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="236" />
      <source>The PIN is on: the SIM will ask for it when it starts.</source>
      <translation>Le PIN est activé : la SIM le demandera au démarrage.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="184" />
      <source>The PUK has 8 digits.</source>
      <translation>Le PUK comporte 8 chiffres.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="117" />
      <source>The SIM card is locked. Enter its PIN to use it.</source>
      <translation>La carte SIM est verrouillée. Saisissez son PIN pour l’utiliser.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="235" />
      <source>The SIM is unblocked and has the new PIN.</source>
      <translation>La SIM est débloquée et a le nouveau PIN.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="130" />
      <source>The SIM will ask for this PIN whenever it starts.</source>
      <translation>La SIM demandera ce PIN à chaque démarrage.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="189" />
      <source>The new PIN needs 4 to 8 digits.</source>
      <translation>Le nouveau PIN doit comporter 4 à 8 chiffres.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="191" />
      <source>The two new PINs differ.</source>
      <translation>Les deux nouveaux PIN sont différents.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="134" />
      <source>Turn PIN off</source>
      <translation>Désactiver le PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="129" />
      <source>Turn PIN on</source>
      <translation>Activer le PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="138" />
      <source>Turn off</source>
      <translation>Désactiver</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="132" />
      <source>Turn on</source>
      <translation>Activer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="127" />
      <source>Unblock</source>
      <translation>Débloquer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="121" />
      <source>Unblock SIM</source>
      <translation>Débloquer la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="119" />
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="116" />
      <source>Unlock SIM</source>
      <translation>Déverrouiller la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/pin_dialogs.py" line="82" />
      <source>Why the button is not available</source>
      <translation>Pourquoi le bouton n’est pas disponible</translation>
    </message>
  </context>
  <context>
    <name>PlanEditor</name>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="32" />
      <source>&amp;Billing period starts on day:</source>
      <translation>La période de &amp;facturation commence le jour :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="50" />
      <source>&amp;Save plan</source>
      <translation>&amp;Enregistrer le forfait</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="40" />
      <source>&amp;Warn at (% of the limit):</source>
      <translation>&amp;Avertir à (% de la limite) :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="31" />
      <source>Billing day</source>
      <translation>Jour de facturation</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="42" />
      <source>D&amp;isconnect when the limit is reached</source>
      <translation>Se &amp;déconnecter quand la limite est atteinte</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="25" />
      <source>Data plan of this SIM</source>
      <translation>Forfait de données de cette SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="48" />
      <source>Data plan status</source>
      <translation>État du forfait de données</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="34" />
      <source>Monthly &amp;limit:</source>
      <translation>&amp;Limite mensuelle :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="33" />
      <source>Monthly limit</source>
      <translation>Limite mensuelle</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="63" />
      <source>No limit</source>
      <translation>Sans limite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="36" />
      <source>R&amp;oaming limit:</source>
      <translation>Limite en &amp;itinérance :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="35" />
      <source>Roaming limit</source>
      <translation>Limite en itinérance</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="51" />
      <source>Save the data plan</source>
      <translation>Enregistrer le forfait de données</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="96" />
      <source>Saved.</source>
      <translation>Enregistré.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="80" />
      <source>Unlock a SIM to set its plan; usage is counted per SIM.</source>
      <translation>Déverrouillez une SIM pour définir son forfait ; la consommation est comptée par SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/plan_editor.py" line="39" />
      <source>Warning thresholds in percent</source>
      <translation>Seuils d’avertissement en pourcentage</translation>
    </message>
  </context>
  <context>
    <name>PortTableModel</name>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="123" />
      <source>%n min ago</source>
      <translation>
        <numerusform>il y a %n min</numerusform>
        <numerusform>il y a %n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/gateway.py" line="121" />
      <source>%n s ago</source>
      <translation>
        <numerusform>il y a %n s</numerusform>
        <numerusform>il y a %n s</numerusform>
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
      <translation>Dernière activité</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="111" />
      <source>No SIM</source>
      <translation>Pas de SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="111" />
      <source>Not registered</source>
      <translation>Non enregistré</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>Operator</source>
      <translation>Opérateur</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="112" />
      <source>PIN required</source>
      <translation>PIN requis</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="112" />
      <source>PUK required</source>
      <translation>PUK requis</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="113" />
      <source>Radio off</source>
      <translation>Radio coupée</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="110" />
      <source>Registered</source>
      <translation>Enregistré</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="105" />
      <source>SIM (IMSI)</source>
      <translation>SIM (IMSI)</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="110" />
      <source>Searching</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="104" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="114" />
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="82" />
      <source>&amp;APN:</source>
      <translation>&amp;APN :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="86" />
      <source>&amp;IP type:</source>
      <translation>Type d’&amp;IP :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="82" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="84" />
      <source>&amp;Password:</source>
      <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="83" />
      <source>&amp;User name:</source>
      <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="85" />
      <source>A&amp;uthentication:</source>
      <translation>A&amp;uthentification :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="62" />
      <source>Allow while roaming</source>
      <translation>Autoriser en itinérance</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="46" />
      <source>Edit profile</source>
      <translation>Modifier le profil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="46" />
      <source>New profile</source>
      <translation>Nouveau profil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="59" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="78" />
      <source>Other (enter it yourself)</source>
      <translation>Autre (à saisir vous-même)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="59" />
      <source>PAP or CHAP</source>
      <translation>PAP ou CHAP</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="79" />
      <source>Su&amp;ggested:</source>
      <translation>&amp;Suggestion :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="73" />
      <source>Suggested settings</source>
      <translation>Paramètres suggérés</translation>
    </message>
    <message>
      <location filename="../cmgui/views/connection_page.py" line="57" />
      <source>unchanged</source>
      <translation>inchangé</translation>
    </message>
  </context>
  <context>
    <name>ProfileWizard</name>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="67" />
      <source>&amp;Country:</source>
      <translation>&amp;Pays :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="71" />
      <source>&amp;Provider:</source>
      <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="138" />
      <source>APN: %1</source>
      <translation>APN : %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="83" />
      <source>C&amp;ontinue…</source>
      <translation>&amp;Continuer…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="55" />
      <source>Choose your provider and plan; cmgui fills in the settings. Your SIM's provider is chosen already when it is known.</source>
      <translation>Choisissez votre fournisseur et votre forfait ; cmgui remplit les paramètres. Le fournisseur de votre SIM est déjà choisi s’il est connu.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="62" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="82" />
      <source>Enter the settings &amp;myself…</source>
      <translation>Saisir les paramètres &amp;moi-même…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="52" />
      <source>New profile</source>
      <translation>Nouveau profil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="135" />
      <source>No plan listed: enter the settings yourself.</source>
      <translation>Aucun forfait répertorié : saisissez les paramètres vous-même.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="75" />
      <source>P&amp;lan:</source>
      <translation>&amp;Forfait :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="73" />
      <source>Plan</source>
      <translation>Forfait</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="69" />
      <source>Provider</source>
      <translation>Fournisseur</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="36" />
      <source>Test networks (demo modem)</source>
      <translation>Réseaux de test (modem de démonstration)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/profile_wizard.py" line="140" />
      <source>User name: %1</source>
      <translation>Nom d’utilisateur : %1</translation>
    </message>
  </context>
  <context>
    <name>ProvisioningController</name>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="27" />
      <source>Set by %1</source>
      <translation>Défini par %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="98" />
      <source>The provisioning file %1 has mistakes and is not used (%2). Check it with: cmcli provisioning check</source>
      <translation>Le fichier de provisionnement %1 contient des erreurs et n’est pas utilisé (%2). Vérifiez-le avec : cmcli provisioning check</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/provisioning.py" line="110" />
      <source>This profile is set by %1 and cannot be edited or deleted.</source>
      <translation>Ce profil est défini par %1 et ne peut être ni modifié ni supprimé.</translation>
    </message>
  </context>
  <context>
    <name>RecipientTableModel</name>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="188" />
      <source>Delivered</source>
      <translation>Remis</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="188" />
      <source>Failed</source>
      <translation>Échec</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="189" />
      <source>No result</source>
      <translation>Aucun résultat</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="189" />
      <source>Not sent</source>
      <translation>Non envoyé</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="183" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="187" />
      <source>Sending</source>
      <translation>Envoi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="187" />
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="184" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/gateway.py" line="206" />
      <source>Waiting</source>
      <translation>En attente</translation>
    </message>
  </context>
  <context>
    <name>RemoteEndpointDialog</name>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="44" />
      <source>&amp;Address:</source>
      <translation>&amp;Adresse :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="46" />
      <source>&amp;Certificate fingerprint:</source>
      <translation>Empreinte du &amp;certificat :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="44" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="69" />
      <source>A SHA-256 fingerprint has 32 pairs of hex digits.</source>
      <translation>Une empreinte SHA-256 comporte 32 paires de chiffres hexadécimaux.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="45" />
      <source>Access &amp;token:</source>
      <translation>&amp;Jeton d’accès :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="27" />
      <source>Add remote device</source>
      <translation>Ajouter un appareil distant</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="71" />
      <source>Certificate pinning needs https:// or wss://.</source>
      <translation>L’épinglage de certificat nécessite https:// ou wss://.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="30" />
      <source>Connect to a modem shared by another computer running “cmcli serve”, or to any OpenCMAPI endpoint.</source>
      <translation>Connectez-vous à un modem partagé par un autre ordinateur qui exécute « cmcli serve », ou à tout point d’accès OpenCMAPI.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="39" />
      <source>Office router</source>
      <translation>Routeur du bureau</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="43" />
      <source>SHA-256, e.g. AB:CD:…</source>
      <translation>SHA-256, p. ex. AB:CD:…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/remote_dialog.py" line="66" />
      <source>The address starts with http://, https://, ws:// or wss://.</source>
      <translation>L’adresse commence par http://, https://, ws:// ou wss://.</translation>
    </message>
  </context>
  <context>
    <name>SecretsChoiceController</name>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="123" />
      <source>That is not the passphrase of the encrypted file. Try again.</source>
      <translation>Ce n'est pas la phrase secrète du fichier chiffré. Réessayez.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="125" />
      <source>The encrypted file cannot be used: %1</source>
      <translation>Le fichier chiffré est inutilisable : %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/secrets_choice.py" line="111" />
      <source>The passphrase needs at least %n characters.</source>
      <translation>
        <numerusform>La phrase secrète doit comporter au moins %n caractère.</numerusform>
        <numerusform>La phrase secrète doit comporter au moins %n caractères.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="113" />
      <source>The two passphrases differ. Type the same one twice.</source>
      <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/secrets_choice.py" line="119" />
      <source>Type the passphrase, or go on without it.</source>
      <translation>Saisissez la phrase secrète, ou continuez sans elle.</translation>
    </message>
  </context>
  <context>
    <name>SecretsDialogs</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="282" />
      <source>Access token for %1</source>
      <translation>Jeton d’accès pour %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="283" />
      <source>Access tokens are not stored on this computer. Type the access token of the endpoint %1 (the one cmcli serve gave); it is kept until cmgui quits. Leave it empty if the endpoint needs none.</source>
      <translation>Les jetons d’accès ne sont pas enregistrés sur cet ordinateur. Saisissez le jeton d’accès du point d’accès %1 (celui fourni par cmcli serve) ; il est conservé jusqu’à la fermeture de cmgui. Laissez le champ vide si le point d’accès n’en demande pas.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="267" />
      <source>Password for %1</source>
      <translation>Mot de passe pour %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="268" />
      <source>Passwords are not stored on this computer. Type the password of the profile %1 (user %2); it is kept until cmgui quits.</source>
      <translation>Les mots de passe ne sont pas enregistrés sur cet ordinateur. Saisissez le mot de passe du profil %1 (utilisateur %2) ; il est conservé jusqu'à la fermeture de cmgui.</translation>
    </message>
  </context>
  <context>
    <name>SecretsNoticeDialog</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="64" />
      <source>Don't store secrets (ask each time)</source>
      <translation>Ne pas enregistrer les secrets (demander à chaque fois)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="53" />
      <source>No secure keyring</source>
      <translation>Aucun trousseau sécurisé</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="66" />
      <source>Store them in an encrypted file (protected by a passphrase)</source>
      <translation>Les enregistrer dans un fichier chiffré (protégé par une phrase secrète)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="57" />
      <source>This computer has no secure keyring (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Locker), so cmgui has no safe place for APN passwords, access tokens and remembered PINs. It never puts them in a plain file.

Choose what cmgui does with them:</source>
      <translation>Cet ordinateur n'a pas de trousseau sécurisé (comme GNOME Keyring, KWallet, le trousseau macOS ou le Gestionnaire d'identification Windows) : cmgui n'a donc aucun endroit sûr pour les mots de passe APN, les jetons d'accès et les codes PIN mémorisés. Il ne les écrit jamais dans un fichier en clair.

Choisissez ce que cmgui en fait :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="72" />
      <source>This is asked once. The environment variable CMGUI_SECRETS (none, file or keyring) overrides the answer; see docs/security.md.</source>
      <translation>Cette question n'est posée qu'une fois. La variable d'environnement CMGUI_SECRETS (none, file ou keyring) prime sur la réponse ; voir docs/security.md.</translation>
    </message>
  </context>
  <context>
    <name>SecretsSetup</name>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="212" />
      <source>Secrets not unlocked</source>
      <translation>Secrets non déverrouillés</translation>
    </message>
    <message>
      <location filename="../cmgui/views/secrets_dialogs.py" line="213" />
      <source>cmgui goes on without the encrypted file this time: passwords and tokens are asked for when they are needed, and none is saved. It asks for the passphrase again the next time it starts.</source>
      <translation>cmgui continue cette fois sans le fichier chiffré : les mots de passe et les jetons sont demandés quand il le faut, et aucun n'est enregistré. La phrase secrète sera redemandée au prochain démarrage.</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../cmgui/store/settings.py" line="92" />
      <source>Ask for delivery reports when sending.</source>
      <translation>Demander des accusés de réception à l’envoi.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="72" />
      <source>Closing the main window keeps cmgui in the tray.</source>
      <translation>Fermer la fenêtre principale laisse cmgui dans la zone de notification.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="82" />
      <source>Connect automatically while roaming too (roaming may cost extra).</source>
      <translation>Se connecter automatiquement aussi en itinérance (l’itinérance peut coûter plus cher).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="80" />
      <source>Connect mobile data as soon as the device is ready.</source>
      <translation>Activer les données mobiles dès que l’appareil est prêt.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="90" />
      <source>Delete messages from the device once they are safely archived.</source>
      <translation>Supprimer les messages de l’appareil une fois archivés en lieu sûr.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="74" />
      <source>Interface language (empty: follow the system).</source>
      <translation>Langue de l’interface (vide : suivre le système).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="96" />
      <source>Keep SIM PINs in the system keyring (off unless you turn it on).</source>
      <translation>Mémoriser les PIN des SIM dans le trousseau du système (désactivé tant que vous ne l’activez pas).</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="93" />
      <source>Logging level.</source>
      <translation>Niveau de journalisation.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="78" />
      <source>Reconnect after the network drops a call.</source>
      <translation>Se reconnecter après une coupure de la connexion par le réseau.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="70" />
      <source>Start hidden in the system tray.</source>
      <translation>Démarrer masqué dans la zone de notification.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="104" />
      <source>Store for the archive, records and fleet: empty for this computer's SQLite file, or postgresql://[user@]host[:port]/database for a team's shared store (its password in the keyring or ~/.pgpass, never here). CMGUI_STORE and cmcli --store take precedence.</source>
      <translation>Stockage de l’archive, des relevés et de la flotte : vide pour le fichier SQLite de cet ordinateur, ou postgresql://[user@]host[:port]/database pour un stockage partagé par une équipe (son mot de passe dans le trousseau ou dans ~/.pgpass, jamais ici). CMGUI_STORE et cmcli --store priment.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="87" />
      <source>The note that closing the window keeps cmgui in the tray was shown.</source>
      <translation>La remarque indiquant que fermer la fenêtre laisse cmgui dans la zone de notification a été affichée.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="76" />
      <source>URL of the device used last, opened at start.</source>
      <translation>URL de l’appareil utilisé en dernier, ouvert au démarrage.</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="84" />
      <source>USSD codes saved per SIM: ICCID -&gt; list of [name, code].</source>
      <translation>Codes USSD enregistrés par SIM : ICCID -&gt; liste de [nom, code].</translation>
    </message>
    <message>
      <location filename="../cmgui/store/settings.py" line="98" />
      <source>Where passwords and tokens go when CMGUI_SECRETS is not set: empty for the system keyring (with none, cmgui asks once), keyring, none (give them each time) or file (the encrypted file). docs/security.md.</source>
      <translation>Où vont les mots de passe et les jetons quand CMGUI_SECRETS n’est pas défini : vide pour le trousseau du système (s’il n’y en a pas, cmgui demande une fois), keyring, none (les saisir à chaque fois) ou file (le fichier chiffré). docs/security.md.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="156" />
      <source>%1, version %2</source>
      <translation>%1, version %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="196" />
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="110" />
      <source>&amp;Closing the window keeps cmgui running in the tray</source>
      <translation>&amp;Fermer la fenêtre laisse cmgui actif dans la zone de notification</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="121" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="135" />
      <source>&amp;Reconnect when the network drops the connection</source>
      <translation>Se &amp;reconnecter quand le réseau coupe la connexion</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="257" />
      <source>A change applies at once to the passwords and tokens saved from then on. Those stored before stay where they are (nothing is moved or deleted): to keep one in the new place, enter it again.</source>
      <translation>Un changement s’applique immédiatement aux mots de passe et aux jetons enregistrés par la suite. Ceux enregistrés auparavant restent où ils sont (rien n’est déplacé ni supprimé) : pour en conserver un au nouvel endroit, saisissez-le de nouveau.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="126" />
      <source>A new language applies at once.</source>
      <translation>Une nouvelle langue s’applique immédiatement.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="158" />
      <source>A&amp;bout…</source>
      <translation>À pr&amp;opos…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="154" />
      <source>About</source>
      <translation>À propos</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="136" />
      <source>Ask for &amp;delivery reports</source>
      <translation>Demander des &amp;accusés de réception</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="79" />
      <source>Ask for delivery reports</source>
      <translation>Demander des accusés de réception</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="100" />
      <source>Changes are saved at once.</source>
      <translation>Les modifications sont enregistrées immédiatement.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="85" />
      <source>Closing the window keeps cmgui running in the tray</source>
      <translation>Fermer la fenêtre laisse cmgui actif dans la zone de notification</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="74" />
      <source>Connect automatically</source>
      <translation>Se connecter automatiquement</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="75" />
      <source>Connect automatically while roaming</source>
      <translation>Se connecter automatiquement en itinérance</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="133" />
      <source>Connection and messages</source>
      <translation>Connexion et messages</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="138" />
      <source>Delete messages from the SIM once they are &amp;archived</source>
      <translation>Supprimer les messages de la SIM une fois &amp;archivés</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="80" />
      <source>Delete messages from the SIM once they are archived</source>
      <translation>Supprimer les messages de la SIM une fois archivés</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="49" />
      <source>Don't store (ask each time)</source>
      <translation>Ne pas enregistrer (demander à chaque fois)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="215" />
      <source>Empty for this computer's file, or postgresql://host/database for a team's shared store (the password stays in the keyring or ~/.pgpass). Used from the next start.</source>
      <translation>Vide pour le fichier de cet ordinateur, ou postgresql://host/database pour un stockage partagé par une équipe (le mot de passe reste dans le trousseau ou dans ~/.pgpass). Pris en compte au prochain démarrage.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="48" />
      <source>Encrypted file (passphrase)</source>
      <translation>Fichier chiffré (phrase secrète)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="107" />
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="249" />
      <source>Keep &amp;secrets in:</source>
      <translation>Conserver les &amp;secrets dans :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="87" />
      <location filename="../cmgui/views/settings_page.py" line="114" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="181" />
      <source>Networks are selected automatically only.</source>
      <translation>Les réseaux ne sont choisis qu’automatiquement.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="293" />
      <source>No secure keyring on this computer.</source>
      <translation>Aucun trousseau sécurisé sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="298" />
      <source>Nothing is stored: passwords and tokens are asked for when needed and kept until cmgui quits.</source>
      <translation>Rien n’est enregistré : les mots de passe et les jetons sont demandés quand il le faut et conservés jusqu’à la fermeture de cmgui.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="145" />
      <source>Privacy</source>
      <translation>Confidentialité</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="168" />
      <source>Provided by %1</source>
      <translation>Fourni par %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="77" />
      <source>Reconnect when the network drops the connection</source>
      <translation>Se reconnecter quand le réseau coupe la connexion</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="147" />
      <source>Remember SIM &amp;PINs in the system keyring</source>
      <translation>Mémoriser les &amp;PIN des SIM dans le trousseau du système</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="82" />
      <source>Remember SIM PINs in the system keyring</source>
      <translation>Mémoriser les PIN des SIM dans le trousseau du système</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="229" />
      <source>S&amp;tore:</source>
      <translation>S&amp;tockage :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="238" />
      <source>Secrets</source>
      <translation>Secrets</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="291" />
      <source>Set by CMGUI_SECRETS (it wins over this setting).</source>
      <translation>Défini par CMGUI_SECRETS (prime sur ce paramètre).</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="100" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="177" />
      <source>Settings fixed by %1:</source>
      <translation>Paramètres fixés par %1 :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="108" />
      <source>Start &amp;hidden in the system tray</source>
      <translation>Démarrer &amp;masqué dans la zone de notification</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="84" />
      <source>Start hidden in the system tray</source>
      <translation>Démarrer masqué dans la zone de notification</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="210" />
      <source>Store</source>
      <translation>Stockage</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="213" />
      <source>Store URL</source>
      <translation>URL du stockage</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="172" />
      <source>Support: %1</source>
      <translation>Assistance : %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="47" />
      <source>System keyring</source>
      <translation>Trousseau du système</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="115" />
      <location filename="../cmgui/views/settings_page.py" line="201" />
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="295" />
      <source>The encrypted file stays locked this time (no passphrase was given): passwords and tokens are asked for when needed.</source>
      <translation>Le fichier chiffré reste verrouillé cette fois (aucune phrase secrète n’a été saisie) : les mots de passe et les jetons sont demandés quand il le faut.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="212" />
      <source>This computer (SQLite)</source>
      <translation>Cet ordinateur (SQLite)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="83" />
      <location filename="../cmgui/views/settings_page.py" line="242" />
      <source>Where secrets are kept</source>
      <translation>Emplacement des secrets</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="192" />
      <source>off</source>
      <translation>désactivé</translation>
    </message>
    <message>
      <location filename="../cmgui/views/settings_page.py" line="192" />
      <source>on</source>
      <translation>activé</translation>
    </message>
  </context>
  <context>
    <name>SignalBars</name>
    <message>
      <location filename="../cmgui/views/signal_bars.py" line="36" />
      <source>Signal: %1 of %2 bars</source>
      <translation>Signal : %1 barres sur %2</translation>
    </message>
  </context>
  <context>
    <name>SimController</name>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="121" />
      <source>Changing the PIN</source>
      <translation>Modification du PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="116" />
      <source>Turning the PIN off</source>
      <translation>Désactivation du PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="112" />
      <source>Turning the PIN on</source>
      <translation>Activation du PIN</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="108" />
      <source>Unblocking the SIM</source>
      <translation>Déblocage de la SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/sim.py" line="103" />
      <source>Unlocking the SIM</source>
      <translation>Déverrouillage de la SIM</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="94" />
      <source>%1 data used</source>
      <translation>%1 : données consommées</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="91" />
      <source>%1 data used of the limit</source>
      <translation>%1 : données consommées par rapport à la limite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="155" />
      <source>%1 of %2 (%3 %)</source>
      <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="159" />
      <source>%1, no limit</source>
      <translation>%1, sans limite</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="113" />
      <source>&amp;Delete record</source>
      <translation>&amp;Supprimer l’enregistrement</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="81" />
      <source>Billing period</source>
      <translation>Période de facturation</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="102" />
      <location filename="../cmgui/views/statistics_page.py" line="107" />
      <source>Connection records</source>
      <translation>Historique des connexions</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="44" />
      <source>Data used this billing period, live throughput and signal, and past sessions.</source>
      <translation>Données consommées pendant la période de facturation, débit et signal en direct, et sessions passées.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="114" />
      <source>Delete the selected record</source>
      <translation>Supprimer l’enregistrement sélectionné</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="50" />
      <location filename="../cmgui/views/statistics_page.py" line="168" />
      <source>Download</source>
      <translation>Réception</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="50" />
      <source>Duration</source>
      <translation>Durée</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="148" />
      <source>From %1 to %2</source>
      <translation>Du %1 au %2</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="86" />
      <source>Home network</source>
      <translation>Réseau d’origine</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="51" />
      <source>Peak download</source>
      <translation>Pic de réception</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="49" />
      <source>Received</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="86" />
      <source>Roaming</source>
      <translation>Itinérance</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="49" />
      <source>Sent</source>
      <translation>Envoyé</translation>
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
      <translation>Graphique du signal</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="43" />
      <source>Statistics</source>
      <translation>Statistiques</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="76" />
      <source>This billing period</source>
      <translation>Cette période de facturation</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="47" />
      <source>This session</source>
      <translation>Cette session</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="57" />
      <source>Throughput</source>
      <translation>Débit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="59" />
      <source>Throughput graph</source>
      <translation>Graphique du débit</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="51" />
      <location filename="../cmgui/views/statistics_page.py" line="169" />
      <source>Upload</source>
      <translation>Envoi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/statistics_page.py" line="144" />
      <source>Usage is counted once a SIM is unlocked.</source>
      <translation>La consommation est comptée dès qu’une SIM est déverrouillée.</translation>
    </message>
  </context>
  <context>
    <name>TeamJobs</name>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="45" />
      <source>Bulk SMS</source>
      <translation>SMS en masse</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="47" />
      <source>SIM status to %1</source>
      <translation>État des SIM à %1</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="34" />
      <source>cancelled</source>
      <translation>annulée</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="32" />
      <source>done</source>
      <translation>terminée</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="33" />
      <source>failed</source>
      <translation>échouée</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="31" />
      <source>running</source>
      <translation>en cours</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="30" />
      <source>waiting for the team's server</source>
      <translation>attend le serveur de l'équipe</translation>
    </message>
  </context>
  <context>
    <name>TeamJobsController</name>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="192" />
      <source>Cancelling the job</source>
      <translation>Annulation de la tâche</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="186" />
      <source>Job %1 is no longer waiting for the team's server; only a waiting job can be cancelled.</source>
      <translation>La tâche %1 n'attend plus le serveur de l'équipe ; seule une tâche en attente peut être annulée.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="155" />
      <source>Queueing %n message(s)</source>
      <translation>
        <numerusform>Mise en file de %n message</numerusform>
        <numerusform>Mise en file de %n messages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/controllers/team_jobs.py" line="170" />
      <source>Queueing the status change of %n SIM(s)</source>
      <translation>
        <numerusform>Mise en file du changement d'état de %n SIM</numerusform>
        <numerusform>Mise en file du changement d'état de %n SIM</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/team_jobs.py" line="141" />
      <source>Reading the team's jobs</source>
      <translation>Lecture des tâches de l'équipe</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <location filename="../cmgui/views/tray.py" line="194" />
      <source>%1 of %2 used this billing period.</source>
      <translation>%1 sur %2 consommés pendant cette période de facturation.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cmgui/views/tray.py" line="135" />
      <source>%n unread message(s)</source>
      <translation>
        <numerusform>%n message non lu</numerusform>
        <numerusform>%n messages non lus</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="148" />
      <source>&amp;Connect</source>
      <translation>Se &amp;connecter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="148" />
      <source>&amp;Disconnect</source>
      <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="109" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="108" />
      <source>&amp;Show cmgui</source>
      <translation>&amp;Afficher cmgui</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="193" />
      <source>Data: %1 % of the limit used</source>
      <translation>Données : %1 % de la limite consommés</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="188" />
      <source>Enter the PIN to use the modem.</source>
      <translation>Saisissez le PIN pour utiliser le modem.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="186" />
      <source>Enter the PUK to unblock the SIM card.</source>
      <translation>Saisissez le PUK pour débloquer la carte SIM.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="206" />
      <source>It stays in the tray to receive messages. Quit it from the tray menu.</source>
      <translation>Il reste dans la zone de notification pour recevoir les messages. Quittez-le depuis le menu de la zone de notification.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="201" />
      <source>Message memory full</source>
      <translation>Mémoire des messages pleine</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="182" />
      <source>Network message</source>
      <translation>Message du réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="179" />
      <source>New message from %1</source>
      <translation>Nouveau message de %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="127" />
      <source>No device</source>
      <translation>Aucun appareil</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="192" />
      <source>Roaming data: %1 % of the limit used</source>
      <translation>Données en itinérance : %1 % de la limite consommés</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="186" />
      <source>SIM blocked</source>
      <translation>SIM bloquée</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="188" />
      <source>SIM locked</source>
      <translation>SIM verrouillée</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="197" />
      <source>The connection is closed, as the plan asks.</source>
      <translation>La connexion est fermée, comme le prévoit le forfait.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/tray.py" line="205" />
      <source>cmgui is still running</source>
      <translation>cmgui reste actif</translation>
    </message>
  </context>
  <context>
    <name>UsageController</name>
    <message>
      <location filename="../cmgui/controllers/usage.py" line="149" />
      <source>Saving the data plan</source>
      <translation>Enregistrement du forfait de données</translation>
    </message>
  </context>
  <context>
    <name>UssdController</name>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="47" />
      <source>Another program answered this session.</source>
      <translation>Un autre programme a répondu dans cette session.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="169" />
      <source>Ending the session</source>
      <translation>Fin de la session</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="43" />
      <source>The network did not answer in time. Try again in a minute.</source>
      <translation>Le réseau n’a pas répondu à temps. Réessayez dans une minute.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="45" />
      <source>The network does not offer this code.</source>
      <translation>Le réseau ne propose pas ce code.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="46" />
      <source>The network ended the session.</source>
      <translation>Le réseau a mis fin à la session.</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/ussd.py" line="158" />
      <source>Waiting for the network</source>
      <translation>Attente du réseau</translation>
    </message>
  </context>
  <context>
    <name>UssdDialog</name>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="50" />
      <source>&amp;End session</source>
      <translation>&amp;Terminer la session</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="65" />
      <source>&amp;Forget</source>
      <translation>&amp;Oublier</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="75" />
      <source>&amp;History</source>
      <translation>&amp;Historique</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="144" />
      <source>&amp;Reply</source>
      <translation>&amp;Répondre</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="47" />
      <location filename="../cmgui/views/ussd_dialog.py" line="144" />
      <source>&amp;Send</source>
      <translation>&amp;Envoyer</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="44" />
      <source>Code or reply, e.g. *100#</source>
      <translation>Code ou réponse, p. ex. *100#</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="59" />
      <source>Codes saved for this SIM</source>
      <translation>Codes enregistrés pour cette SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="66" />
      <source>Forget the chosen saved code</source>
      <translation>Oublier le code enregistré choisi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="130" />
      <source>Name for %1 (for example “Balance”):</source>
      <translation>Nom pour %1 (par exemple « Solde ») :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="40" />
      <source>Network answer</source>
      <translation>Réponse du réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="103" />
      <source>None yet: send a code, then save it</source>
      <translation>Aucun pour l’instant : envoyez un code, puis enregistrez-le</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="57" />
      <source>Sa&amp;ved codes:</source>
      <translation>Codes &amp;enregistrés :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="129" />
      <source>Save USSD code</source>
      <translation>Enregistrer le code USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="63" />
      <source>Save the code for this SIM</source>
      <translation>Enregistrer le code pour cette SIM</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="62" />
      <source>Save this &amp;code…</source>
      <translation>Enregistrer ce &amp;code…</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="32" />
      <source>Send a service code such as *100# to your operator, for example to check your balance.</source>
      <translation>Envoyez un code de service comme *100# à votre opérateur, par exemple pour consulter votre solde.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="29" />
      <source>USSD</source>
      <translation>USSD</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="45" />
      <source>USSD code or reply</source>
      <translation>Code USSD ou réponse</translation>
    </message>
    <message>
      <location filename="../cmgui/views/ussd_dialog.py" line="80" />
      <source>USSD history</source>
      <translation>Historique USSD</translation>
    </message>
  </context>
  <context>
    <name>WlanController</name>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="88" />
      <location filename="../cmgui/controllers/wlan.py" line="97" />
      <source>Connecting to Wi-Fi</source>
      <translation>Connexion au Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="106" />
      <source>Disconnecting Wi-Fi</source>
      <translation>Déconnexion du Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="115" />
      <source>Forgetting the network</source>
      <translation>Oubli du réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/controllers/wlan.py" line="55" />
      <source>Scanning for Wi-Fi</source>
      <translation>Recherche de réseaux Wi-Fi</translation>
    </message>
  </context>
  <context>
    <name>WlanPage</name>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="107" />
      <source>&amp;Connect</source>
      <translation>Se &amp;connecter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="85" />
      <source>&amp;Disconnect</source>
      <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="121" />
      <source>&amp;Forget</source>
      <translation>&amp;Oublier</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="87" />
      <source>&amp;Scan</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="145" />
      <source>Connected to %1</source>
      <translation>Connecté à %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="122" />
      <source>Forget the selected known network</source>
      <translation>Oublier le réseau connu sélectionné</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="111" />
      <location filename="../cmgui/views/wlan_page.py" line="115" />
      <source>Known networks</source>
      <translation>Réseaux connus</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="94" />
      <location filename="../cmgui/views/wlan_page.py" line="99" />
      <source>Networks in range</source>
      <translation>Réseaux à portée</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="147" />
      <source>Not connected</source>
      <translation>Non connecté</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="71" />
      <source>This device has no Wi-Fi.</source>
      <translation>Cet appareil n’a pas de Wi-Fi.</translation>
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
      <translation>Wi-Fi de l’appareil : pour les routeurs et les points d’accès.</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="83" />
      <source>Wi-Fi state</source>
      <translation>État du Wi-Fi</translation>
    </message>
  </context>
  <context>
    <name>WlanPasswordDialog</name>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="49" />
      <source>&amp;Password:</source>
      <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="50" />
      <source>&amp;Remember this network</source>
      <translation>&amp;Mémoriser ce réseau</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="34" />
      <source>Connect to %1</source>
      <translation>Se connecter à %1</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="48" />
      <source>Wi-Fi password</source>
      <translation>Mot de passe Wi-Fi</translation>
    </message>
    <message>
      <location filename="../cmgui/views/wlan_page.py" line="36" />
      <source>“%1” is protected (%2). Enter its password.</source>
      <translation>« %1 » est protégé (%2). Saisissez son mot de passe.</translation>
    </message>
  </context>
</TS>
