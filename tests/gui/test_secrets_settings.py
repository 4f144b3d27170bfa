"""The settings page's "where secrets are kept" (``secrets.storage``, issue 11): what is in effect
and why (CMGUI_SECRETS, no secure keyring, a locked encrypted file), a change that applies at once
to secrets saved from then on while those stored before stay where they are, the encrypted
file's passphrase asked at once, and the vendor's fixed or hidden setting honoured."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import keyring
import keyring.backends.null
import pytest
from cmgui.controllers.settings import SettingsController
from cmgui.paths import config_dir
from cmgui.service.provisioned_settings import ProvisionedSettings
from cmgui.service.provisioning import Product, Provisioning
from cmgui.store import secrets as secrets_module
from cmgui.store.secrets import SecretStore
from cmgui.store.settings import Settings
from cmgui.views.settings_page import SettingsPage
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from tests.gui.conftest import delete_now

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMGUI_SECRETS", raising=False)
    monkeypatch.delenv("CMGUI_SECRETS_PASSPHRASE", raising=False)
    monkeypatch.setattr(secrets_module, "_file_backends", {})


@pytest.fixture
def no_secure_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.null.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def make_page(qtbot: QtBot) -> Iterator[Callable[..., SettingsPage]]:
    made: list[SettingsController] = []

    def make(provisioning: Provisioning | None = None) -> SettingsPage:
        store = Settings(config_dir()) if provisioning is None \
            else ProvisionedSettings(config_dir(), provisioning)
        ctrl = SettingsController(store)
        made.append(ctrl)
        page = SettingsPage(ctrl)
        qtbot.addWidget(page)
        page.show()
        return page

    yield make
    delete_now(*made)


def _saved() -> Any:
    path = config_dir() / "settings.json"
    return json.loads(path.read_text())["values"].get("secrets.storage") if path.exists() \
        else None


def _keyring_item_enabled(page: SettingsPage) -> bool:
    model = page.secret_place.model()
    assert isinstance(model, QStandardItemModel)
    return model.item(page.secret_place.findData("keyring")).isEnabled()


def _choose(page: SettingsPage, choice: str) -> None:
    page.secret_place.setCurrentIndex(page.secret_place.findData(choice))


def test_the_keyring_in_effect_and_a_change_applies_at_once_moving_nothing(
        make_page: Callable[..., SettingsPage]) -> None:
    SecretStore().set("profile:1:password", "kept-in-the-keyring")
    page = make_page()
    assert page.secret_place.currentData() == "keyring" and page.secret_place.isEnabled()
    assert _keyring_item_enabled(page) and not page.secrets_why.isVisibleTo(page)
    assert "stay where they are" in page.secrets_note.text()
    _choose(page, "none")
    assert _saved() == "none"
    assert not SecretStore().available  # at once, no restart
    assert SecretStore().get("profile:1:password") is None  # not used while "none"
    assert "Nothing is stored" in page.secrets_why.text()
    _choose(page, "keyring")
    assert SecretStore().get("profile:1:password") == "kept-in-the-keyring"  # never moved


@pytest.mark.usefixtures("no_secure_keyring")
def test_no_secure_keyring_greys_its_choice_and_says_why(
        make_page: Callable[..., SettingsPage]) -> None:
    page = make_page()
    assert not _keyring_item_enabled(page)
    assert page.secret_place.currentData() == "none"  # nothing is stored until chosen
    assert "No secure keyring on this computer." in page.secrets_why.text()


def test_cmgui_secrets_decides_and_says_so(
        make_page: Callable[..., SettingsPage], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    page = make_page()
    assert page.secret_place.currentData() == "none"
    assert not page.secret_place.isEnabled()
    assert "Set by CMGUI_SECRETS" in page.secrets_why.text()
    page.secrets.set_storage("file")  # the variable wins: nothing changes
    assert _saved() is None


@pytest.mark.usefixtures("no_secure_keyring")
def test_choosing_the_encrypted_file_asks_its_passphrase_at_once(
        qtbot: QtBot, make_page: Callable[..., SettingsPage]) -> None:
    page = make_page()
    _choose(page, "file")
    assert _saved() == "file"
    setup = page.secrets_setup
    assert setup is not None
    dialog = setup.passphrase
    assert dialog is not None and dialog.isVisible() and dialog.new
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirmation.setText(PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: setup.done)
    assert SecretStore().available and page.secret_place.currentData() == "file"
    assert not page.secrets_why.text().startswith("The encrypted file stays locked")


@pytest.mark.usefixtures("no_secure_keyring")
def test_a_passphrase_not_given_leaves_the_file_locked_and_says_so(
        qtbot: QtBot, make_page: Callable[..., SettingsPage]) -> None:
    page = make_page()
    _choose(page, "file")
    setup = page.secrets_setup
    assert setup is not None and setup.passphrase is not None
    setup.passphrase.cancel_button.click()
    qtbot.waitUntil(lambda: setup.done)
    assert setup.without is not None
    setup.without.close()
    assert not SecretStore().available
    assert "The encrypted file stays locked this time" in page.secrets_why.text()


def _vendor(**rules: Any) -> Provisioning:
    return Provisioning(product=Product(name="Fleet Connect", vendor="Acme"), **rules)


def test_a_vendor_fixed_place_cannot_be_changed(
        make_page: Callable[..., SettingsPage]) -> None:
    page = make_page(_vendor(fixed={"secrets.storage": "none"}))
    assert page.secret_place.currentData() == "none"
    assert not page.secret_place.isEnabled()
    note = page.notes.get("secrets.storage")
    assert note is not None and note.text() == "Set by Acme" and note.isVisibleTo(page)
    page.secrets.set_storage("keyring")
    assert _saved() is None


def test_a_vendor_hidden_place_is_not_shown(make_page: Callable[..., SettingsPage]) -> None:
    page = make_page(_vendor(hidden=frozenset({"secrets.storage"})))
    assert not page.secret_place.isVisibleTo(page)


def test_the_vendors_fixed_place_is_where_secrets_go(
        make_page: Callable[..., SettingsPage]) -> None:
    """Not only shown: a fixed "none" stores nothing, even with a keyring and the user's
    own setting saying "keyring"."""
    plain = Settings(config_dir())
    plain.set("secrets.storage", "keyring")
    plain.save()
    assert SecretStore().available
    page = make_page(_vendor(fixed={"secrets.storage": "none"}))
    assert page.secret_place.currentData() == "none"
    assert not SecretStore().available
    assert "Nothing is stored" in page.secrets_why.text()
