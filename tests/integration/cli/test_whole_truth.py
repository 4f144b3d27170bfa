"""cmcli tells the whole truth: every catalogue entry with its kind, every archived message,
and a quiet end when the reader goes away or the user presses Ctrl-C."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
from typing import Any

import pytest

from cmgui.cli import main
from cmgui.cmapi import catalogue
from cmgui.store.host import Stores
from tests.integration.cli.conftest import child_env, cmcli_command, run_cmcli


def test_functions_lists_callbacks_and_registration_with_their_kind() -> None:
    done = run_cmcli(["functions", "--json"])
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    kinds = {row["name"]: row["kind"] for row in rows}
    assert kinds["CMAPI_Callback_Register"] == "registration"
    assert kinds["CMAPI_Callback_Unregister"] == "registration"
    assert kinds["CMAPI_Callback_SMS_Message"] == "callback"
    assert kinds["CMAPI_DevSrv_GetIMEI"] == "function"
    assert len(rows) == len(catalogue.ALL)
    assert all("supported" not in row for row in rows)


def test_functions_with_a_device_says_which_callbacks_it_emits() -> None:
    done = run_cmcli(["functions", "-d", "virtual", "--json"])
    assert done.returncode == 0, done.stderr
    rows: dict[str, dict[str, Any]] = {row["name"]: row for row in json.loads(done.stdout)}
    assert rows["CMAPI_Callback_SignalStrength"]["supported"] is True
    assert rows["CMAPI_Callback_GNSS"]["supported"] is False
    assert rows["CMAPI_Callback_Register"]["supported"] is True
    assert rows["CMAPI_DevSrv_GetIMEI"]["supported"] is True


def test_a_closed_pipe_ends_quietly() -> None:
    read, write = os.pipe()
    os.close(read)  # `cmcli functions | head` once head has what it wanted and is gone
    try:
        done = subprocess.run([*cmcli_command(), "functions"], stdout=write,
                              stderr=subprocess.PIPE, env=child_env(), timeout=60, check=False)
    finally:
        os.close(write)
    err = done.stderr.decode()
    assert "Traceback" not in err and "Error" not in err, err
    assert done.returncode == 141


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.timeout(240)
def test_ctrl_c_ends_quietly_with_130() -> None:
    # PYTHONFAULTHANDLER: should it ever hang, SIGABRT makes it print every thread's stack.
    env = {**child_env(), "PYTHONFAULTHANDLER": "1"}
    # As from a terminal: a test run started in the background (a shell's `&`, nohup) ignores
    # SIGINT, and a child inherits that, as Unix intends.
    with subprocess.Popen([*cmcli_command(), "-d", "virtual", "events"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                          preexec_fn=_default_sigint) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline()  # the device is open and events flow
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(90)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGABRT)
            _out, stacks = proc.communicate(timeout=30)
            pytest.fail("cmcli did not end within 90 s of Ctrl-C; its threads:\n"
                        + stacks.decode(errors="replace")[-6000:])
        err = proc.stderr.read().decode()
    assert code == 130
    assert "Traceback" not in err, err


def test_the_archive_exports_everything_unless_limited(
        capsys: pytest.CaptureFixture[str]) -> None:
    async def fill() -> None:
        stores = Stores.open()
        try:
            for n in range(60):  # more than the 50 an export used to stop at, silently
                await stores.archive.create_draft("+15550100", f"draft {n}")
        finally:
            stores.close()

    asyncio.run(fill())
    assert main(["sms", "archive", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 60
    assert main(["sms", "archive", "--json", "--limit", "7"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 7
    assert main(["sms", "archive", "--limit", "7"]) == 0
    assert "more are archived" in capsys.readouterr().out
