"""Radio facts the RF information needs and modems leave out: band names, the uplink channel that
goes with a downlink one, and peak data rates by LTE UE category.

Sources: TS 36.101 table 5.7.3-1 (EARFCN), TS 25.101 table 5.2 (UARFCN), TS 45.005 (ARFCN),
TS 38.104 (NR bands), TS 36.306 tables 4.1-1 and 4.1A-2 (peak bits per TTI, which are kbit/s).
"""

from __future__ import annotations

import re
from typing import Literal

Radio = Literal["GSM", "WCDMA_UMTS", "LTE", "NR"]

#: TS 27.007 <AcT> -> radio family.
RADIO_BY_ACT: dict[int, Radio] = {
    0: "GSM", 1: "GSM", 3: "GSM", 8: "GSM", 2: "WCDMA_UMTS", 4: "WCDMA_UMTS", 5: "WCDMA_UMTS",
    6: "WCDMA_UMTS", 7: "LTE", 9: "LTE", 10: "LTE", 11: "NR", 12: "NR", 13: "LTE",
}

#: Nominal MHz of common bands, for labels.
_LTE_MHZ = {1: 2100, 2: 1900, 3: 1800, 4: 1700, 5: 850, 7: 2600, 8: 900, 12: 700, 13: 700,
            17: 700, 20: 800, 25: 1900, 26: 850, 28: 700, 32: 1500, 38: 2600, 40: 2300,
            41: 2500, 42: 3500, 43: 3700, 66: 1700, 71: 600}
_NR_MHZ = {1: 2100, 3: 1800, 7: 2600, 8: 900, 20: 800, 28: 700, 38: 2600, 41: 2500,
           71: 600, 77: 3700, 78: 3500, 79: 4700}
_UMTS = {1: ("I", 2100, 950), 2: ("II", 1900, 400), 4: ("IV", 1700, 225), 5: ("V", 850, 225),
         8: ("VIII", 900, 225)}
#: UMTS band -> downlink UARFCN range (general channels).
_UARFCN_DL = {1: (10562, 10838), 2: (9662, 9938), 4: (1537, 1738), 5: (4357, 4458),
              8: (2937, 3088)}
_NR_TDD = frozenset({34, 38, 39, 40, 41, 46, 47, 48, 77, 78, 79})


def band_label(radio: Radio, band: int | None) -> str:
    """``"LTE band 3 (1800)"``, ``"UMTS band I (2100)"``, ``"GSM 900"``,
    ``"NR band n78 (3500)"``."""
    if band is None:
        return ""
    if radio == "GSM":
        return f"GSM {band}"
    if radio == "WCDMA_UMTS":
        roman, mhz, _ = _UMTS.get(band, (str(band), 0, 0))
        return f"UMTS band {roman}" + (f" ({mhz})" if mhz else "")
    if radio == "LTE":
        lte_mhz = _LTE_MHZ.get(band)
        return f"LTE band {band}" + (f" ({lte_mhz})" if lte_mhz else "")
    nr_mhz = _NR_MHZ.get(band)
    return f"NR band n{band}" + (f" ({nr_mhz})" if nr_mhz else "")


def umts_band(uarfcn: int) -> int | None:
    """The UMTS band of a downlink UARFCN, when it is one of the common ones."""
    return next((b for b, (low, high) in _UARFCN_DL.items() if low <= uarfcn <= high), None)


def uplink_channel(radio: Radio, band: int | None, downlink: int) -> int | None:
    """The uplink channel paired with ``downlink`` (None where the band is not known here)."""
    if radio == "GSM":
        return downlink  # one ARFCN names both directions
    if band is None:
        return None
    if radio == "WCDMA_UMTS":
        entry = _UMTS.get(band)
        return downlink - entry[2] if entry is not None else None
    if radio == "LTE":
        if 1 <= band <= 28:
            return downlink + 18000  # FDD bands 1-28: N_Offs-UL - N_Offs-DL
        if 33 <= band <= 53:
            return downlink  # TDD
        return None
    return downlink if band in _NR_TDD else None


_BAND_TEXT = re.compile(r"(?:BAND\s*N?|\bB|\bN)(\d+)", re.IGNORECASE)
_GSM_TEXT = {"850": 850, "900": 900, "1800": 1800, "1900": 1900}
_UMTS_BY_MHZ = {2100: 1, 1900: 2, 1700: 4, 850: 5, 900: 8}


def parse_band_text(radio: Radio, text: str) -> int | None:
    """A band number from a vendor's label: ``"LTE BAND 3"``, ``"B3"``, ``"NR5G BAND 78"``,
    ``"WCDMA 2100"``, ``"GSM 900"``, ``"DCS 1800"``; None if it names none."""
    upper = text.upper()
    if radio in ("LTE", "NR"):
        match = _BAND_TEXT.search(upper)
        return int(match.group(1)) if match else None
    digits = re.findall(r"\d{3,4}", upper)
    if not digits:
        return None
    if radio == "GSM":
        return _GSM_TEXT.get(digits[-1])
    return _UMTS_BY_MHZ.get(int(digits[-1]))


#: LTE UE category -> (downlink, uplink) peak kbit/s (TS 36.306 table 4.1-1).
_CATEGORY: dict[int, tuple[int, int]] = {
    1: (10296, 5160), 2: (51024, 25456), 3: (102048, 51024), 4: (150752, 51024),
    5: (299552, 75376), 6: (301504, 51024), 7: (301504, 102048), 8: (2998560, 1497760),
    9: (452256, 51024), 10: (452256, 102048), 11: (603008, 51024), 12: (603008, 102048),
}
#: Uplink categories (TS 36.306 table 4.1A-2) where they differ from the legacy ones.
_UL_CATEGORY: dict[int, int] = {1: 5160, 2: 25456, 3: 51024, 4: 51024, 5: 75376, 7: 102048,
                                8: 1497760, 13: 150752}

#: LTE category of modem models whose firmware does not report one (their data sheets).
_MODEL_CATEGORY: tuple[tuple[str, int], ...] = (
    ("EC21", 1), ("EC25", 4), ("EG06", 6), ("EM06", 6), ("EP06", 6), ("EG12", 12),
    ("EM12", 12), ("EM7455", 6), ("MC7455", 6), ("EM7565", 12), ("E3372", 4), ("ME909", 4),
)


def lte_peak_rates(dl_category: int, ul_category: int | None = None) -> tuple[int, int] | None:
    """(downlink, uplink) peak kbit/s of an LTE UE category; None for one not in the table."""
    rates = _CATEGORY.get(dl_category)
    if rates is None:
        return None
    ul = _UL_CATEGORY.get(ul_category) if ul_category is not None else None
    return rates[0], ul if ul is not None else rates[1]


def category_for_model(model: str) -> int | None:
    upper = model.upper()
    return next((cat for prefix, cat in _MODEL_CATEGORY if upper.startswith(prefix)), None)
