"""Everything a front end needs for SIM fleets, in one place: the saved accounts, each account's
Fleet (opened on first use, with its secret from the keyring), its SIM cache, its bulk jobs,
and the SMS and events pushed about SIMs. The app's controller holds one; nothing here is Qt."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path
from typing import Any, TextIO

from cmgui.common.files import atomic_write
from cmgui.service.fleet import Fleet, Sim
from cmgui.service.fleet_accounts import FleetAccount, FleetAccounts, new_account
from cmgui.service.fleet_cache import SimCache
from cmgui.service.fleet_jobs import StatusJobs, job_json
from cmgui.service.fleet_registry import FLEETS, FleetRegistry
from cmgui.service.team import require_to_send
from cmgui.store.db import Store, open_database
from cmgui.store.fleet import FleetStore
from cmgui.store.secrets import SecretStore

#: Columns of a fleet CSV export; every value is quoted, so ICCID, IMSI and MSISDN stay text.
CSV_COLUMNS = ("ICCID", "IMSI", "MSISDN", "IMEI", "name", "status", "nativeStatus", "backend",
               "plan", "usedBytes", "limitBytes", "lastSeen")


def write_csv(path: Path, sims: list[Sim]) -> None:
    """Write ``sims`` to ``path`` atomically, every value quoted (ICCIDs read back as text,
    every digit kept, in a spreadsheet as in ``csv``)."""
    def write(stream: TextIO) -> None:
        writer = csv.writer(stream, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for sim in sims:
            row = sim.to_json()
            writer.writerow(["" if row.get(c) is None else str(row[c]) for c in CSV_COLUMNS])
    atomic_write(Path(path), write, newline="")


class FleetWorkspace:
    """The fleet side of one process (the app, a cmcli run)."""

    def __init__(self, *, config_dir: Path | None = None, data_dir: Path | None = None,
                 secrets: SecretStore | None = None,
                 registry: FleetRegistry = FLEETS) -> None:
        self.accounts = FleetAccounts(config_dir, secrets)
        self.data_dir = data_dir
        self.registry = registry
        self._db: Store | None = None
        self._store: FleetStore | None = None
        self._fleets: dict[str, Fleet] = {}

    @property
    def store(self) -> FleetStore:
        """The fleet tables (the database is opened on first use; StoreError if it cannot)."""
        if self._store is None:
            self._db = open_database(data_dir=self.data_dir)
            self._store = FleetStore(self._db)
        return self._store

    def account_list(self) -> list[FleetAccount]:
        return self.accounts.list()

    def add_account(self, name: str, url: str, **options: str) -> FleetAccount:
        """Check and save an account (``new_account`` options); FleetError says what is
        wrong. The keyring may block: async callers use a thread."""
        account, secret, source = new_account(name, url, **options)
        self.registry.check(account, secret)
        return self.accounts.add(account, secret, source)

    def opened(self, account: str) -> Fleet | None:
        """The account's Fleet if it is open already."""
        return self._fleets.get(account)

    def cache(self, account: str) -> SimCache:
        return SimCache(self.store, account)

    async def fleet(self, account: str) -> Fleet:
        """The account's Fleet, opened once and kept until :meth:`close`."""
        fleet = self._fleets.get(account)
        if fleet is None:
            fleet = await self.registry.open_saved(self.accounts, account)
            self._fleets[account] = fleet
        return fleet

    async def jobs(self, account: str) -> StatusJobs:
        return StatusJobs(await self.fleet(account), self.store, account,
                          cache=self.cache(account))

    def job_rows(self, account: str | None = None) -> list[dict[str, Any]]:
        return [job_json(j) for j in self.store.jobs(account)]

    def messages(self, iccid: str) -> list[dict[str, Any]]:
        return self.store.messages(iccid)

    async def require_to_send(self) -> None:
        """NotAllowed (a FleetError) when the user is a viewer on a shared store."""
        await require_to_send(self.store.db)

    async def record_sent(self, account: str, iccid: str, msg_id: str, text: str) -> None:
        await asyncio.to_thread(self.store.record_sent, account, iccid, msg_id, text)

    async def close(self) -> None:
        fleets, self._fleets = list(self._fleets.values()), {}
        for fleet in fleets:
            await fleet.close()
        if self._db is not None:
            self._db.close()
            self._db = self._store = None
