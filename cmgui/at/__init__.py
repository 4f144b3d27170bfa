"""The AT command layer: a sans-IO engine (`engine`), response parsers (`commands`), vendor
dialects (`vendors`) and radio facts (`radio`: bands, channel pairs, LTE category rates).
Nothing here does I/O, uses asyncio or imports Qt."""

from cmgui.at.engine import (
    AtCommand,
    AtEngine,
    AtResult,
    CommandCompleted,
    CommandTimedOut,
    Event,
    PromptReady,
    State,
    Stray,
    Unsolicited,
)
from cmgui.at.errors import AtEngineError, AtError, AtParseError
from cmgui.at.urc import Follow, UrcSpec

__all__ = [
    "AtCommand",
    "AtEngine",
    "AtEngineError",
    "AtError",
    "AtParseError",
    "AtResult",
    "CommandCompleted",
    "CommandTimedOut",
    "Event",
    "Follow",
    "PromptReady",
    "State",
    "Stray",
    "Unsolicited",
    "UrcSpec",
]
