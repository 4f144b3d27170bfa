"""The engine's cap on one answer's lines and characters (issue 11, finding 1)."""

from __future__ import annotations

from cmgui.at.engine import AtCommand, AtEngine, CommandCompleted, ResponseTooLong


def _events(engine: AtEngine) -> list[object]:
    out = []
    while (event := engine.next_event()) is not None:
        out.append(event)
    return out


def test_too_many_lines_are_dropped_once_and_the_command_still_ends() -> None:
    engine = AtEngine(echo_possible=False, max_response_lines=3)
    command = AtCommand("AT+CMGL=4")
    engine.send(command, 0.0)
    engine.receive_data(b"".join(b"+CMGL: %d,1,,23\r\n" % i for i in range(50)))
    events = _events(engine)
    assert events == [ResponseTooLong(command, 4, len("+CMGL: 0,1,,23") * 4)]
    engine.receive_data(b"OK\r\n")
    (done,) = _events(engine)
    assert isinstance(done, CommandCompleted) and done.result.lines == []
    engine.send(AtCommand("AT+CSQ"), 1.0)  # the next command starts clean
    engine.receive_data(b"+CSQ: 20,99\r\nOK\r\n")
    (next_done,) = _events(engine)
    assert isinstance(next_done, CommandCompleted)
    assert next_done.result.lines == ["+CSQ: 20,99"]


def test_too_many_characters_are_cut_off() -> None:
    engine = AtEngine(echo_possible=False, max_response_chars=100)
    command = AtCommand("AT+COPS=?")
    engine.send(command, 0.0)
    engine.receive_data(b"+COPS: " + b"x" * 60 + b"\r\n" + b"+COPS: " + b"y" * 60 + b"\r\n")
    (event,) = _events(engine)
    assert isinstance(event, ResponseTooLong) and event.lines == 2 and event.chars == 134
