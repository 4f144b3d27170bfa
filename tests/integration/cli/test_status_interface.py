"""``cmcli status`` names the network interface that carries the data while connected, and says
nothing of one while not."""

from __future__ import annotations

import json

from tests.integration.cli.conftest import run_cmcli


def _status() -> dict[str, object]:
    done = run_cmcli(["--json", "-d", "virtual", "status"])
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_status_names_the_interface_only_while_connected() -> None:
    assert run_cmcli(["-d", "virtual", "pin", "verify", "1234"]).returncode == 0
    assert "interfaceName" not in _status()
    done = run_cmcli(["-d", "virtual", "connect", "--apn", "internet"])
    assert done.returncode == 0, done.stderr
    try:
        status = _status()
        assert status["connectionState"] == "connected"
        assert status["interfaceName"] == "wwan0"  # the demo modem's, as a USB modem's on Linux
    finally:
        assert run_cmcli(["-d", "virtual", "disconnect"]).returncode == 0
