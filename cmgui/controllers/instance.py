"""One cmgui per user and configuration: a second launch hands over and ends.

The first instance listens on a local socket named after the configuration directory (so two
configurations, e.g. tests, never meet). A later ``cmgui [--device ADDR]`` connects, sends its
devices as one JSON line and exits at once; the first raises its window and opens the device.
A socket left behind by a crashed instance (nobody answers) is removed and taken over.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

#: How long a second launch waits to reach the first (a listening server is reached at once:
#: the kernel accepts, the first instance's event loop need not run).
HAND_OVER_MS = 1000
#: How long it then waits for the first to answer: its event loop may be busy (a loaded
#: machine, a page being built), and giving up here would open a second window.
ANSWER_MS = 20_000


def server_name(config_dir: Path) -> str:
    """The socket's name for one user and configuration directory."""
    digest = hashlib.sha256(str(Path(config_dir).resolve()).encode()).hexdigest()[:12]
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    safe = "".join(ch for ch in user if ch.isalnum())[:16] or "user"
    return f"cmgui-{safe}-{digest}"


def hand_over(config_dir: Path, devices: list[str], timeout_ms: int = HAND_OVER_MS,
              answer_ms: int = ANSWER_MS) -> bool:
    """Give ``devices`` to the instance already running, if there is one (True: it took
    them, this launch is done)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(config_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write((json.dumps({"devices": devices}) + "\n").encode())
    socket.flush()
    sent = socket.waitForBytesWritten(answer_ms) or socket.bytesToWrite() == 0
    # The first instance answers once it has read the line: then it is safe to go.
    answered = socket.waitForReadyRead(answer_ms) and bytes(socket.readAll().data()) != b""
    socket.disconnectFromServer()
    return sent and answered


class InstanceServer(QObject):
    """The first instance's end: another launch's devices arrive as ``activated``.

    Signals:
        activated(list): another launch wants the window, with these device addresses
            (possibly none).
    """

    activated = Signal(list)

    def __init__(self, config_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(config_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Start listening; a stale socket (a crashed instance's) is removed first."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            return True
        log.warning("single instance: cannot listen on %s: %s", self.name,
                    self.server.errorString())
        return False

    def _on_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        socket.write(b"ok\n")
        socket.flush()
        try:
            message = json.loads(line)
            devices = [str(d) for d in message.get("devices", []) if str(d).strip()]
        except (ValueError, AttributeError):
            log.warning("single instance: unreadable message %r", line[:200])
            return
        self.activated.emit(devices)
