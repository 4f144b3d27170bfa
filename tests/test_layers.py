"""The layer contract (tools/layers.py) holds for cmgui, and the checker really catches breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import layers

ROOT = Path(__file__).resolve().parent.parent


def test_cmgui_keeps_its_layers() -> None:
    violations = layers.check_tree(ROOT)
    assert not violations, "\n".join(str(v) for v in violations)


def _check(tmp_path: Path, module_path: str, source: str) -> list[str]:
    path = tmp_path / module_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return [v.rule for v in layers.check_module(path, tmp_path)]


@pytest.mark.parametrize(("module_path", "source", "rule"), [
    # an import inside a function is a dependency too
    ("cmgui/views/page.py", "def f():\n    from cmgui.store.sms import SmsArchive\n",
     "views may not import store"),
    ("cmgui/at/engine.py", "from PySide6.QtCore import QObject\n", "Qt in layer cores"),
    ("cmgui/service/x.py", "import qasync\n", "Qt in layer seam"),
    ("cmgui/drivers/at/probe.py", "from cmgui.drivers.dbus import mm\n",
     "a driver imports another driver"),
    ("cmgui/drivers/remote/tokens.py", "from cmgui.server.auth import first_token\n",
     "drivers may not import server"),
    ("cmgui/controllers/usage.py", "from cmgui.store.stats import UsagePlan\n",
     "controllers may not import store"),
    ("cmgui/service/stored.py", "from cmgui.drivers.at.device import AtDevice\n",
     "seam may not import drivers"),
    ("cmgui/server/app.py", "from ..drivers.remote import device\n",
     "server may not import drivers"),
    ("cmgui/store/db.py", "if True:\n    from cmgui.service import device\n",
     "store may not import seam"),
    ("cmgui/cli/x.py", "from cmgui.controllers import app\n", "cli may not import controllers"),
    ("cmgui/sms/pdu.py", "from cmgui import paths, store\n", "cores may not import store"),
])
def test_the_checker_catches(tmp_path: Path, module_path: str, source: str, rule: str) -> None:
    assert rule in _check(tmp_path, module_path, source)


@pytest.mark.parametrize(("module_path", "source"), [
    ("cmgui/drivers/at/device.py", "from cmgui.drivers.at.core import AtDeviceCore\n"
                                   "from . import transport\n"),
    ("cmgui/drivers/at/virtual_backend.py", "from cmgui.drivers.virtual import serve\n"),
    ("cmgui/controllers/settings.py", "from cmgui.store.settings import Settings\n"),
    ("cmgui/views/page.py", "from PySide6.QtWidgets import QWidget\n"
                            "from cmgui.controllers.app import AppController\n"),
    ("cmgui/service/stored.py", "from cmgui.store.sms import SmsArchive\nimport cmgui\n"),
    ("cmgui/drivers/at/device.py", "from cmgui import __version__\n"),
])
def test_the_checker_allows(tmp_path: Path, module_path: str, source: str) -> None:
    assert _check(tmp_path, module_path, source) == []
