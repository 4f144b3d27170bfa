"""TP-Status of a status report (TS 23.040 9.2.3.15), in words."""

from __future__ import annotations

from typing import Literal

StatusCategory = Literal["delivered", "pending", "failed"]

_MEANINGS = {
    0x00: "received by the recipient",
    0x01: "forwarded to the recipient, delivery not confirmed",
    0x02: "replaced by the service centre",
    0x20: "congestion, still trying",
    0x21: "recipient busy, still trying",
    0x22: "no response from the recipient, still trying",
    0x23: "service rejected, still trying",
    0x24: "quality of service not available, still trying",
    0x25: "error in the recipient's device, still trying",
    0x40: "remote procedure error",
    0x41: "incompatible destination",
    0x42: "connection rejected by the recipient",
    0x43: "not obtainable",
    0x44: "quality of service not available",
    0x45: "no interworking available",
    0x46: "validity period expired",
    0x47: "deleted by the sender",
    0x48: "deleted by the service centre",
    0x49: "message does not exist",
    0x60: "congestion, no more attempts",
    0x61: "recipient busy, no more attempts",
    0x62: "no response from the recipient, no more attempts",
    0x63: "service rejected, no more attempts",
    0x64: "quality of service not available, no more attempts",
    0x65: "error in the recipient's device, no more attempts",
}


def status_category(status: int) -> StatusCategory:
    """Delivered (0x00-0x1F), still pending (0x20-0x3F) or failed (everything else).

    Reserved values above 0x7F are treated as a permanent failure, as TS 23.040 asks for
    values the receiver does not know.
    """
    if status < 0x20:
        return "delivered"
    if status < 0x40:
        return "pending"
    return "failed"


def status_meaning(status: int) -> str:
    """What TP-Status says, in plain words."""
    if status in _MEANINGS:
        return _MEANINGS[status]
    block = status & 0xF0
    kind = {
        0x00: "delivered",
        0x10: "delivered (service centre specific reason)",
        0x20: "temporary error, still trying",
        0x30: "temporary error, still trying (service centre specific reason)",
        0x40: "permanent error",
        0x50: "permanent error (service centre specific reason)",
        0x60: "temporary error, no more attempts",
        0x70: "temporary error, no more attempts (service centre specific reason)",
    }.get(block, "unknown status, treated as failed")
    return f"{kind} (code 0x{status:02X})"
