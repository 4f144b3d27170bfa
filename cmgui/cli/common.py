"""Shared plumbing of cmcli: output, errors in the user's terms, opening a device."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TextIO

from cmgui.cmapi.errors import CmapiError, ErrorCode, decode_cause_error, decode_pin_error
from cmgui.common.error_words import explain
from cmgui.service.device import Device
from cmgui.service.registry import REGISTRY, Registry

Handler = Callable[[argparse.Namespace, "Output"], Awaitable[int]]


class CliError(Exception):
    """A problem with what the user asked for (not a device error): one line, exit 2."""


def _store_errors() -> tuple[type[Exception], ...]:
    from cmgui.store.errors import StoreError

    return (StoreError,)


class Output:
    """Prints results as text or JSON, errors as one line on stderr or a JSON error object."""

    def __init__(self, json_mode: bool, stdout: TextIO | None = None,
                 stderr: TextIO | None = None) -> None:
        self.json_mode = json_mode
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr

    def json(self, value: Any) -> None:
        self.stdout.write(json.dumps(value, ensure_ascii=False, sort_keys=False) + "\n")
        self.stdout.flush()

    def text(self, line: str = "") -> None:
        self.stdout.write(line + "\n")
        self.stdout.flush()

    def result(self, value: Any, text: Callable[[Any], str] | None = None) -> None:
        """A command's result: JSON as is, or text rendered by ``text`` (default: key: value)."""
        if self.json_mode:
            self.json(value)
        elif text is not None:
            self.text(text(value))
        else:
            self.text(format_mapping(value))

    def error(self, err: CmapiError) -> int:
        if self.json_mode:
            self.json(err.to_json())
        else:
            self.stderr.write(f"cmcli: {user_message(err)}\n")
        return 1

    def failure(self, message: str) -> int:
        """A problem of this computer's, not the user's request (a damaged database, no place
        for a secret): one line, exit 1."""
        if self.json_mode:
            self.json({"code": int(ErrorCode.FATAL), "message": message})
        else:
            self.stderr.write(f"cmcli: {message}\n")
        return 1

    def usage_error(self, message: str) -> int:
        if self.json_mode:
            self.json({"code": int(ErrorCode.INVALID_PARAMETER), "message": message})
        else:
            self.stderr.write(f"cmcli: {message}\n")
        return 2


def format_mapping(value: Any, indent: str = "") -> str:
    if isinstance(value, dict):
        if not value:
            return f"{indent}OK"
        lines = []
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                lines.append(f"{indent}{key}:")
                lines.append(format_mapping(item, indent + "  "))
            else:
                lines.append(f"{indent}{key}: {_scalar(item)}")
        return "\n".join(lines)
    if isinstance(value, list):
        return "\n".join(
            format_mapping(item, indent + "  ") if isinstance(item, dict | list)
            else f"{indent}- {_scalar(item)}" for item in value)
    return f"{indent}{_scalar(value)}"


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def user_message(err: CmapiError) -> str:
    """A CMAPI error in words a user can act on (:mod:`cmgui.common.error_words`), with the
    codes behind it in brackets. The driver's own English reason is added where the words come
    from the CMAPI code alone (it names what was wrong: an unknown address, a missing file)."""
    said = explain(err)
    text = said.english()
    if _modem_code_absent(err) and isinstance(err.data, dict):
        reason = err.data.get("reason") or err.data.get("detail")
        problems = err.data.get("problems")
        if reason:
            text = f"{text.rstrip('.')} ({reason})."
        elif problems:
            text = f"{text.rstrip('.')} (" + "; ".join(str(p) for p in problems) + ")."
    return f"{text} [{said.detail}]"


def _modem_code_absent(err: CmapiError) -> bool:
    return decode_cause_error(err.code) is None and decode_pin_error(err.code) is None and not (
        isinstance(err.data, dict) and ("cme" in err.data or "cms" in err.data))


async def resolve_address(address: str | None, registry: Registry = REGISTRY) -> str:
    """The device to use: -d, $CMGUI_DEVICE, or the only device discovered."""
    address = address or os.environ.get("CMGUI_DEVICE")
    if address:
        return address
    found = await registry.discover()
    real = [d for d in found if d.kind != "virtual"]
    if len(real) == 1:
        return real[0].address
    if not real:
        raise CliError("no device found; name one with -d (try: -d virtual for the demo modem)")
    names = ", ".join(d.address for d in real)
    raise CliError(f"several devices found ({names}); choose one with -d")


@asynccontextmanager
async def open_device(address: str | None,
                      registry: Registry = REGISTRY) -> AsyncIterator[Device]:
    """The device served with the local stores (SMS archive, records, profiles)."""
    from cmgui.service.opening import open_device as open_served
    from cmgui.store.host import Stores

    resolved = await resolve_address(address, registry)
    stores = Stores.open()  # a StoreError is this computer's problem: exit 1 (run_handler)
    try:
        device = open_served(resolved, stores=stores, registry=registry)
        await device.open()
        try:
            yield device
        finally:
            await device.close()
    finally:
        stores.close()


async def run_handler(handler: Handler, args: argparse.Namespace, out: Output) -> int:
    try:
        return await handler(args, out)
    except CmapiError as err:
        return out.error(err)
    except CliError as err:
        return out.usage_error(str(err))
    except _store_errors() as err:
        return out.failure(str(err))
