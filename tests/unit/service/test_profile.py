"""docs/cmapi-profile.md and docs/schemas/ are generated from the seam and must match it."""

from __future__ import annotations

import json
from pathlib import Path

from cmgui.cmapi import catalogue
from cmgui.service import profile
from cmgui.service.device import SEAM_METHODS

DOCS = Path(__file__).resolve().parents[3] / "docs"


def test_every_seam_method_is_a_catalogued_function() -> None:
    names = {info.method_name: info for info in catalogue.FUNCTIONS.values()}
    for method in SEAM_METHODS:
        assert method in names, method
        assert names[method].kind == "function"


def test_committed_profile_matches_the_seam() -> None:
    committed = (DOCS / "cmapi-profile.md").read_text(encoding="utf-8")
    assert committed == profile.render_markdown(), (
        "docs/cmapi-profile.md is stale: run python -m cmgui.service.profile --write docs")


def test_committed_schemas_match_the_seam() -> None:
    wanted = profile.render_schemas()
    present = {p.name for p in (DOCS / "schemas").glob("*.json")}
    assert present == set(wanted)
    for name, value in wanted.items():
        assert json.loads((DOCS / "schemas" / name).read_text(encoding="utf-8")) == value, name


def test_profile_names_every_function_exactly_once() -> None:
    text = profile.render_markdown()
    for info in catalogue.FUNCTIONS.values():
        if info.kind == "callback":
            continue
        assert text.count(f"`{info.name}`") >= 1, info.name
    assert "`CMAPI_DevSrv_VerifyPIN`" in text and "`PIN`: string" in text
