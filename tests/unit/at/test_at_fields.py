"""The one quote-aware field scanner (cmgui.at.fields.scan) and what is built on it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmgui.at.fields import Field, groups, scan, split_fields, top_level
from cmgui.drivers.virtual.frontend import parse_command_line
from cmgui.drivers.virtual.session import SyntaxFailure, split_args

#: Text made of the characters the scanner cares about, plus a little filler.
structured = st.text(alphabet='ab,;()" ', max_size=40)


def test_scan_marks_only_outside_quotes_with_their_depth() -> None:
    assert list(scan('a,"b,(c)",(d,(e)),f')) == [
        (1, ",", 0), (9, ",", 0), (10, "(", 0), (12, ",", 1), (13, "(", 1), (15, ")", 1),
        (16, ")", 0), (17, ",", 0)]
    assert list(scan("x)(y", "()")) == [(2, "(", 0)]  # a stray ")" is skipped
    assert list(scan('a;"b;c";d', ";")) == [(1, ";", 0), (7, ";", 0)]
    assert list(scan("(a,b)", ",")) == [(2, ",", 0)]  # no nesting unless "(" is a mark


def test_split_fields_keeps_quoted_commas_and_parenthesised_lists() -> None:
    assert split_fields('1,"a,b",(0-4),(0,1),') == [
        Field("1"), Field("a,b", True), Field("(0-4)"), Field("(0,1)"), Field("")]
    assert split_fields(' "unterminated, still one') == [Field("unterminated, still one", True)]
    assert split_fields("") == [Field("")]


def test_groups_are_the_top_level_parentheses() -> None:
    text = '(2,"Op (one)","Op1","00101",7),(1,"B","B","00102",0),,(0-4),(0-2)'
    assert groups(text) == ['2,"Op (one)","Op1","00101",7', '1,"B","B","00102",0', "0-4", "0-2"]
    assert groups("((a),b)") == ["(a),b"]
    assert groups("(open") == []


def test_the_virtual_modem_parses_arguments_and_command_lines_with_it() -> None:
    assert split_args('a,"b,c",,d') == ["a", "b,c", None, "d"]
    assert split_args(' "x" , 1 ,') == [" x ", "1", None]  # as the modem got it
    with pytest.raises(SyntaxFailure):
        split_args('"open')
    commands = parse_command_line('+CPBW=1,"a;b";+CMGF=0')
    assert [(c.name, c.raw) for c in commands] == [("+CPBW", '1,"a;b"'), ("+CMGF", "0")]


def _old_split(payload: str) -> list[str]:
    """The scanner as it was before it became one (reference for the property below)."""
    pieces: list[str] = []
    depth, in_quote, start = 0, False, 0
    for i, char in enumerate(payload):
        if char == '"':
            in_quote = not in_quote
        elif in_quote:
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            pieces.append(payload[start:i])
            start = i + 1
    return [*pieces, payload[start:]]


def _old_groups(text: str) -> list[str]:
    found: list[str] = []
    depth, in_quote, start = 0, False, 0
    for i, char in enumerate(text):
        if char == '"':
            in_quote = not in_quote
        elif in_quote:
            continue
        elif char == "(":
            if depth == 0:
                start = i + 1
            depth += 1
        elif char == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                found.append(text[start:i])
    return found


@given(structured)
def test_one_scanner_answers_as_both_copies_did(text: str) -> None:
    assert top_level(text) == _old_split(text)
    assert ",".join(top_level(text)) == text
    assert groups(text) == _old_groups(text)
    assert ";".join(top_level(text, ";", nest=False)) == text
