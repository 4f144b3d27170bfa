"""SMS commands of TS 27.005: +CMGF, +CPMS, +CMGL, +CMGR, +CMGS, +CMGD, +CNMI, +CSCA, +CSMP, +CMTI;
and the SIM's message records (EF_SMS) read through +CRSM.

PDUs are returned as hex text; decoding them is cmgui.sms's job.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmgui.at.commands import sim
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import Field, field_at, first_payload, opt_int, split_fields, to_int

#: <stat> in PDU mode (numbers) and text mode (strings).
STAT_NAMES: dict[int, str] = {
    0: "REC UNREAD",
    1: "REC READ",
    2: "STO UNSENT",
    3: "STO SENT",
    4: "ALL",
}
_STAT_BY_NAME = {name: code for code, name in STAT_NAMES.items()}


def cmgf(text_mode: bool) -> AtCommand:
    return AtCommand(f"AT+CMGF={int(text_mode)}")


# ---------------------------------------------------------------------- storage


@dataclass(frozen=True)
class StorageUse:
    memory: str | None
    used: int
    total: int


def cpms_query() -> AtCommand:
    return AtCommand("AT+CPMS?", response_prefixes=("+CPMS:",))


def cpms_set(mem1: str, mem2: str | None = None, mem3: str | None = None) -> AtCommand:
    mems = [m for m in (mem1, mem2, mem3) if m is not None]
    return AtCommand("AT+CPMS=" + ",".join(f'"{m}"' for m in mems), response_prefixes=("+CPMS:",))


def parse_cpms(result: AtResult | str) -> list[StorageUse]:
    """``+CPMS: "SM",3,30,"SM",3,30,...`` (read) or ``+CPMS: 3,30,3,30,...`` (set answer)."""
    payload = result if isinstance(result, str) else first_payload(result, "+CPMS:")
    fields = split_fields(payload)
    named = bool(fields) and (fields[0].quoted or not fields[0].text.isdigit())
    step = 3 if named else 2
    if len(fields) < step or len(fields) % step:
        raise AtParseError(f"+CPMS: unexpected field count in {payload[:60]!r}")
    stores = []
    for i in range(0, len(fields), step):
        memory = fields[i].text if named else None
        used = to_int(fields[i + step - 2], "used")
        stores.append(StorageUse(memory, used, to_int(fields[i + step - 1], "total")))
    return stores


# ---------------------------------------------------------------------- reading


@dataclass(frozen=True)
class StoredMessage:
    """A message from +CMGL/+CMGR. In PDU mode `body` is the PDU hex and `length` its TPDU
    length; in text mode `body` is the text and `address`/`timestamp` come from the header."""

    index: int | None
    stat: int | None
    body: str
    length: int | None = None
    address: str | None = None
    alpha: str | None = None
    timestamp: str | None = None


def _stat(field: Field) -> int | None:
    if not field:
        return None
    if field.quoted or not field.text.isdigit():
        code = _STAT_BY_NAME.get(field.text.upper())
        if code is None:
            raise AtParseError(f"unknown message status {field.text!r}")
        return code
    return to_int(field, "stat")


def cmgl(stat: int = 4, text_mode: bool = False) -> AtCommand:
    """List messages (4/"ALL" = all). Reading a full store can take a while.

    Every "REC UNREAD" message listed, whatever `stat` asks for, is "REC READ" afterwards
    (TS 27.005 3.4.2), as after +CMGR: to learn without changing, see :func:`ef_sms_record`.
    """
    arg = f'"{STAT_NAMES[stat]}"' if text_mode else str(stat)
    return AtCommand(f"AT+CMGL={arg}", timeout=60.0, response_prefixes=("+CMGL:",))


def _header_and_body(lines: list[str], prefix: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith(prefix):
            i += 1  # junk before the first header
            continue
        body = ""
        if i + 1 < len(lines) and not lines[i + 1].startswith(prefix):
            body = lines[i + 1]
            i += 1
        pairs.append((line[len(prefix) :].strip(), body))
        i += 1
    return pairs


def parse_cmgl(result: AtResult | list[str], text_mode: bool = False) -> list[StoredMessage]:
    """PDU mode: ``+CMGL: <index>,<stat>,[<alpha>],<length>`` + PDU line, per message.
    Text mode: ``+CMGL: <index>,<stat>,<oa/da>,[<alpha>],[<scts>]...`` + text line."""
    lines = result.lines if isinstance(result, AtResult) else result
    messages = []
    for header, body in _header_and_body(lines, "+CMGL:"):
        fields = split_fields(header)
        if len(fields) < 2:
            raise AtParseError(f"+CMGL: too few fields in {header[:60]!r}")
        index = to_int(fields[0], "index")
        if text_mode:
            messages.append(_text_message(index, fields[1], fields[2:], body))
        else:
            length = to_int(fields[-1], "length") if len(fields) >= 3 else None
            _check_pdu(body)
            messages.append(StoredMessage(index, _stat(fields[1]), body.upper(), length))
    return messages


def _text_message(index: int | None, stat: Field, rest: list[Field], body: str) -> StoredMessage:
    address = rest[0].text if rest else None
    alpha = field_at(rest, 1)
    stamp = field_at(rest, 2)
    return StoredMessage(
        index,
        _stat(stat),
        body,
        address=address,
        alpha=alpha.text if alpha else None,
        timestamp=stamp.text if stamp else None,
    )


def _check_pdu(body: str) -> None:
    try:
        bytes.fromhex(body)
    except ValueError:
        raise AtParseError(f"not a PDU: {body[:40]!r}") from None
    if not body:
        raise AtParseError("message header without PDU")


def cmgr(index: int) -> AtCommand:
    return AtCommand(f"AT+CMGR={index}", timeout=20.0, response_prefixes=("+CMGR:",))


def parse_cmgr(
    result: AtResult, index: int | None = None, text_mode: bool = False
) -> StoredMessage:
    """``+CMGR: <stat>,[<alpha>],<length>`` + PDU (or the text-mode header + text)."""
    pairs = _header_and_body(result.lines, "+CMGR:")
    if not pairs:
        raise AtParseError("no +CMGR line (empty slot?)")
    header, body = pairs[0]
    fields = split_fields(header)
    if text_mode:
        return _text_message(index, fields[0], fields[1:], body)
    _check_pdu(body)
    length = to_int(fields[-1], "length") if len(fields) >= 2 else None
    return StoredMessage(index, _stat(fields[0]), body.upper(), length)


# ---------------------------------------------------------------------- EF_SMS

#: EF_SMS (TS 51.011 10.5.3, TS 31.102 4.2.25): one record per message the SIM holds.
EF_SMS = 0x6F3C
EF_SMS_RECORD_LENGTH = 176
#: Where to look for EF_SMS: wherever the modem finds it, under DF_TELECOM (a GSM SIM), under
#: ADF_USIM (a UICC); the first that answers is the one.
EF_SMS_PATHS = ("", "7F10", "7FFF")
#: Status byte bits b3..b1 of a used record -> <stat> as +CMGL gives it.
_EF_SMS_STAT = {0b001: 1, 0b011: 0, 0b101: 3, 0b111: 2}


def ef_sms_record(record: int, path: str = "") -> AtCommand:
    """Read one EF_SMS record (1-based) with +CRSM: unlike +CMGL and +CMGR this marks nothing
    read, so it is how to learn a message's status without changing it."""
    return sim.crsm_read_record(EF_SMS, record, EF_SMS_RECORD_LENGTH, path)


def ef_sms_stat(record: bytes) -> int | None:
    """The <stat> of an EF_SMS record from its status byte; None for a free record (and for an
    erased one, all FF: bits b8..b6 are reserved and never set in a used record)."""
    if not record or not record[0] & 0x01 or record[0] & 0xE0:
        return None
    return _EF_SMS_STAT.get(record[0] & 0x07)


# ---------------------------------------------------------------------- sending


def cmgs_pdu(tpdu_length: int, timeout: float = 60.0) -> AtCommand:
    """``AT+CMGS=<length>`` (TPDU octets, SMSC part excluded); send the PDU at the prompt."""
    if not 0 < tpdu_length <= 176:
        raise ValueError("TPDU length must be 1..176")
    return AtCommand(
        f"AT+CMGS={tpdu_length}", timeout=timeout, expect_prompt=True, response_prefixes=("+CMGS:",)
    )


def cmgs_text(number: str, timeout: float = 60.0) -> AtCommand:
    if '"' in number:
        raise ValueError("a number may not contain quotes")
    return AtCommand(
        f'AT+CMGS="{number}"', timeout=timeout, expect_prompt=True, response_prefixes=("+CMGS:",)
    )


def parse_cmgs(result: AtResult) -> int:
    """The message reference ``+CMGS: <mr>[,<scts/ackpdu>]``."""
    return to_int(split_fields(first_payload(result, "+CMGS:"))[0], "mr")


def cmgd(index: int, delflag: int | None = None) -> AtCommand:
    """Delete one message, or with `delflag` 1..4 read/sent/unsent/all messages."""
    suffix = "" if delflag is None else f",{delflag}"
    return AtCommand(f"AT+CMGD={index}{suffix}", timeout=25.0)


def cnmi(mode: int = 2, mt: int = 1, bm: int = 0, ds: int = 2, bfr: int = 0) -> AtCommand:
    """New-message indications; the default stores messages and reports ``+CMTI``/``+CDS``."""
    return AtCommand(f"AT+CNMI={mode},{mt},{bm},{ds},{bfr}")


# ---------------------------------------------------------------------- SMSC, params


@dataclass(frozen=True)
class ServiceCentre:
    number: str
    type: int | None


def csca_query() -> AtCommand:
    return AtCommand("AT+CSCA?", response_prefixes=("+CSCA:",))


def csca_set(number: str, type_: int | None = None) -> AtCommand:
    if '"' in number:
        raise ValueError("a number may not contain quotes")
    suffix = "" if type_ is None else f",{type_}"
    return AtCommand(f'AT+CSCA="{number}"{suffix}')


def parse_csca(result: AtResult) -> ServiceCentre:
    fields = split_fields(first_payload(result, "+CSCA:"))
    return ServiceCentre(fields[0].text, opt_int(field_at(fields, 1), "type"))


def csmp(fo: int = 17, vp: int = 167, pid: int = 0, dcs: int = 0) -> AtCommand:
    """Text-mode sending parameters (first octet, validity period, protocol id, coding)."""
    return AtCommand(f"AT+CSMP={fo},{vp},{pid},{dcs}")


# ---------------------------------------------------------------------- URCs


@dataclass(frozen=True)
class NewMessage:
    memory: str
    index: int


def parse_cmti(payload: str) -> NewMessage:
    """The payload of ``+CMTI: <mem>,<index>`` (also ``+CDSI``)."""
    fields = split_fields(payload)
    if len(fields) < 2 or not fields[0].text:
        raise AtParseError(f"+CMTI: expected <mem>,<index>, got {payload[:40]!r}")
    return NewMessage(fields[0].text, to_int(fields[1], "index"))
