"""Permitted bearers of a ModemManager modem: ``Modem.CurrentModes`` / ``SetCurrentModes``.

ModemManager accepts only the (allowed, preferred) combinations the modem lists in
``SupportedModes``; ``["auto"]`` is the combination that allows the most access technologies.
A list of technologies the modem has no combination for is error 0x3103 (invalid bearers).
"""

from __future__ import annotations

from typing import Any

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

from . import mm_model as m
from .mm_core import MMDeviceCore

#: MMModemMode bit of each access technology.
_MODE_BITS: dict[t.ModePreference, int] = {"2G": 2, "3G": 4, "4G": 8, "5G": 16}
_ALL_RATS = sum(_MODE_BITS.values())


def _combos(supported: Any) -> list[tuple[int, int]]:
    out = []
    for combo in supported or []:
        try:
            out.append((int(combo[0]), int(combo[1])))
        except (IndexError, TypeError, ValueError):
            continue
    return out


def bearers_of(allowed: int, supported: list[tuple[int, int]]) -> list[t.ModePreference]:
    """``["auto"]`` when ``allowed`` has every technology the modem has, else the list."""
    widest = max((a & _ALL_RATS for a, _ in supported), default=_ALL_RATS)
    if allowed & widest == widest:
        return ["auto"]
    return [rat for rat, bit in _MODE_BITS.items() if allowed & bit]


def combo_for(wanted: list[t.ModePreference],
              supported: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The supported (allowed, preferred) combination for ``wanted``, no preference first."""
    if "auto" in wanted or not wanted:
        candidates = sorted(supported, key=lambda c: (-bin(c[0] & _ALL_RATS).count("1"),
                                                      c[1] != 0))
        return candidates[0] if candidates else None
    bits = sum(_MODE_BITS[rat] for rat in set(wanted) if rat in _MODE_BITS)
    matching = [c for c in supported if c[0] & _ALL_RATS == bits]
    matching.sort(key=lambda c: c[1] != 0)
    return matching[0] if matching else None


class ModeFeatures(MMDeviceCore):
    """CMAPI_NetCon_Get/SetPermittedBearers."""

    async def net_con_get_permitted_bearers(self) -> t.PermittedBearers:
        props = await self._modem()
        current = props.get("CurrentModes") or (0, 0)
        return {"permittedBearers": bearers_of(int(current[0]),
                                               _combos(props.get("SupportedModes")))}

    async def net_con_set_permitted_bearers(
        self, *, permitted_bearers: list[t.ModePreference]
    ) -> t.Empty:
        wanted = list(dict.fromkeys(permitted_bearers)) or ["auto"]
        supported = _combos((await self._modem()).get("SupportedModes"))
        combo = combo_for(wanted, supported)
        if combo is None:
            raise CmapiError(ErrorCode.INVALID_BEARERS,
                             data={"reason": f"the modem cannot restrict itself to {wanted}"})
        await self._call(m.MODEM, "SetCurrentModes", "(uu)", [list(combo)])
        return {}
