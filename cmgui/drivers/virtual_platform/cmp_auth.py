"""The CMP simulator's side of request signing: it checks what a client signed, written from the
server's view (the parameters it received), independently of the client's signer.

RSA ("Signature v2"): ``Authorization: LF {keyId}/{signature}``, ``timestamp`` (ms, at most 10
minutes off) and ``nonce`` headers; the signed message is the compact, key-sorted JSON of the
non-empty query parameters (as strings) and body members plus ``timestamp``, ``nonce`` and
``x-sign-uri``. HMAC-SHA1: ``access_code``, ``timestamp``, ``version`` and ``sign`` among the
parameters. A nonce is accepted once.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

MAX_SKEW_MS = 10 * 60 * 1000


class Refused(Exception):
    """401 (no authorisation) or 403 (bad signature), with the reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True).encode("utf-8")


def new_key_pair() -> tuple[str, rsa.RSAPublicKey]:
    """A fresh 2048-bit key: (private key PEM for the client, public key for the server)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode("ascii")
    return pem, key.public_key()


def public_key_of(private_pem: str) -> rsa.RSAPublicKey:
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("not an RSA key")
    return key.public_key()


@dataclass
class Verifier:
    """Checks requests against the partners' keys (``rsa``: keyId -> public key; ``hmac``:
    access code -> secret)."""

    rsa_keys: dict[str, rsa.RSAPublicKey] = field(default_factory=dict)
    hmac_secrets: dict[str, str] = field(default_factory=dict)
    wall_clock: Callable[[], float] = time.time
    seen_nonces: set[tuple[str, str]] = field(default_factory=set)

    def check(self, headers: Mapping[str, str], path: str, query: Mapping[str, str],
              body: Mapping[str, Any] | None) -> str:
        """The partner the request comes from; Refused if it is not signed right."""
        authorization = headers.get("Authorization", "")
        if authorization:
            return self._check_rsa(authorization, headers, path, query, body)
        params = {**query, **(body or {})}
        if "sign" in params:
            return self._check_hmac(params)
        raise Refused(401, "missing authorization")

    def _fresh(self, timestamp: str, key: str, nonce: str) -> None:
        try:
            sent = int(timestamp)
        except ValueError:
            raise Refused(401, "the timestamp is not a number of milliseconds") from None
        if abs(self.wall_clock() * 1000 - sent) > MAX_SKEW_MS:
            raise Refused(401, "the timestamp is more than 10 minutes off")
        if (key, nonce) in self.seen_nonces:
            raise Refused(403, "the nonce was used already")
        self.seen_nonces.add((key, nonce))

    def _check_rsa(self, authorization: str, headers: Mapping[str, str], path: str,
                   query: Mapping[str, str], body: Mapping[str, Any] | None) -> str:
        scheme, _, rest = authorization.partition(" ")
        key_id, _, signature = rest.strip().partition("/")
        if scheme != "LF" or not key_id or not signature:
            raise Refused(401, "the Authorization header is not LF keyId/signature")
        public = self.rsa_keys.get(key_id)
        if public is None:
            raise Refused(403, f"unknown key id {key_id}")
        timestamp, nonce = headers.get("timestamp", ""), headers.get("nonce", "")
        if not timestamp or not nonce:
            raise Refused(401, "the timestamp and nonce headers are required")
        params: dict[str, Any] = {k: v for k, v in query.items() if not _blank(v)}
        params |= {k: v for k, v in (body or {}).items() if not _blank(v)}
        params |= {"timestamp": timestamp, "nonce": nonce, "x-sign-uri": path}
        try:
            raw = base64.b64decode(signature, validate=True)
            public.verify(raw, _canonical(params), padding.PKCS1v15(), hashes.SHA1())
        except (InvalidSignature, binascii.Error, ValueError):
            raise Refused(403, "the signature does not match") from None
        self._fresh(timestamp, key_id, nonce)
        return key_id

    def _check_hmac(self, params: Mapping[str, Any]) -> str:
        code = str(params.get("access_code", ""))
        secret = self.hmac_secrets.get(code)
        if secret is None:
            raise Refused(403, f"unknown access code {code}")
        signed = {k: v for k, v in params.items() if k != "sign" and not _blank(v)}
        expected = base64.b64encode(hmac.new(secret.encode(), _canonical(signed),
                                             hashlib.sha1).digest()).decode()
        if not hmac.compare_digest(expected, str(params.get("sign", ""))):
            raise Refused(403, "the sign does not match")
        self._fresh(str(params.get("timestamp", "")), code, str(params.get("sign")))
        return code
