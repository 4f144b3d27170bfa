"""Radio side: operators on the air, mode preference, registration state and signal."""

from __future__ import annotations

import enum
import random
from dataclasses import dataclass


class AcT(enum.IntEnum):
    """Access technology, valued as in +COPS/+CREG <AcT> (TS 27.007 §7.3)."""

    GSM = 0
    UMTS = 2
    LTE = 7
    NR5G = 12  # NG-RAN


class ModePref(enum.Enum):
    """Network mode preference ("auto" picks the best AcT an operator offers)."""

    AUTO = "auto"
    GSM = "2g"
    UMTS = "3g"
    LTE = "4g"
    NR5G = "5g"

    def allows(self, act: AcT) -> bool:
        if self is ModePref.AUTO:
            return True
        return _MODE_ACT[self] is act


_AUTO_ORDER = (AcT.LTE, AcT.NR5G, AcT.UMTS, AcT.GSM)
_MODE_ACT = {ModePref.GSM: AcT.GSM, ModePref.UMTS: AcT.UMTS, ModePref.LTE: AcT.LTE,
             ModePref.NR5G: AcT.NR5G}


class RegStat(enum.IntEnum):
    """<stat> of +CREG/+CGREG/+CEREG/+C5GREG."""

    NOT_REGISTERED = 0
    HOME = 1
    SEARCHING = 2
    DENIED = 3
    UNKNOWN = 4
    ROAMING = 5


@dataclass(frozen=True)
class Operator:
    long_name: str
    short_name: str
    numeric: str
    acts: tuple[AcT, ...]
    home: bool = False
    forbidden: bool = False
    lac: int = 0x1A2B
    tac: int = 0x3C4D
    cell_id: int = 0x01A2B3C

    def best_act(self, mode: ModePref) -> AcT | None:
        """The AcT the device camps on: in "auto", LTE first (an NSA-style anchor), then NR,
        UMTS, GSM; otherwise the one AcT the mode allows."""
        allowed = [a for a in self.acts if mode.allows(a)]
        return min(allowed, key=_AUTO_ORDER.index) if allowed else None


def default_operators() -> tuple[Operator, ...]:
    """Home network, two roaming partners and a forbidden one, on the 001 test MCC."""
    all_acts = (AcT.GSM, AcT.UMTS, AcT.LTE, AcT.NR5G)
    return (
        Operator("Virtual Telecom", "VirtTel", "00101", all_acts, home=True,
                 lac=0x1A2B, tac=0x3C4D, cell_id=0x01A2B3C),
        Operator("Roam Partner One", "RoamOne", "00102", (AcT.GSM, AcT.UMTS, AcT.LTE),
                 lac=0x2B3C, tac=0x4D5E, cell_id=0x02B3C4D),
        Operator("Roam Partner Two", "RoamTwo", "00103", (AcT.GSM, AcT.LTE),
                 lac=0x3C4D, tac=0x5E6F, cell_id=0x03C4D5E),
        Operator("Forbidden Net", "Forbid", "00104", (AcT.GSM, AcT.UMTS, AcT.LTE),
                 forbidden=True, lac=0x4D5E, tac=0x6F70, cell_id=0x04D5E6F),
    )


@dataclass(frozen=True)
class Registration:
    """What the device is registered on (``operator is None`` when not registered)."""

    stat: RegStat
    operator: Operator | None = None
    act: AcT | None = None

    @property
    def registered(self) -> bool:
        return self.stat in (RegStat.HOME, RegStat.ROAMING)


NOT_REGISTERED = Registration(RegStat.NOT_REGISTERED)
SEARCHING = Registration(RegStat.SEARCHING)


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


class Signal:
    """A seeded random walk of LTE-style measurements; other metrics are derived from it."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self.rsrp = -88.0  # dBm
        self.rsrq = -9.0  # dB
        self.sinr = 14.0  # dB

    def step(self) -> None:
        self.rsrp = _clamp(self.rsrp + self._rng.uniform(-2.0, 2.0), -118.0, -68.0)
        self.rsrq = _clamp(self.rsrq + self._rng.uniform(-0.5, 0.5), -16.0, -5.0)
        self.sinr = _clamp(self.sinr + self._rng.uniform(-1.0, 1.0), -3.0, 28.0)

    @property
    def rssi_dbm(self) -> int:
        """Received power over the whole channel (about RSRP + 27 dB for a 10 MHz carrier)."""
        return round(self.rsrp + 27)

    @property
    def rscp_dbm(self) -> int:
        return round(self.rsrp - 5)

    @property
    def ecno_db(self) -> float:
        return round(_clamp(self.rsrq + 2, -24.0, 0.0) * 2) / 2

    def csq(self) -> tuple[int, int]:
        """+CSQ <rssi>,<ber> indices (0..31, 99 unknown)."""
        return int(_clamp((self.rssi_dbm + 113) // 2, 0, 31)), 99

    def cesq_rsrp(self) -> int:
        return int(_clamp(round(self.rsrp) + 141, 0, 97))

    def cesq_rsrq(self) -> int:
        return int(_clamp(round(self.rsrq * 2) + 40, 0, 34))

    def cesq_rxlev(self) -> int:
        return int(_clamp(self.rssi_dbm + 111, 0, 63))

    def cesq_rscp(self) -> int:
        return int(_clamp(self.rscp_dbm + 121, 0, 96))

    def cesq_ecno(self) -> int:
        return int(_clamp(round(self.ecno_db * 2) + 49, 0, 49))

    def ss_sinr(self) -> int:
        """NR SS-SINR index (0 below -23 dB, then 0.5 dB steps, TS 27.007 +CESQ)."""
        return int(_clamp(round((self.sinr + 23) * 2) + 1, 0, 127))
