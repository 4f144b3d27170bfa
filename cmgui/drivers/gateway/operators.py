"""Operator names for a SIM's IMSI, from the provider database the APN suggestions use."""

from __future__ import annotations

from functools import lru_cache

from cmgui.drivers.gateway.protocol.states import plmn_of
from cmgui.store.apn import ApnDatabaseError, suggest_apns


@lru_cache(maxsize=256)
def provider_name(imsi: str) -> str:
    """The SIM's provider, else its network code (``001-01``); "" without an IMSI."""
    mcc, mnc = plmn_of(imsi)
    if not mcc:
        return ""
    try:
        found = suggest_apns(imsi=imsi)
    except ApnDatabaseError:
        found = []
    matched = next((s.provider for s in found if s.by_network), "")
    return matched or f"{mcc}-{mnc}"
