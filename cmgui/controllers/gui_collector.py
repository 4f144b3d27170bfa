"""Garbage collection on the GUI thread only.

CPython's cycle collector runs on whichever thread happens to cross its allocation threshold: the
store's writer thread, an executor thread. A QObject it frees there is destroyed on the wrong
thread ("QObject::~QObject: Timers cannot be stopped from another thread", timers left
registered for a freed object, now and then a crash). :class:`GuiThreadCollector` turns the
automatic collector off and collects from a timer on the GUI thread instead, a generation
whenever the allocation counts say the collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000


class GuiThreadCollector(QObject):
    """While it exists (until :meth:`stop`), garbage is collected here, on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *,
                 thresholds: tuple[int, int, int] | None = None, interval_ms: int = CHECK_MS
                 ) -> None:
        super().__init__(parent)
        t0, t1, t2 = thresholds if thresholds is not None else gc.get_threshold()
        self.thresholds = (t0, t1, t2)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; objects freed."""
        counts = gc.get_count()
        freed = 0
        for generation in range(3):
            if counts[generation] <= self.thresholds[generation]:
                break
            freed += gc.collect(generation)
        return freed

    def stop(self) -> None:
        """Hand collection back to the interpreter."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
