"""An endpoint's access token when secrets are not stored (issue 11, "ask each time"): asked
when the app opens the endpoint, kept in memory for the run (reopening does not ask again),
never written to a file or a log; Cancel does not open it and says so plainly; a token the
endpoint refuses is asked again. Against a real endpoint on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Iterator
from typing import Any

import keyring
import pytest
from cmgui.controllers.device import DeviceController
from cmgui.controllers.devices import DeviceManager, Endpoint
from cmgui.drivers.remote.device import RemoteDevice
from cmgui.drivers.remote.tokens import find_token
from cmgui.paths import config_dir
from cmgui.server.app import CmapiServer
from cmgui.service.saved_devices import SavedEndpoints
from cmgui.service.secret_storage import TypedTokens, typing_tokens
from cmgui.store.secrets import SecretStore
from cmgui.views.secrets_dialogs import endpoint_token_prompt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import delete_now, run, until
from tests.integration.server.conftest import TOKEN, make_server
from tests.integration.server.fake_device import FakeDevice

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def server(loop: asyncio.AbstractEventLoop) -> Iterator[CmapiServer]:
    """A real endpoint that wants TOKEN, on the app's loop."""
    started: asyncio.Future[CmapiServer] = loop.create_future()
    stop = asyncio.Event()

    async def serve() -> None:
        async with make_server(FakeDevice()) as served:
            started.set_result(served)
            await stop.wait()

    async def wait(future: Awaitable[Any]) -> Any:
        return await future

    task = loop.create_task(serve())
    yield run(loop, wait(started))
    stop.set()
    run(loop, wait(task))


class Prompt:
    """A token prompt that answers from a list and counts what it was asked."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    async def __call__(self, address: str) -> str | None:
        self.asked.append(address)
        return self.answers.pop(0)


@pytest.fixture
def manager(loop: asyncio.AbstractEventLoop, server: CmapiServer) -> Iterator[DeviceManager]:
    made = DeviceManager(factory=RemoteDevice,
                         endpoints=SavedEndpoints(config_dir(), SecretStore()))
    yield made
    run(loop, made.shutdown())
    delete_now(made)


async def _open(manager: DeviceManager, address: str) -> DeviceController:
    dc = await manager.select(address)
    assert dc is not None
    await until(lambda: dc.state not in ("opening",))
    return dc


async def _reopen(manager: DeviceManager, address: str) -> DeviceController:
    current = manager.current
    assert current is not None
    await current.close()  # as after the endpoint went away: Retry opens it anew
    return await _open(manager, address)


def _kept_anywhere(token: str) -> bool:
    """Whether ``token`` is in a file of this test's config or data directory, or the keyring."""
    home = config_dir().parent  # the test's own home: config, data, XDG directories
    assert home.name.startswith("cmgui-home")
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.name == "endpoints.json" for p in files)  # the endpoint is listed, at least
    in_files = any(token in p.read_text(errors="replace") for p in files)
    backend = keyring.get_keyring()
    return in_files or token in getattr(backend, "entries", {}).values()


def test_a_token_not_stored_is_asked_once_per_run_and_never_saved(
        loop: asyncio.AbstractEventLoop, server: CmapiServer, manager: DeviceManager,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    prompt = Prompt(TOKEN)
    manager.token_prompt = prompt
    manager.add_remote(Endpoint(server.url, "Office"), "")
    dc = run(loop, _open(manager, server.url))
    assert dc.state != "error" and prompt.asked == [server.url]
    dc = run(loop, _reopen(manager, server.url))
    assert dc.state != "error" and prompt.asked == [server.url]  # kept for the run
    assert not _kept_anywhere(TOKEN)
    assert TOKEN not in caplog.text


def test_cancel_does_not_open_and_says_so(
        loop: asyncio.AbstractEventLoop, server: CmapiServer, manager: DeviceManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    prompt = Prompt(None, TOKEN)
    manager.token_prompt = prompt
    said: list[str] = []

    def watch(dc: object) -> None:
        if isinstance(dc, DeviceController):
            dc.errorOccurred.connect(said.append)

    manager.currentChanged.connect(watch)
    dc = run(loop, _open(manager, server.url))
    assert dc.state == "error"
    assert said == ["Not opened: no access token was given. Choose the endpoint again to "
                    "type it."]
    dc = run(loop, _open(manager, server.url))  # chosen again: asked again
    assert dc.state != "error" and len(prompt.asked) == 2


def test_a_refused_token_is_forgotten_and_asked_again(
        loop: asyncio.AbstractEventLoop, server: CmapiServer, manager: DeviceManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    prompt = Prompt("wrong-token-0123456789abcdef", TOKEN)
    manager.token_prompt = prompt
    dc = run(loop, _open(manager, server.url))
    assert dc.state == "error" and manager.tokens.known(server.url) is None
    dc = run(loop, _open(manager, server.url))
    assert dc.state != "error" and len(prompt.asked) == 2


def test_nothing_is_asked_when_secrets_are_stored(
        loop: asyncio.AbstractEventLoop, server: CmapiServer, manager: DeviceManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMGUI_SECRETS", raising=False)  # the test keyring: secure
    prompt = Prompt(TOKEN)
    manager.token_prompt = prompt
    manager.add_remote(Endpoint(server.url), TOKEN)  # into the keyring
    dc = run(loop, _open(manager, server.url))
    assert dc.state != "error" and prompt.asked == []


def test_an_added_endpoints_token_is_used_for_the_run(
        loop: asyncio.AbstractEventLoop, server: CmapiServer, manager: DeviceManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    prompt = Prompt()
    manager.token_prompt = prompt
    said: list[str] = []
    manager.errorOccurred.connect(said.append)
    manager.add_remote(Endpoint(server.url, "Office"), TOKEN)
    assert len(said) == 1 and "kept only until cmgui quits" in said[0]
    dc = run(loop, _open(manager, server.url))
    assert dc.state != "error" and prompt.asked == []
    assert not _kept_anywhere(TOKEN)


def test_only_the_apps_opening_asks(loop: asyncio.AbstractEventLoop,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside the app's opening of a device (cmcli), a missing token is missing: no prompt."""
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    monkeypatch.delenv("CMGUI_TOKEN", raising=False)
    monkeypatch.delenv("CMGUI_TOKEN_FILE", raising=False)
    address = "https://h.example:8443/cmapi"
    prompt = Prompt("typed-token-0123456789")
    tokens = TypedTokens(prompt)
    assert run(loop, find_token(address)) is None and prompt.asked == []

    async def opening() -> str | None:
        with typing_tokens(tokens):
            return await find_token(address)

    assert run(loop, opening()) == "typed-token-0123456789" and prompt.asked == [address]
    assert run(loop, find_token(address)) is None  # the typed token stays the app's


def _token_dialog() -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() \
                and widget.windowTitle().startswith("Access token for "):
            return widget
    return None


def test_the_prompt_is_a_password_field_and_cancel_gives_none(
        qtbot: QtBot, loop: asyncio.AbstractEventLoop) -> None:
    window = QWidget()  # the main window: closing the prompt does not quit the app
    qtbot.addWidget(window)
    window.show()
    prompt = endpoint_token_prompt(window)

    async def answer(text: str | None) -> str | None:
        task = asyncio.ensure_future(prompt("https://h.example:8443/cmapi"))
        await until(_token_dialog)
        dialog = _token_dialog()
        assert dialog is not None
        assert dialog.windowTitle() == "Access token for https://h.example:8443/cmapi"
        field = dialog.findChild(QLineEdit)
        assert field is not None and field.echoMode() == QLineEdit.EchoMode.Password
        if text is None:
            dialog.reject()
        else:
            field.setText(text)
            dialog.accept()
        return await task

    assert run(loop, answer(TOKEN)) == TOKEN
    assert run(loop, answer(None)) is None
    assert run(loop, answer("")) == ""  # an endpoint that needs none
