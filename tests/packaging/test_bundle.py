"""The frozen Linux bundle (``make package`` builds it into dist/cmgui) keeps what the source
install has: every backend the registry loads through entry points, no library it cannot load,
no path of the build machine, and an app that starts and paints (``cmgui --self-test``).

Building the bundle takes minutes of CPU, so these tests run only with ``CMGUI_PACKAGE=1``
(``CMGUI_PACKAGE=1 make test`` runs ``make package`` first); the source install's side of the
backend list is checked always.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from cmgui.cli import main as cmcli_main
from tests.e2e.test_app_e2e import display  # noqa: F401  (the Xvfb fixture)

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "cmgui"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

#: The gate of every test that needs `make package`'s output.
needs_package = pytest.mark.skipif(
    os.environ.get("CMGUI_PACKAGE") != "1",
    reason="needs the packages: CMGUI_PACKAGE=1 make test (docs/packaging.md)")


def built(path: Path) -> Path:
    assert path.exists(), f"{path.relative_to(ROOT)} is missing: run make package"
    return path


def declared_plugins() -> dict[str, list[str]]:
    """The backend and fleet platform names pyproject.toml's entry points declare."""
    points = PROJECT["entry-points"]
    return {"backends": sorted(points["cmgui.backends"]),
            "fleetPlatforms": sorted(points["cmgui.fleet_platforms"])}


def listed_plugins(report: str) -> dict[str, list[str]]:
    listed = json.loads(report)
    return {key: sorted(row["name"] for row in listed[key])
            for key in ("backends", "fleetPlatforms")}


def test_cmcli_backends_lists_every_entry_point_of_the_source_install(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert cmcli_main(["backends", "--json"]) == 0
    assert listed_plugins(capsys.readouterr().out) == declared_plugins()


def run_bundled(name: str, *args: str, env: dict[str, str] | None = None,
                timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(built(BUNDLE / name)), *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd="/")


@pytest.mark.packaging
@needs_package
class TestBundle:
    def test_every_backend_and_fleet_platform_is_in_the_bundle(self) -> None:
        done = run_bundled("cmcli", "backends", "--json")
        assert done.returncode == 0, done.stderr
        assert listed_plugins(done.stdout) == declared_plugins()
        assert "could not load" not in done.stderr

    def test_both_executables_say_the_product_version(self) -> None:
        for name in ("cmcli", "cmgui"):
            done = run_bundled(name, "--version")
            assert (done.returncode, done.stdout.strip()) == (0, f"cmgui {PROJECT['version']}")

    def test_every_library_resolves_and_the_system_ones_are_not_bundled(self) -> None:
        done = subprocess.run(["bash", str(ROOT / "packaging/debian/bundle-deps.sh"),
                               str(built(BUNDLE))], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr  # "not found: libfoo.so.1 (needed by …)"
        system = done.stdout.split()
        assert any(Path(p).name.startswith("libxcb-cursor.so") for p in system), system
        internal = BUNDLE / "_internal"
        assert not list(internal.glob("libX11.so*")) and not list(internal.glob("libgtk-3*"))

    def test_no_library_looks_for_libraries_on_the_build_machine(self) -> None:
        leaks = []
        for path in sorted(built(BUNDLE).rglob("*.so*")):
            if path.is_symlink() or not path.is_file():
                continue
            dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True,
                                     text=True, timeout=30).stdout
            leaks += [f"{path.relative_to(BUNDLE)}: {line.strip()}"
                      for line in dynamic.splitlines()
                      if ("RPATH" in line or "RUNPATH" in line) and "[$ORIGIN" not in line]
        assert leaks == []

    @pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
    def test_the_bundled_app_paints_on_an_x_server(self, display: str,  # noqa: F811
                                                   tmp_path: Path) -> None:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8",
               "LANGUAGE": "en", "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "XDG_RUNTIME_DIR": str(tmp_path)}
        done = run_bundled("cmgui", "--self-test", "--json", env=env)
        assert done.returncode == 0, done.stdout + done.stderr
        checks = {c["name"]: c for c in json.loads(done.stdout)["checks"]}
        assert all(c["ok"] for c in checks.values()), checks
        assert checks["Qt platform plugin"]["detail"] == "xcb"
        assert str(BUNDLE / "_internal") in checks["translations"]["detail"]
