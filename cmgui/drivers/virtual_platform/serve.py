"""``cmcli virtual-platform cmo|cmp``: serve a simulator and say how to add it as an account.

Credentials live in ``virtual-platform/`` of the data directory (files readable only by the
user) and are kept between runs, so an account added once keeps working; the fleet itself is
generated afresh (the same SIMs for the same ``--sims``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from aiohttp import web

from cmgui.paths import data_dir

from .cmo_server import CmoSimulator
from .cmp_auth import Verifier, new_key_pair, public_key_of
from .cmp_server import CmpSimulator

DEFAULT_LISTEN = "127.0.0.1:0"
CMP_KEY_ID = "cmgui-demo"


@dataclass
class Served:
    """A running simulator: what a client needs to reach it."""

    platform: str
    url: str
    runner: web.AppRunner
    simulator: CmoSimulator | CmpSimulator
    credentials: dict[str, str]

    async def close(self) -> None:
        await self.runner.cleanup()


def _private_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    if os.name == "posix":
        os.chmod(path, 0o600)


def _kept(path: Path, make: Callable[[], str]) -> str:
    """The content of ``path``, made (and written 0600) the first time."""
    try:
        text = path.read_text(encoding="utf-8")
        if text.strip():
            return text
    except OSError:
        pass
    text = make()
    _private_write(path, text)
    return text


def parse_listen(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"--listen wants HOST:PORT, not {text!r}")
    return host.strip("[]") or "127.0.0.1", int(port)


async def _start(app: web.Application, host: str, port: int) -> tuple[web.AppRunner, int]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    server = site._server
    sockets = getattr(server, "sockets", None) or []
    return runner, (sockets[0].getsockname()[1] if sockets else port)


def _url_host(host: str) -> str:
    if host in ("0.0.0.0", "::", ""):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host


async def serve_cmo(host: str, port: int, *, sims: int, state: Path,
                    **options: Any) -> Served:
    secret = _kept(state / "cmo-client-secret", lambda: secrets.token_urlsafe(24)).strip()
    simulator = CmoSimulator(sims=sims, client_secret=secret, **options)
    runner, port = await _start(simulator.app(), host, port)
    origin = f"http://{_url_host(host)}:{port}"
    return Served("cmo", f"cmo+{origin}/{simulator.tenant}", runner, simulator, {
        "clientId": simulator.client_id, "secretFile": str(state / "cmo-client-secret"),
        "tokenURL": origin + simulator.token_path})


async def serve_cmp(host: str, port: int, *, sims: int, state: Path, push_url: str = "",
                    **options: Any) -> Served:
    pem = _kept(state / "cmp-private-key.pem", lambda: new_key_pair()[0])
    hmac_secret = _kept(state / "cmp-hmac-secret", lambda: secrets.token_urlsafe(24)).strip()
    verifier = Verifier({CMP_KEY_ID: public_key_of(pem)}, {CMP_KEY_ID: hmac_secret})
    simulator = CmpSimulator(sims=sims, verifier=verifier, push_url=push_url, **options)
    runner, port = await _start(simulator.app(), host, port)
    origin = f"http://{_url_host(host)}:{port}"
    return Served("cmp", f"cmp+{origin}", runner, simulator, {
        "keyId": CMP_KEY_ID, "privateKeyFile": str(state / "cmp-private-key.pem"),
        "hmacSecretFile": str(state / "cmp-hmac-secret")})


def describe(served: Served, name: str = "") -> dict[str, Any]:
    """The JSON line ``cmcli virtual-platform --json`` prints."""
    name = name or f"demo-{served.platform}"
    c = served.credentials
    if served.platform == "cmo":
        add = (f"cmcli fleet add {name} {served.url} --client-id {c['clientId']} "
               f"--secret-file {c['secretFile']} --token-url {c['tokenURL']}")
    else:
        add = (f"cmcli fleet add {name} {served.url} --key-id {c['keyId']} "
               f"--private-key-file {c['privateKeyFile']}")
    sims = len(served.simulator.fleet)
    return {"platform": served.platform, "url": served.url, "sims": sims, **c, "add": add}


def print_banner(info: dict[str, Any], out: TextIO, json_mode: bool) -> None:
    if json_mode:
        out.write(json.dumps(info) + "\n")
    else:
        label = "CMO (Deutsche Telekom IoT)" if info["platform"] == "cmo" else "CMP (Linksfield)"
        out.write(f"Simulated {label} with {info['sims']} SIMs at {info['url']}\n")
        for key, value in info.items():
            if key not in ("platform", "url", "sims", "add"):
                out.write(f"  {key}: {value}\n")
        out.write(f"Add it with:\n  {info['add']}\nStop with Ctrl+C.\n")
    out.flush()


async def run(platform: str, listen: str, sims: int, *, push_url: str = "",
              json_mode: bool = False, out: TextIO = sys.stdout,
              state: Path | None = None) -> int:
    host, port = parse_listen(listen)
    state = state or data_dir() / "virtual-platform"
    if platform == "cmo":
        served = await serve_cmo(host, port, sims=sims, state=state)
    else:
        served = await serve_cmp(host, port, sims=sims, state=state, push_url=push_url)
    print_banner(describe(served), out, json_mode)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await served.close()
    return 0
