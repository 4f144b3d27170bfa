"""Saved devices: the endpoints (and later gateways and fleet accounts) the user keeps.

One file, ``endpoints.json`` in the config directory, is the list the app and cmcli share::

    {"version": 2, "entries": [
        {"kind": "endpoint", "address": "https://10.0.0.1:8765/cmapi", "label": "Router",
         "cert_sha256": "ab…"}, …]}

Every entry has a ``kind`` (:data:`ENDPOINT`; :data:`GATEWAY` and :data:`FLEET` are reserved for
SMS gateways and SIM platform accounts) and an ``address``; its other fields belong to whoever
wrote it. What this version does not know (entries of other kinds, fields it does not use,
top-level members) is written back as it was read, so the app and cmcli, and this version and a
later one, never drop each other's data. Version 1 files, ``{"version": 1, "endpoints": [{"address":
…, "label": …, "cert_sha256": …}]}`` as both writers wrote them before, are read as endpoint
entries and saved as version 2 on the next change. An entry without a string ``address`` cannot
be told apart from another and is dropped. Writes are atomic.

Two addresses name the same entry when their :func:`address_key` is equal (scheme lower-cased,
the binding's default path filled in, no ``#…`` options): ``HTTPS://h:1#device=2`` and
``https://h:1/cmapi`` are one endpoint. Secrets never go in the file: an endpoint's token, a
gateway's password live in the keyring (:mod:`cmgui.store.secrets`) under :func:`secret_key`.

Reading and writing is a local file access (and, for secrets, the keyring, which may block: async
callers use a thread).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from cmgui.common.files import atomic_write_text
from cmgui.paths import config_dir
from cmgui.store.secrets import (
    SecretStore,
    endpoint_token_key,
    gateway_password_key,
    platform_key,
)

log = logging.getLogger(__name__)

FILE_NAME = "endpoints.json"
VERSION = 2

#: An OpenCMAPI endpoint (``cmgui.drivers.remote``); its secret is the bearer token.
ENDPOINT = "endpoint"
#: An SMS gateway; its secret is the password of the user named in the entry.
GATEWAY = "gateway"
#: A SIM platform account; its secrets are named (client secret, signing key, …).
FLEET = "fleet"

#: The path an endpoint address without one means, by scheme (Web binding).
DEFAULT_PATHS = {"http": "/cmapi", "https": "/cmapi", "ws": "/cmapi/ws", "wss": "/cmapi/ws"}


def address_key(address: str) -> str:
    """What identifies the device at ``address``: the URL with its scheme lower-cased, the
    binding's default path when it has none, and no ``#…`` options; anything that is not a URL
    with a host, stripped."""
    text = address.strip()
    try:
        parts = urlsplit(text)
        if not parts.scheme or not parts.hostname:
            return text
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    path = parts.path or DEFAULT_PATHS.get(scheme, "")
    return urlunsplit((scheme, parts.netloc, path, parts.query, ""))


def same_address(a: str, b: str) -> bool:
    return address_key(a) == address_key(b)


def secret_key(kind: str, address: str, name: str = "") -> str:
    """The keyring key of the secret ``name`` of the entry (``kind``, ``address``)."""
    key = address_key(address)
    if kind == ENDPOINT:
        return endpoint_token_key(key)
    if kind == GATEWAY:
        return gateway_password_key(key)
    if kind == FLEET:
        return platform_key(key, name or "secret")
    return f"{kind}:{key}:{name or 'secret'}"


def secret_keys(kind: str, address: str, name: str = "") -> list[str]:
    """The keys to read a secret from, best first: :func:`secret_key`, then where an earlier
    version kept it (the app keyed an endpoint's token by the address as typed)."""
    keys = [secret_key(kind, address, name)]
    if kind == ENDPOINT and endpoint_token_key(address.strip()) not in keys:
        keys.append(endpoint_token_key(address.strip()))
    return keys


def saved_path(directory: Path | None = None) -> Path:
    """``endpoints.json`` in ``directory`` (default: the config directory)."""
    return (directory if directory is not None else config_dir()) / FILE_NAME


@dataclass(frozen=True)
class SavedEntry:
    """One saved entry: its kind and its fields as stored (``address`` among them)."""

    kind: str
    fields: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def new(cls, kind: str, address: str, **fields: Any) -> SavedEntry:
        return cls(kind, {"address": address.strip(), **fields})

    @property
    def address(self) -> str:
        return str(self.fields.get("address", ""))

    @property
    def key(self) -> str:
        return address_key(self.address)

    def text(self, name: str) -> str:
        """The string field ``name``, or "" when it is missing or not a string."""
        value = self.fields.get(name)
        return value if isinstance(value, str) else ""

    @property
    def label(self) -> str:
        return self.text("label").strip()

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.fields}


@dataclass(frozen=True)
class Endpoint:
    """A saved OpenCMAPI endpoint as the app edits it."""

    address: str
    label: str = ""
    #: SHA-256 fingerprint of the server certificate to pin (hex, may contain colons); "" = none.
    cert_sha256: str = ""

    @classmethod
    def from_entry(cls, entry: SavedEntry) -> Endpoint:
        return cls(entry.address, entry.text("label"), entry.text("cert_sha256"))

    def entry(self) -> SavedEntry:
        return SavedEntry.new(ENDPOINT, self.address, label=self.label,
                              cert_sha256=self.cert_sha256)


@dataclass
class _Document:
    """The file's content: entries, and the top-level members this version does not know."""

    entries: list[SavedEntry]
    version: int = VERSION
    others: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {**self.others, "version": max(self.version, VERSION),
                "entries": [e.to_json() for e in self.entries]}


def _entries_of(items: Any, default_kind: str | None) -> Iterator[SavedEntry]:
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("address"), str):
            log.debug("ignoring a saved entry without an address: %.80r", item)
            continue
        fields = dict(item)
        kind = fields.pop("kind", default_kind)
        yield SavedEntry(kind if isinstance(kind, str) and kind else ENDPOINT, fields)


def _parse(raw: Any) -> _Document:
    if not isinstance(raw, dict):
        return _Document([])
    others = {k: v for k, v in raw.items() if k not in ("version", "entries", "endpoints")}
    version = raw.get("version")
    entries = [*_entries_of(raw.get("entries"), None),
               *_entries_of(raw.get("endpoints"), ENDPOINT)]  # version 1
    return _Document(entries, version if isinstance(version, int) else VERSION, others)


class SavedDevices:
    """The saved entries of one config directory (all kinds) and their secrets."""

    def __init__(self, directory: Path | None = None, secrets: SecretStore | None = None) -> None:
        self.directory = directory
        self.secrets = secrets or SecretStore()

    @property
    def path(self) -> Path:
        return saved_path(self.directory)

    def _read(self) -> _Document:
        path = self.path
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return _Document([])
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable %s: %s", path, exc)
            return _Document([])
        return _parse(raw)

    def _write(self, document: _Document) -> None:
        atomic_write_text(self.path, json.dumps(document.to_json(), indent=2) + "\n")

    def _change(self, change: Callable[[list[SavedEntry]], list[SavedEntry] | None]) -> bool:
        """Apply ``change`` to the entries and save what it returns (None: nothing changed)."""
        document = self._read()
        entries = change(list(document.entries))
        if entries is None:
            return False
        document.entries = entries
        self._write(document)
        return True

    def entries(self, kind: str | None = None) -> list[SavedEntry]:
        """The saved entries (of ``kind``), in file order; [] for a missing or broken file."""
        return [e for e in self._read().entries if kind is None or e.kind == kind]

    def find(self, kind: str, address: str) -> SavedEntry | None:
        key = address_key(address)
        return next((e for e in self.entries(kind) if e.key == key), None)

    def put(self, entry: SavedEntry) -> None:
        """Save ``entry`` last, in place of any of its kind with the same address (whose fields
        ``entry`` does not set are kept)."""
        def change(entries: list[SavedEntry]) -> list[SavedEntry]:
            merged: dict[str, Any] = {}
            kept = []
            for old in entries:
                if old.kind == entry.kind and old.key == entry.key:
                    merged |= old.fields
                else:
                    kept.append(old)
            return [*kept, SavedEntry(entry.kind, merged | entry.fields)]
        self._change(change)

    def add(self, entry: SavedEntry) -> bool:
        """Save ``entry`` unless its kind has an entry with the same address; True if added."""
        def change(entries: list[SavedEntry]) -> list[SavedEntry] | None:
            if any(e.kind == entry.kind and e.key == entry.key for e in entries):
                return None
            return [*entries, entry]
        return self._change(change)

    def remove(self, kind: str, address: str) -> bool:
        """Remove every entry of ``kind`` with the same address; True if one was there."""
        key = address_key(address)

        def change(entries: list[SavedEntry]) -> list[SavedEntry] | None:
            kept = [e for e in entries if not (e.kind == kind and e.key == key)]
            return kept if len(kept) != len(entries) else None
        return self._change(change)

    # --- secrets (keyring) ---------------------------------------------------------------------

    def secret(self, kind: str, address: str, name: str = "") -> str:
        """The secret ``name`` of an entry, or "" when none is kept."""
        for key in secret_keys(kind, address, name):
            value = self.secrets.get(key)
            if value:
                return value
        return ""

    def set_secret(self, kind: str, address: str, value: str, name: str = "") -> None:
        """Keep ``value`` (an empty one deletes the secret)."""
        self.secrets.set(secret_key(kind, address, name), value)

    def delete_secret(self, kind: str, address: str, name: str = "") -> None:
        for key in secret_keys(kind, address, name):
            self.secrets.delete(key)


class SavedEndpoints:
    """The saved OpenCMAPI endpoints: what the app's device list and ``cmcli login`` use."""

    def __init__(self, directory: Path | None = None, secrets: SecretStore | None = None) -> None:
        self.saved = SavedDevices(directory, secrets)

    @property
    def path(self) -> Path:
        return self.saved.path

    def load(self) -> list[Endpoint]:
        return [Endpoint.from_entry(e) for e in self.saved.entries(ENDPOINT)]

    def add(self, endpoint: Endpoint, token: str = "") -> None:
        """Save ``endpoint`` (replacing the same endpoint) and, if given, its token."""
        self.saved.put(endpoint.entry())
        if token:
            self.saved.set_secret(ENDPOINT, endpoint.address, token)

    def remove(self, address: str) -> bool:
        """Forget the endpoint of ``address`` and its token; True if it was listed."""
        removed = self.saved.remove(ENDPOINT, address)
        self.saved.delete_secret(ENDPOINT, address)
        return removed

    def token(self, address: str) -> str:
        return self.saved.secret(ENDPOINT, address)

    def remember(self, address: str) -> bool:
        """List ``address`` unless its endpoint is listed already; True if added."""
        return self.saved.add(Endpoint(address.strip()).entry())

    def forget(self, address: str) -> bool:
        """Unlist the endpoint of ``address`` (its token stays); True if it was listed."""
        return self.saved.remove(ENDPOINT, address)
