"""OneAPI Device Capability on a running endpoint (issue 13, item 5), and ``cmcli capabilities``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.server.app import CmapiServer
from tests.integration.server.conftest import READ_TOKEN, TOKEN, make_server
from tests.integration.server.fake_device import FakeDevice
from tests.integration.server.support import request

AUTH = {"Authorization": f"Bearer {TOKEN}"}
NUMBER = "+15550100"


class NumberedDevice(FakeDevice):
    def __init__(self) -> None:
        super().__init__()
        self.number: str | None = NUMBER

    async def dev_srv_get_msisdn(self) -> t.MSISDNResult:
        if self.number is None:
            raise CmapiError(ErrorCode.SMART_CARD_NOT_ACCESSIBLE)
        return {"MSISDN": self.number}

    async def dev_srv_get_manufacturer_model(self) -> t.ManufacturerModel:
        return {"manufacturerModel": "MegaPhone 900"}


@pytest.fixture
async def server() -> AsyncIterator[CmapiServer]:
    async with make_server(NumberedDevice(), origins=("http://localhost:8000",)) as served:
        yield served


def _root(server: CmapiServer) -> str:
    return server.url.removesuffix("/cmapi")


def _exception(r: httpx.Response) -> dict[str, Any]:
    (exception,) = r.json()["requestError"].values()
    return exception  # type: ignore[no-any-return]


@pytest.mark.parametrize("path", [
    "/oneapi/devicecapabilities/tel%3A%2B15550100/capabilities",
    "/oneapi/1/devicecapabilities/tel%3A%2B1-555-0100/capabilities",
    "/oneapi/v1/devicecapabilities/tel:+1(555)0100/capabilities",
])
async def test_capabilities_of_the_device_with_that_number(server: CmapiServer,
                                                           path: str) -> None:
    async with httpx.AsyncClient(headers=AUTH) as http:
        r = await http.get(_root(server) + path, headers={"Accept": "application/json"})
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("application/json")
        caps = r.json()["deviceCapabilities"]
        assert caps["deviceId"] == "490154203237518"
        assert caps["name"] == "Fake Ltd ✓ MegaPhone 900"
        assert caps["link"]["rel"] == "UserAgentProfileReference"
        assert caps["resourceURL"] == _root(server) + path.split("?")[0]
        profile = await http.get(caps["link"]["href"])
        assert profile.status_code == 200 and "<prf:Model>MegaPhone 900</prf:Model>" in profile.text


async def test_errors_are_oneapi_exceptions(server: CmapiServer) -> None:
    root = _root(server) + "/oneapi/1/devicecapabilities"
    async with httpx.AsyncClient(headers=AUTH) as http:
        r = await http.get(f"{root}/mailto%3Ax%40y/capabilities")
        assert r.status_code == 400
        assert _exception(r) == {"messageId": "SVC0002", "variables": ["address"],
                                 "text": "Invalid input value for message part %1"}
        r = await http.get(f"{root}/tel%3A%2B15559999/capabilities")
        assert r.status_code == 404 and _exception(r)["messageId"] == "SVC0004"
        r = await http.get(f"{root}/acr%3Aabc/capabilities")
        assert r.status_code == 404 and _exception(r)["messageId"] == "SVC0004"
        r = await http.get(_root(server) + "/oneapi/7/devicecapabilities/tel%3A%2B15550100"
                           "/capabilities")
        assert r.status_code == 404 and _exception(r)["variables"] == ["apiVersion"]
        for method in ("POST", "PUT", "DELETE"):
            r = await http.request(method, f"{root}/tel%3A%2B15550100/capabilities")
            assert r.status_code == 405 and r.headers["allow"] == "GET"
            assert _exception(r)["messageId"] == "SVC0001"
        r = await http.get(_root(server) + "/oneapi/nothing/here")
        assert r.status_code == 404 and _exception(r)["messageId"] == "SVC0002"
    async with httpx.AsyncClient() as anon:
        r = await anon.get(f"{root}/tel%3A%2B15550100/capabilities")
        assert r.status_code == 401 and "policyException" in r.json()["requestError"]
        r = await anon.get(f"{root}/tel%3A%2B15550100/capabilities",
                           headers={"Origin": "http://evil.example", **AUTH})
        assert r.status_code == 403 and _exception(r)["messageId"] == "POL0001"
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {READ_TOKEN}"}) as ro:
        r = await ro.get(f"{root}/tel%3A%2B15550100/capabilities",
                         headers={"Origin": "http://localhost:8000"})
        assert r.status_code == 200  # reading capabilities changes nothing
        assert r.headers["access-control-allow-origin"] == "http://localhost:8000"
    server.endpoint.dispatcher.devices["1"].number = None  # type: ignore[attr-defined]
    async with httpx.AsyncClient(headers=AUTH) as http:
        r = await http.get(f"{root}/tel%3A%2B15550100/capabilities")
        assert r.status_code == 503 and "retry-after" in r.headers
        assert _exception(r)["messageId"] == "SVC0001"


CMCLI = str(Path(sys.executable).with_name("cmcli"))


def test_cmcli_capabilities_against_cmcli_serve(tmp_path: Path) -> None:
    token_file = tmp_path / "tokens"
    token_file.write_text(f"{TOKEN}\n")
    token_file.chmod(0o600)
    env = {**os.environ, "CMGUI_CONFIG_DIR": str(tmp_path / "config")}
    env.pop("CMGUI_TOKEN", None)
    serve = subprocess.Popen(
        [CMCLI, "--json", "serve", "-d", "virtual:generic", "--listen", "127.0.0.1:0",
         "--token-file", str(token_file)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env)
    try:
        assert serve.stdout is not None
        info = json.loads(serve.stdout.readline())
        root = info["url"].removesuffix("/cmapi")

        def capabilities(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([CMCLI, *args, "--token-file", str(token_file)],
                                  capture_output=True, text=True, timeout=60, env=env)

        done = capabilities("capabilities", "tel:+15550123", "--server", root)
        assert done.returncode == 1  # the SIM is locked: its number cannot be read yet
        assert "SVC0001" in done.stderr and "(HTTP 503)" in done.stderr
        unlock = httpx.post(info["url"], headers={**AUTH, "Content-Type": "application/json"},
                            content=request("CMAPI_DevSrv_VerifyPIN", {"PIN": "1234"}),
                            timeout=30)
        assert unlock.json()["result"] == {}
        done = capabilities("capabilities", "tel:+15550123", "--server", root, "--json")
        assert done.returncode == 0, done.stderr
        caps = json.loads(done.stdout)["deviceCapabilities"]
        assert caps["deviceId"].isdigit() and len(caps["deviceId"]) == 15
        assert caps["link"]["rel"] == "UserAgentProfileReference"
        done = capabilities("capabilities", "tel:+15550123", "--server", info["url"])
        assert done.returncode == 0, done.stderr
        assert "Device ID (IMEI): " + caps["deviceId"] in done.stdout
        done = capabilities("capabilities", "tel:+19999999", "--server", root)
        assert done.returncode == 1
        assert "SVC0004: No valid addresses provided in message part address" in done.stderr
        done = capabilities("capabilities", "+15550123", "--server", root)
        assert done.returncode == 2
    finally:
        serve.send_signal(signal.SIGTERM)
        serve.communicate(timeout=30)
