"""Headless Chromium driven over the DevTools protocol (a WebSocket, with aiohttp).

:func:`chromium` starts Debian's ``chromium`` with a fresh profile and no network chatter, reads
the DevTools address it prints, and yields a :class:`Page`. Waiting is done in the page: an
expression is evaluated until it is true (a promise that polls the DOM), never a fixed sleep.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import shutil
import tempfile
from collections.abc import AsyncIterator
from typing import Any

import aiohttp

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-default-apps", "--mute-audio",
    "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
)
_LISTENING = re.compile(r"DevTools listening on (ws://\S+)")


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


class CdpError(Exception):
    """A DevTools command failed, or the page threw."""


class Page:
    """One page target, attached with a flat session."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self._ws = ws
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._reader = asyncio.create_task(self._read())
        self.session_id: str | None = None
        self.console: list[str] = []

    async def _read(self) -> None:
        async for message in self._ws:
            if message.type != aiohttp.WSMsgType.TEXT:
                continue
            data = json.loads(message.data)
            future = self._waiting.pop(data.get("id", -1), None)
            if future is not None and not future.done():
                future.set_result(data)
            elif data.get("method") == "Runtime.consoleAPICalled":
                args = data["params"].get("args", [])
                self.console.append(" ".join(str(a.get("value", a.get("description", "")))
                                             for a in args))
            elif data.get("method") == "Runtime.exceptionThrown":
                details = data["params"]["exceptionDetails"]
                self.console.append(f"exception: {details.get('text')} "
                                    f"{details.get('exception', {}).get('description', '')}")

    async def send(self, method: str, params: dict[str, Any] | None = None,
                   *, browser: bool = False, timeout: float = 20) -> dict[str, Any]:
        number = next(self._ids)
        message: dict[str, Any] = {"id": number, "method": method, "params": params or {}}
        if not browser and self.session_id is not None:
            message["sessionId"] = self.session_id
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiting[number] = future
        await self._ws.send_str(json.dumps(message))
        answer = await asyncio.wait_for(future, timeout)
        if "error" in answer:
            raise CdpError(f"{method}: {answer['error']}")
        return answer.get("result", {})  # type: ignore[no-any-return]

    async def open(self, url: str) -> None:
        target = await self.send("Target.createTarget", {"url": "about:blank"}, browser=True)
        attached = await self.send("Target.attachToTarget", {
            "targetId": target["targetId"], "flatten": True}, browser=True)
        self.session_id = attached["sessionId"]
        await self.send("Runtime.enable")
        await self.send("Page.enable")
        await self.send("Page.navigate", {"url": url})
        await self.wait("document.readyState === 'complete' && !!document.getElementById"
                        "('connect')")

    async def evaluate(self, expression: str, timeout: float = 20) -> Any:
        result = await self.send("Runtime.evaluate", {
            "expression": expression, "awaitPromise": True, "returnByValue": True},
            timeout=timeout)
        if "exceptionDetails" in result:
            raise CdpError(f"{expression[:80]}: {result['exceptionDetails']}; "
                           f"console: {self.console[-5:]}")
        return result["result"].get("value")

    async def wait(self, condition: str, timeout: float = 15) -> Any:
        """Evaluate ``condition`` in the page until it is truthy; its value."""
        what = json.dumps(f"timed out: {condition}")
        script = f"""new Promise((resolve, reject) => {{
            const deadline = Date.now() + {int(timeout * 1000)};
            const check = () => {{
                let value;
                try {{ value = ({condition}); }} catch (e) {{ value = undefined; }}
                if (value) resolve(value);
                else if (Date.now() > deadline) reject(new Error({what}));
                else setTimeout(check, 20);
            }};
            check();
        }})"""
        return await self.evaluate(script, timeout=timeout + 5)

    async def close(self) -> None:
        self._reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._reader


@contextlib.asynccontextmanager
async def chromium() -> AsyncIterator[Page]:
    """A headless Chromium with one page, closed afterwards."""
    path = chromium_path()
    assert path is not None
    with tempfile.TemporaryDirectory(prefix="cmgui-chromium-") as profile:
        proc = await asyncio.create_subprocess_exec(
            path, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank",
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
        try:
            assert proc.stderr is not None
            url = await asyncio.wait_for(_devtools_url(proc.stderr), 30)
            async with aiohttp.ClientSession() as http, \
                    http.ws_connect(url, max_msg_size=0) as ws:
                page = Page(ws)
                try:
                    yield page
                finally:
                    await page.close()
        finally:
            if proc.returncode is None:
                proc.terminate()
                try:
                    await asyncio.wait_for(proc.wait(), 10)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()


async def _devtools_url(stderr: asyncio.StreamReader) -> str:
    while True:
        line = await stderr.readline()
        if not line:
            raise CdpError("chromium exited before it listened for DevTools")
        found = _LISTENING.search(line.decode(errors="replace"))
        if found:
            asyncio.get_running_loop().create_task(_drain(stderr))
            return found.group(1)


async def _drain(stream: asyncio.StreamReader) -> None:
    with contextlib.suppress(Exception):
        while await stream.read(65536):
            pass
