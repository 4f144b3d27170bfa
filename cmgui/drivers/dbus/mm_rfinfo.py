"""CMAPI_Network_GetRFInfo on a ModemManager modem: the serving radio, band, channels, peak rates.

The radio is the best of ``Modem.AccessTechnologies`` while the modem is registered
(``Modem3gpp.RegistrationState``). The serving cell's channel comes from ``Modem.GetCellInfo``
(ModemManager 1.20): ``arfcn`` (GSM), ``uarfcn`` (UMTS), ``earfcn`` (LTE), ``nrarfcn`` (NR); the
band is derived from the channel where the raster names one band (TS 36.101 table 5.7.3-1, TS
25.101), and the uplink channel from the downlink one (:mod:`cmgui.at.radio`). An older
ModemManager, or a modem whose plugin does not report cells, gives the radio alone (band and
channels ``""``). Peak rates are those of the model's LTE UE category (its data sheet), 0 where
unknown or off LTE: ModemManager reports no UE category.
"""

from __future__ import annotations

import logging
from typing import Any

from cmgui.at import radio as rf
from cmgui.at.radio import Radio
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError

from . import mm_model as m
from .mm_core import MMDeviceCore

log = logging.getLogger(__name__)

#: MMCellType -> (radio, the cell-info key of its downlink channel).
_CELL_TYPES: dict[int, tuple[Radio, str]] = {
    2: ("GSM", "arfcn"), 3: ("WCDMA_UMTS", "uarfcn"), 5: ("LTE", "earfcn"), 6: ("NR", "nrarfcn"),
}
#: LTE band -> its downlink EARFCN range (TS 36.101 table 5.7.3-1, common bands).
_EARFCN_DL: dict[int, tuple[int, int]] = {
    1: (0, 599), 2: (600, 1199), 3: (1200, 1949), 4: (1950, 2399), 5: (2400, 2649),
    7: (2750, 3449), 8: (3450, 3799), 12: (5010, 5179), 13: (5180, 5279), 14: (5280, 5379),
    17: (5730, 5849), 18: (5850, 5999), 19: (6000, 6149), 20: (6150, 6449), 25: (8040, 8689),
    26: (8690, 9039), 28: (9210, 9659), 32: (9920, 10359), 38: (37750, 38249),
    40: (38650, 39649), 41: (39650, 41589), 42: (41590, 43589), 43: (43590, 45589),
    66: (66436, 67335), 71: (68586, 68935),
}
#: Registration states in which the modem has a serving cell.
_REGISTERED = frozenset({
    m.RegState.HOME, m.RegState.ROAMING, m.RegState.HOME_SMS_ONLY, m.RegState.ROAMING_SMS_ONLY,
    m.RegState.HOME_CSFB_NOT_PREFERRED, m.RegState.ROAMING_CSFB_NOT_PREFERRED})


def radio_of(rat: t.RATType) -> Radio | None:
    """The radio family of a CMAPI RAT type (None: unknown)."""
    if rat == "NG_RAN":
        return "NR"
    if rat.startswith("E_UTRAN"):
        return "LTE"
    if rat.startswith("UTRAN"):
        return "WCDMA_UMTS"
    if rat.startswith("GSM"):
        return "GSM"
    return None


def lte_band(earfcn: int) -> int | None:
    """The LTE band of a downlink EARFCN, where it is one of the common bands."""
    return next((b for b, (low, high) in _EARFCN_DL.items() if low <= earfcn <= high), None)


def band_of(radio: Radio, channel: int | None) -> int | None:
    """The band a downlink channel lies in, where the channel names one (not for NR, whose
    bands overlap, nor GSM, whose ARFCNs repeat across bands)."""
    if channel is None:
        return None
    if radio == "LTE":
        return lte_band(channel)
    if radio == "WCDMA_UMTS":
        return rf.umts_band(channel)
    return None


def serving_channel(cells: Any, radio: Radio) -> int | None:
    """The downlink channel of the serving cell of ``radio`` in ``GetCellInfo``'s answer."""
    for cell in cells if isinstance(cells, list) else []:
        if not isinstance(cell, dict) or not cell.get("serving"):
            continue
        kind = _CELL_TYPES.get(int(cell.get("cell-type", 0)))
        if kind is None or kind[0] != radio:
            continue
        value = cell.get(kind[1])
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def rf_entry(radio: Radio, channel: int | None, model: str) -> t.RFInfo:
    band = band_of(radio, channel)
    ul = rf.uplink_channel(radio, band, channel) if channel is not None else None
    category = rf.category_for_model(model) if radio == "LTE" else None
    rates = rf.lte_peak_rates(category) if category is not None else None
    return {
        "Radio": radio,
        "maxDataRateUL": rates[1] if rates else 0,
        "maxDataRateDL": rates[0] if rates else 0,
        "frequencyBand": rf.band_label(radio, band),
        "channelNumberUL": "" if ul is None else str(ul),
        "channelNumberDL": "" if channel is None else str(channel),
    }


class RfInfoFeatures(MMDeviceCore):
    """CMAPI_Network_GetRFInfo (see the module docstring)."""

    async def network_get_rf_info(self) -> t.RFInfoResult:
        props = await self._modem()
        registered = int((await self._m3gpp()).get("RegistrationState", 0)) in _REGISTERED
        radio = radio_of(m.rat_type(props.get("AccessTechnologies", 0))) if registered else None
        if radio is None:
            return {"RFInfoListElements": 0, "RFInfoList": []}
        channel = None
        try:
            cells = (await self._call(m.MODEM, "GetCellInfo"))[0]
            channel = serving_channel(cells, radio)
        except CmapiError as err:  # before 1.20, or the plugin reports no cells
            log.debug("%s: no cell information: %s", self.address, err.message)
        entry = rf_entry(radio, channel, str(props.get("Model", "")))
        return {"RFInfoListElements": 1, "RFInfoList": [entry]}
