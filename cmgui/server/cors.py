"""Browser access: which Web origins may use the endpoint, and the CORS answers they get.

``cmcli serve --allow-origin ORIGIN`` (repeatable) names the origins; there are none by default.

* A request or WebSocket handshake whose ``Origin`` header names an origin not on the list is
  refused with 403 before anything else happens. Browsers send ``Origin`` on every cross-origin
  request and on every WebSocket handshake (non-browser clients send none), so a page on another
  site can neither call the endpoint nor hijack a WebSocket to it, even with ``--no-auth``.
* For an allowed origin, the CORS preflight (``OPTIONS`` with ``Access-Control-Request-Method``)
  is answered 204 without authentication, allowing ``GET``/``POST`` and the request headers
  ``Authorization``, ``Content-Type`` and ``CMAPI-Session``. Every answer, errors included,
  carries ``Access-Control-Allow-Origin: <that origin>`` (never ``*``), ``Vary: Origin`` and
  ``Access-Control-Expose-Headers: CMAPI-Session, Retry-After``.
"""

from __future__ import annotations

from collections.abc import Iterable

from aiohttp import web
from yarl import URL

ALLOWED_METHODS = "GET, POST, OPTIONS"
ALLOWED_HEADERS = "Authorization, Content-Type, CMAPI-Session"
EXPOSED_HEADERS = "CMAPI-Session, Retry-After"
#: Seconds a browser may cache a preflight answer.
PREFLIGHT_MAX_AGE = "600"
_DEFAULT_PORTS = {"http": 80, "https": 443}


class OriginError(ValueError):
    """An ``--allow-origin`` value that is not an origin (``scheme://host[:port]``)."""


def normalize_origin(text: str) -> str:
    """``text`` as browsers serialise an origin: lower-case scheme and host, no default port.

    Raises :class:`OriginError` for anything that is not an http(s) origin: ``*``, ``null``, a
    path, a query, user information.
    """
    value = text.strip()
    if value in ("*", "null", ""):
        raise OriginError(f"{text!r} is not allowed: name each origin, e.g. http://localhost:8000")
    try:
        url = URL(value)
    except ValueError:
        raise OriginError(f"{text!r} is not an origin") from None
    scheme = (url.scheme or "").lower()
    if scheme not in _DEFAULT_PORTS or not url.host or url.user or url.password \
            or url.raw_path not in ("", "/") or url.raw_query_string or url.raw_fragment:
        raise OriginError(f"{text!r} is not an origin: write scheme://host[:port], "
                          "http or https, nothing after the port")
    host = url.raw_host.lower() if url.raw_host else ""
    if ":" in host:
        host = f"[{host}]"
    port = url.explicit_port
    if port is None or port == _DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


class OriginPolicy:
    """The origins a browser page may come from (none by default)."""

    def __init__(self, origins: Iterable[str] = ()) -> None:
        self.origins = frozenset(normalize_origin(o) for o in origins)

    def allows(self, origin: str) -> bool:
        try:
            return normalize_origin(origin) in self.origins
        except OriginError:
            return False

    @staticmethod
    def is_preflight(request: web.BaseRequest) -> bool:
        return request.method == "OPTIONS" and \
            "Access-Control-Request-Method" in request.headers


def preflight_response() -> web.Response:
    """The answer to an allowed origin's preflight (the origin headers come from
    :func:`add_cors_headers`, like every other answer's)."""
    return web.Response(status=204, headers={
        "Access-Control-Allow-Methods": ALLOWED_METHODS,
        "Access-Control-Allow-Headers": ALLOWED_HEADERS,
        "Access-Control-Max-Age": PREFLIGHT_MAX_AGE,
    })


def add_cors_headers(request: web.BaseRequest, response: web.StreamResponse,
                     policy: OriginPolicy) -> None:
    """Give ``response`` the CORS headers when ``request`` comes from an allowed origin."""
    if not policy.origins:
        return
    headers = response.headers
    vary = headers.get("Vary")  # the answer depends on Origin, whether one was sent or not
    if vary is None:
        headers["Vary"] = "Origin"
    elif "origin" not in vary.lower():
        headers["Vary"] = f"{vary}, Origin"
    origin = request.headers.get("Origin")
    if origin is not None and policy.allows(origin):
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
