"""The throw-away PostgreSQL cluster the engine tests run on."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests import pg_cluster as cluster_module
from tests.pg_cluster import PgCluster


def test_fresh_database_per_test_is_empty_and_writable(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchone() == (0,)
        conn.execute("CREATE TABLE t (x int)")
        conn.execute("INSERT INTO t VALUES (1)")
        assert conn.execute("SELECT x FROM t").fetchall() == [(1,)]


def test_databases_are_separate(pg_cluster: PgCluster) -> None:
    first, second = pg_cluster.create_database(), pg_cluster.create_database()
    assert first != second
    with psycopg.connect(first) as conn:
        conn.execute("CREATE TABLE only_here (x int)")
    with psycopg.connect(second) as conn:
        found = conn.execute("SELECT to_regclass('only_here')").fetchone()
        assert found == (None,)
        assert conn.info.server_version // 10000 >= 15


def test_missing_binaries_are_a_clear_failure(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_module, "_DEBIAN_ROOT", tmp_path / "none")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("PG_BINDIR", raising=False)
    with pytest.raises(cluster_module.PostgresMissing, match="install Debian's 'postgresql'"):
        cluster_module.find_bindir()
