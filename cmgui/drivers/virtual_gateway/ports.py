"""One port of the virtual gateway: its GSM/LTE module, SIM, registration, USSD and STK pages."""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass, field
from typing import Any

from cmgui.drivers.virtual.errors import ModemError
from cmgui.drivers.virtual.identity import luhn_digit
from cmgui.drivers.virtual.sim import Sim, SimState
from cmgui.drivers.virtual.ussd import UssdService

#: What a port can be set up as (a few of each in the default layout).
SETUPS = ("ready", "pin", "puk", "no_sim", "off", "searching")


@dataclass(frozen=True)
class PortSetup:
    """How a port starts: module type (GSM, WCDMA, LTE), ``state`` (one of :data:`SETUPS`) and
    signal (0-31)."""

    type: str = "LTE"
    state: str = "ready"
    signal: int = 22


#: The default layout: ports in different states, cycled for gateways with more ports. Port 1
#: has a SIM with PIN 1234 enabled (3 attempts), as the seam's contract suite expects.
DEFAULT_LAYOUT: tuple[PortSetup, ...] = (
    PortSetup("LTE", "ready", 24), PortSetup("LTE", "pin", 21), PortSetup("GSM", "ready", 15),
    PortSetup("WCDMA", "no_sim", 0), PortSetup("GSM", "searching", 9),
    PortSetup("LTE", "off", 0), PortSetup("LTE", "puk", 18), PortSetup("GSM", "ready", 27),
)
ALL_READY: tuple[PortSetup, ...] = (PortSetup("LTE", "ready", 24),)


def _imei(index: int) -> str:
    body = f"86307001{index:06d}"
    return body + luhn_digit(body)


def _iccid(index: int) -> str:
    body = f"890010100001{index:06d}"
    return body + luhn_digit(body)


@dataclass
class StkPage:
    title: str
    text: str = ""
    input_type: int = 0
    items: tuple[tuple[int, str], ...] = ()


STK_PAGES: dict[str, StkPage] = {
    "main": StkPage("Virtual STK", "", 2, ((1, "Balance"), (2, "Services"), (3, "Settings"))),
    "balance": StkPage("Balance", "Your balance is 12.34 EUR.", 0),
    "services": StkPage("Services", "", 2, ((1, "News"), (2, "Weather"))),
    "news": StkPage("News", "No news is good news.", 0),
    "weather": StkPage("Weather", "Sunny, 21 °C.", 0),
    "settings": StkPage("Settings", "Enter a code (digits)", 8),
    "saved": StkPage("Settings", "Code saved.", 0),
    "locked": StkPage("", "No SIM", 12),
}
_STK_NEXT = {("main", 1): "balance", ("main", 2): "services", ("main", 3): "settings",
             ("services", 1): "news", ("services", 2): "weather"}


@dataclass
class VirtualPort:
    index: int
    type: str
    sim: Sim | None
    powered: bool = True
    attached: bool = False  # registered on the network (once powered with a usable SIM)
    signal: int = 20
    imei: str = ""
    number: str = ""
    slot: int = 255
    blocked: bool = False
    callstate: str = "Idle"
    busy_until: float = 0.0  # sending an SMS until then
    sending: bool = False  # an SMS is on its way (until its timer has fired)
    next_ref: int = 0
    call_forward: dict[str, str] = field(default_factory=dict)
    ussd: UssdService = field(init=False)
    ussd_reply: str = ""
    stk_stack: list[str] = field(default_factory=lambda: ["main"])
    frame_id: int = 750

    def __post_init__(self) -> None:
        self.imei = self.imei or _imei(self.index)
        self.ussd = UssdService(self.number or f"+155502{self.index:02d}")

    @classmethod
    def create(cls, index: int, setup: PortSetup, rng: random.Random) -> VirtualPort:
        sim: Sim | None = None
        if setup.state != "no_sim":
            sim = Sim(pin_enabled=setup.state in ("pin", "puk"))
            if setup.state == "puk":
                sim.pin_tries = 0
        port = cls(index, setup.type.upper(), sim, powered=setup.state != "off",
                   signal=setup.signal, number=f"+155502{index:02d}" if sim else "",
                   next_ref=rng.randrange(256))
        port.attached = port.sim_ready and port.powered and setup.state == "ready"
        return port

    # --- state ---------------------------------------------------------------------------------

    @property
    def sim_ready(self) -> bool:
        return self.sim is not None and self.sim.ready

    @property
    def imsi(self) -> str:
        return f"0010100000{self.index:05d}" if self.sim_ready and self.powered else ""

    @property
    def iccid(self) -> str:
        return _iccid(self.index) if self.sim is not None and self.sim.present else ""

    @property
    def reg(self) -> str:
        if not self.powered:
            return "POWER_OFF"
        if self.sim is None or not self.sim.present:
            return "NO_SIM"
        state = self.sim.state
        if state is SimState.PIN_REQUIRED:
            return "PIN_REQUIRE"
        if state in (SimState.PUK_REQUIRED, SimState.BLOCKED):
            return "PUK_REQUIRE"
        if self.blocked:
            return "UNREGISTER"
        return "REGISTER_OK" if self.attached else "SEARCHING_NETWORK"

    @property
    def registered(self) -> bool:
        return self.reg == "REGISTER_OK"

    def can_send(self, now: float) -> bool:
        return self.registered and not self.sending and now >= self.busy_until

    def take_refs(self, count: int) -> int:
        first = self.next_ref
        self.next_ref = (self.next_ref + count) % 256
        return first

    def info(self, credits: bool) -> dict[str, Any]:
        registered = self.registered
        out: dict[str, Any] = {
            "port": self.index, "type": self.type, "imei": self.imei, "imsi": self.imsi,
            "iccid": self.iccid, "smsc": "+15550000" if self.sim_ready else "",
            "number": self.number if self.imsi else "", "reg": self.reg, "slot": self.slot,
            "callstate": self.callstate, "signal": self.signal if self.powered else 0,
            "gprs": "attached" if registered else "detached",
        }
        if credits:
            out.update({"remain_credit": "1000.00", "remain_monthly_credit": "500.00",
                        "remain_daily_credit": "300.00", "remain_daily_call_time": "100",
                        "remain_hourly_call_time": "10", "remain_daily_connected": "100"})
        return out

    # --- actions (set_port_info) ---------------------------------------------------------------

    def power(self, on: bool) -> None:
        if on == self.powered:
            return
        self.powered = on
        self.attached = False
        if self.sim is not None:
            self.sim.power_cycle()
        self.ussd.cancel()

    def unlock(self, pin: str) -> None:
        """The API answers 200 whatever the SIM says; the state tells the truth."""
        if self.sim is None or not self.powered:
            return
        with contextlib.suppress(ModemError):
            self.sim.enter_pin(pin)

    def lock(self, pin: str) -> None:
        if self.sim is None or not self.powered:
            return
        with contextlib.suppress(ModemError):
            self.sim.set_lock(True, pin)

    # --- STK -----------------------------------------------------------------------------------

    @property
    def stk_page(self) -> str:
        if not self.sim_ready:
            return "locked"
        return self.stk_stack[-1]

    def stk_view(self) -> dict[str, Any]:
        page = STK_PAGES[self.stk_page]
        out: dict[str, Any] = {"title": page.title, "text": page.text,
                               "input_type": str(page.input_type),  # as the firmware sends it
                               "frame_id": self.frame_id}
        if page.items:
            out["item"] = [{"item_id": i, "item_string": s} for i, s in page.items]
        return out

    def stk_go(self, item: int | None, param: str | None, action: str | None) -> bool:
        """Apply one STK operation; False when it does not fit the current page."""
        if not self.sim_ready:
            return False
        current = self.stk_stack[-1]
        if action == "home":
            self.stk_stack = ["main"]
        elif action == "cancle":  # the firmware's spelling; "cancel" is not understood
            if len(self.stk_stack) > 1:
                self.stk_stack.pop()
        elif item is not None:
            target = _STK_NEXT.get((current, item))
            if target is None:
                return False
            self.stk_stack.append(target)
        elif param is not None and current == "settings":
            if not param.isdigit():
                return False
            self.stk_stack[-1] = "saved"
        elif action == "ok":
            if STK_PAGES[current].input_type == 0 and len(self.stk_stack) > 1:
                self.stk_stack.pop()
        else:
            return False
        self.frame_id += 1
        return True
