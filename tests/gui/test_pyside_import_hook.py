"""PySide's per-import check, made cheap (cmgui.pyside_import_hook), answers as PySide's own."""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401  (installs PySide's import hook)
import pytest
from cmgui.pyside_import_hook import speed_up


@pytest.fixture
def feature(monkeypatch: pytest.MonkeyPatch) -> object:
    module = sys.modules["shibokensupport.feature"]
    # Restored after the test, whatever speed_up() put there.
    monkeypatch.setattr(module, "_mod_uses_pyside", module._mod_uses_pyside)
    return module


def _import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> None:
    (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    __import__(name)  # an import statement: that is what PySide's hook sees


def test_same_verdicts_as_pyside(feature: object, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    original = feature._mod_uses_pyside  # type: ignore[attr-defined]
    assert speed_up()
    assert feature._mod_uses_pyside is not original  # type: ignore[attr-defined]
    _import(tmp_path, monkeypatch, "cmgui_hook_uses_qt",
            "from PySide6.QtCore import QObject\nX = QObject\n")
    _import(tmp_path, monkeypatch, "cmgui_hook_plain", "X = 1\n")
    verdicts = feature.pyside_feature_dict  # type: ignore[attr-defined]
    assert verdicts["cmgui_hook_uses_qt"] == 0  # uses PySide: features switchable
    assert verdicts["cmgui_hook_plain"] == -1  # ignored by PySide's feature switching
    for name in ("cmgui_hook_uses_qt", "cmgui_hook_plain"):
        module = sys.modules[name]
        assert feature._mod_uses_pyside(module) == original(module)  # type: ignore[attr-defined]
        monkeypatch.delitem(sys.modules, name)
        verdicts.pop(name)
    # Not a source file (a built-in module): PySide's own check answers.
    assert feature._mod_uses_pyside(sys) is original(sys) is False  # type: ignore[attr-defined]


def test_installed_once(feature: object) -> None:
    assert speed_up()
    cheap = feature._mod_uses_pyside  # type: ignore[attr-defined]
    assert speed_up()
    assert feature._mod_uses_pyside is cheap  # type: ignore[attr-defined]


def test_a_pyside_without_the_hook_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert speed_up() is False
