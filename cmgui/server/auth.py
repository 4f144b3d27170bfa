"""Bearer tokens of the CMAPI endpoint: the token file, access levels, constant-time checks.

The token file holds one token a line, optionally followed by its access level (``full``, the
default, or ``read``); ``#`` starts a comment. On first start :func:`ensure_token_file` writes a
fresh full-access token with mode 0600, atomically (a temporary file in the same directory,
renamed into place), so no other user can read it even for an instant. Tokens are registered with
:mod:`cmgui.store.secrets` so that its log redactor masks them; :class:`TokenRedactor` does the
same for handlers that have no redactor of their own.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cmgui.service.dispatcher import AccessLevel
from cmgui.store.secrets import register_secret

log = logging.getLogger(__name__)

TOKEN_BYTES = 32
_LEVELS: dict[str, AccessLevel] = {"full": "full", "read": "read", "read-only": "read"}


class TokenFileError(Exception):
    """The token file cannot be read or written; the message says why in the user's terms."""


@dataclass(frozen=True)
class Credential:
    """An accepted token: its access level and a stable id that is safe to log and key on."""

    token_id: str
    access_level: AccessLevel


def token_id(token: str) -> str:
    """A short, non-reversible name of a token (SHA-256 prefix) for keys and logs."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:16]


def generate_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class TokenStore:
    """The tokens an endpoint accepts. ``check`` runs in constant time over all tokens."""

    def __init__(self, tokens: dict[str, AccessLevel] | None = None) -> None:
        self._tokens: list[tuple[bytes, AccessLevel, str]] = []
        for token, level in (tokens or {}).items():
            self.add(token, level)

    def add(self, token: str, level: AccessLevel = "full") -> None:
        register_secret(token)
        self._tokens.append((token.encode("utf-8"), level, token_id(token)))

    def __len__(self) -> int:
        return len(self._tokens)

    def check(self, presented: str) -> Credential | None:
        """The credential for ``presented``, or None. Compares against every token, always."""
        given = presented.encode("utf-8", "surrogateescape")
        found: Credential | None = None
        for token, level, tid in self._tokens:
            if hmac.compare_digest(token, given) and found is None:
                found = Credential(tid, level)
        return found

    @classmethod
    def from_file(cls, path: Path) -> TokenStore:
        store = cls()
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise TokenFileError(f"cannot read the token file {path}: {exc.strerror}") from None
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            fields = line.split()
            level = _LEVELS.get(fields[1].lower()) if len(fields) > 1 else "full"
            if level is None or len(fields) > 2:
                raise TokenFileError(
                    f"{path}, line {number}: expected 'TOKEN [full|read]'")
            store.add(fields[0], level)
        if not len(store):
            raise TokenFileError(f"the token file {path} holds no token")
        return store


def first_token(path: Path) -> str:
    """The first token of a token file (what a client presents)."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise TokenFileError(f"cannot read the token file {path}: {exc.strerror}") from None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            token = line.split()[0]
            register_secret(token)
            return token
    raise TokenFileError(f"the token file {path} holds no token")


def ensure_token_file(path: Path) -> bool:
    """Create ``path`` with a new full-access token (mode 0600) unless it exists.

    Returns True when a token was generated. Warns when an existing file is readable by others.
    """
    if path.exists():
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            log.warning("the token file %s is readable by other users (mode %o); "
                        "run: chmod 600 %s", path, mode, path)
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    token = generate_token()
    register_secret(token)
    fd, tmp = tempfile.mkstemp(prefix=".token-", dir=path.parent)  # created 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("# cmcli serve token: TOKEN [full|read], one a line\n")
            fh.write(f"{token} full\n")
        os.chmod(tmp, 0o600)
        os.link(tmp, path)  # fails if someone created the file meanwhile: never overwrite
    except FileExistsError:
        return False
    except OSError as exc:
        raise TokenFileError(f"cannot write the token file {path}: {exc.strerror}") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return True


def parse_authorization(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer TOKEN`` header, or None when malformed."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    value = value.strip()
    if scheme.lower() != "bearer" or not value or " " in value:
        return None
    return value


class TokenRedactor(logging.Filter):
    """Masks ``Bearer …`` values in any log record (belt and braces with the secret registry)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True
        if "earer " in message:
            record.msg = _mask_bearer(message)
            record.args = None
        return True


def _mask_bearer(text: str) -> str:
    out: list[str] = []
    for part in text.split(" "):
        out.append("***" if out and out[-1].lower() == "bearer" and part else part)
    return " ".join(out)
