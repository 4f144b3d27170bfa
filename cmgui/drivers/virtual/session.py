"""Shared state of an AT session and the small types command handlers use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cmgui.at.fields import top_level

from . import errors
from .model import VirtualModem

DIALECTS = ("generic", "huawei", "quectel", "sierra", "simcom", "telit", "ublox")


class SyntaxFailure(Exception):
    """A malformed command line: plain ``ERROR`` whatever +CMEE says."""


class UnknownCommand(Exception):
    """A command the dialect does not know (``ERROR`` / ``COMMAND NOT SUPPORT``)."""


@dataclass(frozen=True)
class Command:
    """One command of a command line: ``name`` upper-cased, ``op`` in "", "?", "=?", "="."""

    name: str
    op: str = ""
    raw: str = ""

    @property
    def args(self) -> list[str | None]:
        return split_args(self.raw)

    def int_arg(self, index: int, default: int | None = None) -> int:
        args = self.args
        value = args[index] if index < len(args) else None
        if value is None or value == "":
            if default is None:
                raise errors.cme(errors.BAD_PARAMS)
            return default
        try:
            return int(value)
        except ValueError:
            raise errors.cme(errors.BAD_PARAMS) from None

    def str_arg(self, index: int, default: str | None = None) -> str:
        args = self.args
        value = args[index] if index < len(args) else None
        if value is None:
            if default is None:
                raise errors.cme(errors.BAD_PARAMS)
            return default
        return value


def split_args(raw: str) -> list[str | None]:
    """Split ``a,"b,c",,d`` into ``["a", "b,c", None, "d"]`` (quotes removed, empty -> None)."""
    if raw.strip() == "":
        return []
    if raw.count('"') % 2:
        raise SyntaxFailure("unterminated string")
    return [_arg(piece) for piece in top_level(raw, nest=False)]


def _arg(piece: str) -> str | None:
    if '"' in piece:
        return piece.replace('"', "")
    return piece.strip() or None


def q(text: str) -> str:
    return f'"{text}"'


@dataclass
class Prompt:
    """Show ``> `` and collect text up to Ctrl-Z; ``submit`` gives the answer lines."""

    submit: Callable[[str], list[str]]


@dataclass
class Deferred:
    """An answer that takes ``delay`` seconds of model time (e.g. a network scan)."""

    delay: float
    produce: Callable[[], list[str]]


Result = list[str] | Prompt | Deferred


@dataclass
class Settings:
    """TE-facing settings that ATZ/AT&F restore."""

    echo: bool = True
    verbose: bool = True
    quiet: bool = False
    cmee: int = 1
    cscs: str = "IRA"
    cmgf: int = 0
    creg: int = 0
    cgreg: int = 0
    cereg: int = 0
    c5greg: int = 0
    cusd: int = 0
    cops_format: int = 0
    cpbs: str = "SM"
    cnmi_mode: int = 2
    cgerep: int = 0
    cmer_mode: int = 0
    cmer_ind: int = 0
    dsflowrpt: bool = False
    clip: bool = False
    csmp: tuple[int, int, int, int] = (17, 167, 0, 0)
    s_regs: dict[int, int] = field(default_factory=lambda: {0: 0, 3: 13, 4: 10, 5: 8})


@dataclass
class Session:
    model: VirtualModem
    dialect: str = "generic"
    settings: Settings = field(default_factory=Settings)
    scan_delay: float = 3.0

    def te_encode(self, text: str) -> str:
        """Text in the TE character set (+CSCS): UCS2 as hex, GSM/IRA as is."""
        if self.settings.cscs == "UCS2":
            return text.encode("utf-16-be").hex().upper()
        return text

    def te_decode(self, text: str) -> str:
        if self.settings.cscs == "UCS2":
            try:
                return bytes.fromhex(text).decode("utf-16-be")
            except ValueError:
                raise errors.cme(25) from None
        return text


Handler = Callable[[Session, Command], Result]
