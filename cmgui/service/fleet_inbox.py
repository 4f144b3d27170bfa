"""What platforms push about SIMs, archived with the SIM before anyone is told: SMS the SIMs
sent, delivery reports of SMS sent to them, order changes. A push the platform repeats is kept
once."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping

from cmgui.service.fleet import FleetEvent, SmsDelivered, SmsReceived
from cmgui.store.fleet import FleetStore


def _archive(store: FleetStore, account: str, kind: str, fields: Mapping[str, str],
             events: Iterable[FleetEvent]) -> bool:
    fresh = False
    for event in events:
        if isinstance(event, SmsReceived | SmsDelivered):
            at = event.at.isoformat() if event.at else None
        if isinstance(event, SmsReceived):
            fresh = store.record_received(account, event.iccid, event.text, event.msisdn,
                                          event.destination, at) or fresh
        elif isinstance(event, SmsDelivered):
            store.record_delivery(account, event.iccid, event.msg_id, event.delivered,
                                  event.detail, event.msisdn, at)
    iccid = fields.get("iccid") or fields.get("assetid") or ""
    return store.record_event(account, iccid, kind, fields) or fresh


async def archive_push(store: FleetStore, account: str, kind: str, fields: Mapping[str, str],
                       events: Iterable[FleetEvent]) -> bool:
    """Keep a push and its events (durably); False if the very same push was kept before."""
    return await asyncio.to_thread(_archive, store, account, kind, dict(fields), list(events))
