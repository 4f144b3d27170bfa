"""Translation catalogues: extract marked strings into ``.ts`` files and compile them to ``.qm``.

``python -m cmgui.i18n_build translations`` compiles every ``translations/*.ts`` with
``pyside6-lrelease`` (exit 0 when there is nothing to compile). ``--update`` first extracts the
strings from ``cmgui/`` and brings each ``.ts`` up to date, keeping existing translations;
``cmgui_en.ts`` is generated whole (English plural forms: ``attempt(s)`` -> ``attempt`` /
``attempts``). ``--check`` reports strings missing from, or untranslated in, a catalogue.

Marked strings (see :mod:`cmgui.i18n`): ``self.tr("…"[, disambiguation, n])`` (context: the
enclosing class), ``translate("Ctx", "…"[, n])`` and ``noop("Ctx", "…")`` (with plural forms
when the text has ``%n``: it is translated later with a count).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parent


@dataclass
class Message:
    context: str
    source: str
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


Catalogue = dict[tuple[str, str], Message]


def _const_str(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, filename: str, out: Catalogue) -> None:
        self.filename = filename
        self.out = out
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context: str, source: str, numerus: bool, line: int) -> None:
        msg = self.out.setdefault((context, source), Message(context, source))
        msg.numerus = msg.numerus or numerus
        msg.locations.append((self.filename, line))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else (
            func.id if isinstance(func, ast.Name) else "")
        args = node.args
        numerus_kw = any(k.arg == "n" for k in node.keywords)
        if (name == "tr" and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                and func.value.id == "self" and self.classes):
            text = _const_str(args[0]) if args else None
            if text is not None:
                self._add(self.classes[-1], text, len(args) >= 3 or numerus_kw, node.lineno)
        elif name in ("translate", "noop") and len(args) >= 2:
            context, text = _const_str(args[0]), _const_str(args[1])
            if context is not None and text is not None:
                # A text marked for later with %n is translated later with a count.
                numerus = (name == "translate" and (len(args) >= 3 or numerus_kw)) or (
                    name == "noop" and "%n" in text)
                self._add(context, text, numerus, node.lineno)
        self.generic_visit(node)


def extract(root: Path = SOURCE_ROOT) -> Catalogue:
    """Every marked string under ``root``, by (context, source)."""
    out: Catalogue = {}
    for path in sorted(root.rglob("*.py")):
        if path.name == "i18n_build.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        _Visitor(path.relative_to(root.parent).as_posix(), out).visit(tree)
    return out


# --- .ts files -------------------------------------------------------------------------------

Translations = dict[tuple[str, str], list[str]]  # (context, source) -> forms ([] = unfinished)


def read_ts(path: Path) -> tuple[str, Translations]:
    """The language and the finished translations of a ``.ts`` file."""
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    out: Translations = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            source = msg.findtext("source", "")
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            out[(name, source)] = forms if msg.get("numerus") == "yes" else [tr.text or ""]
    return language, out


def english_forms(source: str) -> list[str]:
    """Singular and plural of an English ``%n`` string written with ``(s)``."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def write_ts(path: Path, language: str, catalogue: Catalogue, translations: Translations,
             *, numerus_only: bool = False) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[Message]] = {}
    for msg in catalogue.values():
        if numerus_only and not msg.numerus:
            continue
        by_context.setdefault(msg.context, []).append(msg)
    for context in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for msg in sorted(by_context[context], key=lambda m: m.source):
            el = ET.SubElement(ctx, "message")
            if msg.numerus:
                el.set("numerus", "yes")
            for filename, line in msg.locations:
                ET.SubElement(el, "location", filename="../" + filename, line=str(line))
            ET.SubElement(el, "source").text = msg.source
            forms = translations.get((context, msg.source), [])
            tr = ET.SubElement(el, "translation")
            if not forms:
                tr.set("type", "unfinished")
            if msg.numerus:
                for form in forms or ["", ""]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = forms[0] if forms else ""
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                    encoding="utf-8")


def update(directory: Path, catalogue: Catalogue) -> list[Path]:
    """Bring every ``.ts`` in ``directory`` up to date; (re)generate ``cmgui_en.ts``."""
    directory.mkdir(parents=True, exist_ok=True)
    english: Translations = {k: english_forms(m.source) for k, m in catalogue.items() if m.numerus}
    write_ts(directory / "cmgui_en.ts", "en", catalogue, english, numerus_only=True)
    written = [directory / "cmgui_en.ts"]
    for path in sorted(directory.glob("cmgui_*.ts")):
        if path.name == "cmgui_en.ts":
            continue
        language, translations = read_ts(path)
        write_ts(path, language, catalogue, translations)
        written.append(path)
    return written


#: Plural forms Qt expects per language (lrelease's rules); others default to 2.
PLURAL_FORMS = {"ar": 6, "fr": 2, "de": 2, "es": 2, "it": 2, "pt_BR": 2, "en": 2}
_PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _unfinished(path: Path) -> list[str]:
    """Sources of messages marked unfinished, obsolete or vanished in a ``.ts`` file."""
    root = ET.parse(path).getroot()
    out = []
    for msg in root.iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in ("unfinished", "obsolete", "vanished"):
            out.append(f"{tr.get('type')}: {msg.findtext('source', '')!r}")
    return out


def check(directory: Path, catalogue: Catalogue) -> list[str]:
    """Problems: strings a catalogue lacks or leaves unfinished, strings it has that the code
    no longer uses (obsolete), plural strings without the language's number of forms, and
    translations that lose or add a placeholder (%1, %n)."""
    problems: list[str] = []
    for path in sorted(directory.glob("cmgui_*.ts")):
        language, translations = read_ts(path)
        wanted = {k for k, m in catalogue.items() if m.numerus or language != "en"}
        for key in sorted(wanted - set(translations)):
            problems.append(f"{path.name}: untranslated {key[0]}: {key[1]!r}")
        for key in sorted(set(translations) - set(catalogue)):
            problems.append(f"{path.name}: unused {key[0]}: {key[1]!r}")
        problems += [f"{path.name}: {p}" for p in _unfinished(path)]
        forms_wanted = PLURAL_FORMS.get(language, 2)
        for key, forms in sorted(translations.items()):
            message = catalogue.get(key)
            if message is None:
                continue
            if message.numerus and len(forms) != forms_wanted:
                problems.append(f"{path.name}: {len(forms)} plural forms, not {forms_wanted}, "
                                f"for {key[1]!r}")
            source_marks = set(_PLACEHOLDER.findall(key[1]))
            for form in forms:
                if not form.strip():
                    problems.append(f"{path.name}: empty translation of {key[1]!r}")
                elif set(_PLACEHOLDER.findall(form)) != source_marks - (
                        {"%n"} if message.numerus and len(forms) > 2 else set()) \
                        and set(_PLACEHOLDER.findall(form)) != source_marks:
                    problems.append(f"{path.name}: placeholders differ in {form!r} "
                                    f"for {key[1]!r}")
    return problems


# --- compiling -------------------------------------------------------------------------------

def find_lrelease() -> str | None:
    """``pyside6-lrelease`` next to this Python, on PATH, or PySide6's bundled ``lrelease``."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    if here.exists():
        return str(here)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    try:
        import PySide6
    except ImportError:
        return None
    bundled = Path(PySide6.__file__).parent / "lrelease"
    return str(bundled) if bundled.exists() else None


def compile_all(directory: Path, out_dir: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in ``directory`` to ``.qm`` (in ``out_dir``, default alongside)."""
    sources = sorted(directory.glob("*.ts"))
    if not sources:
        return []
    tool = find_lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease was not found; install PySide6-Essentials")
    out_dir = out_dir or directory
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sources:
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cmgui.i18n_build")
    parser.add_argument("directory", type=Path, nargs="?", default=Path("translations"))
    parser.add_argument("--update", action="store_true", help="extract strings into the .ts")
    parser.add_argument("--check", action="store_true", help="report missing translations")
    parser.add_argument("--out", type=Path, default=None, help="where to put the .qm files")
    args = parser.parse_args(argv)
    catalogue = extract() if (args.update or args.check) else {}
    if args.update:
        for path in update(args.directory, catalogue):
            print(f"updated {path}")
    if args.check:
        problems = check(args.directory, catalogue)
        for p in problems:
            print(p)
        return 1 if problems else 0
    if not args.directory.is_dir():
        return 0
    try:
        built = compile_all(args.directory, args.out)
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        print(f"translations: {exc}", file=sys.stderr)
        return 1
    for qm in built:
        print(f"built {qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
