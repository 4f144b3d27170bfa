"""Store records <-> CMAPI result shapes (profiles, connection records, statistics)."""

from __future__ import annotations

from datetime import UTC, datetime

from cmgui.cmapi import types as t
from cmgui.store.profiles import Auth, IpType, Profile
from cmgui.store.stats import ConnectionRecord

AUTH_TO_STORE: dict[str, Auth] = {
    "none": Auth.NONE, "PAP": Auth.PAP, "CHAP": Auth.CHAP, "PAPOrCHAP": Auth.PAP_CHAP,
}
AUTH_TO_CMAPI: dict[Auth, t.AuthType] = {
    Auth.NONE: "none", Auth.PAP: "PAP", Auth.CHAP: "CHAP", Auth.PAP_CHAP: "PAPOrCHAP",
}
IP_TO_STORE: dict[str, IpType] = {
    "IPv4": IpType.IPV4, "IPv6": IpType.IPV6, "IPv4v6": IpType.IPV4V6,
}
IP_TO_CMAPI: dict[IpType, t.IPAddrType] = {
    IpType.IPV4: "IPv4", IpType.IPV6: "IPv6", IpType.IPV4V6: "IPv4v6",
}


def auth_to_store(value: str) -> Auth:
    """A CMAPI ``authType`` (or the store's own spelling) as the store's :class:`Auth`."""
    if value in AUTH_TO_STORE:
        return AUTH_TO_STORE[value]
    return Auth(value.lower())


def ip_type_to_store(value: str) -> IpType:
    if value in IP_TO_STORE:
        return IP_TO_STORE[value]
    return IpType(value.lower())


def cellular_profile(profile: Profile, *, is_default: bool = False) -> t.CellularProfile:
    dns = [*profile.dns, "", ""]
    return {
        "profileName": profile.name,
        "APN": profile.apn,
        "userName": profile.username,
        "authType": AUTH_TO_CMAPI[Auth(profile.auth)],
        "IPAddrType": IP_TO_CMAPI[IpType(profile.ip_type)],
        "primaryDNS": dns[0],
        "secondaryDNS": dns[1],
        "roamingAllowed": profile.roaming_allowed,
        "hasPassword": profile.has_password,
        "isDefault": is_default,
    }


def iso_time(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


def connection_record(record: ConnectionRecord, now: float) -> t.ConnectionRecord:
    end = record.ended_at
    out: t.ConnectionRecord = {
        "index": record.id,
        "device": record.device,
        "roaming": record.roaming,
        "startTime": iso_time(record.started_at),
        "duration": int(max(0.0, (now if end is None else end) - record.started_at)),
        "bytesSent": record.bytes_up,
        "bytesReceived": record.bytes_down,
        "peakRateUL": int(record.peak_up_bps),
        "peakRateDL": int(record.peak_down_bps),
    }
    if end is not None:
        out["endTime"] = iso_time(end)
    if record.imsi:
        out["IMSI"] = record.imsi
    if record.iccid:
        out["ICCID"] = record.iccid
    if record.profile:
        out["profileName"] = record.profile
    return out


def connection_statistics(record: ConnectionRecord, now: float) -> t.ConnectionStatistics:
    end = record.ended_at
    return {
        "bytesSent": record.bytes_up,
        "bytesReceived": record.bytes_down,
        "duration": int(max(0.0, (now if end is None else end) - record.started_at)),
        "peakRateUL": int(record.peak_up_bps),
        "peakRateDL": int(record.peak_down_bps),
    }
