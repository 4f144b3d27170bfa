"""Shared plumbing of cmcli: output, errors in the user's terms, opening a device."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TextIO

from cmgui.cmapi.errors import CmapiError, ErrorCode, decode_pin_error, text_for
from cmgui.service.device import Device
from cmgui.service.registry import REGISTRY, Registry

Handler = Callable[[argparse.Namespace, "Output"], Awaitable[int]]


class CliError(Exception):
    """A problem with what the user asked for (not a device error): one line, exit 2."""


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
    """A CMAPI error in words a user can act on."""
    pin = decode_pin_error(err.code)
    text = err.message or text_for(err.code)
    if pin is not None:
        _, _, tries = pin
        if tries is not None:
            text = f"{text.rstrip('.')} — {tries} attempt{'s' if tries != 1 else ''} left"
    detail = ""
    if isinstance(err.data, dict):
        reason = err.data.get("reason") or err.data.get("detail")
        problems = err.data.get("problems")
        if reason:
            detail = f" ({reason})"
        elif problems:
            detail = " (" + "; ".join(str(p) for p in problems) + ")"
    code = f"0x{err.code:08X}" if err.code >= 0 else str(err.code)
    return f"{text}{detail} [error {code}]"


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
    from cmgui.service.stored import open_stored
    from cmgui.store.errors import StoreError

    try:
        device: Device = open_stored(await resolve_address(address, registry), registry=registry)
    except StoreError as err:
        raise CliError(str(err)) from err
    await device.open()
    try:
        yield device
    finally:
        await device.close()


async def run_handler(handler: Handler, args: argparse.Namespace, out: Output) -> int:
    try:
        return await handler(args, out)
    except CmapiError as err:
        return out.error(err)
    except CliError as err:
        return out.usage_error(str(err))
