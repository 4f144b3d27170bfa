"""Probing real pseudo-terminals: a responsive modem, a silent port, both at once."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from cmgui.drivers.at.probe import probe_many, probe_port
from cmgui.drivers.virtual import serve
from tests.integration.at.scripted import ScriptedModem


@pytest.fixture
async def virtual_pty() -> AsyncIterator[str]:
    server, path = await serve.open_pty("huawei")
    yield path
    await server.close()


@pytest.fixture
async def silent_pty() -> ScriptedModem:
    modem = ScriptedModem(silent=True)
    modem.open_pty()
    return modem


async def test_responsive_modem_is_identified(virtual_pty: str) -> None:
    outcome = await probe_port(virtual_pty)
    print(f"\nresponsive modem identified in {outcome.elapsed * 1000:.1f} ms")
    assert outcome.identity is not None, outcome.reason
    assert outcome.identity.manufacturer == "huawei"
    assert outcome.identity.imei.isdigit() and len(outcome.identity.imei) == 15
    assert outcome.identity.description.startswith("Huawei E3372")


async def test_silent_port_is_given_up_without_blocking_another(
        virtual_pty: str, silent_pty: ScriptedModem) -> None:
    try:
        silent, found = await probe_many([silent_pty.path, virtual_pty])
    finally:
        silent_pty.close()
    print(f"\nsilent port given up after {silent.elapsed * 1000:.0f} ms; modem identified in "
          f"{found.elapsed * 1000:.1f} ms (concurrently)")
    assert silent.identity is None and silent.reason == "silent"
    assert found.identity is not None
    assert found.elapsed < silent.elapsed  # the silent port did not hold the other one up
    assert silent_pty.received == [] and silent_pty.raw.count(b"AT\r") >= 2  # it did retry


async def test_garbage_before_the_answer_is_tolerated() -> None:
    modem = ScriptedModem({"AT": b"\x00\xff~~garbage\r\nOK\r\n", "ATE0": b"\r\nOK\r\n",
                           "AT+CMEE=1": b"\r\nOK\r\n", "AT+CGMI": b"\r\nQuectel\r\n\r\nOK\r\n",
                           "AT+CGMM": b"\r\nEC25\r\n\r\nOK\r\n",
                           "AT+CGSN": b"\r\n867962040000018\r\n\r\nOK\r\n",
                           "AT+CGMR": b"\r\nRevision: EC25EFAR06A06M4G\r\n\r\nOK\r\n"})
    path = modem.open_pty()
    try:
        outcome = await probe_port(path)
    finally:
        modem.close()
    assert outcome.identity is not None
    assert outcome.identity.description == "Quectel EC25 (IMEI 867962040000018)"
    assert outcome.identity.revision == "EC25EFAR06A06M4G"


async def test_a_missing_port_is_reported_not_raised() -> None:
    outcome = await probe_port("/dev/cmgui-no-such-port")
    assert outcome.identity is None and outcome.reason.startswith("cannot open")
