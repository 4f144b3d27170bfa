"""Shared plumbing of the per-view controllers: the current device and running operations."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from cmgui.controllers.device import DeviceController
from cmgui.controllers.tasks import AsyncOperation


class PageController(QObject):
    """Base of one view's controller.

    Signals:
        deviceChanged(): a different device (or none) is now current.
        busyChanged(bool): an operation started or the last one ended.
        errorOccurred(str): an operation failed, in the user's terms.
    """

    deviceChanged = Signal()
    busyChanged = Signal(bool)
    errorOccurred = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._device: DeviceController | None = None
        self._ops: list[AsyncOperation] = []

    @property
    def device(self) -> DeviceController | None:
        return self._device

    @property
    def busy(self) -> bool:
        return bool(self._ops)

    def set_device(self, device: DeviceController | None) -> None:
        """Switch to ``device``: running operations of the old one are cancelled."""
        if device is self._device:
            return
        for op in list(self._ops):
            op.cancel()
        if self._device is not None:
            self.detach(self._device)
        self._device = device
        if device is not None:
            self.attach(device)
        self.deviceChanged.emit()

    def attach(self, device: DeviceController) -> None:
        """Connect to ``device``'s signals (subclasses)."""

    def detach(self, device: DeviceController) -> None:
        """Disconnect from ``device``'s signals (subclasses)."""

    def run(
        self, coro: Coroutine[Any, Any, Any], *, label: str = "", expected_seconds: float = 0.0,
        report_errors: bool = True,
    ) -> AsyncOperation:
        """Start ``coro`` as an :class:`AsyncOperation` this controller tracks."""
        op = AsyncOperation(coro, label=label, expected_seconds=expected_seconds, parent=self)
        was_busy = self.busy
        self._ops.append(op)
        if report_errors:
            op.failed.connect(self.errorOccurred)
        op.finished.connect(lambda: self._op_finished(op))
        if not was_busy:
            self.busyChanged.emit(True)
        return op

    def _op_finished(self, op: AsyncOperation) -> None:
        if op in self._ops:
            self._ops.remove(op)
            op.deleteLater()
        if not self._ops:
            self.busyChanged.emit(False)

    def require_device(self) -> DeviceController:
        if self._device is None:
            raise RuntimeError("no device selected")
        return self._device
