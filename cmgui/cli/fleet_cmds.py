"""``cmcli fleet``: SIM platform accounts and their SIMs; ``cmcli virtual-platform``.

Every command talks to the platform through the fleet seam; errors are one line in the user's
terms (exit 1). JSON shapes are documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cmgui.cli.common import CliError, Output
from cmgui.service.fleet import (
    Fleet,
    FleetError,
    NotOffered,
    SimFilter,
    TransitionRefused,
    UnknownSim,
    parse_status,
)
from cmgui.service.fleet_accounts import FleetAccount, FleetAccounts
from cmgui.service.fleet_cache import sim_row
from cmgui.service.fleet_jobs import ItemResult, JobReport, StatusJobs, job_json, read_iccid_csv
from cmgui.service.fleet_registry import FLEETS
from cmgui.service.fleet_workspace import FleetWorkspace, write_csv
from cmgui.store.db import open_database
from cmgui.store.errors import StoreError
from cmgui.store.fleet import FleetStore

Handler = Callable[[argparse.Namespace, Output], Awaitable[int]]

# --- plumbing -----------------------------------------------------------------------------------


def _fail(out: Output, message: str, kind: str = "platform") -> int:
    if out.json_mode:
        out.json({"code": -32000, "message": message, "data": {"kind": kind}})
    else:
        out.stderr.write(f"cmcli: {message}\n")
        out.stderr.flush()
    return 1


def _kind(err: FleetError) -> str:
    if isinstance(err, NotOffered):
        return "notOffered"
    if isinstance(err, TransitionRefused):
        return "transitionRefused"
    if isinstance(err, UnknownSim):
        return "unknownSim"
    return type(err).__name__[0].lower() + type(err).__name__[1:]


def builtin_platforms() -> None:
    """CMO and CMP even when the installed package metadata predates their entry points (an
    editable install not run again after an update)."""
    from cmgui.drivers.fleet.backend import register_cmo, register_cmp

    FLEETS.platforms()
    for name, register in (("cmo", register_cmo), ("cmp", register_cmp)):
        if not FLEETS.known(name):
            register(FLEETS)


def guarded(handler: Handler) -> Handler:
    """Fleet, store and file errors as one line and exit 1 (CliError stays exit 2)."""
    async def run(args: argparse.Namespace, out: Output) -> int:
        try:
            builtin_platforms()
            return await handler(args, out)
        except FleetError as err:
            return _fail(out, str(err), _kind(err))
        except StoreError as err:
            return _fail(out, str(err), "store")
    return run


@contextmanager
def fleet_store() -> Any:
    try:
        db = open_database()
    except StoreError as err:
        raise FleetError(str(err)) from None
    try:
        yield FleetStore(db)
    finally:
        db.close()


def _account_name(args: argparse.Namespace) -> str:
    name = getattr(args, "account", None)
    if not name:
        raise CliError("name the fleet account with -p NAME (cmcli fleet list shows them)")
    return str(name)


@asynccontextmanager
async def open_fleet(args: argparse.Namespace) -> AsyncIterator[tuple[FleetAccount, Fleet]]:
    accounts = FleetAccounts()
    account = accounts.get(_account_name(args))
    secret = await asyncio.to_thread(accounts.secret, account)
    fleet = FLEETS.create(account, secret)
    await fleet.open()
    try:
        yield account, fleet
    finally:
        await fleet.close()


def _size(value: int | None) -> str:
    if value is None:
        return "-"
    for unit, factor in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if abs(value) >= factor:
            return f"{value / factor:.1f} {unit}"
    return f"{value} B"


def _status_text(status: str, native: str) -> str:
    return f"{status} ({native})" if native and native.casefold() != status.casefold() else status


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in [header, *rows]]
    return "\n".join(lines)


# --- accounts -----------------------------------------------------------------------------------


@guarded
async def cmd_add(args: argparse.Namespace, out: Output) -> int:
    workspace = FleetWorkspace()
    saved = await asyncio.to_thread(
        workspace.add_account, args.name, args.url, client_id=args.client_id or "",
        token_url=args.token_url or "", key_id=args.key_id or "",
        secret_file=args.secret_file or "", private_key_file=args.private_key_file or "")
    out.result(saved.to_json(), lambda a: f"added {a['name']} ({a['platform']}, {a['url']}); "
                                          f"secret kept in the {a['secretStorage'] or 'nowhere'}")
    return 0


@guarded
async def cmd_list(args: argparse.Namespace, out: Output) -> int:
    accounts = [a.to_json() for a in FleetAccounts().list()]
    out.result(accounts, lambda rows: _table(
        [[a["name"], a["platform"], a["url"]] for a in rows], ["NAME", "PLATFORM", "URL"])
        if rows else "no fleet accounts; add one with cmcli fleet add NAME URL …")
    return 0


@guarded
async def cmd_remove(args: argparse.Namespace, out: Output) -> int:
    account = await asyncio.to_thread(FleetAccounts().remove, args.name)
    with fleet_store() as store:
        await asyncio.to_thread(store.forget_account, account.name)
    out.result(account.to_json(), lambda a: f"removed {a['name']}")
    return 0


# --- SIMs ---------------------------------------------------------------------------------------


def _sims_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "no SIMs match"
    return _table([[r["ICCID"], _status_text(r["status"], r["nativeStatus"]), r["backend"],
                    r["MSISDN"], r["name"]] for r in rows],
                  ["ICCID", "STATUS", "BACKEND", "MSISDN", "NAME"])


@guarded
async def cmd_sims(args: argparse.Namespace, out: Output) -> int:
    where = SimFilter(args.status or "", args.backend or "", args.search or "")
    async with open_fleet(args) as (account, fleet):
        sims = [s async for s in fleet.sims()]
    with fleet_store() as store:  # a complete listing: the cache becomes exactly that
        await asyncio.to_thread(store.replace_sims, account.name, [sim_row(s) for s in sims])
    out.result([s.to_json() for s in sims if where.matches(s)], _sims_text)
    return 0


def _details_text(d: dict[str, Any]) -> str:
    lines = [f"ICCID:    {d['ICCID']}", f"status:   {_status_text(d['status'], d['nativeStatus'])}",
             f"backend:  {d['backend']}", f"IMSI:     {d['IMSI']}", f"MSISDN:   {d['MSISDN']}",
             f"IMEI:     {d['IMEI']}", f"name:     {d['name']}", f"plan:     {d['plan']}"]
    if d["lastSeen"]:
        lines.append(f"seen:     {d['lastSeen']}")
    for u in d["usage"]:
        limit = f" of {_size(u['limitBytes'])}" if u["limitBytes"] else ""
        lines.append(f"usage:    {u['name']}: {_size(u['usedBytes'])}{limit}")
    for p in d["packages"]:
        lines.append(f"package:  {p['name']} [{p['status']}] order {p['orderId']}")
    for name, value in d["attributes"].items():
        lines.append(f"attr:     {name} = {value}")
    for name, value in d["extra"].items():
        lines.append(f"{name}: {value}")
    return "\n".join(lines)


@guarded
async def cmd_sim(args: argparse.Namespace, out: Output) -> int:
    async with open_fleet(args) as (_, fleet):
        details = await fleet.sim(args.iccid)
    out.result(details.to_json(), _details_text)
    return 0


def _iccids(args: argparse.Namespace) -> list[str]:
    iccids = list(args.iccids or [])
    if args.from_csv:
        path = Path(args.from_csv)
        try:
            iccids += read_iccid_csv(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError) as exc:
            raise FleetError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}"
                             ) from None
    iccids = list(dict.fromkeys(i.strip() for i in iccids if i.strip()))
    if not iccids:
        raise CliError("name the SIMs: ICCID… or --from-csv FILE")
    return iccids


def _confirm(out: Output, question: str) -> bool:
    out.stderr.write(f"{question} [y/N] ")
    out.stderr.flush()
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def _report_json(report: JobReport, target: str) -> dict[str, Any]:
    ok = sum(r.succeeded for r in report.results)
    return {"job": report.job_id, "state": report.state, "status": target,
            "total": len(report.results), "succeeded": ok,
            "failed": len(report.results) - ok,
            "results": [r.to_json() for r in report.results]}


def _progress(out: Output) -> Callable[[ItemResult, int, int], None]:
    def show(result: ItemResult, done: int, total: int) -> None:
        if out.json_mode:
            return
        change = f"{result.before or '?'} → {result.after}" if result.after else (
            result.before or "")
        detail = f"  {result.detail}" if result.detail and result.outcome != "ok" else ""
        out.text(f"[{done}/{total}] {result.iccid}  {result.outcome}  {change}{detail}".rstrip())
    return show


def _summary(report: dict[str, Any]) -> str:
    return (f"job {report['job']}: {report['succeeded']} of {report['total']} SIMs "
            f"{report['status']}" + (f", {report['failed']} failed" if report["failed"] else "")
            + ("" if report["state"] == "done" else f" ({report['state']})"))


@guarded
async def cmd_set_status(args: argparse.Namespace, out: Output) -> int:
    target = parse_status(args.status)
    iccids = _iccids(args)
    if len(iccids) > 1 and not args.yes and not _confirm(
            out, f"Change the status of {len(iccids)} SIMs to {target}?"):
        return _fail(out, "nothing changed (not confirmed; add --yes to skip the question)",
                     "notConfirmed")
    if args.queue:  # the team's poller runs it (cmcli serve --team)
        from cmgui.cli.team_cmds import enqueue_set_status

        return await enqueue_set_status(_account_name(args), target, iccids, out)
    async with open_fleet(args) as (account, fleet):
        with fleet_store() as store:
            jobs = StatusJobs(fleet, store, account.name)
            report = await jobs.start(target, iccids, _progress(out))
    result = _report_json(report, target)
    out.result(result, _summary)
    return 1 if result["failed"] else 0


@guarded
async def cmd_jobs(args: argparse.Namespace, out: Output) -> int:
    if args.resume is not None:
        with fleet_store() as store:
            job = await asyncio.to_thread(store.job, args.resume)
        if job is None:
            raise FleetError(f"no job {args.resume}")
        if getattr(args, "account", None) and args.account != job.account:
            raise FleetError(f"job {job.id} belongs to the account {job.account!r}")
        args.account = job.account
        if job.remaining > 1 and not args.yes and not _confirm(
                out, f"Resume job {job.id}: {job.argument} for {job.remaining} SIMs?"):
            return _fail(out, "nothing changed (not confirmed; add --yes to skip the question)",
                         "notConfirmed")
        async with open_fleet(args) as (account, fleet):
            with fleet_store() as store:
                report = await StatusJobs(fleet, store, account.name).resume(
                    job.id, _progress(out))
        result = _report_json(report, job.argument)
        out.result(result, _summary)
        return 1 if result["failed"] else 0
    with fleet_store() as store:
        jobs = await asyncio.to_thread(store.jobs, getattr(args, "account", None) or None)
    rows = [job_json(j) for j in jobs]

    def text(rows: list[dict[str, Any]]) -> str:
        if not rows:
            return "no jobs"
        return _table([[str(r["id"]), r["account"], f"{r['action']} {r['argument']}",
                        r["user"], datetime.fromtimestamp(r["created"]).strftime(
                            "%Y-%m-%d %H:%M"), r["state"] + (" (resumable)" if r["resumable"]
                                                             else ""),
                        " ".join(f"{k}={v}" for k, v in r["counts"].items())]
                       for r in rows], ["JOB", "ACCOUNT", "WHAT", "WHO", "WHEN", "STATE",
                                        "OUTCOMES"])
    out.result(rows, text)
    return 0


@guarded
async def cmd_usage(args: argparse.Namespace, out: Output) -> int:
    async with open_fleet(args) as (_, fleet):
        buckets = await fleet.usage(args.iccid)
    out.result([b.to_json() for b in buckets], lambda rows: "\n".join(
        f"{r['name']}: {_size(r['usedBytes'])}"
        + (f" of {_size(r['limitBytes'])}" if r["limitBytes"] else "")
        + (f"  ({r['period']})" if r["period"] else "") for r in rows) or "no usage reported")
    return 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


@guarded
async def cmd_cdr(args: argparse.Namespace, out: Output) -> int:
    async with open_fleet(args) as (_, fleet):
        records = await fleet.cdrs(args.iccid, args.date_from, args.date_to)
    out.result([r.to_json() for r in records], lambda rows: _table(
        [[r["kind"], r["start"] or "", r["direction"] or "",
          _size(r["bytes"]) if r["kind"] == "data" else (r["peer"] or ""),
          r["status"] or r["network"] or ""] for r in rows],
        ["KIND", "START", "DIR", "BYTES/PEER", "STATUS/NETWORK"]) if rows else "no CDRs")
    return 0


@guarded
async def cmd_sms(args: argparse.Namespace, out: Output) -> int:
    from cmgui.cli.team_cmds import send_refused

    if (refused := await send_refused(out)) is not None:  # a viewer on a shared store
        return refused
    async with open_fleet(args) as (account, fleet):
        msg_id = await fleet.send_sms(args.iccid, args.text)
    with fleet_store() as store:
        await asyncio.to_thread(store.record_sent, account.name, args.iccid, msg_id, args.text)
    out.result({"ICCID": args.iccid, "msgId": msg_id},
               lambda r: f"sent to {r['ICCID']}, message id {r['msgId']}")
    return 0


@guarded
async def cmd_attr(args: argparse.Namespace, out: Output) -> int:
    name, sep, value = args.assignment.partition("=")
    if not sep or not name.strip():
        raise CliError("write the attribute as NAME=VALUE")
    async with open_fleet(args) as (_, fleet):
        await fleet.set_attribute(args.iccid, name.strip(), value)
        attributes = await fleet.attributes(args.iccid)
    out.result({"ICCID": args.iccid, "attributes": attributes},
               lambda r: "\n".join(f"{k} = {v}" for k, v in r["attributes"].items()))
    return 0


@guarded
async def cmd_packages(args: argparse.Namespace, out: Output) -> int:
    async with open_fleet(args) as (_, fleet):
        packages = await fleet.packages(args.iccid)
    out.result([p.to_json() for p in packages], lambda rows: _table(
        [[r["orderId"], r["name"], r["status"], _size(r["usedBytes"]), _size(r["flowBytes"]),
          r["expires"] or ""] for r in rows],
        ["ORDER", "PACKAGE", "STATUS", "USED", "FLOW", "EXPIRES"]) if rows else "no packages")
    return 0


@guarded
async def cmd_export(args: argparse.Namespace, out: Output) -> int:
    async with open_fleet(args) as (account, fleet):
        sims = [s async for s in fleet.sims()]
    with fleet_store() as store:
        await asyncio.to_thread(store.replace_sims, account.name, [sim_row(s) for s in sims])
    path = Path(args.csv)
    try:
        await asyncio.to_thread(write_csv, path, sims)
    except OSError as exc:
        raise FleetError(f"cannot write {path}: {exc.strerror or exc}") from None
    out.result({"file": str(path), "sims": len(sims)},
               lambda r: f"wrote {r['sims']} SIMs to {r['file']}")
    return 0


@guarded
async def cmd_listen(args: argparse.Namespace, out: Output) -> int:
    from cmgui.drivers.fleet.push import Push
    from cmgui.drivers.fleet.push_server import PATH, PushListener
    from cmgui.service.fleet_inbox import archive_push

    try:
        host, _, port_text = args.listen.rpartition(":")
        port = int(port_text)
    except ValueError:
        raise CliError(f"--listen wants HOST:PORT, not {args.listen!r}") from None
    account = getattr(args, "account", None) or ""
    if account:
        FleetAccounts().get(account)
    with fleet_store() as store:
        async def on_push(push: Push) -> None:
            await archive_push(store, account, push.kind, push.fields, push.events)
            for event in push.events:
                if out.json_mode:
                    out.json(event.to_json() | ({"account": account} if account else {}))
                else:
                    out.text(" ".join(f"{k}={v}" for k, v in event.to_json().items()
                                      if v not in (None, "")))

        listener = PushListener(on_push)
        try:
            bound_host, bound_port = await listener.start(host.strip("[]") or "0.0.0.0", port)
        except OSError as exc:
            raise FleetError(f"cannot listen on {args.listen}: {exc.strerror or exc}") from None
        out.stderr.write(f"listening for CMP pushes at http://{bound_host}:{bound_port}{PATH}\n")
        out.stderr.flush()
        try:
            await asyncio.Event().wait()
        finally:
            await listener.stop()
    return 0


@guarded
async def cmd_virtual_platform(args: argparse.Namespace, out: Output) -> int:
    from cmgui.drivers.virtual_platform.serve import run

    try:
        return await run(args.platform, args.listen or DEFAULT_LISTEN[args.platform], args.sims,
                         push_url=args.push_url or "", json_mode=out.json_mode, out=out.stdout)
    except ValueError as err:
        raise CliError(str(err)) from None
    except OSError as exc:
        raise FleetError(f"cannot serve on {args.listen}: {exc.strerror or exc}") from None


DEFAULT_LISTEN = {"cmo": "127.0.0.1:8741", "cmp": "127.0.0.1:8742"}


# --- the parser ---------------------------------------------------------------------------------


class _Intermixed(argparse.ArgumentParser):
    """Options may follow the positionals: ``set-status STATUS ICCID… --yes``."""

    _intermixing = False

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        if self._intermixing:  # parse_known_intermixed_args calls back into this
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    account = argparse.ArgumentParser(add_help=False)
    account.add_argument("-p", "--account", metavar="NAME", default=argparse.SUPPRESS,
                         help="the fleet account (cmcli fleet list)")
    fleet = sub.add_parser("fleet", parents=[common, account],
                           help="IoT SIM platforms: accounts, SIMs, status changes, CDRs, SMS")
    commands = fleet.add_subparsers(dest="fleet_command", metavar="COMMAND", required=True,
                                    parser_class=_Intermixed)

    def command(name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = commands.add_parser(name, parents=[common, account],
                                                         help=help_)
        p.set_defaults(handler=handler)
        return p

    p = command("add", cmd_add, "save a platform account (secrets go to the keyring)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("url", metavar="URL",
                   help="cmo+https://HOST[:PORT]/TENANT or cmp+https://HOST[:PORT]")
    p.add_argument("--client-id", metavar="ID", help="CMO: OAuth client id")
    p.add_argument("--secret-file", metavar="F",
                   help="CMO: file with the client secret; CMP with --key-id: HMAC secret")
    p.add_argument("--token-url", metavar="URL", help="CMO: the OAuth token endpoint")
    p.add_argument("--key-id", metavar="ID", help="CMP: the signing key id")
    p.add_argument("--private-key-file", metavar="F", help="CMP: RSA private key (PEM)")
    command("list", cmd_list, "list the saved accounts")
    p = command("remove", cmd_remove, "forget an account and its secret")
    p.add_argument("name", metavar="NAME")

    p = command("sims", cmd_sims, "list the SIMs (all pages)")
    p.add_argument("--status", metavar="S", help="a normalised status or the platform's word")
    p.add_argument("--backend", metavar="B", help="CMO backend (TMSP, 1NCE, …)")
    p.add_argument("--search", metavar="TEXT", help="text in ICCID, IMSI, MSISDN, IMEI, name")
    p = command("sim", cmd_sim, "one SIM's details")
    p.add_argument("iccid", metavar="ICCID")
    p = command("set-status", cmd_set_status, "change SIMs' status (an audited job)")
    p.add_argument("status", metavar="STATUS")
    p.add_argument("iccids", metavar="ICCID", nargs="*")
    p.add_argument("--from-csv", metavar="FILE", help="ICCIDs from a CSV (ICCID column)")
    p.add_argument("--yes", action="store_true", help="do not ask before changing many SIMs")
    p.add_argument("--queue", action="store_true",
                   help="queue the change for the team's poller (a shared PostgreSQL store; "
                        "cmcli jobs watch follows it)")
    p = command("usage", cmd_usage, "a SIM's data usage")
    p.add_argument("iccid", metavar="ICCID")
    p = command("cdr", cmd_cdr, "a SIM's call detail records (data and SMS)")
    p.add_argument("iccid", metavar="ICCID")
    p.add_argument("--from", dest="date_from", metavar="DATE", type=_date)
    p.add_argument("--to", dest="date_to", metavar="DATE", type=_date)
    p = command("sms", cmd_sms, "send an SMS to a SIM")
    p.add_argument("iccid", metavar="ICCID")
    p.add_argument("text", metavar="TEXT")
    p = command("attr", cmd_attr, "set a custom attribute of a SIM")
    p.add_argument("iccid", metavar="ICCID")
    p.add_argument("assignment", metavar="NAME=VALUE")
    p = command("packages", cmd_packages, "a SIM's data packages")
    p.add_argument("iccid", metavar="ICCID")
    p = command("export", cmd_export, "write every SIM to a CSV file")
    p.add_argument("--csv", metavar="FILE", required=True)
    p = command("jobs", cmd_jobs, "the audit log of bulk jobs")
    p.add_argument("--resume", metavar="JOB", type=int, help="resume a job that was cut off")
    p.add_argument("--yes", action="store_true", help="do not ask before resuming")
    p = command("listen", cmd_listen, "receive CMP push hooks at /fleet/push")
    p.add_argument("--listen", metavar="HOST:PORT", required=True)

    vp = sub.add_parser("virtual-platform", parents=[common],
                        help="serve a simulated SIM platform (CMO or CMP) for demos and tests")
    vp.add_argument("platform", choices=["cmo", "cmp"])
    vp.add_argument("--listen", metavar="HOST:PORT",
                    help="default 127.0.0.1:8741 (cmo) or 127.0.0.1:8742 (cmp)")
    vp.add_argument("--sims", metavar="N", type=int, default=200)
    vp.add_argument("--push-url", metavar="URL", help="CMP: where to push order and SMS hooks")
    vp.set_defaults(handler=cmd_virtual_platform)
