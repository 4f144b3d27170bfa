"""CMP request signing: the vendor's example message, RSA signatures a server can verify, the
HMAC-SHA1 alternative."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from cmgui.drivers.fleet.http import Request
from cmgui.drivers.fleet.signing import (
    HmacSigner,
    RsaSigner,
    canonical_json,
    hmac_sign,
    load_private_key,
    rsa_message,
    sign_parameters,
)
from cmgui.drivers.virtual_platform.cmp_auth import Refused, Verifier
from cmgui.service.fleet import FleetError


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _pem(key: rsa.RSAPrivateKey, fmt: serialization.PrivateFormat) -> str:
    return key.private_bytes(serialization.Encoding.PEM, fmt,
                             serialization.NoEncryption()).decode()


def test_the_vendor_example_message() -> None:
    # protocol-notes: GET /cube/v4/sims/89852002021102915651/usage?begin_from=2023-01&...
    # with timestamp 1674197059220 and nonce 1 signs this text (its "..." are other parameters).
    params = sign_parameters([("begin_from", "2023-01")], None)
    message = rsa_message(params, timestamp="1674197059220", nonce="1",
                          uri="/cube/v4/sims/89852002021102915651/usage")
    assert message == (b'{"begin_from":"2023-01","nonce":"1","timestamp":"1674197059220",'
                       b'"x-sign-uri":"/cube/v4/sims/89852002021102915651/usage"}')


def test_the_vendor_example_through_the_signer(key: rsa.RSAPrivateKey) -> None:
    request = Request("GET", "https://cmp.example/cube/v4/sims/89852002021102915651/usage",
                      query=(("begin_from", "2023-01"), ("end_to", "")))
    signed = RsaSigner("AK1", _pem(key, serialization.PrivateFormat.PKCS8)).sign(
        request, timestamp_ms=1674197059220, nonce=1)
    assert signed.header("timestamp") == "1674197059220"
    assert signed.header("nonce") == "1"
    scheme, _, rest = signed.header("Authorization").partition(" ")
    key_id, _, signature = rest.partition("/")
    assert (scheme, key_id) == ("LF", "AK1")
    expected = (b'{"begin_from":"2023-01","nonce":"1","timestamp":"1674197059220",'
                b'"x-sign-uri":"/cube/v4/sims/89852002021102915651/usage"}')
    # SHA1withRSA (PKCS#1 v1.5) is deterministic: the same key signs the same bytes the same way
    key.public_key().verify(base64.b64decode(signature), expected, padding.PKCS1v15(),
                            hashes.SHA1())
    raw = key.sign(expected, padding.PKCS1v15(), hashes.SHA1())
    assert signature == base64.b64encode(raw).decode()


def test_keys_sorted_at_every_level_compact_and_non_ascii_kept() -> None:
    body = {"sms_content": "你好 ü", "flag_list": [{"msg_id": "LK1", "device_id": "8949"}],
            "message_type": "1", "empty": "", "none": None}
    params = sign_parameters([("page_no", 2)], body)  # type: ignore[list-item]
    assert canonical_json(params) == (
        '{"flag_list":[{"device_id":"8949","msg_id":"LK1"}],"message_type":"1",'
        '"page_no":"2","sms_content":"你好 ü"}')


def test_a_server_accepts_the_signature_and_refuses_a_changed_body(
        key: rsa.RSAPrivateKey) -> None:
    signer = RsaSigner("partner", _pem(key, serialization.PrivateFormat.TraditionalOpenSSL))
    body = {"device_id": "8949", "page_no": 1}
    request = Request.json_body("POST", "http://h/cmp-api/device/queryDevice", body)
    now_ms = 1_700_000_000_000
    signed = signer.sign(request, timestamp_ms=now_ms, nonce=42)
    verifier = Verifier({"partner": key.public_key()}, wall_clock=lambda: now_ms / 1000)
    headers = dict(signed.headers)
    assert verifier.check(headers, "/cmp-api/device/queryDevice", {}, body) == "partner"
    with pytest.raises(Refused) as replay:  # the same nonce again
        verifier.check(headers, "/cmp-api/device/queryDevice", {}, body)
    assert replay.value.status == 403
    again = signer.sign(request, timestamp_ms=now_ms, nonce=43)
    with pytest.raises(Refused) as changed:
        verifier.check(dict(again.headers), "/cmp-api/device/queryDevice", {},
                       body | {"device_id": "8950"})
    assert changed.value.status == 403


def test_a_stale_timestamp_is_refused(key: rsa.RSAPrivateKey) -> None:
    signer = RsaSigner("p", _pem(key, serialization.PrivateFormat.PKCS8))
    signed = signer.sign(Request("GET", "http://h/cmp-api/x"), timestamp_ms=0, nonce=1)
    verifier = Verifier({"p": key.public_key()}, wall_clock=lambda: 11 * 60)
    with pytest.raises(Refused) as err:
        verifier.check(dict(signed.headers), "/cmp-api/x", {}, None)
    assert err.value.status == 401


def test_bare_base64_der_keys_are_accepted(key: rsa.RSAPrivateKey) -> None:
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    loaded = load_private_key(base64.b64encode(der).decode())
    assert loaded.private_numbers() == key.private_numbers()


@pytest.mark.parametrize("text", ["not a key", "-----BEGIN PRIVATE KEY-----\nAAAA\n"
                                  "-----END PRIVATE KEY-----\n"])
def test_unusable_keys_are_a_clear_error(text: str) -> None:
    with pytest.raises(FleetError, match="signing key cannot be used"):
        load_private_key(text)


def test_hmac_sha1_over_the_sorted_non_empty_parameters() -> None:
    params = {"b": "2", "a": "1", "empty": "", "sign": "ignored"}
    expected = base64.b64encode(hmac.new(b"s3cret", b'{"a":"1","b":"2"}', hashlib.sha1)
                                .digest()).decode()
    assert hmac_sign("s3cret", params) == expected
    assert len(expected) == 28  # as the sign fields in CMP responses


def test_the_hmac_signer_adds_the_global_parameters_and_a_server_accepts_them() -> None:
    body = {"device_id": "8949"}
    signed = HmacSigner("code1", "s3cret").sign(
        Request.json_body("POST", "http://h/cmp-api/device/queryDevice", body),
        timestamp_ms=1000, nonce=7)
    sent = json.loads(signed.body)
    assert {k: sent[k] for k in ("version", "access_code", "timestamp")} == {
        "version": "1.0", "access_code": "code1", "timestamp": "1000"}
    verifier = Verifier(hmac_secrets={"code1": "s3cret"}, wall_clock=lambda: 1.0)
    assert verifier.check({}, "/cmp-api/device/queryDevice", {}, sent) == "code1"
    sent["device_id"] = "other"
    with pytest.raises(Refused):
        Verifier(hmac_secrets={"code1": "s3cret"}, wall_clock=lambda: 1.0).check(
            {}, "/cmp-api/device/queryDevice", {}, sent)
