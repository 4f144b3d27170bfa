"""``cmcli store …``: which store is in use, its password, and copying one store into another.

The store is chosen by ``cmcli --store URL``, ``$CMGUI_STORE``, the ``store_url`` setting, or
else this computer's SQLite file (:func:`cmgui.store.engine.resolve_url`); see docs/store.md.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from cmgui.cli.common import CliError, Output
from cmgui.store.copy import TableCount, copy_store
from cmgui.store.engine import is_shared, open_database, redact, resolve_url, scheme_of, sqlite_path
from cmgui.store.secrets import SecretStore, store_password_key


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    store = sub.add_parser("store", parents=[common], help="the store in use; copy a store")
    group = store.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    p = group.add_parser("path", parents=[common],
                         help="print the URL of the store in use (never its password)")
    p.set_defaults(handler=cmd_path)
    p = group.add_parser("copy", parents=[common],
                         help="copy everything from one store into another (idempotent)")
    p.add_argument("source", metavar="SRC_URL")
    p.add_argument("destination", metavar="DST_URL")
    p.set_defaults(handler=cmd_copy)
    p = group.add_parser("password", parents=[common],
                         help="keep a PostgreSQL store's password in the keyring "
                              "(read from the terminal or standard input)")
    p.add_argument("url", metavar="URL", nargs="?", default=None,
                   help="the store (default: the store in use)")
    p.add_argument("--forget", action="store_true", help="remove it from the keyring")
    p.set_defaults(handler=cmd_password)


async def cmd_path(args: argparse.Namespace, out: Output) -> int:
    url = redact(resolve_url())
    out.result({"url": url, "engine": scheme_of(url)}, lambda v: str(v["url"]))
    return 0


async def cmd_copy(args: argparse.Namespace, out: Output) -> int:
    if scheme_of(args.source) == "sqlite" and not sqlite_path(args.source).is_file():
        raise CliError(f"there is no store at {redact(args.source)}")
    src = open_database(args.source)
    try:
        dst = open_database(args.destination)
        try:
            def shown(count: TableCount) -> None:
                if not out.json_mode:
                    out.text(f"{count.table}: {count.source} in the source, {count.added} "
                             f"added, {count.present} checked")

            counts = copy_store(src, dst, progress=shown)
        finally:
            dst.close()
    finally:
        src.close()
    if out.json_mode:
        out.json({"source": redact(args.source), "destination": redact(args.destination),
                  "tables": [vars(c) for c in counts]})
    else:
        out.text(f"Copied {sum(c.added for c in counts)} new row(s) in {len(counts)} table(s); "
                 f"all {sum(c.source for c in counts)} source row(s) are in the destination.")
    return 0


async def cmd_password(args: argparse.Namespace, out: Output) -> int:
    url = args.url or resolve_url()
    if not is_shared(url):
        raise CliError(f"{redact(url)} is not a PostgreSQL store: it has no password")
    secrets = SecretStore()
    key = store_password_key(url)
    if args.forget:
        secrets.delete(key)
        out.result({}, lambda _: f"Forgot the password of {redact(url)}.")
        return 0
    password = (getpass.getpass(f"Password for {redact(url)}: ") if sys.stdin.isatty()
                else sys.stdin.readline().rstrip("\n"))
    if not password:
        raise CliError("no password given")
    secrets.require_storage()
    secrets.set(key, password)
    out.result({}, lambda _: f"Kept the password of {redact(url)} in the keyring.")
    return 0
