"""A chatty or endless modem costs bounded work and memory (issue 11, finding 1).

The modem is the virtual modem on a real pty, flooding unsolicited lines as fast as the driver
reads them; the driver keeps at most one pending re-read per kind, one fetch worker, and cuts an
answer that never ends. Nothing here measures speed: the bounds are on queue sizes, on the work
done per unit of the loop's clock, and on memory.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import AsyncIterator

import pytest

from cmgui.at.engine import MAX_RESPONSE_LINES
from cmgui.cmapi.errors import CmapiError
from cmgui.drivers.at.device import AtDevice
from cmgui.drivers.at.refresh import DEFAULT_INTERVAL
from tests.hostile.modem import HostileModem, count, rss

pytestmark = pytest.mark.slow

FLOOD = ["^RSSI: 17", "+CREG: 1", '+CEREG: 1,"1A2B","01A2D001",7', "+CIEV: 2,3",
         '+CMTI: "SM",1', "^DSFLOWRPT: 0000000A,00000000,00000000,0000000000000010,"
         "0000000000000020,00000000,00000000"]
#: The flood must have reached the driver in earnest before the bounds mean anything.
FLOOD_BYTES = 8 << 20
MEMORY_SLACK = 64 << 20


@pytest.fixture
async def modem() -> AsyncIterator[HostileModem]:
    m = HostileModem()
    m.open()
    yield m
    await m.close()


@pytest.fixture
async def device(modem: HostileModem) -> AsyncIterator[AtDevice]:
    d = AtDevice(modem.url)
    await d.open()
    yield d
    await d.close()


async def _some_calls(device: AtDevice) -> None:
    await device.dev_srv_get_firmware_version()
    await device.information_get_signal_strength()
    await device.information_get_pin_status()
    await device.information_get_ps_network_registration()
    await device.sms_get_id_list()


async def test_a_urc_flood_is_coalesced_and_memory_stays_flat(
        modem: HostileModem, device: AtDevice) -> None:
    stream = device.subscribe()  # someone listens, so signal re-reads are wanted
    port = device._port
    assert port is not None
    loop = asyncio.get_running_loop()
    await _some_calls(device)
    before = rss()
    start, sent_before = loop.time(), len(modem.received)
    peak_tasks = peak_pending = peak_waiting = peak_rss = 0
    modem.flood(FLOOD)
    rounds = 0
    while modem.flood_bytes < FLOOD_BYTES or rounds < 3:
        await asyncio.wait_for(_some_calls(device), 60)  # every call completes
        rounds += 1
        peak_tasks = max(peak_tasks, len(device._tasks))
        peak_pending = max(peak_pending, device.refresher.pending)
        peak_waiting = max(peak_waiting, port.waiting)
        peak_rss = max(peak_rss, rss())
        assert rounds < 10_000, "the flood never reached the driver"
    modem.stop_flood()
    elapsed = loop.time() - start
    stream.close()

    assert port.bytes_in > FLOOD_BYTES
    # One runner per refresh kind, the signal poll and at most one SMS fetch worker.
    assert peak_tasks <= 4
    assert peak_pending <= 2
    assert peak_waiting <= 3
    assert peak_rss - before < MEMORY_SLACK
    # Re-reads are rate-limited: one signal read (at most three commands) per interval and
    # kind, plus this test's own calls, however many thousand URCs arrived.
    sent = modem.received[sent_before:]
    signal_reads = count(sent, lambda c: c.startswith(("AT+CSQ", "AT+CESQ")))
    allowed = 3 * 2 * (elapsed / DEFAULT_INTERVAL + 2) + 2 * rounds
    assert signal_reads <= allowed
    assert count(sent, lambda c: c.startswith("AT+CMGR")) <= rounds + elapsed + 2


async def test_an_answer_that_never_ends_is_cut_off_with_a_clear_error(
        modem: HostileModem, device: AtDevice) -> None:
    modem.fault("AT+CMGL", "endless")
    before = rss()
    with pytest.raises(CmapiError) as info:
        await asyncio.wait_for(device.sms_get_id_list(), 60)
    reason = info.value.data["reason"]
    assert "did not end" in reason
    assert f"{MAX_RESPONSE_LINES + 1} lines" in reason  # cut at the cap, not by a timeout
    assert rss() - before < MEMORY_SLACK
    modem.stop_flood()  # the answer ends; the port is in step again for the next command
    modem.faults.clear()
    result = await asyncio.wait_for(device.dev_srv_get_firmware_version(), 30)
    assert result["firmwareVersion"]


async def test_cmcli_info_finishes_under_a_flood(modem: HostileModem) -> None:
    """Black-box: ``cmcli info`` (the device served with the stores) against a modem that never
    stops sending unsolicited lines ends with its report."""
    modem.flood(FLOOD)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import sys; from cmgui.cli import main; sys.exit(main())",
        "--json", "-d", modem.url, "info",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    modem.stop_flood()
    assert proc.returncode == 0, err.decode()
    info = json.loads(out)
    assert info["IMEI"] and info["signal"] is not None
    assert modem.flood_bytes > 64 << 10  # thousands of unsolicited lines meanwhile
