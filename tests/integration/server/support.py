"""Building CMAPI messages by hand in tests."""

from __future__ import annotations

import json
from typing import Any

JSON = {"Content-Type": "application/json"}


def request(method: str, params: dict[str, Any] | None = None, msg_id: str = "r1") -> bytes:
    return json.dumps({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": msg_id,
                       "method": method, "params": params or {}}).encode()
