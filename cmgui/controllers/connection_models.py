"""Item models of the Connection page: cellular profiles and the records of data sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cmgui.controllers.models import (
    Column,
    RecordTableModel,
    human_bytes,
    human_duration,
    when_text,
)
from cmgui.i18n import noop, translate


@dataclass(frozen=True)
class ConnectionRecordItem:
    started: datetime
    ended: datetime | None
    apn: str  # the profile's name, or the APN when the session had no profile
    bytes_sent: int
    bytes_received: int
    reason: str = ""
    index: int | None = None  # CMAPI_NetStatistic_DeleteConnectionRecord's index, if kept
    roaming: bool = False

    @property
    def duration(self) -> float:
        end = self.ended or datetime.now(self.started.tzinfo)
        return (end - self.started).total_seconds()


class ConnectionRecordModel(RecordTableModel[ConnectionRecordItem]):
    columns = (
        Column[ConnectionRecordItem](noop("Models", "Started"), lambda r: when_text(r.started),
                                     sort=lambda r: r.started.timestamp()),
        Column[ConnectionRecordItem](
            noop("Models", "Duration"), lambda r: human_duration(r.duration),
                                     sort=lambda r: r.duration, align_right=True),
        Column[ConnectionRecordItem](noop("Models", "Profile"), lambda r: r.apn),
        Column[ConnectionRecordItem](noop("Models", "Sent"), lambda r: human_bytes(r.bytes_sent),
                                     sort=lambda r: r.bytes_sent, align_right=True),
        Column[ConnectionRecordItem](
            noop("Models", "Received"), lambda r: human_bytes(r.bytes_received),
                                     sort=lambda r: r.bytes_received, align_right=True),
        Column[ConnectionRecordItem](
            noop("Models", "Network"),
            lambda r: translate("Models", "Roaming") if r.roaming else translate("Models", "Home")),
    )

    def key(self, record: ConnectionRecordItem) -> Any:
        return record.started if record.index is None else record.index


@dataclass(frozen=True)
class Profile:
    name: str
    apn: str
    user_name: str = ""
    auth_type: str = "none"
    ip_type: str = "IPv4"
    roaming_allowed: bool = True
    has_password: bool = False
    is_default: bool = False


class ProfileModel(RecordTableModel[Profile]):
    columns = (
        Column[Profile](noop("Models", "Name"), lambda p: p.name),
        Column[Profile](noop("Models", "APN"), lambda p: p.apn),
        Column[Profile](noop("Models", "IP type"), lambda p: p.ip_type),
        Column[Profile](noop("Models", "Default"),
                        lambda p: translate("Models", "Default") if p.is_default else ""),
    )

    def key(self, record: Profile) -> Any:
        return record.name
