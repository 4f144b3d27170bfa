"""CMP request signing, pluggable: RSA "Signature v2" by default, HMAC-SHA1 as the alternative.

RSA (protocol-notes, the vendor's scheme): headers ``Authorization: LF {keyId}/{signature}``,
``timestamp`` (epoch milliseconds, UTC) and ``nonce`` (a random integer); ``signature`` =
base64(SHA1withRSA(private key, message)), ``message`` = the compact JSON, keys sorted at every
level, of every non-empty request parameter (query values as strings, the JSON body's members)
plus ``"timestamp"``, ``"nonce"`` and ``"x-sign-uri"`` (the request path without the query).

HMAC-SHA1 (the vendor's older API): the global parameters ``version``, ``access_code`` and
``timestamp`` join the request's parameters, and ``sign`` = base64(HMAC-SHA1(secret, the same
compact sorted JSON of the non-empty parameters)) is added beside them (body for POST, query for
GET).

Sans-IO: a signer takes a :class:`~cmgui.drivers.fleet.http.Request` and returns it signed; the
time and the nonce are passed in, so signing is exactly reproducible.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Protocol
from urllib.parse import urlsplit

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from cmgui.drivers.fleet.http import Request
from cmgui.service.fleet import FleetError

HMAC_VERSION = "1.0"


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def canonical_json(value: Any) -> str:
    """Compact JSON with keys sorted at every level; non-ASCII kept as is (UTF-8 on the wire)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def sign_parameters(query: Mapping[str, str] | list[tuple[str, str]],
                    body: Mapping[str, Any] | None) -> dict[str, Any]:
    """The request's non-empty parameters: query values as strings, then the body's members."""
    pairs = query.items() if isinstance(query, Mapping) else query
    params: dict[str, Any] = {k: str(v) for k, v in pairs if not _empty(v)}
    for key, value in (body or {}).items():
        if not _empty(value):
            params[key] = value
    return params


def rsa_message(params: Mapping[str, Any], *, timestamp: str, nonce: str, uri: str) -> bytes:
    """The bytes the RSA scheme signs."""
    data = dict(params) | {"timestamp": timestamp, "nonce": nonce, "x-sign-uri": uri}
    return canonical_json(data).encode("utf-8")


def load_private_key(text: str) -> rsa.RSAPrivateKey:
    """An RSA private key from PEM (PKCS#8 or PKCS#1) or bare base64 DER, as the vendor's SDK
    takes it; FleetError in words when it is none of those."""
    data = text.strip()
    try:
        if data.startswith("-----BEGIN"):
            key = serialization.load_pem_private_key(data.encode(), password=None)
        else:
            der = base64.b64decode("".join(data.split()), validate=True)
            key = serialization.load_der_private_key(der, password=None)
    except (ValueError, TypeError, binascii.Error, UnsupportedAlgorithm) as exc:
        detail = "it is protected by a passphrase" if "password" in str(exc).lower() else (
            "it is not a PEM or base64 private key")
        raise FleetError(f"the signing key cannot be used: {detail}") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise FleetError("the signing key is not an RSA key")
    return key


class Signer(Protocol):
    def sign(self, request: Request, *, timestamp_ms: int, nonce: int) -> Request: ...


class RsaSigner:
    """The vendor's RSA scheme (``Authorization: LF keyId/signature``)."""

    def __init__(self, key_id: str, private_key: str) -> None:
        self.key_id = key_id
        self._key = load_private_key(private_key)

    def signature(self, message: bytes) -> str:
        raw = self._key.sign(message, padding.PKCS1v15(), hashes.SHA1())
        return base64.b64encode(raw).decode("ascii")

    def sign(self, request: Request, *, timestamp_ms: int, nonce: int) -> Request:
        timestamp, nonce_text = str(timestamp_ms), str(nonce)
        body = request.json if isinstance(request.json, Mapping) else None
        message = rsa_message(sign_parameters(list(request.query), body), timestamp=timestamp,
                              nonce=nonce_text, uri=urlsplit(request.url).path)
        headers = (*request.headers,
                   ("Authorization", f"LF {self.key_id}/{self.signature(message)}"),
                   ("timestamp", timestamp), ("nonce", nonce_text))
        return replace(request, headers=headers)


def hmac_sign(secret: str, params: Mapping[str, Any]) -> str:
    """base64(HMAC-SHA1(secret, compact sorted JSON of the non-empty parameters))."""
    clean = {k: v for k, v in params.items() if not _empty(v) and k != "sign"}
    digest = hmac.new(secret.encode("utf-8"), canonical_json(clean).encode("utf-8"),
                      hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


class HmacSigner:
    """The older scheme: ``version``, ``access_code``, ``timestamp`` and ``sign`` parameters."""

    def __init__(self, access_code: str, secret: str) -> None:
        self.access_code = access_code
        self._secret = secret

    def sign(self, request: Request, *, timestamp_ms: int, nonce: int) -> Request:
        globals_ = {"version": HMAC_VERSION, "access_code": self.access_code,
                    "timestamp": str(timestamp_ms)}
        if request.method == "GET" or not isinstance(request.json, Mapping):
            query = [*request.query, *globals_.items()]
            sign = hmac_sign(self._secret, sign_parameters(query, None))
            return replace(request, query=(*query, ("sign", sign)))
        body = dict(request.json) | globals_
        body["sign"] = hmac_sign(self._secret, sign_parameters([], body))
        return request.with_json(body)
