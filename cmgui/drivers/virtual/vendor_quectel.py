"""Quectel-specific commands (+QCCID, +QPINC, +QCSQ, +QNWINFO, +QCFG, +QICSGP, +QIACT)."""

from __future__ import annotations

from . import errors
from .at_basic import make_iccid
from .cells import carrier
from .radio import AcT, ModePref
from .session import Command, Handler, Result, Session, SyntaxFailure, q
from .sim import SimState


def qpinc(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ['+QPINC: ("SC","P2")']
    sim = s.model.sim
    if sim.state is SimState.ABSENT:
        raise errors.cme(errors.SIM_NOT_INSERTED)
    lines = {"SC": f'+QPINC: "SC",{sim.pin_tries},{sim.puk_tries}', "P2": '+QPINC: "P2",3,10'}
    if c.op == "=":
        fac = c.str_arg(0).upper()
        if fac not in lines:
            raise errors.cme(errors.BAD_PARAMS)
        return [lines[fac]]
    return list(lines.values())


def qcsq(s: Session, c: Command) -> Result:
    reg = s.model.registration
    sig = s.model.signal
    if not reg.registered:
        return ['+QCSQ: "NOSERVICE"']
    if reg.act is AcT.GSM:
        return [f'+QCSQ: "GSM",{sig.rssi_dbm}']
    if reg.act is AcT.UMTS:
        return [f'+QCSQ: "WCDMA",{sig.rssi_dbm},{sig.rscp_dbm},{round(sig.ecno_db)}']
    sinr = int(max(0, min(250, round((sig.sinr + 20) * 5))))
    if reg.act is AcT.NR5G:
        return [f'+QCSQ: "NR5G",{round(sig.rsrp)},{sinr},{round(sig.rsrq)}']
    return [f'+QCSQ: "LTE",{sig.rssi_dbm},{round(sig.rsrp)},{sinr},{round(sig.rsrq)}']


_NWINFO_ACT = {AcT.GSM: "GSM", AcT.UMTS: "WCDMA", AcT.LTE: "FDD LTE", AcT.NR5G: "NR5G-SA"}


def _band_text(act: AcT, band: int) -> str:
    if act is AcT.GSM:
        return f"{'DCS' if band == 1800 else 'GSM'} {band}"
    if act is AcT.UMTS:
        return {1: "WCDMA 2100", 2: "WCDMA 1900", 5: "WCDMA 850", 8: "WCDMA 900"}.get(
            band, f"WCDMA BAND {band}")
    return f"{'LTE' if act is AcT.LTE else 'NR5G'} BAND {band}"


def qnwinfo(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return []
    reg = s.model.registration
    if not reg.registered or reg.operator is None or reg.act is None:
        return ["+QNWINFO: No Service"]
    cell = carrier(reg.operator, reg.act)
    return [f"+QNWINFO: {q(_NWINFO_ACT[reg.act])},{q(reg.operator.numeric)},"
            f"{q(_band_text(reg.act, cell.band))},{cell.dl_channel}"]


def qeng(s: Session, c: Command) -> Result:
    """+QENG="servingcell": the serving cell in the layout of each radio."""
    if c.op == "=?":
        return ['+QENG: "servingcell","neighbourcell"']
    if c.op != "=" or c.str_arg(0).lower() != "servingcell":
        raise errors.cme(errors.BAD_PARAMS)
    reg = s.model.registration
    op = reg.operator
    if not reg.registered or op is None or reg.act is None:
        return ['+QENG: "servingcell","SEARCH"']
    sig = s.model.signal
    cell = carrier(op, reg.act)
    mcc, mnc = op.numeric[:3], op.numeric[3:]
    state = "CONNECT" if s.model.data.active() else "NOCONN"
    rsrp, rsrq, sinr = round(sig.rsrp), round(sig.rsrq), round(sig.sinr)
    if reg.act is AcT.LTE:
        bw = cell.lte_bandwidth_index
        return [f'+QENG: "servingcell",{q(state)},"LTE","FDD",{mcc},{mnc},{op.cell_id:X},123,'
                f"{cell.dl_channel},{cell.band},{bw},{bw},{op.tac:X},{rsrp},{rsrq},"
                f"{sig.rssi_dbm},{sinr},12,-,-55"]
    if reg.act is AcT.NR5G:
        return [f'+QENG: "servingcell",{q(state)},"NR5G-SA","TDD",{mcc},{mnc},{op.cell_id:X},'
                f"301,{op.tac:X},{cell.dl_channel},{cell.band},12,{rsrp},{rsrq},{sinr},1,-"]
    if reg.act is AcT.UMTS:
        return [f'+QENG: "servingcell",{q(state)},"WCDMA",{mcc},{mnc},{op.lac:X},'
                f"{op.cell_id:X},{cell.dl_channel},61,3,{sig.rscp_dbm},"
                f"{round(sig.ecno_db)},-,-,-,-,-"]
    return [f'+QENG: "servingcell",{q(state)},"GSM",{mcc},{mnc},{op.lac:X},{op.cell_id:X},'
            f"37,{cell.dl_channel},{cell.band},{sig.rssi_dbm},0,{sig.rssi_dbm},0,0,0,1,-,-,0,"
            "-,-,-,-,-,-,-"]


_SCANMODE = {0: ModePref.AUTO, 1: ModePref.GSM, 2: ModePref.UMTS, 3: ModePref.LTE}
_PREF = {"AUTO": ModePref.AUTO, "GSM": ModePref.GSM, "WCDMA": ModePref.UMTS,
         "LTE": ModePref.LTE, "NR5G": ModePref.NR5G}


def qcfg(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ['+QCFG: "nwscanmode",(0-3),(0,1)']
    if c.op != "=" or c.str_arg(0).lower() != "nwscanmode":
        raise errors.cme(errors.BAD_PARAMS)
    if len(c.args) == 1:
        mode = next((k for k, v in _SCANMODE.items() if v is s.model.mode), 0)
        return [f'+QCFG: "nwscanmode",{mode}']
    pref = _SCANMODE.get(c.int_arg(1))
    if pref is None:
        raise errors.cme(errors.BAD_PARAMS)
    s.model.set_mode(pref)
    return []


def qnwprefcfg(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ['+QNWPREFCFG: "mode_pref",AUTO:GSM:WCDMA:LTE:NR5G']
    if c.op != "=" or c.str_arg(0).lower() != "mode_pref":
        raise errors.cme(errors.BAD_PARAMS)
    if len(c.args) == 1:
        name = next(k for k, v in _PREF.items() if v is s.model.mode)
        return [f'+QNWPREFCFG: "mode_pref",{name}']
    names = c.str_arg(1).upper().split(":")
    if any(n not in _PREF for n in names):
        raise errors.cme(errors.BAD_PARAMS)
    s.model.set_mode(_PREF[names[0]] if len(names) == 1 else ModePref.AUTO)
    return []


_CTX_TYPE = {"IP": 1, "IPV6": 2, "IPV4V6": 3}


def qicsgp(s: Session, c: Command) -> Result:
    data = s.model.data
    if c.op == "=?":
        return ['+QICSGP: (1-16),(1-3),"APN","USERNAME","PASSWORD",(0-3)']
    if c.op != "=":
        raise SyntaxFailure(c.name)
    cid = c.int_arg(0)
    if len(c.args) == 1:
        ctx = data.contexts.get(cid)
        if ctx is None:
            return ['+QICSGP: 1,"","","",0']
        return [f'+QICSGP: {_CTX_TYPE.get(ctx.pdp_type, 1)},{q(ctx.apn)},"","",0']
    kind = {v: k for k, v in _CTX_TYPE.items()}.get(c.int_arg(1))
    if kind is None:
        raise errors.cme(errors.BAD_PARAMS)
    data.define(cid, kind, c.str_arg(2, ""))
    return []


def qiact(s: Session, c: Command) -> Result:
    data = s.model.data
    if c.op == "?":
        return [f"+QIACT: {x.cid},1,{_CTX_TYPE.get(x.pdp_type, 1)},{q(x.address)}"
                for x in data.active()]
    if c.op == "=?":
        return ["+QIACT: (1-16)"]
    s.model.activate(c.int_arg(0))
    return []


def qideact(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ["+QIDEACT: (1-16)"]
    s.model.deactivate(c.int_arg(0))
    return []


HANDLERS: dict[str, Handler] = {
    "+QCCID": make_iccid("+QCCID"),
    "+QPINC": qpinc,
    "+QCSQ": qcsq,
    "+QNWINFO": qnwinfo,
    "+QENG": qeng,
    "+QCFG": qcfg,
    "+QNWPREFCFG": qnwprefcfg,
    "+QICSGP": qicsgp,
    "+QIACT": qiact,
    "+QIDEACT": qideact,
}
