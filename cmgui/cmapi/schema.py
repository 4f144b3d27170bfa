"""JSON Schemas of CMAPI messages, generated from Python type hints, and a fast validator.

The schemas follow the envelopes of the Web binding (5.2.2.1.1 request, 5.2.2.2.1 response,
5.2.3.1.1 callback). Parameter and result shapes come from the seam's annotations:

* ``str``, ``int``, ``float``, ``bool``, ``None``, ``Any``, ``Literal[...]``, enums (``IntEnum``,
  ``StrEnum``: their values; ``IntFlag``: any integer), ``list[X]``/``Sequence[X]``/
  ``tuple[X, ...]``, ``dict[str, X]``/``Mapping[str, X]``, ``TypedDict`` (its keys are already the
  JSON member names; ``Required``/``NotRequired`` honoured), ``X | Y`` (``anyOf``) and
  ``Annotated[X, Doc("...")]`` (a description).
* A recursive TypedDict is cut at the second visit with an empty (anything) schema.

:func:`compile_validator` turns the subset of JSON Schema generated here (type, enum, const,
properties, required, additionalProperties, items, anyOf, minimum, maximum, minLength,
maxLength, minItems, maxItems) into nested closures; problems are reported as
``"params.PIN: expected string"``.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NotRequired, Required, get_args, get_origin

from cmgui.cmapi.codec import CMAPI_VERSION, JSONRPC_VERSION
from cmgui.cmapi.naming import json_name

Schema = dict[str, Any]
Validator = Callable[[Any], list[str]]


@dataclass(frozen=True, slots=True)
class Doc:
    """``Annotated[str, Doc("The PIN code")]`` gives the member a description."""

    documentation: str


# --- generation --------------------------------------------------------------------------------

def _is_typeddict(tp: Any) -> bool:
    return isinstance(tp, type) and typing.is_typeddict(tp)


def _unwrap_required(tp: Any) -> tuple[Any, bool | None, list[str]]:
    """Strip Annotated/Required/NotRequired: (type, required flag or None, descriptions)."""
    required: bool | None = None
    docs: list[str] = []
    while True:
        origin = get_origin(tp)
        if origin is typing.Annotated:
            docs.extend(_docs(tp.__metadata__))
            tp = tp.__origin__
        elif origin is Required or origin is NotRequired:
            required = origin is Required
            tp = get_args(tp)[0]
        else:
            return tp, required, docs


def _docs(metadata: Sequence[Any]) -> list[str]:
    return [m.documentation for m in metadata if isinstance(getattr(m, "documentation", None), str)]


def _typeddict_schema(tp: type, seen: frozenset[type]) -> Schema:
    hints = typing.get_type_hints(tp, include_extras=True)
    required_default: frozenset[str] = getattr(tp, "__required_keys__", frozenset())
    props: Schema = {}
    required: list[str] = []
    for key, hint in hints.items():
        inner, flag, docs = _unwrap_required(hint)
        prop = _schema(inner, seen | {tp})
        if docs:
            prop = {**prop, "description": " ".join(docs)}
        props[key] = prop
        if flag is True or (flag is None and key in required_default):
            required.append(key)
    out: Schema = {"type": "object", "properties": props, "additionalProperties": False}
    if required:
        out["required"] = required
    if tp.__doc__ and not tp.__doc__.startswith(f"{tp.__name__}("):
        out["description"] = inspect.cleandoc(tp.__doc__)
    return out


_JSON_TYPE_OF_VALUE: tuple[tuple[type, str], ...] = (
    (bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"),
    (type(None), "null"),
)


def _value_type(value: Any) -> str | None:
    for py, js in _JSON_TYPE_OF_VALUE:
        if isinstance(value, py):
            return js
    return None


def _enum_schema(values: Sequence[Any]) -> Schema:
    out: Schema = {"enum": list(values)}
    kinds = {_value_type(v) for v in values}
    if len(kinds) == 1 and None not in kinds:
        out["type"] = kinds.pop()
    return out


def _schema(tp: Any, seen: frozenset[type]) -> Schema:
    inner, _flag, docs = _unwrap_required(tp)
    out = _bare_schema(inner, seen)
    if docs:
        out = {**out, "description": " ".join(docs)}
    return out


def _bare_schema(tp: Any, seen: frozenset[type]) -> Schema:
    if tp is Any or tp is object:
        return {}
    if tp is None or tp is type(None):
        return {"type": "null"}
    if tp is bool:
        return {"type": "boolean"}
    if isinstance(tp, type) and issubclass(tp, enum.Flag):
        return {"type": "integer"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum_schema([member.value for member in tp])
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if _is_typeddict(tp):
        return {} if tp in seen else _typeddict_schema(tp, seen)
    origin, args = get_origin(tp), get_args(tp)
    if origin is Literal:
        return _enum_schema(args)
    if origin is typing.Union or origin is types.UnionType:
        return {"anyOf": [_schema(arg, seen) for arg in args]}
    if origin in (list, Sequence, typing.Sequence, set, frozenset):
        return {"type": "array", "items": _schema(args[0], seen) if args else {}}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema(args[0], seen)}
        raise TypeError(f"only homogeneous tuples (tuple[X, ...]) have a schema, not {tp!r}")
    if origin in (dict, Mapping, typing.Mapping):
        if args and args[0] is not str:
            raise TypeError(f"JSON object keys are strings: {tp!r}")
        return {"type": "object", "additionalProperties": _schema(args[1], seen) if args else {}}
    if tp in (list, tuple):
        return {"type": "array"}
    if tp is dict:
        return {"type": "object"}
    raise TypeError(f"no JSON schema for {tp!r}")


def schema_for_type(tp: Any) -> Schema:
    """The JSON Schema of a Python type (see the module docstring for what is supported)."""
    return _schema(tp, frozenset())


_DEVICE_ID_SCHEMA: Schema = {
    "anyOf": [{"type": "string"}, {"type": "integer"}],
    "description": "The device the call is for.",
}


def params_schema(func: Callable[..., Any]) -> Schema:
    """The ``params`` object schema of a (possibly async) seam method.

    Its keyword parameters become members named by rule 5.2.1.2 (:func:`json_name`); a
    parameter with a default is optional. No other member is allowed except ``deviceId``.
    """
    hints = typing.get_type_hints(func, include_extras=True)
    props: Schema = {}
    required: list[str] = []
    for name, param in inspect.signature(func).parameters.items():
        if name in ("self", "cls") or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        member = json_name(name)
        props[member] = schema_for_type(hints.get(name, Any))
        if param.default is inspect.Parameter.empty:
            required.append(member)
    props.setdefault("deviceId", _DEVICE_ID_SCHEMA)
    out: Schema = {"type": "object", "properties": props, "additionalProperties": False}
    if required:
        out["required"] = required
    return out


def result_schema(func: Callable[..., Any]) -> Schema:
    """The ``result`` schema of a seam method, from its return annotation (None: empty object)."""
    ret = typing.get_type_hints(func, include_extras=True).get("return", Any)
    if ret is None or ret is type(None):
        return {"type": "object", "properties": {}, "additionalProperties": False}
    return schema_for_type(ret)


_ERROR_SCHEMA: Schema = {
    "type": "object",
    "properties": {"code": {"type": "integer"}, "data": {}, "message": {"type": "string"}},
    "required": ["code", "message"],
}


def _version_members() -> Schema:
    return {
        "cmapiversion": {"enum": [CMAPI_VERSION], "type": "string"},
        "id": {"type": "string"},
        "jsonrpc": {"enum": [JSONRPC_VERSION], "type": "string"},
    }


def request_schema(cmapi_name: str, params: Schema) -> Schema:
    """The request envelope of 5.2.2.1.1 around a ``params`` schema."""
    return {
        "title": f"{cmapi_name}_Request_Schema",
        "type": "object",
        "properties": {
            **_version_members(),
            "method": {"enum": [cmapi_name], "type": "string"},
            "params": params,
        },
        "required": ["jsonrpc", "cmapiversion", "method", "id", "params"],
    }


def response_schema(cmapi_name: str, result: Schema) -> Schema:
    """The response envelope of 5.2.2.2.1 around a ``result`` schema."""
    return {
        "title": f"{cmapi_name}_Response_Schema",
        "type": "object",
        "properties": {**_version_members(), "error": _ERROR_SCHEMA, "result": result},
        "required": ["jsonrpc", "cmapiversion", "id"],
    }


def callback_schema(callback_name: str, result: Schema) -> Schema:
    """The callback envelope of 5.2.3.1.1 around a ``result`` schema."""
    return {
        "title": f"{callback_name}_Response_Schema",
        "type": "object",
        "properties": {
            "callbackId": {"enum": [callback_name], "type": "string"},
            **_version_members(),
            "error": _ERROR_SCHEMA,
            "result": result,
        },
        "required": ["jsonrpc", "cmapiversion", "id", "callbackId"],
    }


# --- validation --------------------------------------------------------------------------------

def _is_integer(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    return isinstance(v, int) or (isinstance(v, float) and v.is_integer())


_TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}


def _join(path: str, member: str) -> str:
    return f"{path}.{member}" if path else member


def _where(path: str) -> str:
    return path or "$"


_Check = Callable[[Any, str, list[str]], None]


def _type_check(declared: str | list[str]) -> _Check:
    names = [declared] if isinstance(declared, str) else list(declared)
    preds = [_TYPE_CHECKS[t] for t in names]
    expected = " or ".join(names)

    def check(v: Any, path: str, out: list[str]) -> None:
        if not any(p(v) for p in preds):
            out.append(f"{_where(path)}: expected {expected}")
    return check


def _enum_check(allowed: list[Any]) -> _Check:
    shown = ", ".join(repr(a) for a in allowed)

    def check(v: Any, path: str, out: list[str]) -> None:
        # 1 == True in Python; JSON keeps them apart.
        if not any(v == a and isinstance(v, bool) == isinstance(a, bool) for a in allowed):
            out.append(f"{_where(path)}: must be one of {shown}")
    return check


def _bound_check(bound: float, at_least: bool) -> _Check:
    word = "at least" if at_least else "at most"

    def check(v: Any, path: str, out: list[str]) -> None:
        if isinstance(v, int | float) and not isinstance(v, bool) and (
            (v < bound) if at_least else (v > bound)
        ):
            out.append(f"{_where(path)}: must be {word} {bound}")
    return check


def _length_check(limit: int, at_least: bool, of_strings: bool) -> _Check:
    word = "at least" if at_least else "at most"
    unit = "characters" if of_strings else "items"

    def check(v: Any, path: str, out: list[str]) -> None:
        if isinstance(v, str) if of_strings else isinstance(v, list):
            n = len(v)
            if (n < limit) if at_least else (n > limit):
                out.append(f"{_where(path)}: must have {word} {limit} {unit}")
    return check


def _object_check(schema: Schema) -> _Check:
    props: dict[str, _Check] = {k: _compile(s) for k, s in schema.get("properties", {}).items()}
    required: list[str] = list(schema.get("required", ()))
    extra = schema.get("additionalProperties", True)
    extra_check: _Check | None = _compile(extra) if isinstance(extra, dict) else None
    closed = extra is False

    def check(v: Any, path: str, out: list[str]) -> None:
        if not isinstance(v, dict):
            return
        for key in required:
            if key not in v:
                out.append(f"{_join(path, key)}: required")
        for key, value in v.items():
            sub = props.get(key)
            if sub is not None:
                sub(value, _join(path, key), out)
            elif closed:
                out.append(f"{_join(path, str(key))}: unexpected member")
            elif extra_check is not None:
                extra_check(value, _join(path, str(key)), out)
    return check


def _items_check(items: Schema) -> _Check:
    item_check = _compile(items)

    def check(v: Any, path: str, out: list[str]) -> None:
        if isinstance(v, list):
            for i, item in enumerate(v):
                item_check(item, f"{path}[{i}]", out)
    return check


def _any_of_check(schemas: list[Schema]) -> _Check:
    alternatives = [(_compile(s), s.get("type")) for s in schemas]
    names = [t for _alt, declared in alternatives for t in _type_list(declared)]

    def check(v: Any, path: str, out: list[str]) -> None:
        typed_failure: list[str] | None = None
        for alt, declared in alternatives:
            found: list[str] = []
            alt(v, path, found)
            if not found:
                return
            if typed_failure is None and _type_matches(v, declared):
                typed_failure = found
        if typed_failure is not None:
            out.extend(typed_failure)
        else:
            out.append(f"{_where(path)}: expected {' or '.join(names)}")
    return check


def _compile(schema: Schema) -> _Check:
    checks: list[_Check] = []
    if "type" in schema:
        checks.append(_type_check(schema["type"]))
    if "const" in schema:
        checks.append(_enum_check([schema["const"]]))
    if "enum" in schema:
        checks.append(_enum_check(list(schema["enum"])))
    if "minimum" in schema:
        checks.append(_bound_check(schema["minimum"], at_least=True))
    if "maximum" in schema:
        checks.append(_bound_check(schema["maximum"], at_least=False))
    for key, at_least, of_strings in (("minLength", True, True), ("maxLength", False, True),
                                      ("minItems", True, False), ("maxItems", False, False)):
        if key in schema:
            checks.append(_length_check(int(schema[key]), at_least, of_strings))
    if "properties" in schema or "required" in schema or "additionalProperties" in schema:
        checks.append(_object_check(schema))
    if isinstance(schema.get("items"), dict):
        checks.append(_items_check(schema["items"]))
    if "anyOf" in schema:
        checks.append(_any_of_check(list(schema["anyOf"])))
    if len(checks) == 1:
        return checks[0]

    def run(v: Any, path: str, out: list[str]) -> None:
        for check in checks:
            check(v, path, out)
    return run


def _type_list(declared: Any) -> list[str]:
    if declared is None:
        return []
    return [declared] if isinstance(declared, str) else list(declared)


def _type_matches(v: Any, declared: Any) -> bool:
    names = _type_list(declared)
    return not names or any(_TYPE_CHECKS[n](v) for n in names)


def compile_validator(schema: Schema) -> Validator:
    """A function that validates an instance against ``schema`` and lists the problems."""
    check = _compile(schema)

    def validator(instance: Any) -> list[str]:
        out: list[str] = []
        check(instance, "", out)
        return out
    return validator


def validate(instance: Any, schema: Schema) -> list[str]:
    """The problems of ``instance`` against ``schema`` (empty when it is valid)."""
    return compile_validator(schema)(instance)
