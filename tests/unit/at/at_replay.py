"""Replays a modem transcript (tests/unit/at/transcripts/*.at) through an AtEngine.

Format, one step a line:
    # comment
    > AT+CSQ                   the host sends a command ("| +X: +Y:" sets response prefixes,
                               "| prompt" expects the "> " prompt; by default the prefix is
                               derived from the command name: AT+CSQ -> +CSQ:, AT^HCSQ? -> ^HCSQ:)
    < \\r\\n+CSQ: 20,99\\r\\n      bytes from the modem, with Python escapes, nothing appended
    p 0011000B91...            the payload sent at the prompt
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cmgui.at.engine import (
    AtCommand,
    AtEngine,
    AtResult,
    CommandCompleted,
    CommandTimedOut,
    Event,
    PromptReady,
    Stray,
    Unsolicited,
)

TRANSCRIPTS = Path(__file__).parent / "transcripts"


@dataclass(frozen=True)
class Step:
    kind: str  # ">", "<", "p"
    text: str
    data: bytes = b""
    prefixes: tuple[str, ...] = ()
    prompt: bool = False


def _default_prefixes(text: str) -> tuple[str, ...]:
    match = re.match(r"AT([+^!#][A-Z0-9]+)", text, re.IGNORECASE)
    return (match.group(1).upper() + ":",) if match else ()


def load(name: str) -> list[Step]:
    steps = []
    for raw in (TRANSCRIPTS / name).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, _, rest = raw.partition(" ")
        if kind == ">":
            text, *options = [part.strip() for part in rest.split("|")]
            prefixes = _default_prefixes(text)
            prompt = False
            for option in options:
                if option == "prompt":
                    prompt = True
                else:
                    prefixes = tuple(option.split())
            steps.append(Step(">", text, prefixes=prefixes, prompt=prompt))
        elif kind == "<":
            data = rest.encode("latin-1").decode("unicode_escape").encode("latin-1")
            steps.append(Step("<", rest, data=data))
        elif kind == "p":
            steps.append(Step("p", rest))
        else:
            raise ValueError(f"bad transcript line {raw!r}")
    return steps


Chunker = Callable[[int, bytes], Iterator[bytes]]


def whole(_index: int, data: bytes) -> Iterator[bytes]:
    yield data


def bytewise(_index: int, data: bytes) -> Iterator[bytes]:
    for byte in data:
        yield bytes([byte])


def cut_at(segment: int, position: int) -> Chunker:
    """Split modem segment number `segment` in two at `position`."""

    def chunker(index: int, data: bytes) -> Iterator[bytes]:
        if index == segment:
            yield data[:position]
            yield data[position:]
        else:
            yield data

    return chunker


@dataclass
class Replay:
    events: list[Event]
    written: bytes

    def results(self) -> list[tuple[str, AtResult]]:
        return [(e.command.text, e.result) for e in self.events if isinstance(e, CommandCompleted)]

    def result(self, text: str) -> AtResult:
        found = [r for t, r in self.results() if t == text]
        assert len(found) == 1, (text, self.results())
        return found[0]

    def urcs(self) -> list[Unsolicited]:
        return [e for e in self.events if isinstance(e, Unsolicited)]

    def strays(self) -> list[str]:
        return [e.line for e in self.events if isinstance(e, Stray)]

    def normalised(self) -> list[tuple[object, ...]]:
        """Events with commands replaced by their text, comparable across replays."""
        out: list[tuple[object, ...]] = []
        for event in self.events:
            if isinstance(event, CommandCompleted):
                out.append(("completed", event.command.text, event.result))
            elif isinstance(event, (PromptReady, CommandTimedOut)):
                out.append((type(event).__name__, event.command.text))
            else:
                out.append((event,))
        return out


def replay(
    steps: list[Step], chunker: Chunker = whole, *, echo_possible: bool = True
) -> Replay:
    engine = AtEngine(echo_possible=echo_possible)
    events: list[Event] = []
    written = bytearray()
    now = 0.0
    segment = 0

    def drain() -> None:
        while (event := engine.next_event()) is not None:
            events.append(event)
            if isinstance(event, (CommandCompleted, CommandTimedOut)):
                written.extend(engine.next_to_write(now))

    for step in steps:
        now += 0.01
        if step.kind == ">":
            command = AtCommand(
                step.text, response_prefixes=step.prefixes, expect_prompt=step.prompt
            )
            written.extend(engine.send(command, now))
        elif step.kind == "<":
            for chunk in chunker(segment, step.data):
                engine.receive_data(chunk)
            segment += 1
        else:
            written.extend(engine.send_payload(step.text, now))
        drain()
        engine.tick(now)
        drain()
    return Replay(events, bytes(written))


def segments(steps: list[Step]) -> list[bytes]:
    return [s.data for s in steps if s.kind == "<"]
