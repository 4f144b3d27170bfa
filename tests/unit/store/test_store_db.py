"""Database: WAL, migrations by user_version, the writer thread, readers beside a writer."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cmgui.store.db import Database, split_sql
from cmgui.store.errors import DatabaseDamaged, MigrationError, SchemaTooNewError, StoreError
from cmgui.store.schema import MIGRATIONS

V1 = "CREATE TABLE a (x INTEGER);"
V2 = "CREATE TABLE b (y TEXT);\nINSERT INTO b VALUES ('x;y');"


def test_fresh_database_is_wal_and_at_latest_version(tmp_path: Path) -> None:
    with Database(tmp_path / "d.sqlite3") as db:
        assert db.version == len(MIGRATIONS)
        mode = db.read(lambda c: c.execute("PRAGMA journal_mode").fetchone()[0])
        assert mode == "wal"
        assert db.read(lambda c: c.execute("PRAGMA foreign_keys").fetchone()[0]) == 1


def test_migrations_apply_in_order_and_only_once(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    with Database(path, [V1]) as db:
        assert db.version == 1
        db.write(lambda c: c.execute("INSERT INTO a VALUES (1)")).result()
    with Database(path, [V1, V2]) as db:
        assert db.version == 2
        assert db.read(lambda c: c.execute("SELECT y FROM b").fetchall()[0][0]) == "x;y"
        assert db.read(lambda c: c.execute("SELECT x FROM a").fetchall()[0][0]) == 1


def test_failed_migration_leaves_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    Database(path, [V1]).close()
    broken = "CREATE TABLE c (z INTEGER);\nINSERT INTO nowhere VALUES (1);"
    with pytest.raises(MigrationError, match="schema version 2"):
        Database(path, [V1, broken])
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "c" not in names
    conn.close()


def test_newer_database_refuses_to_open(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Database(path, [V1, V2]).close()
    with pytest.raises(SchemaTooNewError, match="newer version of cmgui") as info:
        Database(path, [V1])
    assert info.value.found == 2 and info.value.known == 1


def test_not_a_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        Database(path)


def test_split_sql_keeps_triggers_whole() -> None:
    script = "CREATE TABLE t (x);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  SELECT 1;\nEND;\n"
    assert len(list(split_sql(script))) == 2
    with pytest.raises(MigrationError):
        list(split_sql("CREATE TABLE t (x"))


def test_write_rolls_back_on_error_and_reports_it(tmp_path: Path) -> None:
    with Database(tmp_path / "d.sqlite3", [V1]) as db:
        def bad(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO a VALUES (1)")
            raise ValueError("boom")

        with pytest.raises(ValueError, match="boom"):
            db.write(bad).result()
        assert db.read(lambda c: c.execute("SELECT count(*) FROM a").fetchone()[0]) == 0


def test_writes_run_on_one_thread_off_the_caller(tmp_path: Path) -> None:
    with Database(tmp_path / "d.sqlite3", [V1]) as db:
        names = {db.write(lambda c: threading.current_thread().name).result() for _ in range(5)}
        assert names == {"cmgui-db-writer"}
        assert threading.current_thread().name not in names


def test_reader_is_not_blocked_by_an_open_write_transaction(tmp_path: Path) -> None:
    with Database(tmp_path / "d.sqlite3", [V1]) as db:
        db.write(lambda c: c.execute("INSERT INTO a VALUES (1)")).result()
        inside, release = threading.Event(), threading.Event()

        def slow(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO a VALUES (2)")
            inside.set()
            assert release.wait(5)

        future = db.write(slow)
        assert inside.wait(5)
        # The writer holds its transaction open; the reader still answers, from the last commit.
        assert db.read(lambda c: c.execute("SELECT count(*) FROM a").fetchone()[0]) == 1
        release.set()
        future.result()
        assert db.read(lambda c: c.execute("SELECT count(*) FROM a").fetchone()[0]) == 2


def test_readers_cannot_write(tmp_path: Path) -> None:
    with Database(tmp_path / "d.sqlite3", [V1]) as db, pytest.raises(sqlite3.OperationalError):
        db.read(lambda c: c.execute("INSERT INTO a VALUES (1)"))


async def test_awrite_and_closed_database(tmp_path: Path) -> None:
    db = Database(tmp_path / "d.sqlite3", [V1])
    assert await db.awrite(lambda c: c.execute("INSERT INTO a VALUES (5)").rowcount) == 1
    assert await db.aread(lambda c: c.execute("SELECT x FROM a").fetchone()[0]) == 5
    db.close()
    with pytest.raises(StoreError, match="closed"):
        db.write(lambda c: None)
    with pytest.raises(StoreError, match="closed"):
        db.read(lambda c: None)


def test_default_locations_follow_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cmgui.store.db import database_path
    from cmgui.store.settings import Settings

    monkeypatch.setenv("CMGUI_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("CMGUI_CONFIG_DIR", str(tmp_path / "c"))
    assert database_path() == tmp_path / "d" / "cmgui.sqlite3"
    assert database_path(tmp_path) == tmp_path / "cmgui.sqlite3"
    assert Settings.open_default().path == tmp_path / "c" / "settings.json"


def test_processes_creating_the_database_at_once_all_open_it(tmp_path: Path) -> None:
    """A new file appears whole: no opener meets SQLite's 0-byte start and calls it cut short."""
    code = ("import sys\nfrom cmgui.store.db import Database\nsys.stdin.readline()\n"
            "Database(sys.argv[1]).close()\n")
    for attempt in range(5):
        path = tmp_path / f"new{attempt}" / "cmgui.sqlite3"
        procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], text=True,
                                  stdin=subprocess.PIPE, stderr=subprocess.PIPE)
                 for _ in range(4)]
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
        assert [p.name for p in path.parent.iterdir() if p.name.endswith(".new")] == []
