"""``cmcli serve``: expose a device as an OpenCMAPI Web binding endpoint; ``cmcli login``/
``logout``: keep an endpoint's token in the keyring for the remote client and the endpoint in
the saved list (``endpoints.json``, shared with the app) that ``cmcli devices`` shows."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import logging
import signal
import ssl
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cmgui.cli import gateway_cmds
from cmgui.cli.common import CliError, Output, open_device
from cmgui.common.cmapi_device import DEFAULT_PORT
from cmgui.common.token_file import TokenFileError, first_token
from cmgui.paths import config_dir
from cmgui.server.auth import TokenRedactor, TokenStore, ensure_token_file
from cmgui.server.defaults import DEFAULT_HOST
from cmgui.server.discovery import Announcer, is_wildcard
from cmgui.server.limits import Limits
from cmgui.service.device import Device
from cmgui.service.dispatcher import Dispatcher
from cmgui.service.saved_devices import SavedEndpoints
from cmgui.service.wlan_overlay import release, with_local_wlan
from cmgui.store.secrets import install_redactor

if TYPE_CHECKING:
    from cmgui.server.app import CmapiServer

log = logging.getLogger(__name__)


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    defaults = Limits()
    p = sub.add_parser("serve", parents=[common],
                       help="serve a device over the OpenCMAPI Web binding (HTTP + WebSocket)")
    p.add_argument("--listen", default=f"{DEFAULT_HOST}:{DEFAULT_PORT}", metavar="HOST:PORT",
                   help=f"address to listen on (default {DEFAULT_HOST}:{DEFAULT_PORT}; "
                        "port 0 picks a free one)")
    p.add_argument("--token-file", type=Path, default=None, metavar="F",
                   help="bearer tokens, 'TOKEN [full|read]' a line; created with a new token "
                        "(mode 0600) if missing (default: <config dir>/serve-tokens)")
    p.add_argument("--no-auth", action="store_true",
                   help="accept requests without a token (loopback addresses only)")
    p.add_argument("--tls-cert", type=Path, metavar="F", help="TLS certificate chain (PEM)")
    p.add_argument("--tls-key", type=Path, metavar="F", help="TLS private key (PEM)")
    p.add_argument("--poll-timeout", type=float, default=defaults.poll_timeout, metavar="S",
                   help=f"long-poll wait before 204 (default {defaults.poll_timeout:g} s)")
    p.add_argument("--max-clients", type=int, default=defaults.max_clients, metavar="N")
    p.add_argument("--max-message-size", type=int, default=defaults.max_message_size,
                   metavar="BYTES")
    p.add_argument("--rate", type=float, default=defaults.rate, metavar="PER_S",
                   help=f"requests a second per client, 0 = no limit "
                        f"(default {defaults.rate:g}, burst {defaults.burst})")
    p.add_argument("--header-timeout", type=float, default=defaults.header_timeout,
                   metavar="S", help="seconds a connection may take to send a request's "
                   f"headers or sit idle (default {defaults.header_timeout:g})")
    p.add_argument("--max-connections", type=int, default=defaults.max_connections,
                   metavar="N", help="open connections at once, and --max-connections-per-ip "
                   "from one address (both kept below the file descriptor limit; default "
                   f"{defaults.max_connections} and {defaults.max_connections_per_ip})")
    p.add_argument("--max-connections-per-ip", type=int,
                   default=defaults.max_connections_per_ip, metavar="N",
                   help=argparse.SUPPRESS)
    p.add_argument("--allow-origin", action="append", default=[], metavar="ORIGIN",
                   help="let Web pages from ORIGIN (e.g. http://localhost:8000) use the "
                        "endpoint; repeatable; none by default")
    p.add_argument("--announce", action="store_true",
                   help="answer mDNS queries for cmapi.device on the local network")
    p.add_argument("--team", action="store_true",
                   help="also be the team's poller of a shared PostgreSQL store (--store): run "
                        "queued jobs, poll fleet accounts and gateways (docs/team.md)")
    p.add_argument("--team-only", action="store_true",
                   help="be the team's poller without serving a device")
    p.add_argument("--no-upstream", action="store_true",
                   help="with --team: run queued jobs only, poll nothing")
    p.add_argument("--gateway-push", metavar="HOST:PORT",
                   help="with --team: receive a gateway's pushes there (as cmcli gateway "
                        "listen --listen HOST:PORT) into the shared store")
    p.add_argument("-g", "--gateway", default=argparse.SUPPRESS, metavar="URL",
                   help="with --gateway-push: the gateway pushing (default: "
                        f"${gateway_cmds.ENV_GATEWAY} or the only gateway logged in to)")
    p.set_defaults(handler=cmd_serve)

    p = sub.add_parser("login", parents=[common],
                       help="store an endpoint's token in the keyring")
    p.add_argument("url", help="endpoint address, e.g. http://host:8485/cmapi")
    p.add_argument("--token-file", type=Path, metavar="F",
                   help="read the token from this file (default: ask)")
    gateway_cmds.add_login_options(p)
    p.set_defaults(handler=cmd_login)
    p = sub.add_parser("logout", parents=[common],
                       help="remove an endpoint's token from the keyring")
    p.add_argument("url")
    p.set_defaults(handler=cmd_logout)


def parse_listen(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise CliError(f"--listen wants HOST:PORT, not {text!r}")
    host = host.strip("[]") or DEFAULT_HOST
    return host, int(port)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_tls(cert: Path | None, key: Path | None) -> ssl.SSLContext | None:
    if cert is None and key is None:
        return None
    if cert is None or key is None:
        raise CliError("--tls-cert and --tls-key go together")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(str(cert), str(key))
    except (OSError, ssl.SSLError) as exc:
        raise CliError(f"cannot load the TLS certificate or key: {exc}") from None
    return context


def load_tokens(args: argparse.Namespace, host: str, out: Output) -> TokenStore | None:
    if args.no_auth:
        if not is_loopback(host):
            raise CliError("--no-auth is only allowed on a loopback address; "
                           "anyone on the network could use the device")
        return None
    path = args.token_file or config_dir() / "serve-tokens"
    try:
        if ensure_token_file(path):
            out.stderr.write(f"cmcli: generated a new token in {path} "
                             "(give it to clients; it is not shown)\n")
        return TokenStore.from_file(path)
    except TokenFileError as exc:
        raise CliError(str(exc)) from None


def allowed_origins(values: list[str]) -> list[str]:
    """The ``--allow-origin`` values, each checked to be an origin (a usage error if not)."""
    from cmgui.server.cors import OriginError, normalize_origin

    try:
        return [normalize_origin(value) for value in values]
    except OriginError as exc:
        raise CliError(f"--allow-origin: {exc}") from None


def _protect_logs() -> None:
    install_redactor()
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, TokenRedactor) for f in handler.filters):
            handler.addFilter(TokenRedactor())


@contextlib.asynccontextmanager
async def _with_local_wlan(device: Device) -> AsyncIterator[Device]:
    """The device, with this computer's Wi-Fi answering the CMAPI WLAN functions when it has
    none of its own (:func:`cmgui.service.wlan_overlay.with_local_wlan`)."""
    served = await with_local_wlan(device)
    try:
        yield served
    finally:
        await release(device, served)


async def cmd_serve(args: argparse.Namespace, out: Output) -> int:
    _protect_logs()
    if args.gateway_push and not (args.team or args.team_only):
        raise CliError("--gateway-push goes with --team or --team-only (a shared store)")
    if args.team_only:
        from cmgui.cli.team_cmds import cmd_serve_team_only

        return await cmd_serve_team_only(args, out)
    if args.team:
        from cmgui.cli.fleet_cmds import guarded
        from cmgui.cli.team_cmds import team_poller

        async def serve_with_poller(args: argparse.Namespace, out: Output) -> int:
            async with team_poller(out, upstream=not args.no_upstream, args=args):
                return await _serve(args, out)
        return await guarded(serve_with_poller)(args, out)
    return await _serve(args, out)


async def _serve(args: argparse.Namespace, out: Output) -> int:
    host, port = parse_listen(args.listen)
    tokens = load_tokens(args, host, out)
    tls = server_tls(args.tls_cert, args.tls_key)
    if args.poll_timeout <= 0 or args.max_clients < 1 or args.max_message_size < 256 \
            or args.header_timeout <= 0 or args.max_connections < 1 \
            or args.max_connections_per_ip < 1:
        raise CliError("--poll-timeout, --max-clients, --max-message-size, --header-timeout "
                       "and --max-connections must be positive")
    origins = allowed_origins(args.allow_origin)
    limits = Limits(max_message_size=args.max_message_size, max_clients=args.max_clients,
                    max_pending_polls=args.max_clients, poll_timeout=args.poll_timeout,
                    rate=args.rate, header_timeout=args.header_timeout,
                    max_connections=args.max_connections,
                    max_connections_per_ip=args.max_connections_per_ip)
    from cmgui.server.app import CmapiServer, ServerConfig  # aiohttp: only when serving

    async with open_device(args.device) as device, _with_local_wlan(device) as served:
        config = ServerConfig(host=host, port=port, tokens=tokens, ssl_context=tls,
                              limits=limits, allow_origins=origins)
        server = CmapiServer(Dispatcher({"1": served}), config)
        try:
            await server.start()
        except OSError as exc:
            raise CliError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
        announcer = None
        try:
            if args.announce:
                announcer = await _announce(host, server)
            if out.json_mode:
                out.json({"url": server.url, "ws": server.ws_url, "device": device.address,
                          "auth": tokens is not None})
            else:
                out.text(f"Serving {device.address} at {server.url} "
                         f"(WebSocket {server.ws_url}); Ctrl+C stops")
            await wait_for_signal()
        finally:
            if announcer is not None:
                await announcer.stop()
            await server.stop()
    return 0


async def _announce(host: str, server: CmapiServer) -> Announcer | None:
    address = None if is_wildcard(host) else host  # None: each asker's facing address
    announcer = Announcer(address, server.port, server.scheme)
    try:
        await announcer.start()
    except OSError as exc:
        log.warning("cannot announce cmapi.device by mDNS (%s); clients need the address", exc)
        return None
    return announcer


async def wait_for_signal() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    await stop.wait()


async def cmd_login(args: argparse.Namespace, out: Output) -> int:
    if gateway_cmds.wants_gateway(args):
        return await gateway_cmds.cmd_gateway_login(args, out)
    from getpass import getpass

    from cmgui.drivers.remote.address import parse_address
    from cmgui.drivers.remote.tokens import save_token
    from cmgui.store.secrets import register_secret

    url = parse_address(args.url).url
    try:
        token = first_token(args.token_file) if args.token_file else \
            await asyncio.to_thread(getpass, f"Token for {url}: ")
    except TokenFileError as exc:
        raise CliError(str(exc)) from None
    token = token.strip()
    if not token:
        raise CliError("no token given")
    register_secret(token)
    await save_token(url, token)
    _update_saved(lambda saved: saved.remember(args.url))
    out.result({"url": url, "stored": True},
               lambda _: f"Token for {url} stored in the keyring; listed by cmcli devices")
    return 0


async def cmd_logout(args: argparse.Namespace, out: Output) -> int:
    if gateway_cmds.wants_gateway(args):
        return await gateway_cmds.cmd_gateway_logout(args, out)
    from cmgui.drivers.remote.address import parse_address
    from cmgui.drivers.remote.tokens import delete_token

    url = parse_address(args.url).url
    await delete_token(args.url)
    _update_saved(lambda saved: saved.forget(args.url))
    out.result({"url": url, "stored": False},
               lambda _: f"Token for {url} removed; no longer listed by cmcli devices")
    return 0


def _update_saved(change: Callable[[SavedEndpoints], bool]) -> None:
    """Add or remove an endpoint in the saved list the app shares."""
    try:
        change(SavedEndpoints())
    except OSError as exc:
        raise CliError(f"cannot update the saved endpoint list: {exc}") from None
