"""Where cmgui keeps its data and configuration (platformdirs; overridable by the environment)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cmgui"


def data_dir() -> Path:
    """The data directory (SMS archive, records); ``CMGUI_DATA_DIR`` overrides it."""
    override = os.environ.get("CMGUI_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The configuration directory (settings, endpoints); ``CMGUI_CONFIG_DIR`` overrides it."""
    override = os.environ.get("CMGUI_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path
