"""How states and values read on screen (all translated in the "Format" context)."""

from __future__ import annotations

from cmgui.controllers.device_models import rat_text
from cmgui.controllers.models import human_bytes
from cmgui.i18n import translate


def device_state(state: str) -> str:
    texts = {
        "closed": translate("Format", "Not open"),
        "opening": translate("Format", "Opening…"),
        "ready": translate("Format", "Ready"),
        "locked": translate("Format", "SIM locked"),
        "error": translate("Format", "Not available"),
    }
    return texts.get(state, state)


def registration(state: str) -> str:
    texts = {
        "notRegistered": translate("Format", "Not registered"),
        "registeredHome": translate("Format", "Home network"),
        "searching": translate("Format", "Searching…"),
        "denied": translate("Format", "Registration denied"),
        "unknown": translate("Format", "Unknown"),
        "registeredRoaming": translate("Format", "Roaming"),
        "smsOnlyHome": translate("Format", "Home network (SMS only)"),
        "smsOnlyRoaming": translate("Format", "Roaming (SMS only)"),
        "emergencyOnly": translate("Format", "Emergency calls only"),
    }
    return texts.get(state, state)


def connection_state(state: str) -> str:
    texts = {
        "disconnected": translate("Format", "Disconnected"),
        "connecting": translate("Format", "Connecting…"),
        "connected": translate("Format", "Connected"),
        "disconnecting": translate("Format", "Disconnecting…"),
    }
    return texts.get(state, state)


def pin_state(state: str) -> str:
    texts = {
        "ready": translate("Format", "Unlocked"),
        "PINRequired": translate("Format", "PIN required"),
        "PUKRequired": translate("Format", "PUK required"),
        "blocked": translate("Format", "Blocked"),
        "SIMAbsent": translate("Format", "No SIM card"),
        "SIMFailure": translate("Format", "SIM card failure"),
    }
    return texts.get(state, state)


def technology(rat: str) -> str:
    return rat_text(rat)


def rate(bytes_per_second: float) -> str:
    return translate("Format", "%1/s").replace("%1", human_bytes(int(bytes_per_second)))


def size(n: int) -> str:
    return human_bytes(n)
