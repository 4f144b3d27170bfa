"""The checks of ``cmgui --self-test`` (cmgui.controllers.selftest) on the app's controllers with
fake devices: what passes, and each way the demo device can fail to come up."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.controllers.selftest import SelfTest

from tests.gui.conftest import delete_now, run, until
from tests.gui.fakes import FakeDevice

OTHERS = ("Qt platform plugin", "translations", "main window painted", "backends")


def finish_others(test: SelfTest) -> None:
    for name in OTHERS:
        test.record(name, True, "given")


def test_every_check_passes_on_the_demo_device(loop: asyncio.AbstractEventLoop,
                                               app_ctrl: AppController) -> None:
    lines: list[str] = []
    test = SelfTest(lines.append)
    outcome: list[bool] = []
    test.finished.connect(outcome.append)
    test.check_platform()
    test.check_translations()
    test.window_painted(True)
    test.check_backends()
    test.watch_device(app_ctrl.devices)
    run(loop, app_ctrl.open_device("virtual"))
    run(loop, until(lambda: outcome))
    assert outcome == [True] and test.ok
    assert lines[0] == "ok    Qt platform plugin: offscreen"
    assert lines[2:] == [
        "ok    main window painted: yes",
        "ok    backends: cmgui.backends: at, gateway, mm, nm-wlan, remote, virtual; "
        "cmgui.fleet_platforms: cmo, cmp",
        "ok    demo device ready: Demo modem (virtual): ready",
        "self-test passed",
    ]
    delete_now(test)


def test_a_device_that_cannot_be_opened_fails_the_run(
        loop: asyncio.AbstractEventLoop, app_ctrl: AppController,
        monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(self: FakeDevice) -> None:
        raise OSError("no such file")

    monkeypatch.setattr(FakeDevice, "open", broken)
    lines: list[str] = []
    test = SelfTest(lines.append, as_json=True)
    finish_others(test)
    test.watch_device(app_ctrl.devices)
    run(loop, app_ctrl.open_device("virtual"))
    run(loop, until(lambda: lines))
    report: dict[str, Any] = json.loads(lines[0])
    assert report["ok"] is False and not test.ok
    device = report["checks"][-1]
    assert (device["name"], device["ok"]) == ("demo device ready", False)
    assert device["detail"].startswith("virtual: ")
    delete_now(test)


def test_another_device_than_the_demo_modem_fails(loop: asyncio.AbstractEventLoop,
                                                  app_ctrl: AppController) -> None:
    lines: list[str] = []
    test = SelfTest(lines.append)
    finish_others(test)
    test.watch_device(app_ctrl.devices)
    run(loop, app_ctrl.open_device("fake"))
    run(loop, until(lambda: "self-test failed: 1 of 5 checks" in lines))
    assert "FAIL  demo device ready: fake opened instead" in lines
    delete_now(test)


def test_a_device_that_never_comes_up_times_out(loop: asyncio.AbstractEventLoop,
                                                app_ctrl: AppController) -> None:
    lines: list[str] = []
    test = SelfTest(lines.append)
    finish_others(test)
    test.watch_device(app_ctrl.devices, timeout_s=0.05)
    run(loop, until(lambda: test.checks[-1].name == "demo device ready"))
    assert lines[-2:] == ["FAIL  demo device ready: not ready within 0 s (no device)",
                          "self-test failed: 1 of 5 checks"]
    delete_now(test)
