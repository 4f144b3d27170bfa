"""``cmcli team``: who is on a team sharing a PostgreSQL store, with which role, and what they
changed; ``cmcli jobs``: the team's queued jobs (``cmcli fleet set-status --queue`` and
``cmcli gateway send --queue`` add one, the team's ``cmcli serve --team`` runs it). Errors are
one line in the user's terms (exit 1).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import Any

from cmgui.cli.common import Output
from cmgui.cli.fleet_cmds import _fail, _table, guarded
from cmgui.service.fleet import FleetError
from cmgui.service.gateway import Recipient
from cmgui.service.team import ROLES, Team, require_to_send_in_use
from cmgui.service.team_jobs import TeamJobs, shared_url
from cmgui.store.engine import Database, open_database
from cmgui.store.errors import StoreError
from cmgui.store.job_queue import FINAL, QueuedJob
from cmgui.store.notify import RESYNC, Listener
from cmgui.store.team import TeamStore


@contextlib.asynccontextmanager
async def shared_store() -> AsyncIterator[tuple[str, Database]]:
    url = shared_url()
    db = await asyncio.to_thread(open_database, url)
    try:
        yield url, db
    finally:
        db.close()


@contextlib.asynccontextmanager
async def team_jobs(url: str | None = None) -> AsyncIterator[TeamJobs]:
    jobs = TeamJobs(url or shared_url())
    try:
        yield jobs
    finally:
        await jobs.close()


def _when(stamp: int | None) -> str:
    return datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M") if stamp else "-"


# --- team ---------------------------------------------------------------------------------------


@guarded
async def cmd_team_add(args: argparse.Namespace, out: Output) -> int:
    async with shared_store() as (_, db):
        member = await Team(TeamStore(db)).add(args.user, args.role)
    out.result(member.to_json(), lambda m: f"{m['user']} is now {m['role']} on this team")
    return 0


@guarded
async def cmd_team_remove(args: argparse.Namespace, out: Output) -> int:
    async with shared_store() as (_, db):
        removed = await Team(TeamStore(db)).remove(args.user)
    if not removed:
        raise FleetError(f"{args.user} is not on this team (cmcli team list)")
    out.result({"user": args.user, "removed": True},
               lambda r: f"{r['user']} is no longer on this team (now a viewer)")
    return 0


@guarded
async def cmd_team_list(args: argparse.Namespace, out: Output) -> int:
    async with shared_store() as (_, db):
        team = Team(TeamStore(db))
        standing = await team.standing()
        members = await team.members()
    result = {"you": {"user": standing.user, "role": standing.role, "why": standing.reason},
              "members": [m.to_json() for m in members]}

    def text(r: dict[str, Any]) -> str:
        you = r["you"]
        head = f"you: {you['user']} ({you['role']}, {you['why']})"
        if not r["members"]:
            return head + "\nno members yet: everyone is an admin until the first is added"
        return head + "\n" + _table(
            [[m["user"], m["role"], m["grantedBy"], _when(m["granted"])] for m in r["members"]],
            ["USER", "ROLE", "GRANTED BY", "WHEN"])
    out.result(result, text)
    return 0


@guarded
async def cmd_team_audit(args: argparse.Namespace, out: Output) -> int:
    async with shared_store() as (_, db):
        entries = await TeamStore(db).audit_log(args.limit)
    out.result([e.to_json() for e in entries], lambda rows: _table(
        [[_when(r["at"]), r["who"], r["action"], r["subject"], r["detail"]] for r in rows],
        ["WHEN", "WHO", "WHAT", "SUBJECT", "DETAIL"]) if rows else "no team changes yet")
    return 0


# --- jobs ---------------------------------------------------------------------------------------


def job_line(job: dict[str, Any]) -> str:
    what = f"{job['kind']} {job['payload'].get('status', '')}".strip()
    progress = f"{job['done']}/{job['total']}" if job["total"] else "-"
    detail = f"  {job['detail']}" if job["detail"] else ""
    return f"job {job['id']} ({what}, {job['account']}, by {job['requestedBy']}): " \
           f"{job['state']} {progress}{detail}"


async def enqueue_set_status(account: str, status: str, iccids: Sequence[str],
                             out: Output) -> int:
    """``cmcli fleet set-status --queue``: hand the change to the team's poller."""
    async with team_jobs() as jobs:
        job = await jobs.queue_status_change(account, status, iccids)
    out.result(job.to_json(), lambda j: f"queued job {j['id']} for {j['total']} SIMs; the "
                                        f"team's poller runs it (cmcli jobs watch {j['id']})")
    return 0


async def enqueue_bulk_send(gateway: str, text: str, recipients: Sequence[Recipient],
                            ports: Sequence[int], report: bool, out: Output) -> int:
    """``cmcli gateway send --queue``: hand the bulk SMS to the team's poller."""
    async def run(_args: argparse.Namespace, out: Output) -> int:
        async with team_jobs() as jobs:
            job = await jobs.queue_bulk_sms(gateway, text, recipients, ports=ports,
                                            report=report)
        out.result(job.to_json(), lambda j: f"queued job {j['id']} for {j['total']} "
                                            "recipients; the team's poller sends it "
                                            f"(cmcli jobs watch {j['id']})")
        return 0
    return await guarded(run)(argparse.Namespace(), out)


async def send_refused(out: Output) -> int | None:
    """Before sending SMS at once: exit status 1 (said in one line) when the user is a viewer
    on the shared store in use; None when they may send."""
    try:
        await require_to_send_in_use()
    except FleetError as err:
        return _fail(out, str(err), "role")
    except StoreError as err:
        return _fail(out, str(err), "store")
    return None


@guarded
async def cmd_jobs_list(args: argparse.Namespace, out: Output) -> int:
    async with team_jobs() as team:
        jobs = await team.jobs(args.limit)
    out.result([j.to_json() for j in jobs], lambda rows: _table(
        [[str(r["id"]), r["account"], f"{r['kind']} {r['payload'].get('status', '')}".strip(),
          r["requestedBy"], _when(r["created"]), r["state"],
          f"{r['done']}/{r['total']}", r["detail"]] for r in rows],
        ["JOB", "ACCOUNT", "WHAT", "WHO", "WHEN", "STATE", "DONE", "DETAIL"])
        if rows else "no queued jobs")
    return 0


@guarded
async def cmd_jobs_watch(args: argparse.Namespace, out: Output) -> int:
    """Print the job each time it moves (told by the job notices) until it is over."""
    url = shared_url()
    listener = Listener(url)
    moved = asyncio.Event()

    async def follow() -> None:
        async for change in listener.changes():
            if change.kind in ("job", RESYNC):
                moved.set()

    feed = asyncio.create_task(follow())
    try:
        async with team_jobs(url) as team:
            queue = team.queue()
            if await queue.job(args.job) is None:  # also says at once if the store is away
                raise FleetError(f"no queued job {args.job} (cmcli jobs list)")
            await listener.listening.wait()
            last: QueuedJob | None = None
            while True:
                moved.clear()  # a notice from here on means: read the job again
                job = await queue.job(args.job)
                if job is None:
                    raise FleetError(f"no queued job {args.job} (cmcli jobs list)")
                if job != last:
                    out.result(job.to_json(), job_line)
                    last = job
                if job.state in FINAL:
                    return 0 if job.state == "done" else 1
                await moved.wait()
    finally:
        feed.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await feed
        await listener.close()


@guarded
async def cmd_jobs_items(args: argparse.Namespace, out: Output) -> int:
    """Each item of a job (a bulk SMS's recipients) with its outcome."""
    async with team_jobs() as team:
        queue = team.queue()
        if await queue.job(args.job) is None:
            raise FleetError(f"no queued job {args.job} (cmcli jobs list)")
        items = await queue.items(args.job)
    out.result([i.to_json() for i in items], lambda rows: _table(
        [[str(r["seq"]), r["target"], r["outcome"], r["detail"]] for r in rows],
        ["#", "TARGET", "OUTCOME", "DETAIL"]) if rows else f"job {args.job} has no items")
    return 0


@guarded
async def cmd_jobs_cancel(args: argparse.Namespace, out: Output) -> int:
    async with team_jobs() as jobs:
        if not await jobs.cancel(args.job):
            job = await jobs.queue().job(args.job)
            if job is None:
                raise FleetError(f"no queued job {args.job} (cmcli jobs list)")
            raise FleetError(f"job {args.job} is {job.state}: only a job no server has taken "
                             "yet can be cancelled")
    out.result({"id": args.job, "state": "cancelled"}, lambda r: f"job {r['id']} cancelled")
    return 0


# --- the parser ---------------------------------------------------------------------------------


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    team = sub.add_parser("team", parents=[common],
                          help="roles of a team sharing a PostgreSQL store (docs/team.md)")
    cmds = team.add_subparsers(dest="team_command", metavar="COMMAND", required=True)
    p = cmds.add_parser("add", parents=[common], help="give a user a role (admins)")
    p.add_argument("user", metavar="USER", help="a database login or CMGUI_USER name")
    p.add_argument("--role", required=True, choices=ROLES)
    p.set_defaults(handler=cmd_team_add)
    p = cmds.add_parser("remove", parents=[common], help="take a user off the team (admins)")
    p.add_argument("user", metavar="USER")
    p.set_defaults(handler=cmd_team_remove)
    p = cmds.add_parser("list", parents=[common], help="the members, their roles and yours")
    p.set_defaults(handler=cmd_team_list)
    p = cmds.add_parser("audit", parents=[common], help="who changed the team, and when")
    p.add_argument("--limit", type=int, default=100, metavar="N")
    p.set_defaults(handler=cmd_team_audit)

    jobs = sub.add_parser("jobs", parents=[common],
                          help="the team's queued jobs (run by cmcli serve --team)")
    cmds = jobs.add_subparsers(dest="jobs_command", metavar="COMMAND", required=True)
    p = cmds.add_parser("list", parents=[common], help="the latest queued jobs")
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.set_defaults(handler=cmd_jobs_list)
    p = cmds.add_parser("watch", parents=[common], help="follow a job until it is over")
    p.add_argument("job", metavar="JOB", type=int)
    p.set_defaults(handler=cmd_jobs_watch)
    p = cmds.add_parser("items", parents=[common],
                        help="a job's items (a bulk SMS's recipients) and their outcomes")
    p.add_argument("job", metavar="JOB", type=int)
    p.set_defaults(handler=cmd_jobs_items)
    p = cmds.add_parser("cancel", parents=[common], help="cancel a job not yet taken")
    p.add_argument("job", metavar="JOB", type=int)
    p.set_defaults(handler=cmd_jobs_cancel)


# --- cmcli serve --team -------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def team_poller(out: Output, *, upstream: bool = True,
                      args: argparse.Namespace | None = None) -> AsyncIterator[None]:
    """Be the team's poller (``cmcli serve --team``) while the body runs; with
    ``args.gateway_push`` also the receiver of a gateway's pushes (``cmgui.cli.gateway_push``)."""
    from cmgui.cli.fleet_cmds import builtin_platforms
    from cmgui.cli.gateway_push import push_gateways, receiving_pushes
    from cmgui.service.team_poller import TeamPoller

    builtin_platforms()
    push_at = getattr(args, "gateway_push", None)
    push_keys = push_gateways(args) if args is not None and push_at else []
    async with shared_store() as (url, db), contextlib.AsyncExitStack() as stack:
        standing = await Team(TeamStore(db)).standing()
        if standing.role == "viewer":
            raise FleetError(f"{standing.user} is a viewer on this team; the team's poller "
                             "runs jobs and needs an operator's or admin's login")
        if push_at:
            await stack.enter_async_context(receiving_pushes(push_at, push_keys, db, out))
        poller = TeamPoller(url, db, upstream=upstream)
        task = asyncio.create_task(poller.run(), name="cmgui-team-poller")
        out.stderr.write(f"cmcli: the team's poller runs queued jobs from {db.url}"
                         + (" and polls the fleet accounts and gateways" if upstream else "")
                         + "\n")
        out.stderr.flush()
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


@guarded
async def cmd_serve_team_only(args: argparse.Namespace, out: Output) -> int:
    """``cmcli serve --team-only``: the poller alone, until Ctrl+C or SIGTERM."""
    from cmgui.cli.serve_cmds import wait_for_signal

    async with team_poller(out, upstream=not args.no_upstream, args=args):
        await wait_for_signal()
    return 0
