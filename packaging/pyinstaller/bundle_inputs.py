"""What every cmgui PyInstaller spec (Linux, Windows, macOS) puts into the bundle.

The registry finds its backends through entry points (``cmgui.backends`` and
``cmgui.fleet_platforms`` in pyproject.toml) and imports them by name, so PyInstaller's import
scan alone would miss them and, without the package's metadata, ``importlib.metadata`` would find
no entry points at all in the bundle. Both are added here, read from pyproject.toml so a new
backend needs no edit of the specs.
"""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
ENTRY_POINT_GROUPS = ("cmgui.backends", "cmgui.fleet_platforms")
#: The two executables of the one-folder bundle: name -> (entry script, has a console).
EXECUTABLES = {"cmgui": (HERE / "cmgui_entry.py", False), "cmcli": (HERE / "cmcli_entry.py", True)}
#: Never needed at run time: tools and test-only packages of a development venv that optional
#: imports of dependencies would pull in (dbus-python comes with python-dbusmock; cmgui talks
#: D-Bus with dbus-fast), and the other Qt bindings.
EXCLUDES = ["tkinter", "pytest", "_pytest", "mypy", "hypothesis", "IPython", "dbusmock", "dbus",
            "_dbus_bindings", "_dbus_glib_bindings", "PyQt5", "PyQt6", "PySide2"]


def declared_entry_points() -> dict[str, dict[str, str]]:
    """group -> {name: "module:function"} as pyproject.toml declares them."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {group: dict(project["entry-points"][group]) for group in ENTRY_POINT_GROUPS}


def check_installed_metadata() -> None:
    """The metadata copied into the bundle is the installed one: refuse a stale install whose
    entry points differ from pyproject.toml (the bundle would silently lack a backend)."""
    try:
        dist = distribution("cmgui")
    except PackageNotFoundError:
        raise SystemExit("cmgui is not installed in this Python: pip install -e .") from None
    installed = {group: {ep.name: ep.value for ep in dist.entry_points if ep.group == group}
                 for group in ENTRY_POINT_GROUPS}
    if installed != declared_entry_points():
        raise SystemExit("the installed cmgui metadata is stale (entry points differ from "
                         "pyproject.toml): pip install -e . first")


def hidden_imports() -> list[str]:
    """Every entry point's module and every module of the cmgui package (drivers import their
    parts lazily, some by name)."""
    modules = {value.split(":", 1)[0]
               for points in declared_entry_points().values() for value in points.values()}
    modules.update(collect_submodules("cmgui", filter=lambda name: name != "cmgui.i18n_build"))
    return sorted(modules)


def datas() -> list[tuple[str, str]]:
    """Translations, icons, desktop file, data files, the entry-point metadata, CA bundle."""
    package = [(src, dest) for src, dest in collect_data_files("cmgui")
               if not any(part.startswith(".") for part in Path(src).relative_to(ROOT).parts)]
    return package + copy_metadata("cmgui") + collect_data_files("certifi")


def split_scripts(scripts: list[tuple[str, str, str]], name: str) -> list[tuple[str, str, str]]:
    """One Analysis serves both executables: keep the runtime hooks and ``name``'s own entry
    script, drop the other's."""
    others = {path.stem for key, (path, _console) in EXECUTABLES.items() if key != name}
    return [entry for entry in scripts if entry[0] not in others]


#: Where a Linux distribution keeps the libraries its packages install.
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
#: Qt plugins left out: the GTK 3 platform theme alone would need the whole GTK stack (and a
#: bundled GTK clashes with the desktop's GTK modules); Qt's own style and the XDG portal
#: theme serve instead.
DROPPED_PLUGINS = ("PySide6/Qt/plugins/platformthemes/libqgtk3.so",)


def without_system_libraries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The Linux bundle minus the libraries PyInstaller copied from the build host's
    distribution (X11, xcb, fontconfig, OpenSSL, …): the .deb depends on their packages
    instead (packaging/debian/build-deb.sh derives them with ldd and dpkg -S), so they get the
    distribution's security updates. Python, Qt and the wheels' own libraries stay bundled."""
    return [(dest, src, kind) for dest, src, kind in binaries
            if not src.startswith(SYSTEM_LIBRARY_DIRS)
            and dest.replace("\\", "/") not in DROPPED_PLUGINS]


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def drop_host_runpaths(folder: Path) -> None:
    """PyInstaller copies libraries as they are, and a Python built in a home directory (pyenv)
    leaves that build path in the RUNPATH of libpython and its extension modules: on another
    machine it points nowhere or, worse, at someone else's Python. Keep only the entries
    relative to the library's own folder (``$ORIGIN``, as Qt's libraries have)."""
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        raise SystemExit("patchelf is missing (Debian package patchelf; make package installs it)")
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        found = subprocess.run([patchelf, "--print-rpath", str(path)], capture_output=True,
                               text=True, check=False)
        entries = [e for e in found.stdout.strip().split(":") if e] if found.returncode == 0 else []
        keep = [e for e in entries if e.startswith("$ORIGIN")]
        if keep != entries:
            change = ["--set-rpath", ":".join(keep)] if keep else ["--remove-rpath"]
            subprocess.run([patchelf, *change, str(path)], check=True)
