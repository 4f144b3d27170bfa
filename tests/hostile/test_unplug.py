"""A modem that vanishes mid-way (issue 11, finding 9): ``cmcli info`` exits 1 instead of
printing nulls, and a USSD request ends as soon as the device is gone."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.at.device import AtDevice
from tests.hostile.modem import HostileModem
from tests.integration.at.waiting import until

CHILD = "import sys; from cmgui.cli import main; sys.exit(main())"


@pytest.fixture
async def modem() -> AsyncIterator[HostileModem]:
    m = HostileModem(ussd_delay=3600.0)  # the network never answers: only the unplug ends it
    m.open()
    await until(lambda: m.model.registered, 10, "registration")
    yield m
    await m.close()


@pytest.mark.slow
async def test_info_with_the_modem_gone_at_cimi_exits_1(modem: HostileModem) -> None:
    modem.fault("AT+CIMI", "unplug")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, "-d", modem.url, "info",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 1, out.decode()
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1 and "went away" in lines[0]
    assert out == b""  # no half-filled report


async def test_ussd_ends_when_the_device_goes(modem: HostileModem) -> None:
    device = AtDevice(modem.url)
    await device.open()
    try:
        request = asyncio.create_task(device.ussd_request(ussd_string="*100#"))
        await until(lambda: any(c.startswith("AT+CUSD=1,") for c in modem.received),
                    what="the USSD request at the modem")
        modem.unplug()
        with pytest.raises(CmapiError) as info:
            await asyncio.wait_for(request, device.ussd_timeout / 3)
        assert info.value.code == ErrorCode.NO_SUCH_DEVICE
    finally:
        await device.close()
