"""cmcli commands over the host's stores: ``sms sync``/``sms archive`` (registered in the ``sms``
group of :mod:`.device_cmds`), ``usage``, ``profiles …`` and ``records …``.

Commands that only read or edit the stores (``sms archive``, ``usage``, ``profiles list``,
``records``) need no device.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from cmgui.cli.common import CliError, Output, open_device
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from cmgui.service.profile_ops import find_profile, manage_profile
from cmgui.service.sms_sync import (
    STORE_FULL_MESSAGE,
    SyncInterrupted,
    SyncProgress,
    SyncSummary,
)
from cmgui.service.store_shapes import cellular_profile, connection_record
from cmgui.service.stored import StoredDevice
from cmgui.service.usage_report import usage_report
from cmgui.store.apn import ApnDatabaseError, suggest_apns
from cmgui.store.host import Stores
from cmgui.store.sms import Message
from cmgui.store.stats import DEFAULT_THRESHOLDS, UsagePlan


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("usage", parents=[common], help="data usage per SIM and billing period")
    p.add_argument("--sim", default=None, help="only this SIM (IMSI)")
    p.set_defaults(handler=cmd_usage)
    usage = p.add_subparsers(dest="usage_command", metavar="ACTION")
    q = usage.add_parser("set-plan", parents=[common], help="billing day, limits, warnings")
    q.add_argument("--billing-day", type=int, required=True, metavar="D")
    q.add_argument("--limit", required=True, metavar="BYTES",
                   help="home limit per period: bytes, or with a unit (500MB, 5GB, 2GiB); 0: none")
    q.add_argument("--roaming-limit", default=None, metavar="BYTES")
    q.add_argument("--thresholds", default=None, metavar="80,100",
                   help="warn at these percentages of the limit")
    q.add_argument("--disconnect-at-limit", action="store_true")
    q.add_argument("--sim", default=None, help="the SIM's IMSI (default: the device's SIM)")
    q.set_defaults(handler=cmd_usage_set_plan)

    prof = sub.add_parser("profiles", parents=[common],
                          help="cellular profiles (APN settings)").add_subparsers(
        dest="profiles_command", metavar="ACTION", required=True)
    q = prof.add_parser("list", parents=[common], help="saved profiles")
    q.set_defaults(handler=cmd_profiles_list)
    for action, helptext in (("add", "save a new profile"), ("edit", "change a profile")):
        q = prof.add_parser(action, parents=[common], help=helptext)
        q.add_argument("--name", required=True)
        q.add_argument("--apn", default=None)
        q.add_argument("--user", default=None)
        q.add_argument("--password", default=None,
                       help="kept in the system keyring; an empty one removes it")
        q.add_argument("--auth", choices=["none", "PAP", "CHAP", "PAPOrCHAP"], default=None)
        q.add_argument("--ip-type", choices=["IPv4", "IPv6", "IPv4v6"], default=None)
        q.add_argument("--dns1", default=None)
        q.add_argument("--dns2", default=None)
        q.add_argument("--no-roaming", action="store_true", default=None,
                       help="do not connect with this profile while roaming")
        if action == "edit":
            q.add_argument("--roaming", dest="no_roaming", action="store_false",
                           help="allow roaming again")
        q.set_defaults(handler=cmd_profiles_manage, profile_action=action)
    q = prof.add_parser("delete", parents=[common], help="delete a profile")
    q.add_argument("name")
    q.set_defaults(handler=cmd_profiles_delete)
    q = prof.add_parser("default", parents=[common],
                        help="show or set the default profile (for every device)")
    q.add_argument("name", nargs="?", default=None)
    q.add_argument("--clear", action="store_true", help="no default profile")
    q.set_defaults(handler=cmd_profiles_default)
    q = prof.add_parser("suggest", parents=[common], help="APNs for the device's SIM")
    q.set_defaults(handler=cmd_profiles_suggest)

    p = sub.add_parser("records", parents=[common], help="connection records (data sessions)")
    p.add_argument("--limit", type=int, default=100, metavar="N")
    p.set_defaults(handler=cmd_records)
    rec = p.add_subparsers(dest="records_command", metavar="ACTION")
    q = rec.add_parser("delete", parents=[common], help="delete a connection record")
    q.add_argument("index", type=int, metavar="N")
    q.set_defaults(handler=cmd_records_delete)


def add_sms_commands(sms: Any, common: argparse.ArgumentParser) -> None:
    """``sms sync`` and ``sms archive``, added to the ``sms`` group by :mod:`.device_cmds`."""
    p = sms.add_parser("sync", parents=[common],
                       help="archive the device's messages (and free the device)")
    p.add_argument("--delete-from-device", action="store_true",
                   help="delete from the device what is safely archived")
    p.add_argument("--storage", action="append", choices=["SM", "ME"], default=None,
                   help="storage to sync (repeatable; default SM)")
    p.set_defaults(handler=cmd_sms_sync)
    p = sms.add_parser("archive", parents=[common], help="messages in the archive (no device)")
    p.add_argument("--search", default=None, metavar="TEXT")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="at most N messages, newest first (default: all)")
    p.set_defaults(handler=cmd_sms_archive)


@contextmanager
def open_stores() -> Iterator[Stores]:
    """The host's stores; a StoreError (damaged or unreadable database) ends the command with
    one line and exit 1 (cli.common.run_handler)."""
    stores = Stores.open()
    try:
        yield stores
    finally:
        stores.close()


def _stored(device: Device) -> StoredDevice:
    if not isinstance(device, StoredDevice):  # pragma: no cover - open_device always wraps
        raise CliError("this command needs the local store")
    return device


# --- sms sync / archive ---------------------------------------------------------------------


def _sync_text(summary: SyncSummary, deleting: bool) -> str:
    lines = [f"{summary.listed} message(s) on the device; {summary.archived} safely archived "
             f"({summary.new} new, {summary.duplicates} already archived)."]
    if deleting:
        lines.append(f"Deleted {summary.deleted} from the device.")
    kept = summary.kept_undecodable + summary.kept_changed
    if kept:
        lines.append(f"Kept {kept} on the device ({summary.kept_undecodable} unreadable, "
                     f"{summary.kept_changed} changed during the sync).")
    if summary.full and not deleting:
        lines.append(STORE_FULL_MESSAGE + ".")
    if summary.stopped:
        lines.append(f"The sync stopped early: {summary.stopped}. {summary.left} message(s) "
                     "are still on the device; run the sync again once it is back.")
    return "\n".join(lines)


async def cmd_sms_sync(args: argparse.Namespace, out: Output) -> int:
    """Exit 0 when the sync ran to its end; 1, with what was archived and what was left, when
    the device went away or stopped answering on the way."""
    live = not out.json_mode and out.stderr.isatty()  # progress only on a terminal

    def progress(step: SyncProgress) -> None:
        if live and step.stage != "done":
            out.stderr.write(f"\r{step.stage} {step.storage} {step.done}/{step.total}   ")
            out.stderr.flush()

    code = 0
    try:
        async with open_device(args.device) as device:
            summary = await _stored(device).sync_sms(
                delete=args.delete_from_device, storages=tuple(args.storage or ["SM"]),
                progress=progress)
    except SyncInterrupted as stopped:
        summary, code = stopped.summary, 1
    if live:
        out.stderr.write("\r\033[K")
    if code and not out.json_mode:
        out.stderr.write(_sync_text(summary, args.delete_from_device) + "\n")
    else:
        out.result(summary.to_json(), lambda _: _sync_text(summary, args.delete_from_device))
    return code


def _message_json(m: Message) -> dict[str, Any]:
    return {
        "id": m.id, "direction": m.direction, "folder": m.folder, "number": m.number,
        "text": m.text, "time": datetime.fromtimestamp(m.sort_ts / 1000, UTC).isoformat(),
        "read": m.is_read, "complete": m.complete, "parts": m.parts_present,
        "totalParts": m.concat_total, "deliveryStatus": m.delivery_status, "IMSI": m.imsi,
    }


def _archive_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No messages in the archive."
    lines = []
    for m in rows:
        arrow = "<-" if m["direction"] == "in" else "->"
        extra = "" if m["complete"] else f" (part {m['parts']} of {m['totalParts']})"
        lines.append(f"[{m['id']}] {m['time'][:19]} {arrow} {m['number']} "
                     f"{m['folder']}{extra}")
        lines.extend("    " + line for line in m["text"].splitlines() or [""])
    return "\n".join(lines)


async def cmd_sms_archive(args: argparse.Namespace, out: Output) -> int:
    """Every message (newest first), page by page; ``--limit N`` stops after N and says how
    many more there are."""
    if args.limit is not None and args.limit < 1:
        raise CliError("--limit must be at least 1")
    rows: list[dict[str, Any]] = []
    more = False
    with open_stores() as stores:
        cursor = None
        while True:
            want = 1000 if args.limit is None else min(1000, args.limit - len(rows))
            page = (stores.archive.search(args.search, limit=want, after=cursor)
                    if args.search else stores.archive.page(after=cursor, limit=want))
            rows += [_message_json(m) for m in page.messages]
            cursor = page.next
            if cursor is None:
                break
            if args.limit is not None and len(rows) >= args.limit:
                more = True
                break
    out.result(rows, _archive_text)
    if more and not out.json_mode:
        out.text(f"(the first {len(rows)}; more are archived: raise --limit or leave it out)")
    return 0


# --- usage ----------------------------------------------------------------------------------

_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9,
          "gb": 10**9, "t": 10**12, "tb": 10**12, "kib": 2**10, "mib": 2**20, "gib": 2**30,
          "tib": 2**40}


def parse_bytes(text: str) -> int:
    """``5000``, ``500MB``, ``5 GB``, ``2GiB`` -> bytes (decimal units, as operators count)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    unit = match.group(2).lower() if match else ""
    if match is None or unit not in _UNITS:
        raise CliError(f"{text!r} is not an amount of data (try 5000000000, 5GB or 500MB)")
    return int(float(match.group(1)) * _UNITS[unit])


def parse_thresholds(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(v) for v in text.split(",") if v.strip())
    except ValueError:
        raise CliError(f"--thresholds: {text!r} is not a list of percentages like 80,100") \
            from None
    if not values:
        raise CliError("--thresholds: give at least one percentage, e.g. 80,100")
    return values


def _human(n: int | None) -> str:
    if n is None:
        return "no limit"
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= size:
            return f"{n / size:.2f} {unit}"
    return f"{n} B"


def _usage_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No data usage recorded yet."
    lines = []
    for row in rows:
        lines.append(f"SIM {row['sim']}: {row['periodStart']} to {row['periodEnd']} "
                     f"(billing day {row['billingDay']})")
        for side in ("home", "roaming"):
            s = row[side]
            pct = f" ({s['percent']} %)" if s["percent"] is not None else ""
            lines.append(f"  {side:<8} {_human(s['total'])} of {_human(s['limit'])}{pct}"
                         f" — up {_human(s['bytesSent'])}, down {_human(s['bytesReceived'])}")
        warn = ", ".join(f"{t} %" for t in row["thresholds"])
        lines.append(f"  warnings at {warn}"
                     + ("; disconnects at the limit" if row["disconnectAtLimit"] else ""))
    return "\n".join(lines)


async def cmd_usage(args: argparse.Namespace, out: Output) -> int:
    with open_stores() as stores:
        rows = usage_report(stores.connections, sim=args.sim)
    out.result(rows, _usage_text)
    return 0


async def _device_sim(args: argparse.Namespace) -> str:
    async with open_device(args.device) as device:
        who = await _stored(device).identity()
    sim = who.imsi or who.iccid
    if not sim:
        raise CmapiError(ErrorCode.SMART_CARD_NOT_ACCESSIBLE, data={
            "reason": "the SIM cannot be identified: unlock it first, or give --sim"})
    return sim


async def cmd_usage_set_plan(args: argparse.Namespace, out: Output) -> int:
    home = parse_bytes(args.limit)
    roaming = parse_bytes(args.roaming_limit) if args.roaming_limit is not None else None
    thresholds = parse_thresholds(args.thresholds) if args.thresholds else DEFAULT_THRESHOLDS
    try:
        plan = UsagePlan(billing_day=args.billing_day, home_limit=home or None,
                         roaming_limit=roaming or None, thresholds=thresholds,
                         disconnect_at_limit=args.disconnect_at_limit)
    except ValueError as err:
        raise CliError(str(err)) from err
    sim = args.sim or await _device_sim(args)
    with open_stores() as stores:
        await stores.connections.set_plan(sim, plan)
        rows = usage_report(stores.connections, sim=sim)
    out.result(rows[0], lambda r: _usage_text([r]))
    return 0


# --- profiles -------------------------------------------------------------------------------


def _profiles_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No profiles. Add one with: cmcli profiles add --name NAME --apn APN"
    lines = []
    for p in rows:
        mark = "*" if p["isDefault"] else " "
        user = f" user {p['userName']}" if p["userName"] else ""
        pw = " (password in keyring)" if p["hasPassword"] else ""
        roam = "" if p["roamingAllowed"] else ", no roaming"
        lines.append(f"{mark} {p['profileName']}: APN {p['APN'] or '(network default)'}{user}"
                     f"{pw}, {p['authType']}, {p['IPAddrType']}{roam}")
    return "\n".join(lines)


async def cmd_profiles_list(args: argparse.Namespace, out: Output) -> int:
    from cmgui.service.provisioning import current
    from cmgui.service.provisioning_apply import apply_profiles

    with open_stores() as stores:
        await apply_profiles(current(), stores.profiles)  # the vendor's, once (and locked ones)
        default = stores.profiles.default()
        rows = [dict(cellular_profile(p, is_default=default is not None and p.id == default.id))
                for p in stores.profiles.profiles()]
    out.result(rows, _profiles_text)
    return 0


async def cmd_profiles_manage(args: argparse.Namespace, out: Output) -> int:
    with open_stores() as stores:
        saved = await manage_profile(
            stores.profiles, action="add" if args.profile_action == "add" else "update",
            profile_name=args.name, apn=args.apn, user_name=args.user, password=args.password,
            auth_type=args.auth, ip_addr_type=args.ip_type, primary_dns=args.dns1,
            secondary_dns=args.dns2,
            roaming_allowed=None if args.no_roaming is None else not args.no_roaming)
        default = stores.profiles.default()
        assert saved is not None
        row = dict(cellular_profile(saved, is_default=default is not None
                                    and default.id == saved.id))
    out.result(row, lambda r: _profiles_text([r]))
    return 0


async def cmd_profiles_delete(args: argparse.Namespace, out: Output) -> int:
    with open_stores() as stores:
        await manage_profile(stores.profiles, action="delete", profile_name=args.name)
    out.result({}, lambda _: f"Deleted the profile {args.name}.")
    return 0


async def cmd_profiles_default(args: argparse.Namespace, out: Output) -> int:
    with open_stores() as stores:
        if args.clear:
            await stores.profiles.set_default(None)
        elif args.name:
            await stores.profiles.set_default(find_profile(stores.profiles, args.name).id)
        default = stores.profiles.default()
        row = dict(cellular_profile(default, is_default=True)) if default else None
    out.result(row, lambda r: f"Default profile: {r['profileName']}" if r
               else "No default profile.")
    return 0


async def cmd_profiles_suggest(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        imsi = (await device.dev_srv_get_imsi())["IMSI"]
        try:
            home = await device.network_get_home_information()
            provider = home["providerName"]
        except CmapiError:
            provider = ""
    try:
        found = suggest_apns(imsi=imsi, provider_name=provider or None)
    except ApnDatabaseError as err:
        raise CliError(str(err)) from err
    rows = [{"provider": s.provider, "country": s.country, "APN": s.apn.apn,
             "name": s.apn.name, "userName": s.apn.username, "password": s.apn.password,
             "authType": s.apn.auth, "DNS": list(s.apn.dns), "byNetwork": s.by_network,
             "byName": s.by_name} for s in found]

    def text(items: list[dict[str, Any]]) -> str:
        if not items:
            return (f"No APN known for this SIM (IMSI {imsi[:6]}…); ask the provider, then: "
                    "cmcli profiles add --name NAME --apn APN")
        return "\n".join(f"{r['APN']:<28} {r['provider']} ({r['country']})"
                         + (f", user {r['userName']}" if r["userName"] else "") for r in items)

    out.result(rows, text)
    return 0


# --- connection records ---------------------------------------------------------------------


def _records_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No connection records."
    return "\n".join(
        f"[{r['index']}] {r['startTime']} {r['duration']:>6} s  up {_human(r['bytesSent'])}, "
        f"down {_human(r['bytesReceived'])}  {r.get('profileName', '')}"
        + ("" if "endTime" in r else "  (open)") for r in rows)


async def cmd_records(args: argparse.Namespace, out: Output) -> int:
    with open_stores() as stores:
        now = datetime.now(UTC).timestamp()
        rows = [dict(connection_record(r, now))
                for r in stores.connections.records(limit=max(1, args.limit))]
    out.result(rows, _records_text)
    return 0


async def cmd_records_delete(args: argparse.Namespace, out: Output) -> int:
    with open_stores() as stores:
        record = stores.connections.record(args.index)
        if record is None:
            raise CmapiError(ErrorCode.NO_SUCH_RECORD, data={"index": args.index})
        if record.ended_at is None:
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "index": args.index, "reason": "the session is still open"})
        await stores.connections.delete(args.index)
    out.result({}, lambda _: f"Deleted connection record {args.index}.")
    return 0
