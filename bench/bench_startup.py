"""Start-up: time from process start to the first paint of cmgui's main window, against a bare
PySide6 QMainWindow started the same way in the same run (target ratio <= 1.3).

Each sample is a fresh interpreter; the child prints ``time.monotonic()`` (a system-wide clock on
Linux) once its first frame is drawn (the turn of the event loop after the first paint event)
and exits. Runs alternate between the two programs.

    python bench/bench_startup.py [-n 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.painted)  # after the whole frame is drawn
        return False
    def painted(self):
        print(f"first-paint {time.monotonic():.6f}", flush=True)
        app.quit()

f = FirstPaint()
app.installEventFilter(f)
w = QMainWindow()
w.setCentralWidget(QLabel("bare"))
w.resize(1040, 720)
w.show()
app.exec()
"""


def sample(argv: list[str], env: dict[str, str]) -> float:
    start = time.monotonic()
    out = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
                         check=True).stdout
    for line in out.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no first-paint line from {argv}: {out!r}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=9, help="samples per program")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="cmgui-bench-"))
    env = {**os.environ, "CMGUI_CONFIG_DIR": str(home / "config"),
           "CMGUI_DATA_DIR": str(home / "data")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    programs = {
        "bare QMainWindow": [sys.executable, "-c", BARE],
        "cmgui main window": [sys.executable, "-m", "cmgui", "--exit-after-paint"],
    }
    for argv in programs.values():  # warm the file cache once
        sample(argv, env)
    times: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(args.n):
        for name, argv in programs.items():
            times[name].append(sample(argv, env))
    print(f"platform: {env['QT_QPA_PLATFORM']}, samples: {args.n} each")
    print(f"{'program':<20} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
    for name, values in times.items():
        print(f"{name:<20} {statistics.median(values) * 1000:>10.0f} "
              f"{min(values) * 1000:>8.0f} {max(values) * 1000:>8.0f}")
    ratio = statistics.median(times["cmgui main window"]) / statistics.median(
        times["bare QMainWindow"])
    print(f"ratio cmgui / bare: {ratio:.2f} (target <= 1.30)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
