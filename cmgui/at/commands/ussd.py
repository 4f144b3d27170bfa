"""USSD (+CUSD, TS 27.007 7.15) and the decoding of its strings.

Modems disagree on how the USSD string travels: most send text in the TE character set, some
(Huawei and others with ``+CSCS="IRA"`` ignored) send GSM 7-bit *packed* bytes as hex, others
UCS2 as hex. `decode_ussd` takes the dcs and the vendor's habit and returns text.

The septet codec is cmgui.sms.gsm7's; only the USSD padding rule lives here.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from cmgui.at.engine import AtCommand
from cmgui.at.errors import AtParseError
from cmgui.at.fields import field_at, opt_int, split_fields, to_int
from cmgui.sms import gsm7

# ----------------------------------------------------------------- GSM 7-bit


def gsm7_pack_hex(text: str) -> str:
    """Text as GSM 7-bit packed hex (default alphabet). When 7 bits are left over at the end
    they are filled with CR, as USSD and cell broadcast require (TS 23.038 6.1.2.3.1), so the
    receiver does not read an '@'. Raises ValueError for characters outside the alphabet."""
    septets = gsm7.DEFAULT.encode(text)
    if len(septets) % 8 == 7:
        septets += b"\r"
    return gsm7.pack_septets(septets).hex().upper()


def gsm7_unpack_hex(hex_text: str) -> str:
    """GSM 7-bit packed hex to text; a padding CR (or the '@' lazy senders pad with) that
    fills the last 7 bits is dropped."""
    try:
        data = bytes.fromhex(hex_text)
    except ValueError:
        raise AtParseError(f"not hex: {hex_text[:40]!r}") from None
    count = len(data) * 8 // 7
    septets = gsm7.unpack_septets(data, count)
    if count and len(data) * 8 % 7 == 0 and septets[-1] in (0x0D, 0x00):
        septets = septets[:-1]
    return gsm7.DEFAULT.decode(septets)


# ----------------------------------------------------------------- +CUSD


class UssdEncoding(enum.Enum):
    """How a modem carries USSD strings in +CUSD."""

    TEXT = "text"  # in the TE character set (the 27.007 way)
    GSM7_PACKED_HEX = "gsm7_packed_hex"  # Huawei and some ZTE
    UCS2_HEX = "ucs2_hex"  # with +CSCS="UCS2"


def cusd_set(enable: bool) -> AtCommand:
    """Turn on/off result code presentation (``+CUSD=1`` makes answers arrive as URCs)."""
    return AtCommand(f"AT+CUSD={int(enable)}")


def cusd_request(
    code: str,
    dcs: int = 15,
    encoding: UssdEncoding = UssdEncoding.TEXT,
    timeout: float = 30.0,
) -> AtCommand:
    """``AT+CUSD=1,"<str>",<dcs>``. The network's answer usually comes as a ``+CUSD`` URC."""
    if not code or '"' in code:
        raise ValueError("USSD string must be non-empty and contain no quotes")
    if encoding is UssdEncoding.GSM7_PACKED_HEX:
        payload = gsm7_pack_hex(code)
    elif encoding is UssdEncoding.UCS2_HEX:
        payload = code.encode("utf-16-be").hex().upper()
    else:
        payload = code
    return AtCommand(f'AT+CUSD=1,"{payload}",{dcs}', timeout=timeout)


def cusd_cancel() -> AtCommand:
    return AtCommand("AT+CUSD=2")


@dataclass(frozen=True)
class UssdResponse:
    """``+CUSD: <m>[,<str>,<dcs>]``: m 0 done, 1 further action needed, 2 terminated by
    network, 3 other client responded, 4 not supported, 5 network timeout."""

    m: int
    raw: str | None = None
    dcs: int | None = None

    @property
    def needs_reply(self) -> bool:
        return self.m == 1

    def text(self, encoding: UssdEncoding = UssdEncoding.TEXT) -> str | None:
        if self.raw is None:
            return None
        return decode_ussd(self.raw, self.dcs, encoding)


def parse_cusd(payload: str, data: tuple[str, ...] = ()) -> UssdResponse:
    """The payload of a ``+CUSD:`` line (plus continuation lines of a multi-line string)."""
    text = "\n".join((payload, *data)) if data else payload
    fields = split_fields(text)
    m = to_int(fields[0], "m")
    if not 0 <= m <= 5:
        raise AtParseError(f"+CUSD: unknown <m> {m}")
    raw = field_at(fields, 1)
    return UssdResponse(m, raw.text if raw else None, opt_int(field_at(fields, 2), "dcs"))


def dcs_alphabet(dcs: int | None) -> str:
    """The alphabet of a CBS data coding scheme (TS 23.038 5): gsm7, 8bit or ucs2."""
    if dcs is None:
        return "gsm7"
    group = dcs >> 4
    if group in (0x0, 0x2, 0x3):
        return "gsm7"
    if group == 0x1:
        return "ucs2" if dcs & 0x0F == 0x01 else "gsm7"
    if group in (0x4, 0x5, 0x6, 0x7, 0x9):
        return ("gsm7", "8bit", "ucs2", "gsm7")[(dcs >> 2) & 0x03]
    if group == 0xF:
        return "8bit" if dcs & 0x04 else "gsm7"
    return "gsm7"


_HEX = re.compile(r"(?:[0-9A-Fa-f]{2})+")


def decode_ussd(raw: str, dcs: int | None, encoding: UssdEncoding = UssdEncoding.TEXT) -> str:
    """Text of a USSD string given its dcs and how the modem carries it.

    UCS2 (by dcs or by the vendor's habit) is hex-decoded as UTF-16-BE; GSM 7-bit packed hex
    is unpacked. Anything that does not decode as claimed is returned as received.
    """
    alphabet = dcs_alphabet(dcs)
    is_hex = _HEX.fullmatch(raw) is not None
    if is_hex and (alphabet == "ucs2" or encoding is UssdEncoding.UCS2_HEX) and len(raw) % 4 == 0:
        try:
            return bytes.fromhex(raw).decode("utf-16-be")
        except UnicodeDecodeError:
            return raw
    if is_hex and alphabet == "gsm7" and encoding is UssdEncoding.GSM7_PACKED_HEX:
        return gsm7_unpack_hex(raw)
    if is_hex and alphabet == "8bit" and encoding is not UssdEncoding.TEXT:
        return bytes.fromhex(raw).decode("latin-1")
    return raw
