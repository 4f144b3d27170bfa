"""HTTP authentication as pure functions: RFC test vectors, challenge parsing, the policy, and
why httpx's DigestAuth is not used (state shared between requests)."""

from __future__ import annotations

import httpx
import pytest

from cmgui.drivers.gateway.client import GatewayAuth
from cmgui.drivers.gateway.credentials import Credentials
from cmgui.drivers.gateway.protocol import digest as d


def test_rfc2617_md5_vector() -> None:
    challenge = d.Challenge("digest", {"realm": "testrealm@host.com", "qop": "auth,auth-int",
                                       "nonce": "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                                       "opaque": "5ccc069c403ebaf9f0171e9517f40e41"})
    members = d.digest_response(challenge, method="GET", uri="/dir/index.html", user="Mufasa",
                                password="Circle Of Life", cnonce="0a4f113b", nc=1)
    assert members["response"] == "6629fae49393a05397450978507c4ef1"
    assert members["qop"] == "auth" and members["nc"] == "00000001"
    header = d.digest_header(members)
    assert header.startswith('Digest username="Mufasa"') and "qop=auth" in header
    assert 'opaque="5ccc069c403ebaf9f0171e9517f40e41"' in header


@pytest.mark.parametrize(("algorithm", "expected"), [
    ("MD5", "8ca523f5e9506fed4657c9700eebdbec"),
    ("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"),
])
def test_rfc7616_vectors(algorithm: str, expected: str) -> None:
    challenge = d.Challenge("digest", {
        "realm": "http-auth@example.org", "qop": "auth, auth-int", "algorithm": algorithm,
        "nonce": "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
        "opaque": "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"})
    members = d.digest_response(challenge, method="GET", uri="/dir/index.html", user="Mufasa",
                                password="Circle of Life",
                                cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ")
    assert members["response"] == expected


def test_parse_several_challenges_in_one_header() -> None:
    found = d.parse_challenges(['Digest realm="Web Server", qop="auth", nonce="n1", '
                                'algorithm=MD5, Basic realm="x, y"', 'Bearer'])
    assert [c.scheme for c in found] == ["digest", "basic", "bearer"]
    assert found[0].params == {"realm": "Web Server", "qop": "auth", "nonce": "n1",
                               "algorithm": "MD5"}
    assert found[1].realm == "x, y"


def test_policy_prefers_digest_and_guards_basic() -> None:
    digest = d.Challenge("digest", {"nonce": "n", "qop": "auth"})
    basic = d.Challenge("basic", {"realm": "r"})
    assert d.choose([basic, digest], secure=False) is digest
    assert d.choose([basic], secure=True) is basic
    with pytest.raises(d.AuthError, match="readable over plain HTTP"):
        d.choose([basic], secure=False)
    assert d.choose([basic], secure=False, allow_basic_over_http=True) is basic
    with pytest.raises(d.AuthError, match="does not speak"):
        d.choose([d.Challenge("digest", {"nonce": "n", "algorithm": "SHA-512-256"})],
                 secure=True)
    with pytest.raises(d.AuthError, match="does not speak"):
        d.choose([d.Challenge("negotiate")], secure=True)


def test_rfc2069_server_without_qop() -> None:
    members = d.digest_response(d.Challenge("digest", {"realm": "r", "nonce": "n"}),
                                method="GET", uri="/", user="u", password="p", cnonce="c")
    assert "qop" not in members and "nc" not in members


def _flow_headers(auth: httpx.Auth, nonce: str) -> str:
    """Run one request through ``auth`` against a server challenging with ``nonce``."""
    request = httpx.Request("GET", "http://gw/api/query_sms_in_queue")
    flow = auth.sync_auth_flow(request)
    first = next(flow)
    assert "Authorization" not in first.headers or isinstance(auth, httpx.DigestAuth)
    challenge = httpx.Response(401, headers={
        "WWW-Authenticate": f'Digest realm="r", qop="auth", nonce="{nonce}"'}, request=first)
    second = flow.send(challenge)
    return second.headers["Authorization"]


def test_httpx_digest_auth_shares_state_between_requests() -> None:
    shared = httpx.DigestAuth("admin", "admin")
    _flow_headers(shared, "n1")
    later = httpx.Request("GET", "http://gw/api/get_status")
    # the next request is signed ahead with the first request's nonce and a shared counter
    assert 'nonce="n1"' in next(shared.sync_auth_flow(later)).headers["Authorization"]


def test_gateway_auth_answers_each_requests_own_challenge() -> None:
    auth = GatewayAuth(Credentials("admin", "admin"), secure=False)
    a = _flow_headers(auth, "n1")
    b = _flow_headers(auth, "n2")
    assert 'nonce="n1"' in a and 'nonce="n2"' in b
    assert "nc=00000001" in a and "nc=00000001" in b
    fresh = next(auth.sync_auth_flow(httpx.Request("GET", "http://gw/x")))
    assert "Authorization" not in fresh.headers  # nothing carried over
    assert vars(auth).keys() == {"credentials", "secure", "allow_basic_over_http"}


def test_gateway_auth_refuses_basic_over_http() -> None:
    auth = GatewayAuth(Credentials("admin", "admin"), secure=False)
    request = httpx.Request("GET", "http://gw/x")
    flow = auth.sync_auth_flow(request)
    next(flow)
    with pytest.raises(d.AuthError):
        flow.send(httpx.Response(401, headers={"WWW-Authenticate": 'Basic realm="r"'},
                                 request=request))
