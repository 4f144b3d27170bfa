"""A private D-Bus "system bus" with python-dbusmock services, for the D-Bus backend tests.

:func:`private_system_bus` starts ``dbus-daemon --session`` on a temporary socket and points
``DBUS_SYSTEM_BUS_ADDRESS`` at it for as long as it runs; :func:`mock_service` starts
``python -m dbusmock --system --template …`` on it and waits until the service owns its name.
:func:`mm_modem` and :func:`nm_wlan` combine the two with our template extensions in
``templates/``. Nothing here touches the real system bus.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cmgui.drivers.dbus.bus import SystemBus

TEMPLATES = Path(__file__).parent / "templates"
MM_TEMPLATE = TEMPLATES / "mm_modem.py"
NM_TEMPLATE = TEMPLATES / "nm_wifi.py"


def missing_tools() -> str | None:
    """Why the D-Bus mock tests cannot run here, or None."""
    if shutil.which("dbus-daemon") is None:
        return "dbus-daemon is not installed (Debian package dbus)"
    try:
        import dbusmock  # noqa: F401
    except ImportError:
        return "python-dbusmock is not installed (pip install -e '.[test]')"
    return None


def require_tools() -> None:
    reason = missing_tools()
    if reason:
        pytest.skip(reason)


@asynccontextmanager
async def private_system_bus() -> AsyncIterator[str]:
    """A fresh bus daemon used as the system bus; yields its address."""
    require_tools()
    daemon = await asyncio.create_subprocess_exec(
        "dbus-daemon", "--session", "--nofork", "--print-address=1",
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert daemon.stdout is not None
    address = (await asyncio.wait_for(daemon.stdout.readline(), 10)).decode().strip()
    previous = os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")
    os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = address
    try:
        yield address
    finally:
        if previous is None:
            os.environ.pop("DBUS_SYSTEM_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = previous
        daemon.terminate()
        await asyncio.wait_for(daemon.wait(), 5)


@dataclass
class MockService:
    """A running dbusmock process and a bus connection to drive its mock interface."""

    name: str
    process: asyncio.subprocess.Process
    bus: SystemBus

    async def mock_call(self, path: str, member: str, signature: str = "",
                        body: list[Any] | None = None) -> list[Any]:
        return await self.bus.call(self.name, path, "org.freedesktop.DBus.Mock", member,
                                   signature, body)


@asynccontextmanager
async def mock_service(address: str, template: Path | str, bus_name: str,
                       parameters: dict[str, Any] | None = None) -> AsyncIterator[MockService]:
    """``python -m dbusmock`` with ``template`` on the bus at ``address``."""
    args = [sys.executable, "-m", "dbusmock", "--system", "--template", str(template)]
    if parameters:
        args += ["--parameters", json.dumps(parameters)]
    env = dict(os.environ, DBUS_SYSTEM_BUS_ADDRESS=address)
    process = await asyncio.create_subprocess_exec(*args, env=env, stdout=subprocess.DEVNULL)
    bus = await SystemBus.connect()
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 15
        while not await bus.name_has_owner(bus_name):
            if process.returncode is not None:
                raise RuntimeError(f"dbusmock exited with {process.returncode}")
            if loop.time() > deadline:
                raise TimeoutError(f"{bus_name} did not appear on the private bus")
            await asyncio.sleep(0.01)
        yield MockService(bus_name, process, bus)
    finally:
        await bus.close()
        if process.returncode is None:
            process.terminate()
        await asyncio.wait_for(process.wait(), 5)


@asynccontextmanager
async def mm_modem(parameters: dict[str, Any] | None = None) -> AsyncIterator[MockService]:
    """ModemManager with our modelled modem (``mm:0``) on a private system bus."""
    async with private_system_bus() as address, mock_service(
            address, MM_TEMPLATE, "org.freedesktop.ModemManager1", parameters) as service:
        yield service


@asynccontextmanager
async def nm_wlan(parameters: dict[str, Any] | None = None) -> AsyncIterator[MockService]:
    """NetworkManager with a Wi-Fi device and access points on a private system bus."""
    async with private_system_bus() as address, mock_service(
            address, NM_TEMPLATE, "org.freedesktop.NetworkManager", parameters) as service:
        yield service


#: Contract tests (by name prefix) that do not apply to the ModemManager backend, and why. The
#: reason is ModemManager's D-Bus API, not the mock: a backend cannot offer what the API lacks.
MM_NOT_APPLICABLE: dict[str, str] = {
    "test_contacts_": "ModemManager's D-Bus API has no phonebook; the mm backend answers "
                      "CMAPI_Contact_* with error 7 (checked by test_unsupported_functions_*)",
}


def skip_not_applicable(table: dict[str, str]) -> None:
    """Skip the running test if ``table`` names it (pytest sets PYTEST_CURRENT_TEST)."""
    current = os.environ.get("PYTEST_CURRENT_TEST", "")
    name = current.split("::")[-1].split("[")[0]
    for prefix, reason in table.items():
        if name.startswith(prefix):
            pytest.skip(reason)
