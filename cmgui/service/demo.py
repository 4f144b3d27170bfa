"""What only the demo modem can do, reached through the seam's wrappers: a power cycle back
to factory state (its SIM locked with PIN 1234, its storages as delivered).

Front ends never import drivers; they ask :func:`factory_resettable` whether the device (or one
it wraps: the stores, this computer's Wi-Fi) can do it.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from cmgui.service.device import Device


@runtime_checkable
class FactoryResettable(Protocol):
    """A device that can be reset to factory state (the demo modem)."""

    async def factory_reset(self) -> None: ...


def factory_resettable(device: Device) -> FactoryResettable | None:
    """``device``, or the device it wraps, if it can be reset to factory state."""
    seen: set[int] = set()
    current: object | None = device
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, FactoryResettable):
            return current
        current = getattr(current, "inner", None)
    return None
