"""OpenCMAPI error codes (Web binding 1.1, section 5.3) and the exception that carries them.

This module is the contract every layer uses. ``ERROR_TEXTS`` holds every plain code of table
5.3.1 with its exact text (a response's ``error.message``), plus JSON-RPC's own codes.

Composed codes are integers built from hex digits:

* PIN/PUK: ``0x100K_SW1SW2`` (K = 1..7, :class:`PinErrorKind`); SW1SW2 is the card's status
  word, ``0000`` when it gave none. ``63CX`` means X tries left. (The table's integer column,
  "2684SW1SW2", is a rendering only; the value is the hex code read as an integer.)
* M2M back-off: ``0x4001_XXXX``: XXXX are the *decimal* digits of the seconds left written as hex
  digits (``0x40010360`` = 360 s), so 0..9999 s.
* Cause families ``0x401MMCME``, ``0x402GMCME``, ``0x403SMCME``, ``0x404XXCMS``: packed the same
  way, decimal digits as hex digits: two for the network cause (0..99) and three for the CME/CMS
  code (0..999); ``0x4010D615`` is not valid, ``0x40117615`` is MM cause 17 with CME 615.
  A missing cause or code is written as zeros.
"""

from __future__ import annotations

from enum import Enum, IntEnum
from typing import Any

from cmgui.cmapi._error_table import TABLE_5_3_1
from cmgui.cmapi.cmee import CauseFamily
from cmgui.cmapi.uicc_status import tries_left as _sw_tries_left


class ErrorCode(IntEnum):
    """Named CMAPI error codes (table 5.3.1) and JSON-RPC's. Composed codes have helpers."""

    # JSON-RPC 2.0
    PARSE_ERROR = -32700
    INVALID_REQUEST = -32600
    METHOD_NOT_FOUND = -32601
    INVALID_PARAMS = -32602
    INTERNAL_ERROR = -32603
    # General
    FATAL = 0x00000001
    INVALID_PARAMETER = 0x00000002
    INVALID_OPERATION = 0x00000004
    NO_SERVICE = 0x00000005
    BUSY = 0x00000006
    NOT_SUPPORTED = 0x00000007
    CONNECTION_PREVENTS = 0x00000010
    DATA_NOT_PRESENT = 0x00000011
    QOS_UNSUPPORTED = 0x00000013
    NOT_CONNECTED = 0x00000014
    # Device
    NO_SUCH_UNIQUE_IDENTIFIER = 0x00000100
    NO_SUCH_DEVICE = 0x00000101
    DEVICE_ALREADY_OPEN = 0x00000102
    TOO_MANY_DEVICES = 0x00000103
    NO_HARDWARE_SUPPORT = 0x00000104
    RADIO_NOT_SUPPORTED = 0x00000105
    RADIO_NOT_SUPPORTED_EXCEPT_ALL = 0x00000106
    SYSTEM_NOT_SUPPORTED = 0x00000107
    NOT_MEANINGFUL_3GPP = 0x00000108
    NOT_MEANINGFUL_3GPP2 = 0x00000109
    CANNOT_ACTIVATE_WHILE_CONNECTED = 0x00000110
    DEVICE_NOT_CONNECTED = 0x00000111
    NO_SUCH_ROUTER = 0x00000112
    CONFIGURATION_NOT_SUPPORTED = 0x00000120
    CAPABILITY_NOT_OFFERED = 0x00000121
    WRONG_POWER_STATE = 0x00000130
    POWER_STATE_NOT_SUPPORTED = 0x00000131
    RADIO_OFF = 0x00000132
    INVALID_POWER_STATE = 0x00000133
    INVALID_SYSTEM_ID = 0x00000134
    NO_IMSI = 0x00000135
    NO_SUCH_CONNECTED_DEVICE = 0x00000140
    INVALID_THRESHOLD = 0x00000150
    INVALID_LOCATION = 0x00000151
    INVALID_PDP_CONTEXT_ID = 0x00000160
    INVALID_PDP_TYPE = 0x00000161
    INVALID_BACK_OFF_INTERVAL = 0x00000164
    CONTROL_KEY_NOT_SUPPORTED = 0x00000210
    INVALID_CONTROL_KEY = 0x00000211
    # UICC
    NO_SMART_CARD = 0x00000501
    SMART_CARD_NOT_ACCESSIBLE = 0x00000502
    ENVELOPE_OVERLAPPING = 0x00000551
    INVALID_ENVELOPE = 0x00000552
    INVALID_TERMINAL_PROFILE = 0x00000553
    TOOLKIT_OVERLAPPING = 0x00000554
    INVALID_TERMINAL_RESPONSE = 0x00000555
    # Profile
    PROFILE_NOT_FOUND = 0x00002001
    PROFILE_NAME_INVALID = 0x00002002
    PROFILE_EXISTS = 0x00002003
    PROFILE_IN_USE = 0x00002004
    NO_DEFAULT_PROFILE = 0x00002005
    INVALID_USER_NAME = 0x00002101
    INVALID_PASSWORD = 0x00002102
    INVALID_APN = 0x00002104
    INVALID_IP_ADDRESS = 0x00002105
    INVALID_PRIMARY_DNS = 0x00002106
    INVALID_SECONDARY_DNS = 0x00002107
    INVALID_AUTH_TYPE = 0x00002108
    INVALID_IP_ADDR_TYPE = 0x00002109
    INVALID_PROFILE_TYPE = 0x0000210A
    INVALID_TIMEOUT = 0x0000210B
    IP_ADDRESS_TYPE_NOT_AVAILABLE = 0x00002202
    # Network connection
    BEARER_NOT_POSSIBLE = 0x00003001
    NO_CONNECTION_TO_DISCONNECT = 0x00003002
    NO_CONNECTING_SESSION = 0x00003004
    CONNECTION_RELEASING = 0x00003005
    REMOTE_SYSTEM_NOT_PRESENT = 0x00003006
    NO_SUCH_RECORD = 0x00003007
    NO_APN_WITHOUT_CONNECTION = 0x00003008
    INVALID_CONNECTION_TYPE = 0x00003009
    DISCONNECT_FIRST = 0x0000300A
    INVALID_MODE = 0x00003101
    INVALID_PLMN_ID = 0x00003102
    INVALID_BEARERS = 0x00003103
    NO_PRIMARY_CONTEXT = 0x00003201
    NO_SUCH_SECONDARY_CONTEXT = 0x00003202
    SECONDARY_CONTEXT_ACTIVE = 0x00003203
    SECONDARY_CONTEXT_ACTIVATING = 0x00003204
    SECONDARY_CONTEXT_INACTIVE = 0x00003205
    SECONDARY_CONTEXT_DEACTIVATION_IN_PROGRESS = 0x00003206
    SECONDARY_CONTEXT_DEACTIVATING = 0x00003207
    # SMS and USSD
    SMS_COMMUNICATION_FAILURE = 0x00005001
    SMS_TIMEOUT = 0x00005002
    SMS_DEVICE_ERROR = 0x00005003
    SMS_OPERATION_NOT_SUPPORTED = 0x00005004
    SMS_NOT_FOUND = 0x00005005
    SMS_INVALID_RECORD = 0x00005006
    SMS_INVALID_IFROM = 0x00005007
    SMS_INVALID_SMSC = 0x00005008
    SMS_INVALID_PSI = 0x00005009
    SMS_INVALID_DELIVERY_REPORT = 0x0000500A
    SMS_INVALID_CLASS = 0x0000500B
    SMS_INVALID_MSG_ID = 0x0000500C
    USSD_DATA_INVALID = 0x00005901
    # Contact
    CONTACT_INVALID_RECORD = 0x00005501
    CONTACT_MEMORY_FULL = 0x00005502
    CONTACT_INVALID_INDEX = 0x00005503
    CONTACT_INVALID_LOCATION = 0x00005504
    # Information status
    INFO_DATA_NOT_PRESENT = 0x00006001
    INFO_INVALID_TYPE = 0x00006002
    INFO_REMOTE_SYSTEM_NOT_PRESENT = 0x00006003
    INFO_NO_SUCH_RECORD = 0x00006004
    INFO_NO_APN_WITHOUT_CONNECTION = 0x00006005
    INFO_IP_ADDRESS_TYPE_NOT_AVAILABLE = 0x00006006
    INFO_IP_ADDRESS_NOT_ASSIGNED = 0x00006007
    INFO_AUTHENTICATION_FAILURE = 0x00006008
    # GNSS
    GNSS_INVALID_STATE = 0x00007001
    GNSS_INVALID_OPERATION = 0x00007002
    GNSS_ACCURACY_NOT_SUPPORTED = 0x00007003
    GNSS_INVALID_SERVER_ADDRESS = 0x00007004
    GNSS_INVALID_SERVER_PORT = 0x00007005
    GNSS_INVALID_SERVER_FQDN = 0x00007006
    GNSS_INVALID_TRACKING = 0x00007007
    # P2P
    P2P_TECHNOLOGY_NOT_SUPPORTED = 0x00008001
    P2P_INVALID_TECHNOLOGY = 0x00008002
    P2P_INVALID_SERVICE_RECORD = 0x00008003
    P2P_INVALID_REMOTE_DEVICES = 0x00008004
    P2P_INVALID_SERVICE_IDS = 0x00008005
    P2P_INVALID_CONNECTION_ID = 0x00008006
    P2P_INVALID_DEVICE_IDS = 0x00008007
    P2P_INVALID_GROUP_ID = 0x00008008
    P2P_INVALID_REMOTE_DEVICE_ID = 0x00008009
    P2P_INVALID_INVITATION_ID = 0x0000800A
    # Router
    ROUTER_INVALID_CONFIG = 0x00009001
    ROUTER_INVALID_POLICY = 0x00009002
    ROUTER_INVALID_RESTRICTION = 0x00009003
    ROUTER_WRONG_ADMIN_PASSWORD = 0x00009004
    # WLAN
    WLAN_NO_NETWORK_AT_INDEX = 0x00010001
    WLAN_PREDEFINED_READ_ONLY = 0x00010002
    WLAN_INVALID_SSID = 0x00010004
    WLAN_INVALID_BSSID = 0x00010005
    WLAN_INVALID_FRIENDLY_NAME = 0x00010006
    WLAN_INVALID_SECURITY = 0x00010007
    WLAN_INVALID_MODE_PARAMETER = 0x00010008
    WLAN_INVALID_HIDDEN = 0x00010009
    WLAN_INVALID_KEY = 0x0001000A
    WLAN_INVALID_EAP_METHOD = 0x0001000B
    WLAN_INVALID_EAP_CONFIG = 0x0001000C
    WLAN_INVALID_ENCRYPTION_TYPE = 0x0001000D
    WLAN_NO_CONNECTION = 0x00011001
    WLAN_UNKNOWN_NETWORKS_FORBIDDEN = 0x00011002
    WLAN_PROHIBITED_BY_POLICY = 0x00011005
    WLAN_NO_PENDING_OPERATION = 0x00011006
    WLAN_BAD_WPS_PIN = 0x00011007
    WLAN_NOT_CONNECTED = 0x00011008
    WLAN_NAA_AUTH_NOT_SUPPORTED = 0x00011009
    WLAN_UNKNOWN_SSID = 0x00012001
    WLAN_UNKNOWN_BSSID = 0x00012002
    WLAN_IP_ADDRESS_NOT_ASSIGNED = 0x00012003
    WLAN_AUTHENTICATION_FAILURE = 0x00012004
    WLAN_INVALID_AUTH_CIPHER = 0x00013001
    WLAN_INDEX_NOT_KNOWN = 0x00013002
    WLAN_NO_EXISTING_CONNECTION = 0x00013003
    WLAN_IP_ADDRESS_INVALID = 0x00013004
    WLAN_SUBNET_MASK_INVALID = 0x00013005
    WLAN_OPERATION_PROHIBITED = 0x00013006
    WLAN_INDEX_TOO_LARGE = 0x00013007
    WLAN_INDEX_RESERVED = 0x00013008
    WLAN_INVALID_MODE = 0x00013009
    WLAN_INVALID_ADDRESS = 0x0001300A
    WLAN_INVALID_SUBNET_MASK = 0x0001300B
    WLAN_INVALID_HTTP_PROXY = 0x0001300C
    WLAN_INVALID_MAC_ADDRESS = 0x0001300D
    WLAN_INVALID_DEFAULT_GATEWAY = 0x0001300E
    WLAN_INVALID_ADVERTISEMENT_PROTOCOL = 0x00014001
    WLAN_INVALID_ANQP_QUERY_LIST = 0x00014002
    WLAN_INVALID_HS_QUERY_LIST = 0x00014003
    WLAN_HS2_MO_NOT_SUPPORTED = 0x00014021
    WLAN_ANDSF_MO_NOT_SUPPORTED = 0x00014022
    # PIN/PUK (plain codes; the composed ones are built by pin_error)
    INVALID_NAA_NAME = 0x11000001
    INVALID_PIN_TYPE = 0x11000002
    INVALID_PUK_TYPE = 0x11000003
    # Security
    SECURITY_NOT_PRIVILEGED = 0xF0000001
    AUTHENTICATION_FAILED = 0xF0000002
    AUTHENTICATION_DENIED = 0xF0000003
    SECURITY_REQUEST_MALFORMED = 0xF0000004
    ACCESS_LEVEL_NOT_SUPPORTED = 0xF0000005
    ENCRYPTION_TYPE_NOT_ALLOWED = 0xF0000006


JSONRPC_TEXTS: dict[int, str] = {
    -32700: "Parse error",
    -32600: "Invalid Request",
    -32601: "Method not found",
    -32602: "Invalid params",
    -32603: "Internal error",
}

#: Every plain code of table 5.3.1 (and JSON-RPC's) with its exact description text.
ERROR_TEXTS: dict[int, str] = {
    **JSONRPC_TEXTS,
    **{code: text for code, (_group, text) in TABLE_5_3_1.items()},
}

#: code -> group of table 5.3.1 ("general", "device", "UICC", ..., "security").
ERROR_GROUPS: dict[int, str] = {code: group for code, (group, _text) in TABLE_5_3_1.items()}

RESERVED_RANGE = range(0x30000000, 0x40000000)  # "Reserved for other purpose – do not use"


class PinErrorKind(IntEnum):
    """The K of the composed PIN/PUK code 0x100K_SW1SW2."""

    WRONG_PIN = 1
    PIN_BLOCKED = 2
    WRONG_OLD_PIN = 3
    OLD_PIN_BLOCKED = 4
    WRONG_PUK = 5
    PUK_BLOCKED = 6
    INVALID_PARAMETERS = 7


PIN_ERROR_TEXTS: dict[PinErrorKind, str] = {
    PinErrorKind.WRONG_PIN: "Wrong PIN.",
    PinErrorKind.PIN_BLOCKED: "PIN is blocked. PUK (UNBLOCK PIN) needed.",
    PinErrorKind.WRONG_OLD_PIN: "Wrong Old PIN.",
    PinErrorKind.OLD_PIN_BLOCKED: "Old PIN is blocked. PUK (UNBLOCK PIN) needed.",
    PinErrorKind.WRONG_PUK: "Wrong PUK.",
    PinErrorKind.PUK_BLOCKED: "PUK (UNBLOCK PIN) blocked.",
    PinErrorKind.INVALID_PARAMETERS: "Invalid parameter(s)",
}

BACK_OFF_TEXT = (
    "Operation cannot be done – Back off timer in place – time left is indicated by the 4 last "
    "digits (in seconds)"
)

CAUSE_TEXTS: dict[CauseFamily, str] = {
    CauseFamily.MM: (
        "Error codes related to GSM Mobility Management where MM indicates the Mobility "
        "Management Cause code and CME the code for Mobile Equipment error."
    ),
    CauseFamily.GMM: (
        "Error codes related to GPRS Mobility Management where GM indicates the GPRS Mobility "
        "Management Cause code and CME the code for Mobile Equipment error."
    ),
    CauseFamily.SM: (
        "Error codes related to Session Management where SM indicates the Session Management "
        "Cause code and CME the code for Mobile Equipment error."
    ),
    CauseFamily.OTHER: (
        "Error codes related to other reasons where XX indicates other Cause code and CMS the "
        "code for Mobile Equipment specific error."
    ),
}


class CmapiError(Exception):
    """A CMAPI error: ``code`` and ``message`` as in table 5.3.1, optional ``data``."""

    def __init__(self, code: int, message: str | None = None, data: Any = None) -> None:
        self.code = int(code)
        self.message = message if message is not None else text_for(self.code)
        self.data = data
        super().__init__(f"{self.code}: {self.message}")

    def to_json(self) -> dict[str, Any]:
        obj: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.data is not None:
            obj["data"] = self.data
        return obj

    @classmethod
    def not_supported(cls, function: str | None = None) -> CmapiError:
        return cls(ErrorCode.NOT_SUPPORTED, data={"function": function} if function else None)


# --- decimal digits packed as hex digits --------------------------------------------------------

def _pack_decimal(value: int, digits: int) -> int:
    if not 0 <= value < 10**digits:
        raise ValueError(f"{value} does not fit in {digits} decimal digits")
    return int(str(value), 16)


def _unpack_decimal(nibbles: int) -> int | None:
    text = f"{nibbles:x}"
    return int(text) if text.isdigit() else None


# --- PIN/PUK -----------------------------------------------------------------------------------

_PIN_BASE = 0x10000000


def pin_error_code(kind: PinErrorKind, sw1sw2: int | None = None) -> int:
    """The composed code 0x100K_SW1SW2 (SW1SW2 0000 when the card gave none)."""
    sw = 0 if sw1sw2 is None else sw1sw2
    if not 0 <= sw <= 0xFFFF:
        raise ValueError(f"status word {sw:#x} is not two bytes")
    return _PIN_BASE | (int(kind) << 16) | sw


def pin_error(kind: PinErrorKind, sw1sw2: int | None = None, data: Any = None) -> CmapiError:
    """A :class:`CmapiError` for a PIN/PUK failure, with the table text."""
    return CmapiError(pin_error_code(kind, sw1sw2), PIN_ERROR_TEXTS[kind], data)


def decode_pin_error(code: int) -> tuple[PinErrorKind, int, int | None] | None:
    """``(kind, sw1sw2, tries_left)`` of a composed PIN/PUK code, or None if it is not one."""
    if code & 0xFFF00000 != _PIN_BASE:
        return None
    k = (code >> 16) & 0xF
    if not PinErrorKind.WRONG_PIN <= k <= PinErrorKind.INVALID_PARAMETERS:
        return None
    sw = code & 0xFFFF
    return PinErrorKind(k), sw, _sw_tries_left(sw)


# --- M2M/IoT back-off --------------------------------------------------------------------------

_BACK_OFF_BASE = 0x40010000


def back_off_code(seconds: int) -> int:
    """0x4001XXXX for ``seconds`` left (0..9999; XXXX are its decimal digits)."""
    return _BACK_OFF_BASE | _pack_decimal(seconds, 4)


def back_off_error(seconds: int, data: Any = None) -> CmapiError:
    return CmapiError(back_off_code(seconds), BACK_OFF_TEXT, data)


def decode_back_off(code: int) -> int | None:
    """Seconds left of a back-off code, or None if ``code`` is not one."""
    if code & 0xFFFF0000 != _BACK_OFF_BASE:
        return None
    return _unpack_decimal(code & 0xFFFF)


# --- cause families 0x401MMCME .. 0x404XXCMS ---------------------------------------------------

def cause_error_code(family: CauseFamily, cause: int | None = None, code: int | None = None) -> int:
    """0x40F_CC_EEE: F the family, CC the cause (0..99), EEE the CME/CMS code (0..999)."""
    cc = _pack_decimal(0 if cause is None else cause, 2)
    eee = _pack_decimal(0 if code is None else code, 3)
    return (family.value << 20) | (cc << 12) | eee


def cause_error(
    family: CauseFamily, cause: int | None = None, code: int | None = None, data: Any = None
) -> CmapiError:
    return CmapiError(cause_error_code(family, cause, code), CAUSE_TEXTS[family], data)


def decode_cause_error(code: int) -> tuple[CauseFamily, int, int] | None:
    """``(family, cause, cme_or_cms)`` of a cause-family code (0 = absent), or None."""
    prefix = (code >> 20) & 0xFFF
    if code < 0 or code >> 32 or prefix not in {f.value for f in CauseFamily}:
        return None
    cause = _unpack_decimal((code >> 12) & 0xFF)
    cme = _unpack_decimal(code & 0xFFF)
    if cause is None or cme is None:
        return None
    return CauseFamily(prefix), cause, cme


# --- lookups -----------------------------------------------------------------------------------

class CodeKind(Enum):
    PLAIN = "plain"
    PIN = "PIN/PUK"
    BACK_OFF = "back-off"
    CAUSE = "cause"


def kind_of(code: int) -> CodeKind | None:
    """How a known code is built, or None for an unknown code."""
    if code in ERROR_TEXTS:
        return CodeKind.PLAIN
    if decode_pin_error(code) is not None:
        return CodeKind.PIN
    if decode_back_off(code) is not None:
        return CodeKind.BACK_OFF
    if decode_cause_error(code) is not None:
        return CodeKind.CAUSE
    return None


def is_known(code: int) -> bool:
    """True for every code of table 5.3.1 (plain or composed) and JSON-RPC's own."""
    return kind_of(code) is not None


def text_for(code: int) -> str:
    """The exact description text of a code ("Error" for an unknown one)."""
    kind = kind_of(code)
    if kind is CodeKind.PLAIN:
        return ERROR_TEXTS[code]
    if kind is CodeKind.PIN:
        return PIN_ERROR_TEXTS[PinErrorKind((code >> 16) & 0xF)]
    if kind is CodeKind.BACK_OFF:
        return BACK_OFF_TEXT
    if kind is CodeKind.CAUSE:
        return CAUSE_TEXTS[CauseFamily((code >> 20) & 0xFFF)]
    return "Error"
