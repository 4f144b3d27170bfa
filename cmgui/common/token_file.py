"""Token files: one bearer token a line, optionally followed by its access level; ``#`` starts a
comment. ``cmcli serve`` reads every line (``cmgui.server.auth``), a client the first token.

Reading a token does not register it for log redaction (this module knows nothing of the
store): a caller that keeps the token hands it to ``cmgui.store.secrets.register_secret``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


class TokenFileError(Exception):
    """The token file cannot be read or written; the message says why in the user's terms."""


def token_lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    """``(line number, fields)`` of every line that holds more than a comment."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise TokenFileError(f"cannot read the token file {path}: {exc.strerror}") from None
    for number, raw in enumerate(text.splitlines(), 1):
        fields = raw.split("#", 1)[0].split()
        if fields:
            yield number, fields


def first_token(path: Path) -> str:
    """The first token of a token file (what a client presents)."""
    for _number, fields in token_lines(path):
        return fields[0]
    raise TokenFileError(f"the token file {path} holds no token")
