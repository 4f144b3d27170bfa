"""Sierra Wireless: !GSTATUS? (a tab-laid-out status page, query only), !SCACT, !ICCID?."""

from __future__ import annotations

import re

from cmgui.at.commands.network import SignalQuality
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import payloads, split_fields, to_int
from cmgui.at.vendors.base import Vendor, iccid_from_prefixed


def gstatus() -> AtCommand:
    return AtCommand("AT!GSTATUS?", response_prefixes=("!GSTATUS:",))


#: Columns are tab-separated; some firmware pads with spaces before the next "Key:".
_COLUMNS = re.compile(r"\t+|\s{2,}(?=[A-Za-z][\w ()/.-]*:\s)")


def parse_gstatus(result: AtResult) -> dict[str, str]:
    """The ``Key: value`` cells of the status page (columns are separated by tabs or runs of
    spaces). A key seen twice (the two ``RSRP (dBm)`` cells) gets `` #2`` appended."""
    status: dict[str, str] = {}
    for line in result.lines:
        if line.startswith("!GSTATUS:"):
            line = line[9:]
        for cell in _COLUMNS.split(line):
            key, sep, value = cell.partition(":")
            key, value = key.strip(), value.strip()
            if not sep or not key:
                continue
            name = key
            count = 2
            while name in status:
                name = f"{key} #{count}"
                count += 1
            status[name] = value
    if not status:
        raise AtParseError("empty !GSTATUS answer")
    return status


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _number(status: dict[str, str], *keys: str) -> float | None:
    for key in keys:
        match = _NUMBER.match(status.get(key, ""))
        if match:
            return float(match.group())
    return None


def signal_from_gstatus(status: dict[str, str]) -> SignalQuality:
    mode = status.get("System mode", "").upper()
    if "LTE" in mode:
        return SignalQuality(
            rssi_dbm=_number(status, "PCC RxM RSSI", "RSSI (dBm)"),
            rsrp_dbm=_number(status, "RSRP (dBm)"),
            rsrq_db=_number(status, "RSRQ (dB)"),
            sinr_db=_number(status, "SINR (dB)"),
            radio="LTE",
        )
    if "WCDMA" in mode or "UMTS" in mode:
        return SignalQuality(
            rssi_dbm=_number(status, "RSSI (dBm)"),
            rscp_dbm=_number(status, "RSCP (dBm)"),
            ecno_db=_number(status, "ECIO (dBm)", "ECIO (dB)"),
            radio="WCDMA",
        )
    if "GSM" in mode:
        return SignalQuality(rssi_dbm=_number(status, "RSSI (dBm)"), radio="GSM")
    return SignalQuality()


def scact_query() -> AtCommand:
    return AtCommand("AT!SCACT?", response_prefixes=("!SCACT:",))


def scact(active: bool, cid: int = 1) -> AtCommand:
    return AtCommand(f"AT!SCACT={int(active)},{cid}", timeout=60.0)


def parse_scact(result: AtResult) -> dict[int, bool]:
    """``!SCACT: <state>,<cid>`` lines as {cid: active}."""
    states: dict[int, bool] = {}
    for payload in payloads(result, "!SCACT:"):
        fields = split_fields(payload)
        if len(fields) < 2:
            raise AtParseError("!SCACT: expected <state>,<cid>")
        states[to_int(fields[1], "cid")] = to_int(fields[0], "state") == 1
    return states


def iccid() -> AtCommand:
    return AtCommand("AT!ICCID?", response_prefixes=("!ICCID:",))


class Sierra(Vendor):
    name = "sierra"
    manufacturer_keys = ("sierra",)
    model_prefixes = ("MC73", "MC74", "MC77", "EM73", "EM74", "EM75", "EM91")

    def iccid_query(self) -> AtCommand:
        return iccid()

    def parse_iccid(self, result: AtResult) -> str:
        return iccid_from_prefixed(result, "!ICCID:")

    def signal_query(self) -> AtCommand:
        return gstatus()

    def parse_signal(self, result: AtResult) -> SignalQuality:
        return signal_from_gstatus(parse_gstatus(result))
