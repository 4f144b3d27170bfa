"""``cmcli sms sync --delete-from-device`` against a modem that vanishes or hangs during the
read-back before deleting (issue 11, finding 5): it ends promptly with exit 1, says what was
archived and what is left, and writes no progress lines when stderr is not a terminal."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import AsyncIterator

import pytest

from tests.hostile.modem import HostileModem, count
from tests.integration.at.waiting import until

pytestmark = pytest.mark.slow

MESSAGES = 6
CHILD = "import sys; from cmgui.cli import main; sys.exit(main())"


@pytest.fixture
async def modem() -> AsyncIterator[HostileModem]:
    m = HostileModem(sm_capacity=20)
    m.open()
    await until(lambda: m.model.registered, 10, "registration")
    for n in range(MESSAGES):
        m.model.inject_sms("+15550171", f"message {n}")
    yield m
    await m.close()


async def _sync(modem: HostileModem, *extra: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, "-d", modem.url, "sms", "sync", *extra,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 90)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


def _on_device(modem: HostileModem) -> int:
    return int(modem.model.storage("SM").used)


async def test_a_modem_unplugged_during_the_read_back_is_not_a_success(
        modem: HostileModem) -> None:
    # The read phase reads each message once; the third read-back before a delete unplugs.
    modem.fault("AT+CMGR=", "unplug", after=MESSAGES + 2)
    code, _, err = await _sync(modem, "--delete-from-device")
    assert code == 1, err
    assert "Traceback" not in err
    assert f"{MESSAGES} safely archived" in err
    assert "Deleted 2 from the device." in err
    assert "stopped early" in err and f"{MESSAGES - 2} message(s) are still on the device" in err
    assert "changed during the sync" not in err
    assert "reading SM" not in err  # stderr is a pipe here: no progress lines
    assert _on_device(modem) == MESSAGES - 2


async def test_a_modem_that_hangs_costs_one_time_out_not_one_per_message(
        modem: HostileModem) -> None:
    modem.fault("AT+CMGR=", "hang", after=MESSAGES + 1)
    code, out, _ = await _sync(modem, "--delete-from-device", "--json")
    assert code == 1
    summary = json.loads(out)
    assert summary["archived"] == MESSAGES and summary["deleted"] == 1
    assert summary["left"] == MESSAGES - 1 and "did not answer" in summary["stopped"]
    read_backs = count(modem.received, lambda c: c.startswith("AT+CMGR="))
    assert read_backs == MESSAGES + 2  # the hung one was the last tried


async def test_a_complete_sync_still_exits_0(modem: HostileModem) -> None:
    code, out, err = await _sync(modem, "--delete-from-device")
    assert code == 0, err
    assert f"Deleted {MESSAGES} from the device." in out
    assert _on_device(modem) == 0
