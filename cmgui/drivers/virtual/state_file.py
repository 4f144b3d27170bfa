"""Where the demo modem keeps its state: one JSON file per dialect in the data directory.

Several processes may run the same demo modem at once (the app and a cmcli in a terminal), as
two programs may share one piece of hardware. Each holds an exclusive lock on ``<name>.lock``
while it reads, changes and writes the state, and notices another's change by the content (a
few kilobytes; the file is replaced whole, never seen half-written). No lock is held between two
commands, so nobody waits for anybody but a few milliseconds.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from cmgui.common.files import atomic_write_text
from cmgui.paths import data_dir


def state_path(dialect: str) -> Path:
    """The state file of the demo modem speaking ``dialect``."""
    return data_dir() / "virtual-modem" / f"{dialect}.json"


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        fd = handle.fileno()
        if sys.platform == "win32":  # pragma: no cover
            import msvcrt

            handle.seek(0)
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)


class StateFile:
    """One saved device: :meth:`locked` around every read-change-write."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_suffix(".lock")

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        with _exclusive(self.lock_path):
            yield

    def read(self) -> str | None:
        """The saved state as text (None when there is none: a factory-fresh device)."""
        try:
            return self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def write(self, text: str) -> None:
        # Rewritten after most commands: not flushed to disk each time (a power cut may lose
        # the last change, as a modem's own memory would), never left half written.
        atomic_write_text(self.path, text, durable=False)

    def erase(self) -> bool:
        """Forget the saved state (a factory reset); True if there was one."""
        with self.locked():
            try:
                self.path.unlink()
            except FileNotFoundError:
                return False
            return True
