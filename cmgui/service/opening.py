"""Opening a device for a front end: the one place that decides which devices get the host's
stores (SMS archive, profiles, connection records and usage).

Every device does: a local modem, a ModemManager modem, a remote endpoint and a gateway port
alike. What reaches this computer is archived here, and profiles, records and usage limits are
this computer's, whatever keeps the device's own. cmcli and the app both create devices through
:func:`open_device`.
"""

from __future__ import annotations

from cmgui.service.device import Device
from cmgui.service.registry import REGISTRY, Registry
from cmgui.service.sessions import POLL_INTERVAL
from cmgui.service.stored import StoredDevice
from cmgui.service.unarchived import UnarchivedDevice
from cmgui.store.host import Stores


def open_device(
    address: str, *, stores: Stores | None, registry: Registry = REGISTRY,
    poll_interval: float = POLL_INTERVAL,
) -> Device:
    """A not yet opened device for ``address`` (through ``registry``), served with ``stores``.

    ``stores`` is the caller's and stays open when the device closes; None means the host has
    no usable store (its database could not be opened) and the device is served without one,
    refusing to delete messages (:mod:`cmgui.service.unarchived`). CmapiError when no backend
    takes ``address``.
    """
    device = registry.create(address)
    if stores is None:
        return UnarchivedDevice(device)
    return StoredDevice(device, stores, poll_interval=poll_interval)
