"""The CMP seed's JSON examples (data/cmp_seed_examples.json) and helpers to answer with them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from cmgui.drivers.fleet.http import Response

DATA = Path(__file__).with_name("data") / "cmp_seed_examples.json"


@cache
def _examples() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def example(name: str) -> Any:
    return json.loads(json.dumps(_examples()[name]))  # a fresh copy each time


def answer(name: str, status: int = 200) -> Response:
    return Response(status, {"content-type": "application/json"},
                    json.dumps(_examples()[name], ensure_ascii=False).encode())
