"""+CUSD with the string encodings each dialect uses (TS 27.007 §7.15, TS 23.038)."""

from __future__ import annotations

from . import errors, smspdu
from .session import Command, Result, Session, SyntaxFailure, q

DCS_GSM7 = 15
DCS_UCS2 = 72


def pack_ussd(text: str) -> str:
    """GSM 7-bit packed hex as Huawei modems use for +CUSD (CR fill when 7 bits spare)."""
    septets = smspdu.to_septets(text)
    if len(septets) % 8 == 7:
        septets.append(0x0D)
    return smspdu.pack_septets(septets).hex().upper()


def unpack_ussd(hexstr: str) -> str:
    try:
        raw = bytes.fromhex(hexstr)
    except ValueError:
        raise errors.cme(errors.BAD_PARAMS) from None
    septets = smspdu.unpack_septets(raw, len(raw) * 8 // 7)
    if len(raw) * 8 % 7 == 0 and septets and septets[-1] in (0x00, 0x0D):
        septets.pop()
    return smspdu.from_septets(septets)


def decode_request(s: Session, text: str) -> str:
    if s.dialect == "huawei":
        return unpack_ussd(text)
    return s.te_decode(text)


def encode_reply(s: Session, text: str) -> tuple[str, int]:
    """(string, dcs) of a network USSD text as the dialect presents it."""
    if s.dialect == "huawei":
        if smspdu.gsm7_encodable(text):
            return pack_ussd(text), DCS_GSM7
        return text.encode("utf-16-be").hex().upper(), DCS_UCS2
    if s.settings.cscs == "UCS2":
        return s.te_encode(text), DCS_UCS2 if s.dialect == "quectel" else DCS_GSM7
    return text, DCS_GSM7


def cusd_line(s: Session, m: int, text: str) -> str:
    if not text:
        return f"+CUSD: {m}"
    body, dcs = encode_reply(s, text)
    return f"+CUSD: {m},{q(body)},{dcs}"


def cusd(s: Session, c: Command) -> Result:
    if c.op == "?":
        return [f"+CUSD: {s.settings.cusd}"]
    if c.op == "=?":
        return ["+CUSD: (0-2)"]
    if c.op not in ("=", ""):
        raise SyntaxFailure(c.name)
    n = c.int_arg(0, 0)
    if not 0 <= n <= 2:
        raise errors.cme(errors.BAD_PARAMS)
    if n == 2:
        s.model.ussd_cancel()
        return []
    s.settings.cusd = n
    args = c.args
    if len(args) > 1 and args[1] is not None:
        s.model.ussd_request(decode_request(s, args[1]))
    return []
