"""Files replaced whole (cmgui.common.files): flushed to disk unless told not to, never half."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cmgui.common import files


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        calls.append(fd)
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return calls


def test_durable_by_default(tmp_path: Path, synced: list[int]) -> None:
    target = tmp_path / "sub" / "settings.toml"
    files.atomic_write_text(target, "a = 1\n")
    assert target.read_text(encoding="utf-8") == "a = 1\n"
    assert len(synced) == 1


def test_not_flushed_to_disk_when_asked(tmp_path: Path, synced: list[int]) -> None:
    target = tmp_path / "state.json"
    target.write_text("old", encoding="utf-8")
    files.atomic_write_text(target, "new", durable=False)
    assert target.read_text(encoding="utf-8") == "new"
    assert synced == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    target.write_text("old", encoding="utf-8")

    def fail(out: object) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        files.atomic_write(target, fail, durable=False)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_the_demo_modem_state_is_not_flushed_each_command(
        tmp_path: Path, synced: list[int]) -> None:
    from cmgui.drivers.virtual.state_file import StateFile

    state = StateFile(tmp_path / "generic.json")
    with state.locked():
        state.write('{"pin":"locked"}')
    assert state.read() == '{"pin":"locked"}'
    assert synced == []
