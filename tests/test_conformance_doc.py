"""docs/conformance.md is generated (tools/conformance.py) and must match the code and tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("conformance_tool",
                                                  ROOT / "tools" / "conformance.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_committed_conformance_report_is_current() -> None:
    committed = (ROOT / "docs" / "conformance.md").read_text(encoding="utf-8")
    assert committed == _generator().render(), (
        "docs/conformance.md is stale: run python tools/conformance.py --write")


def test_the_virtual_modem_meets_the_laptop_class() -> None:
    tool = _generator()
    from cmgui.cmapi import catalogue

    virtual = next(b for b in tool.backends() if b.name == "virtual modem")
    functions = [n for n in catalogue.FUNCTIONS
                 if catalogue.conformance(catalogue.DeviceClass.LAPTOP, n) == "M"]
    from tests.integration.server.test_laptop_callbacks import LAPTOP_CALLBACKS

    missing = [n for n in [*functions, *LAPTOP_CALLBACKS]
               if tool.status(virtual, n).startswith("✘")]
    assert missing == []
