"""The port actor over real bytes: a pseudo-terminal and a loopback socket."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from cmgui.at.engine import AtCommand, Unsolicited
from cmgui.drivers.at.transport import AtPort, CommandTimeout, PortBusy, PortClosed
from tests.integration.at.scripted import ScriptedModem
from tests.integration.at.waiting import until

OK = b"\r\nOK\r\n"


def basic_answers() -> dict[str, bytes | None]:
    return {
        "AT": OK,
        "AT+CSQ": b"\r\n+CSQ: 20,99\r\n" + OK,
        "AT+CPIN=\"0000\"": b"\r\n+CME ERROR: 16\r\n",
        "AT+CGSN": b"\r\n+CMTI: \"SM\",3\r\n\r\n352099001761481\r\n" + OK,
        "AT+SLOW": None,
        "AT+CMGS=5": b"\r\n> ",
        "<ctrl-z>0011000B": b"\r\n+CMGS: 7\r\n" + OK,
    }


@pytest.fixture
async def pty_modem() -> AsyncIterator[ScriptedModem]:
    modem = ScriptedModem(basic_answers())
    modem.open_pty()
    yield modem
    modem.close()


@pytest.fixture(params=["pty", "socket"])
async def port(request: pytest.FixtureRequest) -> AsyncIterator[tuple[AtPort, ScriptedModem]]:
    modem = ScriptedModem(basic_answers())
    address = modem.open_pty() if request.param == "pty" else await modem.listen_tcp()
    at_port = await AtPort.open(address)
    yield at_port, modem
    await at_port.close()
    modem.close()


async def test_command_and_error_results(port: tuple[AtPort, ScriptedModem]) -> None:
    at_port, _ = port
    result = await at_port.command(AtCommand("AT+CSQ", response_prefixes=("+CSQ:",)))
    assert result.ok and result.prefixed("+CSQ:") == ["20,99"]
    failed = await at_port.command(AtCommand('AT+CPIN="0000"', secret=True))
    assert not failed.ok and failed.error is not None and failed.error.code == 16


async def test_urc_in_the_middle_of_a_response(port: tuple[AtPort, ScriptedModem]) -> None:
    at_port, _ = port
    seen: list[Unsolicited] = []
    at_port.urc_handlers.append(seen.append)
    result = await at_port.command(AtCommand("AT+CGSN"))
    assert result.lines == ["352099001761481"]
    assert [u.name for u in seen] == ["+CMTI"] and seen[0].payload == '"SM",3'


async def test_urc_while_idle(port: tuple[AtPort, ScriptedModem]) -> None:
    at_port, modem = port
    got: asyncio.Queue[Unsolicited] = asyncio.Queue()
    at_port.urc_handlers.append(got.put_nowait)
    await at_port.command(AtCommand("AT"))  # the socket peer is connected once this answers
    modem.send(b"\r\n+CREG: 1,\"1A2B\",\"01A2B3C\",7\r\n")
    urc = await asyncio.wait_for(got.get(), 2)
    assert urc.name == "+CREG" and urc.payload.startswith("1,")


async def test_prompt_and_payload(port: tuple[AtPort, ScriptedModem]) -> None:
    at_port, modem = port
    command = AtCommand("AT+CMGS=5", expect_prompt=True, response_prefixes=("+CMGS:",))
    result = await at_port.command(command, payload="0011000B")
    assert result.ok and result.prefixed("+CMGS:") == ["7"]
    assert "<ctrl-z>0011000B" in modem.received


async def test_timeout_follows_the_loop_clock_and_the_port_stays_usable(
        port: tuple[AtPort, ScriptedModem]) -> None:
    at_port, _ = port
    loop = asyncio.get_running_loop()
    start = loop.time()
    with pytest.raises(CommandTimeout):
        await at_port.command(AtCommand("AT+SLOW", timeout=0.2))
    assert 0.15 < loop.time() - start < 1.0
    assert (await at_port.command(AtCommand("AT"))).ok


async def test_cancel_aborts_the_command_and_resynchronises(pty_modem: ScriptedModem) -> None:
    pty_modem.answers[""] = OK  # the modem reports the abort (V.250: any character aborts)
    at_port = await AtPort.open(pty_modem.path)
    try:
        task = asyncio.create_task(at_port.command(AtCommand("AT+SLOW", timeout=30)))
        await until(lambda: "AT+SLOW" in pty_modem.received, what="AT+SLOW at the modem")
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        result = await asyncio.wait_for(
            at_port.command(AtCommand("AT+CSQ", response_prefixes=("+CSQ:",))), 2)
        assert result.prefixed("+CSQ:") == ["20,99"]  # not the abort's OK
        assert pty_modem.received[-2:] == ["", "AT+CSQ"]
    finally:
        await at_port.close()


async def test_vanishing_device_fails_the_call_and_reports_the_loss(
        pty_modem: ScriptedModem) -> None:
    at_port = await AtPort.open(pty_modem.path)
    lost: list[BaseException | None] = []
    at_port.lost_handlers.append(lost.append)
    task = asyncio.create_task(at_port.command(AtCommand("AT+SLOW", timeout=10)))
    await until(lambda: "AT+SLOW" in pty_modem.received, what="AT+SLOW at the modem")
    pty_modem.close()
    with pytest.raises(PortClosed):
        await asyncio.wait_for(task, 3)
    assert len(lost) == 1 and at_port.closed
    with pytest.raises(PortClosed):
        await at_port.command(AtCommand("AT"))
    await at_port.close()


async def test_a_port_in_use_is_not_opened_twice(pty_modem: ScriptedModem) -> None:
    first = await AtPort.open(pty_modem.path)
    try:
        with pytest.raises(PortBusy):
            await AtPort.open(pty_modem.path)
    finally:
        await first.close()


async def test_url_handlers_without_a_descriptor_use_a_reader_thread() -> None:
    """``loop://`` sends back what it gets: the bytes make the round trip."""
    from cmgui.drivers.at.transport import open_stream

    reader, writer = await open_stream("loop://")
    try:
        writer.write(b"AT+CSQ\r")
        assert await asyncio.wait_for(reader.readexactly(7), 2) == b"AT+CSQ\r"
    finally:
        writer.close()
        await writer.wait_closed()
