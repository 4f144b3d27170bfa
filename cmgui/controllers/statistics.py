"""Live statistics: throughput and signal samples for the graphs, and session totals.

Byte counters come from ByteCount events; a device that sends none is polled
(CMAPI_NetStatistic_GetConnectionStatistics) once per sample while connected, and its rates are
computed from the deltas.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque

from PySide6.QtCore import QObject, QTimer, Signal

from cmgui.cmapi.errors import CmapiError
from cmgui.controllers.base import PageController
from cmgui.controllers.device import DeviceController

SAMPLE_MS = 1000
#: Samples kept: five minutes at one per second.
HISTORY = 300


class StatisticsController(PageController):
    """Throughput and signal history of the current device, for the graphs.

    Signals:
        sampled(): a new sample was added (once per ``SAMPLE_MS``).
    """

    sampled = Signal()

    def __init__(self, parent: QObject | None = None, *, sample_ms: int = SAMPLE_MS) -> None:
        super().__init__(parent)
        self.times: deque[float] = deque(maxlen=HISTORY)
        self.rate_dl: deque[float] = deque(maxlen=HISTORY)
        self.rate_ul: deque[float] = deque(maxlen=HISTORY)
        self.signal: deque[float] = deque(maxlen=HISTORY)
        self.peak_dl = 0
        self.peak_ul = 0
        self._timer = QTimer(self)
        self._timer.setInterval(sample_ms)
        self._timer.timeout.connect(self.sample)
        self._last_event = 0.0
        self._polling = False
        self._own_emit = False
        self._last_poll: tuple[float, int, int] | None = None
        self._poll_task: asyncio.Task[None] | None = None

    def attach(self, device: DeviceController) -> None:
        self.clear()
        device.trafficChanged.connect(self._on_traffic)
        self._timer.start()

    def detach(self, device: DeviceController) -> None:
        device.trafficChanged.disconnect(self._on_traffic)
        self._timer.stop()
        if self._poll_task is not None:
            self._poll_task.cancel()
        self._last_poll = None
        self.clear()

    def _on_traffic(self, *_args: int) -> None:
        if not self._own_emit:
            self._last_event = time.monotonic()

    def _should_poll(self) -> bool:
        dc = self.device
        return (dc is not None and not self._polling
                and dc.status.connection_state == "connected"
                and time.monotonic() - self._last_event > 3.0
                and dc.supports("net_statistic_get_connection_statistics"))

    async def _poll(self, dc: DeviceController) -> None:
        self._polling = True
        try:
            stats = await dc.device.net_statistic_get_connection_statistics()
        except (CmapiError, OSError, TimeoutError):
            return
        finally:
            self._polling = False
        now, sent, received = time.monotonic(), stats["bytesSent"], stats["bytesReceived"]
        s = dc.status
        if self._last_poll is not None:
            t0, sent0, received0 = self._last_poll
            dt = max(1e-3, now - t0)
            s.rate_ul = max(0, int((sent - sent0) / dt))
            s.rate_dl = max(0, int((received - received0) / dt))
        self._last_poll = (now, sent, received)
        s.bytes_sent, s.bytes_received, s.duration = sent, received, stats["duration"]
        self._own_emit = True
        try:
            dc.trafficChanged.emit(sent, received, s.rate_ul, s.rate_dl)
        finally:
            self._own_emit = False

    def clear(self) -> None:
        for series in (self.times, self.rate_dl, self.rate_ul, self.signal):
            series.clear()
        self.peak_dl = self.peak_ul = 0
        self.sampled.emit()

    def sample(self) -> None:
        """Record the current rates and signal (the timer calls this)."""
        if self.device is None or self.device.state != "ready":
            return
        s = self.device.status
        self.times.append(time.monotonic())
        self.rate_dl.append(float(s.rate_dl))
        self.rate_ul.append(float(s.rate_ul))
        self.signal.append(float(s.signal_percent))
        self.peak_dl = max(self.peak_dl, s.rate_dl)
        self.peak_ul = max(self.peak_ul, s.rate_ul)
        if s.connection_state != "connected":
            self._last_poll = None
        elif self._should_poll():
            self._poll_task = asyncio.get_event_loop().create_task(self._poll(self.device))
        self.sampled.emit()

    @property
    def totals(self) -> tuple[int, int, int]:
        """Bytes sent, bytes received and seconds of the current session."""
        if self.device is None:
            return (0, 0, 0)
        s = self.device.status
        return (s.bytes_sent, s.bytes_received, s.duration)
