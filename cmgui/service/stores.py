"""The host-side stores a device is served with, under the seam's name (kept for the GUI tests
that import it from here).

:class:`Stores` is the store's (:mod:`cmgui.store.host`); layers that may import the store
import it from there, controllers reach it through :mod:`cmgui.service.host`.
"""

from __future__ import annotations

from cmgui.store.host import Stores

__all__ = ["Stores"]
