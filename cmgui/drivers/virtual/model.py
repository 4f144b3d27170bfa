"""The virtual device: SIM, radio, SMS, USSD, packet data and WLAN behind one clock.

Pure state: no I/O and no reading of the system clock. Time only moves when the owner calls
:meth:`VirtualModem.advance_to` (or :meth:`advance`); timers (registration, replies, status
reports, signal walk, byte counters) fire then, and what the TE should hear about is queued as
:mod:`events <cmgui.drivers.virtual.events>` for :meth:`drain_events`.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from . import errors, smspdu
from .data import DataService, PdpContext
from .events import (
    DataChanged,
    Event,
    FlowReport,
    IncomingCall,
    RegistrationChanged,
    SmsDirect,
    SmsStored,
    StorageFull,
    UssdReceived,
)
from .identity import Identity
from .laptop import Battery, Personalisations, Voice
from .phonebook import Phonebook, default_sim_contacts
from .radio import (
    NOT_REGISTERED,
    SEARCHING,
    AcT,
    ModePref,
    Operator,
    Registration,
    RegStat,
    Signal,
    default_operators,
)
from .sim import Sim
from .smsstore import MsgStat, Storage, StoredMessage
from .ussd import UssdReply, UssdService
from .wlan import WlanExtras, WlanModel

SIGNAL_PERIOD = 2.0
BATTERY_TICK = 5.0
DATA_TICK = 1.0
FLOW_REPORT_PERIOD = 2.0


@dataclass
class ModemConfig:
    """Everything configurable about the simulated device and its network."""

    seed: int = 1
    pin: str = "1234"
    puk: str = "12345678"
    pin_enabled: bool = True
    sim_present: bool = True
    sm_capacity: int = 20
    me_capacity: int = 100
    sim_phonebook_capacity: int = 250
    sim_name_max: int = 14
    me_phonebook_capacity: int = 500
    me_name_max: int = 30
    index_base: int = 0
    smsc: str = "+15550000"
    echo_number: str = "+15550100"
    reject_number: str = "+99999"
    register_delay: float = 1.0
    ussd_delay: float = 0.5
    reply_delay: float = 2.0
    report_delay: float = 1.0
    demo_sms_interval: float | None = None
    default_apn: str = "internet"
    wall_start: datetime = field(default_factory=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    operators: tuple[Operator, ...] = field(default_factory=default_operators)


@dataclass
class SmsRouting:
    """+CNMI/+CPMS state that decides where incoming messages go."""

    mt: int = 1
    ds: int = 0
    mem_read: str = "SM"
    mem_write: str = "SM"
    mem_receive: str = "SM"


@dataclass
class Delivery:
    """Something the network delivers at ``due``: an SMS from ``address`` ("sms") or the status
    report of message reference ``mr`` sent to ``address`` at ``submitted`` ("report")."""

    due: datetime
    kind: str
    address: str
    text: str = ""
    mr: int = 0
    submitted: datetime | None = None


@dataclass(order=True)
class _Timer:
    due: float
    seq: int
    fn: Callable[[], object] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class ScanEntry:
    """One line of a network scan: operator, AcT and <stat> (0..3 as in +COPS=?)."""

    operator: Operator
    act: AcT
    stat: int


class VirtualModem:
    """A faithful cellular device model driven by an explicit clock."""

    def __init__(self, config: ModemConfig | None = None, identity: Identity | None = None,
                 *, now: float = 0.0) -> None:
        self.config = cfg = config or ModemConfig()
        self.identity = identity or Identity()
        self.now = now
        self._timers: list[_Timer] = []
        self._seq = itertools.count()
        self._events: list[Event] = []
        self.sim = Sim(present=cfg.sim_present, pin=cfg.pin, puk=cfg.puk,
                       pin_enabled=cfg.pin_enabled)
        self.signal = Signal(cfg.seed)
        self.operators = cfg.operators
        self.cfun = 1
        self.mode = ModePref.AUTO
        self.selection = 0  # +COPS <mode>: 0 automatic, 1 manual, 2 deregistered
        self.manual: Operator | None = None
        self.registration = NOT_REGISTERED
        self.ps_attached = True
        self._reg_generation = 0
        self.sms = SmsRouting()
        self.storages = {
            "SM": Storage("SM", cfg.sm_capacity, cfg.index_base),
            "ME": Storage("ME", cfg.me_capacity, cfg.index_base),
        }
        self.phonebooks = {
            "SM": Phonebook("SM", cfg.sim_phonebook_capacity, text_max=cfg.sim_name_max),
            "ME": Phonebook("ME", cfg.me_phonebook_capacity, text_max=cfg.me_name_max,
                            alpha_bytes=False),
        }
        for name, number in default_sim_contacts()[: cfg.sim_phonebook_capacity]:
            self.phonebooks["SM"].write(None, number, 145 if number.startswith("+") else 129,
                                        name)
        self.next_mr = 1
        self.next_concat_ref = 1
        #: Messages from the network held until the device registers: (sender, text).
        self.held_sms: list[tuple[str, str]] = []
        #: What the network will deliver later (echo replies, status reports), as data so that
        #: it survives the process (see :mod:`.persist`).
        self.outbox: list[Delivery] = []
        self.partial: dict[tuple[str, int], dict[int, str]] = {}
        self.ussd = UssdService(self.identity.msisdn)
        self.data = DataService(cfg.seed, cfg.default_apn)
        self.wlan = WlanModel()
        self.wlan_extras = WlanExtras()
        self.personalisations = Personalisations()
        self.battery = Battery()
        self.voice = Voice()
        self._data_timer: _Timer | None = None
        self._every(SIGNAL_PERIOD, self.signal.step)
        self._every(BATTERY_TICK, lambda: self.battery.tick(BATTERY_TICK))
        if cfg.demo_sms_interval:
            self._every(cfg.demo_sms_interval, self._demo_sms)
        self._demo_count = 0
        self._update_registration()

    # -- clock ---------------------------------------------------------------------------------
    def schedule(self, delay: float, fn: Callable[[], object]) -> _Timer:
        timer = _Timer(self.now + max(0.0, delay), next(self._seq), fn)
        heapq.heappush(self._timers, timer)
        return timer

    def _every(self, period: float, fn: Callable[[], None]) -> _Timer:
        holder: list[_Timer] = []

        def tick() -> None:
            fn()
            holder[0] = self.schedule(period, tick)

        holder.append(self.schedule(period, tick))
        return holder[0]

    def advance_to(self, now: float) -> None:
        """Move the clock to ``now``, firing every timer due on the way, in order."""
        while self._timers and self._timers[0].due <= now:
            timer = heapq.heappop(self._timers)
            if timer.cancelled:
                continue
            self.now = max(self.now, timer.due)
            timer.fn()
        self.now = max(self.now, now)

    def advance(self, dt: float) -> None:
        self.advance_to(self.now + dt)

    def next_deadline(self) -> float | None:
        while self._timers and self._timers[0].cancelled:
            heapq.heappop(self._timers)
        return self._timers[0].due if self._timers else None

    def wall_time(self) -> datetime:
        return self.config.wall_start + timedelta(seconds=self.now)

    def emit(self, event: Event) -> None:
        self._events.append(event)

    def drain_events(self) -> list[Event]:
        events, self._events = self._events, []
        return events

    # -- SIM and power ------------------------------------------------------------------------
    def enter_pin(self, pin: str) -> None:
        self.sim.enter_pin(pin)
        self._update_registration()

    def enter_puk(self, puk: str, new_pin: str) -> None:
        self.sim.enter_puk(puk, new_pin)
        self._update_registration()

    def set_cfun(self, fun: int) -> None:
        if fun not in (0, 1, 4):
            raise errors.cme(errors.BAD_PARAMS)
        self.cfun = fun
        self._update_registration()

    def reset(self) -> None:
        """+CFUN=1,1: the device restarts; the SIM asks for its PIN again."""
        self.sim.power_cycle()
        self.cfun = 1
        self.selection = 0
        self.manual = None
        self.ussd.cancel()
        self._set_registration(NOT_REGISTERED)
        self._update_registration()

    # -- registration -------------------------------------------------------------------------
    @property
    def radio_on(self) -> bool:
        return self.cfun == 1

    @property
    def registered(self) -> bool:
        return self.registration.registered

    def _target(self) -> Registration:
        if not self.radio_on or not self.sim.ready or self.selection == 2:
            return NOT_REGISTERED
        if self.selection == 1 and self.manual is not None:
            candidates: list[Operator] = [self.manual]
        else:
            candidates = sorted((o for o in self.operators if not o.forbidden),
                                key=lambda o: not o.home)
        for op in candidates:
            act = op.best_act(self.mode)
            if act is not None:
                return Registration(RegStat.HOME if op.home else RegStat.ROAMING, op, act)
        return SEARCHING

    def _set_registration(self, reg: Registration) -> None:
        if reg == self.registration:
            return
        self.registration = reg
        self.emit(RegistrationChanged())
        if not reg.registered:
            self._drop_data()
        else:
            pending, self.held_sms = self.held_sms, []
            for sender, text in pending:
                self.inject_sms(sender, text)

    def _update_registration(self, *, immediate: bool = False) -> None:
        self._reg_generation += 1
        target = self._target()
        if target == self.registration:
            return
        if not target.registered or immediate or self.config.register_delay <= 0:
            self._set_registration(target)
            return
        self._set_registration(SEARCHING)
        generation = self._reg_generation

        def complete() -> None:
            if generation == self._reg_generation:
                self._set_registration(self._target())

        self.schedule(self.config.register_delay, complete)

    def refresh_registration(self) -> None:
        """Registration as the current state implies, at once (a restored device that stayed
        powered does not search again)."""
        self._reg_generation += 1
        self._set_registration(self._target())

    def find_operator(self, oper: str) -> Operator | None:
        for op in self.operators:
            if oper in (op.numeric, op.long_name, op.short_name):
                return op
        return None

    def scan(self) -> list[ScanEntry]:
        """Networks on the air for the current mode preference (+COPS=?)."""
        if not self.radio_on:
            raise errors.cme(errors.NOT_ALLOWED)
        out: list[ScanEntry] = []
        for op in self.operators:
            for act in sorted(op.acts, reverse=True):
                if not self.mode.allows(act):
                    continue
                current = self.registration.operator == op and self.registration.act == act
                stat = 2 if current else 3 if op.forbidden else 1
                out.append(ScanEntry(op, act, stat))
        return out

    def select_automatic(self) -> None:
        self.selection = 0
        self.manual = None
        self._update_registration(immediate=self.registered)

    def select_manual(self, oper: str, act: AcT | None = None) -> None:
        if not self.radio_on:
            raise errors.cme(errors.NOT_ALLOWED)
        self.sim.require_ready()
        op = self.find_operator(oper)
        if op is None:
            raise errors.cme(errors.NO_NETWORK)
        if op.forbidden:
            raise errors.cme(errors.EMERGENCY_ONLY)
        if (act is not None and act not in op.acts) or op.best_act(self.mode) is None:
            raise errors.cme(errors.NO_NETWORK)
        self.selection = 1
        self.manual = op
        self._update_registration(immediate=True)
        if act is not None and self.mode.allows(act) and self.registration.act != act:
            self._set_registration(Registration(self.registration.stat, op, act))

    def deregister(self) -> None:
        self.selection = 2
        self._update_registration()

    def set_mode(self, mode: ModePref) -> None:
        self.mode = mode
        self._update_registration(immediate=self.registered)

    def set_ps_attached(self, attached: bool) -> None:
        if attached and not self.registered:
            raise errors.cme(errors.NO_NETWORK)
        if attached != self.ps_attached:
            self.ps_attached = attached
            if not attached:
                self._drop_data()
            self.emit(RegistrationChanged())

    @property
    def ps_registration(self) -> Registration:
        return self.registration if self.ps_attached else NOT_REGISTERED

    # -- SMS ----------------------------------------------------------------------------------
    def storage(self, name: str) -> Storage:
        try:
            return self.storages[name.upper()]
        except KeyError:
            raise errors.cms(302) from None

    def inject_sms(self, sender: str, text: str) -> list[int]:
        """An SMS from the network: SMS-DELIVER PDUs (concatenated when long), routed per +CNMI.

        Returns the storage indexes used (empty when delivered directly, rejected because the
        storage is full, or held until the device registers).
        """
        if not self.registered:
            self.held_sms.append((sender, text))
            return []
        pdus = self._deliver_pdus(sender, text)
        if self.sms.mt == 2:
            for pdu in pdus:
                self.emit(SmsDirect(self.config.smsc, pdu))
            return []
        store = self.storage(self.sms.mem_receive)
        if store.capacity - store.used < len(pdus):
            self.emit(StorageFull(store.name))
            return []
        indexes = []
        for pdu in pdus:
            index = store.store(StoredMessage(MsgStat.REC_UNREAD, pdu, self.config.smsc))
            indexes.append(index)
            if self.sms.mt in (1, 3):
                self.emit(SmsStored(store.name, index))
        return indexes

    def preload_sms(self, sender: str, text: str) -> list[int]:
        """An SMS already waiting, unread, in the receive storage: it arrived before anything was
        attached, so there is no new-message indication. Returns the storage indexes used."""
        store = self.storage(self.sms.mem_receive)
        return [store.store(StoredMessage(MsgStat.REC_UNREAD, pdu, self.config.smsc))
                for pdu in self._deliver_pdus(sender, text)]

    def _deliver_pdus(self, sender: str, text: str) -> list[bytes]:
        ref = self.next_concat_ref & 0xFF
        self.next_concat_ref += 1
        return smspdu.build_deliver(sender, text, self.wall_time(), ref)

    def send_sms(self, tpdu: bytes) -> int:
        """Submit an SMS-SUBMIT; returns the message reference or raises +CMS ERROR."""
        try:
            msg = smspdu.decode_tpdu(tpdu)
        except smspdu.PduError:
            raise errors.cms(304) from None
        if msg.kind != "submit":
            raise errors.cms(304)
        self._raise_sim_cms()
        if not self.registered:
            raise errors.cms(331)
        if msg.address == self.config.reject_number:
            raise errors.cms(21)
        mr = self.next_mr & 0xFF
        self.next_mr += 1
        submitted = self.wall_time()
        if msg.srr:
            self.deliver_later(Delivery(
                submitted + timedelta(seconds=self.config.report_delay), "report",
                msg.address, mr=mr, submitted=submitted))
        if msg.address == self.config.echo_number:
            full = self._reassemble(msg.address, msg.concat, msg.text)
            if full is not None:
                self.deliver_later(Delivery(
                    submitted + timedelta(seconds=self.config.reply_delay), "sms",
                    self.config.echo_number, "echo: " + full))
        return mr

    def deliver_later(self, delivery: Delivery) -> None:
        """Queue what the network delivers at ``delivery.due`` (wall time)."""
        self.outbox.append(delivery)
        self.outbox.sort(key=lambda d: d.due)
        self.schedule((delivery.due - self.wall_time()).total_seconds(), self.deliver_due)

    def wake_for_outbox(self) -> None:
        """Schedule a delivery run for the earliest item of the outbox."""
        if self.outbox:
            delay = (self.outbox[0].due - self.wall_time()).total_seconds()
            self.schedule(delay, self.deliver_due)

    def deliver_due(self) -> None:
        """Deliver every queued item that is due; each exactly once, whoever runs this."""
        now = self.wall_time()
        due = [d for d in self.outbox if d.due <= now]
        self.outbox = [d for d in self.outbox if d.due > now]
        for item in due:
            if item.kind == "report":
                self._status_report(item.mr, item.address, item.submitted or item.due)
            else:
                self.inject_sms(item.address, item.text)
        if due:
            self.wake_for_outbox()

    def _raise_sim_cms(self) -> None:
        err = self.sim.check()
        if err is not None:
            raise errors.cms({10: 310, 11: 311, 12: 316}.get(err.code, 313))

    def _reassemble(self, address: str, concat: tuple[int, int, int] | None,
                    text: str) -> str | None:
        if concat is None:
            return text
        ref, total, seq = concat
        parts = self.partial.setdefault((address, ref), {})
        parts[seq] = text
        if len(parts) < total:
            return None
        del self.partial[(address, ref)]
        return "".join(parts[i] for i in sorted(parts))

    def _status_report(self, mr: int, recipient: str, submitted: datetime) -> None:
        pdu = smspdu.encode_status_report(mr, recipient, submitted, self.wall_time(), 0)
        if self.sms.ds == 1:
            self.emit(SmsDirect(self.config.smsc, pdu, report=True))
        elif self.sms.ds == 2:
            store = self.storage(self.sms.mem_receive)
            if store.full:
                self.emit(StorageFull(store.name))
                return
            index = store.store(StoredMessage(MsgStat.REC_UNREAD, pdu, self.config.smsc))
            self.emit(SmsStored(store.name, index, report=True))

    def _demo_sms(self) -> None:
        self._demo_count += 1
        self.inject_sms("+15550199", f"Virtual Telecom: demo message #{self._demo_count}.")

    # -- USSD ---------------------------------------------------------------------------------
    def ussd_request(self, text: str) -> None:
        """Start or continue a USSD session; the answer (if any) arrives after ``ussd_delay``."""
        self.sim.require_ready()
        if not self.registered:
            raise errors.cme(errors.NO_NETWORK)
        reply = self.ussd.request(text)
        if reply is not None:
            self.schedule(self.config.ussd_delay, lambda: self._ussd_reply(reply))

    def _ussd_reply(self, reply: UssdReply) -> None:
        self.emit(UssdReceived(reply.m, reply.text))

    def ussd_cancel(self) -> None:
        self.ussd.cancel()

    def inject_ussd(self, text: str, *, expect_reply: bool = False) -> None:
        """Network-initiated USSD: a notification (m=0) or a request (m=1)."""
        if expect_reply:
            self._ussd_reply(self.ussd.network_request(text))
        else:
            self.emit(UssdReceived(0, text))

    # -- voice calls --------------------------------------------------------------------------
    def incoming_call(self, number: str) -> None:
        """A voice call from the network: the device rings (RING, +CLIP) until answered."""
        if not self.registered:
            raise errors.cme(errors.NO_NETWORK)
        self.voice.ringing = number
        self.voice.calls.append(number)
        self.emit(IncomingCall(number))

    def answer_call(self) -> None:
        if self.voice.ringing is None:
            raise errors.cme(errors.NOT_ALLOWED)
        self.voice.ringing = None
        self.voice.active = True

    def hang_up(self) -> None:
        self.voice.ringing = None
        self.voice.active = False

    # -- packet data --------------------------------------------------------------------------
    def activate(self, cid: int) -> PdpContext:
        self.sim.require_ready()
        if not self.registered or not self.ps_attached:
            self.data.get(cid)
            raise errors.cme(errors.NO_NETWORK)
        primary = self.data.secondary.get(cid)
        if primary is not None and not self.data.get(primary).active:
            raise errors.cme(errors.NOT_ALLOWED)  # a secondary context needs its primary up
        try:
            ctx = self.data.activate(cid, self.now)
        except errors.ModemError:
            self.emit(DataChanged(cid, False, self.data.last_error_cause))
            raise
        self.emit(DataChanged(cid, True))
        self.start_data_clock()
        return ctx

    def start_data_clock(self) -> None:
        """Let the byte counters of active contexts run."""
        if self._data_timer is None:
            self._data_timer = self._every(DATA_TICK, self._data_tick)

    def announce_data(self, cid: int, active: bool) -> None:
        """Tell the TE a context changed state (someone else activated or released it)."""
        self.emit(DataChanged(cid, active))

    def deactivate(self, cid: int) -> None:
        ctx = self.data.get(cid)
        if ctx.active:
            for secondary, primary in list(self.data.secondary.items()):
                if primary == cid and self.data.get(secondary).active:
                    self.deactivate(secondary)  # a primary takes its secondaries down
            self.data.deactivate(cid)
            self.emit(DataChanged(cid, False))

    def _drop_data(self) -> None:
        for ctx in self.data.active():
            self.data.deactivate(ctx.cid)
            self.emit(DataChanged(ctx.cid, False, 0, by_network=True))

    def _data_tick(self) -> None:
        active = self.data.active()
        if not active:
            return
        self.data.tick(DATA_TICK)
        first = active[0]
        seconds = int(self.now - first.connected_at)
        if seconds % int(FLOW_REPORT_PERIOD) == 0:
            self.emit(FlowReport(seconds, first.tx_rate, first.rx_rate, first.tx_bytes,
                                 first.rx_bytes))

