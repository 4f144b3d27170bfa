"""AtEngine: framing, final results, echo, URCs, prompts, timeouts, robustness."""

from __future__ import annotations

import pytest

from cmgui.at.engine import (
    AtCommand,
    AtEngine,
    AtResult,
    CommandCompleted,
    CommandTimedOut,
    Event,
    PromptReady,
    State,
    Stray,
    Unsolicited,
)
from cmgui.at.errors import AtEngineError, AtError
from cmgui.at.urc import Follow, UrcSpec


def drain(engine: AtEngine) -> list[Event]:
    events = []
    while (event := engine.next_event()) is not None:
        events.append(event)
    return events


def run(data: bytes, command: AtCommand | None = None, *, echo: bool = True) -> list[Event]:
    engine = AtEngine(echo_possible=echo)
    if command is not None:
        engine.send(command, 0.0)
    engine.receive_data(data)
    return drain(engine)


def completed(events: list[Event]) -> AtResult:
    results = [e.result for e in events if isinstance(e, CommandCompleted)]
    assert len(results) == 1, events
    return results[0]


CSQ = AtCommand("AT+CSQ", response_prefixes=("+CSQ:",))


def test_send_returns_command_line_with_cr() -> None:
    engine = AtEngine()
    assert engine.send(CSQ, 0.0) == b"AT+CSQ\r"
    assert engine.state is State.RUNNING
    assert engine.current is CSQ
    assert engine.next_deadline() == CSQ.timeout


def test_simple_ok_with_information_line() -> None:
    result = completed(run(b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n", CSQ))
    assert result == AtResult(True, ["+CSQ: 20,99"], "OK", None)
    assert result.prefixed("+CSQ:") == ["20,99"]


@pytest.mark.parametrize(
    ("line", "ok", "error"),
    [
        ("OK", True, None),
        ("CONNECT", True, None),
        ("CONNECT 150000000", True, None),
        ("ERROR", False, AtError("error", None, "ERROR")),
        ("+CME ERROR: 10", False, AtError("cme", 10, "SIM not inserted")),
        ("+CME ERROR: SIM PIN required", False, AtError("cme", 11, "SIM PIN required")),
        ("+CME ERROR: incorrect password", False, AtError("cme", 16, "incorrect password")),
        ("+CME ERROR:3", False, AtError("cme", 3, "operation not allowed")),
        ("+CMS ERROR: 304", False, AtError("cms", 304, "invalid PDU mode parameter")),
        ("+CMS ERROR: SMSC address unknown", False, AtError("cms", 330, "SMSC address unknown")),
        ("+CMS ERROR: 42", False, AtError("cms", 42, "congestion")),
        ("NO CARRIER", False, AtError("no_carrier", None, "NO CARRIER")),
        ("NO DIALTONE", False, AtError("no_dialtone", None, "NO DIALTONE")),
        ("BUSY", False, AtError("busy", None, "BUSY")),
        ("NO ANSWER", False, AtError("no_answer", None, "NO ANSWER")),
        ("COMMAND NOT SUPPORT", False, AtError("not_supported", None, "COMMAND NOT SUPPORT")),
        (
            "TOO MANY PARAMETERS",
            False,
            AtError("too_many_parameters", None, "TOO MANY PARAMETERS"),
        ),
    ],
)
def test_final_results(line: str, ok: bool, error: AtError | None) -> None:
    result = completed(run(f"\r\n{line}\r\n".encode(), AtCommand("AT+X")))
    assert (result.ok, result.error, result.final) == (ok, error, line)


def test_unknown_cme_text_keeps_text_without_code() -> None:
    result = completed(run(b"+CME ERROR: flux capacitor\r\n", AtCommand("AT+X")))
    assert result.error == AtError("cme", None, "flux capacitor")


@pytest.mark.parametrize("eol", [b"\r\n", b"\r", b"\n", b"\n\r", b"\r\r\n"])
def test_any_line_ending(eol: bytes) -> None:
    data = eol + b"+CSQ: 5,99" + eol + eol + b"OK" + eol
    assert completed(run(data, CSQ)).lines == ["+CSQ: 5,99"]


def test_lines_split_at_every_boundary_give_the_same_events() -> None:
    data = b'AT+CSQ\r\r\n+CMTI: "SM",1\r\n+CSQ: 20,99\r\n\r\nOK\r\n'
    expected = run(data, CSQ)
    for cut in range(len(data) + 1):
        engine = AtEngine()
        engine.send(CSQ, 0.0)
        engine.receive_data(data[:cut])
        engine.receive_data(data[cut:])
        assert drain(engine) == expected, cut
    engine = AtEngine()
    engine.send(CSQ, 0.0)
    for byte in data:
        engine.receive_data(bytes([byte]))
    assert drain(engine) == expected


# ------------------------------------------------------------------------- echo


def test_full_echo_is_dropped() -> None:
    result = completed(run(b"AT+CSQ\r\r\n+CSQ: 1,2\r\n\r\nOK\r\n", CSQ))
    assert result.lines == ["+CSQ: 1,2"]


def test_echo_is_case_insensitive() -> None:
    result = completed(run(b"at+csq\r\r\n+CSQ: 1,2\r\nOK\r\n", CSQ))
    assert result.lines == ["+CSQ: 1,2"]


def test_partial_echo_is_dropped() -> None:
    command = AtCommand("AT+CGMI")
    result = completed(run(b"AT+CG\r\nQuectel\r\nOK\r\n", command))
    assert result.lines == ["Quectel"]


def test_echo_interleaved_with_urc() -> None:
    data = b'AT+CG\r\n+CMTI: "ME",4\r\nMI\r\nQuectel\r\nOK\r\n'
    events = run(data, AtCommand("AT+CGMI"))
    assert events == [
        Unsolicited('+CMTI: "ME",4', "+CMTI", '"ME",4'),
        CommandCompleted(events[1].command, AtResult(True, ["Quectel"], "OK")),  # type: ignore[union-attr]
    ]


def test_garbage_glued_before_echo() -> None:
    result = completed(run(b"\x00\xffAT+CSQ\r\n+CSQ: 3,4\r\nOK\r\n", CSQ))
    assert result.lines == ["+CSQ: 3,4"]


def test_without_echo_possible_a_matching_line_is_a_response() -> None:
    command = AtCommand("ATI")
    result = completed(run(b"ATI\r\nOK\r\n", command, echo=False))
    assert result.lines == ["ATI"]


def test_info_line_equal_to_rest_of_echo_after_response_is_kept() -> None:
    command = AtCommand("AT+CGSN")
    result = completed(run(b"AT+CGSN\r\n123456789012345\r\nOK\r\n", command))
    assert result.lines == ["123456789012345"]


# ------------------------------------------------------------------------- URCs


def test_urc_while_idle() -> None:
    assert run(b'\r\n+CMTI: "SM",3\r\n') == [Unsolicited('+CMTI: "SM",3', "+CMTI", '"SM",3')]


def test_word_urcs() -> None:
    events = run(b"\r\nRING\r\n\r\nRDY\r\n\r\nSMS DONE\r\n")
    assert [e.name for e in events if isinstance(e, Unsolicited)] == ["RING", "RDY", "SMS DONE"]


def test_urc_between_command_and_answer() -> None:
    data = b"\r\n^RSSI: 17\r\n+CSQ: 17,99\r\n^HCSQ: \"LTE\",50,40,100,20\r\n\r\nOK\r\n"
    events = run(data, CSQ)
    assert [e.name for e in events if isinstance(e, Unsolicited)] == ["^RSSI", "^HCSQ"]
    assert completed(events).lines == ["+CSQ: 17,99"]


def test_creg_is_response_when_read_in_flight_and_urc_otherwise() -> None:
    creg = AtCommand("AT+CREG?", response_prefixes=("+CREG:",))
    events = run(b"\r\n+CREG: 2,1,\"1A2B\",\"01C3D4E5\",7\r\n\r\nOK\r\n", creg)
    assert completed(events).lines == ['+CREG: 2,1,"1A2B","01C3D4E5",7']
    events = run(b"\r\n+CREG: 1,\"1A2B\",\"01C3D4E5\",7\r\n\r\nOK\r\n", CSQ)
    payload = '1,"1A2B","01C3D4E5",7'
    assert events[0] == Unsolicited(f"+CREG: {payload}", "+CREG", payload)
    assert completed(events).lines == []


def test_cpin_ready_as_urc() -> None:
    assert run(b"\r\n+CPIN: READY\r\n") == [Unsolicited("+CPIN: READY", "+CPIN", "READY")]


def test_cmt_takes_the_next_line_as_pdu() -> None:
    data = b'\r\n+CMT: ,24\r\n07911326040000F0040B911346610089F6\r\n'
    assert run(data) == [
        Unsolicited("+CMT: ,24", "+CMT", ",24", ("07911326040000F0040B911346610089F6",))
    ]


def test_cmt_during_a_command_keeps_its_pdu_out_of_the_response() -> None:
    data = b'\r\n+CSQ: 9,9\r\n+CMT: ,3\r\n0011AA\r\nOK\r\n'
    events = run(data, CSQ)
    assert events[0] == Unsolicited("+CMT: ,3", "+CMT", ",3", ("0011AA",))
    assert completed(events).lines == ["+CSQ: 9,9"]


def test_multi_line_urc_does_not_swallow_the_in_flight_response() -> None:
    events = run(b"+CMT: ,3\r\n+CSQ: 4,99\r\nOK\r\n", CSQ)
    assert events[0] == Unsolicited("+CMT: ,3", "+CMT", ",3", ())
    assert completed(events).lines == ["+CSQ: 4,99"]


def test_cds_two_lines_in_pdu_mode_one_in_text_mode() -> None:
    assert run(b"+CDS: 25\r\n0006D1\r\n") == [Unsolicited("+CDS: 25", "+CDS", "25", ("0006D1",))]
    line = b'+CDS: 6,202,"+4917",145,"24/01/01,10:00:00+04","24/01/01,10:00:05+04",0\r\n'
    events = run(line + b"RING\r\n")
    assert events[0].data == ()  # type: ignore[union-attr]
    assert events[1] == Unsolicited("RING", "RING", "")


def test_multi_line_urc_cut_short_by_final_result() -> None:
    engine = AtEngine()
    engine.send(CSQ, 0.0)
    engine.receive_data(b"+CMT: ,3\r\nOK\r\n")
    events = drain(engine)
    assert events[0] == Unsolicited("+CMT: ,3", "+CMT", ",3", ())
    assert completed(events).ok


def test_cusd_with_line_breaks_in_its_string() -> None:
    data = b'\r\n+CUSD: 1,"Balance: 5 EUR\r\n1. Top up\r\n2. Exit",15\r\n'
    assert run(data) == [
        Unsolicited(
            '+CUSD: 1,"Balance: 5 EUR', "+CUSD", '1,"Balance: 5 EUR', ("1. Top up", '2. Exit",15')
        )
    ]


def test_extra_vendor_urc() -> None:
    engine = AtEngine(extra_urcs=[UrcSpec("%XFOO:", Follow.NONE)])
    engine.receive_data(b"%XFOO: 1\r\n")
    assert drain(engine) == [Unsolicited("%XFOO: 1", "%XFOO", "1")]


def test_unknown_line_while_idle_is_stray() -> None:
    assert run(b"\r\nhello\r\n") == [Stray("hello")]


def test_final_result_with_nothing_in_flight_is_stray() -> None:
    assert run(b"\r\nOK\r\nNO CARRIER\r\n") == [Stray("OK"), Stray("NO CARRIER")]


# ------------------------------------------------------------------------- queue


def test_one_command_in_flight_others_queued() -> None:
    engine = AtEngine()
    first, second = AtCommand("AT+A"), AtCommand("AT+B")
    assert engine.send(first, 0.0) == b"AT+A\r"
    assert engine.send(second, 0.0) == b""
    assert engine.queued == 1
    assert engine.next_to_write(1.0) == b""  # still busy
    engine.receive_data(b"OK\r\n")
    assert drain(engine) == [CommandCompleted(first, AtResult(True, [], "OK"))]
    assert engine.next_to_write(2.0) == b"AT+B\r"
    assert engine.next_deadline() == 2.0 + second.timeout
    engine.receive_data(b"ERROR\r\n")
    assert drain(engine)[0].result.ok is False  # type: ignore[union-attr]
    assert engine.next_to_write(3.0) == b""
    assert engine.state is State.IDLE


def test_cancel_queued() -> None:
    engine = AtEngine()
    engine.send(AtCommand("AT"), 0)
    waiting = AtCommand("AT+B")
    engine.send(waiting, 0)
    assert engine.cancel_queued() == [waiting]
    assert engine.queued == 0


# ------------------------------------------------------------------------- timeouts


def test_timeout_then_next_command() -> None:
    engine = AtEngine()
    slow = AtCommand("AT+COPS=?", timeout=10.0)
    after = AtCommand("AT")
    engine.send(slow, 100.0)
    engine.send(after, 100.0)
    engine.receive_data(b"+COPS: (2,\"A\",\"A\",\"00101\",7)\r\n")
    engine.tick(109.9)
    assert drain(engine) == []
    assert engine.next_deadline() == 110.0
    engine.tick(110.0)
    assert drain(engine) == [CommandTimedOut(slow, ('+COPS: (2,"A","A","00101",7)',))]
    assert engine.next_deadline() is None
    assert engine.next_to_write(110.0) == b"AT\r"
    engine.receive_data(b"OK\r\n")
    assert drain(engine) == [CommandCompleted(after, AtResult(True, [], "OK"))]


def test_tick_while_idle_does_nothing() -> None:
    engine = AtEngine()
    engine.tick(1e9)
    assert drain(engine) == []


def test_reset_forgets_in_flight_and_partial_input() -> None:
    engine = AtEngine()
    engine.send(AtCommand("AT+A"), 0)
    queued = AtCommand("AT+B")
    engine.send(queued, 0)
    engine.receive_data(b"+PARTIAL")
    engine.reset()
    assert engine.state is State.IDLE and engine.current is None
    assert engine.next_to_write(5) == b"AT+B\r"
    engine.receive_data(b"OK\r\n")
    assert drain(engine) == [CommandCompleted(queued, AtResult(True, [], "OK"))]


# ------------------------------------------------------------------------- prompt


def cmgs() -> AtCommand:
    return AtCommand("AT+CMGS=23", expect_prompt=True, response_prefixes=("+CMGS:",), timeout=60)


@pytest.mark.parametrize(
    "prompt", [b"\r\n> ", b"> ", b"\r\n>", b"AT+CMGS=23\r\r\n> ", b"\r\n> \r\n"]
)
def test_prompt_then_payload(prompt: bytes) -> None:
    engine = AtEngine()
    command = cmgs()
    engine.send(command, 0.0)
    engine.receive_data(prompt)
    assert drain(engine) == [PromptReady(command)]
    assert engine.state is State.PROMPTED
    assert engine.send_payload("0011000B911326", 5.0) == b"0011000B911326\x1a"
    assert engine.next_deadline() == 65.0
    engine.receive_data(b"0011000B911326\x1a\r\n+CMGS: 42\r\n\r\nOK\r\n")
    result = completed(drain(engine))
    assert result.lines == ["+CMGS: 42"]


def test_prompt_split_across_chunks() -> None:
    engine = AtEngine()
    command = cmgs()
    engine.send(command, 0.0)
    engine.receive_data(b"\r\n>")
    engine.receive_data(b" ")
    assert drain(engine) == [PromptReady(command)]
    engine.send_payload(b"00AA", 1.0)
    engine.receive_data(b" 00AA\x1a\r\n+CMGS: 1\r\nOK\r\n")
    assert completed(drain(engine)).lines == ["+CMGS: 1"]


def test_text_mode_payload_echo_with_line_breaks() -> None:
    engine = AtEngine()
    command = AtCommand('AT+CMGS="+4917"', expect_prompt=True, response_prefixes=("+CMGS:",))
    engine.send(command, 0.0)
    engine.receive_data(b'AT+CMGS="+4917"\r\r\n> ')
    drain(engine)
    engine.send_payload("hello\rworld", 0.0)
    engine.receive_data(b"hello\r\n> world\x1a\r\n+CMGS: 7\r\n\r\nOK\r\n")
    assert completed(drain(engine)).lines == ["+CMGS: 7"]


def test_error_instead_of_prompt() -> None:
    events = run(b"\r\n+CMS ERROR: 304\r\n", cmgs())
    assert completed(events).error == AtError("cms", 304, "invalid PDU mode parameter")


def test_abort_payload() -> None:
    engine = AtEngine()
    engine.send(cmgs(), 0.0)
    engine.receive_data(b"> ")
    drain(engine)
    assert engine.abort_payload(1.0) == b"\x1b"
    engine.receive_data(b"\r\nOK\r\n")
    assert completed(drain(engine)).ok


def test_prompt_is_not_taken_when_not_expected() -> None:
    result = completed(run(b"> \r\nOK\r\n", AtCommand("AT+X")))
    assert result.lines == [">"]


def test_payload_without_prompt_is_a_caller_error() -> None:
    engine = AtEngine()
    with pytest.raises(AtEngineError):
        engine.send_payload("00", 0.0)
    engine.send(cmgs(), 0.0)
    with pytest.raises(AtEngineError):
        engine.abort_payload(0.0)
    engine.receive_data(b"> ")
    with pytest.raises(AtEngineError):
        engine.send_payload("00\x1a", 0.0)


# ------------------------------------------------------------------------- robustness


def test_nul_and_invalid_utf8_never_raise() -> None:
    data = b"\x00\r\n+CGMI\xff\xfe: caf\xe9\r\n\x00OK\x00\r\n"
    result = completed(run(data, AtCommand("AT+CGMI", response_prefixes=("+CGMI:",))))
    assert result.lines == ["+CGMI\xff\xfe: caf\xe9"]


def test_utf8_is_decoded() -> None:
    result = completed(run("\r\nZürich\r\nOK\r\n".encode(), AtCommand("AT+X")))
    assert result.lines == ["Zürich"]


def test_overlong_line_is_bounded() -> None:
    engine = AtEngine(max_line=64)
    engine.send(AtCommand("AT+X"), 0)
    engine.receive_data(b"A" * 50)
    engine.receive_data(b"B" * 1000)
    engine.receive_data(b"C" * 1000 + b"\r\nOK\r\n")
    result = completed(drain(engine))
    assert result.lines == ["A" * 50 + "B" * 14]


def test_empty_lines_are_ignored() -> None:
    assert run(b"\r\n\r\n\n\n\r\r") == []


def test_command_text_validation_and_secret_repr() -> None:
    with pytest.raises(ValueError):
        AtCommand("AT\r+X")
    with pytest.raises(ValueError):
        AtCommand("AT", timeout=0)
    pin = AtCommand('AT+CPIN="1234"', secret=True)
    assert "1234" not in repr(pin)
    assert pin.log_text == "AT+CPIN=<hidden>"
    assert pin.encode() == b'AT+CPIN="1234"\r'
