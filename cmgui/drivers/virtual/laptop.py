"""The parts of the virtual device a laptop's connection manager asks about (OpenCMAPI
Appendix B.2): its battery, its ME personalisations (control keys), the QoS of its contexts,
secondary PDP contexts and incoming voice calls.

Errors are :class:`~.errors.ModemError` with TS 27.007 codes, as the AT front end reports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import errors

#: Attempts at a personalisation's control key before it blocks (TS 22.022 leaves it to the ME).
CONTROL_KEY_TRIES = 5
UNBLOCK_TRIES = 10
#: Seconds per percent of battery drained while on battery, and gained while charging.
BATTERY_STEP = 30.0


@dataclass
class Personalisation:
    """One ME personalisation (TS 22.022): network, network subset, provider, corporate."""

    facility: str  # +CLCK facility: PN, PU, PP, PC
    code: str  # +CPIN/+CPINR name: PH-NET, PH-NETSUB, PH-SP, PH-CORP
    key: str
    unblock_key: str
    active: bool = False
    tries: int = CONTROL_KEY_TRIES
    unblock_tries: int = UNBLOCK_TRIES

    @property
    def blocked(self) -> bool:
        return self.tries == 0


def default_personalisations() -> dict[str, Personalisation]:
    """The network lock is on (satisfied by the SIM it came with); the others are off."""
    return {
        "PN": Personalisation("PN", "PH-NET", "12341234", "87654321", active=True),
        "PU": Personalisation("PU", "PH-NETSUB", "23452345", "76543210"),
        "PP": Personalisation("PP", "PH-SP", "34563456", "65432109"),
        "PC": Personalisation("PC", "PH-CORP", "45674567", "54321098"),
    }


class Personalisations:
    """+CLCK "PN"/"PU"/"PP"/"PC" and their attempt counters (+CPINR "PH-NET PIN" …)."""

    def __init__(self) -> None:
        self.locks = default_personalisations()

    def get(self, facility: str) -> Personalisation:
        lock = self.locks.get(facility.upper())
        if lock is None:
            raise errors.cme(errors.NOT_SUPPORTED)
        return lock

    def by_code(self, code: str) -> Personalisation | None:
        for lock in self.locks.values():
            if code.upper().startswith(lock.code):
                return lock
        return None

    def set_active(self, facility: str, active: bool, key: str) -> None:
        lock = self.get(facility)
        if lock.blocked:
            raise errors.cme(errors.NOT_ALLOWED)
        if key != lock.key:
            lock.tries = max(0, lock.tries - 1)
            raise errors.cme(errors.INCORRECT_PASSWORD)
        lock.tries = CONTROL_KEY_TRIES
        lock.active = active

    def blocked(self) -> Personalisation | None:
        """The first blocked personalisation (+CPIN? then asks for its unblocking key)."""
        return next((lock for lock in self.locks.values() if lock.blocked), None)

    def unblock(self, key: str) -> None:
        lock = self.blocked()
        if lock is None:
            raise errors.cme(errors.NOT_ALLOWED)
        if lock.unblock_tries == 0:
            raise errors.cme(errors.NOT_ALLOWED)
        if key != lock.unblock_key:
            lock.unblock_tries -= 1
            raise errors.cme(errors.INCORRECT_PASSWORD)
        lock.tries = CONTROL_KEY_TRIES
        lock.unblock_tries = UNBLOCK_TRIES
        lock.active = False


@dataclass
class Battery:
    """A battery that drains on battery power and charges on external power (+CBC)."""

    present: bool = True
    level: int = 87
    external_power: bool = False
    fault: bool = False
    _elapsed: float = 0.0

    def tick(self, dt: float) -> None:
        if not self.present or self.fault:
            return
        self._elapsed += dt
        while self._elapsed >= BATTERY_STEP:
            self._elapsed -= BATTERY_STEP
            self.level = min(100, self.level + 1) if self.external_power \
                else max(0, self.level - 1)

    def cbc(self) -> tuple[int, int]:
        """(<bcs>, <bcl>) of TS 27.007 +CBC."""
        if not self.present:
            return 2, 0
        if self.fault:
            return 3, 0
        return (1 if self.external_power else 0), self.level


@dataclass
class QoS:
    """The EPS bearer QoS of a context (TS 27.007 +CGEQOS / +CGEQOSRDP), bit rates in kbit/s."""

    qci: int
    dl_gbr: int = 0
    ul_gbr: int = 0
    dl_mbr: int = 0
    ul_mbr: int = 0


#: The default bearer's QoS, and the aggregate maximum bit rates of the subscription.
DEFAULT_QOS = QoS(9)
AMBR = (150_000, 50_000)
#: What the network grants a secondary (dedicated) bearer: conversational voice-grade GBR.
SECONDARY_QOS = QoS(1, 128, 128, 256, 256)


@dataclass
class Voice:
    """Incoming voice calls: the device rings (RING, +CLIP) until answered or hung up."""

    fclass: int = 0  # +FCLASS: 0 data, 8 voice
    ringing: str | None = None
    active: bool = False
    calls: list[str] = field(default_factory=list)
