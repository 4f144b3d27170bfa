"""Error types of the storage layer, worded for the user."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: a storage problem the user can act on."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer cmgui than this one."""

    def __init__(self, path: str, found: int, known: int) -> None:
        self.path = path
        self.found = found
        self.known = known
        super().__init__(
            f"The database {path} was written by a newer version of cmgui "
            f"(schema version {found}; this version understands up to {known}). "
            "Upgrade cmgui, or point CMGUI_DATA_DIR at another folder."
        )


class MigrationError(StoreError):
    """A schema migration failed; the database was left at its previous version."""


class ProfileError(StoreError):
    """A cellular profile is invalid or does not exist."""


class SecretStoreError(StoreError):
    """The system keyring could not store or return a secret."""


class ImportFormatError(StoreError):
    """An archive export file could not be read."""


class DatabaseDamaged(StoreError):
    """The database file is damaged, empty or not a database: nothing runs on it."""


class StoreUnavailable(StoreError):
    """A shared (PostgreSQL) store cannot be reached or refused this user: server down, wrong
    host, port, user, password or database."""


class DatabaseReadOnly(StoreError):
    """The database cannot be written by this user (file or folder permissions, a read-only
    disk)."""
