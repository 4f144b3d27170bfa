"""Who is on the team, with which role, and what they changed (tables ``team_member`` and
``team_audit``, on either engine, in the store's common dialect). The rules live in
``cmgui.service.team``."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from cmgui.store.engine import Database


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    granted_by: str
    granted_at: int

    def to_json(self) -> dict[str, Any]:
        return {"user": self.name, "role": self.role, "grantedBy": self.granted_by,
                "granted": self.granted_at}


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: int
    who: str
    action: str
    subject: str
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at, "who": self.who, "action": self.action,
                "subject": self.subject, "detail": self.detail}


def _member(row: Any) -> Member:
    return Member(row["name"], row["role"], row["granted_by"], int(row["granted_at"]))


def _audit(conn: sqlite3.Connection, who: str, action: str, subject: str, detail: str) -> None:
    conn.execute("INSERT INTO team_audit (at, who, action, subject, detail) "
                 "VALUES (?, ?, ?, ?, ?)", (int(time.time()), who, action, subject, detail))


class TeamStore:
    """The team tables of one store."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def shared(self) -> bool:
        """True on a store several people use (PostgreSQL)."""
        return self.db.engine == "postgresql"

    async def database_user(self) -> str:
        """The login the store is used with (PostgreSQL's ``current_user``; "" on SQLite)."""
        if not self.shared:
            return ""
        return str(await self.db.aread(
            lambda c: c.execute("SELECT current_user").fetchone()[0]))

    async def members(self) -> list[Member]:
        rows = await self.db.aread(lambda c: c.execute(
            "SELECT * FROM team_member ORDER BY name").fetchall())
        return [_member(r) for r in rows]

    async def member(self, name: str) -> Member | None:
        row = await self.db.aread(lambda c: c.execute(
            "SELECT * FROM team_member WHERE name = ?", (name,)).fetchone())
        return _member(row) if row is not None else None

    async def has_members(self) -> bool:
        return await self.db.aread(lambda c: c.execute(
            "SELECT 1 FROM team_member LIMIT 1").fetchone()) is not None

    async def set_member(self, name: str, role: str, *, who: str) -> None:
        """Add ``name`` with ``role`` (or change their role), audited, in one transaction."""
        def run(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO team_member (name, role, granted_by, granted_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET role = excluded.role, "
                "granted_by = excluded.granted_by, granted_at = excluded.granted_at",
                (name, role, who, int(time.time())))
            _audit(conn, who, "team-add", name, role)
        await self.db.awrite(run, durable=True)

    async def remove_member(self, name: str, *, who: str) -> bool:
        def run(conn: sqlite3.Connection) -> bool:
            row = conn.execute("SELECT role FROM team_member WHERE name = ?",
                               (name,)).fetchone()
            if row is None:
                return False
            conn.execute("DELETE FROM team_member WHERE name = ?", (name,))
            _audit(conn, who, "team-remove", name, row["role"])
            return True
        return await self.db.awrite(run, durable=True)

    async def audit(self, who: str, action: str, subject: str = "", detail: str = "") -> None:
        await self.db.awrite(lambda c: _audit(c, who, action, subject, detail), durable=True)

    async def audit_log(self, limit: int = 100) -> list[AuditEntry]:
        rows = await self.db.aread(lambda c: c.execute(
            "SELECT * FROM team_audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall())
        return [AuditEntry(int(r["id"]), int(r["at"]), r["who"], r["action"], r["subject"],
                           r["detail"]) for r in rows]
