"""Every declared setting is read by the app, and the log level setting reaches the log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cmgui.store.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[2]


#: Where a setting is declared, and the page that only shows and changes it: a setting named
#: nowhere else is one nothing acts on.
NOT_READERS = {("store", "settings.py"), ("views", "settings_page.py")}


def test_every_declared_setting_is_read_somewhere() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "cmgui").rglob("*.py")
                        if (p.parent.name, p.name) not in NOT_READERS)
    unread = [name for name in SETTINGS if f'"{name}"' not in sources]
    assert unread == []


def test_log_level_setting_applies(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"version": 1,
                                                      "values": {"log.level": "DEBUG"}}))
    env = {**os.environ, "CMGUI_CONFIG_DIR": str(config), "CMGUI_DATA_DIR": str(tmp_path)}
    code = ("import logging\nfrom cmgui.app import _setup_logging\n_setup_logging()\n"
            "print(logging.getLevelName(logging.getLogger().level))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "DEBUG"
