"""Item models of the WLAN page: networks in range and the networks the device knows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cmgui.controllers.models import Column, RecordTableModel
from cmgui.i18n import noop, translate


@dataclass(frozen=True)
class WlanRecord:
    ssid: str
    bssid: str
    security: str
    signal: int  # dBm when negative, else percent
    band: str
    known: bool = False
    connected: bool = False
    frequency: int = 0  # MHz, 0 when unknown

    @property
    def channel(self) -> int | None:
        return wifi_channel(self.frequency)


def wifi_channel(mhz: int) -> int | None:
    """The IEEE 802.11 channel number of a centre frequency (2.4, 5 and 6 GHz bands)."""
    if mhz == 2484:
        return 14
    if 2412 <= mhz <= 2472:
        return (mhz - 2407) // 5
    if 5160 <= mhz <= 5885:
        return (mhz - 5000) // 5
    if 5955 <= mhz <= 7115:
        return (mhz - 5950) // 5
    return None


def _band(w: WlanRecord) -> str:
    return {"2.4GHz": "2.4 GHz", "5GHz": "5 GHz", "6GHz": "6 GHz"}.get(w.band, w.band)


def _wlan_signal(value: int) -> str:
    """Backends report dBm (negative) or a percentage."""
    return f"{value} dBm" if value < 0 else f"{value} %"


def _ssid(w: WlanRecord) -> str:
    return w.ssid or translate("Models", "(hidden network)")


def _wlan_state(w: WlanRecord) -> str:
    if w.connected:
        return translate("Models", "Connected")
    return translate("Models", "Known") if w.known else ""


class WlanModel(RecordTableModel[WlanRecord]):
    columns = (
        Column[WlanRecord](noop("Models", "Network"), _ssid),
        Column[WlanRecord](noop("Models", "Security"), lambda w: w.security),
        Column[WlanRecord](
            noop("Models", "Signal"), lambda w: _wlan_signal(w.signal), sort=lambda w: w.signal,
            align_right=True),
        Column[WlanRecord](noop("Models", "Band"), _band),
        Column[WlanRecord](noop("Models", "Channel"),
                           lambda w: "" if w.channel is None else str(w.channel),
                           sort=lambda w: w.channel or 0, align_right=True),
        Column[WlanRecord](noop("Models", "BSSID"), lambda w: w.bssid.upper()),
        Column[WlanRecord](noop("Models", "State"), _wlan_state),
    )

    def key(self, record: WlanRecord) -> Any:
        return record.bssid or record.ssid


@dataclass(frozen=True)
class KnownWlan:
    index: int
    ssid: str
    security: str
    hidden: bool
    priority: int


class KnownNetworkModel(RecordTableModel[KnownWlan]):
    columns = (
        Column[KnownWlan](noop("Models", "Network"), lambda k: k.ssid),
        Column[KnownWlan](noop("Models", "Security"), lambda k: k.security),
        Column[KnownWlan](
            noop("Models", "Priority"), lambda k: str(k.priority), sort=lambda k: k.priority,
                          align_right=True),
    )

    def key(self, record: KnownWlan) -> Any:
        return record.index
