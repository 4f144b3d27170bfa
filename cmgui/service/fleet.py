"""The fleet seam: one async ``Fleet`` API for IoT SIM platforms (CMO, CMP, ...), in our terms.

A platform module subclasses :class:`Fleet` and overrides what the platform offers; everything
else raises :class:`NotOffered` ("… is not offered by this platform"), so the CLI and the app ask
:meth:`Fleet.offers` instead of knowing platforms. Statuses are the CMO seed's ten normalised
values (``fleet_tables.NORMALISED_STATUSES``); a platform word that maps to none of them is kept
as it came, never guessed. :meth:`Fleet.set_status` refuses a transition the data table forbids
before any request; for the rest the platform's answer is the final word.

Events (status changed, SMS delivered or received, order changed) come from :meth:`subscribe`, one
bounded stream per consumer, as for :class:`~cmgui.service.device.Device`.
"""

from __future__ import annotations

import abc
import dataclasses
import logging
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

from cmgui.service.device import EventHub, EventStream
from cmgui.service.events import Event
from cmgui.service.fleet_tables import (
    NO_STATUS_CHANGE,
    NORMALISED_STATUSES,
    STATUS_WORDS,
    TRANSITIONS,
)

log = logging.getLogger(__name__)


# --- errors -------------------------------------------------------------------------------------


class FleetError(Exception):
    """A problem a user can act on, in one sentence (``str(err)``)."""


class NotOffered(FleetError):
    """The platform (or the SIM's backend) does not offer this function."""

    def __init__(self, function: str, platform: str) -> None:
        self.function = function
        self.platform = platform
        what = FUNCTION_NAMES.get(function, function.replace("_", " "))
        super().__init__(f"{what}: not offered by this platform ({platform})")


class TransitionRefused(FleetError):
    """The transition table forbids this status change; nothing was sent."""

    def __init__(self, iccid: str, current: str, target: str, reason: str) -> None:
        self.iccid, self.current, self.target, self.reason = iccid, current, target, reason
        super().__init__(f"{iccid}: {current} → {target} refused: {reason}")


class UnknownSim(FleetError):
    def __init__(self, iccid: str, platform: str) -> None:
        self.iccid = iccid
        super().__init__(f"no SIM with ICCID {iccid} on this platform ({platform})")


class PlatformError(FleetError):
    """The platform refused or failed a request (HTTP status, platform code, its words)."""

    def __init__(self, message: str, *, status: int | None = None, code: str = "") -> None:
        self.status, self.code = status, code
        super().__init__(message)


class AuthError(PlatformError):
    """Credentials were refused (token endpoint, 401, 403 bad signature)."""


#: What each function is called in error messages.
FUNCTION_NAMES: dict[str, str] = {
    "set_status": "changing a SIM's status",
    "usage": "data usage",
    "cdrs": "call detail records",
    "send_sms": "sending an SMS",
    "sms_status": "SMS delivery status",
    "attributes": "custom attributes",
    "set_attribute": "custom attributes",
    "packages": "data packages",
    "package_catalogue": "the package catalogue",
    "order_packages": "ordering packages",
    "open_package": "opening a package",
    "cancel_package": "cancelling a package",
    "end_package": "ending a package early",
    "bind_imei": "binding a SIM to an IMEI",
    "binding_history": "the IMEI binding history",
}


# --- statuses -----------------------------------------------------------------------------------


def is_normalised(status: str) -> bool:
    return status in NORMALISED_STATUSES


def parse_status(text: str) -> str:
    """A status the user typed (any case, ``-`` for ``_``) as one of the ten; FleetError if not."""
    word = text.strip().upper().replace("-", "_").replace(" ", "_")
    if word not in NORMALISED_STATUSES:
        raise FleetError(f"{text!r} is not a SIM status; use one of "
                         + ", ".join(NORMALISED_STATUSES))
    return word


def normalise(platform: str, backend: str, status: str, native: str = "") -> str:
    """The normalised status for what a platform said.

    ``status`` already one of the ten is taken as is; otherwise the platform's own word
    (``native``, else ``status``) is looked up in the backend's table; a word found nowhere is
    returned exactly as it came.
    """
    if is_normalised(status):
        return status
    table = STATUS_WORDS.get(platform, {})
    words = table.get(backend) or table.get("*") or {}
    for word in (native, status):
        key = word.strip().casefold()
        if not key:
            continue
        for known, value in words.items():
            if known.casefold() == key:
                return value
    return status or native


def transition_refusal(platform: str, backend: str, current: str, target: str) -> str | None:
    """Why the table forbids ``current`` → ``target`` on ``backend``, or None if it does not.

    A current status the table cannot judge (not one of the ten) is let through: the platform
    decides.
    """
    if backend in NO_STATUS_CHANGE.get(platform, frozenset()):
        return f"{backend} offers no status change"
    if not is_normalised(current):
        return None
    allowed = TRANSITIONS.get(platform, {}).get((current, target))
    if allowed is None:
        return f"no platform implements {current} → {target}"
    if "*" in allowed or backend in allowed:
        return None
    return f"{backend} does not implement {current} → {target}"


# --- values -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sim:
    """One SIM (or satellite terminal) as listed: identity, status, backend, usage summary."""

    iccid: str
    status: str
    native_status: str = ""
    backend: str = ""
    imsi: str = ""
    msisdn: str = ""
    imei: str = ""
    name: str = ""
    plan: str = ""
    #: The platform's own id of the SIM (CMO product id; CMP device id).
    platform_id: str = ""
    connectivity: str = "CELLULAR"
    used_bytes: int | None = None
    limit_bytes: int | None = None
    last_seen: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "ICCID": self.iccid, "IMSI": self.imsi, "MSISDN": self.msisdn, "IMEI": self.imei,
            "name": self.name, "status": self.status, "nativeStatus": self.native_status,
            "backend": self.backend, "plan": self.plan, "platformId": self.platform_id,
            "connectivity": self.connectivity, "usedBytes": self.used_bytes,
            "limitBytes": self.limit_bytes,
            "lastSeen": self.last_seen.isoformat() if self.last_seen else None,
        }


@dataclass(frozen=True, slots=True)
class UsageBucket:
    """Consumption in one bucket: ``global``, ``cellular``, ``satellite`` or a package."""

    name: str
    used_bytes: int
    limit_bytes: int | None = None
    period: str = ""
    kind: str = "data"

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "usedBytes": self.used_bytes,
                "limitBytes": self.limit_bytes, "period": self.period}


@dataclass(frozen=True, slots=True)
class Package:
    """A data package ordered for a SIM (CMP package order)."""

    order_id: str
    code: str
    name: str
    status: str
    flow_bytes: int | None = None
    used_bytes: int | None = None
    ordered: datetime | None = None
    active_from: date | None = None
    expires: date | None = None
    period: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "orderId": self.order_id, "packageCode": self.code, "name": self.name,
            "status": self.status, "flowBytes": self.flow_bytes, "usedBytes": self.used_bytes,
            "ordered": self.ordered.isoformat() if self.ordered else None,
            "activeFrom": self.active_from.isoformat() if self.active_from else None,
            "expires": self.expires.isoformat() if self.expires else None,
            "period": self.period,
        }


@dataclass(frozen=True, slots=True)
class PackageOffer:
    """A package that can be ordered (CMP package catalogue)."""

    code: str
    name: str
    package_type: str
    flow_bytes: int | None
    countries: str = ""
    available: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"packageCode": self.code, "name": self.name, "packageType": self.package_type,
                "flowBytes": self.flow_bytes, "countries": self.countries,
                "available": self.available}


@dataclass(frozen=True, slots=True)
class Cdr:
    """One call detail record: a data session or an SMS."""

    kind: str  # "data" | "sms"
    iccid: str
    start: datetime | None
    end: datetime | None = None
    bytes: int | None = None
    direction: str = ""  # "MO" | "MT" for SMS
    peer: str = ""
    network: str = ""
    plmn: str = ""
    plan: str = ""
    status: str = ""
    apn: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "ICCID": self.iccid,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None, "bytes": self.bytes,
            "direction": self.direction, "peer": self.peer, "network": self.network,
            "PLMN": self.plmn, "plan": self.plan, "status": self.status, "APN": self.apn,
        }


@dataclass(frozen=True, slots=True)
class SimDetails:
    """Everything about one SIM: identity, status, plan and packages, attributes, usage."""

    sim: Sim
    attributes: dict[str, str] = field(default_factory=dict)
    packages: tuple[Package, ...] = ()
    usage: tuple[UsageBucket, ...] = ()
    #: Platform-specific facts worth showing (data connectivity, terminal, lifecycle, ...).
    extra: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return self.sim.to_json() | {
            "attributes": dict(self.attributes),
            "packages": [p.to_json() for p in self.packages],
            "usage": [u.to_json() for u in self.usage],
            "extra": dict(self.extra),
        }


@dataclass(frozen=True, slots=True)
class StatusChange:
    """The outcome of one status change: ``changed`` False when the SIM already had it."""

    iccid: str
    before: str
    after: str
    changed: bool
    detail: str = ""
    monitor: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"ICCID": self.iccid, "before": self.before, "after": self.after,
                "changed": self.changed, "detail": self.detail, "monitor": self.monitor or None}


@dataclass(frozen=True, slots=True)
class SimFilter:
    """Which SIMs to list: status (normalised or as the platform says it), backend, free text
    matched against ICCID, IMSI, MSISDN, IMEI and name."""

    status: str = ""
    backend: str = ""
    search: str = ""

    def matches(self, sim: Sim) -> bool:
        if self.status and self.status.casefold() not in (
                sim.status.casefold(), sim.native_status.casefold()):
            return False
        if self.backend and self.backend.casefold() != sim.backend.casefold():
            return False
        text = self.search.strip().casefold()
        if text:
            fields = (sim.iccid, sim.imsi, sim.msisdn, sim.imei, sim.name)
            return any(text in value.casefold() for value in fields)
        return True


# --- events -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FleetEvent(Event):
    """Base of fleet events; ``iccid`` names the SIM."""

    iccid: str

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"event": EVENT_NAMES[type(self)]}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[_camel(f.name)] = value.isoformat() if isinstance(value, datetime) else value
        return out


@dataclass(frozen=True, slots=True)
class SimStatusChanged(FleetEvent):
    status: str
    previous: str = ""
    native_status: str = ""


@dataclass(frozen=True, slots=True)
class SmsDelivered(FleetEvent):
    """A delivery report of an SMS sent to the SIM (``delivered`` False: it failed)."""

    msg_id: str
    delivered: bool
    detail: str = ""
    msisdn: str = ""
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SmsReceived(FleetEvent):
    """An SMS the SIM sent (mobile originated) to a service number."""

    text: str
    msisdn: str = ""
    destination: str = ""
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class OrderChanged(FleetEvent):
    """A package order of the SIM changed (CMP order push, operation 1001-1010)."""

    order_id: str
    operation: str
    description: str = ""
    imsi: str = ""
    at: datetime | None = None


EVENT_NAMES: dict[type[FleetEvent], str] = {
    SimStatusChanged: "statusChanged", SmsDelivered: "smsDelivered",
    SmsReceived: "smsReceived", OrderChanged: "orderChanged",
}


def _camel(name: str) -> str:
    if name == "iccid":
        return "ICCID"
    if name == "imsi":
        return "IMSI"
    if name == "msisdn":
        return "MSISDN"
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


# --- the seam -----------------------------------------------------------------------------------

#: Fleet methods a platform may offer; the base class raises NotOffered for each.
OPTIONAL_FUNCTIONS = tuple(FUNCTION_NAMES)


class Fleet(abc.ABC):
    """Base class of every SIM platform. See the module docstring.

    ``name`` is the account's name; ``platform`` the platform module's short name ("cmo").
    """

    platform: ClassVar[str] = "fleet"

    def __init__(self, name: str) -> None:
        self.name = name
        self.events = EventHub()

    # --- life cycle ------------------------------------------------------------------------

    async def open(self) -> None:  # noqa: B027 - most platforms need nothing prepared
        """Prepare to talk to the platform (no request is needed to succeed)."""

    async def close(self) -> None:
        self.events.close_all()

    def subscribe(self) -> EventStream:
        return self.events.subscribe()

    def publish(self, event: FleetEvent) -> None:
        self.events.publish(event)

    def offers(self, function: str) -> bool:
        """True when this platform implements ``function`` (a Fleet method name)."""
        if function == "set_status":
            function = "_apply_status"
        impl = getattr(type(self), function, None)
        return impl is not None and impl is not getattr(Fleet, function, None)

    def offered(self) -> frozenset[str]:
        return frozenset(f for f in OPTIONAL_FUNCTIONS if self.offers(f))

    # --- every platform ---------------------------------------------------------------------

    @abc.abstractmethod
    def sims(self, where: SimFilter | None = None) -> AsyncIterator[Sim]:
        """Every SIM (all pages), filtered."""

    @abc.abstractmethod
    async def sim(self, iccid: str) -> SimDetails:
        """One SIM's details; UnknownSim if the platform has none with that ICCID."""

    async def lookup(self, iccids: Iterable[str]) -> dict[str, Sim]:
        """The SIMs among ``iccids`` the platform knows (in as few requests as it allows)."""
        found: dict[str, Sim] = {}
        for iccid in iccids:
            try:
                found[iccid] = (await self.sim(iccid)).sim
            except UnknownSim:
                continue
        return found

    # --- status ------------------------------------------------------------------------------

    async def set_status(self, iccid: str, status: str, *,
                         current: Sim | None = None) -> StatusChange:
        """Change one SIM's status and wait until the platform has done it (monitors polled).

        ``current`` (from :meth:`lookup`) saves a request. Raises TransitionRefused before any
        request when the table forbids the change; a SIM that already has ``status`` is left
        alone (``changed`` False).
        """
        target = parse_status(status)
        if not self.offers("set_status"):
            raise NotOffered("set_status", self.platform)
        if current is None:
            current = await self._current(iccid)
        if current.status == target:
            return StatusChange(iccid, current.status, target, False, f"already {target}")
        reason = transition_refusal(self.platform, current.backend, current.status, target)
        if reason is not None:
            raise TransitionRefused(iccid, current.status, target, reason)
        result = await self._apply_status(current, target)
        if result.changed:
            self.publish(SimStatusChanged(iccid, result.after, current.status))
        return result

    async def _current(self, iccid: str) -> Sim:
        """The SIM as it is now, for a status change (platforms may do it more cheaply)."""
        return (await self.sim(iccid)).sim

    async def _apply_status(self, sim: Sim, target: str) -> StatusChange:
        raise NotOffered("set_status", self.platform)

    # --- optional ----------------------------------------------------------------------------

    async def usage(self, iccid: str) -> list[UsageBucket]:
        raise NotOffered("usage", self.platform)

    async def cdrs(self, iccid: str, start: date | None = None,
                   end: date | None = None) -> list[Cdr]:
        raise NotOffered("cdrs", self.platform)

    async def send_sms(self, iccid: str, text: str) -> str:
        """Send ``text`` to the SIM; returns the message id delivery reports will name."""
        raise NotOffered("send_sms", self.platform)

    async def sms_status(self, iccid: str, msg_id: str = "") -> list[dict[str, Any]]:
        raise NotOffered("sms_status", self.platform)

    async def attributes(self, iccid: str) -> dict[str, str]:
        raise NotOffered("attributes", self.platform)

    async def set_attribute(self, iccid: str, name: str, value: str) -> None:
        raise NotOffered("set_attribute", self.platform)

    async def packages(self, iccid: str) -> list[Package]:
        raise NotOffered("packages", self.platform)

    async def package_catalogue(self) -> list[PackageOffer]:
        raise NotOffered("package_catalogue", self.platform)

    async def order_packages(self, iccids: list[str], offer: PackageOffer, *,
                             periods: int = 1, open_now: bool = False) -> dict[str, str]:
        """Order ``offer`` for each SIM; ICCID -> order id (or the platform's error)."""
        raise NotOffered("order_packages", self.platform)

    async def open_package(self, order_id: str) -> Package | None:
        raise NotOffered("open_package", self.platform)

    async def cancel_package(self, order_id: str) -> None:
        raise NotOffered("cancel_package", self.platform)

    async def end_package(self, order_id: str, cause: str) -> None:
        raise NotOffered("end_package", self.platform)

    async def bind_imei(self, iccid: str, imei: str, *, bind: bool = True) -> None:
        raise NotOffered("bind_imei", self.platform)

    async def binding_history(self, iccid: str) -> list[dict[str, Any]]:
        raise NotOffered("binding_history", self.platform)
