"""What every screenshot script in tools/ sets up: a throw-away home, the compiled translations
and a Qt application on a real X server (not a test; see tools/screenshots.py)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def shot_home(prefix: str = "cmgui-shots-", **env: str) -> Path:
    """A new temporary home: the config and data directories there, ``env`` set, xcb."""
    home = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.update({"CMGUI_CONFIG_DIR": str(home / "config"),
                       "CMGUI_DATA_DIR": str(home / "data"), **env})
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.path.insert(0, str(ROOT))
    return home


def qt_app(home: Path, lang: str = "en", *, rtl: bool = False) -> tuple[Any, Any]:
    """The QApplication in ``lang`` (translations compiled into ``home``) and its translators,
    which must stay referenced while the app runs."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from cmgui.i18n import install_translators
    from cmgui.i18n_build import compile_all

    qm = home / "qm"
    compile_all(ROOT / "translations", qm)
    os.environ["CMGUI_TRANSLATIONS_DIR"] = str(qm)
    app = QApplication(sys.argv[:1])
    if rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return app, install_translators(app, lang)


def memory_secrets() -> Any:
    """A SecretStore in memory (screenshots need no real keyring)."""
    from cmgui.store.secrets import SecretStore
    from tests.memory_keyring import MemoryKeyring

    return SecretStore(MemoryKeyring())
