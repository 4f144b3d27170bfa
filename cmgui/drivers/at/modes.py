"""CMAPI permitted bearers <-> +WS46 / Huawei ^SYSCFGEX / Quectel nwscanmode (pure helpers).

The cmgui.at layer parses and builds the commands; this maps their values to the CMAPI
``ModePreference`` list (``["auto"]`` or radios such as ``["4G", "3G"]``).
"""

from __future__ import annotations

from collections.abc import Sequence

from cmgui.cmapi import types as t

_RADIOS: tuple[t.ModePreference, ...] = ("2G", "3G", "4G", "5G")

#: +WS46 <n> (TS 27.007 5.9) -> the radios it allows.
WS46_RADIOS: dict[int, frozenset[str]] = {
    12: frozenset({"2G"}), 22: frozenset({"3G"}), 28: frozenset({"4G"}), 36: frozenset({"5G"}),
    29: frozenset({"2G", "3G"}), 30: frozenset({"2G", "4G"}), 31: frozenset({"3G", "4G"}),
    25: frozenset({"2G", "3G", "4G"}), 35: frozenset({"2G", "3G", "4G", "5G"}),
    37: frozenset({"4G", "5G"}), 38: frozenset({"3G", "4G", "5G"}),
    39: frozenset({"2G", "4G", "5G"}), 40: frozenset({"3G", "5G"}),
    41: frozenset({"2G", "3G", "5G"}), 42: frozenset({"2G", "5G"}),
}
#: Modes that mean "let the modem choose" when read back.
_WS46_AUTO = (25, 35)

_HUAWEI = {"2G": "GSM", "3G": "WCDMA", "4G": "LTE", "5G": "NR"}
_HUAWEI_BACK = {v: k for k, v in _HUAWEI.items()}
_QUECTEL = {"auto": 0, "2G": 1, "3G": 2, "4G": 3}
_QUECTEL_BACK: dict[int, t.ModePreference] = {v: k for k, v in _QUECTEL.items()}  # type: ignore[misc]


def _ordered(radios: Sequence[str]) -> list[t.ModePreference]:
    return [r for r in _RADIOS if r in radios]


def ws46_mode(wanted: Sequence[str]) -> int | None:
    """The +WS46 value for a bearer list (``auto`` -> 25), or None if none fits."""
    if "auto" in wanted:
        return 25
    radios = frozenset(wanted)
    return next((n for n, allowed in WS46_RADIOS.items() if allowed == radios), None)


def bearers_from_ws46(mode: int) -> list[t.ModePreference]:
    if mode in _WS46_AUTO or mode not in WS46_RADIOS:
        return ["auto"]
    return _ordered(sorted(WS46_RADIOS[mode]))


def syscfgex_order(wanted: Sequence[str]) -> list[str] | None:
    """Huawei acquisition order (["LTE", "WCDMA"]) in the caller's order; ["auto"] for auto."""
    if "auto" in wanted:
        return ["auto"]
    try:
        return [_HUAWEI[w] for w in wanted]
    except KeyError:
        return None


def bearers_from_syscfgex(order: Sequence[str]) -> list[t.ModePreference]:
    if not order or "auto" in order:
        return ["auto"]
    out: list[t.ModePreference] = []
    for name in order:
        radio = _HUAWEI_BACK.get(name.upper())
        if radio is not None:
            out.append(radio)  # type: ignore[arg-type]
    return out or ["auto"]


def quectel_mode(wanted: Sequence[str]) -> int | None:
    """nwscanmode for one radio or auto (it cannot express a subset)."""
    if "auto" in wanted:
        return 0
    if len(wanted) == 1:
        return _QUECTEL.get(wanted[0])
    return None


def bearers_from_quectel(mode: int) -> list[t.ModePreference]:
    return [_QUECTEL_BACK.get(mode, "auto")]
