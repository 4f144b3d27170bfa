"""Sending SMS needs an operator on a shared store, checked in the service layer (the app's
fleet page goes through the workspace); on SQLite nothing is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmgui.service.fleet_workspace import FleetWorkspace
from cmgui.service.team import NotAllowed, Team, require_to_send_in_use
from cmgui.store.engine import Database
from cmgui.store.team import TeamStore


async def test_a_viewer_may_not_send_an_operator_may(
        pg_url: str, team_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = TeamStore(team_db)
    await Team(store, "ann").add("ann", "admin")
    await Team(store, "ann").add("otto", "operator")
    await Team(store, "ann").add("victor", "viewer")
    monkeypatch.setenv("CMGUI_STORE", pg_url)
    workspace = FleetWorkspace(config_dir=tmp_path / "config", data_dir=tmp_path / "data")
    try:
        monkeypatch.setenv("CMGUI_USER", "victor")
        with pytest.raises(NotAllowed, match="may not send SMS"):
            await workspace.require_to_send()
        with pytest.raises(NotAllowed, match="may not send SMS"):
            await require_to_send_in_use()
        monkeypatch.setenv("CMGUI_USER", "otto")
        await workspace.require_to_send()
        assert await require_to_send_in_use() == "otto"
    finally:
        await workspace.close()


async def test_nothing_is_refused_on_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMGUI_USER", "victor")
    assert await require_to_send_in_use() is None
