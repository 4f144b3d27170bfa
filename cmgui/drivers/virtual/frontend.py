"""The AT front end of the virtual modem, sans-IO: bytes in, bytes out, time passed in.

Feed what the TE sends to :meth:`AtFrontEnd.receive_data`, move time with
:meth:`AtFrontEnd.advance`, and send :meth:`AtFrontEnd.data_to_send` back. Answers follow
V.250 framing (``\\r\\n<text>\\r\\n``, final ``OK``/``ERROR``/``+CME ERROR``), echo per ATE,
numeric or verbose errors per +CMEE, the ``> `` prompt of +CMGS/+CMGW, and unsolicited result
codes between answers (or, with ``urc_interleave`` > 0, occasionally inside one).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from cmgui.at.fields import scan

from . import dialects
from .at_basic import s_register
from .at_indicators import IndicatorWatch
from .errors import ModemError
from .model import VirtualModem
from .session import (
    Command,
    Deferred,
    Handler,
    Prompt,
    Session,
    SyntaxFailure,
    UnknownCommand,
)
from .urcs import UrcBuilder

CTRL_Z = 0x1A
ESC = 0x1B
MAX_LINE = 4096
_EXT_START = "+^$%!#*"


def parse_command_line(body: str) -> list[Command]:
    """Split what follows ``AT`` into commands (basic ones chained, extended ones by ``;``)."""
    cmds: list[Command] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch in " ;":
            i += 1
            continue
        if ch in _EXT_START:
            j = i + 1
            while j < len(body) and (body[j].isalnum() or body[j] in "_-"):
                j += 1
            name = body[i:j].upper()
            k = next((j + at for at, _, _ in scan(body[j:], ";")), len(body))
            cmds.append(_with_op(name, body[j:k].strip()))
            i = k
        elif ch.upper() == "S" and i + 1 < len(body) and body[i + 1].isdigit():
            j = i + 1
            while j < len(body) and body[j].isdigit():
                j += 1
            name = "S" + body[i + 1 : j]
            if body[j : j + 1] == "?":
                cmds.append(Command(name, "?"))
                i = j + 1
            elif body[j : j + 1] == "=":
                k = j + 1
                while k < len(body) and body[k].isdigit():
                    k += 1
                cmds.append(Command(name, "=", body[j + 1 : k]))
                i = k
            else:
                raise SyntaxFailure(name)
        elif ch.isalpha() or ch == "&":
            j = i + (2 if ch == "&" else 1)
            name = body[i:j].upper()
            k = j
            while k < len(body) and body[k].isdigit():
                k += 1
            cmds.append(Command(name, "", body[j:k]))
            i = k
        else:
            raise SyntaxFailure(ch)
    return cmds


def _with_op(name: str, rest: str) -> Command:
    if rest == "":
        return Command(name, "")
    if rest.startswith("=?"):
        return Command(name, "=?")
    if rest == "?":
        return Command(name, "?")
    if rest.startswith("="):
        return Command(name, "=", rest[1:])
    raise SyntaxFailure(name)


@dataclass
class _Busy:
    due: float
    deferred: Deferred
    remaining: list[Command]
    blocks: list[list[str]] = field(default_factory=list)


class AtFrontEnd:
    """One AT interpreter bound to a :class:`VirtualModem` and a dialect."""

    def __init__(self, model: VirtualModem, dialect: str = "generic", *,
                 scan_delay: float = 3.0, urc_interleave: float = 0.0, seed: int = 0) -> None:
        self._table: dict[str, Handler] = dialects.table(dialect)
        self.session = Session(model, dialect, scan_delay=scan_delay)
        self.model = model
        self._urcs_builder = UrcBuilder(self.session)
        self._indicators = IndicatorWatch(self.session)
        self._rng = random.Random(seed)
        self.urc_interleave = urc_interleave
        self._out = bytearray()
        self._line = bytearray()
        self._stash = bytearray()
        self._prompt: Prompt | None = None
        self._prompt_buf = bytearray()
        self._busy: _Busy | None = None
        self._urcs: list[list[str]] = []
        self._held_until: float | None = None
        self._last_line = ""

    # -- public sans-IO API ------------------------------------------------------------------
    @property
    def dialect(self) -> str:
        return self.session.dialect

    @property
    def busy(self) -> bool:
        """A slow command (a network scan, say) is running; what arrives meanwhile waits."""
        return self._busy is not None

    def data_to_send(self) -> bytes:
        out, self._out = bytes(self._out), bytearray()
        return out

    def receive_data(self, data: bytes) -> None:
        for pos, byte in enumerate(data):
            if self._busy is not None:
                self._stash += data[pos:]
                return
            if self._prompt is not None:
                self._prompt_byte(byte)
            else:
                self._command_byte(byte)
        self._flush_urcs()

    def advance(self, now: float) -> None:
        """Move the model clock to ``now``; finish slow answers and emit due URCs."""
        self.model.advance_to(now)
        self._collect()
        busy = self._busy
        if busy is not None:
            self._emit_urcs()  # a URC may well arrive while the TE waits for an answer
            if busy.due <= self.model.now:
                self._busy = None
                try:
                    lines = busy.deferred.produce()
                except ModemError as exc:
                    self._finish_error(busy.blocks, exc)
                else:
                    if lines:
                        busy.blocks.append(lines)
                    self._run(busy.remaining, busy.blocks)
                self._resume()
        if self._held_until is not None and self._held_until <= self.model.now:
            self._held_until = None
        self._flush_urcs()

    def next_deadline(self) -> float | None:
        times = [t for t in (self.model.next_deadline(), self._held_until,
                             self._busy.due if self._busy else None) if t is not None]
        return min(times) if times else None

    # -- input ---------------------------------------------------------------------------------
    def _echo(self, data: bytes) -> None:
        if self.session.settings.echo:
            self._out += data

    def _command_byte(self, byte: int) -> None:
        s3 = self.session.settings.s_regs.get(3, 13)
        bs = self.session.settings.s_regs.get(5, 8)
        self._echo(bytes([byte]))
        if byte == s3:
            line = self._line.decode("latin-1")
            self._line.clear()
            self._execute_line(line)
        elif byte == bs:
            del self._line[-1:]
        elif byte < 0x20:
            pass  # stray control characters (LF after CR, ESC, Ctrl-Z) are not part of a line
        else:
            self._line.append(byte)
            if len(self._line) > MAX_LINE:
                self._line.clear()
            if self._line.upper() == b"A/":
                self._line.clear()
                self._execute_line(self._last_line)

    def _prompt_byte(self, byte: int) -> None:
        prompt = self._prompt
        assert prompt is not None
        if byte == CTRL_Z:
            self._echo(bytes([byte]))
            text = self._prompt_buf.decode("latin-1")
            self._prompt, self._prompt_buf = None, bytearray()
            try:
                lines = prompt.submit(text)
            except ModemError as exc:
                self._finish_error([], exc)
            except SyntaxFailure:
                self._final([], "ERROR")
            else:
                self._final([lines] if lines else [], "OK")
        elif byte == ESC:
            self._prompt, self._prompt_buf = None, bytearray()
            self._final([], "OK")
        elif byte in (0x0D, 0x0A):
            if byte == 0x0D and self.session.settings.cmgf == 1:
                self._prompt_buf += b"\n"
                self._out += b"\r\n> "
        else:
            self._echo(bytes([byte]))
            if len(self._prompt_buf) < MAX_LINE:
                self._prompt_buf.append(byte)

    # -- execution -----------------------------------------------------------------------------
    def _execute_line(self, line: str) -> None:
        text = line.strip()
        if text[:2].upper() != "AT":
            return  # real modems ignore anything that is not a command line
        self._last_line = text
        try:
            commands = parse_command_line(text[2:])
        except SyntaxFailure:
            self._final([], "ERROR")
            return
        self._run(commands, [])

    def _run(self, commands: list[Command], blocks: list[list[str]]) -> None:
        for idx, cmd in enumerate(commands):
            handler = self._table.get(cmd.name)
            if handler is None and cmd.name.startswith("S") and cmd.name[1:].isdigit():
                handler = s_register
            try:
                if handler is None:
                    raise UnknownCommand(cmd.name)
                result = handler(self.session, cmd)
            except ModemError as exc:
                self._finish_error(blocks, exc)
                return
            except UnknownCommand:
                self._final(blocks, dialects.UNKNOWN_TEXT.get(self.dialect, "ERROR"))
                return
            except SyntaxFailure:
                self._final(blocks, "ERROR")
                return
            if isinstance(result, Prompt):
                if idx != len(commands) - 1:
                    self._final(blocks, "ERROR")
                    return
                self._write_blocks(blocks)
                self._prompt = result
                self._out += b"\r\n> "
                return
            if isinstance(result, Deferred):
                self._busy = _Busy(self.model.now + result.delay, result, commands[idx + 1 :],
                                   blocks)
                return
            if result:
                blocks.append(result)
        self._final(blocks, "OK")

    def _resume(self) -> None:
        """Handle what the TE sent while a slow command was running."""
        if self._busy is None and self._stash:
            stash, self._stash = bytes(self._stash), bytearray()
            self.receive_data(stash)

    # -- output --------------------------------------------------------------------------------
    def _write_blocks(self, blocks: list[list[str]]) -> None:
        for block in blocks:
            if self.session.settings.verbose:
                self._out += ("\r\n" + "\r\n".join(block) + "\r\n").encode("latin-1", "replace")
            else:
                self._out += "".join(line + "\r\n" for line in block).encode("latin-1",
                                                                              "replace")

    def _final(self, blocks: list[list[str]], code: str) -> None:
        self._write_blocks(blocks)
        if self._held_until is not None and self._urcs:
            self._held_until = None
            self._emit_urcs()
        st = self.session.settings
        if not st.quiet:
            if st.verbose:
                self._out += f"\r\n{code}\r\n".encode("latin-1")
            else:
                numeric = {"OK": "0", "ERROR": "4"}.get(code)
                self._out += (f"{numeric}\r" if numeric else f"{code}\r\n").encode("latin-1")
        self._collect()

    def _finish_error(self, blocks: list[list[str]], exc: ModemError) -> None:
        cmee = self.session.settings.cmee
        if cmee == 0:
            self._final(blocks, "ERROR")
            return
        kind = "+CMS ERROR" if exc.cms else "+CME ERROR"
        self._final(blocks, f"{kind}: {exc.code if cmee == 1 else exc.text}")

    # -- unsolicited result codes --------------------------------------------------------------
    def _collect(self) -> None:
        for event in self.model.drain_events():
            self._urcs += self._urcs_builder.lines(event)
        self._urcs += self._indicators.changes()

    def _emit_urcs(self) -> None:
        urcs, self._urcs = self._urcs, []
        self._write_blocks(urcs)

    def _flush_urcs(self) -> None:
        self._collect()
        if not self._urcs or self._prompt is not None or self._busy is not None:
            return
        if self._held_until is not None:
            return
        if self.urc_interleave > 0 and self._rng.random() < self.urc_interleave:
            self._held_until = self.model.now + 1.0  # goes out inside the next answer
            return
        self._emit_urcs()
