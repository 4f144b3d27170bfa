"""Item models of the device list and the Devices page: devices to choose from, operators found
by a scan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cmgui.controllers.models import Column, RecordTableModel
from cmgui.i18n import noop, translate


@dataclass(frozen=True)
class DeviceEntry:
    address: str
    label: str
    kind: str
    state: str = "closed"
    demo: bool = False


class DeviceListModel(RecordTableModel[DeviceEntry]):
    columns = (
        Column[DeviceEntry](noop("Models", "Device"), lambda d: d.label),
        Column[DeviceEntry](noop("Models", "Address"), lambda d: d.address),
    )

    def key(self, record: DeviceEntry) -> Any:
        return record.address


@dataclass(frozen=True)
class NetworkRecord:
    plmn: str
    long_name: str
    short_name: str
    technology: str
    status: str  # "available", "current", "forbidden", "unknown"


NETWORK_STATUS_TEXT = {
    "available": noop("Models", "Available"), "current": noop("Models", "Current"),
    "forbidden": noop("Models", "Forbidden"), "unknown": noop("Models", "Unknown"),
}
RAT_TEXT = {
    "GSM": "2G (GSM)", "GSM_COMPACT": "2G (GSM)", "GSM_EGPRS": "2G (EDGE)", "UTRAN": "3G (UMTS)",
    "UTRAN_HSDPA": "3G (HSPA)", "UTRAN_HSUPA": "3G (HSPA)", "UTRAN_HSPA": "3G (HSPA+)",
    "E_UTRAN": "4G (LTE)", "EC_GSM_IOT": "2G (EC-GSM-IoT)", "E_UTRAN_NB_S1": "4G (NB-IoT)",
    "E_UTRA_5GCN": "4G (LTE/5GC)", "NR_5GCN": "5G (NR)", "NG_RAN": "5G (NR)",
    "E_UTRA_NR_DC": "5G (NSA)", "UNKNOWN": "", "": "",
}


def _status_text(status: str) -> str:
    return translate("Models", NETWORK_STATUS_TEXT.get(status, status))


def rat_text(rat: str) -> str:
    return RAT_TEXT.get(rat, rat)


class NetworkListModel(RecordTableModel[NetworkRecord]):
    columns = (
        Column[NetworkRecord](
            noop("Models", "Operator"), lambda n: n.long_name or n.short_name or n.plmn),
        Column[NetworkRecord](noop("Models", "Network code"), lambda n: n.plmn),
        Column[NetworkRecord](noop("Models", "Technology"), lambda n: rat_text(n.technology)),
        Column[NetworkRecord](noop("Models", "Status"), lambda n: _status_text(n.status)),
    )

    def key(self, record: NetworkRecord) -> Any:
        return (record.plmn, record.technology)
