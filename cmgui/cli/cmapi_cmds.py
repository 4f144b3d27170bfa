"""cmcli commands that speak CMAPI directly: devices, functions, call, events."""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from cmgui.cli.common import CliError, Output, open_device
from cmgui.cmapi import catalogue
from cmgui.cmapi.codec import Callback, encode_callback, new_id
from cmgui.service.dispatcher import Dispatcher, Session
from cmgui.service.events import callback_name
from cmgui.service.registry import REGISTRY


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("devices", parents=[common], help="list the devices cmgui can find")
    p.set_defaults(handler=cmd_devices)

    p = sub.add_parser("functions", parents=[common],
                       help="the CMAPI catalogue, with support per device when -d is given")
    p.set_defaults(handler=cmd_functions)

    p = sub.add_parser("call", parents=[common], help="call one CMAPI-1 function")
    p.add_argument("method", help="CMAPI function name, e.g. CMAPI_DevSrv_GetIMEI")
    p.add_argument("params", nargs="?", default="{}", help="params as a JSON object")
    p.set_defaults(handler=cmd_call)

    p = sub.add_parser("events", parents=[common],
                       help="print CMAPI-2 callbacks as JSON lines until interrupted")
    p.add_argument("--count", type=int, default=0, help="stop after N callbacks")
    p.add_argument("--timeout", type=float, default=0.0, help="stop after S seconds")
    p.set_defaults(handler=cmd_events)


async def cmd_devices(args: argparse.Namespace, out: Output) -> int:
    found = await REGISTRY.discover()
    rows = [{"address": d.address, "kind": d.kind, "description": d.description,
             "details": d.details} for d in found]
    if out.json_mode:
        out.json(rows)
    elif not rows:
        out.text("No devices found. The demo modem is always available: cmcli -d virtual info")
    else:
        width = max(len(r["address"]) for r in rows)
        for r in rows:
            out.text(f"{r['address']:<{width}}  {r['kind']:<8}  {r['description']}")
    return 0


async def cmd_functions(args: argparse.Namespace, out: Output) -> int:
    """The catalogue: CMAPI-1 functions, CMAPI-2 callbacks and the registration functions, each
    with its kind; with ``-d``, whether the device supports each function and emits each
    callback (registration works for every device: the dispatcher answers it)."""
    supported: set[str] | None = None
    emitted: frozenset[str] = frozenset()
    if args.device:
        async with open_device(args.device) as device:
            dispatcher = Dispatcher({"1": device})
            result = await dispatcher.call(Session(), "CMAPI_API_GetFunctionsSupported",
                                           {"deviceId": "1"})
            supported = set(result["functions"])
            emitted = device.emitted_callbacks()
    rows = []
    for info in catalogue.ALL.values():
        row: dict[str, Any] = {
            "name": info.name, "kind": info.kind, "group": info.group.value,
            "version": info.version,
            "laptop": catalogue.conformance(catalogue.DeviceClass.LAPTOP, info.name),
        }
        if supported is not None:
            row["supported"] = (info.name in emitted if info.kind == "callback"
                                else info.kind == "registration" or info.name in supported)
        rows.append(row)
    if out.json_mode:
        out.json(rows)
        return 0
    width = max(len(row["name"]) for row in rows)
    for row in rows:
        mark = ""
        if supported is not None:
            mark = "yes " if row["supported"] else "no  "
        out.text(f"{mark}{row['kind']:<12} {row['name']:<{width}} {row['group']} "
                 f"({row['laptop']})")
    return 0


def _parse_params(text: str) -> dict[str, Any]:
    try:
        params = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"PARAMS_JSON is not valid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(params, dict):
        raise CliError("PARAMS_JSON must be a JSON object, e.g. '{\"PIN\": \"1234\"}'")
    return params


async def cmd_call(args: argparse.Namespace, out: Output) -> int:
    params = _parse_params(args.params)
    async with open_device(args.device) as device:
        dispatcher = Dispatcher({"1": device})
        params.setdefault("deviceId", "1")
        result = await dispatcher.call(Session(), args.method, params)
    if out.json_mode:
        out.json(result)
    else:
        out.text(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


async def cmd_events(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        stream = device.subscribe()
        seen = 0
        try:
            async with asyncio.timeout(args.timeout or None):
                async for event in stream:
                    name = callback_name(event)
                    if out.json_mode:
                        message = encode_callback(Callback(id=new_id(), callback_id=name,
                                                           result=event.to_result()))
                        out.text(message.decode())
                    else:
                        fields = ", ".join(f"{k}={v}" for k, v in event.to_result().items())
                        out.text(f"{name.removeprefix('CMAPI_Callback_')}: {fields}")
                    seen += 1
                    if args.count and seen >= args.count:
                        break
        except TimeoutError:
            pass
        finally:
            stream.close()
    return 0
