"""End to end: ``cmgui`` as its own process on an X server (Xvfb) with the virtual modem, driven
through the keyboard like a user would (xdotool: real X key events into the focused widget),
followed through its JSON event log (``--log-json``).

Unlock the SIM with the PIN, write to the echo number +15550100 and read its reply, then open
every page (Ctrl+1…6); each view is saved as a PNG from that run (``CMGUI_SCREENSHOTS``; set
``CMGUI_E2E_SHOTS_TO`` to a folder, e.g. docs/screenshots, to keep them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = ("devices", "connection", "messages", "statistics", "wlan", "settings")

pytestmark = [
    pytest.mark.skipif(shutil.which("Xvfb") is None,
                       reason="Xvfb is not installed (Debian package xvfb)"),
    pytest.mark.skipif(shutil.which("xdotool") is None,
                       reason="xdotool is not installed (Debian package xdotool)"),
    # Generous: a whole app under a loaded CI machine; each wait has its own time-out.
    pytest.mark.timeout(600),
]


class App:
    """The running app: its event log and the keyboard of its X display."""

    def __init__(self, proc: subprocess.Popen[str], log: Path, env: dict[str, str]) -> None:
        self.proc = proc
        self.log = log
        self.env = env
        self.seen = 0

    def events(self) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines() if line]

    def wait(self, event: str, timeout: float = 60.0, **fields: Any) -> dict[str, Any]:
        """The next ``event`` (after the last one waited for) with these fields."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.events()
            for n in range(self.seen, len(found)):
                e = found[n]
                if e["event"] == event and all(e.get(k) == v for k, v in fields.items()):
                    self.seen = n + 1
                    return e
            if self.proc.poll() is not None:
                raise AssertionError(f"cmgui exited ({self.proc.returncode}) before {event}")
            time.sleep(0.05)
        raise AssertionError(f"no {event} {fields} in time; log: {found}")

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=60)

    def focus_main_window(self) -> None:
        """Give the main window the keyboard focus, as clicking it would (Xvfb runs no window
        manager to hand the focus back when a dialog closes)."""
        self.xdotool("search", "--sync", "--onlyvisible", "--name", "^cmgui$",
                     "windowfocus", "--sync")

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "20", text)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "40", *keys)


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb display (its number chosen by the server)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(10)


@pytest.fixture
def app(display: str, tmp_path: Path) -> Iterator[App]:
    shots = tmp_path / "shots"
    shots.mkdir()
    log = tmp_path / "events.jsonl"
    env = {
        **os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LANGUAGE": "en",
        "LANG": "C.UTF-8", "CMGUI_CONFIG_DIR": str(tmp_path / "config"),
        "CMGUI_DATA_DIR": str(tmp_path / "data"), "CMGUI_DEVICE": "virtual",
        "CMGUI_SCREENSHOTS": str(shots), "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "PYTHON_KEYRING_BACKEND": "tests.memory_keyring.MemoryKeyring",
        "CMGUI_SECRETS": "none",  # no keyring loads here: say so, or the app asks (security.md)
    }
    env.pop("CMGUI_TRANSLATIONS_DIR", None)
    proc = subprocess.Popen([sys.executable, "-m", "cmgui", "--log-json", str(log)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    running = App(proc, log, env)
    try:
        yield running
    finally:
        if proc.poll() is None:
            proc.terminate()
        out, _ = proc.communicate(timeout=60)
        if out.strip():
            print(out[-4000:])
    keep = os.environ.get("CMGUI_E2E_SHOTS_TO")
    if keep:
        for shot in shots.glob("*.png"):
            shutil.copy(shot, Path(keep) / shot.name)


def test_unlock_send_and_read_the_echo(app: App, tmp_path: Path) -> None:
    started = time.monotonic()
    app.wait("window-shown", visible=True)
    app.wait("device-locked", address="virtual")
    shown = app.wait("pin-dialog-shown", state="PINRequired")
    assert shown["visible"] and shown["attempts"] == 3
    app.wait("view-shown", name="pin-dialog")
    # The PIN field has the focus; Return is the dialog's default button ("Unlock").
    app.type("1234")
    app.key("Return")
    app.wait("device-ready", address="virtual")
    app.wait("pin-dialog-closed", accepted=True)
    app.focus_main_window()

    # Messages (Ctrl+3), a new message (Alt+N puts the focus on "To"), the text (Tab), and
    # Ctrl+Return sends it.
    app.key("ctrl+3")
    app.wait("view-shown", name="messages")
    app.key("alt+n")
    app.wait("focus", name="Recipient")  # a mnemonic "clicks" after Qt's click animation
    app.key("plus")  # "type" loses a shifted "+" on Xvfb's default keymap
    app.type("15550100")
    app.key("Tab")
    app.type("Hello echo")
    app.key("ctrl+Return")
    app.wait("sms-sent", to="+15550100")
    app.wait("sms-received", sender="+15550100")

    for n, name in enumerate(PAGES, start=1):
        if name == "messages":
            continue
        app.key(f"ctrl+{n}")
        shot = app.wait("view-shown", name=name)
        assert Path(shot["file"]).stat().st_size > 10_000
    app.key("ctrl+3")  # the conversation with its reply, last
    app.wait("view-shown", name="messages")
    assert not [e for e in app.events() if e["event"] == "device-error"]
    assert "1234" not in app.log.read_text()  # the PIN is never logged
    print(f"e2e: {time.monotonic() - started:.1f} s")  # a figure, not a limit: bench/ times


def test_a_second_launch_hands_its_device_to_the_first(app: App) -> None:
    """One cmgui: a second ``cmgui --device …`` brings the running one to the front, which
    opens that device, and ends at once."""
    app.wait("window-shown", visible=True)
    app.wait("device-locked", address="virtual")
    second = subprocess.run([sys.executable, "-m", "cmgui", "--device", "virtual:quectel"],
                            cwd=ROOT, env=app.env, capture_output=True, text=True, timeout=180,
                            check=False)
    assert second.returncode == 0, second.stdout + second.stderr
    app.wait("activated", devices=["virtual:quectel"])
    app.wait("device-locked", address="virtual:quectel")
