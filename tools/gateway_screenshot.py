"""Render the SMS gateway page on the virtual gateway into docs/screenshots/gateway.png.

Run under a real X server so fonts and styles are those of a desktop::

    xvfb-run -a .venv/bin/python tools/gateway_screenshot.py [--team]

``--team`` runs the page on a team's store (a throw-away PostgreSQL cluster, as the tests
start one): the bulk SMS is queued for the team's server instead, one job is shown taken and
moving, and the picture is docs/screenshots/gateway-team.png.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RECIPIENTS = """number,param,param2
+4917012345,Anna,12.50
+4917023456,Ben,7.00
+4915111223,Clara,30.00
+4916033445,David,4.20
+99999,Eve,1.00
+4917155667,Farid,18.75
+4917266778,Greta,9.90
+4915377889,Hugo,22.10
"""


def main() -> int:
    team = "--team" in sys.argv[1:]
    home = Path(tempfile.mkdtemp(prefix="cmgui-gateway-shot-"))
    os.environ.update({"CMGUI_CONFIG_DIR": str(home / "config"),
                       "CMGUI_DATA_DIR": str(home / "data"), "CMGUI_GATEWAY_PASSWORD": "admin",
                       "CMGUI_GATEWAY_POLL": "ports=0.5,incoming=1,results=0.2"})
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.path.insert(0, str(ROOT))
    cluster = None
    if team:
        from tests.pg_cluster import PgCluster

        cluster = PgCluster().start()
        os.environ.update({"CMGUI_STORE": cluster.create_database(), "CMGUI_USER": "ann"})
    import qasync
    from keyrings.alt.file import PlaintextKeyring
    from PySide6.QtWidgets import QApplication

    from cmgui.controllers.app import AppController
    from cmgui.drivers.virtual_gateway import GatewayConfig, Timing, VirtualGatewayServer
    from cmgui.i18n import install_translators
    from cmgui.i18n_build import compile_all
    from cmgui.paths import config_dir
    from cmgui.service.saved_devices import GATEWAY, SavedDevices, SavedEntry
    from cmgui.store.secrets import SecretStore
    from cmgui.views.main_window import MainWindow
    from cmgui.views.style import apply_style

    # The gateway on its own loop and thread, as a real one would be elsewhere.
    gw_loop = asyncio.new_event_loop()
    threading.Thread(target=gw_loop.run_forever, daemon=True).start()
    server = VirtualGatewayServer(GatewayConfig(ports=8, timing=Timing(scale=0.05)),
                                  host="127.0.0.1", port=0)
    address = asyncio.run_coroutine_threadsafe(server.start(), gw_loop).result(10)
    SavedDevices().put(SavedEntry.new(GATEWAY, address, user="admin", ports=8,
                                      label="Shop gateway"))
    for port, number, text in ((0, "+4917099887", "Yes, please call me tomorrow."),
                               (2, "+4915233441", "STOP"), (7, "+4916077665",
                                                           "Thanks, received!")):
        gw_loop.call_soon_threadsafe(server.model.inject_sms, port, number, text)

    qm = home / "qm"
    compile_all(ROOT / "translations", qm)
    os.environ["CMGUI_TRANSLATIONS_DIR"] = str(qm)
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, "en")
    apply_style(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    keyring = PlaintextKeyring()
    keyring.file_path = str(home / "keyring.cfg")  # type: ignore[misc]
    ctrl = AppController(config_dir(), secrets=SecretStore(keyring))
    window = MainWindow(ctrl)
    window.resize(1100, 1180)
    window.show()
    csv = home / "customers.csv"
    csv.write_text(RECIPIENTS)
    out = ROOT / "docs" / "screenshots" / ("gateway-team.png" if team else "gateway.png")

    async def until(cond: object, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not cond():  # type: ignore[operator]
            if time.monotonic() > deadline:
                raise TimeoutError("screenshot scenario stalled")
            await asyncio.sleep(0.05)

    async def scenario() -> None:
        page = window.pages["gateways"]
        window.show_page("gateways")
        gw = ctrl.gateway
        page.reload_gateways()  # type: ignore[attr-defined]
        assert await gw.open(address)
        await until(lambda: gw.ports.rowCount() == 8 and gw.status is not None)
        sync = gw.sync_inbound()
        assert sync is not None
        await until(lambda: not sync.running)
        gw.load_recipients(csv)
        page.template.setText("Hello #param#, your balance is #param# EUR.")  # type: ignore
        page.report.setChecked(True)  # type: ignore[attr-defined]
        if team:
            await queue_twice(page)
        else:
            gw.send_bulk((), False)
            await until(lambda: not gw.busy, timeout=120)
        await asyncio.sleep(1.5)  # a refresh of the grid with the ports' last activity
        window.grab().save(str(out))
        print(f"wrote {out.relative_to(ROOT)}")
        await ctrl.shutdown()

    async def queue_twice(page: object) -> None:
        """Two jobs queued from the page; the team's server (here: this script) takes the first
        and reports progress, which every desktop sees."""
        from cmgui.store.job_queue import JobQueue

        jobs = ctrl.team_jobs
        await until(lambda: ctrl.team.live is not None
                    and ctrl.team.live.listener.listening.is_set())
        for wanted in (1, 2):
            page.queue_button.click()  # type: ignore[attr-defined]
            await until(lambda n=wanted: jobs.model.rowCount() == n)
        queue = JobQueue(os.environ["CMGUI_STORE"])
        try:
            job = await queue.claim("team-server")
            assert job is not None
            await queue.progress(job.id, "team-server", 5, 8)
        finally:
            await queue.close()
        await until(lambda: jobs.model.index(jobs.model.rowCount() - 1, 6).data() == "5/8")
        page.ensureWidgetVisible(page.team_card)  # type: ignore[attr-defined]

    try:
        with loop:
            loop.run_until_complete(scenario())
    finally:
        if cluster is not None:
            cluster.stop()
    asyncio.run_coroutine_threadsafe(server.stop(), gw_loop).result(10)
    gw_loop.call_soon_threadsafe(gw_loop.stop)
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
