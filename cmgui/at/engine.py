"""A sans-IO AT command engine (the shape of h11: bytes in, events out, no clock, no I/O).

The caller owns the port and the clock::

    engine = AtEngine()
    port.write(engine.send(AtCommand("AT+CSQ", response_prefixes=("+CSQ:",)), now))
    engine.receive_data(port.read())          # any chunking
    while (event := engine.next_event()) is not None:
        ...                                   # CommandCompleted / Unsolicited / PromptReady / ...
        port.write(engine.next_to_write(now)) # after a completion or timeout: next queued command
    engine.tick(now)                          # at engine.next_deadline()

One command is in flight at a time; later ones wait in a FIFO. All transitions of the command
state machine are in `_TRANSITIONS`. Modem bytes never raise: anything unexpected becomes a
`Stray` event. Misuse by the caller (a payload with no prompt pending) raises `AtEngineError`.
"""

from __future__ import annotations

import enum
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from cmgui.at.errors import AtEngineError, AtError
from cmgui.at.urc import Follow, UrcRegistry, UrcSpec

CTRL_Z = b"\x1a"
ESC = b"\x1b"
DEFAULT_TIMEOUT = 5.0
MAX_LINE = 16384
#: Lines a multi-line URC (+CUSD with line breaks) may span before it is cut off.
MAX_URC_LINES = 32
#: Information lines, and their characters, one answer may hold: a full 255-message store is
#: about 520 lines and 180 000 characters; a modem that never stops talking is cut off here.
MAX_RESPONSE_LINES = 10_000
MAX_RESPONSE_CHARS = 4 << 20


@dataclass(frozen=True, eq=False)
class AtCommand:
    """One command line to send (without the trailing CR).

    `response_prefixes` names the information responses of this command (``"+CSQ:"``); a line
    with such a prefix is a response while the command is in flight even if the same prefix is
    also a URC (``+CREG:``). Lines with no prefix at all (``+CGSN``'s IMEI, the PDU after a
    ``+CMGL:`` header) are collected as responses too. `secret` keeps the text out of `repr`
    and logs (PINs, passwords). Equality is identity, so a driver can key futures by command.
    """

    text: str
    timeout: float = DEFAULT_TIMEOUT
    expect_prompt: bool = False
    response_prefixes: tuple[str, ...] = ()
    secret: bool = False

    def __post_init__(self) -> None:
        if any(c in self.text for c in "\r\n\x1a\x1b"):
            raise ValueError("an AT command line may not contain CR, LF, Ctrl-Z or ESC")
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")

    @property
    def log_text(self) -> str:
        """The text as it may be logged: a secret command shows only its name."""
        if not self.secret:
            return self.text
        return self.text.split("=", 1)[0] + "=<hidden>"

    def __repr__(self) -> str:
        return f"AtCommand({self.log_text!r}, timeout={self.timeout})"

    def encode(self) -> bytes:
        return (self.text + "\r").encode("latin-1", errors="replace")


@dataclass(frozen=True)
class AtResult:
    """The outcome of a command: its information lines and its final result code."""

    ok: bool
    lines: list[str]
    final: str
    error: AtError | None = None

    def prefixed(self, prefix: str) -> list[str]:
        """Payloads of the lines that start with `prefix` (``"+CSQ:"``), prefix removed."""
        return [line[len(prefix) :].strip() for line in self.lines if line.startswith(prefix)]


# ----------------------------------------------------------------------------------- events


@dataclass(frozen=True)
class CommandCompleted:
    command: AtCommand
    result: AtResult


@dataclass(frozen=True)
class Unsolicited:
    """A URC. `payload` is the text after ``prefix:``; `data` the lines after it (+CMT's PDU)."""

    line: str
    name: str
    payload: str
    data: tuple[str, ...] = ()


@dataclass(frozen=True)
class PromptReady:
    """The modem shows ``> `` and waits for `send_payload()` or `abort_payload()`."""

    command: AtCommand


@dataclass(frozen=True)
class CommandTimedOut:
    """No final result arrived in time. `lines` are the responses that did arrive."""

    command: AtCommand
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResponseTooLong:
    """The in-flight command's answer passed the engine's cap. The lines so far are dropped
    (memory stays bounded); the command stays in flight until its final result or deadline,
    and any further information lines for it are discarded."""

    command: AtCommand
    lines: int
    chars: int


@dataclass(frozen=True)
class Stray:
    """A line nobody asked for: a final result with no command in flight, or unknown text."""

    line: str


Event = (CommandCompleted | Unsolicited | PromptReady | CommandTimedOut | ResponseTooLong
         | Stray)


# ------------------------------------------------------------------------------ state table


class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"  # command written, waiting for its final result
    AWAIT_PROMPT = "await_prompt"  # command written, waiting for "> "
    PROMPTED = "prompted"  # "> " seen, waiting for the caller's payload


class Input(enum.Enum):
    WRITE = "write"
    WRITE_FOR_PROMPT = "write_for_prompt"
    PROMPT = "prompt"
    PAYLOAD = "payload"
    ABORT = "abort"
    FINAL = "final"
    TIMEOUT = "timeout"


_TRANSITIONS: dict[tuple[State, Input], State] = {
    (State.IDLE, Input.WRITE): State.RUNNING,
    (State.IDLE, Input.WRITE_FOR_PROMPT): State.AWAIT_PROMPT,
    (State.AWAIT_PROMPT, Input.PROMPT): State.PROMPTED,
    (State.PROMPTED, Input.PAYLOAD): State.RUNNING,
    (State.PROMPTED, Input.ABORT): State.RUNNING,
    (State.RUNNING, Input.FINAL): State.IDLE,
    (State.AWAIT_PROMPT, Input.FINAL): State.IDLE,
    (State.PROMPTED, Input.FINAL): State.IDLE,
    (State.RUNNING, Input.TIMEOUT): State.IDLE,
    (State.AWAIT_PROMPT, Input.TIMEOUT): State.IDLE,
    (State.PROMPTED, Input.TIMEOUT): State.IDLE,
}


# --------------------------------------------------------------------------- final results

_FINAL_WORDS: dict[str, AtError | None] = {
    "OK": None,
    "ERROR": AtError("error", None, "ERROR"),
    "NO CARRIER": AtError("no_carrier", None, "NO CARRIER"),
    "NO DIALTONE": AtError("no_dialtone", None, "NO DIALTONE"),
    "NO DIAL TONE": AtError("no_dialtone", None, "NO DIALTONE"),
    "BUSY": AtError("busy", None, "BUSY"),
    "NO ANSWER": AtError("no_answer", None, "NO ANSWER"),
    "COMMAND NOT SUPPORT": AtError("not_supported", None, "COMMAND NOT SUPPORT"),
    "TOO MANY PARAMETERS": AtError("too_many_parameters", None, "TOO MANY PARAMETERS"),
}


def parse_final(line: str) -> tuple[bool, AtError | None] | None:
    """``(ok, error)`` if `line` is a final result code, else None."""
    if line in _FINAL_WORDS:
        error = _FINAL_WORDS[line]
        return error is None, error
    if line.startswith("+CME ERROR"):
        return False, AtError.cme(line[10:].lstrip(" :"))
    if line.startswith("+CMS ERROR"):
        return False, AtError.cms(line[10:].lstrip(" :"))
    if line == "CONNECT" or (line.startswith("CONNECT ") and len(line) < 40):
        return True, None
    return None


# ---------------------------------------------------------------------------------- engine

_EOL = re.compile(rb"[\r\n]")
_CONTROL = dict.fromkeys([*range(0, 9), *range(10, 32), 127])


def _clean(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.translate(_CONTROL).strip()


@dataclass
class _PendingUrc:
    spec: UrcSpec
    line: str
    payload: str
    data: list[str] = field(default_factory=list)


class AtEngine:
    """The AT protocol state machine; see the module docstring for the calling pattern."""

    def __init__(
        self,
        echo_possible: bool = True,
        *,
        extra_urcs: Iterable[UrcSpec] = (),
        max_line: int = MAX_LINE,
        max_response_lines: int = MAX_RESPONSE_LINES,
        max_response_chars: int = MAX_RESPONSE_CHARS,
    ) -> None:
        self.echo_possible = echo_possible
        self._urcs = UrcRegistry(extra_urcs)
        self._max_line = max_line
        self._max_response_lines = max_response_lines
        self._max_response_chars = max_response_chars
        self._response_chars = 0
        self._overflowed = False
        self._state = State.IDLE
        self._current: AtCommand | None = None
        self._deadline: float | None = None
        self._queue: deque[AtCommand] = deque()
        self._events: deque[Event] = deque()
        self._buffer = bytearray()
        self._truncating = False
        self._lines: list[str] = []
        self._echo_rest = ""
        self._echo_started = False
        self._pending: _PendingUrc | None = None

    # -------------------------------------------------------------- introspection

    @property
    def state(self) -> State:
        return self._state

    @property
    def current(self) -> AtCommand | None:
        """The command in flight, if any."""
        return self._current

    @property
    def queued(self) -> int:
        return len(self._queue)

    def next_deadline(self) -> float | None:
        """When `tick()` must be called next (the in-flight command's deadline)."""
        return self._deadline

    # -------------------------------------------------------------- caller side

    def send(self, command: AtCommand, now: float) -> bytes:
        """Queue `command`; return the bytes to write now (b"" while another is in flight)."""
        self._queue.append(command)
        return self.next_to_write(now)

    def next_to_write(self, now: float) -> bytes:
        """Start the next queued command if none is in flight; its bytes, or b""."""
        if self._state is not State.IDLE or not self._queue:
            return b""
        command = self._queue.popleft()
        self._transition(Input.WRITE_FOR_PROMPT if command.expect_prompt else Input.WRITE)
        self._current = command
        self._deadline = now + command.timeout
        self._clear_lines()
        self._echo_rest = command.text.upper() if self.echo_possible else ""
        self._echo_started = False
        return command.encode()

    def send_payload(self, payload: str | bytes, now: float) -> bytes:
        """After `PromptReady`: the bytes of the PDU/text followed by Ctrl-Z."""
        data = payload.encode("latin-1", "replace") if isinstance(payload, str) else payload
        if CTRL_Z in data or ESC in data:
            raise AtEngineError("a payload may not contain Ctrl-Z or ESC")
        self._transition(Input.PAYLOAD)
        self._restart_timer(now)
        if self.echo_possible:
            echo = data.decode("latin-1").replace("\r", "").replace("\n", "")
            self._echo_rest = echo.upper()
            self._echo_started = True
        return data + CTRL_Z

    def abort_payload(self, now: float) -> bytes:
        """After `PromptReady`: cancel with ESC; the modem then gives a final result."""
        self._transition(Input.ABORT)
        self._restart_timer(now)
        return ESC

    def tick(self, now: float) -> None:
        """Expire the in-flight command if its deadline has passed."""
        if self._current is None or self._deadline is None or now < self._deadline:
            return
        command, lines = self._current, tuple(self._lines)
        self._finish(Input.TIMEOUT)
        self._events.append(CommandTimedOut(command, lines))

    def reset(self) -> None:
        """Forget the command in flight and any partial input (after resynchronising the
        modem, e.g. once a plain ``AT`` got its ``OK``). Queued commands stay queued."""
        self._state = State.IDLE
        self._current = None
        self._deadline = None
        self._buffer.clear()
        self._truncating = False
        self._clear_lines()
        self._echo_rest = ""
        self._pending = None

    def cancel_queued(self) -> list[AtCommand]:
        """Drop and return the commands that wait behind the one in flight."""
        dropped = list(self._queue)
        self._queue.clear()
        return dropped

    def next_event(self) -> Event | None:
        return self._events.popleft() if self._events else None

    # -------------------------------------------------------------- modem side

    def receive_data(self, data: bytes) -> None:
        """Feed bytes read from the modem, in any chunking. Never raises."""
        if self._truncating:
            match = _EOL.search(data)
            if match is None:
                return
            data = data[match.start() :]
            self._truncating = False
        buf = self._buffer
        scan = len(buf)  # the old bytes hold no line end: search only the new ones
        buf += data
        start = 0
        while (match := _EOL.search(buf, scan)) is not None:
            end = match.start()
            if end > start:
                self._on_line(_clean(bytes(buf[start:end])))
            start = scan = end + 1
        del buf[:start]
        if len(buf) > self._max_line:
            del buf[self._max_line :]
            self._truncating = True
        if 0 < len(buf) <= 8 and self._state is State.AWAIT_PROMPT and _clean(bytes(buf)) == ">":
            buf.clear()
            self._prompt()

    # -------------------------------------------------------------- internals

    def _transition(self, event: Input) -> None:
        try:
            self._state = _TRANSITIONS[(self._state, event)]
        except KeyError:
            message = f"{event.value} is not allowed in state {self._state.value}"
            raise AtEngineError(message) from None

    def _restart_timer(self, now: float) -> None:
        assert self._current is not None  # guaranteed by the transition that just succeeded
        self._deadline = now + self._current.timeout

    def _finish(self, event: Input) -> None:
        self._transition(event)
        self._current = None
        self._deadline = None
        self._clear_lines()
        self._echo_rest = ""

    def _clear_lines(self) -> None:
        self._lines = []
        self._response_chars = 0
        self._overflowed = False

    def _collect(self, command: AtCommand, line: str) -> None:
        """Keep an information line of the answer, up to the caps (see ResponseTooLong)."""
        if self._overflowed:
            return
        chars = self._response_chars + len(line)
        if len(self._lines) >= self._max_response_lines or chars > self._max_response_chars:
            count = len(self._lines)
            self._lines = []
            self._overflowed = True
            self._events.append(ResponseTooLong(command, count + 1, chars))
            return
        self._lines.append(line)
        self._response_chars = chars

    def _prompt(self) -> None:
        assert self._current is not None
        self._transition(Input.PROMPT)
        self._events.append(PromptReady(self._current))

    def _on_line(self, line: str) -> None:
        if not line:
            return
        if self._pending is not None and self._continue_urc(line):
            return
        command = self._current
        if command is None:
            spec = self._urcs.match(line)
            if spec is not None:
                self._start_urc(spec, line)
            else:
                self._events.append(Stray(line))
            return
        if self._echo_rest and line.upper() == self._echo_rest:
            self._echo_rest = ""
            return
        if self._state is State.AWAIT_PROMPT and line == ">":
            self._prompt()
            return
        final = parse_final(line)
        if final is None and self._is_echo(line):
            return
        if final is not None:
            ok, error = final
            result = AtResult(ok, self._lines, line, error)
            self._finish(Input.FINAL)
            self._events.append(CommandCompleted(command, result))
            return
        if not line.startswith(command.response_prefixes):
            spec = self._urcs.match(line)
            if spec is not None:
                self._start_urc(spec, line)
                return
        self._collect(command, line)
        self._echo_rest = ""

    def _is_echo(self, line: str) -> bool:
        rest = self._echo_rest
        if not rest:
            return False
        upper = line.upper()
        if self._state is State.RUNNING and self._echo_started:
            upper = upper.removeprefix(">").lstrip()  # payload echo after a "> " prompt
        if upper and rest.startswith(upper) and (self._echo_started or upper.startswith("AT")):
            self._echo_rest = rest[len(upper) :]
            self._echo_started = True
            return True
        if not self._echo_started and upper.endswith(rest):  # garbage glued before the echo
            self._echo_rest = ""
            return True
        return False

    def _start_urc(self, spec: UrcSpec, line: str) -> None:
        payload = self._urcs.payload(spec, line)
        follow = spec.follow
        wants_more = (
            follow is Follow.ONE_LINE
            or (follow is Follow.ONE_LINE_IF_LENGTH and payload.isdigit())
            or (follow is Follow.UNTIL_QUOTE_CLOSED and payload.count('"') % 2 == 1)
        )
        pending = _PendingUrc(spec, line, payload)
        if wants_more:
            self._pending = pending
        else:
            self._emit_urc(pending)

    def _continue_urc(self, line: str) -> bool:
        """Offer `line` to the multi-line URC in progress; False if it belongs elsewhere."""
        pending = self._pending
        assert pending is not None
        prefixes = self._current.response_prefixes if self._current is not None else ()
        if (
            parse_final(line) is not None
            or self._urcs.match(line) is not None
            or (prefixes and line.startswith(prefixes))
        ):
            self._pending = None
            self._emit_urc(pending)
            return False
        pending.data.append(line)
        if pending.spec.follow is Follow.UNTIL_QUOTE_CLOSED:
            quotes = pending.payload.count('"') + sum(d.count('"') for d in pending.data)
            if quotes % 2 == 1 and len(pending.data) < MAX_URC_LINES:
                return True
        self._pending = None
        self._emit_urc(pending)
        return True

    def _emit_urc(self, pending: _PendingUrc) -> None:
        self._events.append(
            Unsolicited(pending.line, pending.spec.name, pending.payload, tuple(pending.data))
        )
