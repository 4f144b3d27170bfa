"""pytest fixtures for a real PostgreSQL: one throw-away cluster per session, one database per test.

Registered in tests/conftest.py through ``pytest_plugins``. Without PostgreSQL's binaries the
tests that use these fixtures fail with a clear message (CI installs Debian's ``postgresql``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg_cluster import PgCluster, PostgresMissing


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A PostgreSQL server started for this test session and removed after it."""
    try:
        cluster = PgCluster()
    except PostgresMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        cluster.start()
    except Exception as exc:
        log = cluster.log()
        cluster.stop()
        pytest.fail(f"could not start the test PostgreSQL cluster: {exc}\n{log}", pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """``postgresql://`` URL of a fresh, empty database for this test (dropped afterwards)."""
    url = pg_cluster.create_database()
    yield url
    pg_cluster.drop_database(url.rsplit("/", 1)[1])


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store on each engine: a SQLite file under tmp_path (as a path), or a fresh
    database of the session's PostgreSQL cluster (as a URL)."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "cmgui.sqlite3")
