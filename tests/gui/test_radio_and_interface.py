"""On the plain demo modem (AT bytes underneath): the connection page names the network interface
that carries the data, and the devices page's radio card has the band and the EARFCN, as a real
LTE modem's has."""

from __future__ import annotations

from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.views.main_window import MainWindow

from tests.gui.conftest import run, until
from tests.gui.test_first_hour import real_app, unlocked, window  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]


def test_connection_page_shows_the_network_interface(window: MainWindow,  # noqa: F811
                                                     real_app: AppController,  # noqa: F811
                                                     loop: Any) -> None:
    dc = unlocked(loop, real_app)
    page: Any = window.pages["connection"]
    window.show_page("connection")
    assert page.info.value("interface") == "—"  # nothing carries data yet
    op = real_app.connection.connect_profile(None)
    run(loop, until(lambda: not op.running, timeout=15))
    assert dc.status.connection_state == "connected"
    run(loop, until(lambda: page.info.value("interface") == "wwan0", timeout=10))
    assert page.info._labels["interface"].text() == "Network interface"
    real_app.connection.disconnect_session()
    run(loop, until(lambda: dc.status.connection_state == "disconnected", timeout=15))
    run(loop, until(lambda: page.info.value("interface") == "—", timeout=10))


def test_plain_demo_modem_radio_card_has_band_and_earfcn(window: MainWindow,  # noqa: F811
                                                         real_app: AppController,  # noqa: F811
                                                         loop: Any) -> None:
    dc = unlocked(loop, real_app)  # "virtual": the generic dialect, no vendor commands
    page: Any = window.pages["devices"]
    window.show_page("devices")
    run(loop, until(lambda: dc.status.radio_details is not None
                    and dc.status.radio_details.band != "", timeout=10))
    grid = page.radio_grid
    assert grid.value("band") == "LTE band 3 (1800)"
    assert grid._labels["channel"].text() == "EARFCN"
    assert grid.value("channel").startswith("1300")
    for key in ("rsrp", "rsrq", "sinr"):
        assert grid.value(key) != "—", key
    assert grid.value("sinr").endswith("dB")
    assert grid.value("cell") != "—" and grid.value("area") != "—"
