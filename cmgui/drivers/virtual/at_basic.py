"""V.250 basics, identification, SIM and power commands (TS 27.007 §4-§8)."""

from __future__ import annotations

from cmgui.at.commands.sim import EF_ICCID, READ_BINARY, READ_RECORD
from cmgui.at.commands.sms import EF_SMS, EF_SMS_RECORD_LENGTH

from . import errors
from .at_sms import ef_sms_record
from .session import Command, Handler, Result, Session, Settings, SyntaxFailure, q
from .sim import SimState


def _flag(c: Command, low: int = 0, high: int = 1) -> int:
    value = c.raw.strip() or "0"
    if not value.isdigit() or not low <= int(value) <= high:
        raise SyntaxFailure(c.name)
    return int(value)


def echo(s: Session, c: Command) -> Result:
    s.settings.echo = bool(_flag(c))
    return []


def verbose(s: Session, c: Command) -> Result:
    s.settings.verbose = bool(_flag(c))
    return []


def quiet(s: Session, c: Command) -> Result:
    s.settings.quiet = bool(_flag(c))
    return []


def reset(s: Session, c: Command) -> Result:
    """ATZ / AT&F: restore the TE settings (the device keeps its state)."""
    s.settings = Settings()
    s.model.sms.mt, s.model.sms.ds = 1, 0
    return []


def s_register(s: Session, c: Command) -> Result:
    try:
        reg = int(c.name[1:])
    except ValueError:
        raise SyntaxFailure(c.name) from None
    if c.op == "?":
        return [f"{s.settings.s_regs.get(reg, 0):03d}"]
    if c.op == "=" and c.raw.strip().isdigit() and int(c.raw) < 256:
        s.settings.s_regs[reg] = int(c.raw)
        return []
    raise SyntaxFailure(c.name)


def info(s: Session, c: Command) -> Result:
    ident = s.model.identity
    if s.dialect == "quectel":
        return [ident.manufacturer, ident.model.split(" ")[0], f"Revision: {ident.revision}"]
    return [f"Manufacturer: {ident.manufacturer}", f"Model: {ident.model}",
            f"Revision: {ident.revision}", f"IMEI: {ident.imei}", "+GCAP: +CGSM,+DS,+ES"]


def _plain(value: str) -> Result:
    return [value]


def cgmi(s: Session, c: Command) -> Result:
    return [] if c.op == "=?" else _plain(s.model.identity.manufacturer)


def cgmm(s: Session, c: Command) -> Result:
    return [] if c.op == "=?" else _plain(s.model.identity.model)


def cgmr(s: Session, c: Command) -> Result:
    return [] if c.op == "=?" else _plain(s.model.identity.revision)


def cgsn(s: Session, c: Command) -> Result:
    return [] if c.op == "=?" else _plain(s.model.identity.imei)


def gcap(s: Session, c: Command) -> Result:
    return ["+GCAP: +CGSM,+DS,+ES"]


def cimi(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return []
    s.model.sim.require_ready()
    return [s.model.identity.imsi]


def cnum(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return []
    s.model.sim.require_ready()
    number = s.model.identity.msisdn
    return [f'+CNUM: "",{q(number)},{145 if number.startswith("+") else 129}']


def cmee(s: Session, c: Command) -> Result:
    if c.op == "?":
        return [f"+CMEE: {s.settings.cmee}"]
    if c.op == "=?":
        return ["+CMEE: (0-2)"]
    value = c.int_arg(0, 0)
    if not 0 <= value <= 2:
        raise errors.cme(errors.BAD_PARAMS)
    s.settings.cmee = value
    return []


def cscs(s: Session, c: Command) -> Result:
    if c.op == "?":
        return [f"+CSCS: {q(s.settings.cscs)}"]
    if c.op == "=?":
        return ['+CSCS: ("GSM","IRA","UCS2")']
    value = c.str_arg(0).upper()
    if value not in ("GSM", "IRA", "UCS2"):
        raise errors.cme(errors.NOT_SUPPORTED)
    s.settings.cscs = value
    return []


def _require_sim_present(s: Session) -> None:
    state = s.model.sim.state
    if state is SimState.ABSENT:
        raise errors.cme(errors.SIM_NOT_INSERTED)
    if state is SimState.BLOCKED:
        raise errors.cme(errors.SIM_BLOCKED)


def cpin(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return []
    if c.op == "?":
        _require_sim_present(s)
        return [f"+CPIN: {s.model.sim.state.value}"]
    pin = c.str_arg(0)
    args = c.args
    if len(args) > 1 and args[1] is not None:
        s.model.enter_puk(pin, args[1])
    else:
        s.model.enter_pin(pin)
    return []


def cpinr(s: Session, c: Command) -> Result:
    _require_sim_present(s)
    sim = s.model.sim
    lines = {"SIM PIN": f"+CPINR: SIM PIN,{sim.pin_tries},3",
             "SIM PUK": f"+CPINR: SIM PUK,{sim.puk_tries},10"}
    if c.op == "=" and c.args:
        sel = (c.args[0] or "").upper()
        return [v for k, v in lines.items() if sel in (k, "*") or (sel.endswith("*")
                                                                    and k.startswith(sel[:-1]))]
    return list(lines.values())


def clck(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ['+CLCK: ("SC")']
    if c.op != "=":
        raise SyntaxFailure(c.name)
    if c.str_arg(0).upper() != "SC":
        raise errors.cme(errors.NOT_SUPPORTED)
    mode = c.int_arg(1)
    if mode == 2:
        s.model.sim.require_ready()
        return [f"+CLCK: {int(s.model.sim.pin_enabled)}"]
    if mode not in (0, 1):
        raise errors.cme(errors.BAD_PARAMS)
    s.model.sim.set_lock(bool(mode), c.str_arg(2))
    return []


def cpwd(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ['+CPWD: ("SC",8)']
    if c.op != "=":
        raise SyntaxFailure(c.name)
    if c.str_arg(0).upper() != "SC":
        raise errors.cme(errors.NOT_SUPPORTED)
    s.model.sim.change_pin(c.str_arg(1), c.str_arg(2))
    return []


def cfun(s: Session, c: Command) -> Result:
    if c.op == "?":
        return [f"+CFUN: {s.model.cfun}"]
    if c.op == "=?":
        return ["+CFUN: (0,1,4),(0-1)"]
    fun = c.int_arg(0)
    rst = c.int_arg(1, 0)
    if rst == 1 and fun == 1:
        s.model.reset()
    else:
        s.model.set_cfun(fun)
    return []


def make_iccid(prefix: str) -> Handler:
    """+CCID / +ICCID / ^ICCID / +QCCID: the same answer under the dialect's name."""

    def handler(s: Session, c: Command) -> Result:
        if c.op == "=?":
            return []
        _require_sim_present(s)
        return [f"{prefix}: {s.model.identity.iccid}"]

    return handler


def _swap_nibbles(digits: str) -> str:
    if len(digits) % 2:
        digits += "F"
    return "".join(digits[i + 1] + digits[i] for i in range(0, len(digits), 2))


def crsm(s: Session, c: Command) -> Result:
    """Restricted SIM access: READ BINARY of EF_ICCID, READ RECORD of EF_SMS (others: file
    not found). The answer is the card's status words (and data), as the card gave them."""
    if c.op == "=?":
        return []
    if c.op != "=":
        raise SyntaxFailure(c.name)
    _require_sim_present(s)
    command = c.int_arg(0)
    fileid = c.int_arg(1, 0)
    if command == READ_RECORD and fileid == EF_SMS:
        return [_read_sms_record(s, c)]
    if command not in (READ_BINARY, READ_RECORD):
        return ["+CRSM: 109,0"]  # 6D00 instruction not supported
    if command != READ_BINARY or fileid != EF_ICCID:
        return ["+CRSM: 106,130"]  # 6A82 file not found
    return [f"+CRSM: 144,0,{q(_swap_nibbles(s.model.identity.iccid))}"]


def _read_sms_record(s: Session, c: Command) -> str:
    """``+CRSM=178,28476,<record>,4,176[,,<path>]``; EF_SMS is under DF_TELECOM and ADF_USIM."""
    if c.str_arg(6, "").upper().removeprefix("3F00") not in ("", "7F10", "7FFF"):
        return "+CRSM: 106,130"
    if s.model.sim.check() is not None:
        return "+CRSM: 105,130"  # 6982 security status not satisfied: PIN first
    if c.int_arg(3, 0) != 4:
        return "+CRSM: 107,0"  # 6B00 wrong P1/P2: absolute mode only
    if c.int_arg(4, 0) != EF_SMS_RECORD_LENGTH:
        return f"+CRSM: 108,{EF_SMS_RECORD_LENGTH}"  # 6CXX wrong length, XX the right one
    data = ef_sms_record(s, c.int_arg(2, 0))
    if data is None:
        return "+CRSM: 106,131"  # 6A83 record not found
    return f"+CRSM: 144,0,{q(data.hex().upper())}"


def ceer(s: Session, c: Command) -> Result:
    cause = s.model.data.last_error_cause
    if cause == 27:
        return ['+CEER: "SM cause 27: missing or unknown APN"']
    return ['+CEER: "No cause information available"']
