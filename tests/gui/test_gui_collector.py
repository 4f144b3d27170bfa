"""The app collects garbage on the GUI thread only (cmgui.controllers.gui_collector)."""

from __future__ import annotations

import gc
import weakref

import pytest
from cmgui.controllers.gui_collector import GuiThreadCollector

from tests.gui.conftest import delete_now

pytestmark = pytest.mark.gui


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_collects_cycles_when_due_and_hands_collection_back() -> None:
    gc.enable()  # as the interpreter starts (the GUI tests run with it off)
    collector = GuiThreadCollector(thresholds=(0, 10**9, 10**9))
    try:
        assert not gc.isenabled()  # no collection on whichever thread allocates
        node = weakref.ref(Node())
        assert node() is not None
        assert collector.collect_if_due() > 0
        assert node() is None
    finally:
        collector.stop()
        delete_now(collector)
    assert gc.isenabled()
    gc.disable()


def test_not_due_collects_nothing() -> None:
    collector = GuiThreadCollector(thresholds=(10**9, 10**9, 10**9))
    try:
        node = weakref.ref(Node())
        assert collector.collect_if_due() == 0 and node() is not None
    finally:
        collector.stop()
        delete_now(collector)
    gc.collect()
