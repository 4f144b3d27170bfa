"""The gateway seam: an SMS gateway as a whole, beside ``Device`` (each of its ports is one).

What the app's gateway page and ``cmcli gateway`` need from any gateway backend: every port's
state at a glance (and live), the gateway's load, bulk SMS with per-recipient results, and the
inbound SMS of all ports archived with the port they came in on. Backends register a factory for
their address schemes (:func:`register_gateway`, from their ``cmgui.backends`` entry point), so
controllers reach a gateway through :func:`open_gateway` without importing a driver.

The bulk CSV format (:func:`parse_recipients`): a header row, a ``number`` column, optional
``param…`` columns whose values fill ``#param#`` in the text in column order, and an optional
``user_id`` column; comma, semicolon or tab separated.
"""

from __future__ import annotations

import abc
import csv
import dataclasses
import io
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.cmapi.naming import json_name
from cmgui.service.registry import REGISTRY, Registry

PLACEHOLDER = "#param#"


def _json(obj: Any) -> dict[str, Any]:
    return {json_name(f.name): getattr(obj, f.name) for f in dataclasses.fields(obj)}


@dataclass(frozen=True, slots=True)
class PortState:
    """One port at a glance. ``reg`` is the gateway's word; the others are CMAPI terms."""

    port: int
    address: str
    type: str = ""
    reg: str = ""
    pin_state: str = "unknown"
    registration_state: str = "unknown"
    radio_state: bool = False
    signal: int | None = None  # 0-31
    signal_percentage: int = 0
    bars: int = 0
    operator: str = ""
    imei: str = ""
    imsi: str = ""
    iccid: str = ""
    number: str = ""
    slot: int | None = None
    call_state: str = ""
    gprs: str = ""
    last_activity: float | None = None  # epoch seconds of the last SMS in or out seen here

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True, slots=True)
class GatewayStatus:
    """Load of the gateway: CPU in %, memory and flash in KiB (None where not reported)."""

    cpu_percent: float | None = None
    memory_total: int | None = None
    memory_used: int | None = None
    memory_free: int | None = None
    memory_cached: int | None = None
    memory_buffers: int | None = None
    flash_total: int | None = None
    flash_used: int | None = None

    @property
    def memory_percent(self) -> float | None:
        if not self.memory_total or self.memory_used is None:
            return None
        return round(100.0 * self.memory_used / self.memory_total, 1)

    def to_json(self) -> dict[str, Any]:
        return _json(self) | {"memoryPercent": self.memory_percent}


@dataclass(frozen=True, slots=True)
class Recipient:
    number: str
    params: tuple[str, ...] = ()
    user_id: int | None = None


@dataclass(frozen=True, slots=True)
class RecipientResult:
    """One recipient's outcome, status as the gateway says it (SENDING, SENT_OK, DELIVERED,
    FAILED, …)."""

    number: str
    port: int | None
    status: str
    user_id: int | None

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "port": self.port, "status": self.status,
                "userId": self.user_id}


@dataclass(frozen=True, slots=True)
class BulkProgress:
    """Counts of a running bulk send; ``updates``: (index in the recipients, new result) of
    what changed since the previous progress."""

    total: int
    accepted: int = 0  # recipients the gateway took
    done: int = 0  # with a final result
    sent: int = 0  # SENT_OK or DELIVERED
    failed: int = 0
    updates: tuple[tuple[int, RecipientResult], ...] = ()


@dataclass
class BulkOutcome:
    task_ids: list[int] = field(default_factory=list)
    results: list[RecipientResult] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"taskIds": list(self.task_ids), "results": [r.to_json() for r in self.results]}


@dataclass(frozen=True, slots=True)
class InboundMessage:
    port: int | None
    number: str
    text: str
    received: float  # epoch seconds
    imsi: str = ""


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    listed: int = 0
    new: int = 0
    duplicates: int = 0
    mark: int = 0

    def to_json(self) -> dict[str, Any]:
        return _json(self)


ProgressSink = Callable[[BulkProgress], None]


class Gateway(abc.ABC):
    """An SMS gateway (see the module docstring). Methods raise :class:`CmapiError`."""

    address: str

    @abc.abstractmethod
    async def open(self) -> None:
        """Reach the gateway (credentials, TLS); CmapiError when it cannot."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Release it. Idempotent."""

    async def __aenter__(self) -> Gateway:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @abc.abstractmethod
    async def ports(self) -> list[PortState]:
        """Every port's state now."""

    @abc.abstractmethod
    def watch_ports(self, interval: float | None = None) -> AsyncIterator[list[PortState]]:
        """Every port's state now and again whenever it changes (until the gateway closes)."""

    @abc.abstractmethod
    async def status(self) -> GatewayStatus: ...

    @abc.abstractmethod
    async def send_bulk(self, text: str, recipients: Sequence[Recipient], *,
                        ports: Sequence[int] = (), report: bool = False,
                        progress: ProgressSink | None = None) -> BulkOutcome:
        """Send ``text`` (``#param#`` filled per recipient) and wait for every result."""

    @abc.abstractmethod
    async def sync_inbound(self, *, from_start: bool = False) -> SyncOutcome:
        """Archive every port's inbound SMS not archived yet."""

    @abc.abstractmethod
    async def recent_inbound(self, limit: int = 100) -> list[InboundMessage]:
        """The newest archived inbound SMS of this gateway, with their ports."""


# --- bulk CSV ---------------------------------------------------------------------------------

class RecipientsError(ValueError):
    """The recipients file cannot be used (the message names the line)."""


def fill_template(text: str, params: Sequence[str]) -> str:
    """``text`` with each ``#param#`` replaced by the next of ``params`` (as the gateway does);
    placeholders without a value stay."""
    out = text
    for value in params:
        if PLACEHOLDER not in out:
            break
        out = out.replace(PLACEHOLDER, value, 1)
    return out


def parse_recipients(text: str) -> list[Recipient]:
    """Recipients from CSV text (see the module docstring)."""
    text = text.lstrip("\ufeff")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise RecipientsError("the file is empty: it needs a header row with a number column")
    try:
        dialect: Any = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO("\n".join(lines)), dialect))
    header = [h.strip().lower() for h in rows[0]]
    if "number" not in header:
        raise RecipientsError("the header row has no 'number' column")
    number_at = header.index("number")
    user_at = header.index("user_id") if "user_id" in header else None
    param_at = [i for i, h in enumerate(header) if h.startswith("param")]
    out: list[Recipient] = []
    for line_no, row in enumerate(rows[1:], start=2):
        cells = [c.strip() for c in row] + [""] * (len(header) - len(row))
        number = cells[number_at].replace(" ", "")
        if not number:
            raise RecipientsError(f"line {line_no}: no number")
        digits = number[1:] if number.startswith("+") else number
        if not digits.isdigit() or len(number) > 24:
            raise RecipientsError(f"line {line_no}: {number!r} is not a phone number")
        user_id: int | None = None
        if user_at is not None and cells[user_at]:
            if not cells[user_at].isdigit():
                raise RecipientsError(f"line {line_no}: user_id {cells[user_at]!r} is not a "
                                      "whole number")
            user_id = int(cells[user_at])
        out.append(Recipient(number, tuple(cells[i] for i in param_at), user_id))
    if not out:
        raise RecipientsError("the file has a header but no recipients")
    return out


# --- backends ---------------------------------------------------------------------------------

GatewayFactory = Callable[[str], Gateway]
_FACTORIES: dict[str, GatewayFactory] = {}


def register_gateway(schemes: Sequence[str], factory: GatewayFactory) -> None:
    """Make ``factory`` open gateways whose address starts with one of ``schemes``."""
    for scheme in schemes:
        _FACTORIES[scheme.lower()] = factory


def _factory(address: str, registry: Registry) -> GatewayFactory | None:
    registry.backends()  # loads the entry points, which register gateway factories
    scheme = address.strip().split("://", 1)[0].lower() if "://" in address else ""
    return _FACTORIES.get(scheme)


def is_gateway_address(address: str, registry: Registry = REGISTRY) -> bool:
    return _factory(address, registry) is not None


def open_gateway(address: str, registry: Registry = REGISTRY) -> Gateway:
    """A not yet opened gateway for ``address``; CMAPI error 0x100 when no backend has one."""
    factory = _factory(address, registry)
    if factory is None:
        raise CmapiError(ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER, data={
            "address": address, "reason": "not a gateway address (dinstar+https://HOST)"})
    return factory(address.strip())
