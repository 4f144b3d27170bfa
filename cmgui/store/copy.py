"""Copy a whole store into another (SQLite to PostgreSQL and back), idempotently, checked.

Every table the two stores share is copied, parents before children (their foreign keys), in
batches, each batch one write transaction with ``ON CONFLICT DO NOTHING``: rows keep their ids,
so references stay right, and a second run (or a run after an interrupted one) adds nothing.
Each batch is then checked row by row against the destination: a source row that is missing or
differs there (another store's row under the same key) is counted, and :func:`copy_store`
raises :class:`CopyMismatch` with the counts. Identity sequences on PostgreSQL are moved past
the copied ids. Derived tables (:data:`DERIVED`: the conversation summary) are not copied:
the destination's triggers keep them from the rows copied.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from cmgui.store.engine import Database, TableInfo
from cmgui.store.errors import StoreError

BATCH = 1000
#: Tables the destination's own triggers fill from the copied rows (never copied themselves).
DERIVED = frozenset({"sms_conversation"})
#: Multi-column keys are looked up with an OR of ANDs; SQLite caps the expression depth.
KEYED_BATCH = 200


class CopyMismatch(StoreError):
    """Some source rows are missing or different in the destination after the copy."""


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int  # rows in the source
    added: int  # rows this run added to the destination
    present: int  # source rows found, identical, in the destination afterwards
    differing: int  # source rows whose key holds another row in the destination


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def copy_order(tables: dict[str, TableInfo]) -> list[str]:
    """Table names with every table after the tables its foreign keys name."""
    done: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in done or name in visiting:
            return
        visiting.add(name)
        for parent in sorted(tables[name].parents):
            if parent in tables and parent != name:
                visit(parent)
        visiting.discard(name)
        done.append(name)

    for name in sorted(tables):
        visit(name)
    return done


def _key_clause(key: Sequence[str], rows: int) -> str:
    if len(key) == 1:
        return f"{_quote(key[0])} IN ({', '.join('?' * rows)})"
    one = "(" + " AND ".join(f"{_quote(k)} = ?" for k in key) + ")"
    return " OR ".join([one] * rows)


def _copy_table(src: Database, dst: Database, name: str, info: TableInfo,
                columns: list[str]) -> TableCount:
    key = list(info.key) or columns
    cols = ", ".join(_quote(c) for c in columns)
    order = ", ".join(_quote(k) for k in key)
    insert = (f"INSERT INTO {_quote(name)} ({cols}) VALUES ({', '.join('?' * len(columns))}) "
              "ON CONFLICT DO NOTHING")
    batch = BATCH if len(key) == 1 else KEYED_BATCH
    positions = [columns.index(k) for k in key]
    total = added = present = differing = 0
    offset, last = 0, None
    while True:
        if len(key) == 1 and last is not None:  # keyset paging: no rescans of what was read
            query = (f"SELECT {cols} FROM {_quote(name)} WHERE {order} > ? ORDER BY {order} "
                     "LIMIT ?")
            params: tuple[Any, ...] = (last, batch)
        else:
            query = f"SELECT {cols} FROM {_quote(name)} ORDER BY {order} LIMIT ? OFFSET ?"
            params = (batch, offset)
        def fetch(conn: sqlite3.Connection, q: str = query, p: tuple[Any, ...] = params
                  ) -> list[tuple[Any, ...]]:
            return [tuple(r) for r in conn.execute(q, p).fetchall()]

        rows = src.read(fetch)
        if not rows:
            break
        offset += len(rows)
        last = rows[-1][positions[0]]
        total += len(rows)

        def run(conn: sqlite3.Connection, rows: list[tuple[Any, ...]] = rows
                ) -> tuple[int, int, int]:
            new = max(0, conn.executemany(insert, rows).rowcount)
            args = [row[p] for row in rows for p in positions]
            found = {tuple(r[p] for p in positions): tuple(r) for r in conn.execute(
                f"SELECT {cols} FROM {_quote(name)} WHERE {_key_clause(key, len(rows))}",
                args).fetchall()}
            same = sum(1 for row in rows
                       if found.get(tuple(row[p] for p in positions)) == row)
            return new, same, sum(1 for row in rows
                                  if tuple(row[p] for p in positions) in found) - same

        new, same, other = dst.write(run).result()
        added += new
        present += same
        differing += other
    return TableCount(name, total, added, present, differing)


def copy_store(src: Database, dst: Database,
               progress: Callable[[TableCount], None] | None = None) -> list[TableCount]:
    """Copy every table of ``src`` that ``dst`` has too; the counts per table. CopyMismatch
    when a source row is not in the destination as it is in the source."""
    if src.url == dst.url:
        raise StoreError(f"The source and the destination are the same store ({src.url}).")
    source, target = src.describe(), dst.describe()
    counts: list[TableCount] = []
    shared = {n: i for n, i in source.items() if n in target and n not in DERIVED}
    for name in copy_order(shared):
        columns = [c for c in source[name].columns if c in target[name].columns]
        count = _copy_table(src, dst, name, source[name], columns)
        dst.write(functools.partial(dst.after_copy, table=name)).result()
        counts.append(count)
        if progress is not None:
            progress(count)
    wrong = [c for c in counts if c.present != c.source]
    if wrong:
        raise CopyMismatch(
            "Not everything could be copied: " + "; ".join(
                f"{c.table}: {c.source - c.present} of {c.source} rows missing or different "
                f"({c.differing} with the key of another row)" for c in wrong)
            + ". The destination holds other data under the same ids: copy into an empty "
              "store (or a previous copy of this one).")
    return counts
