"""No secure keyring in the app (issue 11, finding 3): the notice is shown once and its answer
kept; the encrypted file's passphrase is set (twice), asked once per run, a wrong one is said
and asked again, Cancel goes on without stored secrets and says so; nothing raises."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.null
import pytest
from cmgui.controllers.app import AppController
from cmgui.controllers.connection_models import Profile
from cmgui.controllers.devices import DeviceManager, Endpoint
from cmgui.controllers.secrets_choice import SecretsChoiceController
from cmgui.controllers.settings import SettingsController
from cmgui.paths import config_dir
from cmgui.service.saved_devices import SavedEndpoints
from cmgui.store import secrets as secrets_module
from cmgui.store.secret_file import FILE_NAME
from cmgui.store.secrets import NoSecretStorage, SecretStore
from cmgui.store.settings import Settings
from cmgui.views.secrets_dialogs import SecretsSetup, profile_password_prompt
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import delete_now, run, until
from tests.gui.fakes import FakeDevice

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def no_secure_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """keyring finds nothing secure (its "null" backend), as on a server or in a container."""
    monkeypatch.delenv("CMGUI_SECRETS_PASSPHRASE", raising=False)
    monkeypatch.setattr(secrets_module, "_file_backends", {})
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.null.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def settings() -> Iterator[SettingsController]:
    ctrl = SettingsController(Settings(config_dir()))
    yield ctrl
    delete_now(ctrl)


def new_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next start of the app: the encrypted file is locked again."""
    monkeypatch.setattr(secrets_module, "_file_backends", {})


def _saved_choice() -> Any:
    doc = json.loads((config_dir() / "settings.json").read_text())
    return doc["values"].get("secrets.storage")


class Flow:
    """A SecretsSetup as the app starts it, with what it showed."""

    def __init__(self, settings: SettingsController) -> None:
        self.ctrl = SecretsChoiceController(settings)
        self.setup = SecretsSetup(self.ctrl)
        self.finished = 0
        self.setup.finished.connect(self._done)

    def _done(self) -> None:
        self.finished += 1

    def close(self) -> None:
        for dialog in (self.setup.notice, self.setup.passphrase, self.setup.without):
            if dialog is not None:
                dialog.close()
        delete_now(self.setup, self.ctrl)


@pytest.fixture
def flows(settings: SettingsController) -> Iterator[list[Flow]]:
    made: list[Flow] = []
    yield made
    for flow in made:
        flow.close()


def _start(flows: list[Flow], settings: SettingsController) -> Flow:
    flow = Flow(settings)
    flows.append(flow)
    flow.setup.start()
    return flow


def test_the_notice_is_shown_once_and_its_answer_kept(
        qtbot: QtBot, settings: SettingsController, flows: list[Flow]) -> None:
    first = _start(flows, settings)
    notice = first.setup.notice
    assert notice is not None and notice.isVisible()
    assert notice.windowTitle() == "No secure keyring"
    qtbot.mouseClick(notice.ask_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: first.finished == 1)
    assert _saved_choice() == "none"
    assert first.setup.passphrase is None  # nothing to unlock with "ask each time"
    with pytest.raises(NoSecretStorage, match="give them each time"):
        SecretStore().require_storage()

    again = _start(flows, settings)  # the next start: nothing asked
    assert again.finished == 1 and again.setup.notice is None


def test_cmgui_secrets_wins_over_the_notice(
        monkeypatch: pytest.MonkeyPatch, settings: SettingsController, flows: list[Flow]) -> None:
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    flow = _start(flows, settings)
    assert flow.finished == 1 and flow.setup.notice is None
    assert _saved_choice_or_none() is None


def _saved_choice_or_none() -> Any:
    path = config_dir() / "settings.json"
    return _saved_choice() if path.exists() else None


def _choose_file(qtbot: QtBot, flow: Flow) -> None:
    notice = flow.setup.notice
    assert notice is not None
    notice.file_button.click()
    qtbot.waitUntil(lambda: flow.setup.passphrase is not None)


def test_the_encrypted_file_set_confirmed_and_used(
        qtbot: QtBot, settings: SettingsController, flows: list[Flow]) -> None:
    flow = _start(flows, settings)
    _choose_file(qtbot, flow)
    assert _saved_choice() == "file"
    dialog = flow.setup.passphrase
    assert dialog is not None and dialog.new and dialog.confirmation.isVisibleTo(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirmation.setText(PASSPHRASE + "x")
    dialog.ok_button.click()
    assert dialog.isVisible() and "differ" in dialog.error.text()
    assert dialog.passphrase.text() == ""  # typed again, both
    dialog.passphrase.setText("short")
    dialog.confirmation.setText("short")
    dialog.ok_button.click()
    assert dialog.isVisible() and "at least 8 characters" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirmation.setText(PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: flow.finished == 1)
    SecretStore().set("profile:1:password", "s3cret-apn-pw")
    stored = (config_dir() / FILE_NAME).read_text()
    assert "s3cret-apn-pw" not in stored and '"check"' in stored
    assert SecretStore().get("profile:1:password") == "s3cret-apn-pw"


def _with_file(qtbot: QtBot, settings: SettingsController, flows: list[Flow],
               monkeypatch: pytest.MonkeyPatch) -> Flow:
    """A first run that set the passphrase and kept a secret; then the next run starts."""
    flow = _start(flows, settings)
    _choose_file(qtbot, flow)
    assert flow.setup.passphrase is not None
    flow.setup.passphrase.passphrase.setText(PASSPHRASE)
    flow.setup.passphrase.confirmation.setText(PASSPHRASE)
    flow.setup.passphrase.ok_button.click()
    qtbot.waitUntil(lambda: flow.finished == 1)
    SecretStore().set("endpoint:https://h:8443/cmapi:token", "tok-0123456789")
    new_run(monkeypatch)
    again = _start(flows, settings)
    assert again.setup.notice is None  # answered before
    qtbot.waitUntil(lambda: again.setup.passphrase is not None)
    return again


def test_a_wrong_passphrase_is_said_and_asked_again(
        qtbot: QtBot, settings: SettingsController, flows: list[Flow],
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    flow = _with_file(qtbot, settings, flows, monkeypatch)
    dialog = flow.setup.passphrase
    assert dialog is not None and not dialog.new
    assert not dialog.confirmation.isVisibleTo(dialog)  # unlocking asks once
    dialog.passphrase.setText("not the passphrase")
    dialog.ok_button.click()
    assert dialog.isVisible() and "not the passphrase" in dialog.error.text()
    assert flow.finished == 0
    dialog.passphrase.setText(PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: flow.finished == 1)
    assert SecretStore().get("endpoint:https://h:8443/cmapi:token") == "tok-0123456789"
    assert not any(r.exc_info for r in caplog.records)
    assert "Traceback" not in caplog.text


def test_cancel_runs_without_stored_secrets_and_says_so(
        qtbot: QtBot, settings: SettingsController, flows: list[Flow],
        monkeypatch: pytest.MonkeyPatch) -> None:
    flow = _with_file(qtbot, settings, flows, monkeypatch)
    assert flow.setup.passphrase is not None
    flow.setup.passphrase.cancel_button.click()
    qtbot.waitUntil(lambda: flow.finished == 1)
    without = flow.setup.without
    assert without is not None and without.isVisible()
    assert "without the encrypted file" in without.text()
    store = SecretStore()
    assert not store.available
    assert store.get("endpoint:https://h:8443/cmapi:token") is None  # asked instead
    with pytest.raises(NoSecretStorage, match="stays locked"):
        store.set("profile:2:password", "another-pw")
    assert flow.ctrl.passphrase_needed() is False  # not asked again in this run


def test_the_passphrase_variable_still_unlocks_headless(
        qtbot: QtBot, settings: SettingsController, flows: list[Flow],
        monkeypatch: pytest.MonkeyPatch) -> None:
    flow = _start(flows, settings)
    _choose_file(qtbot, flow)
    flow.close()
    flows.remove(flow)
    new_run(monkeypatch)
    monkeypatch.setenv("CMGUI_SECRETS_PASSPHRASE", PASSPHRASE)
    again = _start(flows, settings)
    assert again.finished == 1 and again.setup.passphrase is None
    SecretStore().set("pin:8900", "1234")
    assert SecretStore().get("pin:8900") == "1234"


def test_a_profile_password_is_asked_when_secrets_are_not_stored(
        qtbot: QtBot, loop: asyncio.AbstractEventLoop, settings: SettingsController,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    ctrl = SecretsChoiceController(settings)
    window = QWidget()  # the main window: closing the prompt does not quit the app
    qtbot.addWidget(window)
    window.show()
    prompt = profile_password_prompt(ctrl, window)
    profile = Profile("corp", "corp.apn", "bob", "PAP", "IPv4", False, False, False)
    try:
        async def no_user() -> str | None:
            return await prompt(Profile("open", "internet", "", "none", "IPv4", False, False,
                                        False))

        assert run(loop, no_user()) == ""  # no user name: nothing to ask

        async def typed(answer: str | None) -> str | None:
            task = asyncio.ensure_future(prompt(profile))
            await until(_open_prompt)
            dialog = _open_prompt()
            assert dialog is not None
            if answer is None:
                dialog.reject()
            else:
                field = dialog.findChild(QLineEdit)
                assert field is not None
                field.setText(answer)
                dialog.accept()
            return await task

        assert run(loop, typed("pw-typed-now")) == "pw-typed-now"
        assert run(loop, typed(None)) is None
    finally:
        delete_now(ctrl)


def _open_prompt() -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() \
                and widget.windowTitle() == "Password for corp":
            return widget
    return None


def test_connecting_asks_for_a_password_that_is_not_stored_once_per_run(
        loop: asyncio.AbstractEventLoop, app_ctrl: AppController,
        devices: dict[str, FakeDevice], monkeypatch: pytest.MonkeyPatch) -> None:
    dc = run(loop, app_ctrl.open_device("fake"))
    assert dc is not None
    c = app_ctrl.connection
    op = c.save_profile(Profile("Work", "work.apn", "me"), None)  # no password kept
    run(loop, until(lambda: not op.running))
    profile = c.profiles.record(0)
    assert not profile.has_password
    sent: list[str] = []
    real_connect = devices["fake"].net_connect_srv_connect_async

    async def connect(**kwargs: Any) -> Any:
        sent.append(kwargs.get("password", ""))
        return await real_connect(**kwargs)

    monkeypatch.setattr(devices["fake"], "net_connect_srv_connect_async", connect)
    answers: list[str | None] = [None, "typed-pw"]
    asked: list[str] = []

    async def prompt(p: Profile) -> str | None:
        asked.append(p.name)
        return answers.pop(0)

    c.password_prompt = prompt
    op = c.connect_profile(profile)  # cancelled at the prompt: no connection attempt
    run(loop, until(lambda: not op.running))
    assert sent == [] and c.state == "disconnected"
    op = c.connect_profile(profile)
    run(loop, until(lambda: c.state == "connected"))
    assert sent == ["typed-pw"]
    op = c.disconnect_session()
    run(loop, until(lambda: c.state == "disconnected" and not op.running))
    op = c.connect_profile(profile)  # the password typed this run is used again
    run(loop, until(lambda: c.state == "connected"))
    assert sent == ["typed-pw", "typed-pw"] and asked == ["Work", "Work"]


def test_an_endpoint_added_without_a_place_for_its_token_is_listed_and_said(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    manager = DeviceManager(endpoints=SavedEndpoints(tmp_path, SecretStore()))
    said: list[str] = []
    manager.errorOccurred.connect(said.append)
    try:
        manager.add_remote(Endpoint("https://h.example:8443/cmapi", "Office"), "tok-" + "x" * 24)
        assert manager.model.row_of("https://h.example:8443/cmapi") >= 0
        assert len(said) == 1 and "kept only until cmgui quits" in said[0]
        assert manager.tokens.known("https://h.example:8443/cmapi") == "tok-" + "x" * 24
    finally:
        delete_now(manager)
