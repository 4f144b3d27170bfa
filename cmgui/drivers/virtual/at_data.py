"""Packet-domain commands (TS 27.007 §10): contexts, activation, addresses, events."""

from __future__ import annotations

from . import errors
from .data import DataService
from .session import Command, Result, Session, SyntaxFailure, q


def cgdcont(s: Session, c: Command) -> Result:
    data = s.model.data
    if c.op == "?":
        return [f"+CGDCONT: {ctx.cid},{q(ctx.pdp_type)},{q(ctx.apn)},"
                f"{q(ctx.address or '0.0.0.0')},0,0" for ctx in sorted(
                    data.contexts.values(), key=lambda x: x.cid)
                if ctx.cid not in data.secondary]
    if c.op == "=?":
        return [f'+CGDCONT: (1-{DataService.MAX_CID}),"IP",,,(0-2),(0-4)',
                f'+CGDCONT: (1-{DataService.MAX_CID}),"IPV6",,,(0-2),(0-4)',
                f'+CGDCONT: (1-{DataService.MAX_CID}),"IPV4V6",,,(0-2),(0-4)']
    if c.op != "=":
        raise SyntaxFailure(c.name)
    cid = c.int_arg(0)
    if len(c.args) == 1:
        data.undefine(cid)
    else:
        data.define(cid, c.str_arg(1, "IP"), c.str_arg(2, ""))
    return []


def _cids(s: Session, c: Command, start: int) -> list[int]:
    args = c.args[start:]
    if not args:
        return sorted(s.model.data.contexts)
    return [c.int_arg(start + i) for i in range(len(args))]


def cgact(s: Session, c: Command) -> Result:
    model = s.model
    if c.op == "?":
        return [f"+CGACT: {ctx.cid},{int(ctx.active)}"
                for ctx in sorted(model.data.contexts.values(), key=lambda x: x.cid)]
    if c.op == "=?":
        return ["+CGACT: (0,1)"]
    state = c.int_arg(0)
    if state not in (0, 1):
        raise errors.cme(errors.BAD_PARAMS)
    for cid in _cids(s, c, 1):
        if state:
            model.activate(cid)
        else:
            model.deactivate(cid)
    return []


def cgpaddr(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ["+CGPADDR: (" + ",".join(map(str, sorted(s.model.data.contexts))) + ")"]
    data = s.model.data
    out = []
    for cid in _cids(s, c, 0):
        ctx = data.get(cid)
        out.append(f"+CGPADDR: {cid},{q(ctx.address or '0.0.0.0')}")
    return out


def cgcontrdp(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ["+CGCONTRDP: (" + ",".join(str(x.cid) for x in s.model.data.active()) + ")"]
    data = s.model.data
    cids = _cids(s, c, 0) if c.args else [x.cid for x in data.active()]
    out = []
    for cid in cids:
        ctx = data.get(cid)
        if not ctx.active:
            continue
        dns1, dns2 = DataService.DNS
        local = ctx.address + ".255.255.255.255"
        out.append(f"+CGCONTRDP: {cid},{4 + cid},{q(ctx.apn)},{q(local)},"
                   f"{q(DataService.GATEWAY)},{q(dns1)},{q(dns2)}")
    return out


def cgerep(s: Session, c: Command) -> Result:
    if c.op == "?":
        return [f"+CGEREP: {s.settings.cgerep},0"]
    if c.op == "=?":
        return ["+CGEREP: (0-2),(0,1)"]
    mode = c.int_arg(0, 0)
    if not 0 <= mode <= 2:
        raise errors.cme(errors.BAD_PARAMS)
    s.settings.cgerep = mode
    return []
