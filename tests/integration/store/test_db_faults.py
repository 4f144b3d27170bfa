"""A damaged, empty or unwritable database: cmcli says so in one line and exits 1 (issue 11,
finding 7); exit 2 stays for usage errors; nothing is silently recreated."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from cmgui.cli import main
from cmgui.paths import data_dir
from cmgui.store.db import DATABASE_FILE, Database, keep_copy, translate
from cmgui.store.errors import DatabaseDamaged, DatabaseReadOnly
from cmgui.store.host import Stores
from cmgui.store.profiles import Profile


def _db_path() -> Path:
    return data_dir() / DATABASE_FILE


def _one_line_failure(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert code == 1, captured.err
    assert "Traceback" not in captured.err + captured.out
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("cmcli: ")
    return lines[0]


def _damage(path: Path) -> None:
    """Overwrite everything after the header page with garbage (the tables' pages)."""
    data = bytearray(path.read_bytes())
    assert len(data) > 8192
    page = int.from_bytes(data[16:18], "big") or 65536
    data[page:] = b"\xa5" * (len(data) - page)
    path.write_bytes(bytes(data))


def _populated() -> Path:
    stores = Stores.open()
    try:
        import asyncio

        async def fill() -> None:
            for n in range(20):
                await stores.profiles.add(Profile(name=f"p{n}", apn=f"apn{n}.example"))

        asyncio.run(fill())
    finally:
        stores.close()
    return _db_path()


def test_an_empty_file_is_reported_not_recreated(capsys: pytest.CaptureFixture[str]) -> None:
    path = _db_path()
    path.write_bytes(b"")
    line = _one_line_failure(capsys, "sms", "archive")
    assert "empty (0 bytes)" in line and str(path) in line
    assert path.stat().st_size == 0  # left as it was, for the user to look at


def test_damaged_pages_are_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    path = _populated()
    _damage(path)
    line = _one_line_failure(capsys, "profiles", "list")
    assert "damaged" in line and str(path) in line


def test_a_file_that_is_not_a_database(capsys: pytest.CaptureFixture[str]) -> None:
    _db_path().write_bytes(b"not a database at all " * 500)
    line = _one_line_failure(capsys, "records")
    assert "damaged" in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only file")
def test_a_read_only_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = _populated()
    path.chmod(0o444)
    try:
        line = _one_line_failure(capsys, "profiles", "list")
    finally:
        path.chmod(0o644)
    assert "cannot be written" in line


def test_a_file_this_user_may_not_write(capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, where chmod does not stop a write: what the permission check sees is faked."""
    path = _populated()
    real_access = os.access
    monkeypatch.setattr("cmgui.store.engine_sqlite.os.access",
                        lambda p, mode: mode != os.W_OK and real_access(p, mode))
    line = _one_line_failure(capsys, "profiles", "list")
    assert "cannot be written" in line and str(path) in line


def test_sqlite_read_only_errors_are_translated(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    found = translate(path, sqlite3.OperationalError("attempt to write a readonly database"))
    assert isinstance(found, DatabaseReadOnly) and "write access" in str(found)
    malformed = translate(path, sqlite3.DatabaseError("database disk image is malformed"))
    assert isinstance(malformed, DatabaseDamaged)
    assert translate(path, sqlite3.IntegrityError("UNIQUE constraint failed")) is None


def test_damage_met_by_a_write_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    with Database(path, ["CREATE TABLE a (x);"]) as db:
        db.write(lambda c: c.executemany("INSERT INTO a VALUES (?)",
                                         [(b"x" * 2000,) for _ in range(50)])).result()
    _damage(path)
    with pytest.raises(DatabaseDamaged), Database(
            path, ["CREATE TABLE a (x);"]) as damaged:
        damaged.write(lambda c: c.execute("SELECT count(*) FROM a").fetchone()).result()


def test_usage_errors_still_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sms", "archive", "--limit", "0"]) == 2


def test_keep_copy_copies_the_file_and_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    path.write_bytes(b"main")
    path.with_name("d.sqlite3-wal").write_bytes(b"wal")
    copy = keep_copy(path)
    assert copy.read_bytes() == b"main"
    assert copy.with_name(copy.name + "-wal").read_bytes() == b"wal"
