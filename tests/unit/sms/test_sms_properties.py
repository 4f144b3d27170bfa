"""Property tests: round trips in every encoding, reassembly in any order, and fuzzing."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmgui.sms import (
    Reassembler,
    SmsCodecError,
    SmsDeliver,
    SmsSubmit,
    count,
    decode_pdu,
    encode_deliver,
    encode_submit,
    parse_address,
)
from cmgui.sms.gsm7 import DEFAULT_ALPHABET, DEFAULT_EXTENSION
from cmgui.sms.nl_tables import LOCKING_SHIFT, SINGLE_SHIFT, UNDEFINED

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

GSM_CHARS = [c for c in DEFAULT_ALPHABET if c != "\x1b"] + list(DEFAULT_EXTENSION.values())
gsm_text = st.text(alphabet=GSM_CHARS, max_size=500)
any_text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]), max_size=300
)  # every code point but lone surrogates, emoji included
# Characters of the national tables (both kinds), mixed with plain GSM characters.
NATIONAL_CHARS = sorted(
    {c for t in (*LOCKING_SHIFT.values(), *SINGLE_SHIFT.values()) for c in t} - {UNDEFINED, "\x1b"}
)
national_text = st.text(alphabet=NATIONAL_CHARS, max_size=300)


def reassemble(hexes: list[str], order: list[int]) -> str | None:
    r = Reassembler()
    done = None
    for i in order:
        msg = decode_pdu(hexes[i])
        assert isinstance(msg, SmsDeliver | SmsSubmit)
        out = r.feed(msg)
        if out is not None:
            assert done is None
            done = out
    assert done is not None and len(r) == 0
    return done.text


@st.composite
def text_and_order(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> tuple[str, int, list[int]]:
    text = draw(texts)
    ref = draw(st.integers(0, 0xFFFF))
    seed = draw(st.integers(0, 2**32 - 1))
    order = list(range(40))
    random.Random(seed).shuffle(order)
    return text, ref, order


def _order(n: int, shuffled: list[int]) -> list[int]:
    assert n <= len(shuffled)
    return [i for i in shuffled if i < n]


@SETTINGS
@given(text_and_order(gsm_text))
def test_gsm7_round_trip(case: tuple[str, int, list[int]]) -> None:
    text, ref, shuffled = case
    pdus = encode_submit("+491701234567", text, reference=ref)
    assert all(decode_pdu(p.hex).dcs.alphabet == "gsm7" for p in pdus)
    assert reassemble([p.hex for p in pdus], _order(len(pdus), shuffled)) == text
    assert count(text).segments == (len(pdus) if text else 0)


@SETTINGS
@given(text_and_order(any_text))
def test_any_text_round_trip(case: tuple[str, int, list[int]]) -> None:
    text, ref, shuffled = case
    pdus = encode_submit("+491701234567", text, reference=ref)
    for p in pdus:
        assert p.tpdu_length == len(p.pdu) - 1 and len(p.pdu) <= 1 + 13 + 1 + 140
    assert reassemble([p.hex for p in pdus], _order(len(pdus), shuffled)) == text
    # Parts decode on their own without broken pairs (surrogates are never split).
    assert all("\ufffd" not in (decode_pdu(p.hex).text or "") for p in pdus) or "\ufffd" in text


@SETTINGS
@given(text_and_order(national_text))
def test_national_round_trip(case: tuple[str, int, list[int]]) -> None:
    text, ref, shuffled = case
    pdus = encode_submit("+911234567890", text, reference=ref, allow_national=True)
    assert reassemble([p.hex for p in pdus], _order(len(pdus), shuffled)) == text
    c = count(text, allow_national=True)
    assert c.segments == (len(pdus) if text else 0)


@SETTINGS
@given(
    st.binary(max_size=600),
    st.integers(0, 255),
    st.randoms(),
)
def test_eight_bit_round_trip(data: bytes, ref: int, rnd: object) -> None:
    pdus = encode_submit("+1234", data, reference=ref)
    order = list(range(len(pdus)))
    rnd.shuffle(order)  # type: ignore[attr-defined]
    r = Reassembler()
    done = [out for i in order if (out := r.feed(decode_pdu(pdus[i].hex))) is not None]  # type: ignore[arg-type]
    assert len(done) == 1 and done[0].data == data and done[0].text is None


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(
        st.from_regex(r"\+?[0-9]{1,20}", fullmatch=True),
        st.text(alphabet=GSM_CHARS[:120], min_size=1, max_size=11).filter(
            lambda s: any(c.isalpha() for c in s)
        ),
    ),
    gsm_text,
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2089, 12, 31)),
    st.integers(-79, 79),
)
def test_deliver_round_trip(sender: str, text: str, when: datetime, quarters: int) -> None:
    stamp = when.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=15 * quarters)))
    pdus = encode_deliver(sender, text, timestamp=stamp, reference=3)
    msg = decode_pdu(pdus[0].hex)
    assert isinstance(msg, SmsDeliver)
    assert msg.timestamp == stamp and msg.timestamp.utcoffset() == stamp.utcoffset()
    if msg.sender.is_alphanumeric:
        assert msg.sender.number == sender.strip()
    else:
        assert msg.sender == parse_address(sender)
        assert msg.sender.number.lstrip("+").endswith(sender.lstrip("+").lstrip("0"))


# --- fuzzing: garbage never raises anything but SmsCodecError ---------------------------------

VALID = [
    encode_submit("+491701234567", "x" * 300, reference=300)[1].hex,
    encode_submit("+491701234567", "Ж😀" * 30, validity=timedelta(days=1))[0].hex,
    encode_deliver("Shop", "Hello [world] €", timestamp=datetime(2024, 1, 1, tzinfo=UTC))[0].hex,
    "0006050C919471103254764250102100000A425010210050000007000003414243",
    "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37",
]


def _decode_or_codec_error(data: str | bytes) -> None:
    try:
        msg = decode_pdu(data)
    except SmsCodecError as exc:
        assert str(exc)
        return
    # A decoded message is coherent enough for the rest of the app.
    assert msg.tpdu_length >= 1
    if msg.text is not None:
        msg.text.encode("utf-8")  # no lone surrogates leak out


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=200))
def test_fuzz_bytes(data: bytes) -> None:
    _decode_or_codec_error(data)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789abcdefABCDEF xyz", max_size=300))
def test_fuzz_hex_text(data: str) -> None:
    _decode_or_codec_error(data)


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(VALID),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 255)), max_size=6),
    st.integers(0, 200),
)
def test_fuzz_mutated_valid_pdus(base: str, flips: list[tuple[int, int]], cut: int) -> None:
    raw = bytearray.fromhex(base)
    for pos, value in flips:
        if raw:
            raw[pos % len(raw)] = value
    _decode_or_codec_error(bytes(raw))
    _decode_or_codec_error(bytes(raw[: max(0, len(raw) - cut)]))
