"""TLS: the server with a certificate; the client verifies it, pinned when self-signed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cmgui.cli.serve_cmds import server_tls
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.remote.device import RemoteDevice
from cmgui.server.app import CmapiServer, ServerConfig
from cmgui.server.auth import TokenStore
from cmgui.service.dispatcher import Dispatcher
from tests.integration.server.conftest import TOKEN
from tests.integration.server.fake_device import FakeDevice

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("tls")
    cert, key = root / "cert.pem", root / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=cmgui",
         "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    return cert, key


@pytest.mark.parametrize("transport", ["http", "ws"])
async def test_pinned_self_signed_certificate(cert: tuple[Path, Path], transport: str) -> None:
    config = ServerConfig(port=0, tokens=TokenStore({TOKEN: "full"}),
                          ssl_context=server_tls(*cert))
    async with CmapiServer(Dispatcher({"1": FakeDevice()}), config) as server:
        url = server.url if transport == "http" else server.ws_url
        assert url.startswith(("https://", "wss://"))
        unpinned = RemoteDevice(url, token=TOKEN)
        with pytest.raises(CmapiError) as info:
            await unpinned.open()
        assert info.value.code == ErrorCode.AUTHENTICATION_FAILED
        pinned = RemoteDevice(f"{url}#pin={cert[0]}", token=TOKEN)
        await pinned.open()
        try:
            assert (await pinned.dev_srv_get_imei())["IMEI"] == "490154203237518"
        finally:
            await pinned.close()
