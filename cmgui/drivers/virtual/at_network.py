"""Network commands: signal, registration, operator selection, attach, mode (TS 27.007 §7, §10)."""

from __future__ import annotations

from . import errors
from .radio import AcT, ModePref, Operator, Registration, RegStat
from .session import Command, Deferred, Result, Session, SyntaxFailure, q

DOMAINS = ("+CREG", "+CGREG", "+CEREG", "+C5GREG")
_ACT_DOMAIN = {AcT.LTE: "+CEREG", AcT.NR5G: "+C5GREG"}


def domain_registration(s: Session, domain: str) -> Registration:
    """What one registration command reports (CS, GPRS, EPS or 5GS)."""
    model = s.model
    if domain == "+CREG":
        return model.registration
    reg = model.ps_registration
    if domain == "+CGREG" or not reg.registered or reg.act is None:
        return reg
    if _ACT_DOMAIN.get(reg.act) == domain:
        return reg
    return Registration(RegStat.NOT_REGISTERED)


def _location(domain: str, reg: Registration) -> str:
    op = reg.operator
    assert op is not None and reg.act is not None
    if domain in ("+CREG", "+CGREG"):
        area = f"{op.lac:04X}"
    elif domain == "+C5GREG":
        area = f"{op.tac:06X}"
    else:
        area = f"{op.tac:04X}"
    cell = f"{op.cell_id:09X}" if domain == "+C5GREG" else f"{op.cell_id:08X}"
    return f'"{area}","{cell}",{int(reg.act)}'


def registration_fields(domain: str, n: int, reg: Registration) -> str:
    text = str(int(reg.stat))
    if n >= 2 and reg.registered:
        text += "," + _location(domain, reg)
    return text


def _n_attr(domain: str) -> str:
    return domain[1:].lower()


def registration(s: Session, c: Command) -> Result:
    attr = _n_attr(c.name)
    if c.op == "=?":
        return [f"{c.name}: (0-2)"]
    if c.op == "?":
        n = getattr(s.settings, attr)
        return [f"{c.name}: {n}," + registration_fields(c.name, n, domain_registration(s, c.name))]
    if c.op != "=":
        raise SyntaxFailure(c.name)
    n = c.int_arg(0, 0)
    if not 0 <= n <= 5:
        raise errors.cme(errors.BAD_PARAMS)
    setattr(s.settings, attr, min(n, 2))
    return []


def csq(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ["+CSQ: (0-31,99),(0-7,99)"]
    reg = s.model.registration
    if not reg.registered:
        return ["+CSQ: 99,99"]
    rssi, ber = s.model.signal.csq()
    if reg.act in (AcT.GSM, AcT.UMTS):
        ber = 0
    return [f"+CSQ: {rssi},{ber}"]


def cesq(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ["+CESQ: (0-63,99),(0-7,99),(0-96,255),(0-49,255),(0-34,255),(0-97,255)"]
    reg = s.model.registration
    sig = s.model.signal
    values = [99, 99, 255, 255, 255, 255]
    if reg.registered:
        if reg.act is AcT.GSM:
            values[0:2] = [sig.cesq_rxlev(), 0]
        elif reg.act is AcT.UMTS:
            values[2:4] = [sig.cesq_rscp(), sig.cesq_ecno()]
        elif reg.act is AcT.LTE:
            values[4:6] = [sig.cesq_rsrq(), sig.cesq_rsrp()]
        elif reg.act is AcT.NR5G:
            ss_rsrq = max(0, min(127, round((sig.rsrq + 43) * 2) + 1))
            ss_rsrp = max(0, min(127, round(sig.rsrp) + 157))
            values += [ss_rsrq, ss_rsrp, sig.ss_sinr()]
    return ["+CESQ: " + ",".join(map(str, values))]


def operator_name(op: Operator, fmt: int) -> str:
    return (op.long_name, op.short_name, op.numeric)[fmt if 0 <= fmt <= 2 else 0]


def _scan_lines(s: Session) -> list[str]:
    entries = s.model.scan()
    items = [f"({e.stat},{q(e.operator.long_name)},{q(e.operator.short_name)},"
             f"{q(e.operator.numeric)},{int(e.act)})" for e in entries]
    return ["+COPS: " + ",".join(items) + ",,(0,1,2,3,4),(0,1,2)"]


def cops(s: Session, c: Command) -> Result:
    model = s.model
    if c.op == "?":
        reg = model.registration
        if reg.registered and reg.operator is not None and reg.act is not None:
            name = operator_name(reg.operator, s.settings.cops_format)
            return [f"+COPS: {model.selection},{s.settings.cops_format},{q(name)},"
                    f"{int(reg.act)}"]
        return [f"+COPS: {model.selection}"]
    if c.op == "=?":
        if not model.radio_on:
            raise errors.cme(errors.NOT_ALLOWED)
        return Deferred(s.scan_delay, lambda: _scan_lines(s))
    if c.op != "=":
        raise SyntaxFailure(c.name)
    mode = c.int_arg(0, 0)
    args = c.args
    if len(args) > 1 and args[1] is not None:
        fmt = c.int_arg(1)
        if not 0 <= fmt <= 2:
            raise errors.cme(errors.BAD_PARAMS)
        s.settings.cops_format = fmt
    if mode == 0:
        model.select_automatic()
    elif mode in (1, 4):
        act = _act_arg(c, 3)
        try:
            model.select_manual(c.str_arg(2), act)
        except errors.ModemError:
            if mode == 1:
                raise
            model.select_automatic()
    elif mode == 2:
        model.deregister()
    elif mode != 3:
        raise errors.cme(errors.BAD_PARAMS)
    return []


def _act_arg(c: Command, index: int) -> AcT | None:
    args = c.args
    if len(args) <= index or args[index] is None:
        return None
    try:
        return AcT(c.int_arg(index))
    except ValueError:
        raise errors.cme(errors.BAD_PARAMS) from None


def cgatt(s: Session, c: Command) -> Result:
    if c.op == "?":
        return [f"+CGATT: {int(s.model.ps_attached and s.model.registered)}"]
    if c.op == "=?":
        return ["+CGATT: (0,1)"]
    state = c.int_arg(0)
    if state not in (0, 1):
        raise errors.cme(errors.BAD_PARAMS)
    s.model.set_ps_attached(bool(state))
    return []


_WS46 = {12: ModePref.GSM, 22: ModePref.UMTS, 28: ModePref.LTE, 36: ModePref.NR5G,
         25: ModePref.AUTO}


def ws46(s: Session, c: Command) -> Result:
    if c.op == "?":
        value = next(k for k, v in _WS46.items() if v is s.model.mode)
        return [f"+WS46: {value}"]
    if c.op == "=?":
        return ["+WS46: (12,22,25,28,36)"]
    mode = _WS46.get(c.int_arg(0))
    if mode is None:
        raise errors.cme(errors.BAD_PARAMS)
    s.model.set_mode(mode)
    return []
