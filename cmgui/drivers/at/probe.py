"""Concurrent probing: is there a modem on this port, and which?

Each port is probed in its own task: open it exclusively, send ``AT`` every
:data:`ATTEMPT_TIMEOUT` seconds until ``OK`` (a modem may be mid-boot or have garbage in its
buffer), give up after :data:`SILENT_BUDGET` seconds of silence; on an answer switch echo off,
turn on numeric errors and read the identity. A responsive modem is identified in well under
0.5 s, a silent port is abandoned in under 2 s, and no port waits for another.
(ModemManager, for comparison, waits 2 s before probing and up to 18 s on a silent port.)
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import time
from collections.abc import Iterable
from dataclasses import dataclass

from cmgui.at.commands import identity
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.service.registry import REGISTRY, Registry

from . import ports as port_table
from .ports import candidates, list_ports
from .transport import DEFAULT_BAUDRATE, AtPort, CommandTimeout, PortBusy, PortError

ATTEMPT_TIMEOUT = 0.2
SILENT_BUDGET = 1.6
IDENTITY_TIMEOUT = 1.0


@dataclass(frozen=True)
class ModemIdentity:
    manufacturer: str
    model: str
    imei: str
    revision: str = ""

    @property
    def description(self) -> str:
        name = " ".join(_pretty(p) for p in (self.manufacturer, self.model) if p) or "Modem"
        return f"{name} (IMEI {self.imei})" if self.imei else name


def _pretty(value: str) -> str:
    return value[:1].upper() + value[1:] if value.islower() else value


@dataclass(frozen=True)
class ProbeOutcome:
    """``identity`` None: no modem (``reason`` says why). ``elapsed`` in seconds."""

    port: str
    identity: ModemIdentity | None
    elapsed: float
    reason: str = ""


async def _ask(port: AtPort, command: AtCommand) -> AtResult | None:
    with contextlib.suppress(CommandTimeout):
        result = await port.command(command)
        return result if result.ok else None
    return None


def _value(result: AtResult | None, parse: object) -> str:
    if result is None or not callable(parse):
        return ""
    try:
        return str(parse(result))
    except AtParseError:
        return ""


async def identify(port: AtPort) -> ModemIdentity:
    """Echo off, numeric errors, then +CGMI/+CGMM/+CGSN/+CGMR (missing ones stay empty)."""
    await _ask(port, AtCommand("ATE0", timeout=IDENTITY_TIMEOUT))
    await _ask(port, AtCommand("AT+CMEE=1", timeout=IDENTITY_TIMEOUT))
    values = []
    for command, parse in ((identity.cgmi(), identity.parse_manufacturer),
                           (identity.cgmm(), identity.parse_model),
                           (identity.cgsn(), identity.parse_imei),
                           (identity.cgmr(), identity.parse_revision)):
        quick = AtCommand(command.text, timeout=IDENTITY_TIMEOUT,
                          response_prefixes=command.response_prefixes)
        values.append(_value(await _ask(port, quick), parse))
    return ModemIdentity(*values)


async def wait_for_ok(port: AtPort, budget: float = SILENT_BUDGET) -> bool:
    """``AT`` every :data:`ATTEMPT_TIMEOUT` s until ``OK`` or the budget is spent."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + budget
    while True:
        left = deadline - loop.time()
        if left <= 0.01:
            return False
        attempt = AtCommand("AT", timeout=min(ATTEMPT_TIMEOUT, left))
        if await _ask(port, attempt) is not None:
            return True


async def probe_port(address: str, baudrate: int = DEFAULT_BAUDRATE,
                     budget: float = SILENT_BUDGET) -> ProbeOutcome:
    """Probe one port; never raises for port trouble (the outcome says what happened)."""
    start = time.perf_counter()

    def outcome(found: ModemIdentity | None, reason: str) -> ProbeOutcome:
        return ProbeOutcome(address, found, time.perf_counter() - start, reason)

    try:
        port = await AtPort.open(address, baudrate)
    except PortBusy:
        return outcome(None, "in use by another program")
    except PortError as exc:
        return outcome(None, f"cannot open: {exc}")
    try:
        if not await wait_for_ok(port, budget):
            return outcome(None, "silent")
        return outcome(await identify(port), "answered")
    except PortError as exc:
        return outcome(None, f"lost: {exc}")
    finally:
        await port.close()


async def probe_many(addresses: Iterable[str], baudrate: int = DEFAULT_BAUDRATE,
                     budget: float = SILENT_BUDGET) -> list[ProbeOutcome]:
    """Probe ports concurrently; results in the order given."""
    return list(await asyncio.gather(*(probe_port(a, baudrate, budget) for a in addresses)))


async def probe_all(budget: float = SILENT_BUDGET,
                    registry: Registry | None = None) -> list[ProbeOutcome]:
    """Probe every port of this machine that may be a modem's AT port, concurrently, and
    report one outcome per modem (its first answering port) plus the silent ones.

    Ports another backend's service holds (ModemManager's, via the registry) are left alone.
    """
    loop = asyncio.get_running_loop()
    ports = await loop.run_in_executor(None, list_ports)
    held = await loop.run_in_executor(None, port_table.ports_held_open)
    # Which ports ModemManager holds is asked only when a port is worth probing at all: the
    # registry loads every backend to answer (a computer without a modem pays nothing).
    owned = None
    if any(c.skip_reason is None for c in candidates(ports, held=held, mm_owned=set())):
        owned = await (registry or REGISTRY).claimed_ports()
    chosen = await loop.run_in_executor(
        None, functools.partial(candidates, ports, held=held, mm_owned=owned))
    probe = [c.port for c in chosen if c.skip_reason is None]
    outcomes = await probe_many((p.device for p in probe), budget=budget)
    seen: set[str] = set()
    result: list[ProbeOutcome] = []
    for info, found in zip(probe, outcomes, strict=True):
        if found.identity is not None:
            if info.group in seen:
                continue
            seen.add(info.group)
        result.append(found)
    return result
