"""The guard against PySide6 releases that lose a reference to True per signal emit."""

from __future__ import annotations

import sys

import pytest
from cmgui.controllers import refcount_guard
from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(int)


def test_many_emits_keep_true_alive() -> None:
    if not refcount_guard.emit_leaks_true():
        pytest.skip(f"PySide6 {refcount_guard.pyside_version()} keeps its references")
    guard = refcount_guard.TrueRefGuard()
    emitter = Emitter()
    seen: list[int] = []
    emitter.changed.connect(seen.append)
    emits = sys.getrefcount(True) + 2_000  # more than True had: without the guard, an abort
    for n in range(emits):
        emitter.changed.emit(n)
        if n % 10_000 == 0:
            guard.check()  # the guard's timer does this four times a second
    assert len(seen) == emits
    assert sys.getrefcount(True) > refcount_guard.FLOOR // 2
    assert guard.added >= refcount_guard.TOP_UP
