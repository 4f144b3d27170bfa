"""The live "characters left / parts" counter of a message composer."""

from __future__ import annotations

from dataclasses import dataclass

from cmgui.sms.dcs import Alphabet
from cmgui.sms.segment import NationalChoice, encode_text, split


@dataclass(frozen=True, slots=True)
class SmsCount:
    """What sending ``text`` would cost.

    Units are what the chosen encoding counts: GSM septets (an extension character such as
    ``€`` or ``[`` takes two), UTF-16 code units for UCS2 (an emoji outside the BMP takes two),
    octets for 8-bit data.
    """

    encoding: Alphabet
    segments: int  # 0 for an empty text
    chars_used: int  # characters (code points) in the text
    chars_per_segment: int  # units one part carries (160/70 alone, 153/67 when concatenated)
    chars_left_in_segment: int  # units still free in the last part
    units: int  # units the whole text takes
    locking_shift: int = 0  # national language tables chosen (GSM 7-bit with allow_national)
    single_shift: int = 0


def count(text: str, allow_national: NationalChoice = False) -> SmsCount:
    """Count ``text`` as :func:`encode_submit` would send it (same encoding choice)."""
    encoded = encode_text(text, None, allow_national)
    choice = encoded.choice
    units = encoded.units
    single_cap = choice.capacity(False)
    if units <= single_cap:
        segments = 1 if units else 0
        return SmsCount(
            choice.alphabet,
            segments,
            len(text),
            single_cap,
            single_cap - units,
            units,
            choice.locking,
            choice.single,
        )
    parts = split(encoded, limit=False)
    cap = choice.capacity(True)
    unit = 2 if choice.alphabet == "ucs2" else 1
    left = cap - len(parts[-1]) // unit
    return SmsCount(
        choice.alphabet, len(parts), len(text), cap, left, units, choice.locking, choice.single
    )
