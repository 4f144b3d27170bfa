"""Why a port did not open, told truthfully: only a port another program holds is "in use";
a port this user may not open and one that is not there say so; a bug is not hidden."""

from __future__ import annotations

import errno
from collections.abc import AsyncIterator

import pytest
import serial

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.at import transport
from cmgui.drivers.at.device import AtDevice
from cmgui.drivers.at.transport import (
    AtPort,
    PortBusy,
    PortClosed,
    PortDenied,
    PortMissing,
    open_failure,
)
from tests.integration.at.scripted import ScriptedModem


@pytest.fixture
async def pty_modem() -> AsyncIterator[ScriptedModem]:
    modem = ScriptedModem({"AT": b"\r\nOK\r\n"})
    modem.open_pty()
    yield modem
    modem.close()


@pytest.mark.parametrize(("exc", "kind"), [
    (serial.SerialException(errno.EAGAIN, "Could not exclusively lock port /dev/x: "
                                          "[Errno 11] Resource temporarily unavailable"), PortBusy),
    (serial.SerialException(errno.EBUSY, "could not open port /dev/x: [Errno 16] busy"), PortBusy),
    (serial.SerialException(errno.EACCES, "Could not exclusively lock port /dev/x: denied"),
     PortBusy),
    (serial.SerialException("could not open port 'COM5': PermissionError(13, 'Access is "
                            "denied.', None, 5)"), PortBusy),  # Windows: held elsewhere
    (serial.SerialException(errno.EACCES, "could not open port /dev/x: [Errno 13] Permission "
                                          "denied: '/dev/x'"), PortDenied),
    (PermissionError(errno.EPERM, "Operation not permitted"), PortDenied),
    (serial.SerialException(errno.ENOENT, "could not open port /dev/x: [Errno 2] No such file "
                                          "or directory"), PortMissing),
    (serial.SerialException(errno.ENXIO, "could not open port /dev/x: [Errno 6]"), PortMissing),
    (serial.SerialException("Could not configure port: (25, 'Inappropriate ioctl for device')"),
     PortClosed),
    (ConnectionRefusedError(errno.ECONNREFUSED, "Connect call failed"), PortClosed),
    (ValueError("invalid URL, protocol 'nope' not known"), PortClosed),
])
def test_each_failure_means_what_it_says(exc: OSError | ValueError, kind: type) -> None:
    found = open_failure("/dev/x", exc)
    assert type(found) is kind
    if kind is PortBusy:
        assert str(found) == "/dev/x is in use by another program"
    elif kind is PortDenied:
        assert str(found).startswith("permission denied: this user may not open /dev/x")


async def test_a_port_held_by_another_program_is_in_use(pty_modem: ScriptedModem) -> None:
    first = await AtPort.open(pty_modem.path)
    try:
        with pytest.raises(CmapiError) as info:
            await AtDevice(pty_modem.path).open()
        assert info.value.code == ErrorCode.DEVICE_ALREADY_OPEN
        assert info.value.data["reason"] == f"{pty_modem.path} is in use by another program"
    finally:
        await first.close()


async def test_a_port_that_is_not_there_says_so() -> None:
    with pytest.raises(CmapiError) as info:
        await AtDevice("/dev/ttyUSB-cmgui-nothing-here").open()
    assert info.value.code == ErrorCode.NO_SUCH_DEVICE
    assert info.value.data["reason"] == "/dev/ttyUSB-cmgui-nothing-here is not there (unplugged?)"


async def test_permission_denied_is_not_in_use(monkeypatch: pytest.MonkeyPatch,
                                               pty_modem: ScriptedModem) -> None:
    """As root this cannot happen for real; the port is real, the refusal is pyserial's."""
    import serial_asyncio_fast

    async def refuse(**kwargs: object) -> None:
        raise serial.SerialException(errno.EACCES, f"could not open port {kwargs['url']}: "
                                                   "[Errno 13] Permission denied")

    monkeypatch.setattr(serial_asyncio_fast, "open_serial_connection", refuse)
    monkeypatch.setattr(transport.sys, "platform", "linux")
    with pytest.raises(CmapiError) as info:
        await AtDevice(pty_modem.path).open()
    assert info.value.code == ErrorCode.SECURITY_NOT_PRIVILEGED
    reason = info.value.data["reason"]
    assert reason.startswith(f"permission denied: this user may not open {pty_modem.path}")
    assert "usermod -aG" in reason and "in use" not in reason


async def test_a_bug_while_opening_is_not_reported_as_a_busy_port(
        monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(address: str, baudrate: int = 0) -> None:
        raise TypeError("a bug in the transport")

    monkeypatch.setattr(transport, "open_stream", broken)
    with pytest.raises(TypeError, match="a bug in the transport"):
        await AtDevice("/dev/ttyUSB0").open()
