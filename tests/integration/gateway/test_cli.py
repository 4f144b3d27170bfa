"""``cmcli gateway …``, ``cmcli login`` and ``cmcli -d …/ports/N`` from the outside: main() with
the virtual gateway on its own loop in a thread, JSON shapes as documented."""

from __future__ import annotations

import io
import json
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from cmgui.cli import main
from cmgui.cli.gateway_cmds import ProgressBar
from cmgui.drivers.virtual_gateway import ALL_READY
from cmgui.service.gateway import BulkProgress
from tests.integration.gateway.support import ThreadedGateway, free_port
from tests.memory_keyring import MemoryKeyring


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(["--json", *argv])
    captured = capsys.readouterr()
    lines = captured.out.strip().splitlines()
    return code, json.loads(lines[-1]) if lines else None, captured.err


@pytest.fixture
def logged_in(tmp_path: Path, capsys: pytest.CaptureFixture[str],
              file_keyring: MemoryKeyring) -> Any:
    with ThreadedGateway(layout=ALL_READY, ports=4) as gateway:
        password = tmp_path / "pw"
        password.write_text("admin\n")
        code, out, _ = run(capsys, "login", gateway.address, "--user", "admin",
                           "--password-file", str(password))
        assert code == 0 and out["ports"] == 4
        yield gateway


def test_send_prints_task_ids_and_one_result_per_recipient(
        logged_in: ThreadedGateway, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    csv = tmp_path / "people.csv"
    rows = [f"+4917{i:06d},P{i},{1000 + i}" for i in range(130)] + ["+99999,X,5000"]
    csv.write_text("number,param,user_id\n" + "\n".join(rows) + "\n")
    code, out, err = run(capsys, "gateway", "send", "--csv", str(csv), "--text", "Hi #param#")
    assert code == 1  # +99999 is refused by the network
    assert list(out) == ["taskIds", "results"] and len(out["taskIds"]) == 2
    assert len(out["results"]) == 131
    assert out["results"][0] == {"number": "+4917000000", "port": out["results"][0]["port"],
                                 "status": "SENT_OK", "userId": 1000}
    assert out["results"][-1]["status"] == "FAILED" and err == ""  # no progress bar: no tty
    texts = logged_in.call(lambda: {m.number: m.text for m in logged_in.server.model.sent})
    assert texts["+4917000042"] == "Hi P42"
    code, tasks, _ = run(capsys, "gateway", "tasks")
    assert [t["recipients"] for t in tasks] == [3, 128]
    assert sum(sum(t["statuses"].values()) for t in tasks) == 131


def test_ports_status_queue_cdr_stk(logged_in: ThreadedGateway,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, ports, _ = run(capsys, "gateway", "ports")
    assert code == 0 and [p["port"] for p in ports] == [0, 1, 2, 3]
    assert {"port", "address", "type", "reg", "PINState", "registrationState", "signal",
            "operator", "IMSI", "ICCID", "number", "lastActivity"} <= set(ports[0])
    code, status, _ = run(capsys, "gateway", "status")
    assert status["memoryTotal"] == 109448 and 0 < status["cpuPercent"] < 100
    assert run(capsys, "gateway", "queue")[1] == {"inQueue": 0}
    code, cdr, _ = run(capsys, "gateway", "cdr", "--ports", "0")
    assert code == 0 and [c["port"] for c in cdr] == [0] and cdr[0]["direction"] == "ip->gsm"
    code, menu, _ = run(capsys, "gateway", "stk", "1")
    assert [i["text"] for i in menu["items"]] == ["Balance", "Services", "Settings"]
    code, page, _ = run(capsys, "gateway", "stk", "1", "--select", "1")
    assert page["title"] == "Balance" and page["text"].startswith("Your balance")
    code, back, _ = run(capsys, "gateway", "stk", "1", "--cancel")
    assert back["title"] == "Virtual STK" and back["frameId"] == menu["frameId"] + 2
    code, err, _ = run(capsys, "gateway", "stop", "77")
    assert code == 1 and "no sending task 77" in err["data"]["reason"]


def test_sync_and_the_port_as_a_device(logged_in: ThreadedGateway,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    model = logged_in.server.model
    logged_in.call(lambda: model.inject_sms(2, "+4916012345", "for port two"))
    code, out, _ = run(capsys, "gateway", "sync")
    assert (code, out) == (0, {"listed": 1, "new": 1, "duplicates": 0, "mark": 1})
    assert run(capsys, "gateway", "sync")[1]["new"] == 0
    port = f"{logged_in.address}/ports/2"
    code, info, _ = run(capsys, "-d", port, "info")
    assert code == 0 and info["manufacturer"] == "Dinstar"
    code, listed, _ = run(capsys, "-d", port, "sms", "list")
    assert [m["text"] for m in listed] == ["for port two"]
    code, ussd, _ = run(capsys, "-d", port, "ussd", "*100#")
    assert code == 0 and "balance" in json.dumps(ussd)
    code, status, _ = run(capsys, "-d", port, "status")
    assert code == 0 and status["signal"] is not None and status["registration"] is not None


def test_listen_prints_pushes_as_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    done: list[int] = []
    listener = threading.Thread(target=lambda: done.append(main([
        "--json", "gateway", "listen", "--listen", f"127.0.0.1:{port}", "--count", "3"])))
    listener.start()
    deadline = time.monotonic() + 10
    while True:  # until the receiver accepts connections
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            assert time.monotonic() < deadline, "the receiver did not start"
    url = f"http://127.0.0.1:{port}/gateway/push"
    with ThreadedGateway(push_url=url,
                         push_types=frozenset({"device", "sms", "exception_info"})) as gateway:
        model = gateway.server.model
        gateway.call(lambda: model.inject_sms(1, "+4917099", "über push"))
        gateway.call(lambda: model.inject_exception(0))
        listener.join(20)
    assert done == [0]
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["event"] for line in lines] == ["device", "sms", "exception_info"]
    sms = lines[1]
    assert sms["port"] == 1 and sms["archived"] is True
    assert sms["callback"] == "CMAPI_Callback_SMS_Message"
    assert sms["result"]["text"] == "über push" and sms["data"]["message"]["number"] == "+4917099"


def test_progress_bar_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    quiet, tty = io.StringIO(), Tty()
    for stream in (quiet, tty):
        bar = ProgressBar(stream, width=10)
        bar(BulkProgress(4, 4, 2, 2, 0))
        bar.finish()
    assert quiet.getvalue() == ""
    assert tty.getvalue() == "\r[#####.....] 2/4 done, 2 sent, 0 failed\n"


def test_login_without_a_keyring_keeps_the_rest_and_says_how(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    password = tmp_path / "pw"
    password.write_text("admin\n")
    with ThreadedGateway(ports=2) as gateway:
        code, out, err = run(capsys, "login", gateway.address, "--user", "admin",
                             "--password-file", str(password))
        assert code == 0 and out["stored"] is False and out["ports"] == 2
        assert "CMGUI_GATEWAY_PASSWORD" in err
        code, failed, _ = run(capsys, "gateway", "queue")
        assert code == 1 and "log in first" in failed["data"]["reason"]
        monkeypatch.setenv("CMGUI_GATEWAY_PASSWORD", "admin")
        assert run(capsys, "gateway", "queue")[:2] == (0, {"inQueue": 0})
