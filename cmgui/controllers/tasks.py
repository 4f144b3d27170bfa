"""Async operations as QObjects: every long call runs as a task the UI can watch and cancel."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from cmgui.controllers.errors import Action, action_of, user_message

log = logging.getLogger(__name__)

TICK_MS = 250


class AsyncOperation(QObject):
    """One coroutine running on the qasync loop, with elapsed-time progress and cancel.

    Signals:
        progressChanged(float): seconds elapsed, every ``TICK_MS`` while running.
        succeeded(object): the coroutine's result.
        failed(str): the error, in the user's terms
            (:func:`cmgui.controllers.errors.user_message`).
        cancelled(): the user (or a device change) cancelled it.
        finished(): after any of the three above.
    """

    progressChanged = Signal(float)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self, coro: Coroutine[Any, Any, Any], *, label: str = "", expected_seconds: float = 0.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.label = label
        #: Typical duration, for a progress estimate (0: unknown, show a busy indicator).
        self.expected_seconds = expected_seconds
        self.result: Any = None
        self.error: str = ""
        #: What the app can offer to fix the failure (a button beside ``error``).
        self.error_action = Action.NONE
        self._started = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._task: asyncio.Task[Any] = asyncio.get_event_loop().create_task(coro)
        self._task.add_done_callback(self._done)

    @property
    def running(self) -> bool:
        return not self._task.done()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._started

    def cancel(self) -> None:
        """Ask the task to stop; ``cancelled`` follows once it has."""
        self._task.cancel()

    def task(self) -> asyncio.Task[Any]:
        return self._task

    def _tick(self) -> None:
        self.progressChanged.emit(self.elapsed)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._timer.stop()
        if task.cancelled():
            self.cancelled.emit()
        elif (exc := task.exception()) is not None:
            self.error = user_message(exc)
            self.error_action = action_of(exc)
            if not isinstance(exc, Exception) or _is_bug(exc):
                log.error("operation %r failed", self.label, exc_info=exc)
            self.failed.emit(self.error)
        else:
            self.result = task.result()
            self.succeeded.emit(self.result)
        self.finished.emit()


def _is_bug(exc: BaseException) -> bool:
    from cmgui.cmapi.errors import CmapiError

    return not isinstance(exc, CmapiError | OSError | TimeoutError)
