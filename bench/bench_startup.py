"""Start-up, side by side in one run: a bare PySide6 QMainWindow's first paint; the floor (that
bare window, then only the demo modem's driver imported and opened, nothing else of cmgui);
cmgui's first paint (target <= 1.3x the bare one); and cmgui until the demo modem is ready for
the user, its PIN dialog or its status shown (target <= 1.5x the bare paint), on a first start
(nothing used before: devices are discovered first) and on the next (the device used last
opens at once), with where that time goes, phase by phase (``cmgui --exit-when-ready`` prints
the marks).

Each sample is a fresh interpreter; the child prints ``time.monotonic()`` (a system-wide clock on
Linux) at each mark and exits. Runs alternate between the programs; ``--baseline DIR`` adds the
cmgui package of another tree (a copy from before a change), alternating too, so that a before
and an after meet the same load on a shared machine.

    python bench/bench_startup.py [-n 9] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
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
        print(f"first-paint {time.monotonic():.6f} {time.process_time():.6f}", flush=True)
        app.quit()

f = FirstPaint()
app.installEventFilter(f)
w = QMainWindow()
w.setCentralWidget(QLabel("bare"))
w.resize(1040, 720)
w.show()
app.exec()
"""

#: The floor: the bare window, then nothing of cmgui but the demo modem's driver (no window of
#: cmgui's, no controllers, no store) imported and opened until its PIN state is known: what
#: cmgui's "device ready" cannot go below, whatever the app around the driver does.
FLOOR = BARE + r"""
import asyncio
import qasync
from cmgui.service.registry import REGISTRY

loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)

async def ready():
    device = REGISTRY.create("virtual")
    await device.open()
    await device.information_get_pin_status()
    print(f"mark device-shown {time.monotonic():.6f} {time.process_time():.6f}", flush=True)
    await device.close()

with loop:
    loop.run_until_complete(ready())
"""


def marks(argv: list[str], env: dict[str, str], cwd: Path = ROOT) -> dict[str, float]:
    """Seconds from process start to each mark the child prints."""
    start = time.monotonic()
    try:
        out = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True,
                             timeout=60, check=True).stdout
    except (subprocess.TimeoutExpired, subprocess.CalledProcessError) as exc:
        raise Failed(f"{' '.join(argv[-2:])}: {exc}") from exc
    found: dict[str, float] = {}
    for line in out.splitlines():
        words = line.split()
        if line.startswith("first-paint ") and len(words) in (2, 3):
            words = ["mark", *words]
        if line.split()[:1] in (["mark"], ["first-paint"]) and len(words) in (3, 4):
            found.setdefault(words[1], float(words[2]) - start)
            if len(words) == 4:  # the child's own CPU seconds, whatever the machine's load
                found.setdefault(f"cpu:{words[1]}", float(words[3]))
    if not found:
        raise RuntimeError(f"no marks from {argv}: {out!r}")
    return found


class Failed(RuntimeError):
    """A sample that hung or crashed: counted and left out, not a reason to lose the run."""




PHASES = ("qapplication", "first-paint", "imports", "controllers", "pages", "discover",
          "discovered", "device-opening", "device-shown")


@dataclass
class Program:
    """cmgui from one source tree, with its own settings and data (its "last device")."""

    name: str
    cwd: Path
    env: dict[str, str]
    paint: list[dict[str, float]] = field(default_factory=list)
    runs: dict[str, list[dict[str, float]]] = field(
        default_factory=lambda: {"first start": [], "next start": []})

    def sample_all(self, home: Path) -> None:
        cmgui = [sys.executable, "-m", "cmgui"]
        self.paint.append(marks([*cmgui, "--exit-after-paint"], self.env, self.cwd))
        shutil.rmtree(home / "config", ignore_errors=True)  # nothing used before
        self.runs["first start"].append(marks([*cmgui, "--exit-when-ready"], self.env, self.cwd))
        self.runs["next start"].append(marks([*cmgui, "--exit-when-ready"], self.env, self.cwd))


def program(name: str, tree: Path, home: Path) -> Program:
    env = {**os.environ, "CMGUI_CONFIG_DIR": str(home / "config"),
           "CMGUI_DATA_DIR": str(home / "data")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if tree != ROOT:  # ``python -m cmgui`` imports the package in the working directory first
        env["PYTHONPATH"] = str(tree)
    return Program(name, tree, env)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=9, help="samples per program")
    parser.add_argument("--baseline", type=Path, default=None, metavar="DIR",
                        help="also run the cmgui package in DIR (e.g. a copy before a change), "
                             "alternating with this tree's, so both meet the same load")
    args = parser.parse_args()
    for prog_tree in [ROOT, *([args.baseline] if args.baseline is not None else [])]:
        # The bytecode an installed copy has (pip compiles it at install, the bundle carries
        # it), so that no sample compiles modules from source (PYTHONDONTWRITEBYTECODE).
        compileall.compile_dir(str(Path(prog_tree) / "cmgui"), quiet=1)
    root = Path(tempfile.mkdtemp(prefix="cmgui-bench-"))
    programs = [program("cmgui", ROOT, root / "this")]
    if args.baseline is not None:
        programs.append(program("baseline", args.baseline.resolve(), root / "baseline"))
    env = programs[0].env
    marks([sys.executable, "-c", BARE], env)  # warm the file cache once
    for prog in programs:
        marks([sys.executable, "-m", "cmgui", "--exit-after-paint"], prog.env, prog.cwd)
    bare: list[dict[str, float]] = []
    floor: list[dict[str, float]] = []
    failed: list[str] = []
    for _ in range(args.n):
        try:
            bare.append(marks([sys.executable, "-c", BARE], env))
            floor.append(marks([sys.executable, "-c", FLOOR], env))
            for prog in programs:
                prog.sample_all(Path(prog.env["CMGUI_CONFIG_DIR"]).parent)
        except Failed as exc:
            failed.append(str(exc))

    def median(samples: list[dict[str, float]], key: str) -> float:
        values = [m[key] for m in samples if key in m]
        return statistics.median(values) if values else float("nan")

    base, base_cpu = median(bare, "first-paint"), median(bare, "cpu:first-paint")
    print(f"platform: {env['QT_QPA_PLATFORM']}, samples: {args.n} each"
          + (f", {len(failed)} failed (left out): {failed}" if failed else ""))
    print(f"{'program':<44} {'median ms':>9} {'min ms':>7} {'max ms':>7} {'x bare':>7} "
          f"{'x own paint':>11} {'CPU ms':>7} {'CPU x bare':>10}")
    rows: list[tuple[str, list[dict[str, float]], str, list[dict[str, float]]]] = [
        ("bare QMainWindow, first paint", bare, "first-paint", []),
        ("floor: bare window + demo driver only, ready", floor, "device-shown", [])]
    for prog in programs:
        rows.append((f"{prog.name} main window, first paint", prog.paint, "first-paint", []))
        for name, samples in prog.runs.items():
            rows.append((f"{prog.name} device ready, {name}", samples, "device-shown",
                         prog.paint))
    for name, samples, key, own_paint in rows:
        values = [m[key] for m in samples if key in m]
        if not values:
            continue
        wall, cpu = statistics.median(values), median(samples, f"cpu:{key}")
        own = f"{wall / median(own_paint, 'first-paint'):>11.2f}" if own_paint else " " * 11
        print(f"{name:<44} {wall * 1000:>9.0f} {min(values) * 1000:>7.0f} "
              f"{max(values) * 1000:>7.0f} {wall / base:>7.2f} {own} {cpu * 1000:>7.0f} "
              f"{cpu / base_cpu:>10.2f}")
    print("targets: first paint <= 1.30x bare, device ready <= 1.50x bare ('x own paint': "
          "against cmgui's own window painted without a device; 'floor': the bare window, then "
          "only the demo modem's driver imported and opened; CPU: the process's own CPU time, "
          "which other work on a shared machine does not stretch)")
    for prog in programs:
        for name, samples in prog.runs.items():
            print(f"\nwhere the time goes, {prog.name}, {name} (median ms from process start, "
                  "and the step):")
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
