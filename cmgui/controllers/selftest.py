"""``cmgui --self-test``: does this install work? For packagers, support and the package tests.

The app starts as usual on the demo modem (with throw-away settings, see :mod:`cmgui.app`) and
hands the facts to :class:`SelfTest`: the Qt platform plugin that loaded, the catalogues found,
the backends the registry loads through its entry points, whether the main window painted and
whether the demo device came up. The report is a diagnostic for the console, in English like
cmcli's output, so that it reads the same in every support ticket.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib.metadata import entry_points

from PySide6.QtCore import QObject, QTimer, QTranslator, Signal
from PySide6.QtGui import QGuiApplication

from cmgui.controllers.device import DeviceController
from cmgui.controllers.devices import DEMO_ADDRESS, DeviceManager
from cmgui.i18n import translations_dir

#: How long the demo device may take to come up.
DEVICE_TIMEOUT_S = 30.0
#: Device states in which the device is shown to the user: its status, or the PIN dialog.
SHOWN_STATES = frozenset({"ready", "locked"})


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


class SelfTest(QObject):
    """Collects the checks, prints each as it completes (or all as JSON at the end).

    Signals:
        finished(bool): every check is done; True when all passed.
    """

    finished = Signal(bool)

    #: The checks in the order they are reported; the run ends when all are in.
    NAMES = ("Qt platform plugin", "translations", "main window painted", "backends",
             "demo device ready")

    def __init__(self, print_line: Callable[[str], None] = print, as_json: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checks: list[Check] = []
        self._print = print_line
        self._json = as_json
        self._done = False
        self._timer: QTimer | None = None

    @property
    def ok(self) -> bool:
        return self._done and all(c.ok for c in self.checks)

    def record(self, name: str, ok: bool, detail: str) -> None:
        if self._done or any(c.name == name for c in self.checks):
            return
        check = Check(name, ok, detail)
        self.checks.append(check)
        if not self._json:
            self._print(check.line())
        if {c.name for c in self.checks} >= set(self.NAMES):
            self._finish()

    def _finish(self) -> None:
        self._done = True
        if self._timer is not None:
            self._timer.stop()
        order = {name: n for n, name in enumerate(self.NAMES)}
        self.checks.sort(key=lambda c: order.get(c.name, len(order)))
        failed = [c for c in self.checks if not c.ok]
        if self._json:
            self._print(json.dumps({"ok": not failed, "checks": [asdict(c) for c in self.checks]}))
        elif failed:
            self._print(f"self-test failed: {len(failed)} of {len(self.checks)} checks")
        else:
            self._print("self-test passed")
        self.finished.emit(not failed)

    # --- the checks that need nothing but the process ---------------------------------------

    def check_platform(self) -> None:
        name = QGuiApplication.platformName()
        self.record("Qt platform plugin", bool(name), name or "none loaded")

    def check_translations(self) -> None:
        folder = translations_dir()
        found = sorted(folder.glob("cmgui_*.qm"))
        broken = [qm.name for qm in found if not QTranslator().load(str(qm))]
        languages = " ".join(qm.stem.removeprefix("cmgui_") for qm in found)
        if not found:
            self.record("translations", False, f"no cmgui_*.qm in {folder}")
        elif broken:
            self.record("translations", False, f"cannot load {' '.join(broken)} in {folder}")
        elif not (folder / "cmgui_en.qm").is_file():
            self.record("translations", False, f"no cmgui_en.qm (plural forms) in {folder}")
        else:
            self.record("translations", True, f"{languages} ({folder})")

    def check_backends(self) -> None:
        """Every entry point of both groups loaded into its registry (a failure is logged by
        the registry with its traceback)."""
        from cmgui.service.fleet_registry import ENTRY_POINT_GROUP as FLEET_GROUP
        from cmgui.service.fleet_registry import FLEETS
        from cmgui.service.registry import ENTRY_POINT_GROUP, REGISTRY

        problems: list[str] = []
        parts: list[str] = []
        for group, loaded in ((ENTRY_POINT_GROUP, {b.name for b in REGISTRY.backends()}),
                              (FLEET_GROUP, {p.name for p in FLEETS.platforms()})):
            declared = {ep.name for ep in entry_points(group=group)}
            if not declared:
                problems.append(f"no {group} entry points (no package metadata?)")
            if missing := sorted(declared - loaded):
                problems.append(f"{group} did not load: {', '.join(missing)}")
            parts.append(f"{group}: {', '.join(sorted(loaded & declared)) or 'none'}")
        self.record("backends", not problems, "; ".join(problems or parts))

    def window_painted(self, painted: bool) -> None:
        self.record("main window painted", painted,
                    "yes" if painted else "no paint event within the wait")

    # --- the demo device ------------------------------------------------------------------

    def watch_device(self, devices: DeviceManager, timeout_s: float = DEVICE_TIMEOUT_S) -> None:
        """Wait for the demo device to be shown (or fail, or time out)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._device_timeout(devices, timeout_s))
        self._timer.start(int(timeout_s * 1000))
        devices.currentChanged.connect(self._on_device)
        if devices.current is not None:
            self._on_device(devices.current)

    def _on_device(self, dc: object) -> None:
        if not isinstance(dc, DeviceController):
            return
        if dc.address != DEMO_ADDRESS:
            self.record("demo device ready", False, f"{dc.address} opened instead")
            return
        errors: list[str] = []
        dc.errorOccurred.connect(errors.append)

        def on_state(state: str) -> None:
            if state in SHOWN_STATES:
                detail = f"{dc.label}: {'SIM asks for its PIN' if state == 'locked' else state}"
                # Painted on the next turn of the loop, as the user sees it.
                QTimer.singleShot(0, lambda: self.record("demo device ready", True, detail))
            elif state == "error":
                self.record("demo device ready", False,
                            f"{dc.address}: {errors[-1] if errors else 'could not be opened'}")

        dc.stateChanged.connect(on_state)
        if dc.state in SHOWN_STATES or dc.state == "error":
            on_state(dc.state)

    def _device_timeout(self, devices: DeviceManager, timeout_s: float) -> None:
        current = devices.current
        state = current.state if current is not None else "no device"
        self.record("demo device ready", False, f"not ready within {timeout_s:.0f} s ({state})")
