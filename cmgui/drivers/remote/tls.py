"""TLS for the remote client: always verified; optionally pinned to one certificate."""

from __future__ import annotations

import ssl
from pathlib import Path

from cmgui.cmapi.errors import CmapiError, ErrorCode


def client_context(pin: Path | None = None) -> ssl.SSLContext:
    """System trust store, or, with ``pin``, trust in exactly that (self-signed) certificate.

    Host names are checked either way; a pinned certificate must name the host it serves.
    """
    try:
        if pin is None:
            return ssl.create_default_context()
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.load_verify_locations(cafile=str(pin))
        return context
    except (OSError, ssl.SSLError) as exc:
        raise CmapiError(ErrorCode.SECURITY_REQUEST_MALFORMED, data={
            "reason": f"cannot load the pinned certificate {pin}: {exc}"}) from None
