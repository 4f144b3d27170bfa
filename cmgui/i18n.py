"""Translation set-up: the app follows the system language unless a setting names one.

Strings are marked with ``self.tr("…")`` inside QObject subclasses (context: the class that
defines the method; classes that translate are never subclassed) and with
``translate("Context", "…")`` elsewhere. ``cmgui.i18n_build`` extracts both forms into
``translations/*.ts`` and compiles them to ``.qm``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from cmgui.common.marks import noop

__all__ = ["adopt", "install_translators", "noop", "switch_language", "translate",
           "translations_dir", "uninstall"]


def translations_dir() -> Path:
    """Where the compiled ``.qm`` catalogues live: in the package, where the build puts them
    (setup.py; ``CMGUI_TRANSLATIONS_DIR`` overrides)."""
    override = os.environ.get("CMGUI_TRANSLATIONS_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent / "translations"


def translate(context: str, text: str, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` selects a plural form (``%n`` in the text)."""
    return QCoreApplication.translate(context, text, None, n)


#: The translators :func:`switch_language` installed last (it removes them before the next).
_INSTALLED: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Load cmgui's and Qt's own catalogues for ``language`` (empty: the system locale), and
    lay the interface out right to left for a language written so (Arabic).

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
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                               if locale.textDirection() == Qt.LayoutDirection.RightToLeft
                               else Qt.LayoutDirection.LeftToRight)
    return installed


def switch_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the catalogues installed by the last call (or by start-up, handed over with
    :func:`adopt`) with those of ``language``; texts built afterwards use it."""
    for old in _INSTALLED:
        app.removeTranslator(old)
        old.deleteLater()
    _INSTALLED[:] = install_translators(app, language)
    return list(_INSTALLED)


def uninstall(app: QCoreApplication) -> None:
    """Remove the catalogues :func:`switch_language` (or :func:`adopt`) holds."""
    for old in _INSTALLED:
        app.removeTranslator(old)
    _INSTALLED.clear()


def adopt(translators: list[QTranslator]) -> None:
    """Let :func:`switch_language` replace ``translators`` (those start-up installed)."""
    _INSTALLED[:] = translators
