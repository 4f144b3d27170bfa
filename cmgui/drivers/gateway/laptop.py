"""The laptop-mandatory functions (OpenCMAPI Appendix B.2) on a port of an SMS gateway.

A port is a SIM slot of a multi-port SMS gateway: its modem sends and receives messages and
USSD for the gateway, and carries no packet data for this computer. So the data session is
answered as what it is: never connected (``GetConnectionStatus``, ``GetCurrentConnType``), the
no-data profile always on, and everything that would need a data path (connect, secondary
contexts, QoS, APN, address) is error 260, "the device does not contain hardware which supports
this operation", as is the battery (a gateway runs on mains and reports none). What the
gateway's HTTP API cannot do is 289, "the device does not offer this capability": SIM
personalisation (control keys), network scan and selection (and its mode), access technologies
(permitted bearers), the serving network and roaming flag (``get_port_info`` has the SIM's IMSI,
the port's type and a registration word, no operator), the module's hardware, firmware and driver
versions, the phonebook, PUK, PIN change and turning the PIN lock off (``set_port_info`` has
``lock``; its ``unlock`` enters the PIN), deleting a received message or marking one read or
unread (``query_incoming_sms flag=unread`` marks every unread message after an id read at once),
setting the SMS centre and the validity period. ``DevAttributes``: a port has no screen, keypad,
camera, audio, voice or battery.

The WLAN functions stay "not supported" (7): a port has no Wi-Fi, and ``cmcli serve`` and the app
answer them from this computer's Wi-Fi (:mod:`cmgui.service.wlan_overlay`), which they do only for
a device that does not answer them itself.

:data:`SPEC_ANSWERS` is the table; tools/conformance.py lists it.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, ClassVar

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.callbacks import emitted_by
from cmgui.service.device import Device

_NO_DATA_PATH = "a gateway port carries no packet data for this computer"

#: Seam method -> (the specification's error, why) on every gateway port.
_ANSWERS: dict[str, tuple[ErrorCode, str]] = {
    "net_connect_srv_connect_async": (ErrorCode.NO_HARDWARE_SUPPORT, _NO_DATA_PATH),
    "net_connect_srv_disconnect_async": (ErrorCode.NO_HARDWARE_SUPPORT, _NO_DATA_PATH),
    "net_connect_srv_secondary_pdp_context_connect_async":
        (ErrorCode.NO_HARDWARE_SUPPORT, _NO_DATA_PATH),
    "net_connect_srv_secondary_pdp_context_disconnect_async":
        (ErrorCode.NO_HARDWARE_SUPPORT, _NO_DATA_PATH),
    "information_get_qos": (ErrorCode.NO_HARDWARE_SUPPORT, _NO_DATA_PATH),
    "information_get_apn": (ErrorCode.NO_HARDWARE_SUPPORT, _NO_DATA_PATH),
    "information_get_ip_address": (ErrorCode.NO_HARDWARE_SUPPORT, _NO_DATA_PATH),
    "information_get_battery_status":
        (ErrorCode.NO_HARDWARE_SUPPORT, "the gateway reports no battery"),
    "information_set_battery_threshold":
        (ErrorCode.NO_HARDWARE_SUPPORT, "the gateway reports no battery"),
    **dict.fromkeys(("net_connect_srv_get_network_list_sync",
                     "net_connect_srv_get_network_list_async", "net_connect_srv_select_network"),
                    (ErrorCode.CAPABILITY_NOT_OFFERED,
                     "the gateway's API offers no network scan or manual selection")),
    **dict.fromkeys(("net_con_set_permitted_bearers", "net_con_get_permitted_bearers"),
                    (ErrorCode.CAPABILITY_NOT_OFFERED,
                     "the gateway's API neither reads nor sets a port's access technologies")),
    **dict.fromkeys(("contact_create", "contact_get", "contact_delete",
                     "contact_get_contact_list", "contact_update", "contact_search"),
                    (ErrorCode.CAPABILITY_NOT_OFFERED, "the gateway's API offers no phonebook")),
    "dev_srv_unblock_pin": (ErrorCode.CAPABILITY_NOT_OFFERED, "the gateway's API sends no PUK"),
    "dev_srv_change_pin":
        (ErrorCode.CAPABILITY_NOT_OFFERED, "the gateway's API cannot change a PIN"),
    "dev_srv_get_control_key_status":
        (ErrorCode.CAPABILITY_NOT_OFFERED, "the gateway's API offers no SIM personalisation"),
    "dev_srv_deactivate_control_key":
        (ErrorCode.CAPABILITY_NOT_OFFERED, "the gateway's API offers no SIM personalisation"),
    "dev_srv_unblock_control_key":
        (ErrorCode.CAPABILITY_NOT_OFFERED, "the gateway's API offers no SIM personalisation"),
    "dev_srv_disable_pin": (ErrorCode.CAPABILITY_NOT_OFFERED,
                            "the gateway's API can turn the PIN lock on (lock), not off"),
    "information_get_network_selection_mode": (ErrorCode.CAPABILITY_NOT_OFFERED,
                                               "the gateway's API reports no network selection"),
    "network_get_serving_information": (
        ErrorCode.CAPABILITY_NOT_OFFERED,
        "the gateway's API reports no serving network, only the SIM's (home) IMSI"),
    "information_get_roaming_status":
        (ErrorCode.CAPABILITY_NOT_OFFERED, "the gateway's API reports no roaming flag"),
    **dict.fromkeys(("dev_srv_get_hardware_version", "dev_srv_get_firmware_version",
                     "information_get_driver_version"),
                    (ErrorCode.CAPABILITY_NOT_OFFERED,
                     "the gateway's API reports no version of a port's module")),
    "sms_delete":
        (ErrorCode.CAPABILITY_NOT_OFFERED, "the gateway's API deletes no received message"),
    "sms_update": (ErrorCode.CAPABILITY_NOT_OFFERED,
                   "the gateway's API marks all unread messages read at once, never one"),
    "sms_set_smsc_address":
        (ErrorCode.CAPABILITY_NOT_OFFERED, "the gateway's API cannot set a port's SMS centre"),
    **dict.fromkeys(("sms_get_validity_period", "sms_set_validity_period"),
                    (ErrorCode.CAPABILITY_NOT_OFFERED,
                     "the gateway's API sets no validity period (the SMS centre's applies)")),
}
#: The same, as tools/conformance.py and the contract suite read it: ``"code, why"``.
SPEC_ANSWERS: dict[str, str] = {name: f"{int(code)}, {why}"
                                for name, (code, why) in _ANSWERS.items()}


def _answer(name: str, code: ErrorCode,
            why: str) -> Callable[..., Coroutine[Any, Any, Any]]:
    async def answer(self: Device, **_params: Any) -> Any:
        raise CmapiError(code, data={"reason": why})

    answer.__name__ = answer.__qualname__ = name
    answer.__doc__ = f"Error {int(code)}: {why}."
    return answer


class PortLaptopFeatures(Device):
    """The data session as a port has it, device attributes, and :data:`SPEC_ANSWERS`."""

    spec_answers: ClassVar[dict[str, str]] = SPEC_ANSWERS

    def emitted_callbacks(self) -> frozenset[str]:
        """Only what the functions that work can send: registering the session, bearer, QoS,
        battery and connect-completion callbacks is refused."""
        return emitted_by(self.supported_functions() - self.spec_answers.keys())

    async def net_con_get_connection_status(self) -> t.ConnectionStatus:
        return {"connectionState": "disconnected", "connectionType": "none"}

    async def net_connect_srv_get_current_conn_type(self) -> t.ConnectionTypeResult:
        return {"connectionType": "none"}

    async def net_con_get_no_data_profile(self) -> t.NoDataProfile:
        return {"enabled": True}  # a port never carries packet data

    async def net_con_set_no_data_profile(self, *, enabled: bool) -> t.Empty:
        if not enabled:
            raise CmapiError(ErrorCode.NO_HARDWARE_SUPPORT, data={"reason": _NO_DATA_PATH})
        return {}

    async def dev_srv_dev_attributes(self) -> t.DevAttributes:
        return {"screen": False, "keypad": False, "camera": False, "microphone": False,
                "loudspeaker": False, "voice": False, "battery": False}


for _name, (_code, _why) in _ANSWERS.items():
    setattr(PortLaptopFeatures, _name, _answer(_name, _code, _why))
