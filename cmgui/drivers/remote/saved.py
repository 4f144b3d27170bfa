"""Endpoints the user saved, read and written without Qt.

The app's endpoint list is ``endpoints.json`` in the config directory
(``cmgui.controllers.endpoints.EndpointStore``): ``{"version": 1, "endpoints": [{"address": URL,
"label": "…", "cert_sha256": "…"}, …]}``. ``cmcli login``/``logout`` keep their endpoint in the
same file and the remote backend lists it in discovery, so the app and cmcli see one list.

Entries are rewritten as they were read (fields this module does not use, such as the app's
label and certificate pin, survive). Two addresses name the same endpoint when their URLs without
the ``#…`` options are equal (:func:`endpoint_key`); tokens are keyed the same way.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cmgui.cmapi.errors import CmapiError
from cmgui.drivers.remote.address import parse_address
from cmgui.paths import config_dir
from cmgui.service.registry import DiscoveredDevice
from cmgui.store.settings import atomic_write_text

log = logging.getLogger(__name__)

FILE_NAME = "endpoints.json"
VERSION = 1

Entry = dict[str, Any]


def saved_path(directory: Path | None = None) -> Path:
    """``endpoints.json`` in ``directory`` (default: the config directory)."""
    return (directory if directory is not None else config_dir()) / FILE_NAME


def endpoint_key(address: str) -> str:
    """The URL that identifies an endpoint: scheme lower-cased, default path, no ``#…``."""
    try:
        return parse_address(address).url
    except CmapiError:
        return address.strip()


def load_entries(directory: Path | None = None) -> list[Entry]:
    """The saved entries with a string ``address``; [] when the file is missing or unreadable."""
    path = saved_path(directory)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable %s: %s", path, exc)
        return []
    items = raw.get("endpoints", []) if isinstance(raw, dict) else []
    if not isinstance(items, list):
        return []
    return [item for item in items
            if isinstance(item, dict) and isinstance(item.get("address"), str)]


def _save_entries(entries: list[Entry], directory: Path | None) -> None:
    data = {"version": VERSION, "endpoints": entries}
    atomic_write_text(saved_path(directory), json.dumps(data, indent=2))


def remember(address: str, directory: Path | None = None) -> bool:
    """Add ``address`` to the list unless the endpoint is there already; True if added."""
    key = endpoint_key(address)
    entries = load_entries(directory)
    if any(endpoint_key(e["address"]) == key for e in entries):
        return False
    entries.append({"address": address.strip(), "label": "", "cert_sha256": ""})
    _save_entries(entries, directory)
    return True


def forget(address: str, directory: Path | None = None) -> bool:
    """Remove every entry naming the endpoint of ``address``; True if one was there."""
    key = endpoint_key(address)
    entries = load_entries(directory)
    kept = [e for e in entries if endpoint_key(e["address"]) != key]
    if len(kept) == len(entries):
        return False
    _save_entries(kept, directory)
    return True


def _host(address: str) -> str:
    """``host:port`` of an address, without any user name or password in it."""
    try:
        parts = urlsplit(address.strip())
        host = parts.hostname or address
        port = parts.port
    except ValueError:
        return address.strip()
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{port}" if port is not None else host


def discovered(entry: Entry) -> DiscoveredDevice:
    """A saved entry as a discovery row; the endpoint is not contacted."""
    address = str(entry["address"])
    label = entry.get("label")
    label = label.strip() if isinstance(label, str) else ""
    details = {"source": "saved"} | ({"label": label} if label else {})
    return DiscoveredDevice(address=address,
                            description=label or f"OpenCMAPI endpoint {_host(address)}",
                            kind="remote", details=details)


async def discover_saved(directory: Path | None = None) -> list[DiscoveredDevice]:
    """The saved endpoints as discovery rows, one per endpoint (a local file read only)."""
    rows: list[DiscoveredDevice] = []
    seen: set[str] = set()
    for entry in load_entries(directory):
        key = endpoint_key(entry["address"])
        if key not in seen:
            seen.add(key)
            rows.append(discovered(entry))
    return rows
