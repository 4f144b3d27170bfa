"""OAuth 2.0 client credentials for CMO, sans-IO: one token per account, fetched anew when it
expires or the platform answers 401 (tokens live 300 s and cannot be refreshed)."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from cmgui.drivers.fleet.http import FORM, Request, Response, as_dict, text
from cmgui.service.fleet import AuthError, PlatformError

#: Lifetime assumed when the token endpoint does not say (protocol-notes: 300 s).
DEFAULT_LIFETIME = 300.0
#: A token is renewed this much before it expires, so no request carries a dying token.
MARGIN = 5.0


@dataclass
class _Token:
    value: str
    expires_at: float


class TokenCache:
    """The account's token. ``request()`` builds the token request; ``accept()`` reads the
    answer; ``current()`` is the valid token or None."""

    def __init__(self, token_url: str, client_id: str, client_secret: str, *,
                 scope: str = "openid", clock: Callable[[], float] | None = None) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._secret = client_secret
        self.scope = scope
        self._clock = clock or time.monotonic
        self._token: _Token | None = None
        #: Tokens fetched so far (tests and logs).
        self.fetched = 0

    def current(self) -> str | None:
        token = self._token
        if token is None or self._clock() >= token.expires_at - MARGIN:
            return None
        return token.value

    def invalidate(self) -> None:
        self._token = None

    def request(self, *, basic: bool = False) -> Request:
        """The token request: credentials in the form (as DT's Keycloak takes them), or with
        ``basic`` in an HTTP Basic header (RFC 6749 2.3.1), for servers that want that."""
        form = {"grant_type": "client_credentials"}
        headers: tuple[tuple[str, str], ...] = (("Content-Type", FORM),)
        if basic:
            pair = f"{quote(self.client_id, safe='')}:{quote(self._secret, safe='')}"
            headers += (("Authorization", "Basic " + base64.b64encode(pair.encode()).decode()),)
        else:
            form |= {"client_id": self.client_id, "client_secret": self._secret}
        if self.scope:
            form["scope"] = self.scope
        return Request("POST", self.token_url, headers=headers,
                       body=urlencode(form).encode("ascii"))

    def accept(self, response: Response) -> str:
        if response.status in (400, 401, 403):
            detail = text(as_dict(_json_or_none(response)).get("error_description")) or text(
                as_dict(_json_or_none(response)).get("error"))
            raise AuthError(
                "the token endpoint refused the client id or secret"
                + (f" ({detail})" if detail else ""), status=response.status)
        if response.status >= 300:
            raise AuthError(f"the token endpoint answered HTTP {response.status}",
                            status=response.status)
        body = as_dict(response.json())
        value = text(body.get("access_token"))
        if not value:
            raise AuthError("the token endpoint answered without an access token")
        try:
            lifetime = float(body.get("expires_in") or DEFAULT_LIFETIME)
        except (TypeError, ValueError):
            lifetime = DEFAULT_LIFETIME
        self._token = _Token(value, self._clock() + lifetime)
        self.fetched += 1
        return value


def _json_or_none(response: Response) -> object:
    try:
        return response.json()
    except PlatformError:
        return None
