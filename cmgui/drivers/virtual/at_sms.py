"""SMS commands of TS 27.005 in PDU and text mode."""

from __future__ import annotations

from datetime import datetime

from cmgui.at.commands.sms import EF_SMS_RECORD_LENGTH

from . import errors, smspdu
from .session import Command, Prompt, Result, Session, SyntaxFailure, q
from .smsstore import EF_SMS_STATUS, MsgStat, Storage, StoredMessage

_CMS_FOR_SIM = {10: 310, 11: 311, 12: 316}


def require_sim(s: Session) -> None:
    err = s.model.sim.check()
    if err is not None:
        raise errors.cms(_CMS_FOR_SIM.get(err.code, 313))


def _cms_int(c: Command, index: int, default: int | None = None) -> int:
    try:
        return c.int_arg(index, default)
    except errors.ModemError:
        raise errors.cms(302 if c.name != "+CMGS" else 304) from None


def cmgf(s: Session, c: Command) -> Result:
    if c.op == "?":
        return [f"+CMGF: {s.settings.cmgf}"]
    if c.op == "=?":
        return ["+CMGF: (0,1)"]
    mode = _cms_int(c, 0, 0)
    if mode not in (0, 1):
        raise errors.cms(302)
    s.settings.cmgf = mode
    return []


def _usage(store: Storage) -> str:
    return f"{store.used},{store.capacity}"


def cpms(s: Session, c: Command) -> Result:
    require_sim(s)
    sms = s.model.sms
    if c.op == "=?":
        return ['+CPMS: ("SM","ME"),("SM","ME"),("SM","ME")']
    if c.op == "?":
        names = (sms.mem_read, sms.mem_write, sms.mem_receive)
        return ["+CPMS: " + ",".join(f"{q(n)},{_usage(s.model.storage(n))}" for n in names)]
    wanted = [a for a in c.args if a is not None]
    if not wanted or len(wanted) > 3:
        raise errors.cms(302)
    stores = [s.model.storage(name) for name in wanted]
    sms.mem_read = stores[0].name
    if len(stores) > 1:
        sms.mem_write = stores[1].name
    if len(stores) > 2:
        sms.mem_receive = stores[2].name
    names = (sms.mem_read, sms.mem_write, sms.mem_receive)
    return ["+CPMS: " + ",".join(_usage(s.model.storage(n)) for n in names)]


def _stamp(when: datetime | None) -> str:
    if when is None:
        return ""
    off = when.utcoffset()
    quarters = int(off.total_seconds() // 900) if off is not None else 0
    return when.strftime("%y/%m/%d,%H:%M:%S") + f"{quarters:+03d}"


def _pdu_hex(msg: StoredMessage) -> str:
    return (smspdu.encode_smsc(msg.sca) + msg.tpdu).hex().upper()


def _text_header(s: Session, msg: StoredMessage) -> tuple[str, str]:
    """(header fields after <stat>, body text) of a message in text mode."""
    try:
        tpdu = smspdu.decode_tpdu(msg.tpdu)
    except smspdu.PduError:
        return ',""', ""
    if tpdu.kind == "status-report":
        return (f",6,{tpdu.mr},{q(tpdu.address)},145,{q(_stamp(tpdu.scts))},"
                f"{q(_stamp(tpdu.discharge))},{tpdu.status}"), ""
    body = s.te_encode(tpdu.text)
    if tpdu.kind == "submit":
        return f",{q(tpdu.address)},", body
    return f",{q(tpdu.address)},,{q(_stamp(tpdu.scts))}", body


def _entry(s: Session, prefix: str, index: int | None, msg: StoredMessage) -> list[str]:
    head = f"{prefix}: " + ("" if index is None else f"{index},")
    if s.settings.cmgf == 0:
        return [f"{head}{int(msg.stat)},,{len(msg.tpdu)}", _pdu_hex(msg)]
    fields, body = _text_header(s, msg)
    lines = [f"{head}{q(msg.stat.text)}{fields}"]
    return [*lines, body] if not fields.startswith(",6,") else lines


def _stat_filter(s: Session, c: Command) -> MsgStat | None:
    """The <stat> +CMGL asks for (None: all); "REC UNREAD" when omitted (TS 27.005 3.4.2)."""
    args = c.args
    raw = args[0] if args else None
    if s.settings.cmgf == 0:
        value = 0 if raw is None else _cms_int(c, 0)
        if value == 4:
            return None
        try:
            return MsgStat(value)
        except ValueError:
            raise errors.cms(302) from None
    text = (raw or "REC UNREAD").upper()
    return None if text == "ALL" else MsgStat.from_text(text)


def cmgl(s: Session, c: Command) -> Result:
    """List messages; each "REC UNREAD" one listed becomes "REC READ", whatever <stat> asked
    for ("ALL" too), as TS 27.005 3.4.2 says and real modems do."""
    if c.op == "=?":
        return ['+CMGL: ("REC UNREAD","REC READ","STO UNSENT","STO SENT","ALL")'
                if s.settings.cmgf else "+CMGL: (0-4)"]
    require_sim(s)
    store = s.model.storage(s.model.sms.mem_read)
    lines: list[str] = []
    for index, msg in store.items(_stat_filter(s, c)):
        lines += _entry(s, "+CMGL", index, msg)
        if msg.stat is MsgStat.REC_UNREAD:
            msg.stat = MsgStat.REC_READ
    return lines


def cmgr(s: Session, c: Command) -> Result:
    """Read one message; a "REC UNREAD" one is shown as such and is "REC READ" afterwards."""
    if c.op == "=?":
        return []
    require_sim(s)
    msg = s.model.storage(s.model.sms.mem_read).get(_cms_int(c, 0))
    if msg is None:
        return []
    lines = _entry(s, "+CMGR", None, msg)
    if msg.stat is MsgStat.REC_UNREAD:
        msg.stat = MsgStat.REC_READ
    return lines


def ef_sms_record(s: Session, record: int) -> bytes | None:
    """Record `record` (1-based) of the SIM's EF_SMS as +CRSM READ RECORD returns it: status
    byte, SMSC and TPDU, padded with FF (TS 51.011 10.5.3). None when there is no such record.
    Reading it changes nothing, unlike +CMGL and +CMGR."""
    store = s.model.storage("SM")
    if not 1 <= record <= store.capacity:
        return None
    msg = store.get(store.index_base + record - 1)
    body = b"\x00" if msg is None else (
        bytes([EF_SMS_STATUS[msg.stat]]) + smspdu.encode_smsc(msg.sca) + msg.tpdu)
    return body.ljust(EF_SMS_RECORD_LENGTH, b"\xff")


def cmgd(s: Session, c: Command) -> Result:
    require_sim(s)
    store = s.model.storage(s.model.sms.mem_read)
    if c.op == "=?":
        used = ",".join(str(i) for i, _ in store.items())
        return [f"+CMGD: ({used}),(0-4)"]
    index = _cms_int(c, 0, store.index_base)
    flag = _cms_int(c, 1, 0)
    if flag == 0:
        store.delete(index)
    else:
        store.delete_flagged(flag)
    return []


def _parse_pdu(text: str, length: int) -> tuple[str, bytes]:
    try:
        raw = bytes.fromhex(text.strip())
        sca, tpdu = smspdu.split_smsc(raw)
    except (ValueError, smspdu.PduError):
        raise errors.cms(304) from None
    if len(tpdu) != length:
        raise errors.cms(304)
    return sca, tpdu


def _text_submit(s: Session, dest: str, text: str) -> bytes:
    body = s.te_decode(text)
    try:
        parts = smspdu.encode_submit(dest, body, srr=bool(s.settings.csmp[0] & 0x20))
    except ValueError:  # the codec's errors are ValueErrors (bad number, ...)
        raise errors.cms(305) from None
    if len(parts) > 1:
        raise errors.cms(305)
    return parts[0]


def cmgs(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return []
    if c.op != "=":
        raise SyntaxFailure(c.name)
    require_sim(s)
    model = s.model
    if s.settings.cmgf == 0:
        length = _cms_int(c, 0)

        def send_pdu(text: str) -> list[str]:
            _, tpdu = _parse_pdu(text, length)
            return [f"+CMGS: {model.send_sms(tpdu)}"]

        return Prompt(send_pdu)
    dest = c.str_arg(0)

    def send_text(text: str) -> list[str]:
        return [f"+CMGS: {model.send_sms(_text_submit(s, dest, text))}"]

    return Prompt(send_text)


def cmgw(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return []
    require_sim(s)
    model = s.model
    store = model.storage(model.sms.mem_write)
    if s.settings.cmgf == 0:
        length = _cms_int(c, 0)
        stat = MsgStat(_cms_int(c, 1, 2)) if _cms_int(c, 1, 2) in range(4) else None
        if stat is None:
            raise errors.cms(302)

        def write_pdu(text: str) -> list[str]:
            sca, tpdu = _parse_pdu(text, length)
            index = store.store(StoredMessage(stat, tpdu, sca or model.config.smsc))
            return [f"+CMGW: {index}"]

        return Prompt(write_pdu)
    dest = c.str_arg(0, "")
    args = c.args
    tstat = MsgStat.from_text(args[2]) if len(args) > 2 and args[2] else MsgStat.STO_UNSENT

    def write_text(text: str) -> list[str]:
        tpdu = _text_submit(s, dest, text)
        index = store.store(StoredMessage(tstat, tpdu, model.config.smsc))
        return [f"+CMGW: {index}"]

    return Prompt(write_text)


def cmss(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return []
    require_sim(s)
    msg = s.model.storage(s.model.sms.mem_write).get(_cms_int(c, 0))
    if msg is None or msg.stat not in (MsgStat.STO_UNSENT, MsgStat.STO_SENT):
        raise errors.cms(321)
    mr = s.model.send_sms(msg.tpdu)
    msg.stat = MsgStat.STO_SENT
    return [f"+CMSS: {mr}"]


def cnmi(s: Session, c: Command) -> Result:
    sms = s.model.sms
    if c.op == "?":
        return [f"+CNMI: {s.settings.cnmi_mode},{sms.mt},0,{sms.ds},0"]
    if c.op == "=?":
        return ["+CNMI: (0-2),(0-3),(0),(0-2),(0,1)"]
    mode = _cms_int(c, 0, s.settings.cnmi_mode)
    mt = _cms_int(c, 1, sms.mt)
    ds = _cms_int(c, 3, sms.ds)
    if not (0 <= mode <= 3 and 0 <= mt <= 3 and 0 <= ds <= 2):
        raise errors.cms(302)
    s.settings.cnmi_mode, sms.mt, sms.ds = mode, mt, ds
    return []


def csca(s: Session, c: Command) -> Result:
    cfg = s.model.config
    if c.op == "?":
        require_sim(s)
        return [f"+CSCA: {q(cfg.smsc)},{145 if cfg.smsc.startswith('+') else 129}"]
    if c.op == "=?":
        return []
    number = c.str_arg(0)
    if not number.lstrip("+").isdigit():
        raise errors.cms(302)
    cfg.smsc = number
    return []


def csmp(s: Session, c: Command) -> Result:
    if c.op == "?":
        return ["+CSMP: " + ",".join(map(str, s.settings.csmp))]
    if c.op == "=?":
        return []
    cur = s.settings.csmp
    s.settings.csmp = (_cms_int(c, 0, cur[0]), _cms_int(c, 1, cur[1]), _cms_int(c, 2, cur[2]),
                       _cms_int(c, 3, cur[3]))
    return []


def csms(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ["+CSMS: (0,1)"]
    if c.op == "?":
        return ["+CSMS: 0,1,1,1"]
    return ["+CSMS: 1,1,1"]


def cmt_lines(s: Session, sca: str, tpdu: bytes, report: bool) -> list[str]:
    """+CMT / +CDS for a message routed straight to the TE."""
    if s.settings.cmgf == 0:
        if report:
            return [f"+CDS: {len(tpdu)}", tpdu.hex().upper()]
        return [f"+CMT: ,{len(tpdu)}", (smspdu.encode_smsc(sca) + tpdu).hex().upper()]
    msg = StoredMessage(MsgStat.REC_UNREAD, tpdu, sca)
    fields, body = _text_header(s, msg)
    if report:
        return ["+CDS: " + fields[1:]]
    return [f"+CMT: {fields[1:]}", body]
