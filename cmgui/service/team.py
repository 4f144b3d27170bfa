"""Roles of a team that shares one PostgreSQL store: viewer, operator, admin.

A viewer reads the archive, the fleet and the jobs; an operator also changes SIM states, sends
SMS (through a gateway or a fleet platform, at once or queued) and enqueues jobs; an admin also
decides who is on the team. The user is ``$CMGUI_USER`` if set, else the database login (give
each technician their own login, or set ``CMGUI_USER``).

A team without members is a new one: everybody is an admin until the first member is added
(the first ``cmcli team add`` should make its author an admin). Once there are members, a user
not listed is a viewer. On a SQLite store there is one user and no roles: nothing is refused.
"""

from __future__ import annotations

import asyncio
import getpass
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cmgui.service.fleet import FleetError, parse_status
from cmgui.service.gateway import Recipient
from cmgui.store.engine import Database, is_shared, open_database, resolve_url
from cmgui.store.team import Member, TeamStore

if TYPE_CHECKING:  # psycopg is imported only when a team store is used
    from cmgui.store.job_queue import JobQueue

ROLES = ("viewer", "operator", "admin")
#: The queued job kind of a bulk SIM status change; payload {"status": S, "iccids": [...]}.
FLEET_SET_STATUS = "fleet-set-status"
#: The queued job kind of a gateway bulk SMS; account: the gateway's address; payload
#: {"text": T, "ports": [...], "report": bool, "recipients": [{"number", "params", "userId"}]}
#: and one job item per recipient (its number).
GATEWAY_SEND = "gateway-send"
#: What each action needs, in the words error messages use.
NEEDS: dict[str, str] = {
    "read": "viewer",
    "change SIM states": "operator",
    "enqueue jobs": "operator",
    "send SMS": "operator",
    "cancel jobs": "operator",
    "manage the team": "admin",
}


class NotAllowed(FleetError):
    """The user's role does not allow this (one sentence, with what to do)."""

    def __init__(self, user: str, role: str, action: str) -> None:
        self.user, self.role, self.action = user, role, action
        needed = NEEDS[action]
        super().__init__(
            f"{user} is {_article(role)} {role} on this team and may not {action} "
            f"(that needs {_article(needed)} {needed}); ask a team admin to run "
            f"cmcli team add {user} --role {needed}")


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def parse_role(text: str) -> str:
    role = text.strip().lower()
    if role not in ROLES:
        raise FleetError(f"{text!r} is not a role; use one of {', '.join(ROLES)}")
    return role


def at_least(role: str, needed: str) -> bool:
    return ROLES.index(role) >= ROLES.index(needed)


@dataclass(frozen=True)
class Standing:
    """A user's role and why (``member``, ``new team``, ``not listed``)."""

    user: str
    role: str
    reason: str


class Team:
    """The roles of one shared store, for one user."""

    def __init__(self, store: TeamStore, user: str = "") -> None:
        self.store = store
        self._user = user or os.environ.get("CMGUI_USER", "")

    async def user(self) -> str:
        if not self._user:
            self._user = await self.store.database_user() or os_user()
        return self._user

    async def standing(self) -> Standing:
        user = await self.user()
        if not self.store.shared:
            return Standing(user, "admin", "one-person store")
        member = await self.store.member(user)
        if member is not None:
            return Standing(user, member.role, "member")
        if not await self.store.has_members():
            return Standing(user, "admin", "new team")
        return Standing(user, "viewer", "not listed")

    async def require(self, action: str) -> str:
        """The user's name if their role allows ``action`` (a key of :data:`NEEDS`);
        NotAllowed otherwise."""
        standing = await self.standing()
        if not at_least(standing.role, NEEDS[action]):
            raise NotAllowed(standing.user, standing.role, action)
        return standing.user

    async def add(self, name: str, role: str) -> Member:
        """Give ``name`` a role (admins only); the change is in the audit log with who did it."""
        role = parse_role(role)
        who = await self.require("manage the team")
        if not name.strip():
            raise FleetError("name the user to add")
        await self.store.set_member(name.strip(), role, who=who)
        member = await self.store.member(name.strip())
        assert member is not None
        return member

    async def remove(self, name: str) -> bool:
        who = await self.require("manage the team")
        members = await self.store.members()
        admins = [m.name for m in members if m.role == "admin"]
        if admins == [name]:
            raise FleetError(f"{name} is the team's last admin; make someone else an admin "
                             "first")
        return await self.store.remove_member(name, who=who)

    async def members(self) -> list[Member]:
        return await self.store.members()


def os_user() -> str:
    """The operating system's name for this process's user."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in this environment
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


#: A role check: ``await guard(action)`` raises NotAllowed, else returns the user's name.
Guard = Callable[[str], Awaitable[str]]


def guard_for(db: Database, user: str = "") -> Guard | None:
    """The role check of a shared store; None on SQLite (nothing to refuse)."""
    if db.engine != "postgresql":
        return None
    return Team(TeamStore(db), user).require


async def enqueue_status_change(queue: JobQueue, team: Team, account: str, status: str,
                                iccids: Sequence[str]) -> int:
    """Queue a bulk status change for the team's poller (operators and admins); its id."""
    target = parse_status(status)
    wanted = list(dict.fromkeys(i.strip() for i in iccids if i.strip()))
    if not wanted:
        raise FleetError("no ICCID given")
    user = await team.require("enqueue jobs")
    return await queue.enqueue(FLEET_SET_STATUS, account, {"status": target, "iccids": wanted},
                               requested_by=user, total=len(wanted))


async def require_to_send(db: Database, user: str = "") -> str | None:
    """Refuse a viewer sending SMS on a shared store (NotAllowed); the sender's name, or None
    on SQLite (one user, no roles)."""
    guard = guard_for(db, user)
    return await guard("send SMS") if guard is not None else None


async def require_to_send_in_use(user: str = "") -> str | None:
    """:func:`require_to_send` on the store in use (``$CMGUI_STORE``, ``--store``, the store
    setting); SQLite is not even opened."""
    url = resolve_url()
    if not is_shared(url):
        return None
    db = await asyncio.to_thread(open_database, url)
    try:
        return await require_to_send(db, user)
    finally:
        db.close()


def recipients_payload(recipients: Sequence[Recipient]) -> list[dict[str, Any]]:
    return [{"number": r.number, "params": list(r.params), "userId": r.user_id}
            for r in recipients]


def recipients_of(payload: Mapping[str, Any]) -> list[Recipient]:
    """The recipients a ``gateway-send`` payload names (in item order)."""
    out = []
    for item in payload.get("recipients", []):
        user_id = item.get("userId")
        out.append(Recipient(str(item["number"]), tuple(str(p) for p in item.get("params", ())),
                             int(user_id) if user_id is not None else None))
    return out


async def enqueue_bulk_sms(queue: JobQueue, team: Team, gateway: str, text: str,
                           recipients: Sequence[Recipient], *, ports: Sequence[int] = (),
                           report: bool = False) -> int:
    """Queue a gateway bulk SMS for the team's poller (operators and admins); its id."""
    if not recipients:
        raise FleetError("no recipient given")
    if not text:
        raise FleetError("no text given")
    user = await team.require("send SMS")
    payload = {"text": text, "ports": list(ports), "report": report,
               "recipients": recipients_payload(recipients)}
    return await queue.enqueue(GATEWAY_SEND, gateway, payload, requested_by=user,
                               total=len(recipients), items=[r.number for r in recipients])
