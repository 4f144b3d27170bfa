"""UICC status words (SW1 SW2) of table 5.3.2, after ETSI TS 102 221.

A pattern such as ``63CX`` matches any SW2 whose high nibble is ``C``; ``91XX`` any SW2.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StatusWord:
    """One row of table 5.3.2: ``pattern`` as printed ("90 00", "63 CX"), and its text."""

    pattern: str
    description: str

    def matches(self, sw1sw2: int) -> bool:
        if not 0 <= sw1sw2 <= 0xFFFF:
            return False
        digits = self.pattern.replace(" ", "")
        value = f"{sw1sw2:04X}"
        return all(p in ("X", v) for p, v in zip(digits, value, strict=True))


STATUS_WORDS: tuple[StatusWord, ...] = (
    StatusWord("90 00", "Normal ending of the command"),
    StatusWord(
        "91 XX",
        "Normal ending of the command, with extra information from the proactive UICC containing "
        "a command for the terminal. Length 'XX' of the response data",
    ),
    StatusWord("62 00", "No information given, state of non volatile memory unchanged"),
    StatusWord(
        "63 CX",
        "Command successful but after using an internal update retry routine 'X' times\n"
        "Verification failed, 'X' retries remaining (For the VERIFY PIN command, SW1SW2 indicates "
        "that the command was successful but the PIN was not correct and there are 'X' retries "
        "left. For all other commands it indicates the number of internal retries performed by "
        "the card to complete the command.)",
    ),
    StatusWord("64 00", "No information given, state of non-volatile memory unchanged"),
    StatusWord("65 00", "No information given, state of non-volatile memory changed"),
    StatusWord("65 81", "Memory problem"),
    StatusWord(
        "67 XX",
        "The interpretation of this status word is command dependent, except for SW2 = '00' "
        "(Wrong length)",
    ),
    StatusWord("68 00", "No information given"),
    StatusWord("68 81", "Logical channel not supported"),
    StatusWord("68 82", "Secure messaging not supported"),
    StatusWord("69 00", "No information given"),
    StatusWord("69 83", "Authentication/PIN method blocked"),
    StatusWord("69 84", "Referenced data invalidated"),
    StatusWord("69 89", "Command not allowed - secure channel - security not satisfied"),
    StatusWord("6A 81", "Function not supported"),
    StatusWord("6A 86", "Incorrect parameters P1 to P2"),
    StatusWord("6A 88", "Referenced data not found"),
    StatusWord("6B 00", "Wrong parameter(s) P1-P2"),
    StatusWord("6E 00", "Class not supported"),
    StatusWord(
        "6F XX",
        "The interpretation of this status word is command dependent, except for SW2 = '00' "
        "(Technical problem, no precise diagnosis)",
    ),
)

#: SW1SW2 of "Verification failed, 'X' retries remaining" is 0x63C0 | X.
VERIFICATION_FAILED_BASE = 0x63C0


def lookup_status_word(sw1sw2: int) -> StatusWord | None:
    """The row of table 5.3.2 for a status word, or None; exact rows win over patterns."""
    if not 0 <= sw1sw2 <= 0xFFFF:
        return None
    exact = [row for row in STATUS_WORDS if "X" not in row.pattern and row.matches(sw1sw2)]
    if exact:
        return exact[0]
    return next((row for row in STATUS_WORDS if row.matches(sw1sw2)), None)


def describe_status_word(sw1sw2: int) -> str:
    """The table text for a status word ("Unknown status word 6D00" when the table lacks it)."""
    row = lookup_status_word(sw1sw2)
    if row is None:
        return f"Unknown status word {sw1sw2 & 0xFFFF:04X}"
    return row.description


def tries_left(sw1sw2: int) -> int | None:
    """X of a ``63CX`` status word (attempts left after a wrong PIN/PUK), else None."""
    if sw1sw2 & 0xFFF0 == VERIFICATION_FAILED_BASE:
        return sw1sw2 & 0x000F
    return None
