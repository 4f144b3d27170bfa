#!/usr/bin/env python3
"""Check that the built wheel and sdist hold exactly what they should (builds nothing itself).

    python tools/check_dist.py [dist/cmgui-*.whl dist/cmgui-*.tar.gz]

What "should" means is read from the source tree, so nothing here is a second list to keep up to
date: every ``cmgui/**/*.py``, the package data globs of pyproject.toml (with the ``.qm``
catalogues derived from ``translations/*.ts``, one each), the wheel data files of its
``[tool.cmgui.data-files]`` (``.desktop``, AppStream metainfo, app icon) equal to their
repository copies, and its entry points. Build output, tests, virtualenvs, caches and
screenshots must not be in either. Each miss is one line on stderr; the exit status is 1 if
there was any.
"""

from __future__ import annotations

import argparse
import configparser
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
#: Path parts or suffixes that never belong in a distribution.
FORBIDDEN_PARTS = frozenset({"tests", ".venv", "__pycache__", ".git", ".mypy_cache",
                             ".pytest_cache", ".hypothesis", ".ruff_cache"})
FORBIDDEN_SUFFIXES = (".pyc", ".pyo")
#: The magic number every compiled Qt translation (.qm) starts with.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
#: Files setuptools writes into every sdist besides what MANIFEST.in names.
SDIST_GENERATED = frozenset({"PKG-INFO", "setup.cfg"})
SDIST_SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE")


class Source:
    """What the source tree at ``root`` says the distributions contain."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
        project = self.pyproject["project"]
        self.name: str = project["name"]
        self.version: str = project["version"]

    def modules(self) -> set[str]:
        return {p.relative_to(self.root).as_posix() for p in (self.root / "cmgui").rglob("*.py")
                if "__pycache__" not in p.parts}

    def catalogues(self) -> set[str]:
        """``cmgui/translations/X.qm``, one per ``translations/X.ts``."""
        return {f"cmgui/translations/{ts.stem}.qm"
                for ts in (self.root / "translations").glob("*.ts")}

    def package_data(self) -> set[str]:
        """pyproject's package-data globs expanded in the tree, and what must be among them
        whatever the globs say (``py.typed``, every icon); the catalogues are not sources (an
        editable install compiles them into the tree), so they come from ``catalogues``."""
        found = {"cmgui/py.typed"} | {
            p.relative_to(self.root).as_posix()
            for p in (self.root / "cmgui" / "resources").rglob("*") if p.is_file()}
        for package, globs in self.pyproject["tool"]["setuptools"]["package-data"].items():
            base = self.root / package.replace(".", "/")
            for pattern in globs:
                if pattern.endswith(".qm"):
                    continue
                found |= {p.relative_to(self.root).as_posix() for p in base.glob(pattern)
                          if p.is_file() and "__pycache__" not in p.parts}
        return found

    def data_files(self) -> dict[str, str]:
        """pyproject's ``[tool.cmgui.data-files]`` (what setup.py installs as wheel data):
        install path under the prefix → repository file."""
        folders: dict[str, list[str]] = self.pyproject["tool"]["cmgui"]["data-files"]
        return {f"{folder}/{PurePosixPath(file).name}": file
                for folder, files in folders.items() for file in files}

    def entry_points(self) -> dict[str, dict[str, str]]:
        project = self.pyproject["project"]
        groups: dict[str, dict[str, str]] = {
            "console_scripts": dict(project.get("scripts", {})),
            "gui_scripts": dict(project.get("gui-scripts", {})),
        }
        for group, entries in project.get("entry-points", {}).items():
            groups[group] = dict(entries)
        return {g: e for g, e in groups.items() if e}


def forbidden(path: str) -> str | None:
    """Why ``path`` (relative to the distribution's root) must not be shipped, if it must not."""
    parts = PurePosixPath(path).parts
    if any(part in FORBIDDEN_PARTS for part in parts):
        return "test, virtualenv or cache file"
    if path.endswith(FORBIDDEN_SUFFIXES):
        return "compiled bytecode"
    if path.startswith("docs/screenshots/") or "/docs/screenshots/" in path:
        return "screenshot"
    return None


class Report:
    """Collects one line per problem."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def miss(self, dist: str, what: str, paths: Iterable[str]) -> None:
        for path in sorted(paths):
            self.lines.append(f"{dist}: {what}: {path}")

    def add(self, dist: str, text: str) -> None:
        self.lines.append(f"{dist}: {text}")


def check_wheel(path: Path, src: Source, report: Report) -> None:
    dist = path.name
    stem = f"{src.name}-{src.version}"
    if not dist.startswith(f"{stem}-"):
        report.add(dist, f"is not version {src.version} of {src.name} (pyproject.toml)")
    info = f"{stem}.dist-info"
    data = f"{stem}.data/data"
    with zipfile.ZipFile(path) as whl:
        names = {n for n in whl.namelist() if not n.endswith("/")}

        def read(name: str) -> bytes:
            return whl.read(name) if name in names else b""

        expected_pkg = src.modules() | src.package_data() | src.catalogues()
        expected_data = {f"{data}/{k}": v for k, v in src.data_files().items()}
        required_info = {f"{info}/{n}" for n in ("METADATA", "WHEEL", "RECORD",
                                                 "entry_points.txt", "licenses/LICENSE")}
        optional_info = {f"{info}/top_level.txt"}

        report.miss(dist, "missing", (expected_pkg | set(expected_data) | required_info) - names)
        for name in sorted(names):
            why = forbidden(name)
            if why:
                report.add(dist, f"must not ship ({why}): {name}")
        stray = names - expected_pkg - set(expected_data) - required_info - optional_info
        report.miss(dist, "unexpected file",
                    {n for n in stray if forbidden(n) is None})
        for qm in sorted(src.catalogues() & names):
            if not read(qm).startswith(QM_MAGIC):
                report.add(dist, f"not a compiled Qt translation: {qm}")
        for name, repo_file in sorted(expected_data.items()):
            if name in names and read(name) != (src.root / repo_file).read_bytes():
                report.add(dist, f"differs from {repo_file}: {name}")
        check_entry_points(dist, read(f"{info}/entry_points.txt").decode(), src, report)
        metadata = read(f"{info}/METADATA").decode(errors="replace")
        if f"\nVersion: {src.version}\n" not in metadata:
            report.add(dist, f"METADATA does not say Version: {src.version}")


def check_entry_points(dist: str, text: str, src: Source, report: Report) -> None:
    parser = configparser.ConfigParser(delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    for group, entries in src.entry_points().items():
        if not parser.has_section(group):
            report.add(dist, f"missing entry point group: {group}")
            continue
        got = {k: v.strip() for k, v in parser.items(group)}
        for name, target in sorted(entries.items()):
            if got.get(name) != target:
                report.add(dist, f"entry point {group}/{name} is {got.get(name)!r}, "
                                 f"not {target!r}")
        report.miss(dist, f"unexpected entry point in {group}", set(got) - set(entries))


def check_sdist(path: Path, src: Source, report: Report) -> None:
    dist = path.name
    top = f"{src.name}-{src.version}"
    with tarfile.open(path) as tar:
        members = [m for m in tar.getmembers() if not m.isdir()]
    outside = [m.name for m in members if not m.name.startswith(f"{top}/")]
    report.miss(dist, f"outside {top}/", outside)
    names = {m.name[len(top) + 1:] for m in members if m.name.startswith(f"{top}/")}

    ts = {p.relative_to(src.root).as_posix() for p in (src.root / "translations").glob("*.ts")}
    expected = (src.modules() | src.package_data() | ts | set(SDIST_SOURCES)
                | set(src.data_files().values()))
    report.miss(dist, "missing", expected - names)
    for name in sorted(names):
        why = forbidden(name)
        if why:
            report.add(dist, f"must not ship ({why}): {name}")
    stray = {n for n in names - expected - SDIST_GENERATED
             if not n.startswith(f"{src.name}.egg-info/") and forbidden(n) is None}
    built = {n for n in stray if n in src.catalogues()}
    report.miss(dist, "must not ship (built from translations/*.ts)", built)
    report.miss(dist, "stray file", stray - built)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path,
                        help="the wheel and the sdist (default: dist/*.whl dist/*.tar.gz)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the source tree")
    args = parser.parse_args(argv)
    src = Source(args.root)
    files: list[Path] = args.files or sorted((args.root / "dist").glob("*.whl")) + sorted(
        (args.root / "dist").glob("*.tar.gz"))
    report = Report()
    wheels = [f for f in files if f.name.endswith(".whl")]
    sdists = [f for f in files if f.name.endswith(".tar.gz")]
    if len(wheels) != 1:
        report.add("dist", f"expected one wheel, got {len(wheels)}: "
                           f"{' '.join(f.name for f in wheels) or 'none'}")
    if len(sdists) != 1:
        report.add("dist", f"expected one sdist, got {len(sdists)}: "
                           f"{' '.join(f.name for f in sdists) or 'none'}")
    for other in sorted(set(files) - set(wheels) - set(sdists)):
        report.add("dist", f"neither a wheel nor an sdist: {other.name}")
    for wheel in wheels:
        check_wheel(wheel, src, report)
    for sdist in sdists:
        check_sdist(sdist, src, report)
    for line in report.lines:
        print(line, file=sys.stderr)
    if report.lines:
        return 1
    print(f"ok: {' '.join(f.name for f in wheels + sdists)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
