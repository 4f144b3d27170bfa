"""Remote CMAPI endpoints the user added: address, label and certificate pin in
``endpoints.json`` (config directory); the access token in the keyring only."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from cmgui.store.secrets import SecretStore, endpoint_token_key
from cmgui.store.settings import atomic_write_text

log = logging.getLogger(__name__)

FILE_NAME = "endpoints.json"


@dataclass(frozen=True)
class Endpoint:
    address: str
    label: str = ""
    #: SHA-256 fingerprint of the server certificate to pin (hex, may contain colons); "" = none.
    cert_sha256: str = ""


class EndpointStore:
    """The endpoint list of one config directory."""

    def __init__(self, config_dir: Path, secrets: SecretStore | None = None) -> None:
        self.path = Path(config_dir) / FILE_NAME
        self.secrets = secrets or SecretStore()

    def load(self) -> list[Endpoint]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable %s: %s", self.path, exc)
            return []
        out: list[Endpoint] = []
        for item in raw.get("endpoints", []) if isinstance(raw, dict) else []:
            if isinstance(item, dict) and isinstance(item.get("address"), str):
                out.append(Endpoint(item["address"], str(item.get("label", "")),
                                    str(item.get("cert_sha256", ""))))
        return out

    def save(self, endpoints: list[Endpoint]) -> None:
        data = {"version": 1, "endpoints": [asdict(e) for e in endpoints]}
        atomic_write_text(self.path, json.dumps(data, indent=2))

    def add(self, endpoint: Endpoint, token: str = "") -> None:
        """Store ``endpoint`` (replacing one with the same address) and its token."""
        items = [e for e in self.load() if e.address != endpoint.address]
        items.append(endpoint)
        self.save(items)
        if token:
            self.secrets.set(endpoint_token_key(endpoint.address), token)

    def remove(self, address: str) -> None:
        self.save([e for e in self.load() if e.address != address])
        self.secrets.delete(endpoint_token_key(address))

    def token(self, address: str) -> str:
        return self.secrets.get(endpoint_token_key(address)) or ""
