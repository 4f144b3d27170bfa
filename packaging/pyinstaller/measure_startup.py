"""Cold start to first paint, the frozen bundle against the source install: one run each, on
the same machine, one right after the other (the figures in docs/packaging.md).

    python packaging/pyinstaller/measure_startup.py [--bundle dist/cmgui] [--warm]

Each program runs with ``--exit-after-paint`` (it prints ``time.monotonic()`` at its first
paint and exits; bench/bench_startup.py reads it) and is timed from the moment it is spawned.
Cold: as root, the page cache is dropped before each run, so both read every file from disk;
``--warm`` (or not root) runs each once first instead. QT_QPA_PLATFORM is offscreen unless set.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from bench_startup import marks  # noqa: E402


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "cmgui")
    parser.add_argument("--warm", action="store_true")
    args = parser.parse_args()
    cold = not args.warm and os.geteuid() == 0
    programs = {"source": [sys.executable, "-m", "cmgui", "--exit-after-paint"],
                "bundle": [str(args.bundle / "cmgui"), "--exit-after-paint"]}
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="cmgui-startup-") as home:
        env = {**os.environ, "CMGUI_CONFIG_DIR": f"{home}/config",
               "CMGUI_DATA_DIR": f"{home}/data", "QT_QPA_PLATFORM":
               os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        for name, argv in programs.items():
            if cold:
                drop_caches()
            else:
                marks(argv, env)
            seconds[name] = round(marks(argv, env)["first-paint"], 3)
    print(json.dumps({"cold": cold, "platform": env["QT_QPA_PLATFORM"], **seconds,
                      "ratio": round(seconds["bundle"] / seconds["source"], 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
