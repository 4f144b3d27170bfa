"""PySide6's import hook, made cheap.

Once PySide6 is imported, every module imported after it passes through a hook of PySide's
``__feature__`` support (PYSIDE-2029) that asks whether the module uses PySide: it fetches the
module's whole source with ``inspect.getsource`` (through ``linecache``, which keeps every line
of every module in memory for the rest of the run) and looks for the word "PySide6". For the
few hundred modules cmgui imports after the window paints, that is a measurable part of the
start-up (bench/README.md). The same question is answered here by reading the source file's
bytes once; anything that is not a plain ``.py`` file goes to PySide's own check, and a PySide
without the hook is left alone.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_cmgui_reads_bytes"


def _reading_bytes(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside


def speed_up() -> bool:
    """Replace PySide's per-import source check by a byte search of the file; True when the
    hook was found (and is now the cheap one)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if not getattr(original, _MARK, False):
        feature._mod_uses_pyside = _reading_bytes(original)  # type: ignore[attr-defined]
    return True
