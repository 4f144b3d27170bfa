"""Phonebook commands (TS 27.007 8.11-8.14): +CPBS, +CPBR, +CPBW, +CPBF.

Names go out and come in in the TE character set (+CSCS); numbers are plain digits, though a
number sent UCS2-encoded is understood too (some TEs do that).
"""

from __future__ import annotations

from . import errors
from .phonebook import DIAL_CHARS, Contact, Phonebook
from .session import Command, Result, Session, SyntaxFailure, q


def _book(s: Session) -> Phonebook:
    s.model.sim.require_ready()
    return s.model.phonebooks[s.settings.cpbs]


def _line(s: Session, prefix: str, index: int, contact: Contact) -> str:
    return (f"{prefix}: {index},{q(contact.number)},{contact.type},"
            f"{q(s.te_encode(contact.text))}")


def _number(s: Session, raw: str) -> str:
    if s.settings.cscs == "UCS2" and raw and not set(raw) <= DIAL_CHARS and len(raw) % 4 == 0:
        try:
            decoded = bytes.fromhex(raw).decode("utf-16-be")
        except ValueError:
            return raw
        return decoded
    return raw


def cpbs(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ['+CPBS: ("SM","ME")']
    if c.op == "?":
        book = _book(s)
        return [f"+CPBS: {q(book.name)},{book.used},{book.capacity}"]
    if c.op != "=":
        raise SyntaxFailure(c.name)
    name = c.str_arg(0).upper()
    if name not in s.model.phonebooks:
        raise errors.cme(errors.NOT_SUPPORTED)
    s.model.sim.require_ready()
    s.settings.cpbs = name
    return []


def cpbr(s: Session, c: Command) -> Result:
    book = _book(s)
    if c.op == "=?":
        return [f"+CPBR: ({book.first}-{book.last}),{book.number_max},{book.text_max}"]
    if c.op != "=":
        raise SyntaxFailure(c.name)
    first = c.int_arg(0)
    last = c.int_arg(1, first)
    if last < first:
        raise errors.cme(errors.INVALID_INDEX)
    return [_line(s, "+CPBR", i, contact) for i, contact in book.read(first, last)]


def cpbw(s: Session, c: Command) -> Result:
    book = _book(s)
    if c.op == "=?":
        return [f"+CPBW: ({book.first}-{book.last}),{book.number_max},(129,145),"
                f"{book.text_max}"]
    if c.op != "=":
        raise SyntaxFailure(c.name)
    args = c.args
    index = c.int_arg(0) if args and args[0] is not None else None
    if len(args) <= 1:
        if index is None:
            raise errors.cme(errors.BAD_PARAMS)
        book.delete(index)
        return []
    number = _number(s, c.str_arg(1))
    type_ = c.int_arg(2, 145 if number.startswith("+") else 129)
    if type_ not in (129, 145, 161):
        raise errors.cme(errors.BAD_PARAMS)
    text = s.te_decode(c.str_arg(3, ""))
    book.write(index, number, type_, text)
    return []


def cpbf(s: Session, c: Command) -> Result:
    book = _book(s)
    if c.op == "=?":
        return [f"+CPBF: {book.number_max},{book.text_max}"]
    if c.op != "=":
        raise SyntaxFailure(c.name)
    prefix = s.te_decode(c.str_arg(0))
    return [_line(s, "+CPBF", i, contact) for i, contact in book.find(prefix)]
