"""The provisioning file's JSON Schema and a validator for the part of draft 2020-12 it uses.

The schema is one file, ``cmgui/data/provisioning.schema.json``, shipped in the package and
published as ``docs/provisioning.schema.json`` (a test keeps them identical). The validator
reports every mistake, not only the first, each as a :class:`Problem` with the key path in the
file's terms (``profiles[0].apn``), what is wrong and what is expected.

Keywords understood: ``type``, ``properties``, ``additionalProperties``, ``required``,
``items``, ``propertyNames``, ``enum``, ``pattern``, ``minLength``, ``maxLength``,
``maxItems``, ``uniqueItems`` and local ``$ref`` (``#/$defs/…``); of the annotations, a
``description`` and the first of ``examples`` say what is expected when a ``pattern`` fails.
A test checks that the schema uses no other keyword, so nothing in it is silently not
enforced.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_RESOURCE = "provisioning.schema.json"

#: Keywords the validator enforces, and annotations it may ignore.
KEYWORDS = frozenset({
    "type", "properties", "additionalProperties", "required", "items", "propertyNames", "enum",
    "pattern", "minLength", "maxLength", "maxItems", "uniqueItems", "$ref",
})
ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "examples", "$defs"})

_TYPES: dict[str, Any] = {
    "object": dict, "array": list, "string": str, "boolean": bool,
}


@dataclass(frozen=True)
class Problem:
    """One mistake: where (a key path; "" is the whole file), what is wrong, what is expected."""

    path: str
    message: str
    expected: str = ""

    def text(self, source: str = "") -> str:
        where = ": ".join(part for part in (source, self.path or "(top level)") if part)
        tail = f" (expected {self.expected})" if self.expected else ""
        return f"{where}: {self.message}{tail}"


def schema_text() -> str:
    """The schema as shipped in the package."""
    return resources.files("cmgui").joinpath("data", SCHEMA_RESOURCE).read_text(encoding="utf-8")


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(schema_text())
    return loaded


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, _TYPES[name])


_WORDS = {"object": "a table", "array": "a list", "string": "a string", "boolean": "true or false",
          "integer": "an integer", "number": "a number"}


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    shown = key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)
    return f"{path}.{shown}" if path else shown


class Validator:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root

    def _resolve(self, ref: str) -> dict[str, Any]:
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported, not {ref}")
        node: Any = self.root
        for part in ref[2:].split("/"):
            node = node[part]
        return dict(node)

    def validate(self, value: Any, schema: dict[str, Any] | None = None,
                 path: str = "") -> list[Problem]:
        node = self.root if schema is None else schema
        if "$ref" in node:
            node = {**self._resolve(node["$ref"]), **{k: v for k, v in node.items()
                                                       if k != "$ref"}}
        problems: list[Problem] = []
        kinds = node.get("type")
        if kinds is not None:
            names = [kinds] if isinstance(kinds, str) else list(kinds)
            if not any(_is_type(value, n) for n in names):
                expected = " or ".join(_WORDS[n] for n in names)
                return [Problem(path, f"{_type_name(value)} {_short(value)} is not allowed here",
                                expected)]
        if "enum" in node and value not in node["enum"]:
            choices = ", ".join(json.dumps(c) for c in node["enum"])
            problems.append(Problem(path, f"{_short(value)} is not one of the choices",
                                    f"one of {choices}"))
        if isinstance(value, str):
            problems += self._string(value, node, path)
        elif isinstance(value, list):
            problems += self._array(value, node, path)
        elif isinstance(value, dict):
            problems += self._object(value, node, path)
        return problems

    def _string(self, value: str, node: dict[str, Any], path: str) -> list[Problem]:
        problems = []
        if "minLength" in node and len(value) < node["minLength"]:
            least = node["minLength"]
            problems.append(Problem(path, "is empty" if not value else "is too short",
                                    "some text" if least == 1 else f"at least {least} characters"))
        if "maxLength" in node and len(value) > node["maxLength"]:
            problems.append(Problem(path, f"is {len(value)} characters long",
                                    f"at most {node['maxLength']}"))
        if "pattern" in node and value and re.search(node["pattern"], value) is None:
            problems.append(Problem(path, f"{_short(value)} is not valid", _hint(node)))
        return problems

    def _array(self, value: list[Any], node: dict[str, Any], path: str) -> list[Problem]:
        problems = []
        if "maxItems" in node and len(value) > node["maxItems"]:
            problems.append(Problem(path, f"has {len(value)} items",
                                    f"at most {node['maxItems']}"))
        if node.get("uniqueItems"):
            seen: list[Any] = []
            for item in value:
                if item in seen:
                    problems.append(Problem(path, f"{_short(item)} is listed twice",
                                            "each item once"))
                seen.append(item)
        if "items" in node:
            for n, item in enumerate(value):
                problems += self.validate(item, node["items"], _join(path, n))
        return problems

    def _object(self, value: dict[str, Any], node: dict[str, Any], path: str) -> list[Problem]:
        problems = []
        properties: dict[str, Any] = node.get("properties", {})
        for name in node.get("required", []):
            if name not in value:
                problems.append(Problem(_join(path, name), "is missing", "a value: it is required"))
        extra = node.get("additionalProperties", True)
        for key, item in value.items():
            where = _join(path, key)
            if "propertyNames" in node:
                for p in self.validate(key, node["propertyNames"], where):
                    problems.append(Problem(where, f"the name {p.message}", p.expected))
            if key in properties:
                problems += self.validate(item, properties[key], where)
            elif extra is False:
                known = ", ".join(properties) or "none"
                problems.append(Problem(where, "is not a key cmgui knows",
                                        f"one of {known}"))
            elif isinstance(extra, dict):
                problems += self.validate(item, extra, where)
        return problems


def _hint(node: dict[str, Any]) -> str:
    """What a string with a ``pattern`` should look like, in words."""
    said = str(node.get("description") or f"text matching {node['pattern']}").rstrip(".")
    if said[1:2].islower():
        said = said[:1].lower() + said[1:]
    examples = node.get("examples") or []
    return f"{said}, e.g. {json.dumps(examples[0])}" if examples else said


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, dict | list) \
        else _type_name(value)
    return text if len(text) <= 60 else text[:57] + "…"


def validate(document: Any) -> list[Problem]:
    """Every way ``document`` (a parsed TOML file) breaks the provisioning schema."""
    return Validator(schema()).validate(document)


def unknown_keywords(node: Any) -> set[str]:
    """Keywords in the schema ``node`` that the validator neither enforces nor ignores."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, item in node.items():
            if key not in KEYWORDS | ANNOTATIONS:
                found.add(key)
            if key in ("properties", "$defs"):
                for sub in item.values():
                    found |= unknown_keywords(sub)
            elif key in ("items", "additionalProperties", "propertyNames"):
                found |= unknown_keywords(item)
    return found
