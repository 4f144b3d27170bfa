"""Cellular profiles (APN settings), the default profile and auto-connect, in SQLite.

Served as CMAPI_NetConnectSrv_MgrCellularProfile / GetCellularProfile / GetCellularProfileList
and CMAPI_NetCon_SetDefaultProfile / SetAutoConnectMode. The password of a profile lives in the
keyring under ``profile:<id>:password``; the database holds only that reference.

A default profile and the auto-connect mode can be set globally, per device (IMEI) or per SIM
(ICCID); the most specific one wins: SIM, then device, then global.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from ipaddress import ip_address

from cmgui.store.engine import Database
from cmgui.store.errors import ProfileError
from cmgui.store.secrets import SecretStore, profile_password_key


class Auth(StrEnum):
    NONE = "none"
    PAP = "pap"
    CHAP = "chap"
    PAP_CHAP = "pap_chap"


class IpType(StrEnum):
    IPV4 = "ipv4"
    IPV6 = "ipv6"
    IPV4V6 = "ipv4v6"


# TS 23.003 9.1: labels of letters, digits and '-', separated by dots, at most 100 octets.
_APN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*"
                  r"[A-Za-z0-9])?)*")


@dataclass(frozen=True)
class Profile:
    """A cellular profile as the user edits it (no password: see ``ProfileStore.password``)."""

    name: str
    apn: str = ""
    auth: Auth = Auth.NONE
    username: str = ""
    ip_type: IpType = IpType.IPV4V6
    dns: tuple[str, ...] = field(default_factory=tuple)
    roaming_allowed: bool = False
    id: int | None = None
    has_password: bool = False

    def validated(self) -> Profile:
        name = self.name.strip()
        if not name:
            raise ProfileError("A profile needs a name.")
        if len(name) > 64:
            raise ProfileError("A profile name can be at most 64 characters long.")
        apn = self.apn.strip()
        if apn and (len(apn) > 100 or not _APN.fullmatch(apn)):
            raise ProfileError(
                f"'{apn}' is not a valid APN: use letters, digits, '-' and dots (at most 100)."
            )
        try:
            auth, ip_type = Auth(self.auth), IpType(self.ip_type)
        except ValueError as exc:
            raise ProfileError(f"Unknown profile option: {exc}") from None
        for server in self.dns:
            try:
                ip_address(server)
            except ValueError:
                raise ProfileError(f"'{server}' is not an IP address of a DNS server.") from None
        return replace(self, name=name, apn=apn, auth=auth, ip_type=ip_type,
                       dns=tuple(self.dns), username=self.username.strip())


def _scope(imei: str | None, iccid: str | None) -> str:
    if imei and iccid:
        raise ProfileError("Give either a device or a SIM, not both.")
    if iccid:
        return f"sim:{iccid}"
    if imei:
        return f"device:{imei}"
    return ""


def _profile(row: sqlite3.Row) -> Profile:
    try:
        dns = tuple(str(s) for s in json.loads(row["dns"]))
    except (ValueError, TypeError):
        dns = ()
    return Profile(
        id=row["id"], name=row["name"], apn=row["apn"], auth=Auth(row["auth"]),
        username=row["username"], ip_type=IpType(row["ip_type"]), dns=dns,
        roaming_allowed=bool(row["roaming_allowed"]), has_password=row["password_ref"] is not None,
    )


class ProfileStore:
    def __init__(
        self, db: Database, secrets: SecretStore, *, clock: Callable[[], float] = time.time
    ) -> None:
        self._db = db
        self._secrets = secrets
        self._clock = clock

    async def add(self, profile: Profile, password: str | None = None) -> Profile:
        """Create a profile; the password (if any) goes to the keyring. With nowhere safe to
        keep it, nothing is saved (NoSecretStorage says what the user can do)."""
        p = profile.validated()
        if password:
            self._secrets.require_storage()
        now = int(self._clock() * 1000)

        def run(conn: sqlite3.Connection) -> int:
            try:
                cursor = conn.execute(
                    "INSERT INTO cellular_profile (name, apn, auth, username, ip_type, dns, "
                    "roaming_allowed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "RETURNING id",
                    (p.name, p.apn, str(p.auth), p.username, str(p.ip_type), json.dumps(p.dns),
                     int(p.roaming_allowed), now, now),
                )
            except sqlite3.IntegrityError:
                raise ProfileError(f"A profile called '{p.name}' already exists.") from None
            return int(cursor.fetchone()[0])

        profile_id = await self._db.awrite(run)
        if password:
            await self.set_password(profile_id, password)
        return self._require(profile_id)

    async def update(self, profile: Profile, password: str | None = None) -> Profile:
        """Change a profile; ``password=None`` keeps the stored one, ``""`` removes it."""
        if profile.id is None:
            raise ProfileError("Only a saved profile can be updated.")
        if password:
            self._secrets.require_storage()
        p = profile.validated()
        now = int(self._clock() * 1000)

        def run(conn: sqlite3.Connection) -> int:
            try:
                return conn.execute(
                    "UPDATE cellular_profile SET name = ?, apn = ?, auth = ?, username = ?, "
                    "ip_type = ?, dns = ?, roaming_allowed = ?, updated_at = ? WHERE id = ?",
                    (p.name, p.apn, str(p.auth), p.username, str(p.ip_type), json.dumps(p.dns),
                     int(p.roaming_allowed), now, p.id),
                ).rowcount
            except sqlite3.IntegrityError:
                raise ProfileError(f"A profile called '{p.name}' already exists.") from None

        if not await self._db.awrite(run):
            raise ProfileError(f"There is no profile with id {p.id}.")
        if password is not None:
            await self.set_password(p.id or 0, password)
        return self._require(p.id or 0)

    async def set_password(self, profile_id: int, password: str) -> None:
        key = profile_password_key(profile_id)
        if password:
            await self._secrets.aset(key, password)
        else:
            await self._secrets.adelete(key)

        def run(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE cellular_profile SET password_ref = ? WHERE id = ?",
                         (key if password else None, profile_id))

        await self._db.awrite(run)

    async def password(self, profile_id: int) -> str | None:
        profile = self.get(profile_id)
        if profile is None or not profile.has_password:
            return None
        self._secrets.require_storage()  # a kept password that cannot be read is not "none"
        return await self._secrets.aget(profile_password_key(profile_id))

    async def delete(self, profile_id: int) -> bool:
        def run(conn: sqlite3.Connection) -> bool:
            return conn.execute(
                "DELETE FROM cellular_profile WHERE id = ?", (profile_id,)
            ).rowcount > 0

        deleted = await self._db.awrite(run)
        if deleted:
            await self._secrets.adelete(profile_password_key(profile_id))
        return deleted

    def get(self, profile_id: int) -> Profile | None:
        row = self._db.read(
            lambda c: c.execute(
                "SELECT * FROM cellular_profile WHERE id = ?", (profile_id,)
            ).fetchone()
        )
        return None if row is None else _profile(row)

    def by_name(self, name: str) -> Profile | None:
        row = self._db.read(
            lambda c: c.execute(
                "SELECT * FROM cellular_profile WHERE lower(name) = lower(?)", (name.strip(),)
            ).fetchone()
        )
        return None if row is None else _profile(row)

    def _require(self, profile_id: int) -> Profile:
        profile = self.get(profile_id)
        if profile is None:
            raise ProfileError(f"There is no profile with id {profile_id}.")
        return profile

    def profiles(self) -> list[Profile]:
        return self._db.read(
            lambda c: [
                _profile(r)
                for r in c.execute("SELECT * FROM cellular_profile ORDER BY lower(name)")
            ]
        )

    # -- default profile and auto-connect ------------------------------------------------------

    async def set_default(
        self, profile_id: int | None, *, imei: str | None = None, iccid: str | None = None
    ) -> None:
        """Make a profile the default (globally, for a device, or for a SIM); None clears it."""
        scope = _scope(imei, iccid)

        def run(conn: sqlite3.Connection) -> None:
            if profile_id is None:
                conn.execute("DELETE FROM profile_default WHERE scope = ?", (scope,))
                return
            try:
                conn.execute(
                    "INSERT INTO profile_default (scope, profile_id) VALUES (?, ?) ON CONFLICT "
                    "(scope) DO UPDATE SET profile_id = excluded.profile_id",
                    (scope, profile_id),
                )
            except sqlite3.IntegrityError:
                raise ProfileError(f"There is no profile with id {profile_id}.") from None

        await self._db.awrite(run)

    def default(self, *, imei: str | None = None, iccid: str | None = None) -> Profile | None:
        """The default profile for this SIM and device (the most specific one set)."""
        scopes = [s for s in (f"sim:{iccid}" if iccid else None,
                              f"device:{imei}" if imei else None, "") if s is not None]

        def run(conn: sqlite3.Connection) -> Profile | None:
            for scope in scopes:
                row = conn.execute(
                    "SELECT p.* FROM profile_default d JOIN cellular_profile p "
                    "ON p.id = d.profile_id WHERE d.scope = ?",
                    (scope,),
                ).fetchone()
                if row is not None:
                    return _profile(row)
            return None

        return self._db.read(run)

    async def set_auto_connect(
        self, enabled: bool, *, imei: str | None = None, iccid: str | None = None
    ) -> None:
        scope = _scope(imei, iccid)

        def run(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO auto_connect (scope, enabled) VALUES (?, ?) "
                         "ON CONFLICT (scope) DO UPDATE SET enabled = excluded.enabled",
                         (scope, int(enabled)))

        await self._db.awrite(run)

    def auto_connect(self, *, imei: str | None = None, iccid: str | None = None) -> bool:
        """Auto-connect mode (off unless set), the most specific setting winning."""
        scopes = [s for s in (f"sim:{iccid}" if iccid else None,
                              f"device:{imei}" if imei else None, "") if s is not None]

        def run(conn: sqlite3.Connection) -> bool:
            for scope in scopes:
                row = conn.execute(
                    "SELECT enabled FROM auto_connect WHERE scope = ?", (scope,)
                ).fetchone()
                if row is not None:
                    return bool(row[0])
            return False

        return self._db.read(run)
