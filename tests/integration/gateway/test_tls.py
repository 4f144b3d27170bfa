"""TLS to a self-signed gateway: refused unpinned (fingerprint shown), pinned by SHA-256, a
changed certificate refused naming both fingerprints; cmcli login's trust on first use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmgui.cli import main
from cmgui.cli.serve_cmds import server_tls
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.gateway.address import parse_gateway_address
from cmgui.drivers.gateway.client import GatewayClient
from cmgui.drivers.gateway.credentials import saved_login
from cmgui.drivers.gateway.tls import display_fingerprint
from cmgui.service.saved_devices import saved_path
from tests.integration.gateway.support import ADMIN, ThreadedGateway, virtual_gateway
from tests.memory_keyring import MemoryKeyring

Certs = dict[str, tuple[Path, Path, str]]


async def test_self_signed_unpinned_pinned_and_changed(certificates: Certs) -> None:
    cert, key, first = certificates["first"]
    second = certificates["second"][2]
    async with virtual_gateway(ssl_context=server_tls(cert, key)) as server:
        address = parse_gateway_address(server.address)
        assert server.address.startswith("dinstar+https://")
        async with GatewayClient(address, ADMIN) as client:
            with pytest.raises(CmapiError) as info:
                await client.queue()
        assert info.value.code == ErrorCode.AUTHENTICATION_FAILED
        reason = info.value.data["reason"]
        assert "not trusted" in reason and display_fingerprint(first) in reason
        assert "--trust-on-first-use" in reason
        assert server.model.requests == 0
        async with GatewayClient(address, ADMIN, fingerprint=first) as client:
            assert await client.queue() == 0  # a certificate naming no host: the pin decides
        async with GatewayClient(address, ADMIN, fingerprint=second) as client:
            with pytest.raises(CmapiError) as info:
                await client.queue()
        reason = info.value.data["reason"]
        assert "has changed" in reason
        assert display_fingerprint(second) in reason and display_fingerprint(first) in reason
        assert (info.value.data["expected"], info.value.data["presented"]) == (second, first)
        assert server.model.requests == 1  # nothing was sent to the impostor


LAST_ERR: list[str] = [""]


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    code = main(["--json", *argv])
    captured = capsys.readouterr()
    LAST_ERR[0] = captured.err
    out = captured.out.strip().splitlines()
    return code, json.loads(out[-1]) if out else None


def test_login_trusts_on_first_use_and_refuses_a_new_certificate(
        certificates: Certs, capsys: pytest.CaptureFixture[str], tmp_path: Path,
        file_keyring: MemoryKeyring) -> None:
    password = tmp_path / "password"
    password.write_text("s3cret-pw\n")
    cert, key, first = certificates["first"]
    with ThreadedGateway(ssl_context=server_tls(cert, key), password="s3cret-pw") as gateway:
        url = gateway.address
        code, out = _cli(capsys, "login", url, "--user", "admin", "--password-file",
                         str(password), "--trust-on-first-use")
        assert code == 0
        assert out == {"gateway": url, "user": "admin", "ports": 8,
                       "fingerprint": display_fingerprint(first), "stored": True}
        login = saved_login(parse_gateway_address(url))
        assert login is not None and login.cert_sha256 == first and login.ports == 8
        assert "s3cret-pw" not in saved_path().read_text()  # the password is in the keyring
        code, ports = _cli(capsys, "gateway", "-g", url, "ports")
        assert code == 0 and len(ports) == 8  # type: ignore[arg-type]
        port = int(url.rsplit(":", 1)[1])
    cert2, key2, second = certificates["second"]
    with ThreadedGateway(ssl_context=server_tls(cert2, key2), port=port,
                         password="s3cret-pw"):
        code, err = _cli(capsys, "gateway", "-g", url, "ports")
        assert code == 1
        message = err["data"]["reason"]  # type: ignore[index]
        assert display_fingerprint(first) in message and display_fingerprint(second) in message
        code, out = _cli(capsys, "login", url, "--user", "admin", "--password-file",
                         str(password), "--trust-on-first-use")
        assert code == 0 and out["fingerprint"] == display_fingerprint(second)  # type: ignore[index]
        assert f"Replacing the pinned certificate {display_fingerprint(first)}" in LAST_ERR[0]
        assert _cli(capsys, "gateway", "-g", url, "queue") == (0, {"inQueue": 0})


def test_login_with_a_known_fingerprint_and_logout(
        certificates: Certs, capsys: pytest.CaptureFixture[str], tmp_path: Path,
        file_keyring: MemoryKeyring) -> None:
    password = tmp_path / "password"
    password.write_text("admin")
    cert, key, first = certificates["first"]
    with ThreadedGateway(ssl_context=server_tls(cert, key)) as gateway:
        url = gateway.address
        code, err = _cli(capsys, "login", url, "--user", "admin", "--password-file",
                         str(password), "--fingerprint", "AB" * 32)
        assert code == 1 and "has changed" in err["data"]["reason"]  # type: ignore[index]
        assert saved_login(parse_gateway_address(url)) is None  # nothing kept
        code, out = _cli(capsys, "login", url, "--user", "admin", "--password-file",
                         str(password), "--fingerprint", display_fingerprint(first))
        assert code == 0 and out["fingerprint"] == display_fingerprint(first)  # type: ignore[index]
        code, devices = _cli(capsys, "devices")
        ours = [d for d in devices if d["kind"] == "gateway"]  # type: ignore[union-attr]
        assert [d["address"] for d in ours] == [f"{url}/ports/{n}" for n in range(8)]
        assert _cli(capsys, "logout", url)[1] == {"gateway": url, "stored": False,
                                                  "wasSaved": True}
        assert saved_login(parse_gateway_address(url)) is None
        code, err = _cli(capsys, "gateway", "-g", url, "queue")
        assert code == 1  # no pin, no password: refused again
