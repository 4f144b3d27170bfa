"""The simulated fleet: SIMs with identities, statuses, plans, usage and custom attributes,
generated deterministically (the same ``count`` and ``seed`` give the same fleet every run)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

MIB = 1024 * 1024

#: CMO backends, how many of every 20 SIMs each gets, and whether it answers status changes
#: with a monitor (asynchronous) - protocol-notes.
CMO_BACKENDS: dict[str, tuple[int, bool]] = {
    "TMSP": (3, True), "IOTA": (2, False), "TMUS": (2, False), "JASPER": (2, False),
    "INTELSAT": (1, True), "AIRLINQ": (2, True), "1NCE": (4, False), "STC": (1, True),
    "TURKCELL": (2, True), "GALAXY1": (1, True),
}
SATELLITE = frozenset({"INTELSAT", "GALAXY1"})

#: Each backend's own word for a normalised status (what its portal shows).
NATIVE_WORDS: dict[str, dict[str, str]] = {
    "TMSP": {"CREATED": "Ordered", "INVENTORY": "On Stock", "PENDING_ACTIVE": "Delivered",
             "ACTIVE": "Productive", "SUSPENDED": "Suspended", "BLOCKED": "Blocked(manually)",
             "TERMINATED": "Terminated", "DELETED": "Deleted", "UNKNOWN": "Undefined"},
    "TMUS": {"INVENTORY": "INVENTORY", "PENDING_ACTIVE": "ACTIVATION_READY",
             "ACTIVE": "ACTIVATED", "SUSPENDED": "DEACTIVATED", "PENDING_TERMINATE": "RETIRED",
             "TERMINATED": "PURGED"},
    "IOTA": {"PENDING_ACTIVE": "ACTIVE_NO_BILLING", "ACTIVE": "ACTIVE",
             "SUSPENDED": "DEACTIVATED", "PENDING_TERMINATE": "DEACTIVATED_NO_BILLING",
             "TERMINATED": "TERMINATED"},
    "AIRLINQ": {"CREATED": "TEST", "PENDING_ACTIVE": "READY", "ACTIVE": "ACTIVE",
                "SUSPENDED": "SUSPEND", "BLOCKED": "BLOCKED", "PENDING_TERMINATE": "CEASE",
                "TERMINATED": "TERMINATED"},
    "1NCE": {"ACTIVE": "Enabled", "SUSPENDED": "Disabled"},
    "STC": {"ACTIVE": "ACTIVE", "SUSPENDED": "SUSPENDED"},
    "TURKCELL": {"ACTIVE": "a", "SUSPENDED": "a/barred", "TERMINATED": "d"},
    "INTELSAT": {"ACTIVE": "active/online", "SUSPENDED": "active/suspended",
                 "BLOCKED": "active/offline", "TERMINATED": "ended"},
}
NATIVE_WORDS["JASPER"] = NATIVE_WORDS["TMUS"]

PLANS = ("IoT Basic 50 MB", "IoT Flex 500 MB", "IoT Pro 5 GB", "Satellite Track 20 MB")
ATTRIBUTE_NAMES = ("site", "vehicle", "customer")
SITES = ("Hamburg depot", "Berlin yard", "Munich plant", "Vienna store", "Lyon hub")


def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        value = int(ch) * (2 if i % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


@dataclass
class SimRecord:
    """One simulated SIM (or satellite terminal)."""

    iccid: str
    imsi: str
    msisdn: str
    imei: str
    name: str
    backend: str
    status: str
    plan: str
    limit_bytes: int
    used_bytes: int
    last_seen: datetime
    attributes: dict[str, str] = field(default_factory=dict)
    #: A platform word that is none of the ten (the docs' own "INACTIVE"), shown as is.
    raw_status: str = ""
    #: The backend's tariff refuses every status change of this SIM (409/422 from the server).
    locked: bool = False
    #: An asynchronous change of this SIM ends ``InError``.
    fails_async: bool = False

    @property
    def satellite(self) -> bool:
        return self.backend in SATELLITE

    @property
    def native(self) -> str:
        if self.raw_status:
            return self.raw_status
        return NATIVE_WORDS.get(self.backend, {}).get(self.status, self.status)


def _status(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.72:
        return "ACTIVE"
    if roll < 0.86:
        return "SUSPENDED"
    if roll < 0.91:
        return "INVENTORY"
    if roll < 0.94:
        return "PENDING_ACTIVE"
    if roll < 0.96:
        return "CREATED"
    if roll < 0.98:
        return "BLOCKED"
    return "TERMINATED"


def _backend_cycle() -> list[str]:
    cycle: list[str] = []
    for name, (share, _) in CMO_BACKENDS.items():
        cycle += [name] * share
    return cycle


def make_fleet(count: int, *, seed: int = 1, backends: list[str] | None = None,
               now: datetime | None = None) -> list[SimRecord]:
    """``count`` SIMs spread over ``backends`` (default: the CMO backends by their shares)."""
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    cycle = backends or _backend_cycle()
    sims: list[SimRecord] = []
    for i in range(count):
        backend = cycle[i % len(cycle)]
        body = f"89{49 if backend != 'TURKCELL' else 90}{(i * 7919 + seed) % 10**14:014d}"
        iccid = body + luhn_digit(body)
        status = _status(rng)
        plan = PLANS[3] if backend in SATELLITE else PLANS[rng.randrange(3)]
        limit = {PLANS[0]: 50, PLANS[1]: 500, PLANS[2]: 5120, PLANS[3]: 20}[plan] * MIB
        used = int(limit * rng.random() ** 2) if status == "ACTIVE" else 0
        satellite = backend in SATELLITE
        sim = SimRecord(
            iccid=f"TS{i + 1:08d}" if satellite else iccid,
            imsi="" if satellite else f"26201{i:010d}",
            msisdn="" if satellite else f"4915{(i * 31 + 1000000) % 10**9:09d}",
            imei="" if satellite else f"35{rng.randrange(10**12):012d}0",
            name=f"{'vessel' if satellite else 'unit'}-{i + 1:05d}", backend=backend,
            status=status, plan=plan, limit_bytes=limit, used_bytes=used,
            last_seen=now - timedelta(minutes=rng.randrange(60 * 24 * 30)),
            attributes={"site": SITES[i % len(SITES)]} if i % 3 == 0 else {})
        if backend == "1NCE" and i % 97 == 13:
            sim.raw_status = "INACTIVE"
        sim.locked = i % 53 == 52
        sim.fails_async = i % 41 == 40
        sims.append(sim)
    return sims
