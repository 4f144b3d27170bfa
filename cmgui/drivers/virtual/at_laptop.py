"""AT commands for the laptop-mandatory parts of the device (TS 27.007): secondary contexts
(+CGDSCONT), EPS QoS (+CGEQOS, +CGEQOSRDP), battery (+CBC), service class and calls (+FCLASS,
+CLIP, A, H), and the ME personalisations of +CLCK/+CPINR/+CPIN."""

from __future__ import annotations

from . import at_basic as b
from . import errors
from .laptop import AMBR, CONTROL_KEY_TRIES, DEFAULT_QOS, SECONDARY_QOS, QoS
from .session import Command, Result, Session, SyntaxFailure, q

PERSONALISATIONS = ("PN", "PU", "PP", "PC")


def cgdscont(s: Session, c: Command) -> Result:
    data = s.model.data
    if c.op == "=?":
        primaries = ",".join(str(cid) for cid in sorted(data.contexts) if cid not in
                             data.secondary)
        return [f"+CGDSCONT: (1-{data.MAX_CID}),({primaries}),(0-2),(0-4)"]
    if c.op == "?":
        return [f"+CGDSCONT: {cid},{primary},0,0" for cid, primary in sorted(
            data.secondary.items())]
    if c.op != "=":
        raise SyntaxFailure(c.name)
    cid = c.int_arg(0)
    if len(c.args) == 1:
        if cid not in data.secondary:
            raise errors.cme(errors.BAD_PARAMS)
        data.undefine(cid)
    else:
        data.define_secondary(cid, c.int_arg(1))
    return []


def _qos(s: Session, cid: int) -> QoS:
    return SECONDARY_QOS if cid in s.model.data.secondary else DEFAULT_QOS


def _rates(qos: QoS) -> str:
    if qos.qci > 4:  # a non-GBR bearer has no guaranteed or maximum bit rates
        return ",,,"
    return f"{qos.dl_gbr},{qos.ul_gbr},{qos.dl_mbr},{qos.ul_mbr}"


def cgeqos(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ["+CGEQOS: (1-16),(0-9),(0-10485760),(0-10485760),(0-10485760),(0-10485760)"]
    if c.op == "?":
        return [f"+CGEQOS: {cid},{_qos(s, cid).qci},{_rates(_qos(s, cid))}"
                for cid in sorted(s.model.data.contexts)]
    if c.op == "=" and c.args:
        s.model.data.get(c.int_arg(0))
        return []  # what the network grants is its own business (+CGEQOSRDP)
    raise SyntaxFailure(c.name)


def cgeqosrdp(s: Session, c: Command) -> Result:
    data = s.model.data
    active = [ctx.cid for ctx in data.active()]
    if c.op == "=?":
        return ["+CGEQOSRDP: (" + ",".join(map(str, active)) + ")"]
    cids = [c.int_arg(0)] if c.op == "=" and c.args else active
    out = []
    for cid in cids:
        if cid not in active:
            continue
        qos = _qos(s, cid)
        out.append(f"+CGEQOSRDP: {cid},{qos.qci},{_rates(qos)},{AMBR[0]},{AMBR[1]}")
    return out


def cbc(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ["+CBC: (0-3),(0-100)"]
    bcs, bcl = s.model.battery.cbc()
    return [f"+CBC: {bcs},{bcl}"]


def fclass(s: Session, c: Command) -> Result:
    voice = s.model.voice
    if c.op == "=?":
        return ["+FCLASS: (0,8)"]
    if c.op == "?":
        return [f"+FCLASS: {voice.fclass}"]
    if c.op == "=" and c.raw.strip() in ("0", "8"):
        voice.fclass = int(c.raw)
        return []
    raise errors.cme(errors.BAD_PARAMS)


def clip(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ["+CLIP: (0,1)"]
    if c.op == "?":
        return [f"+CLIP: {int(s.settings.clip)},1"]
    if c.op == "=" and c.raw.strip() in ("0", "1"):
        s.settings.clip = c.raw.strip() == "1"
        return []
    raise SyntaxFailure(c.name)


def answer(s: Session, c: Command) -> Result:
    s.model.answer_call()
    return []


def hang_up(s: Session, c: Command) -> Result:
    s.model.hang_up()
    return []


def clck(s: Session, c: Command) -> Result:
    """+CLCK with the ME personalisations besides the SIM lock of ``at_basic``."""
    if c.op == "=?":
        return ['+CLCK: ("SC","PN","PU","PP","PC")']
    facility = c.str_arg(0).upper() if c.op == "=" and c.args else ""
    if facility not in PERSONALISATIONS:
        return b.clck(s, c)
    locks = s.model.personalisations
    mode = c.int_arg(1)
    if mode == 2:
        return [f"+CLCK: {int(locks.get(facility).active)}"]
    if mode not in (0, 1) or len(c.args) < 3:
        raise errors.cme(errors.BAD_PARAMS)
    locks.set_active(facility, bool(mode), c.str_arg(2))
    return []


def cpinr(s: Session, c: Command) -> Result:
    """+CPINR with the personalisation codes ("PH-NET PIN" …) besides the SIM's."""
    sel = (c.str_arg(0) if c.op == "=" and c.args else "").upper()
    if not sel or not (sel.startswith("PH-") or sel == "*"):
        return b.cpinr(s, c)  # the SIM's codes, as before
    lines = []
    for lock in s.model.personalisations.locks.values():
        for code, tries, default in ((f"{lock.code} PIN", lock.tries, CONTROL_KEY_TRIES),
                                     (f"{lock.code} PUK", lock.unblock_tries, 10)):
            if sel in (code, "*") or (sel.endswith("*") and code.startswith(sel[:-1])):
                lines.append(f"+CPINR: {code},{tries},{default}")
    if sel != "*":
        return lines
    sim = b.cpinr(s, c)
    assert isinstance(sim, list)
    return sim + lines


def cpin(s: Session, c: Command) -> Result:
    """+CPIN: a blocked personalisation asks for its unblocking key once the SIM is ready."""
    blocked = s.model.personalisations.blocked()
    if blocked is None or not s.model.sim.ready or c.op == "=?":
        return b.cpin(s, c)
    if c.op == "?":
        return [f"+CPIN: {blocked.code} PUK"]
    s.model.personalisations.unblock(c.str_arg(0))
    return []


HANDLERS = {
    "+CGDSCONT": cgdscont, "+CGEQOS": cgeqos, "+CGEQOSRDP": cgeqosrdp, "+CBC": cbc,
    "+FCLASS": fclass, "+CLIP": clip, "A": answer, "H": hang_up, "+CLCK": clck,
    "+CPINR": cpinr, "+CPIN": cpin,
}

__all__ = ["HANDLERS", "q"]
