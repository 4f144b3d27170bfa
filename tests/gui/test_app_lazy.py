"""AppController builds a page's controller on first use (issue 12, start-up): what the first
look at a device needs is there at once, every other controller follows the current device and
reports its errors once built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.store.secrets import SecretStore

from tests.gui.conftest import delete_now, run

pytestmark = [pytest.mark.gui]

ROOT = Path(__file__).resolve().parents[2]
LAZY = ("messages", "ussd", "connection", "statistics", "usage", "wlan", "gateway", "fleet",
        "team")


@pytest.fixture
def app(loop: Any, tmp_path: Path, secrets: SecretStore) -> Any:
    app = AppController(tmp_path, secrets=secrets, follow_team=False)
    yield app
    run(loop, app.shutdown())
    delete_now(app)


def test_importing_the_app_controller_imports_no_later_page() -> None:
    later = ["cmgui.controllers." + name for name in
             ("messages", "ussd", "connection", "statistics", "usage", "wlan", "gateway",
              "fleet", "team_live")]
    code = ("import sys, cmgui.controllers.app; "
            f"print([m for m in {later!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=60).stdout
    assert out.strip() == "[]"


def test_only_the_first_look_is_built_at_start(app: AppController) -> None:
    assert app.pages == [app.network, app.sim]
    assert not [name for name in LAZY if name in app.__dict__]


def test_a_page_built_later_follows_the_device_and_reports_errors(
        app: AppController, loop: Any) -> None:
    dc = run(loop, app.open_device("virtual"))
    assert dc is not None and dc.state == "locked"
    said: list[str] = []
    app.pageError.connect(said.append)
    messages = app.messages  # built now, after the device opened
    assert app.messages is messages and messages in app.pages
    assert messages.device is dc
    messages.errorOccurred.emit("the archive is busy")
    app.sim.errorOccurred.emit("wrong PIN")
    assert said == ["the archive is busy", "wrong PIN"]
    run(loop, app.shutdown())
    assert messages.device is None and app.sim.device is None


def test_the_connection_controller_gets_the_apps_hooks(app: AppController) -> None:
    async def prompt(_profile: Any) -> str | None:
        return None

    app.password_prompt = prompt
    assert app.connection.password_prompt is prompt
    app.settings.set("connection.auto_reconnect", True)
    assert app.connection.reconnect_allowed()
    app.settings.set("connection.auto_reconnect", False)
    assert not app.connection.reconnect_allowed()
