"""The serving carrier of the virtual network: band, channels and frequencies per operator and
access technology, so every vendor command that reports them (+QNWINFO, +QENG, ^HFREQINFO,
!GSTATUS) tells the same story.

Channels follow the 3GPP rasters: ARFCN (TS 45.005), UARFCN (TS 25.101), EARFCN
(TS 36.101 5.7.3) and NR-ARFCN (TS 38.104 5.4.2).
"""

from __future__ import annotations

from dataclasses import dataclass

from .radio import AcT, Operator


@dataclass(frozen=True)
class Carrier:
    band: int  # 3GPP operating band; for GSM the band's MHz (900, 1800)
    dl_channel: int
    ul_channel: int
    dl_khz: int
    ul_khz: int
    bandwidth_khz: int
    tdd: bool = False

    @property
    def lte_bandwidth_index(self) -> int:
        """+QENG's bandwidth code: 0..5 for 1.4, 3, 5, 10, 15, 20 MHz."""
        return {1400: 0, 3000: 1, 5000: 2, 10000: 3, 15000: 4, 20000: 5}.get(
            self.bandwidth_khz, 5)


_HOME = {
    AcT.GSM: Carrier(900, 62, 62, 947_400, 902_400, 200),
    AcT.UMTS: Carrier(1, 10700, 9750, 2_140_000, 1_950_000, 5_000),
    AcT.LTE: Carrier(3, 1300, 19300, 1_815_000, 1_720_000, 20_000),
    AcT.NR5G: Carrier(78, 627264, 627264, 3_408_960, 3_408_960, 100_000, tdd=True),
}
_PARTNER = {
    AcT.GSM: Carrier(1800, 700, 700, 1_842_800, 1_747_800, 200),
    AcT.UMTS: Carrier(8, 3012, 2787, 942_400, 897_400, 5_000),
    AcT.LTE: Carrier(20, 6300, 24300, 806_000, 847_000, 10_000),
    AcT.NR5G: Carrier(78, 636666, 636666, 3_549_990, 3_549_990, 100_000, tdd=True),
}


def carrier(operator: Operator, act: AcT) -> Carrier:
    """The carrier the device camps on with ``operator`` on ``act``."""
    return (_HOME if operator.home else _PARTNER)[act]
