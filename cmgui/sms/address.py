"""Address fields (TS 23.040 9.1.2.5) and the SMSC address of 27.005 PDU mode."""

from __future__ import annotations

from dataclasses import dataclass

from cmgui.sms import gsm7
from cmgui.sms.errors import SmsCodecError

# Type of number (bits 6-4 of the type-of-address octet).
TON_UNKNOWN = 0
TON_INTERNATIONAL = 1
TON_NATIONAL = 2
TON_NETWORK_SPECIFIC = 3
TON_SUBSCRIBER = 4
TON_ALPHANUMERIC = 5
TON_ABBREVIATED = 6

NPI_UNKNOWN = 0
NPI_ISDN = 1  # E.164 telephone numbering plan

TON_NAMES = {
    0: "unknown",
    1: "international",
    2: "national",
    3: "network specific",
    4: "subscriber",
    5: "alphanumeric",
    6: "abbreviated",
    7: "reserved",
}

# Semi-octet digits of TS 23.040 9.1.2.3 / TS 24.008 (BCD number): 0-9, *, #, a, b, c; 0xF fills.
# Both directions go through C: swapping the nibbles of every octet turns the field into plain
# big-endian hex, and str/bytes.translate map the hex digits to and from the dialling digits.
_SWAP_NIBBLES = bytes(((b & 0x0F) << 4) | (b >> 4) for b in range(256))
_HEX_TO_DIGIT = str.maketrans({"a": "*", "b": "#", "c": "a", "d": "b", "e": "c", "f": None})
_DIGIT_TO_HEX = str.maketrans({"*": "a", "#": "b", "a": "c", "b": "d", "c": "e"})
_BCD_DIGITS = frozenset("0123456789*#abc")
_DIALLED = frozenset("0123456789*#")  # what a person may type as a number


@dataclass(frozen=True, slots=True)
class Address:
    """A decoded address.

    ``number`` is what a person reads: ``"+4917612345678"`` for an international number, the
    digits otherwise, the text for an alphanumeric sender (``"Vodafone"``).
    """

    number: str
    ton: int = TON_UNKNOWN
    npi: int = NPI_ISDN

    @property
    def is_alphanumeric(self) -> bool:
        return self.ton == TON_ALPHANUMERIC

    @property
    def toa(self) -> int:
        """The type-of-address octet."""
        return 0x80 | (self.ton << 4) | self.npi

    def __str__(self) -> str:
        return self.number


def bcd_digits(data: bytes, count: int) -> str:
    """``count`` semi-octet digits from swapped-nibble ``data``."""
    out = data.translate(_SWAP_NIBBLES).hex()[:count]
    return out if out.isdigit() else out.translate(_HEX_TO_DIGIT)


def encode_bcd(digits: str) -> bytes:
    """Digits -> swapped semi-octets, an odd count padded with the filler 0xF."""
    if not _BCD_DIGITS.issuperset(digits):
        bad = next(c for c in digits if c not in _BCD_DIGITS)
        raise SmsCodecError(f"{digits!r} is not a phone number: {bad!r} is not a digit")
    text = digits.translate(_DIGIT_TO_HEX)
    if len(text) % 2:
        text += "f"
    return bytes.fromhex(text).translate(_SWAP_NIBBLES)


def parse_address(value: str | Address, *, allow_alphanumeric: bool = False) -> Address:
    """Turn what a user typed into an :class:`Address`.

    ``+`` in front means international; otherwise the number is sent with unknown type of
    number (the network then applies its national rules). Spaces, dashes, dots and brackets are
    dropped. Text that is not a number becomes an alphanumeric address where allowed (a
    DELIVER's originator), and is an error for a recipient.
    """
    if isinstance(value, Address):
        return value
    raw = value.strip()
    # "+49 (0) 170 ...": the trunk zero in brackets is not dialled with the country code.
    cleaned = raw.replace("(0)", "") if raw.startswith("+") else raw
    for ch in " -.()/":
        cleaned = cleaned.replace(ch, "")
    # 00 is the international prefix in most of the world; country codes never start with 0.
    if cleaned.startswith("00") and len(cleaned) >= 7 and cleaned[2] != "0" and cleaned.isdigit():
        cleaned = "+" + cleaned[2:]
    if cleaned.startswith("+") and cleaned[1:] and _DIALLED.issuperset(cleaned[1:]):
        return Address(cleaned, TON_INTERNATIONAL, NPI_ISDN)
    if cleaned and _DIALLED.issuperset(cleaned):
        return Address(cleaned, TON_UNKNOWN, NPI_ISDN)
    if allow_alphanumeric and raw:
        return Address(raw, TON_ALPHANUMERIC, NPI_UNKNOWN)
    raise SmsCodecError(f"{value!r} is not a phone number")


def encode_address(addr: Address) -> bytes:
    """TP-OA / TP-DA / TP-RA: length in useful semi-octets, type of address, value."""
    if addr.ton == TON_ALPHANUMERIC:
        septets = gsm7.DEFAULT.encode(addr.number)
        if len(septets) > 11:
            raise SmsCodecError(
                f"the sender name {addr.number!r} is too long (at most 11 GSM characters)"
            )
        packed = gsm7.pack_septets(septets)
        # The length counts useful semi-octets of the packed septets (TS 23.040 9.1.2.5).
        semi = (len(septets) * 7 + 3) // 4
        return bytes((semi, addr.toa)) + packed
    digits = addr.number[1:] if addr.number.startswith("+") else addr.number
    if len(digits) > 20:
        raise SmsCodecError(f"the number {addr.number!r} is too long (at most 20 digits)")
    return bytes((len(digits), addr.toa)) + encode_bcd(digits)


def decode_address(pdu: bytes, pos: int) -> tuple[Address, int]:
    """Decode an address field at ``pos``; returns the address and the position after it."""
    if pos + 2 > len(pdu):
        raise SmsCodecError("the message ends inside an address")
    semi = pdu[pos]
    toa = pdu[pos + 1]
    nbytes = (semi + 1) // 2
    end = pos + 2 + nbytes
    if semi > 22 or end > len(pdu):
        raise SmsCodecError(f"the address length {semi} does not fit the message")
    value = pdu[pos + 2 : end]
    ton = (toa >> 4) & 0x07
    npi = toa & 0x0F
    if ton == TON_ALPHANUMERIC:
        count = semi * 4 // 7
        text = gsm7.DEFAULT.decode(gsm7.unpack_septets(value, count))
        return Address(text, ton, npi), end
    number = bcd_digits(value, semi)
    if ton == TON_INTERNATIONAL and number:
        number = "+" + number
    return Address(number, ton, npi), end


def encode_smsc(smsc: str | Address | None) -> bytes:
    """The SMSC field in front of a 27.005 PDU: ``00`` means "use the stored SMSC"."""
    if smsc is None:
        return b"\x00"
    addr = parse_address(smsc)
    digits = addr.number.lstrip("+")
    body = bytes((addr.toa,)) + encode_bcd(digits)
    return bytes((len(body),)) + body


def decode_smsc(pdu: bytes) -> tuple[Address | None, int]:
    """The SMSC field: its length counts octets (type of address included)."""
    if not pdu:
        raise SmsCodecError("the message is empty")
    n = pdu[0]
    if n == 0:
        return None, 1
    if n > 12 or 1 + n > len(pdu):
        raise SmsCodecError(f"the service centre address length {n} does not fit the message")
    toa = pdu[1]
    number = bcd_digits(pdu[2 : 1 + n], 2 * (n - 1))
    ton = (toa >> 4) & 0x07
    if ton == TON_INTERNATIONAL and number:
        number = "+" + number
    return Address(number, ton, toa & 0x0F), 1 + n
