"""Credentials reach the SIMCom, Telit and u-blox dialects in each one's own order (issue 11,
finding 8): the driver talks to the virtual modem of that dialect on a real pty, which checks
the command as the firmware would and keeps what it took as user name and password."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from cmgui.cmapi.errors import CmapiError
from cmgui.cmapi.types import AuthType
from cmgui.drivers.at.device import AtDevice
from cmgui.drivers.virtual.data import PdpAuth
from tests.hostile.modem import HostileModem
from tests.integration.at.waiting import until

USER, PASSWORD = "alice", "s3cret-pw"


async def _connected(dialect: str, auth: AuthType, user: str = "",
                     password: str = "") -> tuple[HostileModem, AtDevice]:
    modem = HostileModem(dialect)
    modem.open()
    await until(lambda: modem.model.registered, 10, "registration")
    device = AtDevice(modem.url)
    await device.open()
    await device.net_connect_srv_connect_async(apn="corp.apn", auth_type=auth, user_name=user,
                                               password=password)
    return modem, device


@pytest.fixture
async def opened() -> AsyncIterator[list[tuple[HostileModem, AtDevice]]]:
    held: list[tuple[HostileModem, AtDevice]] = []
    yield held
    for modem, device in held:
        await device.close()
        await modem.close()


def _auth_lines(modem: HostileModem) -> list[str]:
    return [c for c in modem.received
            if c.upper().startswith(("AT+CGAUTH=", "AT#PDPAUTH=", "AT+UAUTHREQ=", "AT$QCPDPP="))]


@pytest.mark.parametrize(("dialect", "auth", "line", "protocol"), [
    ("simcom", "PAP", f'AT+CGAUTH=1,1,"{PASSWORD}","{USER}"', "PAP"),
    ("simcom", "PAPOrCHAP", f'AT+CGAUTH=1,2,"{PASSWORD}","{USER}"', "CHAP"),
    ("telit", "CHAP", f'AT#PDPAUTH=1,2,"{USER}","{PASSWORD}"', "CHAP"),
    ("ublox", "PAP", f'AT+UAUTHREQ=1,1,"{USER}","{PASSWORD}"', "PAP"),
    ("ublox", "PAPOrCHAP", f'AT+UAUTHREQ=1,3,"{USER}","{PASSWORD}"', "PAPOrCHAP"),
])
async def test_credentials_arrive_in_the_dialects_order(
        opened: list[tuple[HostileModem, AtDevice]], dialect: str, auth: AuthType, line: str,
        protocol: str) -> None:
    modem, device = await _connected(dialect, auth, USER, PASSWORD)
    opened.append((modem, device))
    assert _auth_lines(modem) == [line]  # the vendor's command, taken the first time
    assert modem.model.data.auth[1] == PdpAuth(protocol, USER, PASSWORD)
    assert modem.model.data.contexts[1].active
    position = modem.received.index(line)
    assert any(c.startswith("AT+CGACT=1") for c in modem.received[position:])


async def test_credentials_with_auth_none_are_sent_as_either(
        opened: list[tuple[HostileModem, AtDevice]]) -> None:
    modem, device = await _connected("ublox", "none", USER, PASSWORD)
    opened.append((modem, device))
    assert modem.model.data.auth[1] == PdpAuth("PAPOrCHAP", USER, PASSWORD)


@pytest.mark.parametrize(("dialect", "line"), [
    ("simcom", "AT+CGAUTH=1,0"), ("telit", "AT#PDPAUTH=1,0"), ("ublox", "AT+UAUTHREQ=1,0")])
async def test_no_credentials_clear_the_old_ones(
        opened: list[tuple[HostileModem, AtDevice]], dialect: str, line: str) -> None:
    modem, device = await _connected(dialect, "none")
    opened.append((modem, device))
    assert _auth_lines(modem) == [line]
    assert modem.model.data.auth[1] == PdpAuth("none", "", "")


async def test_a_simcom_that_refuses_its_cgauth_is_not_connected_without_them(
        opened: list[tuple[HostileModem, AtDevice]]) -> None:
    """A refused vendor command is never retried in 27.007's order (which SIMCom would read
    with the user name as the password); $QCPDPP is the one fallback, then no connection."""
    modem = HostileModem("simcom")
    modem.open()
    await until(lambda: modem.model.registered, 10, "registration")
    device = AtDevice(modem.url)
    opened.append((modem, device))
    await device.open()
    modem.fault("AT+CGAUTH=", "consume-error")
    with pytest.raises(CmapiError) as caught:
        await device.net_connect_srv_connect_async(apn="corp.apn", user_name=USER,
                                                   password=PASSWORD, auth_type="PAP")
    assert "not connecting without them" in str(caught.value.data)
    assert _auth_lines(modem) == [f'AT+CGAUTH=1,1,"{PASSWORD}","{USER}"',
                                  f'AT$QCPDPP=1,1,"{PASSWORD}","{USER}"']
    assert not any(c.startswith("AT+CGACT=1,1") for c in modem.received)
