"""Errors in the user's terms: one short sentence, and what to do where that helps.

Every failure a device can report reaches the front ends as a :class:`CmapiError`: a plain code
of table 5.3.1, a PIN/PUK code with the attempts left, a back-off, or a cause code that carries
a 3GPP network cause (TS 24.008 MM/GMM/SM, TS 24.301 EMM/ESM, TS 24.011 RP for SMS) and the
modem's ``+CME ERROR`` (TS 27.007) or ``+CMS ERROR`` (TS 27.005) code. :func:`explain` turns any
of them into an :class:`Explanation`, most specific first: the network's cause, the modem's
code, the CMAPI code; never the binding's family text ("Error codes related to …"), never a
Python ``repr``.

The sentences are English source texts marked with :func:`noop` in the context ``"Errors"``:
the app translates them (``translate("Errors", text)``), cmcli prints them as they are. A text
with ``%n`` has plural forms (``Explanation.count``); ``%1`` is :attr:`Explanation.arg`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from cmgui.cmapi.cmee import CauseFamily
from cmgui.cmapi.errors import (
    CmapiError,
    ErrorCode,
    PinErrorKind,
    decode_back_off,
    decode_cause_error,
    decode_pin_error,
)
from cmgui.common.marks import noop

CONTEXT = "Errors"


class Action(Enum):
    """Something the app can offer as a button next to the sentence."""

    NONE = ""
    EDIT_PROFILE = "edit-profile"  # the APN, user name, password or IP type of the profile
    ENTER_PIN = "enter-pin"
    ENTER_PUK = "enter-puk"
    TURN_RADIO_ON = "turn-radio-on"
    CHOOSE_NETWORK = "choose-network"
    SMS_SETTINGS = "sms-settings"  # the message centre number, validity
    WIFI_PASSWORD = "wifi-password"  # ask for the Wi-Fi password again


@dataclass(frozen=True)
class Explanation:
    """What went wrong, in words (English source texts; translate both in ``"Errors"``)."""

    text: str
    advice: str = ""
    action: Action = Action.NONE
    #: For a text with ``%n``: the number that picks the plural form.
    count: int | None = None
    #: What ``%1`` stands for in the text: a code or number, or (``arg_is_text``) another
    #: source text of this context, to be translated in its turn.
    arg: str = ""
    arg_is_text: bool = False
    #: The codes behind it for a support request, e.g. "+CME ERROR: 134 · SM cause 27".
    detail: str = ""

    def english(self) -> str:
        """The sentence and its advice in English, numbers filled in (cmcli)."""
        return " ".join(p for p in (fill(self.text, self.count, self.arg),
                                    fill(self.advice, self.count, self.arg)) if p)


def fill(text: str, count: int | None = None, arg: str = "") -> str:
    """``text`` with ``%n`` (English plural by ``(s)``) and ``%1`` filled in."""
    if count is not None:
        text = text.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")
    return text.replace("%1", arg)


Say = tuple[str, str, Action]


def _s(text: str, advice: str = "", action: Action = Action.NONE) -> Say:
    return (text, advice, action)


_A = Action

# --- sentences used in several tables ---------------------------------------------------------

_TRY_AGAIN = noop("Errors", "Try again in a minute.")
_TRY_AGAIN_RESTART = noop("Errors", "Try again; if it keeps failing, restart the device.")
_ASK_OPERATOR = noop("Errors", "Ask your operator.")
_CHECK_APN = noop("Errors", "Check the APN in this profile.")
_OTHER_NETWORK = noop("Errors", "Choose another network, or let the device choose one.")
_DELETE_MESSAGES = noop("Errors", "Delete messages on the device to make room.")
_CHECK_NUMBER = noop("Errors", "Check the number.")

_NETWORK_FAILED = _s(noop("Errors", "The network failed."), _TRY_AGAIN)
_CONGESTED = _s(noop("Errors", "The network is congested."), _TRY_AGAIN)
_PROTOCOL = _s(noop("Errors", "The network and the device did not understand each other."),
               _TRY_AGAIN_RESTART)
_NOT_SUBSCRIBED = _s(noop("Errors", "Your subscription does not include this service."),
                     _ASK_OPERATOR)
_OUT_OF_ORDER = _s(noop("Errors", "This service is out of order on the network for now."),
                   _TRY_AGAIN)
_SIM_UNKNOWN = _s(noop("Errors", "The network does not know this SIM."),
                  noop("Errors", "Ask your operator whether the SIM is activated."))
_DEVICE_REFUSED = _s(noop("Errors", "The network does not accept this device."),
                     noop("Errors", "Ask your operator whether this device may be used."))
_AREA_NOT_ALLOWED = _s(noop("Errors", "This SIM may not use the network here."),
                       _OTHER_NETWORK, _A.CHOOSE_NETWORK)
_NOT_AUTHENTICATED = _s(noop("Errors", "The network could not check the SIM."),
                        noop("Errors", "Restart the device; if that does not help, ask your "
                                       "operator."))
_NO_DATA_CONTEXT = _s(noop("Errors", "The network does not know this data connection."),
                      noop("Errors", "Connect again."))
_ALREADY_CONNECTED = _s(noop("Errors", "A data connection to this APN is already open."),
                        noop("Errors", "Disconnect it first."))
_TRAFFIC_SETTINGS = _s(noop("Errors", "The network refused the traffic rules of this connection."),
                       _TRY_AGAIN_RESTART)
_DEVICE_FAILED = _s(noop("Errors", "The device failed."), _TRY_AGAIN_RESTART)
_DEVICE_NOT_NOW = _s(noop("Errors", "The device does not allow this now."))
_DEVICE_UNSUPPORTED = _s(noop("Errors", "The device does not support this."))
_NO_SIM = _s(noop("Errors", "There is no SIM card in the device."),
             noop("Errors", "Insert a SIM card."))
_SIM_LOCKED = _s(noop("Errors", "The SIM is locked."), noop("Errors", "Enter its PIN."),
                 _A.ENTER_PIN)
_SIM_BLOCKED = _s(noop("Errors", "The SIM is blocked."), noop("Errors", "Enter its PUK."),
                  _A.ENTER_PUK)
_SIM_FAILED = _s(noop("Errors", "The SIM card cannot be read."),
                 noop("Errors", "Take the SIM out, put it back in and restart the device."))
_SIM_BUSY = _s(noop("Errors", "The SIM is busy."), noop("Errors", "Try again in a moment."))
_SIM_WRONG = _s(noop("Errors", "This SIM cannot be used in this device."), _ASK_OPERATOR)
_PIN2 = _s(noop("Errors", "The SIM asks for its PIN2."),
           noop("Errors", "PIN2 comes with the SIM, like the PIN."))
_PUK2 = _s(noop("Errors", "PIN2 is blocked; the SIM asks for its PUK2."), _ASK_OPERATOR)
_DEVICE_LOCKED = _s(noop("Errors", "The device is locked to another network or SIM."),
                    noop("Errors", "Enter the unlock code from the seller of the device."))
_NO_SERVICE = _s(noop("Errors", "There is no network service."),
                 noop("Errors", "Check the antenna and the coverage where you are."))
_NETWORK_TIMEOUT = _s(noop("Errors", "The network did not answer in time."), _TRY_AGAIN)
_EMERGENCY_ONLY = _s(noop("Errors", "This network accepts emergency calls only: it does not "
                                    "let this SIM in."), _OTHER_NETWORK, _A.CHOOSE_NETWORK)
_RADIO_OFF = _s(noop("Errors", "The radio is off."), noop("Errors", "Turn the radio on."),
                _A.TURN_RADIO_ON)
_SETTINGS_REFUSED = _s(noop("Errors", "The device did not accept these settings."))
_STORAGE_FULL = _s(noop("Errors", "The message storage is full."), _DELETE_MESSAGES)
_SMSC_SETTINGS = noop("Errors", "Check the message centre number (SMSC) in the settings.")
_SC_REFUSED = _s(noop("Errors", "The message centre refused the message."), _TRY_AGAIN)

# --- TS 24.008 MM/GMM (10.5.3.6, 10.5.5.14) and TS 24.301 EMM (9.9.3.9) causes ---------------

MOBILITY: dict[int, Say] = {
    2: _SIM_UNKNOWN,
    3: _s(noop("Errors", "The network refused this SIM."),
          noop("Errors", "Ask your operator whether the SIM is activated and paid for.")),
    4: _SIM_UNKNOWN,
    5: _DEVICE_REFUSED,
    6: _DEVICE_REFUSED,
    7: _s(noop("Errors", "This SIM has no mobile data service."),
          noop("Errors", "Ask your operator to turn on mobile data.")),
    8: _s(noop("Errors", "This SIM may not use this network at all."), _ASK_OPERATOR),
    9: _s(noop("Errors", "The network lost track of the device."), noop("Errors",
                                                                         "Connect again.")),
    10: _s(noop("Errors", "The network logged the device off."), noop("Errors",
                                                                       "Connect again.")),
    11: _s(noop("Errors", "This network is forbidden for this SIM."), _OTHER_NETWORK,
           _A.CHOOSE_NETWORK),
    12: _AREA_NOT_ALLOWED,
    13: _s(noop("Errors", "This SIM may not roam on this network here."), _OTHER_NETWORK,
           _A.CHOOSE_NETWORK),
    14: _s(noop("Errors", "This SIM may not use mobile data on this network."),
           noop("Errors", "Choose another network, or ask your operator about roaming."),
           _A.CHOOSE_NETWORK),
    15: _AREA_NOT_ALLOWED,
    16: _s(noop("Errors", "Calls and text messages are unavailable on this network for now."),
           _TRY_AGAIN),
    17: _NETWORK_FAILED,
    18: _s(noop("Errors", "Calls and text messages are unavailable on this network."),
           _ASK_OPERATOR),
    19: _s(noop("Errors", "The network could not set up the data connection it needs."),
           _CHECK_APN, _A.EDIT_PROFILE),
    20: _NOT_AUTHENTICATED, 21: _NOT_AUTHENTICATED, 23: _NOT_AUTHENTICATED,
    24: _NOT_AUTHENTICATED, 26: _NOT_AUTHENTICATED,
    22: _CONGESTED,
    25: _s(noop("Errors", "This SIM may not use this private cell."), _OTHER_NETWORK,
           _A.CHOOSE_NETWORK),
    28: _s(noop("Errors", "Text messages go over mobile data in this area.")),
    31: _PROTOCOL,
    32: _s(noop("Errors", "The network does not offer this service."), _OTHER_NETWORK),
    33: _NOT_SUBSCRIBED,
    34: _OUT_OF_ORDER,
    35: _s(noop("Errors", "This service is not allowed on this network."), _OTHER_NETWORK,
           _A.CHOOSE_NETWORK),
    38: _s(noop("Errors", "The network could not resume the call.")),
    39: _s(noop("Errors", "Calls and text messages are unavailable on this network for now."),
           _TRY_AGAIN),
    40: _s(noop("Errors", "There is no data connection."), noop("Errors", "Connect first.")),
    42: _NETWORK_FAILED,
    78: _s(noop("Errors", "This network may not be used where you are."), _OTHER_NETWORK,
           _A.CHOOSE_NETWORK),
    **{c: _s(noop("Errors", "The network asks the device to try another cell."), _TRY_AGAIN)
       for c in range(48, 64)},
    **{c: _PROTOCOL for c in (95, 96, 97, 98, 99, 100, 101, 111)},
}

# --- TS 24.008 SM (10.5.6.6) and TS 24.301 ESM (9.9.4.4) causes -------------------------------

_IP_TYPE = noop("Errors", "Change the IP type in this profile.")

SESSION: dict[int, Say] = {
    8: _s(noop("Errors", "Your operator has barred mobile data for this SIM."), _ASK_OPERATOR),
    24: _s(noop("Errors", "The network cannot provide this broadcast service.")),
    25: _s(noop("Errors", "The data connection failed on the radio link."), _TRY_AGAIN),
    26: _s(noop("Errors", "The network has no room for another data connection now."),
           _TRY_AGAIN),
    27: _s(noop("Errors", "The network does not know this APN."), _CHECK_APN, _A.EDIT_PROFILE),
    28: _s(noop("Errors", "The network does not accept this IP type."), _IP_TYPE,
           _A.EDIT_PROFILE),
    29: _s(noop("Errors", "The network rejected the user name or password."),
           noop("Errors", "Check the user name, password and authentication in this profile."),
           _A.EDIT_PROFILE),
    30: _s(noop("Errors", "The operator's gateway refused the connection."),
           noop("Errors", "Check the APN in this profile, or try again later."),
           _A.EDIT_PROFILE),
    31: _s(noop("Errors", "The network refused the connection without giving a reason."),
           noop("Errors", "Try again in a minute; if it fails again, check this profile."),
           _A.EDIT_PROFILE),
    32: _s(noop("Errors", "This network does not offer this kind of data connection."),
           _CHECK_APN, _A.EDIT_PROFILE),
    33: _s(noop("Errors", "Your subscription does not include this APN."),
           noop("Errors", "Check the APN in this profile, or ask your operator."),
           _A.EDIT_PROFILE),
    34: _OUT_OF_ORDER,
    35: _s(noop("Errors", "Another data connection already uses this context."),
           noop("Errors", "Disconnect it first.")),
    36: _s(noop("Errors", "The data connection was ended.")),
    37: _s(noop("Errors", "The network could not agree on the quality of the connection."),
           _TRY_AGAIN),
    38: _NETWORK_FAILED,
    39: _s(noop("Errors", "The network asks to connect again."), noop("Errors",
                                                                    "Connect again.")),
    40: _s(noop("Errors", "The device does not support what the network asked for.")),
    41: _TRAFFIC_SETTINGS, 42: _TRAFFIC_SETTINGS, 44: _TRAFFIC_SETTINGS,
    45: _TRAFFIC_SETTINGS, 46: _TRAFFIC_SETTINGS,
    43: _NO_DATA_CONTEXT,
    49: _s(noop("Errors", "The network does not let the last data connection end.")),
    50: _s(noop("Errors", "The network allows IPv4 only."),
           noop("Errors", "Set the IP type of this profile to IPv4."), _A.EDIT_PROFILE),
    51: _s(noop("Errors", "The network allows IPv6 only."),
           noop("Errors", "Set the IP type of this profile to IPv6."), _A.EDIT_PROFILE),
    52: _s(noop("Errors", "The network allows one IP version per connection."),
           noop("Errors", "Set the IP type of this profile to IPv4 or IPv6."), _A.EDIT_PROFILE),
    53: _s(noop("Errors", "The network did not receive the connection settings in time."),
           _TRY_AGAIN),
    54: _NO_DATA_CONTEXT,
    55: _ALREADY_CONNECTED,
    56: _s(noop("Errors", "The network changed the connection at the same moment."),
           noop("Errors", "Try again.")),
    57: _s(noop("Errors", "The network allows IPv4v6 (both) only."),
           noop("Errors", "Set the IP type of this profile to IPv4v6."), _A.EDIT_PROFILE),
    58: _s(noop("Errors", "This APN does not carry IP traffic."), _CHECK_APN, _A.EDIT_PROFILE),
    59: _s(noop("Errors", "The network could not agree on the quality of the connection."),
           _TRY_AGAIN),
    60: _s(noop("Errors", "This network does not offer this kind of data connection."),
           _CHECK_APN, _A.EDIT_PROFILE),
    61: _s(noop("Errors", "This APN does not carry IP traffic."), _CHECK_APN, _A.EDIT_PROFILE),
    65: _s(noop("Errors", "Too many data connections are open."),
           noop("Errors", "Disconnect one first.")),
    66: _s(noop("Errors", "This APN cannot be used on this network with this technology."),
           noop("Errors", "Check the APN in this profile, or choose another network mode."),
           _A.EDIT_PROFILE),
    112: _s(noop("Errors", "This APN cannot be used beside the data connection already open."),
            noop("Errors", "Disconnect it first.")),
    113: _ALREADY_CONNECTED,
    **{c: _PROTOCOL for c in (47, 48, 81, 95, 96, 97, 98, 99, 100, 101, 111)},
}

# --- SMS: TS 24.011 RP causes (+CMS 0..127) and TS 23.040 TP-FCS (+CMS 128..255) --------------

_NUMBER_INVALID = _s(noop("Errors", "This number is not valid."), _CHECK_NUMBER)
_SC_UNSUPPORTED = _s(noop("Errors", "The message centre does not take this kind of message."))

RELAY: dict[int, Say] = {
    1: _s(noop("Errors", "This number does not exist."), _CHECK_NUMBER),
    8: _s(noop("Errors", "Your operator has barred sending text messages."), _ASK_OPERATOR),
    10: _s(noop("Errors", "Text messages to this number are barred."), _ASK_OPERATOR),
    21: _s(noop("Errors", "The network refused the message."),
           noop("Errors", "Check the number, or try again later.")),
    22: _s(noop("Errors", "The recipient has no room for more messages."),
           noop("Errors", "Try again later.")),
    27: _s(noop("Errors", "The recipient cannot be reached now."),
           noop("Errors", "Try again later.")),
    28: _SIM_UNKNOWN,
    29: _s(noop("Errors", "The network does not offer this message service.")),
    30: _s(noop("Errors", "This number is not in service."), _CHECK_NUMBER),
    38: _NETWORK_FAILED, 41: _NETWORK_FAILED,
    42: _CONGESTED, 47: _CONGESTED,
    50: _s(noop("Errors", "Your subscription does not include sending text messages."),
           _ASK_OPERATOR),
    69: _s(noop("Errors", "The network does not offer this message service.")),
    **{c: _PROTOCOL for c in (81, 95, 96, 97, 98, 99, 111, 127)},
    **{c: _SC_UNSUPPORTED for c in range(128, 144)},
    **{c: _s(noop("Errors", "The message centre does not take this text encoding."))
       for c in range(144, 160)},
    **{c: _s(noop("Errors", "The message centre did not accept the command."))
       for c in range(160, 176)},
    176: _SC_UNSUPPORTED,
    192: _s(noop("Errors", "The message centre is busy."), _TRY_AGAIN),
    193: _s(noop("Errors", "Your subscription does not include this message centre."),
            _SMSC_SETTINGS, _A.SMS_SETTINGS),
    194: _s(noop("Errors", "The message centre failed."), _TRY_AGAIN),
    195: _NUMBER_INVALID,
    196: _s(noop("Errors", "Text messages to this number are barred."), _ASK_OPERATOR),
    197: _s(noop("Errors", "The message centre already has this message.")),
    198: _s(noop("Errors", "The message centre does not accept the validity period."),
            noop("Errors", "Change the validity period in the settings."), _A.SMS_SETTINGS),
    199: _s(noop("Errors", "The message centre does not accept the validity period."),
            noop("Errors", "Change the validity period in the settings."), _A.SMS_SETTINGS),
    208: _s(noop("Errors", "The SIM's message storage is full."), _DELETE_MESSAGES),
    209: _s(noop("Errors", "This SIM cannot store messages.")),
    210: _DEVICE_FAILED,
    211: _STORAGE_FULL,
    212: _SIM_BUSY,
    213: _s(noop("Errors", "The SIM could not take the message."), _TRY_AGAIN_RESTART),
    255: _SC_REFUSED,
}

# --- TS 27.005 +CMS ERROR 300..500 --------------------------------------------------------------

CMS: dict[int, Say] = {
    300: _DEVICE_FAILED,
    301: _s(noop("Errors", "The device's message service is busy."),
            noop("Errors", "Try again in a moment.")),
    302: _DEVICE_NOT_NOW,
    303: _DEVICE_UNSUPPORTED,
    304: _s(noop("Errors", "The device did not accept the message.")),
    305: _s(noop("Errors", "The device did not accept the message.")),
    310: _NO_SIM,
    311: _SIM_LOCKED,
    312: _DEVICE_LOCKED,
    313: _SIM_FAILED,
    314: _SIM_BUSY,
    315: _SIM_WRONG,
    316: _SIM_BLOCKED,
    317: _PIN2,
    318: _PUK2,
    320: _s(noop("Errors", "The message storage failed."), _TRY_AGAIN_RESTART),
    321: _s(noop("Errors", "There is no message at this place.")),
    322: _STORAGE_FULL,
    330: _s(noop("Errors", "The message centre number (SMSC) is not set."), _SMSC_SETTINGS,
            _A.SMS_SETTINGS),
    331: _NO_SERVICE,
    332: _NETWORK_TIMEOUT,
    340: _DEVICE_FAILED,
    500: _s(noop("Errors", "The device reported an unknown error."), _TRY_AGAIN_RESTART),
}

# --- TS 27.007 +CME ERROR (9.2.1, and 9.2.2 for packet data: 100 + the network cause) ----------

CME: dict[int, Say] = {
    0: _DEVICE_FAILED,
    1: _s(noop("Errors", "The device cannot be reached.")),
    2: _s(noop("Errors", "The device is busy."), noop("Errors", "Try again in a moment.")),
    3: _DEVICE_NOT_NOW,
    4: _DEVICE_UNSUPPORTED,
    5: _DEVICE_LOCKED, 6: _DEVICE_LOCKED, 7: _DEVICE_LOCKED,
    10: _NO_SIM,
    11: _SIM_LOCKED,
    12: _SIM_BLOCKED,
    13: _SIM_FAILED,
    14: _SIM_BUSY,
    15: _SIM_WRONG,
    16: _s(noop("Errors", "The code was wrong.")),
    17: _PIN2,
    18: _PUK2,
    20: _s(noop("Errors", "The device's memory is full.")),
    21: _s(noop("Errors", "There is no entry at this place.")),
    22: _s(noop("Errors", "Nothing was found.")),
    23: _s(noop("Errors", "The device's memory failed."), _TRY_AGAIN_RESTART),
    24: _s(noop("Errors", "The text is too long.")),
    25: _s(noop("Errors", "The text has characters the device cannot store.")),
    26: _s(noop("Errors", "The number is too long."), _CHECK_NUMBER),
    27: _s(noop("Errors", "The number has characters that are not allowed."), _CHECK_NUMBER),
    30: _NO_SERVICE,
    31: _NETWORK_TIMEOUT,
    32: _EMERGENCY_ONLY,
    **{c: _DEVICE_LOCKED for c in range(40, 48)},
    48: _s(noop("Errors", "The device asks for its hidden key.")),
    49: _s(noop("Errors", "The SIM does not support this sign-in method.")),
    50: _SETTINGS_REFUSED,
    51: _s(noop("Errors", "This function is turned off in the device.")),
    52: _s(noop("Errors", "The command was cancelled.")),
    53: _RADIO_OFF, 54: _RADIO_OFF, 55: _RADIO_OFF,
    56: _s(noop("Errors", "This SIM may only call its fixed dialling numbers.")),
    57: _s(noop("Errors", "The device is busy with something else."),
           noop("Errors", "Try again in a moment.")),
    58: _s(noop("Errors", "The device does not support this language or alphabet.")),
    59: _SETTINGS_REFUSED,
    60: _DEVICE_FAILED,
    61: _s(noop("Errors", "The device lacks the data it needs for this.")),
    62: _s(noop("Errors", "This is barred on your line."), _ASK_OPERATOR),
    63: _DEVICE_FAILED,
    100: _s(noop("Errors", "The device reported an unknown error."), _TRY_AGAIN_RESTART),
    148: _s(noop("Errors", "Mobile data failed without a reason given."), _TRY_AGAIN),
    149: SESSION[29],
    150: _s(noop("Errors", "This device cannot use mobile data on this network.")),
}

#: +CME ERROR 103..146: 100 + the network cause; the mobility ones first, then session ones.
_CME_MOBILITY = (103, 106, 107, 108, 111, 112, 113, 114, 115, 122, 125)
#: +CME ERROR 171..: codes 27.007 gives ESM/SM causes that do not fit "100 + cause".
_CME_SESSION_EXTRA: dict[int, int] = {
    171: 49, 172: 95, 173: 96, 174: 97, 175: 100, 176: 111, 177: 8, 178: 65, 179: 66, 180: 48,
    181: 59, 184: 81, 185: 43, 186: 101, 187: 102, 188: 81, 189: 35, 190: 38, 191: 39, 192: 50,
    193: 51, 194: 52, 195: 56, 196: 57, 197: 58, 198: 60, 199: 112, 200: 113,
}

# --- CMAPI codes (table 5.3.1) ----------------------------------------------------------------

PLAIN: dict[int, Say] = {
    ErrorCode.PARSE_ERROR: _s(noop("Errors", "The request was malformed.")),
    ErrorCode.INVALID_REQUEST: _s(noop("Errors", "The request was malformed.")),
    ErrorCode.METHOD_NOT_FOUND: _s(noop("Errors", "There is no such CMAPI function.")),
    ErrorCode.INVALID_PARAMS: _s(noop("Errors", "The parameters are not valid.")),
    ErrorCode.INTERNAL_ERROR: _DEVICE_FAILED,
    ErrorCode.FATAL: _DEVICE_FAILED,
    ErrorCode.INVALID_PARAMETER: _SETTINGS_REFUSED,
    ErrorCode.INVALID_OPERATION: _DEVICE_NOT_NOW,
    ErrorCode.NO_SERVICE: _NO_SERVICE,
    ErrorCode.BUSY: _s(noop("Errors", "The device is busy."), noop("Errors",
                                                                  "Try again in a moment.")),
    ErrorCode.NOT_SUPPORTED: _s(noop("Errors", "This device does not support that function.")),
    ErrorCode.CONNECTION_PREVENTS: _s(noop("Errors", "Not while connected."),
                                      noop("Errors", "Disconnect first.")),
    ErrorCode.DATA_NOT_PRESENT: _s(noop("Errors", "The device does not know this yet.")),
    ErrorCode.QOS_UNSUPPORTED: _s(noop("Errors", "The device cannot provide this quality of "
                                                 "service.")),
    ErrorCode.NOT_CONNECTED: _s(noop("Errors", "There is no data connection."),
                                noop("Errors", "Connect first.")),
    ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER: _s(noop("Errors", "No device is known at this "
                                                           "address.")),
    ErrorCode.NO_SUCH_DEVICE: _s(noop("Errors", "The device cannot be reached."),
                                 noop("Errors", "Check that it is plugged in and turned on.")),
    ErrorCode.DEVICE_ALREADY_OPEN: _s(noop("Errors", "The device is in use by another "
                                                     "program."),
                                      noop("Errors", "Close the other program first.")),
    ErrorCode.TOO_MANY_DEVICES: _s(noop("Errors", "Too many devices are open.")),
    ErrorCode.NO_HARDWARE_SUPPORT: _DEVICE_UNSUPPORTED,
    ErrorCode.RADIO_NOT_SUPPORTED: _DEVICE_UNSUPPORTED,
    ErrorCode.SYSTEM_NOT_SUPPORTED: _DEVICE_UNSUPPORTED,
    ErrorCode.CANNOT_ACTIVATE_WHILE_CONNECTED: _s(noop("Errors", "Not while connected."),
                                                  noop("Errors", "Disconnect first.")),
    ErrorCode.DEVICE_NOT_CONNECTED: _s(noop("Errors", "The device is not connected.")),
    ErrorCode.CONFIGURATION_NOT_SUPPORTED: _SETTINGS_REFUSED,
    ErrorCode.CAPABILITY_NOT_OFFERED: _DEVICE_UNSUPPORTED,
    ErrorCode.WRONG_POWER_STATE: _RADIO_OFF,
    ErrorCode.RADIO_OFF: _RADIO_OFF,
    ErrorCode.NO_IMSI: _s(noop("Errors", "The SIM card cannot be read."), _SIM_LOCKED[1],
                          _A.ENTER_PIN),
    ErrorCode.INVALID_PDP_CONTEXT_ID: _s(noop("Errors", "There is no such data context.")),
    ErrorCode.INVALID_PDP_TYPE: SESSION[28],
    ErrorCode.NO_SMART_CARD: _NO_SIM,
    ErrorCode.SMART_CARD_NOT_ACCESSIBLE: _SIM_FAILED,
    ErrorCode.PROFILE_NOT_FOUND: _s(noop("Errors", "There is no such profile.")),
    ErrorCode.PROFILE_NAME_INVALID: _s(noop("Errors", "This profile name cannot be used.")),
    ErrorCode.PROFILE_EXISTS: _s(noop("Errors", "A profile with this name exists already."),
                                 noop("Errors", "Choose another name.")),
    ErrorCode.PROFILE_IN_USE: _s(noop("Errors", "This profile is in use."),
                                 noop("Errors", "Disconnect first.")),
    ErrorCode.NO_DEFAULT_PROFILE: _s(noop("Errors", "No profile is chosen for connecting."),
                                     noop("Errors", "Choose or add a profile."),
                                     _A.EDIT_PROFILE),
    ErrorCode.INVALID_USER_NAME: _s(noop("Errors", "The user name is not valid."),
                                    noop("Errors", "Check this profile."), _A.EDIT_PROFILE),
    ErrorCode.INVALID_PASSWORD: _s(noop("Errors", "The password is not valid."),
                                   noop("Errors", "Check this profile."), _A.EDIT_PROFILE),
    ErrorCode.INVALID_APN: _s(noop("Errors", "The access point name (APN) is not valid."),
                              _CHECK_APN, _A.EDIT_PROFILE),
    ErrorCode.INVALID_IP_ADDRESS: _s(noop("Errors", "The IP address is not valid.")),
    ErrorCode.INVALID_PRIMARY_DNS: _s(noop("Errors", "The DNS server address is not valid."),
                                      noop("Errors", "Check this profile."), _A.EDIT_PROFILE),
    ErrorCode.INVALID_SECONDARY_DNS: _s(noop("Errors", "The DNS server address is not valid."),
                                        noop("Errors", "Check this profile."), _A.EDIT_PROFILE),
    ErrorCode.INVALID_AUTH_TYPE: _s(noop("Errors", "This authentication method is not "
                                                   "possible."),
                                    noop("Errors", "Check this profile."), _A.EDIT_PROFILE),
    ErrorCode.INVALID_IP_ADDR_TYPE: SESSION[28],
    ErrorCode.IP_ADDRESS_TYPE_NOT_AVAILABLE: SESSION[28],
    ErrorCode.BEARER_NOT_POSSIBLE: _s(noop("Errors", "This kind of connection is not possible "
                                                     "now.")),
    ErrorCode.NO_CONNECTION_TO_DISCONNECT: _s(noop("Errors", "There is no connection to end.")),
    ErrorCode.NO_CONNECTING_SESSION: _s(noop("Errors", "No connection is being set up.")),
    ErrorCode.CONNECTION_RELEASING: _s(noop("Errors", "The connection is ending."),
                                       noop("Errors", "Try again in a moment.")),
    ErrorCode.REMOTE_SYSTEM_NOT_PRESENT: _s(noop("Errors", "The other side cannot be "
                                                           "reached.")),
    ErrorCode.DISCONNECT_FIRST: _s(noop("Errors", "Not while connected."),
                                   noop("Errors", "Disconnect first.")),
    ErrorCode.INVALID_MODE: _SETTINGS_REFUSED,
    ErrorCode.INVALID_PLMN_ID: _s(noop("Errors", "This network code is not valid.")),
    ErrorCode.SMS_COMMUNICATION_FAILURE: _s(noop("Errors", "The message could not be sent."),
                                            _TRY_AGAIN),
    ErrorCode.SMS_TIMEOUT: _s(noop("Errors", "The message could not be sent in time."),
                              _TRY_AGAIN),
    ErrorCode.SMS_DEVICE_ERROR: _s(noop("Errors", "The device could not handle the message."),
                                   _TRY_AGAIN_RESTART),
    ErrorCode.SMS_OPERATION_NOT_SUPPORTED: _DEVICE_UNSUPPORTED,
    ErrorCode.SMS_NOT_FOUND: _s(noop("Errors", "The message is no longer there.")),
    ErrorCode.SMS_INVALID_RECORD: _s(noop("Errors", "The device did not accept the message.")),
    ErrorCode.SMS_INVALID_SMSC: _s(noop("Errors", "The message centre number (SMSC) is not "
                                                  "valid."), _SMSC_SETTINGS, _A.SMS_SETTINGS),
    ErrorCode.USSD_DATA_INVALID: _s(noop("Errors", "The network did not accept this code."),
                                    noop("Errors", "Check the code.")),
    ErrorCode.CONTACT_MEMORY_FULL: _s(noop("Errors", "The phonebook is full.")),
    ErrorCode.CONTACT_INVALID_RECORD: _SETTINGS_REFUSED,
    ErrorCode.INFO_AUTHENTICATION_FAILURE: SESSION[29],
    ErrorCode.INFO_IP_ADDRESS_NOT_ASSIGNED: _s(noop("Errors", "The network gave no IP "
                                                              "address.")),
    ErrorCode.WLAN_NO_CONNECTION: _s(noop("Errors", "Not connected to a Wi-Fi network.")),
    ErrorCode.WLAN_NOT_CONNECTED: _s(noop("Errors", "Not connected to a Wi-Fi network.")),
    ErrorCode.WLAN_INVALID_SSID: _s(noop("Errors", "This Wi-Fi network name is not valid.")),
    ErrorCode.WLAN_INVALID_KEY: _s(noop("Errors", "This Wi-Fi password is not valid.")),
    ErrorCode.WLAN_UNKNOWN_SSID: _s(noop("Errors", "That Wi-Fi network is out of range.")),
    ErrorCode.WLAN_UNKNOWN_BSSID: _s(noop("Errors", "That Wi-Fi network is out of range.")),
    ErrorCode.WLAN_IP_ADDRESS_NOT_ASSIGNED: _s(noop("Errors", "The Wi-Fi network gave no IP "
                                                              "address.")),
    ErrorCode.WLAN_AUTHENTICATION_FAILURE: _s(noop("Errors", "The Wi-Fi password was not "
                                                             "accepted."),
                                              noop("Errors", "Enter the password again."),
                                              _A.WIFI_PASSWORD),
    ErrorCode.WLAN_OPERATION_PROHIBITED: _s(noop("Errors", "Wi-Fi is turned off.")),
    ErrorCode.WLAN_PROHIBITED_BY_POLICY: _s(noop("Errors", "A policy does not allow this "
                                                           "Wi-Fi network.")),
    ErrorCode.WLAN_NO_NETWORK_AT_INDEX: _s(noop("Errors", "There is no such saved Wi-Fi "
                                                          "network.")),
    ErrorCode.INVALID_PIN_TYPE: _SETTINGS_REFUSED,
    ErrorCode.INVALID_PUK_TYPE: _SETTINGS_REFUSED,
    ErrorCode.SECURITY_NOT_PRIVILEGED: _s(noop("Errors", "This access does not allow that."),
                                          noop("Errors", "Use a token with full access.")),
    ErrorCode.AUTHENTICATION_FAILED: _s(noop("Errors", "The endpoint rejected the access "
                                                       "token."),
                                        noop("Errors", "Sign in to the endpoint again.")),
    ErrorCode.AUTHENTICATION_DENIED: _s(noop("Errors", "The endpoint denied access.")),
}

# --- PIN/PUK ------------------------------------------------------------------------------------

PIN: dict[PinErrorKind, Say] = {
    PinErrorKind.WRONG_PIN: _s(noop("Errors", "Wrong PIN")),
    PinErrorKind.WRONG_OLD_PIN: _s(noop("Errors", "Wrong current PIN")),
    PinErrorKind.WRONG_PUK: _s(noop("Errors", "Wrong PUK")),
    PinErrorKind.PIN_BLOCKED: _s(noop("Errors", "The PIN is blocked. Enter the PUK."),
                                 action=_A.ENTER_PUK),
    PinErrorKind.OLD_PIN_BLOCKED: _s(noop("Errors", "The PIN is blocked. Enter the PUK."),
                                     action=_A.ENTER_PUK),
    PinErrorKind.PUK_BLOCKED: _s(noop("Errors", "The PUK is blocked. Only your operator can "
                                                "unlock this SIM now.")),
    PinErrorKind.INVALID_PARAMETERS: _s(noop("Errors", "The code has the wrong format.")),
}
_WITH_ATTEMPTS = noop("Errors", "%1 — %n attempt(s) left")
#: The same failures when the card did not say how many attempts are left.
_PIN_UNCOUNTED: dict[PinErrorKind, str] = {
    PinErrorKind.WRONG_PIN: noop("Errors", "The PIN was wrong."),
    PinErrorKind.WRONG_OLD_PIN: noop("Errors", "The current PIN was wrong."),
    PinErrorKind.WRONG_PUK: noop("Errors", "The PUK was wrong."),
}


# --- choosing ------------------------------------------------------------------------------------

def _from(say: Say, detail: str, arg: str = "") -> Explanation:
    text, advice, action = say
    return Explanation(text, advice, action, arg=arg, detail=detail)


def _cme_say(code: int) -> Say | None:
    if code in CME:
        return CME[code]
    if code in _CME_MOBILITY:
        return MOBILITY.get(code - 100)
    if 126 <= code <= 146:
        return SESSION.get(code - 100)
    if code in _CME_SESSION_EXTRA:
        return SESSION.get(_CME_SESSION_EXTRA[code])
    return None


def _cms_say(code: int) -> Say | None:
    return CMS.get(code) if code >= 300 else RELAY.get(code)


def _modem_code(data: object) -> tuple[str, int] | None:
    """``("cme", 11)`` when the device's own code came along (drivers put it in ``data``)."""
    if isinstance(data, dict):
        for kind in ("cme", "cms"):
            value = data.get(kind)
            if isinstance(value, int) and not isinstance(value, bool):
                return kind, value
    return None


_FAMILY_NAMES = {CauseFamily.MM: "MM", CauseFamily.GMM: "GMM", CauseFamily.SM: "SM",
                 CauseFamily.OTHER: "RP"}


def _detail(code: int, modem: tuple[str, int] | None = None,
            cause: tuple[CauseFamily, int] | None = None) -> str:
    parts = []
    if modem is not None:
        parts.append(f"+{modem[0].upper()} ERROR: {modem[1]}")
    if cause is not None and cause[1]:
        parts.append(f"{_FAMILY_NAMES[cause[0]]} cause {cause[1]}")
    parts.append(f"error 0x{code:08X}" if code >= 0 else f"error {code}")
    return " · ".join(parts)


def _explain_cause(err: CmapiError, family: CauseFamily, cause: int, code: int) -> Explanation:
    if family is CauseFamily.OTHER:
        modem = ("cms", code) if code else None
        detail = _detail(err.code, modem, (family, cause))
        say = _cms_say(code) if code else None
        if say is None and cause:
            say = MOBILITY.get(cause)
        if say is not None:
            return _from(say, detail)
        return _from(_s(noop("Errors", "The network refused the message (cause %1)."),
                        _TRY_AGAIN), detail, arg=str(code or cause))
    modem = ("cme", code) if code else None
    detail = _detail(err.code, modem, (family, cause))
    table = SESSION if family is CauseFamily.SM else MOBILITY
    say = table.get(cause) if cause else None
    if say is None and code:
        say = _cme_say(code)
    if say is not None:
        return _from(say, detail)
    if family is CauseFamily.SM:
        return _from(_s(noop("Errors", "The network refused the data connection (cause %1)."),
                        noop("Errors", "Try again in a minute; if it fails again, check this "
                                       "profile."), _A.EDIT_PROFILE),
                     detail, arg=str(cause or code))
    return _from(_s(noop("Errors", "The network refused the device (cause %1)."),
                    _OTHER_NETWORK, _A.CHOOSE_NETWORK), detail, arg=str(cause or code))


def explain(err: CmapiError) -> Explanation:
    """``err`` in the user's terms (English source texts in the context ``"Errors"``)."""
    pin = decode_pin_error(err.code)
    if pin is not None:
        kind, _sw, tries = pin
        text, advice, action = PIN[kind]
        detail = _detail(err.code)
        if tries is not None and kind in (PinErrorKind.WRONG_PIN, PinErrorKind.WRONG_OLD_PIN,
                                          PinErrorKind.WRONG_PUK):
            return Explanation(_WITH_ATTEMPTS, advice, action, count=tries, arg=text,
                               arg_is_text=True, detail=detail)
        return Explanation(_PIN_UNCOUNTED.get(kind, text), advice, action, detail=detail)
    seconds = decode_back_off(err.code)
    if seconds is not None:
        return Explanation(noop("Errors", "The network asks to wait %n second(s) before trying "
                                          "again."), count=seconds, detail=_detail(err.code))
    cause = decode_cause_error(err.code)
    if cause is not None:
        return _explain_cause(err, *cause)
    modem = _modem_code(err.data)
    if modem is not None:
        say = _cme_say(modem[1]) if modem[0] == "cme" else _cms_say(modem[1])
        if say is not None:
            return _from(say, _detail(err.code, modem))
    say = PLAIN.get(err.code)
    if say is not None:
        return _from(say, _detail(err.code, modem))
    return Explanation(noop("Errors", "The device reported an error (%1)."),
                       _TRY_AGAIN_RESTART, arg=_short_code(err.code),
                       detail=_detail(err.code, modem))


def _short_code(code: int) -> str:
    return f"0x{code:08X}" if code >= 0 else str(code)

