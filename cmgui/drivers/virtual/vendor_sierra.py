"""Sierra Wireless commands: !GSTATUS? (a tab-laid-out status page), !SCACT, !ICCID?."""

from __future__ import annotations

from . import errors
from .at_basic import make_iccid
from .cells import carrier
from .radio import AcT
from .session import Command, Handler, Result, Session, SyntaxFailure

_UMTS_MHZ = {1: 2100, 2: 1900, 5: 850, 8: 900}
_MODE = {AcT.GSM: "GSM", AcT.UMTS: "WCDMA", AcT.LTE: "LTE", AcT.NR5G: "NR5G"}


def gstatus(s: Session, c: Command) -> Result:
    if c.op != "?":
        raise SyntaxFailure(c.name)
    model = s.model
    reg = model.registration
    sig = model.signal
    mode = _MODE.get(reg.act, "NONE") if reg.registered and reg.act is not None else "NONE"
    ps = "Attached" if model.ps_attached and reg.registered else "Not attached"
    lines = [
        "!GSTATUS: ",
        f"Current Time:  {int(model.now)}\t\tTemperature: 39",
        f"Reset Counter: 1\t\tMode:        {'ONLINE' if model.radio_on else 'LOW POWER'}",
        f"System mode:   {mode}\tPS state:    {ps}",
    ]
    op = reg.operator
    if mode == "NONE" or op is None or reg.act is None:
        return lines
    cell = carrier(op, reg.act)
    if reg.act is AcT.LTE:
        lines += [
            f"LTE band:      B{cell.band}\t\tLTE bw:      {cell.bandwidth_khz // 1000} MHz",
            f"LTE Rx chan:   {cell.dl_channel}\t\tLTE Tx chan: {cell.ul_channel}",
            "EMM state:     Registered\tNormal Service",
            f"RRC state:     {'RRC Connected' if model.data.active() else 'RRC Idle'}",
            f"PCC RxM RSSI:  {sig.rssi_dbm}\t\tRSRP (dBm):  {round(sig.rsrp)}",
            f"PCC RxD RSSI:  {sig.rssi_dbm - 3}\t\tRSRP (dBm):  {round(sig.rsrp) - 3}",
            f"Tx Power:      --\t\tTAC:         {op.tac:04X} ({op.tac})",
            f"RSRQ (dB):     {sig.rsrq:.1f}\t\tCell ID:     {op.cell_id:08X} ({op.cell_id})",
            f"SINR (dB):     {sig.sinr:.1f}",
        ]
    elif reg.act is AcT.UMTS:
        lines += [
            f"WCDMA band:    WCDMA {_UMTS_MHZ.get(cell.band, cell.band)}\t"
            f"WCDMA channel: {cell.dl_channel}",
            f"RSSI (dBm):    {sig.rssi_dbm}\t\tRSCP (dBm):  {sig.rscp_dbm}",
            f"ECIO (dB):     {sig.ecno_db:.1f}\t\tLAC:         {op.lac:04X} ({op.lac})",
        ]
    elif reg.act is AcT.GSM:
        lines += [
            f"GSM band:      GSM {cell.band}\t\tGSM channel: {cell.dl_channel}",
            f"RSSI (dBm):    {sig.rssi_dbm}\t\tLAC:         {op.lac:04X} ({op.lac})",
        ]
    else:
        lines += [f"NR5G RSRP (dBm): {round(sig.rsrp)}\tNR5G SINR (dB): {sig.sinr:.1f}",
                  f"NR5G RSRQ (dB): {round(sig.rsrq)}"]
    return lines


def scact(s: Session, c: Command) -> Result:
    data = s.model.data
    if c.op == "?":
        return [f"!SCACT: {ctx.cid},{int(ctx.active)}"
                for ctx in sorted(data.contexts.values(), key=lambda x: x.cid)]
    if c.op == "=?":
        return ["!SCACT: (0-1),(1-16)"]
    state = c.int_arg(0)
    cid = c.int_arg(1, 1)
    if state == 1:
        s.model.activate(cid)
    elif state == 0:
        s.model.deactivate(cid)
    else:
        raise errors.cme(errors.BAD_PARAMS)
    return []


HANDLERS: dict[str, Handler] = {
    "!GSTATUS": gstatus,
    "!SCACT": scact,
    "!ICCID": make_iccid("!ICCID"),
}
