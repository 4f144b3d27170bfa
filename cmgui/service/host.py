"""The host's stores and keyring as the app's controllers reach them (they may not import the
store).

:func:`open_stores` opens the process's stores, or gives None when the database cannot be
opened, so the app runs without an archive rather than not at all. :func:`stores_of` tells which
stores serve an opened device (None: none do). :class:`SecretStore` is the keyring, and
:class:`PinKeeper` what the SIM page needs of it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from cmgui.service.delegating import DelegatingDevice
from cmgui.service.device import Device
from cmgui.service.stored import StoredDevice
from cmgui.store.errors import StoreError
from cmgui.store.host import Stores
from cmgui.store.secrets import SecretStore

log = logging.getLogger(__name__)

__all__ = ["PinKeeper", "SecretStore", "open_stores", "served_with_stores", "stores_of"]


class PinKeeper(Protocol):
    """Where a PIN is kept when the user asks (the keyring, by the SIM's ICCID)."""

    def set_pin(self, iccid: str, pin: str, *, remember: bool) -> None: ...


def open_stores(data_dir: Path | None, secrets: SecretStore,
                problems: list[str] | None = None) -> Stores | None:
    """The host's stores in ``data_dir`` (default: the data directory), or None (logged, and
    what is wrong and what to do appended to ``problems``) when the database cannot be
    opened."""
    try:
        return Stores.open(data_dir, secrets=secrets)
    except StoreError as err:
        log.error("the local database cannot be opened; running without it: %s", err)
        if problems is not None:
            problems.append(str(err))
        return None


def served_with_stores(device: Device) -> StoredDevice | None:
    """The :class:`StoredDevice` ``device`` is, or wraps (a modem plus this computer's Wi-Fi
    wraps one), or None when the host's stores do not serve it."""
    seen: set[int] = set()
    current: Device | None = device
    while current is not None and id(current) not in seen:
        if isinstance(current, StoredDevice):
            return current
        seen.add(id(current))
        current = getattr(current, "inner", None) if isinstance(current, DelegatingDevice) else None
    return None


def stores_of(device: Device) -> Stores | None:
    """The host's stores that serve ``device`` (None: it is served without them)."""
    stored = served_with_stores(device)
    return None if stored is None else stored.stores
