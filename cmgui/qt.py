"""Small Qt helpers shared by controllers and views: resources and icons."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    """The package's ``cmgui/resources/`` folder (icons); ``CMGUI_RESOURCES_DIR`` overrides."""
    override = os.environ.get("CMGUI_RESOURCES_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent / "resources"


@cache
def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg``, or the theme icon ``name`` as a fallback."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if path.is_file():
        return QIcon(str(path))
    return QIcon.fromTheme(name)
