"""Permitted bearers <-> ModemManager's (allowed, preferred) mode combinations."""

from __future__ import annotations

from cmgui.drivers.dbus.mm_modes import bearers_of, combo_for

#: 2G|3G|4G preferring 4G, the same without preference, 3G|4G, 4G only, 3G only.
SUPPORTED = [(14, 8), (14, 0), (12, 8), (8, 0), (4, 0)]


def test_every_technology_the_modem_has_is_auto() -> None:
    assert bearers_of(14, SUPPORTED) == ["auto"]
    assert bearers_of(0xFFFFFFFF, SUPPORTED) == ["auto"]
    assert bearers_of(12, SUPPORTED) == ["3G", "4G"]
    assert bearers_of(8, SUPPORTED) == ["4G"]


def test_auto_is_the_widest_combination_without_preference() -> None:
    assert combo_for(["auto"], SUPPORTED) == (14, 0)
    assert combo_for([], SUPPORTED) == (14, 0)
    assert combo_for(["auto"], [(14, 8)]) == (14, 8)


def test_a_list_needs_a_combination_with_exactly_those_technologies() -> None:
    assert combo_for(["4G"], SUPPORTED) == (8, 0)
    assert combo_for(["4G", "3G"], SUPPORTED) == (12, 8)
    assert combo_for(["2G"], SUPPORTED) is None
    assert combo_for(["5G"], SUPPORTED) is None
