"""A guard against a PySide6 bug that would abort a long-running app.

PySide6 6.12.0 (seen on CPython 3.11) returns ``True`` from ``SignalInstance.emit()`` without
taking a reference to it, so every emit from Python lowers ``True``'s reference count by one.
CPython 3.11 does not make ``True`` immortal (3.12 does): after some thousands of emits the count
reaches zero and the interpreter aborts ("bool_dealloc: deallocating True or False").

:func:`emit_leaks_true` detects the bug at run time; :class:`TrueRefGuard` then tops the count
up (and those of False and None, which the same release loses elsewhere) whenever it runs low.
It is not installed on a PySide6 or CPython without the bug. Remove it once the pinned PySide6
is fixed.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer, Signal

#: Top up when fewer references than this are left (more than any burst between two checks).
FLOOR = 500_000
#: References added per top-up.
TOP_UP = 1_000_000
CHECK_MS = 250
#: The same release returns other singletons unreferenced as well (None was seen in the soak).
WATCHED: tuple[object, ...] = (True, False, None)


class _Probe(QObject):
    """Emits to count what an emit does to ``True``'s references.

    Signals:
        ping(): emitted by :func:`emit_leaks_true` only.
    """

    ping = Signal()


def emit_leaks_true() -> bool:
    """Whether ``Signal.emit()`` loses a reference to ``True`` here."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    return sys.getrefcount(True) < before - 8


def _add_references(obj: object, count: int) -> None:
    """Raise CPython's reference count of ``obj`` by ``count``, for good: references that are
    never released (a container holding them would give them back at exit, too early)."""
    refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is PyObject's first field
    refcnt.value += count


class TrueRefGuard(QObject):
    """Keeps the reference counts of True, False and None far from zero while the event loop
    runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.added = 0
        self.check()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        for singleton in WATCHED:
            if sys.getrefcount(singleton) < FLOOR:
                _add_references(singleton, TOP_UP)
                self.added += TOP_UP


def pyside_version() -> str:
    import PySide6

    return str(PySide6.__version__)


def install(parent: QObject | None = None) -> TrueRefGuard | None:
    """A running guard when this PySide6 has the bug (on CPython), else None."""
    if sys.implementation.name != "cpython" or not emit_leaks_true():
        return None
    return TrueRefGuard(parent)
