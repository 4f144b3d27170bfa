"""Files replaced whole: a crash or a full disk leaves the old file or the new one, never half."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


def atomic_write(
    path: Path, write: Callable[[TextIO], None], *, newline: str | None = None,
    durable: bool = True,
) -> None:
    """Replace ``path`` with what ``write`` writes to the stream it is given (UTF-8): a
    temporary file in the same directory, flushed to disk, then renamed over ``path``.

    ``durable=False`` leaves out the flush to disk (``fsync``), for state rewritten many times a
    second whose last change may be lost to a power cut, never to a crash: a program that
    stops still leaves the old file or the new one, whole."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as out:
            write(out)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str, *, durable: bool = True) -> None:
    """Replace ``path`` (creating its directory) with ``text``; see :func:`atomic_write`."""
    path.parent.mkdir(parents=True, exist_ok=True)

    def write(out: TextIO) -> None:
        out.write(text)
    atomic_write(path, write, durable=durable)
