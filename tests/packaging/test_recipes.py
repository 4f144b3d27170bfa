"""The packaging recipes that cannot be built here, checked as far as this machine can: the
PyInstaller specs parse and cover every entry-point group, the macOS Info.plist is valid and
names this version, the NSIS script compiles (Debian's makensis, dummy payload), and the Debian
recipe's inputs exist and agree. Fast: part of every ``make test``."""

from __future__ import annotations

import ast
import plistlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.test_bundle import PROJECT, ROOT

PACKAGING = ROOT / "packaging"
SPECS = sorted((PACKAGING / "pyinstaller").glob("cmgui-*.spec"))


def constant(path: Path, name: str) -> object:
    """A module-level constant of a file, read without importing it (it imports PyInstaller)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                assert node.value is not None
                return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in {path}")


def test_there_is_a_spec_per_platform_and_each_parses() -> None:
    assert [s.name for s in SPECS] == ["cmgui-linux.spec", "cmgui-macos.spec",
                                       "cmgui-windows.spec"]
    for spec in [*SPECS, *(PACKAGING / "pyinstaller").glob("*.py")]:
        compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    for spec in SPECS:  # both executables, from the shared inputs, with the metadata checked
        text = spec.read_text(encoding="utf-8")
        for needed in ("EXECUTABLES", "hidden_imports()", "datas()", "check_installed_metadata()",
                       "COLLECT("):
            assert needed in text, f"{spec.name} lacks {needed}"
    assert "BUNDLE(" in (PACKAGING / "pyinstaller" / "cmgui-macos.spec").read_text()


def test_the_bundles_load_every_entry_point_group_of_pyproject() -> None:
    groups = constant(PACKAGING / "pyinstaller" / "bundle_inputs.py", "ENTRY_POINT_GROUPS")
    assert set(groups) == set(PROJECT["entry-points"])  # type: ignore[arg-type]


def test_the_macos_info_plist_is_valid_and_names_this_version() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as f:
        info = plistlib.load(f)
    assert info["CFBundleIdentifier"] == "io.github.cmgui.cmgui"
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == PROJECT["version"]
    assert info["CFBundleExecutable"] == "cmgui"
    assert info["CFBundlePackageType"] == "APPL"
    assert info["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", info["LSMinimumSystemVersion"])
    translated = {p.stem.removeprefix("cmgui_") for p in (ROOT / "translations").glob("*.ts")}
    assert translated <= set(info["CFBundleLocalizations"])


@pytest.mark.skipif(shutil.which("makensis") is None,
                    reason="makensis is not installed (Debian package nsis; make package "
                           "installs it)")
def test_the_nsis_script_compiles_and_refuses_a_build_without_a_version(tmp_path: Path) -> None:
    done = subprocess.run(["bash", str(PACKAGING / "windows" / "check-nsis.sh"), str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    installer = Path(done.stdout.strip().splitlines()[-1])
    assert installer.stat().st_size > 10_000 and installer.read_bytes()[:2] == b"MZ"
    bare = subprocess.run(["makensis", "-V1", "cmgui.nsi"], cwd=PACKAGING / "windows",
                          capture_output=True, text=True, timeout=120)
    assert bare.returncode != 0 and "VERSION is not defined" in bare.stdout + bare.stderr


def test_the_debian_recipe_finds_every_file_it_installs() -> None:
    script = (PACKAGING / "debian" / "build-deb.sh").read_text(encoding="utf-8")
    sources = re.findall(r'"\$(root|here)/([^"$]+)"', script)
    assert len(sources) >= 8
    for base, rel in sources:
        path = (ROOT if base == "root" else PACKAGING / "debian") / rel
        assert path.exists(), f"build-deb.sh installs {path}, which is missing"


def test_the_udev_rule_gives_modem_ports_to_dialout_and_the_seat_user() -> None:
    rules = [line for line in (PACKAGING / "debian" / "60-cmgui-modems.rules").read_text()
             .splitlines() if line.strip() and not line.startswith("#")]
    assert any('KERNEL=="ttyUSB[0-9]*"' in r for r in rules)
    assert any('KERNEL=="ttyACM[0-9]*"' in r for r in rules)
    assert all('GROUP="dialout"' in r and 'TAG+="uaccess"' in r for r in rules)


def test_the_copyright_file_is_dep5_with_a_paragraph_for_every_licence() -> None:
    paragraphs = [p for p in (PACKAGING / "debian" / "copyright").read_text().split("\n\n")
                  if p.strip()]
    assert paragraphs[0].startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
    used: set[str] = set()
    defined: set[str] = set()
    for para in paragraphs[1:]:
        fields = dict(re.findall(r"^([A-Za-z-]+): ?(.*)$", para, re.M))
        if "Files" in fields:
            assert "Copyright" in fields and "License" in fields, para
            used |= set(re.split(r"\s+(?:or|and)\s+", fields["License"]))
        else:
            assert set(fields) >= {"License"}, para
            defined.add(fields["License"])
    assert used and used <= defined, used - defined
