"""The wheel and the sdist hold exactly what they should (tools/check_dist.py).

Built once per run from this tree, offline from the test virtualenv (``--no-isolation``: the
``test`` extra brings ``build``, ``setuptools`` and ``wheel``), about five seconds. Then copies
with one thing wrong each show that the checker catches it.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tools import check_dist

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return wheel, sdist


def run_check(*files: Path) -> tuple[int, list[str]]:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check_dist.py"),
                           *map(str, files)], capture_output=True, text=True, timeout=60)
    return done.returncode, done.stderr.splitlines()


def test_the_built_wheel_and_sdist_pass(dist: tuple[Path, Path]) -> None:
    code, problems = run_check(*dist)
    assert (code, problems) == (0, [])
    with zipfile.ZipFile(dist[0]) as whl:
        names = set(whl.namelist())
    assert "cmgui-0.1.0.data/data/share/applications/io.github.cmgui.cmgui.desktop" in names
    assert "cmgui/translations/cmgui_de.qm" in names


def rewrite_wheel(src: Path, dst: Path, edit: Callable[[str, bytes], bytes | None],
                  add: dict[str, bytes] | None = None) -> Path:
    """A copy of ``src`` with each member passed through ``edit`` (None drops it)."""
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst / src.name, "w") as new:
        for info in old.infolist():
            data = edit(info.filename, old.read(info))
            if data is not None:
                new.writestr(info, data)
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return dst / src.name


def rewrite_sdist(src: Path, dst: Path, drop: str, add: dict[str, bytes]) -> Path:
    import io

    with tarfile.open(src) as old, tarfile.open(dst / src.name, "w:gz") as new:
        for member in old.getmembers():
            if member.name.endswith(drop):
                continue
            new.addfile(member, old.extractfile(member) if member.isfile() else None)
        for name, data in add.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            new.addfile(info, io.BytesIO(data))
    return dst / src.name


def test_a_wheel_missing_a_catalogue_or_holding_tests_is_refused(
        dist: tuple[Path, Path], tmp_path: Path) -> None:
    def edit(name: str, data: bytes) -> bytes | None:
        if name.endswith(("cmgui_de.qm", "cmgui/drivers/at/probe.py", "icons/add.svg",
                          "cmgui/py.typed")):
            return None
        if name.endswith("cmgui_fr.qm"):
            return b"not a catalogue"
        if name.endswith("metainfo.xml"):
            return data.replace(b"0.1.0", b"0.0.9")
        if name.endswith("entry_points.txt"):
            return data.replace(b"cmcli = cmgui.cli:main", b"cmcli = cmgui.cli:other")
        return data

    wheel = rewrite_wheel(dist[0], tmp_path, edit, add={
        "tests/test_x.py": b"", "cmgui/__pycache__/app.cpython-311.pyc": b"",
        "cmgui/notes.txt": b""})
    code, problems = run_check(wheel, dist[1])
    assert code == 1
    assert set(problems) == {
        f"{wheel.name}: missing: cmgui/translations/cmgui_de.qm",
        f"{wheel.name}: missing: cmgui/drivers/at/probe.py",
        f"{wheel.name}: missing: cmgui/resources/icons/add.svg",
        f"{wheel.name}: missing: cmgui/py.typed",
        f"{wheel.name}: not a compiled Qt translation: cmgui/translations/cmgui_fr.qm",
        f"{wheel.name}: differs from packaging/linux/io.github.cmgui.cmgui.metainfo.xml: "
        "cmgui-0.1.0.data/data/share/metainfo/io.github.cmgui.cmgui.metainfo.xml",
        f"{wheel.name}: entry point console_scripts/cmcli is 'cmgui.cli:other', "
        "not 'cmgui.cli:main'",
        f"{wheel.name}: must not ship (test, virtualenv or cache file): tests/test_x.py",
        f"{wheel.name}: must not ship (test, virtualenv or cache file): "
        "cmgui/__pycache__/app.cpython-311.pyc",
        f"{wheel.name}: unexpected file: cmgui/notes.txt",
    }


def test_an_sdist_without_its_licence_or_with_strays_is_refused(
        dist: tuple[Path, Path], tmp_path: Path) -> None:
    top = "cmgui-0.1.0"
    sdist = rewrite_sdist(dist[1], tmp_path, drop=f"{top}/LICENSE", add={
        f"{top}/docs/screenshots/1-devices.png": b"",
        f"{top}/cmgui/translations/cmgui_de.qm": b"",
        f"{top}/notes.txt": b""})
    code, problems = run_check(dist[0], sdist)
    assert code == 1
    assert set(problems) == {
        f"{sdist.name}: missing: LICENSE",
        f"{sdist.name}: must not ship (screenshot): docs/screenshots/1-devices.png",
        f"{sdist.name}: must not ship (built from translations/*.ts): "
        "cmgui/translations/cmgui_de.qm",
        f"{sdist.name}: stray file: notes.txt",
    }


def test_one_wheel_and_one_sdist_are_expected(dist: tuple[Path, Path]) -> None:
    assert check_dist.main([str(dist[0])]) == 1
