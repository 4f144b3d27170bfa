"""TLS to a gateway: the system's trust store, or exactly one certificate pinned by its SHA-256.

Gateways ship self-signed certificates, often naming no host at all, so a pinned gateway is
trusted by the fingerprint of its certificate alone (no CA, no host name): the TLS handshake
proves the peer holds that certificate's key, and the fingerprint check runs inside the
handshake (:class:`ssl.SSLContext.sslobject_class`), before a single byte of a request leaves
this computer. A different certificate fails the handshake; the error names both fingerprints.

Trust on first use: :func:`fetch_fingerprint` reads the certificate a gateway presents now, so
the user can see it and pin it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import re
import ssl
from dataclasses import dataclass, field
from typing import ClassVar

_HEX64 = re.compile(r"[0-9a-f]{64}")


class FingerprintError(ValueError):
    """Not a SHA-256 fingerprint."""


def normalise_fingerprint(text: str) -> str:
    """64 lower-case hex digits from ``AB:CD:…``, ``ab cd …`` or ``SHA256:ABCD…``."""
    cleaned = re.sub(r"[\s:]", "", text.strip()).lower().removeprefix("sha256").lstrip("=")
    if not _HEX64.fullmatch(cleaned):
        raise FingerprintError(
            f"{text!r} is not a SHA-256 fingerprint (32 pairs of hex digits, e.g. AB:CD:…)")
    return cleaned


def display_fingerprint(fingerprint: str) -> str:
    """``AB:CD:…`` (upper case, pairs separated by colons), as browsers show it; anything that
    is not a fingerprint is shown as it is."""
    try:
        hexa = normalise_fingerprint(fingerprint).upper()
    except FingerprintError:
        return fingerprint
    return ":".join(hexa[i:i + 2] for i in range(0, len(hexa), 2))


def fingerprint_of(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


@dataclass
class PinCheck:
    """What the last handshake under a pin saw (for the error message)."""

    expected: str
    seen: str | None = None


class PinMismatch(ssl.SSLCertVerificationError):
    def __init__(self, expected: str, seen: str) -> None:
        self.expected = expected
        self.seen = seen
        super().__init__(f"certificate fingerprint {display_fingerprint(seen)} is not the "
                         f"pinned {display_fingerprint(expected)}")


class _PinnedObject(ssl.SSLObject):
    check: ClassVar[PinCheck]

    def do_handshake(self) -> None:
        super().do_handshake()  # raises SSLWantReadError until the handshake is done
        der = self.getpeercert(binary_form=True)
        seen = fingerprint_of(der) if der else ""
        type(self).check.seen = seen
        if seen != type(self).check.expected:
            raise PinMismatch(type(self).check.expected, seen or "(none)")


@dataclass
class PinnedContext:
    """An SSL context that accepts exactly the certificate with ``fingerprint``."""

    fingerprint: str
    context: ssl.SSLContext = field(init=False)
    check: PinCheck = field(init=False)

    def __post_init__(self) -> None:
        self.fingerprint = normalise_fingerprint(self.fingerprint)
        self.check = PinCheck(self.fingerprint)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # trust comes from the fingerprint, checked above
        context.sslobject_class = type(
            "PinnedSSLObject", (_PinnedObject,), {"check": self.check})
        self.context = context


def system_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def _unverified() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


async def fetch_fingerprint(host: str, port: int, timeout: float = 10.0) -> str:
    """The SHA-256 fingerprint of the certificate ``host:port`` presents (not verified: this is
    what the user is asked to trust). OSError/TimeoutError when it cannot be reached."""
    async with asyncio.timeout(timeout):
        _reader, writer = await asyncio.open_connection(
            host, port, ssl=_unverified(), server_hostname=None if _is_ip(host) else host)
    try:
        sslobj = writer.get_extra_info("ssl_object")
        der = sslobj.getpeercert(binary_form=True) if sslobj is not None else None
    finally:
        writer.close()
        with contextlib.suppress(OSError, ssl.SSLError, TimeoutError):
            async with asyncio.timeout(2.0):
                await writer.wait_closed()
    if not der:
        raise OSError("the gateway presented no certificate")
    return fingerprint_of(der)


def _is_ip(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def is_verify_failure(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is a failed certificate check."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        text = str(current)
        if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
            return True
        current = current.__cause__ or current.__context__
    return False


def pin_mismatch(exc: BaseException) -> PinMismatch | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, PinMismatch):
            return current
        current = current.__cause__ or current.__context__
    return None
