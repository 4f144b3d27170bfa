"""``cmcli gateway -g GATEWAY_URL …`` (ports, status, send, tasks, stop, queue, sync, cdr, stk,
listen), ``cmcli virtual-gateway``, and the gateway part of ``cmcli login``/``logout``.

JSON shapes are documented in docs/cli.md ("SMS gateways"). ``send`` exits 1 unless every
recipient was sent; every other command exits 0 on success and 1 with one line on an error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TextIO

from cmgui.cli.common import CliError, Output
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.gateway.address import is_gateway_address, parse_gateway_address
from cmgui.drivers.gateway.gateway import DinstarGateway
from cmgui.service.gateway import BulkProgress, RecipientsError, parse_recipients

ENV_GATEWAY = "CMGUI_GATEWAY"


def add_login_options(p: argparse.ArgumentParser) -> None:
    """The options ``cmcli login`` takes for a gateway URL."""
    g = p.add_argument_group("SMS gateways (dinstar+http(s)://HOST)")
    g.add_argument("--user", help="the gateway's user name")
    g.add_argument("--password-file", type=Path, metavar="F",
                   help="read the password from this file (default: ask)")
    pin = g.add_mutually_exclusive_group()
    pin.add_argument("--trust-on-first-use", action="store_true",
                     help="pin the certificate the gateway presents now (self-signed TLS)")
    pin.add_argument("--fingerprint", metavar="SHA256",
                     help="pin this SHA-256 certificate fingerprint (AB:CD:…)")
    g.add_argument("--allow-basic-over-http", action="store_true",
                   help="allow Basic authentication without TLS (the password travels readable)")
    g.add_argument("--label", default=None, help="a name shown in device lists")


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    target = argparse.ArgumentParser(add_help=False)
    target.add_argument("-g", "--gateway", default=argparse.SUPPRESS, metavar="URL",
                        help="gateway address, dinstar+https://HOST[:PORT] (default: "
                             f"${ENV_GATEWAY} or the only gateway logged in to)")
    parents = [common, target]
    gw = sub.add_parser("gateway", parents=parents, help="manage an SMS gateway as a whole")
    cmds = gw.add_subparsers(dest="gateway_command", metavar="COMMAND", required=True)

    p = cmds.add_parser("ports", parents=parents, help="every port's state at a glance")
    p.set_defaults(handler=cmd_ports)
    p = cmds.add_parser("status", parents=parents, help="CPU, memory and flash of the gateway")
    p.set_defaults(handler=cmd_status)
    p = cmds.add_parser("send", parents=parents, help="bulk SMS to the numbers of a CSV file")
    p.add_argument("--csv", type=Path, required=True, metavar="FILE",
                   help="header row; a number column, optional param… columns for #param#, "
                        "an optional user_id column")
    p.add_argument("--text", required=True, metavar="TEMPLATE",
                   help="the message; each #param# takes the next param column")
    p.add_argument("--ports", type=_ports, default=(), metavar="0,3",
                   help="send only on these ports (default: any free port)")
    p.add_argument("--report", action="store_true", help="ask for delivery reports")
    p.add_argument("--queue", action="store_true",
                   help="queue the send for the team's poller (cmcli serve --team on a shared "
                        "store) and return; cmcli jobs watch JOB follows it")
    p.set_defaults(handler=cmd_send)
    p = cmds.add_parser("tasks", parents=parents, help="sending tasks started from here")
    p.set_defaults(handler=cmd_tasks)
    p = cmds.add_parser("stop", parents=parents, help="stop a sending task")
    p.add_argument("task_id", type=int, metavar="TASK_ID")
    p.set_defaults(handler=cmd_stop)
    p = cmds.add_parser("queue", parents=parents, help="messages waiting to be sent")
    p.set_defaults(handler=cmd_queue)
    p = cmds.add_parser("sync", parents=parents,
                        help="archive every port's inbound SMS (each message once)")
    p.add_argument("--from-start", action="store_true",
                   help="read every message the gateway keeps again (after a gateway reset)")
    p.set_defaults(handler=cmd_sync)
    p = cmds.add_parser("cdr", parents=parents, help="call records")
    p.add_argument("--ports", type=_ports, default=(), metavar="0,3")
    p.set_defaults(handler=cmd_cdr)
    p = cmds.add_parser("reset", parents=parents, help="restart a port's module")
    p.add_argument("port", type=int, metavar="PORT")
    p.set_defaults(handler=cmd_reset)
    p = cmds.add_parser("stk", parents=parents, help="the SIM Toolkit menu of a port")
    p.add_argument("port", type=int, metavar="PORT")
    act = p.add_mutually_exclusive_group()
    act.add_argument("--select", type=int, metavar="ITEM", help="choose a menu item")
    act.add_argument("--input", metavar="TEXT", help="answer a prompt")
    act.add_argument("--ok", action="store_true", help="confirm")
    act.add_argument("--cancel", action="store_true", help="go back")
    act.add_argument("--home", action="store_true", help="back to the main menu")
    p.set_defaults(handler=cmd_stk)
    p = cmds.add_parser("listen", parents=parents,
                        help="receive the gateway's pushes (SMS, results, reports, …)")
    p.add_argument("--listen", default="0.0.0.0:8090", metavar="HOST:PORT",
                   help="address to listen on (default 0.0.0.0:8090)")
    p.add_argument("--count", type=int, default=0, help="stop after N events")
    p.set_defaults(handler=cmd_listen)

    p = sub.add_parser("virtual-gateway", parents=[common],
                       help="serve the built-in virtual SMS gateway (the demo and test bed)")
    p.add_argument("--ports", type=int, default=8, help="number of ports (1-32, default 8)")
    p.add_argument("--listen", default="127.0.0.1:8880", metavar="HOST:PORT",
                   help="address to serve on (default 127.0.0.1:8880; port 0: any free one)")
    p.add_argument("--push-url", metavar="URL",
                   help="push events there, e.g. http://127.0.0.1:8090/gateway/push")
    p.add_argument("--user", default="admin")
    p.add_argument("--password", default="admin")
    p.add_argument("--auth", choices=["digest", "basic", "none"], default="digest")
    p.add_argument("--tls-cert", type=Path, metavar="F", help="serve HTTPS with this certificate")
    p.add_argument("--tls-key", type=Path, metavar="F")
    p.add_argument("--time-scale", type=float, default=1.0, metavar="X",
                   help="multiply every delay (SMS 2-8 s per port) by X (default 1)")
    p.add_argument("--all-ready", action="store_true",
                   help="every port registered (default: ports in different states)")
    p.set_defaults(handler=cmd_virtual_gateway)


def _ports(text: str) -> tuple[int, ...]:
    try:
        ports = tuple(int(p) for p in text.split(",") if p.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"ports are numbers separated by commas: {text!r}") \
            from None
    if any(not 0 <= p <= 31 for p in ports):
        raise argparse.ArgumentTypeError("gateway ports run from 0 to 31")
    return ports


def resolve_gateway(args: argparse.Namespace) -> str:
    """-g, $CMGUI_GATEWAY, or the only saved gateway."""
    address = getattr(args, "gateway", None) or os.environ.get(ENV_GATEWAY)
    if address:
        if not is_gateway_address(address):
            raise CliError(f"{address!r} is not a gateway address (dinstar+https://HOST)")
        return parse_gateway_address(address).gateway
    from cmgui.drivers.gateway.credentials import saved_gateways

    saved = saved_gateways()
    if len(saved) == 1:
        return saved[0].address
    if not saved:
        raise CliError("no gateway given: name one with -g dinstar+https://HOST (log in first: "
                       "cmcli login dinstar+https://HOST --user USER)")
    raise CliError("several gateways are saved (" + ", ".join(s.address for s in saved) +
                   "); choose one with -g")


@asynccontextmanager
async def opened(args: argparse.Namespace, archive: bool = True) -> AsyncIterator[DinstarGateway]:
    gateway = DinstarGateway(resolve_gateway(args), archive=archive)
    await gateway.open()
    try:
        yield gateway
    finally:
        await gateway.close()


# --- ports, status -------------------------------------------------------------------------------

def _ago(stamp: float | None) -> str:
    if stamp is None:
        return "-"
    seconds = max(0, int(time.time() - stamp))
    if seconds < 60:
        return f"{seconds} s ago"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))


def ports_table(rows: list[dict[str, Any]]) -> str:
    header = ("PORT", "TYPE", "STATE", "SIGNAL", "OPERATOR", "SIM (IMSI)", "NUMBER", "LAST")
    lines = [header]
    for r in rows:
        signal = f"{r['signalPercentage']} %" if r["registrationState"] == "registeredHome" \
            else "-"
        lines.append((str(r["port"]), r["type"] or "?", r["reg"] or "?", signal,
                      r["operator"] or "-", r["IMSI"] or "-", r["number"] or "-",
                      _ago(r["lastActivity"])))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
                     for line in lines)


async def cmd_ports(args: argparse.Namespace, out: Output) -> int:
    async with opened(args, archive=False) as gateway:
        rows = [p.to_json() for p in await gateway.ports()]
    out.result(rows, ports_table)
    return 0


def _kib(value: int | None) -> str:
    return "?" if value is None else f"{value / 1024:.1f} MiB"


def status_text(s: dict[str, Any]) -> str:
    cpu = "?" if s["cpuPercent"] is None else f"{s['cpuPercent']:g} %"
    memory = "?" if s["memoryPercent"] is None else f"{s['memoryPercent']:g} %"
    flash = "?"
    if s["flashTotal"] and s["flashUsed"] is not None:
        flash = f"{100 * s['flashUsed'] / s['flashTotal']:.0f} %"
    return (f"CPU      {cpu}\nmemory   {memory} of {_kib(s['memoryTotal'])} "
            f"(free {_kib(s['memoryFree'])})\nflash    {flash} of {_kib(s['flashTotal'])}")


async def cmd_status(args: argparse.Namespace, out: Output) -> int:
    async with opened(args, archive=False) as gateway:
        status = (await gateway.status()).to_json()
    out.result(status, status_text)
    return 0


# --- send ----------------------------------------------------------------------------------------

class ProgressBar:
    """A one-line progress bar on a terminal (nothing anywhere else)."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.enabled = stream.isatty()
        self._last = ""

    def __call__(self, p: BulkProgress) -> None:
        if not self.enabled or not p.total:
            return
        filled = round(self.width * p.done / p.total)
        line = (f"\r[{'#' * filled}{'.' * (self.width - filled)}] {p.done}/{p.total} done, "
                f"{p.sent} sent, {p.failed} failed")
        if line != self._last:
            self.stream.write(line)
            self.stream.flush()
            self._last = line

    def finish(self) -> None:
        if self.enabled and self._last:
            self.stream.write("\n")
            self.stream.flush()


def results_text(value: dict[str, Any]) -> str:
    lines = [f"tasks {', '.join(str(t) for t in value['taskIds']) or '-'}"]
    for r in value["results"]:
        port = "-" if r["port"] is None else str(r["port"])
        lines.append(f"{r['number']:<20} port {port:<3} {r['status']}")
    counts: dict[str, int] = {}
    for r in value["results"]:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    lines.append(", ".join(f"{n} {s}" for s, n in sorted(counts.items())))
    return "\n".join(lines)


async def cmd_send(args: argparse.Namespace, out: Output) -> int:
    try:
        text = args.csv.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CliError(f"cannot read {args.csv}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise CliError(f"{args.csv} is not UTF-8 text") from None
    try:
        recipients = parse_recipients(text)
    except RecipientsError as err:
        raise CliError(f"{args.csv}: {err}") from None
    from cmgui.cli import team_cmds

    if args.queue:
        return await team_cmds.enqueue_bulk_send(resolve_gateway(args), args.text, recipients,
                                                 args.ports, args.report, out)
    refused = await team_cmds.send_refused(out)
    if refused is not None:
        return refused
    bar = ProgressBar(out.stderr)
    async with opened(args) as gateway:
        try:
            outcome = await gateway.send_bulk(args.text, recipients, ports=args.ports,
                                              report=args.report, progress=bar)
        finally:
            bar.finish()
    value = outcome.to_json()
    out.result(value, results_text)
    ok = all(r["status"] in ("SENT_OK", "DELIVERED") for r in value["results"])
    return 0 if ok else 1


# --- tasks, stop, queue --------------------------------------------------------------------------

def tasks_text(tasks: list[dict[str, Any]]) -> str:
    if not tasks:
        return "No sending tasks started from this computer."
    lines = []
    for t in tasks:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(t["createdAt"]))
        counts = ", ".join(f"{n} {s}" for s, n in sorted(t["statuses"].items()))
        lines.append(f"task {t['taskId']:<6} {when}  {t['recipients']} recipients: {counts}")
    return "\n".join(lines)


async def cmd_tasks(args: argparse.Namespace, out: Output) -> int:
    async with opened(args) as gateway:
        tasks = [t.to_json() for t in await gateway.tasks()]
    out.result(tasks, tasks_text)
    return 0


async def cmd_stop(args: argparse.Namespace, out: Output) -> int:
    async with opened(args, archive=False) as gateway:
        stopped = await gateway.stop_task(args.task_id)
    if not stopped:
        raise CmapiError(ErrorCode.INVALID_PARAMETER, data={
            "reason": f"the gateway has no sending task {args.task_id}"})
    out.result({"taskId": args.task_id, "stopped": True},
               lambda _: f"Task {args.task_id} stopped")
    return 0


async def cmd_queue(args: argparse.Namespace, out: Output) -> int:
    async with opened(args, archive=False) as gateway:
        waiting = await gateway.queue()
    out.result({"inQueue": waiting}, lambda v: f"{v['inQueue']} messages waiting to be sent")
    return 0


# --- sync, cdr, stk ------------------------------------------------------------------------------

async def cmd_sync(args: argparse.Namespace, out: Output) -> int:
    async with opened(args) as gateway:
        outcome = (await gateway.sync_inbound(from_start=args.from_start)).to_json()
    out.result(outcome, lambda v: f"{v['new']} new messages archived ({v['listed']} read, "
                                  f"{v['duplicates']} already archived)")
    return 0


def cdr_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No call records."
    return "\n".join(
        f"port {r['port']}  {r['startDate']}  {r['direction']:<8} {r['sourceNumber']} -> "
        f"{r['destinationNumber']}  {r['duration']} s  hangup: {r['hangup']}" for r in rows)


async def cmd_cdr(args: argparse.Namespace, out: Output) -> int:
    from cmgui.drivers.gateway.listen import _data

    async with opened(args, archive=False) as gateway:
        rows = [_data(c) for c in await gateway.cdr(args.ports)]
    out.result(rows, cdr_text)
    return 0


async def cmd_reset(args: argparse.Namespace, out: Output) -> int:
    async with opened(args, archive=False) as gateway:
        state = (await gateway.reset_port(args.port)).to_json()
    out.result(state, lambda s: f"Port {s['port']} restarted; now {s['reg'] or 'unknown'}")
    return 0


def stk_text(view: dict[str, Any]) -> str:
    lines = [view["title"] or "(no title)"]
    if view["text"]:
        lines.append(view["text"])
    lines += [f"  {i['id']}. {i['text']}" for i in view["items"]]
    lines.append(f"({view['inputKind']}; frame {view['frameId']})")
    return "\n".join(lines)


async def cmd_stk(args: argparse.Namespace, out: Output) -> int:
    async with opened(args, archive=False) as gateway:
        if args.select is not None:
            view = await gateway.stk_go(args.port, item=args.select)
        elif args.input is not None:
            view = await gateway.stk_go(args.port, param=args.input)
        elif args.ok or args.cancel or args.home:
            action = "ok" if args.ok else "cancel" if args.cancel else "home"
            view = await gateway.stk_go(args.port, action=action)
        else:
            view = await gateway.stk_view(args.port)
    value = {"port": args.port, "title": view.title, "text": view.text,
             "inputType": view.input_type, "inputKind": view.input_kind,
             "frameId": view.frame_id,
             "items": [{"id": i.item_id, "text": i.item_string} for i in view.items]}
    out.result(value, stk_text)
    return 0


# --- listen --------------------------------------------------------------------------------------

def listen_line(line: dict[str, Any]) -> str:
    data = line["data"]
    inner = next((v for v in data.values() if isinstance(v, dict)), data)
    port = "" if line["port"] is None else f" port {line['port']}"
    summary = {
        "sms": lambda: f"from {inner.get('number')}: {inner.get('text')}",
        "sms_result": lambda: f"{inner.get('number')}: {inner.get('status')}",
        "sms_deliver_status": lambda: f"{inner.get('number')} ref {inner.get('refId')}: "
                                      f"status {inner.get('statusCode')}",
        "ussd": lambda: str(inner.get("text")),
        "register": lambda: f"SIM {data.get('status')}",
        "device": lambda: f"gateway {data.get('status')}",
    }.get(line["event"], lambda: json.dumps(data, ensure_ascii=False))()
    return f"{time.strftime('%H:%M:%S')} {line['event']}{port}: {summary}"


async def cmd_listen(args: argparse.Namespace, out: Output) -> int:
    from cmgui.cli.gateway_push import push_receiver
    from cmgui.cli.serve_cmds import parse_listen
    from cmgui.drivers.gateway import listen
    from cmgui.store.errors import StoreError
    from cmgui.store.gateway import GatewayArchive

    host, port = parse_listen(args.listen)
    address = getattr(args, "gateway", None) or os.environ.get(ENV_GATEWAY)
    gateway_key = parse_gateway_address(address).gateway if address else None
    try:
        archive = GatewayArchive.open()
    except StoreError as err:
        raise CliError(f"the local database cannot be opened: {err}") from None
    done = asyncio.Event()
    seen = 0

    def show(event: Any, kept: bool | None) -> None:
        nonlocal seen
        line = listen.describe(event, archived=kept)
        if out.json_mode:
            out.json(line)
        else:
            out.text(listen_line(line))
        seen += 1
        if args.count and seen >= args.count:
            done.set()

    try:
        async with push_receiver(host, port, [gateway_key] if gateway_key else [], archive, out,
                                 on_event=show) as receiver:
            shown = receiver.url
            if host in ("0.0.0.0", "::", ""):
                from cmgui.server.discovery import primary_address

                shown = receiver.url.replace(f"//{host}:", f"//{primary_address()}:", 1) \
                    .replace(f"//[{host}]:", f"//{primary_address()}:", 1)
            hint = (f"Enter this URL in the gateway's web UI as the push address: {shown} "
                    "(Ctrl+C stops)")
            if out.json_mode:
                out.stderr.write(hint + "\n")
            else:
                out.text(hint)
            await _until(done)
    finally:
        archive.close()
    return 0


async def _until(done: asyncio.Event) -> None:
    import contextlib
    import signal

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, done.set)
    await done.wait()


# --- virtual gateway -----------------------------------------------------------------------------

async def cmd_virtual_gateway(args: argparse.Namespace, out: Output) -> int:
    from cmgui.cli.serve_cmds import parse_listen, server_tls
    from cmgui.drivers.virtual_gateway.serve import make_server, run_until_stopped

    if not 1 <= args.ports <= 32:
        raise CliError("--ports wants 1 to 32")
    if args.time_scale <= 0:
        raise CliError("--time-scale must be positive")
    host, port = parse_listen(args.listen)
    server = make_server(ports=args.ports, host=host, port=port, user=args.user,
                         password=args.password, auth=args.auth, push_url=args.push_url,
                         ssl_context=server_tls(args.tls_cert, args.tls_key),
                         time_scale=args.time_scale, all_ready=args.all_ready)

    def started(s: Any) -> None:
        if out.json_mode:
            out.json({"address": s.address, "url": s.url, "ports": args.ports,
                      "user": args.user, "auth": args.auth})
            return
        login = f"cmcli login {s.address} --user {args.user}"
        if s.scheme == "https":
            login += " --trust-on-first-use"
        out.text(f"Virtual gateway with {args.ports} ports at {s.address} "
                 f"(user {args.user!r}, password {args.password!r}); Ctrl+C stops.\n"
                 f"Log in:  {login}\nThen:    cmcli gateway -g {s.address} ports")

    try:
        await run_until_stopped(server, started)
    except OSError as exc:
        raise CliError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return 0


# --- login / logout ------------------------------------------------------------------------------

def _read_password(path: Path | None, prompt: str) -> str:
    if path is None:
        from getpass import getpass

        return getpass(prompt)
    try:
        return path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
    except (OSError, IndexError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read the password from {path}: {exc}") from None


async def cmd_gateway_login(args: argparse.Namespace, out: Output) -> int:
    """``cmcli login GATEWAY_URL --user U [--password-file F] [--trust-on-first-use |
    --fingerprint SHA256]``: check the login, then keep it (password in the keyring)."""
    from cmgui.drivers.gateway import tls
    from cmgui.drivers.gateway.client import GatewayClient
    from cmgui.drivers.gateway.credentials import (
        ENV_PASSWORD,
        Credentials,
        GatewayLogin,
        saved_login,
    )
    from cmgui.service.saved_devices import GATEWAY, SavedDevices
    from cmgui.store.errors import SecretStoreError

    gw = parse_gateway_address(args.url)
    user = args.user or gw.user
    if not user:
        raise CliError("name the gateway's user with --user")
    if (args.trust_on_first_use or args.fingerprint) and not gw.secure:
        raise CliError("only dinstar+https:// gateways have a certificate to pin")
    old = saved_login(gw)
    pin = old.cert_sha256 if old else ""
    notes: list[str] = []
    if args.fingerprint:
        try:
            pin = tls.normalise_fingerprint(args.fingerprint)
        except tls.FingerprintError as err:
            raise CliError(str(err)) from None
    elif args.trust_on_first_use:
        try:
            seen = await tls.fetch_fingerprint(gw.hostname, gw.effective_port)
        except (OSError, TimeoutError) as exc:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
                "reason": f"{gw.gateway} cannot be reached: {exc}"}) from None
        if pin and pin != seen:
            notes.append(f"Replacing the pinned certificate {tls.display_fingerprint(pin)}")
        notes.append(f"Trusting the certificate with SHA-256 {tls.display_fingerprint(seen)}")
        pin = seen
    password = await asyncio.to_thread(_read_password, args.password_file,
                                       f"Password of {user} at {gw.gateway}: ")
    if not password:
        raise CliError("no password given")
    client = GatewayClient(gw, Credentials(user, password), fingerprint=pin,
                           allow_basic_over_http=args.allow_basic_over_http)
    async with client:
        ports = await client.port_info()
    label = args.label if args.label is not None else (old.label if old else "")
    login = GatewayLogin(gw.gateway, user, pin, len(ports), label, args.allow_basic_over_http)
    saved = SavedDevices()
    stored = True
    try:
        await asyncio.to_thread(saved.set_secret, GATEWAY, gw.gateway, password)
    except SecretStoreError as err:
        stored = False
        notes.append(f"cmcli: the password is not kept ({err}); give it with "
                     f"${ENV_PASSWORD} when you use the gateway")
    try:
        await asyncio.to_thread(saved.put, login.entry())
    except OSError as exc:
        raise CliError(f"cannot save the login: {exc}") from None
    value = {"gateway": gw.gateway, "user": user, "ports": len(ports),
             "fingerprint": tls.display_fingerprint(pin) if pin else None, "stored": stored}
    for note in notes:
        out.stderr.write(note + "\n")
    kept = "the password is in the keyring" if stored else "the password is not kept"
    out.result(value, lambda v: f"Logged in to {v['gateway']} as {v['user']} ({v['ports']} "
                                f"ports); {kept}; the ports are listed by cmcli devices")
    return 0


async def cmd_gateway_logout(args: argparse.Namespace, out: Output) -> int:
    from cmgui.service.saved_devices import GATEWAY, SavedDevices
    from cmgui.store.errors import SecretStoreError

    gw = parse_gateway_address(args.url)
    saved = SavedDevices()
    removed = await asyncio.to_thread(saved.remove, GATEWAY, gw.gateway)
    try:
        await asyncio.to_thread(saved.delete_secret, GATEWAY, gw.gateway)
    except SecretStoreError as err:
        out.stderr.write(f"cmcli: no password to remove from the keyring ({err})\n")
    out.result({"gateway": gw.gateway, "stored": False, "wasSaved": removed},
               lambda _: f"Logged out of {gw.gateway}; its password is removed from the "
                         "keyring")
    return 0


def wants_gateway(args: argparse.Namespace) -> bool:
    """Whether a ``login``/``logout`` names a gateway."""
    return is_gateway_address(getattr(args, "url", "") or "")


__all__ = ["add_commands", "add_login_options", "cmd_gateway_login", "cmd_gateway_logout",
           "wants_gateway"]
