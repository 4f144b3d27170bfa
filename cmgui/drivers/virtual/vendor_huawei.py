"""Huawei-specific commands (^CPIN, ^HCSQ, ^SYSINFOEX, ^SYSCFGEX, ^NDISDUP, ^DSFLOW*,
^HFREQINFO, ^LTECAT)."""

from __future__ import annotations

from . import errors
from .at_basic import make_iccid
from .cells import carrier
from .radio import AcT, ModePref
from .session import Command, Handler, Result, Session, SyntaxFailure, q
from .sim import SimState


def _clamp(v: float, lo: int, hi: int) -> int:
    return int(max(lo, min(hi, round(v))))


def cpin(s: Session, c: Command) -> Result:
    sim = s.model.sim
    state = sim.state
    if state is SimState.ABSENT:
        raise errors.cme(errors.SIM_NOT_INSERTED)
    times = {SimState.PIN_REQUIRED: str(sim.pin_tries),
             SimState.PUK_REQUIRED: str(sim.puk_tries)}.get(state, "")
    code = "SIM PUK" if state is SimState.BLOCKED else state.value
    return [f"^CPIN: {code},{times},{sim.puk_tries},{sim.pin_tries},10,3"]


def hcsq(s: Session, c: Command) -> Result:
    """Levels in Huawei's steps: level 0 is "below the range", level n covers
    [base + (n - 1) * step, base + n * step)."""
    reg = s.model.registration
    sig = s.model.signal
    if not reg.registered:
        return ['^HCSQ: "NOSERVICE"']
    rssi = _clamp(sig.rssi_dbm + 121, 0, 96)
    if reg.act is AcT.GSM:
        return [f'^HCSQ: "GSM",{rssi}']
    if reg.act is AcT.UMTS:
        return [f'^HCSQ: "WCDMA",{rssi},{_clamp(sig.rscp_dbm + 121, 0, 96)},'
                f"{_clamp((sig.ecno_db + 32) * 2 + 1, 0, 65)}"]
    rsrp = _clamp(sig.rsrp + 141, 0, 97)
    sinr = _clamp((sig.sinr + 20) * 5 + 1, 0, 251)
    rsrq = _clamp((sig.rsrq + 19.5) * 2 + 1, 0, 34)
    if reg.act is AcT.NR5G:
        return [f'^HCSQ: "NR",{rsrp},{sinr},{rsrq}']
    return [f'^HCSQ: "LTE",{rssi},{rsrp},{sinr},{rsrq}']


_SYSMODE = {AcT.GSM: (1, "GSM", 1, "GSM"), AcT.UMTS: (3, "WCDMA", 41, "WCDMA"),
            AcT.LTE: (6, "LTE", 101, "LTE"), AcT.NR5G: (7, "NR", 111, "NR")}


def sysinfoex(s: Session, c: Command) -> Result:
    model = s.model
    reg = model.registration
    sim_state = {SimState.ABSENT: 255, SimState.READY: 1}.get(model.sim.state, 0)
    if not reg.registered or reg.act is None:
        return [f'^SYSINFOEX: 0,0,0,{sim_state},,0,"NO SERVICE",0,"NO SERVICE"']
    domain = 3 if model.ps_attached else 1
    mode, name, sub, subname = _SYSMODE[reg.act]
    roam = int(reg.stat == 5)
    return [f"^SYSINFOEX: 2,{domain},{roam},{sim_state},,{mode},{q(name)},{sub},{q(subname)}"]


_ACQ = {"00": ModePref.AUTO, "01": ModePref.GSM, "02": ModePref.UMTS, "03": ModePref.LTE,
        "08": ModePref.NR5G}


_FREQ_SYSMODE = {AcT.LTE: 6, AcT.NR5G: 7}


def hfreqinfo(s: Session, c: Command) -> Result:
    """^HFREQINFO? reports the LTE/NR carrier (kHz); other radios report no carrier."""
    if c.op == "=?":
        return ["^HFREQINFO: (0,1)"]
    if c.op == "=":
        if c.int_arg(0) not in (0, 1):
            raise errors.cme(errors.BAD_PARAMS)
        return []
    reg = s.model.registration
    if not reg.registered or reg.operator is None or reg.act is None:
        return ["^HFREQINFO: 0,0"]
    sysmode = _FREQ_SYSMODE.get(reg.act)
    if sysmode is None:
        return [f"^HFREQINFO: 0,{_SYSMODE[reg.act][0]}"]
    cell = carrier(reg.operator, reg.act)
    return [f"^HFREQINFO: 0,{sysmode},{cell.band},{cell.dl_channel},{cell.dl_khz},"
            f"{cell.bandwidth_khz},{cell.ul_channel},{cell.ul_khz},{cell.bandwidth_khz}"]


def ltecat(s: Session, c: Command) -> Result:
    """^LTECAT?: the UE category in use; refused when not on LTE (as the firmware does)."""
    if s.model.registration.act is not AcT.LTE or not s.model.registered:
        raise errors.cme(errors.NOT_ALLOWED)
    dl, ul = s.model.identity.lte_category
    return [f"^LTECAT: {dl},{ul}"]


def syscfgex(s: Session, c: Command) -> Result:
    if c.op == "?":
        code = next(k for k, v in _ACQ.items() if v is s.model.mode)
        return [f'^SYSCFGEX: "{code}",3FFFFFFF,1,2,7FFFFFFFFFFFFFFF']
    if c.op == "=?":
        return ['^SYSCFGEX: ("00","01","02","03","08"),((3FFFFFFF,"All bands")),(0-3),(0-4),'
                '((7FFFFFFFFFFFFFFF,"All bands"))']
    if c.op != "=":
        raise SyntaxFailure(c.name)
    acq = c.str_arg(0)
    if acq == "99":  # no change
        return []
    codes = [acq[i : i + 2] for i in range(0, len(acq), 2)]
    if not codes or any(code not in _ACQ for code in codes):
        raise errors.cme(errors.BAD_PARAMS)
    s.model.set_mode(_ACQ[codes[0]] if len(codes) == 1 else ModePref.AUTO)
    return []


def ndisdup(s: Session, c: Command) -> Result:
    """Connect (answer OK; the outcome follows as ^NDISSTAT) or disconnect."""
    if c.op == "=?":
        return ["^NDISDUP: (1-16),(0-1)"]
    if c.op != "=":
        raise SyntaxFailure(c.name)
    cid = c.int_arg(0)
    action = c.int_arg(1)
    model = s.model
    if action == 0:
        model.deactivate(cid)
        return []
    args = c.args
    if len(args) > 2 and args[2] is not None:
        if cid in model.data.contexts and model.data.contexts[cid].active:
            raise errors.cme(errors.NOT_ALLOWED)
        model.data.define(cid, "IP", args[2])
    try:
        model.activate(cid)
    except errors.ModemError as exc:
        if exc.code != errors.SERVICE_OPTION_OUT_OF_ORDER:
            raise
    return []


def ndisstatqry(s: Session, c: Command) -> Result:
    ctx = s.model.data.contexts.get(1)
    return [f'^NDISSTATQRY: {int(bool(ctx and ctx.active))},,,"IPV4"']


def dsflowrpt(s: Session, c: Command) -> Result:
    if c.op == "?":
        return [f"^DSFLOWRPT: {int(s.settings.dsflowrpt)}"]
    value = c.int_arg(0)
    if value not in (0, 1):
        raise errors.cme(errors.BAD_PARAMS)
    s.settings.dsflowrpt = bool(value)
    return []


def dsflowqry(s: Session, c: Command) -> Result:
    data = s.model.data
    active = data.active()
    if active:
        ctx = active[0]
        secs = int(s.model.now - ctx.connected_at)
        last = f"{secs:08X},{ctx.tx_bytes:016X},{ctx.rx_bytes:016X}"
    else:
        last = f"{0:08X},{0:016X},{0:016X}"
    return [f"^DSFLOWQRY: {last},{0:08X},{data.total_tx:016X},{data.total_rx:016X}"]


def dsflowclr(s: Session, c: Command) -> Result:
    s.model.data.total_tx = s.model.data.total_rx = 0
    return []


def accept(s: Session, c: Command) -> Result:
    return []


HANDLERS: dict[str, Handler] = {
    "^CPIN": cpin,
    "^ICCID": make_iccid("^ICCID"),
    "^HCSQ": hcsq,
    "^SYSINFOEX": sysinfoex,
    "^SYSCFGEX": syscfgex,
    "^NDISDUP": ndisdup,
    "^NDISSTATQRY": ndisstatqry,
    "^DSFLOWRPT": dsflowrpt,
    "^DSFLOWQRY": dsflowqry,
    "^DSFLOWCLR": dsflowclr,
    "^CURC": accept,
    "^HFREQINFO": hfreqinfo,
    "^LTECAT": ltecat,
}
