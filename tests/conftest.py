"""Project-wide test set-up: isolated data/config dirs, offscreen Qt, an in-memory keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.pg_fixtures"]


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data and config directories; nothing touches the user's."""
    root = tmp_path_factory.mktemp("cmgui-home")
    monkeypatch.setenv("CMGUI_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("CMGUI_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "xdg-config"))
    monkeypatch.delenv("CMGUI_DEVICE", raising=False)
    monkeypatch.delenv("CMGUI_SECRETS", raising=False)
    monkeypatch.delenv("CMGUI_STORE", raising=False)
    monkeypatch.delenv("CMGUI_USER", raising=False)
    monkeypatch.setenv("CMGUI_PROVISIONING", "none")  # no vendor file of this machine's
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # secrets stay in this test's memory
    yield root
    keyring.set_keyring(previous)
