"""Phonebook builders and parsers (+CPBS, +CPBR, +CPBW, +CPBF) and their text encodings."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.at.commands import phonebook as pb
from cmgui.at.engine import AtResult
from cmgui.at.errors import AtParseError

FUZZ = settings(max_examples=200, deadline=None)


def ok(*lines: str) -> AtResult:
    return AtResult(True, list(lines), "OK")


def test_builders() -> None:
    assert pb.cpbs_select("SM").text == 'AT+CPBS="SM"'
    assert pb.cpbr(1, 250).text == "AT+CPBR=1,250"
    assert pb.cpbr(7).text == "AT+CPBR=7"
    assert pb.cpbw(None, "+4930", "Anna", "IRA").text == 'AT+CPBW=,"+4930",145,"Anna"'
    assert pb.cpbw(3, "0301", "Zoë", "UCS2").text == 'AT+CPBW=3,"0301",129,"005A006F00EB"'
    assert pb.cpbw_delete(3).text == "AT+CPBW=3"
    assert pb.cpbf("Cu", "IRA").text == 'AT+CPBF="Cu"'
    assert pb.cscs("UCS2").text == 'AT+CSCS="UCS2"'
    with pytest.raises(ValueError):
        pb.cpbw(1, "call me", "x", "IRA")
    with pytest.raises(ValueError):
        pb.cpbw(1, "1", 'say "hi"', "IRA")  # a quote cannot travel as IRA text
    with pytest.raises(ValueError):
        pb.cpbs_select("XX")
    with pytest.raises(ValueError):
        pb.cpbr(5, 1)


def test_parse_storage_and_limits() -> None:
    assert pb.parse_cpbs(ok('+CPBS: "SM",4,250')) == pb.PhonebookStorage("SM", 4, 250)
    assert pb.parse_cpbs('"ME"') == pb.PhonebookStorage("ME")
    assert pb.parse_cpbr_test(ok("+CPBR: (1-250),40,14")) == pb.PhonebookLimits(1, 250, 40, 14)
    assert pb.parse_cpbr_test("(1),20,") == pb.PhonebookLimits(1, 1, 20, None)
    with pytest.raises(AtParseError):
        pb.parse_cpbr_test("(9-1),40,14")
    with pytest.raises(AtParseError):
        pb.parse_cpbs(ok())


def test_parse_entries_in_both_charsets() -> None:
    ira = ok('+CPBR: 1,"+15550101",145,"Voicemail"', '+CPBR: 3,"*100#",129,"Balance"')
    assert pb.parse_entries(ira, "+CPBR:", "IRA") == [
        pb.PhonebookEntry(1, "+15550101", 145, "Voicemail"),
        pb.PhonebookEntry(3, "*100#", 129, "Balance")]
    ucs2 = ok('+CPBF: 2,"112",129,"0414043804300020263A"',
              '+CPBF: 4,"002B0034",145,"0041"')
    assert pb.parse_entries(ucs2, "+CPBF:", "UCS2") == [
        pb.PhonebookEntry(2, "112", 129, "Диа ☺"),
        pb.PhonebookEntry(4, "+4", 145, "A")]
    with pytest.raises(AtParseError):
        pb.parse_entries(ok('+CPBR: 1,"1",129,"00E"'), "+CPBR:", "UCS2")
    with pytest.raises(AtParseError):
        pb.parse_entries(ok('+CPBR: 1,"1"'), "+CPBR:", "IRA")


def test_needs_ucs2() -> None:
    assert not pb.needs_ucs2("Customer care (24/7)")
    assert pb.needs_ucs2("Zoë")
    assert pb.needs_ucs2('"quoted"')


@FUZZ
@given(st.text(max_size=40))
def test_ucs2_round_trip(text: str) -> None:
    assert pb.decode_text(pb.encode_text(text, "UCS2"), "UCS2") == text  # no lone surrogates


@FUZZ
@given(st.text(max_size=80), st.sampled_from(["IRA", "UCS2"]))
def test_parsers_raise_only_their_own_errors(payload: str, charset: pb.Charset) -> None:
    for parse in (lambda: pb.parse_entry(payload, charset), lambda: pb.parse_cpbs(payload),
                  lambda: pb.parse_cpbr_test(payload)):
        with contextlib.suppress(AtParseError):
            parse()
