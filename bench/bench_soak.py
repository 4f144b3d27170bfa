"""Soak: the app's controllers (headless, Qt offscreen) on the virtual modem through a simulated
session of ``--hours`` hours; RSS at the start and the end, and growth per simulated hour.

An hour is replayed as its event cycles, as fast as the app takes them in:

* every simulated minute one SMS arrives through the real AT path (the virtual modem's
  +CMTI, read with AT+CMGR by the driver, archived, shown, notified);
* every 5 s a signal update and every second a byte count (the seam events the AT driver
  publishes, fed to the driver's event hub so they pass the store, the usage counters and
  every controller), and the statistics sample the graphs take once a second;
* a data session is open the whole time (connection record, usage per billing period);
* every ten minutes the SIM's messages are archived and deleted from it (the "delete once
  archived" setting), so the SIM never fills up.

    .venv/bin/python bench/bench_soak.py [--hours 1] [--json OUT]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


async def until(condition: Any, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        await asyncio.sleep(0.01)


async def soak(hours: float, home: Path) -> dict[str, Any]:
    from keyrings.alt.file import PlaintextKeyring

    from cmgui.cmapi.errors import CmapiError
    from cmgui.controllers.app import AppController
    from cmgui.drivers.virtual.serve import start_in_process
    from cmgui.service import events as ev
    from cmgui.service.registry import REGISTRY
    from cmgui.service.stored import StoredDevice
    from cmgui.service.stores import Stores
    from cmgui.store.secrets import SecretStore

    keyring = PlaintextKeyring()
    keyring.file_path = str(home / "keyring.cfg")  # type: ignore[misc]
    secrets = SecretStore(keyring)
    stores = Stores.open(home / "data", secrets=secrets)
    modem = await start_in_process()
    inner_devices: list[Any] = []

    def factory(address: str) -> StoredDevice:
        inner = REGISTRY.create(modem.url)
        inner_devices.append(inner)
        return StoredDevice(inner, stores)

    app = AppController(home / "config", factory=factory, secrets=secrets)
    app.settings.set("sms.delete_after_sync", True)
    arrived: list[str] = []
    app.messages.messageArrived.connect(lambda sender, _text: arrived.append(sender))
    dc = await app.open_device("virtual")
    assert dc is not None
    op = app.sim.verify_pin("1234")
    await until(lambda: dc.state == "ready")
    await until(lambda: not op.running)
    await until(lambda: dc.status.operator != "")  # registered
    for _attempt in range(50):
        try:
            await dc.device.net_connect_srv_connect_async(apn="internet")
            break
        except CmapiError:  # the packet domain attaches a moment after registration
            await asyncio.sleep(0.2)
    await until(lambda: dc.status.connection_state == "connected")
    inner = inner_devices[0]

    sent = received = 0
    minutes = int(hours * 60)
    started = time.monotonic()
    rss_start = 0
    for minute in range(minutes):
        modem.model.inject_sms(f"+4917{minute % 25:07d}", f"soak message {minute}")
        for second in range(60):
            sent += 2_000
            received += 40_000
            inner.events.publish(ev.ByteCount(bytes_sent=sent, bytes_received=received,
                                              duration=minute * 60 + second, rate_ul=2_000,
                                              rate_dl=40_000))
            if second % 5 == 0:
                bars = 2 + (minute + second // 5) % 4
                inner.events.publish(ev.SignalStrengthChanged(
                    signal_strength=-110 + 10 * bars, signal_percentage=20 * bars,
                    signal_quality=bars, bars=bars, rat_type="E_UTRAN"))
            app.statistics.sample()
            await asyncio.sleep(0)  # let the pumps and Qt take each event in
        try:
            await until(lambda minute=minute: len(arrived) > minute)
        except TimeoutError:
            sim = modem.model.storage("SM")
            raise TimeoutError(f"SMS {minute} did not arrive; {len(arrived)} did, archive "
                               f"{stores.archive.count()}, SIM {sim}") from None
        if minute % 10 == 9:  # archive and free the SIM, as "delete once archived" does
            sync = app.messages.load()
            await until(lambda sync=sync: not sync.running)
            if sync.error:
                raise RuntimeError(sync.error)
        if minute == 0:  # the first minute warms caches, the archive and the models
            gc.collect()
            rss_start = rss_kib()
    gc.collect()
    rss_end = rss_kib()
    elapsed = time.monotonic() - started
    result = {
        "simulated_hours": hours, "seconds": round(elapsed, 1), "sms": len(arrived),
        "archived": stores.archive.count(), "rss_start_kib": rss_start,
        "rss_end_kib": rss_end,
        "growth_kib_per_hour": round((rss_end - rss_start) / max(hours - 1 / 60, 1e-9)),
        "usage_home_bytes": app.usage.usage.home if app.usage.usage else 0,
    }
    await app.shutdown()
    await modem.close()
    stores.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hours", type=float, default=1.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="cmgui-soak-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.update({"CMGUI_CONFIG_DIR": str(home / "config"),
                       "CMGUI_DATA_DIR": str(home / "data")})
    sys.path.insert(0, str(ROOT))
    import qasync
    from PySide6.QtWidgets import QApplication

    from cmgui.controllers import refcount_guard

    qt = QApplication(sys.argv[:1])
    guard = refcount_guard.install(qt)  # as the app does (see that module)
    print(f"PySide6 emit reference bug: {'yes, guarded' if guard else 'no'}")
    loop = qasync.QEventLoop(qt)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(soak(args.hours, home))
    print(f"simulated {result['simulated_hours']} h in {result['seconds']} s: "
          f"{result['sms']} SMS ({result['archived']} archived), "
          f"RSS {result['rss_start_kib'] / 1024:.1f} MiB after the first minute -> "
          f"{result['rss_end_kib'] / 1024:.1f} MiB at the end, "
          f"growth {result['growth_kib_per_hour'] / 1024:.2f} MiB per simulated hour")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
