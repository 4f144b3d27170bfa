"""Credentials reach every dialect, and a profile's settings win over absent options (issue 11,
finding 8). ``cmcli`` runs as a process against the virtual modem on a pty, which records every
command line; profiles keep their password in the encrypted-file choice."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator

import pytest

from tests.hostile.modem import HostileModem
from tests.integration.at.waiting import until

pytestmark = pytest.mark.slow

CHILD = "import sys; from cmgui.cli import main; sys.exit(main())"


async def _cli(*argv: str) -> tuple[int, str, str]:
    env = {**os.environ, "CMGUI_SECRETS": "file",
           "CMGUI_SECRETS_PASSPHRASE": "correct horse battery"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, *argv, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 90)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def _modem(dialect: str) -> HostileModem:
    modem = HostileModem(dialect)
    modem.open()
    await until(lambda: modem.model.registered, 10, "registration")
    return modem


@pytest.fixture
async def huawei() -> AsyncIterator[HostileModem]:
    modem = await _modem("huawei")
    yield modem
    await modem.close()


@pytest.fixture
async def generic() -> AsyncIterator[HostileModem]:
    modem = await _modem("generic")
    yield modem
    await modem.close()


def _lines(modem: HostileModem, prefix: str) -> list[str]:
    return [c for c in modem.received if c.upper().startswith(prefix)]


async def test_huawei_ndisdup_carries_user_password_and_auth(huawei: HostileModem) -> None:
    code, out, err = await _cli("-d", huawei.url, "connect", "--apn", "corp.apn",
                                "--user", "alice", "--password", "s3cret-pw", "--auth", "CHAP")
    assert code == 0, err
    assert _lines(huawei, "AT^NDISDUP=1,1") == ['AT^NDISDUP=1,1,"corp.apn","alice","s3cret-pw",2']
    assert "s3cret-pw" not in out + err


async def test_a_profile_wins_over_absent_options(huawei: HostileModem) -> None:
    code, _, err = await _cli("profiles", "add", "--name", "corp", "--apn", "corp.apn",
                              "--user", "bob", "--password", "pw-from-file", "--auth", "PAP")
    assert code == 0, err
    code, _, err = await _cli("-d", huawei.url, "connect", "--profile", "corp")
    assert code == 0, err
    assert _lines(huawei, "AT^NDISDUP=1,1") == ['AT^NDISDUP=1,1,"corp.apn","bob","pw-from-file",1']


async def test_a_profiles_ip_type_is_used(generic: HostileModem) -> None:
    code, _, err = await _cli("profiles", "add", "--name", "six", "--apn", "v6.apn",
                              "--ip-type", "IPv6")
    assert code == 0, err
    code, _, err = await _cli("-d", generic.url, "connect", "--profile", "six")
    assert code == 0, err
    assert 'AT+CGDCONT=1,"IPV6","v6.apn"' in generic.received


async def test_credentials_a_modem_will_not_take_stop_the_connection(
        generic: HostileModem) -> None:
    """The generic virtual modem knows neither +CGAUTH nor $QCPDPP: no silent connection."""
    code, _, err = await _cli("-d", generic.url, "connect", "--apn", "corp.apn",
                              "--user", "alice", "--password", "s3cret-pw")
    assert code == 1
    assert "not connecting without them" in err and "Traceback" not in err
    assert _lines(generic, "AT+CGAUTH=1,3") and _lines(generic, "AT$QCPDPP=1,2")
    assert not _lines(generic, "AT+CGACT=1")
