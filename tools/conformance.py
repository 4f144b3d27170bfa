"""Generate docs/conformance.md: OpenCMAPI Appendix B conformance per device class and backend.

The facts come from the code, not from prose: the catalogue (cmgui/cmapi/catalogue.py: every
function, callback and SCR table), each backend's seam methods (what ``supported_functions()``
reports for its class, plus what the host's stores add when cmcli serve or the app serve it),
the functions whose answer is the specification's "not meaningful" error or another of its
errors for what the device cannot do (``spec_answers`` of the ModemManager and gateway port
classes, :data:`NOT_OFFERED` for NetworkManager), the callbacks each backend can send
(cmgui/service/callbacks.py; none of a function answered with an error), and the contract
suite (tests/contract), whose tests are named next to each function they exercise.

``python tools/conformance.py --write`` rewrites the document; ``tests/test_conformance_doc.py``
fails when it is stale.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cmgui.cmapi import catalogue  # noqa: E402
from cmgui.cmapi.catalogue import DeviceClass  # noqa: E402
from cmgui.service.callbacks import ASYNC_CALLBACKS, emitted_by  # noqa: E402
from cmgui.service.device import Device  # noqa: E402
from cmgui.service.dispatcher import Dispatcher  # noqa: E402
from cmgui.service.stored import OWN_FUNCTIONS  # noqa: E402

DOC = ROOT / "docs" / "conformance.md"
#: Where the tests named in the report live: the contract suite and the endpoint's tests.
TEST_FILES = (*sorted((ROOT / "tests" / "contract").glob("test_*.py")),
              *sorted((ROOT / "tests" / "integration" / "server").glob("test_*.py")),
              ROOT / "tests" / "unit" / "service" / "test_dispatcher.py")

#: Seam methods whose every answer on a 3GPP device is the specification's own error.
NOT_MEANINGFUL: dict[str, str] = {
    "dev_srv_get_esn": "264, not meaningful for a 3GPP device",
    "dev_srv_get_meid": "264, not meaningful for a 3GPP device",
}
#: Functions a backend implements with a fixed error because the hardware or stack lacks it.
NOT_OFFERED: dict[tuple[str, str], str] = {
    ("NetworkManager Wi-Fi", "wlan_connect_wps"): "289, NetworkManager offers no WPS",
    ("NetworkManager Wi-Fi", "wlan_connect_pin_wps"): "289, NetworkManager offers no WPS",
    ("NetworkManager Wi-Fi", "wlan_get_wsidl"): "1281, no smart card on the Wi-Fi device",
    ("NetworkManager Wi-Fi", "wlan_get_hs2_mo_subcription"):
        "289, NetworkManager keeps no HS2.0 MO",
    ("NetworkManager Wi-Fi", "wlan_get_andsf_mo_subcription"): "81954, no ANDSF MO",
    ("NetworkManager Wi-Fi", "wlan_get_anqp"): "289, NetworkManager offers no ANQP",
}


@dataclass(frozen=True)
class Backend:
    name: str
    address: str
    cls: type[Device]
    stored: bool  # wrapped by the host's stores (StoredDevice) when served

    def supported(self) -> frozenset[str]:
        own = Device.supported_functions(object.__new__(self.cls))
        return own | OWN_FUNCTIONS if self.stored else own

    def answers(self) -> dict[str, str]:
        """Seam method -> the specification's error it always gives here (``"code, why"``):
        the device class's ``spec_answers``."""
        return dict(getattr(self.cls, "spec_answers", {}))

    def emitted(self) -> frozenset[str]:
        # a function that always answers with an error sends none of its callbacks
        names = emitted_by(self.supported() - self.answers().keys())
        from cmgui.drivers.at.voice import VoiceFeatures
        from cmgui.drivers.dbus.mm_voice import VoiceFeatures as MMVoiceFeatures

        if issubclass(self.cls, VoiceFeatures | MMVoiceFeatures):  # where the modem does voice
            names |= {"CMAPI_Callback_Incoming_Voice_Call"}
        return names


@dataclass(frozen=True)
class Overlay(Backend):
    """A modem plus this computer's Wi-Fi (``WlanOverlay``), as ``cmcli serve`` offers a modem
    that has no Wi-Fi of its own: WLAN functions from ``wlan``, the rest from the modem."""

    wlan: type[Device] = Device

    def supported(self) -> frozenset[str]:
        from cmgui.service.wlan_overlay import WLAN_METHODS

        modem = super().supported() - WLAN_METHODS
        wifi = Device.supported_functions(object.__new__(self.wlan)) & WLAN_METHODS
        return modem | wifi


def backends() -> list[Backend]:
    from cmgui.drivers.at.device import AtDevice
    from cmgui.drivers.at.virtual_backend import VirtualAtDevice
    from cmgui.drivers.dbus.mm import MMDevice
    from cmgui.drivers.dbus.nm_laptop import LaptopWlan
    from cmgui.drivers.gateway.port import GatewayPortDevice

    return [
        Backend("AT modem", "`/dev/ttyUSB2`, `socket://…`", AtDevice, True),
        Overlay("AT modem + Wi-Fi", "`cmcli serve -d /dev/ttyUSB2` on a laptop", AtDevice,
                True, LaptopWlan),
        Backend("virtual modem", "`virtual`", VirtualAtDevice, True),
        Backend("ModemManager", "`mm:N`", MMDevice, True),
        Overlay("ModemManager + Wi-Fi", "`cmcli serve -d mm:0` on a laptop", MMDevice, True,
                LaptopWlan),
        Backend("NetworkManager Wi-Fi", "`wlan`", LaptopWlan, True),
        Backend("SMS gateway port", "`gateway:…#port=N`", GatewayPortDevice, True),
    ]


def _local_functions() -> frozenset[str]:
    return frozenset(Dispatcher()._local)


def status(backend: Backend, function: str) -> str:
    info = catalogue.lookup(function)
    assert info is not None
    supported = backend.supported()
    if info.kind == "callback":
        return "✔" if function in backend.emitted() else "✘ never sent"
    if function in _local_functions():
        cancels = {"CMAPI_NetConnectSrv_CancelConnect_Async":
                   "net_connect_srv_connect_async",
                   "CMAPI_NetConnectSrv_SecondaryPDPContext_CancelConnect_Async":
                   "net_connect_srv_secondary_pdp_context_connect_async"}
        target = cancels.get(function)
        if target is not None and target in backend.answers():
            return f"∅ ({backend.answers()[target]})"
        return "✔" if target is None or target in supported else "✘"
    method = info.method_name
    if method not in supported:
        return "✘"
    wifi = "NetworkManager Wi-Fi" if isinstance(backend, Overlay) else backend.name
    reason = (NOT_MEANINGFUL.get(method) or NOT_OFFERED.get((wifi, method))
              or backend.answers().get(method))
    return f"∅ ({reason})" if reason else "✔"


def _tests() -> dict[str, list[str]]:
    """word -> the tests whose source mentions it (seam method or CMAPI name)."""
    found: dict[str, list[str]] = {}
    for path in TEST_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) \
                    and node.name.startswith("test_"):
                text = ast.unparse(node)
                where = f"{path.relative_to(ROOT)}::{node.name}"
                for word in _words(text):
                    found.setdefault(word, []).append(where)
    return found


def _words(text: str) -> Iterable[str]:
    word = []
    for ch in text + " ":
        if ch.isalnum() or ch == "_":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []


def _test_cell(function: str, tests: dict[str, list[str]]) -> str:
    info = catalogue.lookup(function)
    assert info is not None
    names = tests.get(info.method_name, []) + tests.get(info.name, [])
    if info.kind == "callback":
        names += [t for f, cb in ASYNC_CALLBACKS.items() if cb == info.name
                  for t in tests.get(f, [])]
    unique = sorted(dict.fromkeys(names))
    if not unique:
        return "—"
    shown = ", ".join(f"`{n.rsplit('/', 1)[-1]}`" for n in unique[:2])
    return shown + (f" (+{len(unique) - 2})" if len(unique) > 2 else "")


def render() -> str:
    all_backends = backends()
    tests = _tests()
    out = [
        "# OpenCMAPI conformance (Appendix B)",
        "",
        "Generated by `python tools/conformance.py --write` from the catalogue",
        "(`cmgui/cmapi/catalogue.py`), each backend's seam methods, the callbacks each can send",
        "(`cmgui/service/callbacks.py`) and the tests that exercise them (`tests/contract`,",
        "`tests/integration/server`, the dispatcher's); `tests/test_conformance_doc.py` fails",
        "when it is stale.",
        "Backends are counted as `cmcli serve` and the app serve them: with the host's stores",
        "(profiles, connection records, drafts). A remote endpoint (`http://…`, `ws://…`) offers",
        "exactly what the device behind it offers.",
        "",
        "✔ supported · ∅ answered with the specification's own error for what the device cannot",
        "be or do (the code and why; 260: the hardware is missing, 264: not meaningful for a",
        "3GPP device, 289: the device does not offer the capability) · ✘ not supported (error 7;",
        "for a callback: registering it is refused with error 289, since the device can never",
        "send it; the callbacks of functions answered with an error are never sent). API",
        "management, discovery, callback registration and the cancel functions are answered by",
        "the dispatcher for every backend.",
        "",
        "## Backends",
        "",
        "| backend | address |",
        "|---|---|",
    ]
    out += [f"| {b.name} | {b.address} |" for b in all_backends]
    out += ["", "## Device classes", "",
            "Mandatory CMAPI-1 functions of each class (Appendix B) and how many each backend",
            "supports (✔), answers with the specification's own error (∅) or lacks (✘).", "",
            "| class | mandatory | " + " | ".join(b.name for b in all_backends) + " |",
            "|---|---|" + "---|" * len(all_backends)]
    for device_class in DeviceClass:
        mandatory = [n for n in catalogue.FUNCTIONS
                     if catalogue.conformance(device_class, n) == "M"]
        cells = []
        for backend in all_backends:
            states = [status(backend, n)[0] for n in mandatory]
            cells.append(f"{states.count('✔')} ✔ / {states.count('∅')} ∅ / "
                         f"{states.count('✘')} ✘")
        out.append(f"| {device_class.name.lower().replace('_', ' ')} "
                   f"(`{device_class.value}`) | {len(mandatory)} | " + " | ".join(cells) + " |")
    out += ["", "## Laptop (B.2), function by function", ""]
    header = "| function | " + " | ".join(b.name for b in all_backends) + " | shown by |"
    rule = "|---|" + "---|" * len(all_backends) + "---|"
    for group in catalogue.Group:
        if catalogue.conformance(DeviceClass.LAPTOP, group) != "M":
            continue
        entries = [f for f in catalogue.in_group(group) if f.kind != "registration"]
        if group is catalogue.Group.CALLBACKS:
            entries = list(catalogue.in_group(group))
        out += [f"### {group.value} ({group.section})", "", header, rule]
        for info in entries:
            cells = [status(b, info.name) for b in all_backends]
            out.append(f"| `{info.name}` | " + " | ".join(cells) + " | "
                       + _test_cell(info.name, tests) + " |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--write" in argv:
        DOC.write_text(text, encoding="utf-8")
        print(f"wrote {DOC.relative_to(ROOT)}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
