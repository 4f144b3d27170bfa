"""The CMAPI parameter values and result shapes this implementation defines.

The base specification's parameter tables are not public, so these are ours (documented in
docs/cmapi-profile.md, generated from this module and the seam). TypedDict keys are the JSON member
names, following rule 5.2.1.2 of the Web binding; values use 3GPP names (TS 27.007 access
technologies and registration states, TS 23.040 SMS fields).
"""

from enum import IntEnum, IntFlag
from typing import Literal, NotRequired, TypedDict

# --- enumerations ---------------------------------------------------------------------------

#: Radio access technology, after the TS 27.007 <AcT> values of +COPS/+CREG.
RATType = Literal[
    "GSM", "GSM_COMPACT", "UTRAN", "GSM_EGPRS", "UTRAN_HSDPA", "UTRAN_HSUPA", "UTRAN_HSPA",
    "E_UTRAN", "EC_GSM_IOT", "E_UTRAN_NB_S1", "E_UTRA_5GCN", "NR_5GCN", "NG_RAN", "E_UTRA_NR_DC",
    "UNKNOWN",
]
#: TS 27.007 <AcT> number -> RATType.
RAT_BY_ACT: dict[int, RATType] = {
    0: "GSM", 1: "GSM_COMPACT", 2: "UTRAN", 3: "GSM_EGPRS", 4: "UTRAN_HSDPA", 5: "UTRAN_HSUPA",
    6: "UTRAN_HSPA", 7: "E_UTRAN", 8: "EC_GSM_IOT", 9: "E_UTRAN_NB_S1", 10: "E_UTRA_5GCN",
    11: "NR_5GCN", 12: "NG_RAN", 13: "E_UTRA_NR_DC",
}
#: Registration state, after the TS 27.007 <stat> values of +CREG/+CGREG/+CEREG/+C5GREG.
RegistrationState = Literal[
    "notRegistered", "registeredHome", "searching", "denied", "unknown", "registeredRoaming",
    "smsOnlyHome", "smsOnlyRoaming", "emergencyOnly", "csfbNotPreferredHome",
    "csfbNotPreferredRoaming",
]
REG_BY_STAT: dict[int, RegistrationState] = {
    0: "notRegistered", 1: "registeredHome", 2: "searching", 3: "denied", 4: "unknown",
    5: "registeredRoaming", 6: "smsOnlyHome", 7: "smsOnlyRoaming", 8: "emergencyOnly",
    9: "csfbNotPreferredHome", 10: "csfbNotPreferredRoaming",
}
PINType = Literal["PIN1", "PIN2", "PUK1", "PUK2"]
#: What the SIM waits for (TS 27.007 +CPIN? codes, in words).
PINState = Literal[
    "ready", "PINRequired", "PUKRequired", "PIN2Required", "PUK2Required", "blocked",
    "SIMAbsent", "SIMFailure", "phoneToSIMPINRequired", "networkPINRequired", "unknown",
]
NetworkStatus = Literal["unknown", "available", "current", "forbidden"]
SelectionMode = Literal["automatic", "manual"]
ConnectionState = Literal["disconnected", "connecting", "connected", "disconnecting"]
ConnectionType = Literal["none", "cellular", "WLAN"]
IPAddrType = Literal["IPv4", "IPv6", "IPv4v6"]
AuthType = Literal["none", "PAP", "CHAP", "PAPOrCHAP"]
ModePreference = Literal["auto", "2G", "3G", "4G", "5G"]
SMSStorage = Literal["SM", "ME", "MT", "SR", "BM"]
SMSStatus = Literal["unread", "read", "unsent", "sent", "draft"]
SMSEncoding = Literal["GSM7", "UCS2", "8bit"]
USSDState = Literal["finished", "actionRequired", "terminatedByNetwork", "otherClientResponded",
                    "notSupported", "timeout"]
WLANSecurity = Literal["open", "WEP", "WPA-PSK", "WPA2-PSK", "WPA3-SAE", "WPA2-EAP", "WPA3-EAP"]
WLANConnectionMode = Literal["auto", "manual"]
#: Where a contact is kept: the SIM phonebook ("SM") or the device's own ("ME").
ContactLocation = Literal["SIM", "device"]


class DeviceState(IntEnum):
    """``deviceState`` of DeviceChanged and GetDevice (our numbering; the base spec's is not
    public)."""

    REMOVED = 0
    PRESENT = 1
    OPENED = 2
    READY = 3
    LOCKED = 4
    ERROR = 5


class RadioFlag(IntFlag):
    """``radio`` bitmask: the radio families a device has."""

    NONE = 0
    GSM = 1
    UMTS = 2
    LTE = 4
    NR = 8
    CDMA = 16
    WLAN = 64


class DeviceType(IntEnum):
    """``deviceType``: which kind of device this is."""

    UNKNOWN = 0
    MODEM = 1
    ROUTER = 5
    VIRTUAL = 9
    REMOTE = 10


# --- shared shapes --------------------------------------------------------------------------

class Empty(TypedDict):
    """A result with no members."""


class DeviceInfo(TypedDict):
    """One device, as in DetectDevices/GetDevice and the DeviceChanged callback."""

    deviceId: str
    deviceState: int
    radio: int
    deviceCapability: int
    connectionType: int
    deviceType: int
    description: str
    uniqueIdentifier: str
    address: NotRequired[str]


class DeviceList(TypedDict):
    deviceListElements: int
    deviceList: list[DeviceInfo]


class Version(TypedDict):
    version: str


class FunctionsSupported(TypedDict):
    groups: list[str]
    functions: list[str]
    functionsElements: int


class OpenResult(TypedDict):
    accessLevel: Literal["read", "full"]


class RFInfo(TypedDict):
    Radio: str
    maxDataRateUL: int
    maxDataRateDL: int
    frequencyBand: str
    channelNumberUL: str
    channelNumberDL: str


class RFInfoResult(TypedDict):
    RFInfoListElements: int
    RFInfoList: list[RFInfo]


class HomeInformation(TypedDict):
    MCC: str
    MNC: str
    providerName: str


class ServingInformation(TypedDict):
    MCC: str
    MNC: str
    networkName: str
    RATType: RATType
    registrationState: RegistrationState
    LAC: NotRequired[int]
    TAC: NotRequired[int]
    cellId: NotRequired[int]


class NetworkEntry(TypedDict):
    PLMNID: str
    longName: str
    shortName: str
    RATType: RATType
    networkStatus: NetworkStatus


class NetworkList(TypedDict):
    networkListElements: int
    networkList: list[NetworkEntry]


class ConnectResult(TypedDict):
    connectionState: ConnectionState
    APN: str
    IPAddress: NotRequired[str]
    IPAddrType: NotRequired[IPAddrType]


class ConnectionStatus(TypedDict):
    connectionState: ConnectionState
    connectionType: ConnectionType
    APN: NotRequired[str]
    IPAddress: NotRequired[str]
    RATType: NotRequired[RATType]
    duration: NotRequired[int]


class ConnectionTypeResult(TypedDict):
    connectionType: ConnectionType


class AutoConnectMode(TypedDict):
    autoConnect: bool


class PermittedBearers(TypedDict):
    permittedBearers: list[ModePreference]


class ManufacturerName(TypedDict):
    manufacturerName: str


class ManufacturerModel(TypedDict):
    manufacturerModel: str


class DeviceName(TypedDict):
    deviceName: str


class HardwareVersion(TypedDict):
    hardwareVersion: str


class FirmwareVersion(TypedDict):
    firmwareVersion: str


class ProductType(TypedDict):
    productType: str


class IMSIResult(TypedDict):
    IMSI: str


class IMEIResult(TypedDict):
    IMEI: str


class MSISDNResult(TypedDict):
    MSISDN: str


class ICCIDResult(TypedDict):
    ICCID: str


class DeviceStatus(TypedDict):
    deviceState: int
    PINState: PINState
    radioState: bool
    registrationState: RegistrationState


class RFSwitch(TypedDict):
    hardwareSwitch: bool
    softwareSwitch: bool


class RadioStateResult(TypedDict):
    radioState: bool


class NAA(TypedDict):
    NAAName: str
    label: str


class NAAList(TypedDict):
    NAAListElements: int
    NAAList: list[NAA]


class PINStatusEntry(TypedDict):
    PINType: PINType
    PINState: PINState
    enabled: bool
    attemptsLeft: NotRequired[int]


class PINStatus(TypedDict):
    PINStatusListElements: int
    PINStatusList: list[PINStatusEntry]


class SelectionModeResult(TypedDict):
    networkSelectionMode: SelectionMode
    PLMNID: NotRequired[str]


class SignalStrength(TypedDict):
    signalStrength: int
    signalPercentage: int
    signalQuality: int
    bars: int
    RATType: RATType
    RSSI: NotRequired[int]
    RSRP: NotRequired[int]
    RSRQ: NotRequired[int]
    SINR: NotRequired[int]
    RSCP: NotRequired[int]
    ECIO: NotRequired[float]


class Registration(TypedDict):
    registrationState: RegistrationState
    RATType: NotRequired[RATType]
    LAC: NotRequired[int]
    TAC: NotRequired[int]
    cellId: NotRequired[int]


class APNResult(TypedDict):
    APN: str


class IPAddressResult(TypedDict):
    """The session's address and DNS servers; ``interfaceName`` is the host's network interface
    that carries the data (e.g. ``wwan0``), where the device knows it (the binding defines no
    parameter for it)."""

    IPAddress: str
    IPAddrType: IPAddrType
    primaryDNS: NotRequired[str]
    secondaryDNS: NotRequired[str]
    interfaceName: NotRequired[str]


class RoamingStatus(TypedDict):
    roaming: bool


class DriverVersion(TypedDict):
    driverVersion: str


class RATResult(TypedDict):
    RATType: RATType


class ConnectionStatistics(TypedDict):
    bytesSent: int
    bytesReceived: int
    duration: int
    peakRateUL: NotRequired[int]
    peakRateDL: NotRequired[int]


class SMSIDList(TypedDict):
    SMSIDListElements: int
    SMSIDList: list[str]


class SMSRecord(TypedDict):
    msgID: str
    storage: SMSStorage
    index: int
    status: SMSStatus
    address: str
    text: str
    encoding: SMSEncoding
    PDU: NotRequired[str]
    timestamp: NotRequired[str]
    SMSClass: NotRequired[int]
    concatReference: NotRequired[int]
    concatTotal: NotRequired[int]
    concatSequence: NotRequired[int]


class SMSSendResult(TypedDict):
    messageReferences: list[int]
    segments: int


class SMSCAddress(TypedDict):
    SMSCAddress: str


class ValidityPeriod(TypedDict):
    validityPeriod: int


class DeliveryReport(TypedDict):
    deliveryReport: bool


class RecordCount(TypedDict):
    storage: SMSStorage
    used: int
    total: int


class UnreadCount(TypedDict):
    unreadCount: int


class USSDResult(TypedDict):
    USSDString: str
    USSDState: USSDState
    dataCodingScheme: NotRequired[int]


class WLANSupported(TypedDict):
    supported: bool


class WLANNetwork(TypedDict):
    SSID: str
    BSSID: str
    security: WLANSecurity
    signalStrength: int
    frequency: int
    band: str


class WLANScanResults(TypedDict):
    scanResultsElements: int
    scanResults: list[WLANNetwork]


class KnownNetwork(TypedDict):
    index: int
    SSID: str
    security: WLANSecurity
    hidden: bool
    priority: int


class KnownNetworks(TypedDict):
    knownNetworksElements: int
    knownNetworks: list[KnownNetwork]


class KnownNetworkIndex(TypedDict):
    index: int


class WLANConnectionModeResult(TypedDict):
    connectionMode: WLANConnectionMode


class WLANConnection(TypedDict):
    connected: bool
    SSID: NotRequired[str]
    BSSID: NotRequired[str]
    IPAddress: NotRequired[str]
    signalStrength: NotRequired[int]


class CallbackIds(TypedDict):
    callbackIds: list[str]


class Contact(TypedDict):
    index: int
    location: ContactLocation
    name: str
    number: str


class ContactList(TypedDict):
    contactListElements: int
    contactList: list[Contact]
    capacity: NotRequired[int]


class ContactIndex(TypedDict):
    index: int


class CellularProfile(TypedDict):
    """A saved cellular profile (APN settings). The password is never returned: ``hasPassword``
    says whether one is kept (in the system keyring). CMAPI_NetConnectSrv_MgrCellularProfile's
    ``action`` is ``"add"``, ``"update"`` (only the members given change; an empty ``password``
    removes the stored one) or ``"delete"``."""

    profileName: str
    APN: str
    userName: str
    authType: AuthType
    IPAddrType: IPAddrType
    primaryDNS: str
    secondaryDNS: str
    roamingAllowed: bool
    hasPassword: bool
    isDefault: bool


class CellularProfileList(TypedDict):
    cellularProfileListElements: int
    cellularProfileList: list[CellularProfile]


class ConnectionRecord(TypedDict):
    """One data session. Times are ISO 8601 (UTC); peak rates in bits per second; ``index`` is
    what CMAPI_NetStatistic_DeleteConnectionRecord takes."""

    index: int
    device: str
    roaming: bool
    startTime: str
    duration: int
    bytesSent: int
    bytesReceived: int
    peakRateUL: int
    peakRateDL: int
    endTime: NotRequired[str]
    IMSI: NotRequired[str]
    ICCID: NotRequired[str]
    profileName: NotRequired[str]


class ConnectionRecordList(TypedDict):
    connectionRecordListElements: int
    connectionRecordList: list[ConnectionRecord]


class SMSCreateResult(TypedDict):
    """A draft kept by the host (CMAPI_SMS_Create); ``msgID`` is ``"draft:<n>"``."""

    msgID: str


# --- laptop conformance (Appendix B.2) ------------------------------------------------------

#: A ME personalisation (3GPP TS 22.022) a control key deactivates: network, network subset,
#: service provider, corporate (+CLCK "PN"/"PU"/"PP"/"PC"). The 3GPP2 categories (TIA-820:
#: "network1", "network2", "HRPD", "RUIM") exist on 3GPP2 devices only: error 528 elsewhere.
ControlKey = Literal["network", "networkSubset", "serviceProvider", "corporate",
                     "network1", "network2", "HRPD", "RUIM"]
#: TS 27.007 +CBC <bcs> in words, and what UPower reports.
BatteryState = Literal["discharging", "charging", "full", "noBattery", "powerFault", "unknown"]
MobilityStateValue = Literal["stationary", "moving", "unknown"]
#: How the signal of a location (a cell or an access point) moved between two samples.
MobilityRelation = Literal["approaching", "departing", "steady", "notVisible"]
WLANAuthMethod = Literal["open", "WEP", "WPA-PSK", "WPA2-PSK", "WPA3-SAE", "WPA2-EAP",
                         "WPA3-EAP", "EAP-SIM", "EAP-AKA", "EAP-AKA'", "EAP-TLS", "EAP-TTLS",
                         "PEAP", "WPS-PBC", "WPS-PIN"]
KnownNetworkAction = Literal["add", "update", "delete"]


class SecondaryContext(TypedDict):
    """A secondary PDP context (TS 27.007 +CGDSCONT) on a primary one, and its state."""

    contextId: int
    primaryContextId: int
    connectionState: ConnectionState


class NoDataProfile(TypedDict):
    """Whether the no-data profile is on: no packet data at all (detached from the packet
    domain, connections refused), for example while roaming."""

    enabled: bool


class MDNResult(TypedDict):
    """The device's number. 3GPP devices have no MDN of their own: it is the MSISDN."""

    MDN: str


class ESNResult(TypedDict):
    ESN: str


class MEIDResult(TypedDict):
    MEID: str


class ControlKeyStatus(TypedDict):
    """A personalisation: active (the device is locked to it) and the attempts left to enter
    its control key before it blocks (``attemptsLeft`` 0: blocked, unblock it)."""

    controlKey: ControlKey
    active: bool
    blocked: bool
    attemptsLeft: NotRequired[int]


class DevAttributes(TypedDict):
    """What the device has, as the base specification lists (screen, keypad, camera,
    microphone, loudspeaker), plus voice calls and a battery."""

    screen: bool
    keypad: bool
    camera: bool
    microphone: bool
    loudspeaker: bool
    voice: bool
    battery: bool


class QoSParameters(TypedDict):
    """The QoS of one active context (TS 27.007 +CGEQOSRDP / TS 23.203): QCI, and bit rates
    in kbit/s when the network gave them (guaranteed, maximum, aggregate maximum)."""

    contextId: int
    QCI: int
    downlinkGBR: NotRequired[int]
    uplinkGBR: NotRequired[int]
    downlinkMBR: NotRequired[int]
    uplinkMBR: NotRequired[int]
    downlinkAMBR: NotRequired[int]
    uplinkAMBR: NotRequired[int]


class QoSResult(TypedDict):
    QoSListElements: int
    QoSList: list[QoSParameters]


class BatteryStatus(TypedDict):
    """``batteryLevel`` in percent (0-100); ``externalPower``: running on a charger/mains."""

    batteryState: BatteryState
    batteryLevel: int
    externalPower: bool


class MobilityState(TypedDict):
    """Whether the device moved: ``moving`` when its serving cell changed within the last
    ``window`` seconds of observation, ``stationary`` when it was watched that long without a
    change, ``unknown`` before that. ``observedSeconds``: how long it has been watched."""

    mobilityState: MobilityStateValue
    observedSeconds: int


class MobilityToLocation(TypedDict):
    """Result of CMAPI_Information_GetMobilitytoLocation (also its callback): the location's
    signal, in dBm, at the start and the end of the sampling, and how it moved."""

    location: str
    visible: bool
    mobility: MobilityRelation
    signalStart: NotRequired[int]
    signalEnd: NotRequired[int]


class WLANConnectedParameters(TypedDict):
    """The associated network (CMAPI_WLAN_GetConnectedParameters)."""

    SSID: str
    BSSID: str
    security: WLANSecurity
    frequency: int
    signalStrength: int
    bitRate: int
    autoConnect: bool
    priority: int
    IPAddress: NotRequired[str]


class WLANSearchResult(TypedDict):
    """Whether one network is in range (CMAPI_WLAN_SearchNetwork_Async) and its access points."""

    SSID: str
    found: bool
    networksElements: int
    networks: list[WLANNetwork]


class WLANAuthentication(TypedDict):
    """CMAPI_WLAN_AuthenticationSupported: Hotspot 2.0 support and the methods offered."""

    HS20Supported: bool
    authenticationMethods: list[WLANAuthMethod]


class WSID(TypedDict):
    """A WLAN specific identifier (an SSID) from a SIM list (TS 31.102 EF_WSIDL/EF_OWSIDL)."""

    SSID: str
    priority: int


class WSIDList(TypedDict):
    userWSIDListElements: int
    userWSIDList: list[WSID]
    operatorWSIDListElements: int
    operatorWSIDList: list[WSID]


class HS2Subscription(TypedDict):
    """One Hotspot 2.0 PerProviderSubscription MO entry."""

    FQDN: str
    friendlyName: str
    realm: str
    EAPMethod: str


class HS2MOSubscription(TypedDict):
    subscriptionsElements: int
    subscriptions: list[HS2Subscription]


class ANDSFPolicy(TypedDict):
    """One ANDSF inter-system mobility policy rule (TS 24.312), simplified."""

    rulePriority: int
    preferredAccess: Literal["WLAN", "3GPP"]
    SSID: NotRequired[str]


class ANDSFMOSubscription(TypedDict):
    policiesElements: int
    policies: list[ANDSFPolicy]


class ANQPInfo(TypedDict):
    """ANQP elements of an access point (IEEE 802.11u, Hotspot 2.0)."""

    BSSID: str
    venueName: str
    domainNames: list[str]
    NAIRealms: list[str]
    roamingConsortium: list[str]
    HS20: bool


class WLANUserSettings(TypedDict):
    enabled: bool
    connectionMode: WLANConnectionMode
    preferWLAN: bool
    scanInterval: int


class WLANOperatorSettings(TypedDict):
    """What an operator provisioned (ANDSF/HS2.0 MOs): the preferred networks, in order."""

    preferredSSIDs: list[str]
    HS20Enabled: bool


class WLANSettings(TypedDict):
    """User and operator WLAN settings (CMAPI_WLAN_Get_WLANSettings). User settings:
    ``enabled`` (the WLAN radio), ``connectionMode``, ``preferWLAN`` (over cellular data) and
    ``scanInterval`` (seconds between background scans, 0: none)."""

    userSettings: WLANUserSettings
    operatorSettings: WLANOperatorSettings
