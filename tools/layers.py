"""The one-way layers of DESIGN.md as a contract, checked on the import graph.

Every ``import`` and ``from … import`` in every module of ``cmgui`` counts, at any depth: inside
functions, ``if TYPE_CHECKING:`` blocks and ``try:`` blocks too, because a lazy import is still a
dependency. Relative imports are resolved. ``python tools/layers.py`` prints each violation as
``path:line: importer -> imported (rule)`` and exits 1 when there is one; ``make test`` runs it
through ``tests/test_layers.py``.

The contract names *layers*, each a set of module prefixes, and for each layer what it may
import. A module belongs to the layer with the longest matching prefix.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CORES = ("cmgui.cmapi", "cmgui.at", "cmgui.sms")
#: ``cmgui`` itself holds only ``__version__``.
NEUTRAL = ("cmgui.common", "cmgui.paths", "cmgui.__version__")
QT_HELPERS = ("cmgui.qt", "cmgui.i18n", "cmgui.i18n_build", "cmgui.pyside_import_hook")

#: layer name -> the module prefixes it consists of.
LAYERS: dict[str, tuple[str, ...]] = {
    "cores": CORES,
    "neutral": NEUTRAL,
    "store": ("cmgui.store",),
    "seam": ("cmgui.service",),
    "simulators": ("cmgui.drivers.virtual", "cmgui.drivers.virtual_gateway",
                   "cmgui.drivers.virtual_platform"),
    "drivers": ("cmgui.drivers",),
    "server": ("cmgui.server",),
    "controllers": ("cmgui.controllers",),
    "views": ("cmgui.views",),
    "qt-helpers": QT_HELPERS,
    "cli": ("cmgui.cli",),
    "app": ("cmgui.app", "cmgui.__main__"),
}

#: layer -> the prefixes it may import (its own layer's modules always allowed, except between
#: two drivers: ``cmgui.drivers.X`` may import ``cmgui.drivers.X.*`` only).
ALLOWED: dict[str, tuple[str, ...]] = {
    "cores": (*CORES, "cmgui.common"),
    "neutral": CORES + NEUTRAL,
    "store": CORES + NEUTRAL,
    "seam": CORES + NEUTRAL + ("cmgui.store",),
    "simulators": CORES + NEUTRAL + LAYERS["simulators"],
    "drivers": CORES + NEUTRAL + ("cmgui.store", "cmgui.service") + LAYERS["simulators"],
    "server": CORES + NEUTRAL + ("cmgui.store", "cmgui.service"),
    "controllers": CORES + NEUTRAL + QT_HELPERS + (
        "cmgui.service", "cmgui.controllers", "cmgui.store.settings", "cmgui.store.sms_types"),
    "views": CORES + NEUTRAL + QT_HELPERS + ("cmgui.controllers", "cmgui.views"),
    "qt-helpers": NEUTRAL + QT_HELPERS,
    "cli": CORES + NEUTRAL + ("cmgui.store", "cmgui.service", "cmgui.drivers", "cmgui.server",
                              "cmgui.cli"),
    "app": ("cmgui",),
}

#: The package root, imported as such (``import cmgui``), counts as neutral.
ROOT = "cmgui"

#: Layers that may import Qt (PySide6, qasync); everything else stays usable without a display.
QT_LAYERS = frozenset({"controllers", "views", "qt-helpers", "app"})
QT_PACKAGES = ("PySide6", "shiboken6", "qasync")


@dataclass(frozen=True)
class Violation:
    path: Path
    line: int
    importer: str
    imported: str
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.importer} -> {self.imported} ({self.rule})"


def _matches(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def layer_of(module: str) -> str | None:
    """The layer ``module`` belongs to (longest prefix wins), or None outside cmgui."""
    if module == ROOT:
        return "neutral"
    best: tuple[int, str] | None = None
    for name, prefixes in LAYERS.items():
        for prefix in prefixes:
            if _matches(module, prefix) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), name)
    return None if best is None else best[1]


def _driver_package(module: str) -> str | None:
    parts = module.split(".")
    return ".".join(parts[:3]) if len(parts) >= 3 and parts[1] == "drivers" else None


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import in ``tree``, relative ones resolved."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # ``from a import b`` may name a submodule ``a.b``; an attribute of ``a`` matches
            # the same prefixes, so counting ``a.b`` is right either way.
            for alias in node.names:
                yield node.lineno, f"{target}.{alias.name}" if target else alias.name


def check_module(path: Path, root: Path, source: str | None = None) -> list[Violation]:
    module = module_name(path, root)
    layer = layer_of(module)
    if layer is None:
        return []
    text = path.read_text(encoding="utf-8") if source is None else source
    tree = ast.parse(text, filename=str(path))
    found: list[Violation] = []
    for line, imported in imports_of(tree, module, path.name == "__init__.py"):
        top = imported.split(".")[0]
        if top in QT_PACKAGES:
            if layer not in QT_LAYERS:
                found.append(Violation(path, line, module, imported, f"Qt in layer {layer}"))
            continue
        if top != ROOT or imported == ROOT:
            continue
        if layer == "drivers" and layer_of(imported) == "drivers":
            if _driver_package(imported) != _driver_package(module):
                found.append(Violation(path, line, module, imported,
                                       "a driver imports another driver"))
            continue
        if layer == layer_of(imported):
            continue
        if not any(_matches(imported, allowed) for allowed in ALLOWED[layer]):
            found.append(Violation(path, line, module, imported,
                                   f"{layer} may not import {layer_of(imported)}"))
    return found


def check_tree(root: Path) -> list[Violation]:
    """Every violation in the ``cmgui`` package below ``root``."""
    found: list[Violation] = []
    for path in sorted((root / "cmgui").rglob("*.py")):
        found.extend(check_module(path, root))
    return found


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    violations = check_tree(root)
    for v in violations:
        print(v)
    if violations:
        print(f"{len(violations)} layer violation(s); the rules: tools/layers.py, "
              "docs/ARCHITECTURE.md", file=sys.stderr)
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
