"""CMAPI_Network_GetRFInfo: the serving radio, band, channels and peak data rates.

Vendor commands give the most: Quectel +QNWINFO (then +QENG="servingcell"), Huawei ^SYSINFOEX
with ^HFREQINFO and ^LTECAT, Sierra !GSTATUS. Any modem gives at least the access technology of
+COPS?; a modem of unknown make adds the band and channel of +QENG="servingcell" where it answers
that (:mod:`.engineering`), else they are unknown (""). Missing uplink channels are derived from the
downlink one where the band's raster says how (:mod:`cmgui.at.radio`). Data rates are the LTE UE
category's peak rates in kbit/s (from ^LTECAT, else the model's data sheet), 0 where unknown.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from cmgui.at import radio as rf
from cmgui.at.commands import network
from cmgui.at.errors import AtParseError
from cmgui.at.radio import Radio
from cmgui.at.vendors import huawei, quectel, sierra
from cmgui.cmapi import types as t

from .engineering import EngineeringCellFeatures

log = logging.getLogger(__name__)

_HUAWEI_SYSMODE: dict[int, Radio] = {1: "GSM", 3: "WCDMA_UMTS", 4: "WCDMA_UMTS", 6: "LTE",
                                     7: "NR"}


@dataclass(frozen=True)
class Serving:
    """What the modem said about its serving carrier."""

    radio: Radio
    band: int | None = None
    dl_channel: int | None = None
    ul_channel: int | None = None
    category: tuple[int, int | None] | None = None


def radio_from_text(text: str) -> Radio | None:
    """A vendor's radio name (``"FDD LTE"``, ``"NR5G-SA"``, ``"HSPA+"``, ``"EDGE"``)."""
    upper = text.upper()
    if ("NR" in upper and "5G" in upper) or upper == "NR":
        return "NR"
    if "LTE" in upper:
        return "LTE"
    if any(k in upper for k in ("WCDMA", "HSPA", "HSDPA", "HSUPA", "UMTS", "TDSCDMA",
                                "TD-SCDMA")):
        return "WCDMA_UMTS"
    if any(k in upper for k in ("GSM", "EDGE", "GPRS", "DCS", "PCS")):
        return "GSM"
    return None


def rf_entry(serving: Serving, model: str) -> t.RFInfo:
    """The CMAPI entry for a serving carrier."""
    band = serving.band
    ul = serving.ul_channel
    if ul is None and serving.dl_channel is not None:
        ul = rf.uplink_channel(serving.radio, band, serving.dl_channel)
    rates = None
    if serving.radio == "LTE":
        if serving.category is not None:
            rates = rf.lte_peak_rates(*serving.category)
        if rates is None:
            category = rf.category_for_model(model)
            rates = rf.lte_peak_rates(category) if category is not None else None
    return {
        "Radio": serving.radio,
        "maxDataRateUL": rates[1] if rates else 0,
        "maxDataRateDL": rates[0] if rates else 0,
        "frequencyBand": rf.band_label(serving.radio, band),
        "channelNumberUL": "" if ul is None else str(ul),
        "channelNumberDL": "" if serving.dl_channel is None else str(serving.dl_channel),
    }


def _sierra_number(status: dict[str, str], key: str) -> int | None:
    text = status.get(key, "").split(" ")[0]
    return int(text) if text.isdigit() else None


def _cell_band(radio: Radio, band: str | None, channel: int | None) -> int | None:
    """The band number from +QENG's band field (GSM: its name, e.g. "DCS1800"), else a UMTS
    band from the UARFCN."""
    if band:
        return int(band) if band.isdigit() and radio != "GSM" else rf.parse_band_text(radio, band)
    if radio == "WCDMA_UMTS" and channel is not None:
        return rf.umts_band(channel)
    return None


class RfInfoFeatures(EngineeringCellFeatures):
    """CMAPI_Network_GetRFInfo."""

    async def network_get_rf_info(self) -> t.RFInfoResult:
        serving: Serving | None = None
        registered = True
        try:
            if self.vendor.name == "quectel":
                serving, registered = await self._quectel()
            elif self.vendor.name == "huawei":
                serving, registered = await self._huawei()
            elif self.vendor.name == "sierra":
                serving, registered = await self._sierra()
        except AtParseError as exc:
            log.info("%s: unreadable vendor RF information: %s", self.address, exc)
            serving, registered = None, True
        if serving is None and registered:
            serving = await self._generic()
        entries = [rf_entry(serving, self.model)] if serving is not None else []
        return {"RFInfoListElements": len(entries), "RFInfoList": entries}

    async def _generic(self) -> Serving | None:
        current = await self.parsed(network.cops_query(), network.parse_cops,
                                    context="network")
        if current.name is None or current.act is None:
            return None  # not registered: no serving carrier
        radio = rf.RADIO_BY_ACT.get(current.act)
        if radio is None:
            return None
        cell = await self._engineering_cell()
        if cell is None or radio_from_text(cell.radio) != radio:
            return Serving(radio)
        return Serving(radio, _cell_band(radio, cell.band, cell.channel), cell.channel)

    async def _quectel(self) -> tuple[Serving | None, bool]:
        """(serving carrier, registered); (None, True) means "ask the generic way"."""
        result = await self.try_run(quectel.qnwinfo())
        info = quectel.parse_qnwinfo(result) if result is not None else None
        if info is not None and info.act is None:
            return None, False
        radio = radio_from_text(info.act or "") if info is not None else None
        band = rf.parse_band_text(radio, info.band or "") if info and radio else None
        channel = info.channel if info is not None else None
        if radio is None or channel is None or band is None:
            result = await self.try_run(quectel.qeng_servingcell())
            if result is not None:
                cell = quectel.parse_qeng_servingcell(result)
                radio = radio or radio_from_text(cell.radio)
                channel = channel if channel is not None else cell.channel
                if band is None and radio is not None:
                    band = _cell_band(radio, cell.band, None)
        if radio is None:
            return None, True
        if band is None:
            band = _cell_band(radio, None, channel)
        return Serving(radio, band, channel), True

    async def _huawei(self) -> tuple[Serving | None, bool]:
        result = await self.try_run(huawei.sysinfoex())
        if result is None:
            return None, True
        info = huawei.parse_sysinfoex(result)
        if not info.in_service:
            return None, False
        radio = _HUAWEI_SYSMODE.get(info.sysmode)
        if radio is None:
            return None, True
        band = dl = ul = None
        freq = await self.try_run(huawei.hfreqinfo())
        if freq is not None:
            carriers = huawei.parse_hfreqinfo(freq).carriers
            if carriers:
                band, dl, ul = carriers[0].band, carriers[0].dl_channel, carriers[0].ul_channel
        category = None
        if radio == "LTE":
            # Not try_run: the firmware refuses ^LTECAT off LTE, which is no "unsupported".
            answer = await self._exchange(huawei.ltecat(), None, "network")
            if answer.ok:
                category = huawei.parse_ltecat(answer)
        return Serving(radio, band, dl, ul, category), True

    async def _sierra(self) -> tuple[Serving | None, bool]:
        result = await self.try_run(sierra.gstatus())
        if result is None:
            return None, True
        status = sierra.parse_gstatus(result)
        mode = status.get("System mode", "").upper()
        if mode in ("", "NONE"):
            return None, False
        radio = radio_from_text(mode)
        if radio == "LTE":
            band = rf.parse_band_text("LTE", status.get("LTE band", ""))
            return Serving("LTE", band, _sierra_number(status, "LTE Rx chan"),
                           _sierra_number(status, "LTE Tx chan")), True
        if radio == "WCDMA_UMTS":
            channel = _sierra_number(status, "WCDMA channel")
            band = rf.parse_band_text(radio, status.get("WCDMA band", ""))
            return Serving(radio, band, channel), True
        if radio == "GSM":
            band = rf.parse_band_text(radio, status.get("GSM band", ""))
            return Serving(radio, band, _sierra_number(status, "GSM channel")), True
        return (Serving(radio), True) if radio is not None else (None, True)
