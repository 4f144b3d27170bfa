"""The virtual gateway's HTTP authentication, server side: Digest (MD5, qop=auth) as the
new-version API uses it, Basic as the old one did, or none.

This is written independently of the client in ``cmgui.drivers.gateway``: a simulator sharing the
client's code would agree with the client's mistakes. Nonces are random, expire after
``nonce_lifetime`` (then the challenge says ``stale=true``), and a nonce count may not repeat
(replays are refused).
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

REALM = "Web Server"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def _params(header: str) -> dict[str, str]:
    out = {}
    for match in re.finditer(r'(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))', header):
        out[match.group(1).lower()] = (match.group(2) if match.group(2) is not None
                                       else match.group(3))
    return out


@dataclass
class ServerAuth:
    """Checks ``Authorization`` headers; ``mode`` is "digest", "basic" or "none"."""

    user: str = "admin"
    password: str = "admin"
    mode: str = "digest"
    nonce_lifetime: float = 300.0
    clock: Callable[[], float] = time.monotonic
    _nonces: dict[str, tuple[float, set[int]]] = field(default_factory=dict)
    failures: int = 0
    challenges: int = 0

    def challenge(self, stale: bool = False) -> str:
        self.challenges += 1
        if self.mode == "basic":
            return f'Basic realm="{REALM}"'
        nonce = secrets.token_hex(16)
        self._nonces[nonce] = (self.clock(), set())
        if len(self._nonces) > 10_000:  # forget the oldest
            for old in sorted(self._nonces, key=lambda n: self._nonces[n][0])[:5000]:
                del self._nonces[old]
        opaque = hashlib.md5(REALM.encode()).hexdigest()
        stale_part = ", stale=true" if stale else ""
        return (f'Digest realm="{REALM}", qop="auth", nonce="{nonce}", opaque="{opaque}", '
                f'algorithm=MD5{stale_part}')

    def check(self, method: str, target: str, header: str | None) -> tuple[bool, bool]:
        """(accepted, stale): whether ``header`` authorises ``method target``."""
        if self.mode == "none":
            return True, False
        if not header:
            return False, False
        scheme, _, rest = header.partition(" ")
        if self.mode == "basic":
            if scheme.lower() != "basic":
                return False, False
            try:
                user, _, password = base64.b64decode(rest.strip()).decode().partition(":")
            except ValueError:
                return False, False
            return self._result(user == self.user and password == self.password), False
        if scheme.lower() != "digest":
            return False, False
        p = _params(rest)
        nonce = p.get("nonce", "")
        known = self._nonces.get(nonce)
        if known is None:
            return self._result(False), False
        issued, counts = known
        if self.clock() - issued > self.nonce_lifetime:
            del self._nonces[nonce]
            return False, True
        if p.get("username") != self.user or p.get("uri") != target:
            return self._result(False), False
        try:
            nc = int(p.get("nc", ""), 16)
        except ValueError:
            return self._result(False), False
        if p.get("qop") != "auth" or nc in counts or not p.get("cnonce"):
            return self._result(False), False
        ha1 = _md5(f"{self.user}:{REALM}:{self.password}")
        ha2 = _md5(f"{method.upper()}:{target}")
        expected = _md5(f"{ha1}:{nonce}:{p['nc']}:{p['cnonce']}:auth:{ha2}")
        if not secrets.compare_digest(expected, p.get("response", "")):
            return self._result(False), False
        counts.add(nc)
        return True, False

    def _result(self, ok: bool) -> bool:
        if not ok:
            self.failures += 1
        return ok
