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

from cmgui.common.token_file import TokenFileError, token_lines
from cmgui.service.dispatcher import AccessLevel
from cmgui.store.secrets import register_secret

log = logging.getLogger(__name__)

TOKEN_BYTES = 32
#: Shortest token accepted from a token file: 24 random base64url characters are 144 bits.
MIN_TOKEN_LENGTH = 24
#: A browser authenticates a WebSocket with the subprotocols ``cmapi`` and ``bearer.TOKEN``.
CMAPI_PROTOCOL = "cmapi"
BEARER_PROTOCOL_PREFIX = "bearer."
_LEVELS: dict[str, AccessLevel] = {"full": "full", "read": "read", "read-only": "read"}


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
        for number, fields in token_lines(path):
            level = _LEVELS.get(fields[1].lower()) if len(fields) > 1 else "full"
            if level is None or len(fields) > 2:
                raise TokenFileError(
                    f"{path}, line {number}: expected 'TOKEN [full|read]'")
            problem = token_problem(fields[0])
            if problem:
                raise TokenFileError(f"{path}, line {number}: {problem}")
            store.add(fields[0], level)
        if not len(store):
            raise TokenFileError(f"the token file {path} holds no token")
        return store


def token_problem(token: str) -> str | None:
    """Why ``token`` may not be used (too short to resist guessing, or not sendable in an
    ``Authorization`` header), or None."""
    if len(token) < MIN_TOKEN_LENGTH:
        return (f"a token needs at least {MIN_TOKEN_LENGTH} characters "
                f"(this one has {len(token)}); generate one with: "
                "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'")
    if not all(33 <= ord(c) < 127 for c in token):
        return "a token may hold only printable ASCII characters without spaces"
    return None


def ensure_token_file(path: Path) -> bool:
    """Create ``path`` with a new full-access token (mode 0600) unless it exists.

    Returns True when a token was generated. An existing file that other users may read or
    write is made 0600 when it is ours (with a warning: its tokens may have been read), and
    refused (:class:`TokenFileError`) when it is not.
    """
    if path.exists():
        _private(path)
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


def _private(path: Path) -> None:
    try:
        info = path.stat()
    except OSError as exc:
        raise TokenFileError(f"cannot read the token file {path}: {exc.strerror}") from None
    mode = info.st_mode & 0o777
    if not mode & 0o077:
        return
    if info.st_uid != os.getuid():
        raise TokenFileError(
            f"the token file {path} may be read by other users (mode {mode:o}) and belongs to "
            f"someone else; refusing to serve with it")
    try:
        os.chmod(path, 0o600)
    except OSError as exc:
        raise TokenFileError(
            f"the token file {path} may be read by other users (mode {mode:o}) and cannot be "
            f"made private: {exc.strerror}") from None
    log.warning("the token file %s could be read by other users (mode %o); made it 0600. "
                "Replace its tokens if anyone else may have read them", path, mode)


def parse_authorization(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer TOKEN`` header, or None when malformed."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    value = value.strip()
    if scheme.lower() != "bearer" or not value or " " in value:
        return None
    return value


def subprotocols(header: str | None) -> list[str]:
    """The WebSocket subprotocols a handshake offers (``Sec-WebSocket-Protocol``)."""
    if not header:
        return []
    return [p.strip() for p in header.split(",") if p.strip()]


def subprotocol_token(offered: list[str]) -> str | None:
    """The token of a ``bearer.TOKEN`` subprotocol, which a browser can send on a WebSocket
    handshake where it cannot send ``Authorization``; None when there is none."""
    for protocol in offered:
        if protocol[:7].lower() == BEARER_PROTOCOL_PREFIX and len(protocol) > 7:
            return protocol[7:]
    return None


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
