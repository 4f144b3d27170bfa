"""Fleet data, not code: normalised statuses, each platform's status words, allowed transitions
and request rate limits. Change a fact here and nothing else changes.

Sources: the CMO seed (``cmo-api-backends-and-features.txt``), its status mapping tables and its
transition table, and protocol-notes (CMP lifecycle, 1NCE's limit). The seed's transition table
lost its empty cells: only the number of backends per transition is certain (ACTIVE↔SUSPENDED on
8 of its 9 columns, CREATED→ACTIVE, PENDING_TERMINATE→ACTIVE and ACTIVE→TERMINATED on 2 each,
PENDING_ACTIVE→ACTIVE, ACTIVE↔BLOCKED and TERMINATED→ACTIVE on 1 each). The columns below are a
reconstruction that keeps those counts and each backend's own status words (a backend gets a
transition only if its mapping table has both states); it is *unconfirmed*, so it lives here
alone, and a platform's answer is the final word for every transition this table allows.
"""

from __future__ import annotations

from typing import Final

#: The ten normalised statuses of the CMO seed (TM Forum SID), in lifecycle order.
NORMALISED_STATUSES: Final = (
    "CREATED", "PENDING_ACTIVE", "INVENTORY", "ACTIVE", "SUSPENDED", "BLOCKED",
    "PENDING_TERMINATE", "TERMINATED", "DELETED", "UNKNOWN",
)

#: CMO backends (the seed's "ref as" names); VIASAT in the transition table is GALAXY1.
CMO_BACKENDS: Final = (
    "TMSP", "IOTA", "TMUS", "JASPER", "INTELSAT", "AIRLINQ", "1NCE", "STC", "TURKCELL", "GALAXY1",
)

#: Backends whose SIM status change is answered with a monitor (protocol-notes).
CMO_ASYNC_BACKENDS: Final = frozenset({"TMSP", "INTELSAT", "AIRLINQ", "STC", "TURKCELL", "GALAXY1"})

#: Backends that sell satellite terminals rather than SIMs.
CMO_SATELLITE_BACKENDS: Final = frozenset({"INTELSAT", "GALAXY1"})

#: Each backend's own status words -> normalised status (the seed's mapping tables). Words are
#: compared without regard to case or surrounding blanks. A word not listed maps to nothing and
#: is shown as it came (the seed's INACTIVE cell lost its column, so it is not listed).
STATUS_WORDS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "cmo": {
        "TMSP": {
            "Ordered": "CREATED", "Ordered for Stock": "CREATED", "On Stock": "INVENTORY",
            "Delivered": "PENDING_ACTIVE", "Test": "ACTIVE", "Productive": "ACTIVE",
            "Suspended": "SUSPENDED", "Blocked(automatically)": "BLOCKED",
            "Blocked(manually)": "BLOCKED", "Blocked(by operator)": "BLOCKED",
            "Terminated": "TERMINATED", "Deleted": "DELETED", "Undefined": "UNKNOWN",
        },
        "TMUS": {
            "INVENTORY": "INVENTORY", "ACTIVATION_READY": "PENDING_ACTIVE",
            "ACTIVATED": "ACTIVE", "TEST_READY": "ACTIVE", "DEACTIVATED": "SUSPENDED",
            "RETIRED": "PENDING_TERMINATE", "PURGED": "TERMINATED",
        },
        "JASPER": {
            "INVENTORY": "INVENTORY", "ACTIVATION_READY": "PENDING_ACTIVE",
            "ACTIVATED": "ACTIVE", "TEST_READY": "ACTIVE", "DEACTIVATED": "SUSPENDED",
            "RETIRED": "PENDING_TERMINATE", "PURGED": "TERMINATED",
        },
        "IOTA": {
            "ACTIVE_NO_BILLING": "PENDING_ACTIVE", "ACTIVE": "ACTIVE",
            "DEACTIVATED": "SUSPENDED", "DEACTIVATED_NO_BILLING": "PENDING_TERMINATE",
            "TERMINATED": "TERMINATED",
        },
        "AIRLINQ": {
            "TEST": "CREATED", "READY": "PENDING_ACTIVE", "ACTIVE": "ACTIVE",
            "SUSPEND": "SUSPENDED", "BLOCKED": "BLOCKED", "CEASE": "PENDING_TERMINATE",
            "TERMINATED": "TERMINATED",
        },
        "1NCE": {"Enabled": "ACTIVE", "Disabled": "SUSPENDED"},
        "STC": {"ACTIVE": "ACTIVE", "SUSPENDED": "SUSPENDED"},
        # Turkcell has no SIM status of its own: contract status "a" with nothing barred is
        # ACTIVE, "a" with barrings SUSPENDED, "d" TERMINATED (the seed's calculation rules).
        "TURKCELL": {"a": "ACTIVE", "a/barred": "SUSPENDED", "d": "TERMINATED"},
        # Satellite terminals: product contract status / terminal aggregated status.
        "INTELSAT": {
            "new": "CREATED", "new/locked": "PENDING_ACTIVE", "active/online": "ACTIVE",
            "active/suspended": "SUSPENDED", "suspended": "SUSPENDED",
            "active/offline": "BLOCKED", "cancelation": "PENDING_TERMINATE", "ended": "TERMINATED",
        },
        "GALAXY1": {},
    },
    # CMP: the device's lifecycle stage (queryDevice ``lifecycle``); a paused order (order
    # status 5) makes the SIM SUSPENDED whatever its stage.
    "cmp": {
        "*": {
            "lifecycle 0": "INVENTORY", "lifecycle 1": "PENDING_ACTIVE",
            "lifecycle 2": "ACTIVE", "lifecycle 3": "SUSPENDED", "lifecycle 4": "TERMINATED",
            "lifecycle 5": "INVENTORY", "order 5": "SUSPENDED",
        },
    },
}

_ALL_BUT_VIASAT = ("TMSP", "TMUS", "IOTA", "JASPER", "AIRLINQ", "1NCE", "STC", "TURKCELL")

#: (from, to) -> the backends where the platform implements it. Any pair not listed is refused
#: for every backend; ``"*"`` is every backend of the platform.
TRANSITIONS: Final[dict[str, dict[tuple[str, str], tuple[str, ...]]]] = {
    "cmo": {
        ("CREATED", "ACTIVE"): ("TMSP", "AIRLINQ"),
        ("PENDING_ACTIVE", "ACTIVE"): ("TMUS",),
        ("ACTIVE", "SUSPENDED"): (*_ALL_BUT_VIASAT, "INTELSAT"),
        ("SUSPENDED", "ACTIVE"): (*_ALL_BUT_VIASAT, "INTELSAT"),
        ("PENDING_TERMINATE", "ACTIVE"): ("TMUS", "JASPER"),
        ("ACTIVE", "BLOCKED"): ("TMSP",),
        ("BLOCKED", "ACTIVE"): ("TMSP",),
        ("ACTIVE", "TERMINATED"): ("TMSP", "AIRLINQ"),
        ("TERMINATED", "ACTIVE"): ("IOTA",),
    },
    # CMP: pauseService and restartService (an order is paused or restarted).
    "cmp": {
        ("ACTIVE", "SUSPENDED"): ("*",),
        ("SUSPENDED", "ACTIVE"): ("*",),
    },
}

#: Backends with no status change at all. The seed's feature table also marks TURKCELL ✖ for SIM
#: status changes, while its transition table counts 8 backends for ACTIVE↔SUSPENDED, which needs
#: TURKCELL: the table above lets the call through and the platform decides. INTELSAT's
#: transitions above are those of its satellite terminals.
NO_STATUS_CHANGE: Final[dict[str, frozenset[str]]] = {
    "cmo": frozenset({"GALAXY1"}),
    "cmp": frozenset(),
}

#: Requests per second each backend allows (per organisation); None: no published limit.
RATE_LIMITS: Final[dict[str, dict[str, float]]] = {
    "cmo": {"1NCE": 10.0},
    "cmp": {},
}
