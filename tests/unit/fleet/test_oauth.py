"""CMO tokens: client credentials in the form, one token reused until it is about to expire."""

from __future__ import annotations

import base64
import json
from urllib.parse import parse_qs

import pytest

from cmgui.drivers.fleet.http import Response
from cmgui.drivers.fleet.oauth import TokenCache
from cmgui.service.fleet import AuthError
from tests.unit.fleet.clock import FakeClock


def _answer(body: object, status: int = 200) -> Response:
    return Response(status, {"content-type": "application/json"}, json.dumps(body).encode())


def test_the_token_request_is_client_credentials() -> None:
    cache = TokenCache("https://kc/token", "id-1", "s3cret")
    request = cache.request()
    assert (request.method, request.url) == ("POST", "https://kc/token")
    assert request.header("Content-Type") == "application/x-www-form-urlencoded"
    assert parse_qs(request.body.decode()) == {
        "grant_type": ["client_credentials"], "client_id": ["id-1"],
        "client_secret": ["s3cret"], "scope": ["openid"]}


def test_the_basic_variant_keeps_the_secret_out_of_the_form() -> None:
    request = TokenCache("https://kc/token", "id-1", "s3cret").request(basic=True)
    assert "s3cret" not in request.body.decode()
    assert request.header("Authorization") == "Basic " + base64.b64encode(
        b"id-1:s3cret").decode()


def test_a_token_is_kept_until_just_before_it_expires() -> None:
    clock = FakeClock()
    cache = TokenCache("u", "i", "s", clock=clock)
    assert cache.current() is None
    assert cache.accept(_answer({"access_token": "T1", "expires_in": 300})) == "T1"
    clock.now += 290
    assert cache.current() == "T1"
    clock.now += 6  # within the 5 s margin of expiry
    assert cache.current() is None


def test_a_missing_lifetime_means_300_seconds() -> None:
    clock = FakeClock()
    cache = TokenCache("u", "i", "s", clock=clock)
    cache.accept(_answer({"access_token": "T"}))
    clock.now += 294
    assert cache.current() == "T"
    clock.now += 2
    assert cache.current() is None


def test_invalidate_forgets_the_token() -> None:
    cache = TokenCache("u", "i", "s")
    cache.accept(_answer({"access_token": "T"}))
    cache.invalidate()
    assert cache.current() is None


def test_refused_credentials_are_an_auth_error_in_words() -> None:
    with pytest.raises(AuthError, match=r"refused the client id or secret.*Invalid client"):
        TokenCache("u", "i", "s").accept(_answer(
            {"error": "invalid_client", "error_description": "Invalid client credentials"}, 401))
    with pytest.raises(AuthError, match="without an access token"):
        TokenCache("u", "i", "s").accept(_answer({"token_type": "Bearer"}))
