"""examples/web in a real browser (headless Chromium, driven over DevTools): from an allowed
origin the page unlocks the SIM, shows the signal live and sends an SMS through ``cmcli serve``'s
endpoint; from a refused origin neither its WebSocket nor a fetch() gets through."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiohttp import web

from cmgui.server.app import CmapiServer, ServerConfig
from cmgui.server.auth import TokenStore, generate_token
from cmgui.service.dispatcher import Dispatcher
from cmgui.service.events import SignalStrengthChanged
from cmgui.service.registry import REGISTRY
from tests.browser.cdp import Page, chromium, chromium_path

pytestmark = pytest.mark.skipif(
    chromium_path() is None,
    reason="no chromium on this machine: `make setup` installs Debian's chromium package")

WEB = Path(__file__).resolve().parents[2] / "examples" / "web"


@asynccontextmanager
async def static_site() -> AsyncIterator[str]:
    """examples/web on 127.0.0.1 (a port of its own: an origin of its own)."""
    app = web.Application()
    app.router.add_static("/", WEB)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


async def _connect(page: Page, origin: str, server: CmapiServer, token: str) -> None:
    await page.open(f"{origin}/index.html?endpoint={server.ws_url}")
    await page.evaluate(f"document.getElementById('token').value = {json.dumps(token)}; "
                        "document.getElementById('connect').click(); true")


def _text(element: str) -> str:
    return f"document.getElementById('{element}').textContent"


async def _fetch_imei(page: Page, server: CmapiServer, token: str) -> str:
    body = json.dumps({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "f1",
                       "method": "CMAPI_DevSrv_GetIMEI", "params": {}})
    return str(await page.evaluate(f"""
        fetch({json.dumps(server.url)}, {{method: "POST", body: {json.dumps(body)},
              headers: {{"Authorization": "Bearer " + {json.dumps(token)},
                         "Content-Type": "application/json"}}}})
          .then(r => r.json()).then(j => "IMEI " + j.result.IMEI, e => "blocked " + e.name)
    """))


async def test_the_example_page_from_an_allowed_and_a_refused_origin() -> None:
    token = generate_token()
    device = REGISTRY.create("virtual:generic")
    await device.open()
    try:
        async with static_site() as allowed, static_site() as refused:
            config = ServerConfig(port=0, tokens=TokenStore({token: "full"}),
                                  allow_origins=(allowed,))
            async with CmapiServer(Dispatcher({"1": device}), config) as server, \
                    chromium() as page:
                await _allowed(page, server, device, allowed, token)
                await _refused(page, server, refused, token)
    finally:
        await device.close()


async def _allowed(page: Page, server: CmapiServer, device: object, origin: str,
                   token: str) -> None:
    await _connect(page, origin, server, token)
    status = await page.wait(f"{_text('connection-status')}.startsWith('Connected (') && "
                             f"{_text('connection-status')}")
    sessions = {s.id for s in server.endpoint.sessions}
    assert any(f"session {sid}," in status for sid in sessions), status
    assert await page.wait(f"{_text('pin-status')} === 'PIN required, 3 attempts left.'")
    await page.evaluate("document.getElementById('pin').value = '1234'; "
                        "document.getElementById('unlock-button').click(); true")
    assert await page.wait(f"{_text('pin-status')} === 'SIM ready.'")

    assert await page.wait("document.getElementById('signal-text').dataset.percent")
    for percent in (77, 23):  # the device's events reach the page as callbacks, live
        device.events.publish(SignalStrengthChanged(  # type: ignore[attr-defined]
            signal_strength=-100 + percent // 2, signal_percentage=percent, signal_quality=3,
            bars=percent // 20, rat_type="E_UTRAN"))
        assert await page.wait(
            f"document.getElementById('signal-text').dataset.percent === '{percent}'")
    assert await page.evaluate("document.getElementById('signal-bar').style.width") == "23%"

    assert await page.wait("document.getElementById('network').textContent"
                           ".startsWith('Registered')", timeout=20)
    await page.evaluate("document.getElementById('sms-to').value = '+15550100'; "
                        "document.getElementById('sms-text').value = 'hello from a browser'; "
                        "document.getElementById('sms-send').click(); true")
    sent = await page.wait(f"!{_text('sms-status')}.startsWith('Sending') && "
                           f"{_text('sms-status')}", timeout=20)
    assert sent.startswith("Sent in 1 part(s), reference "), sent
    assert (await _fetch_imei(page, server, token)).startswith("IMEI ")
    assert not [line for line in page.console if line.startswith("exception")], page.console


async def _refused(page: Page, server: CmapiServer, origin: str, token: str) -> None:
    before = {s.id for s in server.endpoint.sessions}
    await _connect(page, origin, server, token)
    failed = await page.wait(f"{_text('connection-status')}.startsWith('Connection failed') "
                             f"&& {_text('connection-status')}")
    assert "refused" in failed
    assert await _fetch_imei(page, server, token) == "blocked TypeError"
    assert {s.id for s in server.endpoint.sessions} <= before  # no session for that page
