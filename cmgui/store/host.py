"""The host's stores over one cmgui database: SMS archive, connection log, profiles, secrets.

One :class:`Stores` is opened per process (app, ``cmcli``, ``cmcli serve``) over the database in
the data directory; the seam serves every device with it (``cmgui.service.stored``) and gives it
to the layers that may not import the store as ``cmgui.service.stores.Stores``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cmgui.store.engine import Database, open_database
from cmgui.store.profiles import ProfileStore
from cmgui.store.secrets import SecretStore
from cmgui.store.sms import SmsArchive
from cmgui.store.stats import ConnectionLog


@dataclass
class Stores:
    db: Database
    archive: SmsArchive
    connections: ConnectionLog
    profiles: ProfileStore
    secrets: SecretStore

    @classmethod
    def open(
        cls, data_dir: Path | str | None = None, *, secrets: SecretStore | None = None,
        clock: Callable[[], float] = time.time,
    ) -> Stores:
        """The stores in ``data_dir`` (default: ``cmgui.paths.data_dir()``); StoreError if the
        database cannot be opened."""
        db = open_database(data_dir=data_dir)
        secret_store = secrets if secrets is not None else SecretStore()
        return cls(db, SmsArchive(db, clock=clock), ConnectionLog(db, clock=clock),
                   ProfileStore(db, secret_store, clock=clock), secret_store)

    def close(self) -> None:
        self.db.close()
