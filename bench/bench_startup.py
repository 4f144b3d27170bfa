"""Start-up, side by side in one run: a bare PySide6 QMainWindow's first paint; cmgui's first
paint (target <= 1.3x the bare one); and cmgui until the demo modem is ready for the user, its
PIN dialog or its status shown (target <= 1.5x the bare paint), on a first start (nothing used
before: devices are discovered first) and on the next (the device used last opens at once),
with where that time goes, phase by phase (``cmgui --exit-when-ready`` prints the marks).

Each sample is a fresh interpreter; the child prints ``time.monotonic()`` (a system-wide clock on
Linux) at each mark and exits. Runs alternate between the programs.

    python bench/bench_startup.py [-n 9]
"""

from __future__ import annotations

import argparse
import os
import shutil
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


def marks(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each mark the child prints."""
    start = time.monotonic()
    out = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
                         check=True).stdout
    found: dict[str, float] = {}
    for line in out.splitlines():
        words = line.split()
        if line.startswith("first-paint "):
            found["first-paint"] = float(words[1]) - start
        elif line.startswith("mark ") and len(words) == 3:
            found.setdefault(words[1], float(words[2]) - start)
    if not found:
        raise RuntimeError(f"no marks from {argv}: {out!r}")
    return found


def sample(argv: list[str], env: dict[str, str], until: str = "first-paint") -> float:
    return marks(argv, env)[until]


PHASES = ("qapplication", "first-paint", "imports", "pages", "discovered", "device-opening",
          "device-shown")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=9, help="samples per program")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="cmgui-bench-"))
    env = {**os.environ, "CMGUI_CONFIG_DIR": str(home / "config"),
           "CMGUI_DATA_DIR": str(home / "data")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    cmgui = [sys.executable, "-m", "cmgui"]
    for argv in ([sys.executable, "-c", BARE], [*cmgui, "--exit-after-paint"]):
        sample(argv, env)  # warm the file cache once
    bare: list[float] = []
    paint: list[float] = []
    runs: dict[str, list[dict[str, float]]] = {"first start": [], "next start": []}
    for _ in range(args.n):
        bare.append(sample([sys.executable, "-c", BARE], env))
        paint.append(sample([*cmgui, "--exit-after-paint"], env))
        shutil.rmtree(home / "config", ignore_errors=True)  # nothing used before
        runs["first start"].append(marks([*cmgui, "--exit-when-ready"], env))
        runs["next start"].append(marks([*cmgui, "--exit-when-ready"], env))
    base = statistics.median(bare)
    print(f"platform: {env['QT_QPA_PLATFORM']}, samples: {args.n} each")
    print(f"{'program':<34} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'x bare':>7}")
    rows = [("bare QMainWindow, first paint", bare), ("cmgui main window, first paint", paint)]
    for name, samples in runs.items():
        rows.append((f"cmgui device ready, {name}", [m["device-shown"] for m in samples]))
    for name, values in rows:
        print(f"{name:<34} {statistics.median(values) * 1000:>10.0f} "
              f"{min(values) * 1000:>8.0f} {max(values) * 1000:>8.0f} "
              f"{statistics.median(values) / base:>7.2f}")
    print("targets: first paint <= 1.30x bare, device ready <= 1.50x bare")
    for name, samples in runs.items():
        print(f"\nwhere the time goes, {name} (median ms from process start, and the step):")
        before = 0.0
        for phase in PHASES:
            values = [m[phase] for m in samples if phase in m]
            if not values:
                continue
            at = statistics.median(values) * 1000
            print(f"  {phase:<16} {at:>7.0f}  +{at - before:>5.0f}")
            before = at
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
