"""A throw-away PostgreSQL cluster for tests: Debian's binaries, ``initdb`` in a temporary dir.

Trust authentication, a unix socket in the cluster's own directory and a free loopback TCP port;
nothing outside the temporary directory is touched. ``initdb`` refuses to run as root, so when the
tests run as root the server runs as an unprivileged user (``nobody``) and the directory belongs
to that user. Missing binaries raise :class:`PostgresMissing` (a clear failure, never a skip: CI
installs Debian's ``postgresql`` package, ``make setup`` does too).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

SUPERUSER = "cmgui_test"
_DEBIAN_ROOT = Path("/usr/lib/postgresql")
_counter = itertools.count(1)


class PostgresMissing(RuntimeError):
    """No PostgreSQL server binaries (initdb, pg_ctl) on this machine."""


def find_bindir() -> Path:
    """The bin directory of the newest PostgreSQL: ``$PG_BINDIR``, Debian's, or ``$PATH``."""
    explicit = os.environ.get("PG_BINDIR")
    candidates: list[Path] = [Path(explicit)] if explicit else []

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(p) for p in re.findall(r"\d+", path.name)) or (0,)

    if _DEBIAN_ROOT.is_dir():
        candidates += [d / "bin" for d in sorted(_DEBIAN_ROOT.iterdir(), key=version, reverse=True)]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    raise PostgresMissing(
        "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin, "
        "$PG_BINDIR or $PATH; install Debian's 'postgresql' package (make setup does)")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PgCluster:
    """One PostgreSQL server in a temporary directory; :meth:`stop` stops it and removes it all."""

    def __init__(self, bindir: Path | None = None) -> None:
        self.bindir = bindir or find_bindir()
        as_root = os.geteuid() == 0
        # The unprivileged server must reach its directory: under /tmp, not a private $TMPDIR.
        parent = "/tmp" if as_root and os.path.isdir("/tmp") else None
        self.root = Path(tempfile.mkdtemp(prefix="cmgui-pg-", dir=parent))
        self.datadir = self.root / "data"
        self.sockdir = self.root / "sock"
        self.port = _free_port()
        self.host = "127.0.0.1"
        self._run_as: pwd.struct_passwd | None = None
        if as_root:
            self._run_as = pwd.getpwnam(os.environ.get("PG_TEST_USER", "nobody"))
        self.started = False

    # -- running the binaries -------------------------------------------------------------

    def _run(self, args: Sequence[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, Any] = {}
        env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
        if self._run_as is not None:
            kwargs.update(user=self._run_as.pw_uid, group=self._run_as.pw_gid, extra_groups=[])
            env["HOME"] = str(self.root)
        result = subprocess.run([str(self.bindir / args[0]), *args[1:]], env=env,
                                cwd=self.root, capture_output=True, text=True,
                                timeout=120, check=False, **kwargs)
        if check and result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({result.returncode}):\n"
                               f"{result.stdout}\n{result.stderr}")
        return result

    def start(self) -> PgCluster:
        """initdb, start and wait until the server accepts connections."""
        self.sockdir.mkdir()
        if self._run_as is not None:
            for path in (self.root, self.sockdir):
                os.chown(path, self._run_as.pw_uid, self._run_as.pw_gid)
        self._run(["initdb", "-D", str(self.datadir), "-U", SUPERUSER, "--auth=trust",
                   "--encoding=UTF8", "--no-sync"])
        options = (f"-c listen_addresses={self.host} -c port={self.port} "
                   f"-c unix_socket_directories={self.sockdir} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run(["pg_ctl", "-D", str(self.datadir), "-l", str(self.root / "server.log"),
                   "-o", options, "-w", "-t", "60", "start"])
        self.started = True
        atexit.register(self.stop)  # no server left behind by an interrupted session
        return self

    def stop(self) -> None:
        """Stop the server (fast shutdown) and remove the directory."""
        atexit.unregister(self.stop)
        try:
            if self.started:
                self._run(["pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "stop"],
                          check=False)
                self.started = False
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        """The server log so far (for failure messages)."""
        with contextlib.suppress(OSError):
            return (self.root / "server.log").read_text(errors="replace")
        return ""

    # -- databases ------------------------------------------------------------------------

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    def execute(self, sql: str, dbname: str = "postgres") -> None:
        """Run one statement as the superuser (autocommit: CREATE DATABASE needs it)."""
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            conn.execute(sql.encode())

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its URL."""
        name = name or f"t{os.getpid()}_{next(_counter)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def __enter__(self) -> PgCluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
