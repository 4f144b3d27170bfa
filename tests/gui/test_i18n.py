"""Translation catalogues: in sync with the code, complete, and compiled by the build step."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cmgui.i18n_build import check, english_forms, extract, main, read_ts, update

ROOT = Path(__file__).resolve().parents[2]


def test_catalogues_match_the_code() -> None:
    """Every marked string is in every .ts, translated, and nothing stale is left."""
    problems = check(ROOT / "translations", extract())
    assert problems == []


def test_extractor_finds_every_form(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "mod.py").write_text(
        "class Page:\n"
        "    def build(self):\n"
        "        self.tr('Hello')\n"
        "        self.tr('%n file(s)', '', 3)\n"
        "        other.tr('not ours')\n"
        "translate('Ctx', 'Plain')\n"
        "translate('Ctx', '%n item(s)', 2)\n"
        "noop('Ctx', 'Later')\n"
        "noop('Ctx', '%n later(s)')\n"
        "translate(name, 'dynamic context is skipped')\n"
    )
    found = extract(pkg)
    assert {(c, s): m.numerus for (c, s), m in found.items()} == {
        ("Page", "Hello"): False, ("Page", "%n file(s)"): True, ("Ctx", "Plain"): False,
        ("Ctx", "%n item(s)"): True, ("Ctx", "Later"): False, ("Ctx", "%n later(s)"): True,
    }


def test_update_keeps_translations_and_adds_new(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "a.py").write_text("translate('C', 'One')\ntranslate('C', '%n thing(s)', 1)\n")
    out = tmp_path / "ts"
    out.mkdir()
    (out / "cmgui_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de"><context>'
        "<name>C</name><message><source>One</source><translation>Eins</translation></message>"
        "<message><source>Gone</source><translation>Weg</translation></message>"
        "</context></TS>")
    update(out, extract(pkg))
    language, translations = read_ts(out / "cmgui_de.ts")
    assert language == "de" and translations == {("C", "One"): ["Eins"]}
    assert read_ts(out / "cmgui_en.ts")[1] == {("C", "%n thing(s)"): ["%n thing", "%n things"]}
    assert english_forms("%n attempt(s) left") == ["%n attempt left", "%n attempts left"]


def test_build_compiles_and_is_a_no_op_without_sources(tmp_path: Path) -> None:
    assert main([str(tmp_path / "missing")]) == 0
    assert main([str(tmp_path)]) == 0
    out = tmp_path / "qm"
    assert main([str(ROOT / "translations"), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"cmgui_{lang}.qm" for lang in [*SHIPPED, "en"])


#: The languages cmgui ships complete (the issue's six at least).
SHIPPED = ("de", "fr", "es", "it", "pt_BR", "ar")


def test_the_shipped_languages_are_complete() -> None:
    """No unfinished, obsolete or missing string, the language's plural forms, placeholders
    kept; the Settings page offers exactly these."""
    from cmgui.views.settings_page import LANGUAGES

    found = {p.stem.removeprefix("cmgui_") for p in (ROOT / "translations").glob("*.ts")}
    assert set(SHIPPED) | {"en"} <= found
    assert {code for code, _name in LANGUAGES} == set(SHIPPED) | {"en"}
    assert check(ROOT / "translations", extract()) == []
    text = (ROOT / "translations" / "cmgui_ar.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and 'type="obsolete"' not in text


def test_the_build_puts_the_catalogues_into_the_package(tmp_path: Path) -> None:
    """``setup.py``'s build step (what ``pip install`` and a wheel run) compiles every
    catalogue into ``cmgui/translations`` of the built package."""
    build = tmp_path / "build"
    result = subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(build)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    built = sorted(p.name for p in (build / "cmgui" / "translations").glob("*.qm"))
    assert built == sorted(f"cmgui_{lang}.qm" for lang in [*SHIPPED, "en"])
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"translations/*.qm"' in pyproject  # package data: the wheel keeps them


def test_makefile_target_command_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cmgui.i18n_build", "--check", "translations"],
        cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
