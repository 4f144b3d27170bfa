"""Packet data: PDP contexts, activation, addresses and byte counters."""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import errors

INVALID_APN = "invalid.apn"
SM_CAUSE_UNKNOWN_APN = 27
PDP_TYPES = ("IP", "IPV6", "IPV4V6")


@dataclass
class PdpContext:
    cid: int
    pdp_type: str = "IP"
    apn: str = ""
    active: bool = False
    address: str = ""
    connected_at: float = 0.0
    tx_bytes: int = 0
    rx_bytes: int = 0
    tx_rate: int = 0  # bytes/s over the last tick
    rx_rate: int = 0


@dataclass(frozen=True)
class PdpAuth:
    """A context's credentials as the modem took them (``protocol``: none, PAP, CHAP,
    PAPOrCHAP)."""

    protocol: str = "none"
    user: str = ""
    password: str = ""


class DataService:
    """PDP contexts of the device; counters grow while a context is active."""

    DNS = ("100.64.0.53", "100.64.0.54")
    GATEWAY = "100.64.0.1"
    MAX_CID = 16

    def __init__(self, seed: int, default_apn: str = "internet") -> None:
        self._rng = random.Random(seed ^ 0x5EED)
        self.contexts: dict[int, PdpContext] = {1: PdpContext(1, "IP", default_apn)}
        #: Secondary contexts (+CGDSCONT): cid -> the primary cid they share an address with.
        self.secondary: dict[int, int] = {}
        #: Credentials per cid, from the dialect's authentication command.
        self.auth: dict[int, PdpAuth] = {}
        self.last_error_cause = 0
        self.total_tx = 0
        self.total_rx = 0
        #: No traffic flows while set (the session goes quiet: the traffic channel is dormant).
        self.idle = False

    def define(self, cid: int, pdp_type: str, apn: str) -> None:
        if not 1 <= cid <= self.MAX_CID or pdp_type.upper() not in PDP_TYPES:
            raise errors.cme(errors.BAD_PARAMS)
        ctx = self.contexts.get(cid)
        if ctx is not None and ctx.active:
            raise errors.cme(errors.NOT_ALLOWED)
        self.contexts[cid] = PdpContext(cid, pdp_type.upper(), apn)

    def set_auth(self, cid: int, auth: PdpAuth) -> None:
        if not 1 <= cid <= self.MAX_CID:
            raise errors.cme(errors.BAD_PARAMS)
        self.auth[cid] = auth

    def undefine(self, cid: int) -> None:
        ctx = self.contexts.get(cid)
        if ctx is not None and ctx.active:
            raise errors.cme(errors.NOT_ALLOWED)
        self.contexts.pop(cid, None)
        self.secondary.pop(cid, None)

    def define_secondary(self, cid: int, primary: int) -> None:
        """+CGDSCONT: a secondary context on ``primary`` (which must be a defined primary)."""
        if not 1 <= cid <= self.MAX_CID or cid == primary or primary in self.secondary:
            raise errors.cme(errors.BAD_PARAMS)
        base = self.get(primary)
        ctx = self.contexts.get(cid)
        if ctx is not None and ctx.active:
            raise errors.cme(errors.NOT_ALLOWED)
        self.contexts[cid] = PdpContext(cid, base.pdp_type, base.apn)
        self.secondary[cid] = primary

    def get(self, cid: int) -> PdpContext:
        ctx = self.contexts.get(cid)
        if ctx is None:
            raise errors.cme(errors.BAD_PARAMS)
        return ctx

    def activate(self, cid: int, now: float) -> PdpContext:
        """Activate a defined context (the caller checks registration)."""
        ctx = self.get(cid)
        if ctx.active:
            return ctx
        if ctx.apn.lower() == INVALID_APN:
            self.last_error_cause = SM_CAUSE_UNKNOWN_APN
            raise errors.cme(errors.SERVICE_OPTION_OUT_OF_ORDER)
        self.last_error_cause = 0
        ctx.active = True
        primary = self.secondary.get(cid)
        ctx.address = self.contexts[primary].address if primary is not None \
            else f"100.64.{10 + cid}.{self._rng.randrange(2, 254)}"
        ctx.connected_at = now
        ctx.tx_bytes = ctx.rx_bytes = ctx.tx_rate = ctx.rx_rate = 0
        return ctx

    def deactivate(self, cid: int) -> PdpContext:
        ctx = self.get(cid)
        ctx.active = False
        ctx.address = ""
        ctx.tx_rate = ctx.rx_rate = 0
        return ctx

    def active(self) -> list[PdpContext]:
        return [c for c in self.contexts.values() if c.active]

    def tick(self, dt: float) -> None:
        """Traffic for ``dt`` seconds on every active context."""
        for ctx in self.active():
            if self.idle:
                ctx.rx_rate = ctx.tx_rate = 0
                continue
            ctx.rx_rate = self._rng.randrange(20_000, 120_000)
            ctx.tx_rate = self._rng.randrange(2_000, 12_000)
            rx, tx = int(ctx.rx_rate * dt), int(ctx.tx_rate * dt)
            ctx.rx_bytes += rx
            ctx.tx_bytes += tx
            self.total_rx += rx
            self.total_tx += tx
