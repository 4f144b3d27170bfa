"""Translation set-up: the app follows the system language unless a setting names one.

Strings are marked with ``self.tr("…")`` inside QObject subclasses (context: the class that
defines the method; classes that translate are never subclassed) and with
``translate("Context", "…")`` elsewhere. ``cmgui.i18n_build`` extracts both forms into
``translations/*.ts`` and compiles them to ``.qm``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def translations_dir() -> Path:
    """Where the compiled ``.qm`` catalogues live (``CMGUI_TRANSLATIONS_DIR`` overrides)."""
    override = os.environ.get("CMGUI_TRANSLATIONS_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "translations"


def translate(context: str, text: str, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` selects a plural form (``%n`` in the text)."""
    return QCoreApplication.translate(context, text, None, n)


def install_translators(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Load cmgui's and Qt's own catalogues for ``language`` (empty: the system locale).

    Returns the installed translators; the caller keeps them alive.
    """
    locale = QLocale(language) if language else QLocale.system()
    installed: list[QTranslator] = []
    # English plural forms first: any language falls back to them for a missing string.
    english = QTranslator(app)
    if english.load(str(translations_dir() / "cmgui_en.qm")):
        app.installTranslator(english)
        installed.append(english)
    ours = QTranslator(app)
    if locale.language() != QLocale.Language.English and ours.load(
        locale, "cmgui", "_", str(translations_dir())
    ):
        app.installTranslator(ours)
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    return installed


def noop(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context`` without translating it yet."""
    del context
    return text
