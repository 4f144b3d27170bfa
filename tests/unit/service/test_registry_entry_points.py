from __future__ import annotations

from cmgui.service.registry import Registry


def test_entry_point_backends_are_loaded() -> None:
    registry = Registry()
    names = {b.name for b in registry.backends()}
    assert {"at", "virtual"} <= names
