"""The one error type of the SMS codec."""

from __future__ import annotations


class SmsCodecError(ValueError):
    """A PDU or a text the codec cannot handle; the message says why in plain words."""
