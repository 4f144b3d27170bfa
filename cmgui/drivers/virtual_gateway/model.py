"""The virtual gateway: ports, an SMS queue worked off by the ports at realistic speed, results,
delivery reports, inbound SMS, USSD, STK, CDRs and push events — the API's behaviour without HTTP.

Timing follows the vendor's FAQ (5-8 s per SMS on a GSM port, 2-4 s on LTE) scaled by
:attr:`Timing.scale` (1.0 real time; tests and the benchmark use a small scale). Every delay runs
on the event loop's clock through ``schedule``; nothing blocks.

The model answers with the API's documented shapes and, with ``quirks`` (the default), with the
firmware defects the vendor's manual shows: ``"error code"`` with a space in USSD replies, a stray
``}`` after some answers, ``remain_daily_call_time``-style keys, ``number`` as an integer in
pushes, ``input_type`` as a string, ``"<NULL>"`` for the ICCID/IMSI of a SIM that left and the
port count as ``port_number`` in device pushes.

Numbers with a behaviour (like the virtual modem's): ``+15550100`` answers every SMS with
"echo: <text>"; ``+99999`` is refused by the network (FAILED); ``+15550404`` is accepted but
never delivered (a permanent error in its delivery report).
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from cmgui.drivers.virtual_gateway.ports import DEFAULT_LAYOUT, PortSetup, VirtualPort
from cmgui.sms import SmsCodecError, count

ECHO_NUMBER = "15550100"
REJECTED_NUMBER = "99999"
UNDELIVERABLE_NUMBER = "15550404"
MAX_NUMBERS = 128
MAX_TEXT_BYTES = 1500
MAX_QUERY_NUMBERS = 32
PUSH_TYPES = frozenset({"sms", "sms_result", "sms_deliver_status", "ussd", "register", "cdr",
                        "device", "exception_info"})


class Handle(Protocol):
    def cancel(self) -> None: ...


Schedule = Callable[[float, Callable[[], None]], Handle]


@dataclass(frozen=True)
class Timing:
    """Delays in seconds of real time, multiplied by ``scale``."""

    scale: float = 1.0
    gsm_send: tuple[float, float] = (5.0, 8.0)
    wcdma_send: tuple[float, float] = (3.0, 5.0)
    lte_send: tuple[float, float] = (2.0, 4.0)
    report: tuple[float, float] = (2.0, 6.0)
    echo: float = 2.0
    ussd: tuple[float, float] = (1.0, 3.0)
    register: float = 3.0
    signal_every: float = 10.0


@dataclass
class GatewayConfig:
    ports: int = 8
    layout: Sequence[PortSetup] = DEFAULT_LAYOUT
    sn: str = "da00-0030-1901-2817"
    timing: Timing = field(default_factory=Timing)
    seed: int = 20191016
    quirks: bool = True
    welcome_sms: bool = True
    #: ``stop_sms`` for an unknown task: 404 in one source, 486 in another.
    unknown_task_code: int = 404
    push_types: frozenset[str] = PUSH_TYPES


@dataclass
class OutSms:
    user_id: int | None
    number: str
    text: str
    ports: tuple[int, ...]
    task_id: int
    report: bool
    status: str = "QUEUED"  # QUEUED (not reported yet), SENDING, SENT_OK, DELIVERED, FAILED
    port: int | None = None
    time: str = ""
    count: int = 1
    succ_count: int = 0
    ref_id: int | None = None
    imsi: str = ""

    def result(self, quirks: bool = False) -> dict[str, Any]:
        number: Any = self.number
        if quirks and self.number.lstrip("+").isdigit():
            number = int(self.number.lstrip("+"))  # pushes carry the number as an integer
        out: dict[str, Any] = {"port": self.port, "number": number, "time": self.time,
                               "status": self.status, "count": self.count,
                               "succ_count": self.succ_count, "ref_id": self.ref_id,
                               "imsi": self.imsi}
        if self.user_id is not None:
            out["user_id"] = self.user_id
        return out


@dataclass
class InSms:
    incoming_sms_id: int
    port: int
    number: str
    text: str
    timestamp: str
    smsc: str = "+15550000"
    read: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"incoming_sms_id": self.incoming_sms_id, "port": self.port,
                "number": self.number, "smsc": self.smsc, "timestamp": self.timestamp,
                "text": self.text}


class ApiError(Exception):
    """An answer with an error code (the server answers HTTP 200 with it in the body)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _digits(number: str) -> str:
    return number.strip().lstrip("+")


def _ints(value: Any) -> list[int]:
    """Port lists as they come: ``[1, 2]``, ``"1,2"``, ``1``."""
    if value is None or value == "":
        return []
    items = value if isinstance(value, list) else str(value).split(",")
    out = []
    for item in items:
        try:
            out.append(int(str(item).strip()))
        except ValueError:
            raise ApiError(400) from None
    return out


class VirtualGatewayModel:
    """The gateway's state and API operations (see the module docstring)."""

    def __init__(self, config: GatewayConfig, *, schedule: Schedule, now: Callable[[], float],
                 push: Callable[[dict[str, Any]], None] | None = None,
                 wall_clock: Callable[[], datetime] = datetime.now) -> None:
        self.config = config
        self.schedule = schedule
        self.now = now
        self.push_sink = push
        self.wall_clock = wall_clock
        self.rng = random.Random(config.seed)
        layout = list(config.layout) or list(DEFAULT_LAYOUT)
        self.ports = [VirtualPort.create(i, layout[i % len(layout)], self.rng)
                      for i in range(config.ports)]
        self.tasks: dict[int, list[OutSms]] = {}
        self.sent: list[OutSms] = []  # every message, in order of arrival
        self._by_user: dict[int, list[OutSms]] = {}
        self.queue: list[OutSms] = []
        self.reports: list[dict[str, Any]] = []
        self.incoming: list[InSms] = []
        self.cdrs: list[dict[str, Any]] = []
        self.next_task = 1
        self.next_incoming = 1
        self.requests = 0
        self._handles: set[Handle] = set()
        self._started = False

    # --- life --------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the clocks: searching ports register, signals move, the welcome SMS arrives."""
        if self._started:
            return
        self._started = True
        for port in self.ports:
            if port.powered and port.sim_ready and not port.attached:
                self._attach_later(port)
        self._every(self.config.timing.signal_every, self._move_signals)
        stamp = self.wall_clock()
        for n, (index, minutes) in enumerate(((2, 95), (7, 41), (0, 12))):
            if index < len(self.ports):
                self.cdrs.append(self._cdr(index, stamp - timedelta(minutes=minutes), 30 + 7 * n,
                                           "gsm->ip" if n % 2 else "ip->gsm"))
        if self.config.welcome_sms and self.ports:
            self.inject_sms(0, "VirtualTel", "Welcome to the virtual gateway!")
        self._push({"device": {"port_number": len(self.ports), "IP": "127.0.0.1",
                               "MAC": "F8-A0-3D-48-E5-19", "status": "power_on"}})

    def stop(self) -> None:
        for handle in list(self._handles):
            handle.cancel()
        self._handles.clear()

    def _later(self, delay: float, fn: Callable[[], None]) -> None:
        box: list[Handle] = []

        def run() -> None:
            if box:
                self._handles.discard(box[0])
            fn()

        handle = self.schedule(max(0.0, delay * self.config.timing.scale), run)
        box.append(handle)
        self._handles.add(handle)

    def _every(self, period: float, fn: Callable[[], None]) -> None:
        def tick() -> None:
            fn()
            self._later(period, tick)
        self._later(period, tick)

    def _uniform(self, span: tuple[float, float]) -> float:
        return self.rng.uniform(*span)

    def stamp(self) -> str:
        return self.wall_clock().strftime("%Y-%m-%d %H:%M:%S")

    def _push(self, body: dict[str, Any]) -> None:
        kind = next((k for k in body if k != "sn"), "")
        if kind not in self.config.push_types:
            return
        payload = {"sn": self.config.sn, **body}
        if self.push_sink is not None:
            self.push_sink(payload)

    def _answer(self, code: int, **members: Any) -> dict[str, Any]:
        return {"error_code": code, "sn": self.config.sn, **members}

    # --- ports -------------------------------------------------------------------------------

    def port(self, index: int) -> VirtualPort:
        if not 0 <= index < len(self.ports):
            raise ApiError(400)
        return self.ports[index]

    def _attach_later(self, port: VirtualPort) -> None:
        def attach() -> None:
            if port.powered and port.sim_ready and not port.attached:
                port.attached = True
                self._registered(port, "up")
                self._dispatch()
        self._later(self.config.timing.register, attach)

    def _registered(self, port: VirtualPort, status: str) -> None:
        null = "<NULL>" if self.config.quirks else ""
        self._push({"register": [{
            "port": port.index, "iccid": port.iccid if status == "up" else null,
            "imsi": port.imsi if status == "up" else null, "number": port.number,
            "status": status, "sequence": port.frame_id, "slot": port.slot}]})

    def _move_signals(self) -> None:
        for port in self.ports:
            if port.registered:
                port.signal = max(5, min(31, port.signal + self.rng.choice((-2, -1, 0, 1, 2))))

    def port_info(self, ports: list[int], info_types: list[str]) -> dict[str, Any]:
        chosen = [self.port(p) for p in ports] if ports else self.ports
        wanted = {t.strip() for t in info_types if t.strip()}
        if not wanted:
            raise ApiError(400)
        credits = bool(wanted & {"remain_credit", "remain_monthly_credit", "remain_daily_credit",
                                 "remain_daily_calltime", "remain_hourly_calltime",
                                 "remain_daily_connect"})
        info = []
        for port in chosen:
            full = port.info(credits)
            if "CallForward" in wanted:
                full["CallForwarding"] = dict(port.call_forward)
            keep = {"port"} | wanted | ({"smsc"} if self.config.quirks else set())
            if credits:
                keep |= {k for k in full if k.startswith("remain_")}
            if "CallForward" in wanted:
                keep.add("CallForwarding")
            info.append({k: v for k, v in full.items() if k in keep})
        return self._answer(200, info=info)

    def set_port(self, index: int, action: str, param: str, number: str) -> dict[str, Any]:
        port = self.port(index)
        before = port.reg
        if action == "power":
            if param not in ("on", "off"):
                raise ApiError(400)
            port.power(param == "on")
            if port.powered and port.sim_ready:
                self._attach_later(port)
        elif action == "reset":
            port.power(False)
            port.power(True)
            if port.sim_ready:
                self._attach_later(port)
        elif action == "unlock":
            port.unlock(param)
            if port.sim_ready and not port.attached:
                self._attach_later(port)
        elif action == "lock":
            port.lock(param)
        elif action == "slot":
            port.slot = int(param) if param.isdigit() and int(param) <= 3 else port.slot
        elif action == "imei":
            port.imei = param or port.imei
        elif action == "number":
            port.number = param or number or port.number
        elif action in ("block", "unblock"):
            port.blocked = action == "block"
        elif action == "CallForward":
            if param == "CancelAll":
                port.call_forward.clear()
            elif param:
                port.call_forward[param] = number
        elif action == "CheckCallForward":
            pass
        else:
            raise ApiError(400)
        if before == "REGISTER_OK" and port.reg != "REGISTER_OK":
            self._registered(port, "down")
        return self._answer(200)

    # --- SMS out -------------------------------------------------------------------------------

    def send_sms(self, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            raise ApiError(400)
        params = body.get("param")
        if not isinstance(params, list) or not params:
            raise ApiError(400)
        text: str = body["text"]
        if len(params) > MAX_NUMBERS or len(text.encode("utf-8")) > MAX_TEXT_BYTES:
            raise ApiError(413)
        ports = tuple(_ints(body.get("port")))
        if any(not 0 <= p < len(self.ports) for p in ports):
            raise ApiError(400)
        candidates = [self.ports[p] for p in ports] if ports else self.ports
        if not any(p.registered for p in candidates):
            raise ApiError(550)
        report = body.get("request_status_report", True) is not False
        task_id = self.next_task
        self.next_task += 1
        messages = []
        for item in params:
            if not isinstance(item, dict) or "number" not in item:
                raise ApiError(400)
            number = str(item["number"]).strip()
            if not _digits(number).isdigit() or len(number) > 24:
                raise ApiError(400)
            filled = text
            for value in item.get("text_param") or []:
                filled = filled.replace("#param#", str(value), 1)
            user_id = item.get("user_id")
            messages.append(OutSms(user_id if isinstance(user_id, int) else None, number,
                                   filled, ports, task_id, report))
        self.tasks[task_id] = messages
        self.sent.extend(messages)
        for message in messages:
            if message.user_id is not None:
                self._by_user.setdefault(message.user_id, []).append(message)
        self.queue.extend(messages)
        self._dispatch()
        return self._answer(202, sms_in_queue=len(self.queue), task_id=task_id)

    def _dispatch(self) -> None:
        """Give queued messages to free registered ports (oldest first)."""
        now = self.now()
        free = {p.index for p in self.ports if p.can_send(now)}
        if not free or not self.queue:
            return
        waiting: list[OutSms] = []
        for n, message in enumerate(self.queue):
            if not free:
                waiting.extend(self.queue[n:])
                break
            candidates = free if not message.ports else free & set(message.ports)
            if not candidates:
                waiting.append(message)
                continue
            index = min(candidates, key=lambda i: (self.ports[i].busy_until, i))
            free.discard(index)
            self._start(message, self.ports[index])
        self.queue = waiting

    def _send_time(self, port: VirtualPort) -> float:
        timing = self.config.timing
        span = {"GSM": timing.gsm_send, "WCDMA": timing.wcdma_send}.get(port.type,
                                                                        timing.lte_send)
        return self._uniform(span)

    def _start(self, message: OutSms, port: VirtualPort) -> None:
        duration = self._send_time(port)
        port.sending = True
        port.busy_until = self.now() + duration * self.config.timing.scale
        message.status, message.port, message.imsi = "SENDING", port.index, port.imsi
        message.time = self.stamp()
        try:
            message.count = max(1, count(message.text).segments)
        except SmsCodecError:
            message.count = 1

        def done() -> None:
            port.busy_until = 0.0
            port.sending = False
            self._finish(message, port)
            self._dispatch()
        self._later(duration, done)

    def _finish(self, message: OutSms, port: VirtualPort) -> None:
        if message.status != "SENDING":
            return  # stopped meanwhile
        if not port.registered or _digits(message.number) == REJECTED_NUMBER:
            message.status, message.succ_count = "FAILED", 0
        else:
            message.status, message.succ_count = "SENT_OK", message.count
            message.ref_id = port.take_refs(message.count)
            if message.report:
                self._later(self._uniform(self.config.timing.report),
                            lambda: self._deliver(message))
            if _digits(message.number) == ECHO_NUMBER:
                def echo() -> None:
                    self.inject_sms(port.index, message.number, f"echo: {message.text}")
                self._later(self.config.timing.echo, echo)
        self._push({"sms_result": [message.result(self.config.quirks)]})

    def _deliver(self, message: OutSms) -> None:
        if message.ref_id is None or message.port is None:
            return
        failed = _digits(message.number) == UNDELIVERABLE_NUMBER
        code = 65 if failed else 0
        stamp = self.stamp()
        reports: list[dict[str, Any]] = []
        for i in range(message.count):
            report = {"port": message.port, "number": message.number, "time": stamp,
                      "ref_id": (message.ref_id + i) % 256, "status_code": code,
                      "imsi": message.imsi}
            self.reports.append(report)
            reports.append(report)
        if not failed:
            message.status = "DELIVERED"
        quirky = [dict(r, number=int(_digits(r["number"]))) if self.config.quirks else r
                  for r in reports]
        self._push({"sms_deliver_status": quirky})

    def _matches(self, item: dict[str, Any], body: dict[str, Any]) -> bool:
        numbers = body.get("number")
        if numbers and _digits(str(item["number"])) not in {_digits(str(n)) for n in numbers}:
            return False
        ports = _ints(body.get("port"))
        if ports and item.get("port") not in ports:
            return False
        after, before = body.get("time_after"), body.get("time_before")
        stamp = str(item.get("time", ""))
        return not ((after and stamp < str(after)) or (before and stamp > str(before)))

    def query_sms_result(self, body: Any) -> dict[str, Any]:
        body = body if isinstance(body, dict) else {}
        if len(body.get("number") or []) > MAX_QUERY_NUMBERS:
            raise ApiError(413)
        user_ids = body.get("user_id") or []
        chosen = self.sent if not user_ids else [
            m for u in dict.fromkeys(user_ids) if isinstance(u, int)
            for m in self._by_user.get(u, ())]
        out = []
        for message in chosen:
            if message.status == "QUEUED":
                continue
            item = message.result()
            if self._matches(item, body):
                out.append(item)
        return self._answer(200, result=out)

    def query_deliver_status(self, body: Any) -> dict[str, Any]:
        body = body if isinstance(body, dict) else {}
        if len(body.get("number") or []) > MAX_QUERY_NUMBERS:
            raise ApiError(413)
        return self._answer(200, result=[r for r in self.reports if self._matches(r, body)])

    def in_queue(self) -> dict[str, Any]:
        return self._answer(200, in_queue=len(self.queue))

    def stop_task(self, task_id: int) -> dict[str, Any]:
        messages = self.tasks.get(task_id)
        if messages is None:
            raise ApiError(self.config.unknown_task_code)
        for message in messages:
            if message.status == "QUEUED":
                self.queue.remove(message)
                message.status, message.time = "FAILED", self.stamp()
        return self._answer(200)

    # --- SMS in --------------------------------------------------------------------------------

    def inject_sms(self, port: int, number: str, text: str) -> InSms:
        """A message arrives on ``port`` (tests, the demo, the echo number)."""
        message = InSms(self.next_incoming, port, number, text, self.stamp())
        self.next_incoming += 1
        self.incoming.append(message)
        self._push({"sms": [message.to_json()]})
        return message

    def query_incoming(self, after_id: int, flag: str, ports: list[int]) -> dict[str, Any]:
        if flag not in ("unread", "read", "all"):
            raise ApiError(400)
        chosen = [m for m in self.incoming if m.incoming_sms_id > after_id
                  and (not ports or m.port in ports)
                  and (flag == "all" or m.read == (flag == "read"))]
        if flag == "unread":
            for message in chosen:
                message.read = True
        read = sum(1 for m in self.incoming if m.read)
        return self._answer(200, sms=[m.to_json() for m in chosen], read=read,
                            unread=len(self.incoming) - read)

    # --- USSD ----------------------------------------------------------------------------------

    def send_ussd(self, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise ApiError(400)
        ports = _ints(body.get("port"))
        command = body.get("command", "send")
        text = str(body.get("text") or "")
        if not ports or command not in ("send", "cancel") or (command == "send" and not text):
            raise ApiError(400)
        now = self.now()
        results = []
        for index in ports:
            port = self.port(index)
            if not port.registered:
                results.append({"port": index, "status": 503})
            elif command == "cancel":
                port.ussd.cancel()
                port.ussd_reply = ""
                results.append({"port": index, "status": 200})
            elif port.sending or now < port.busy_until:
                results.append({"port": index, "status": 486})
            else:
                port.ussd_reply = ""
                results.append({"port": index, "status": 200})
                self._later(self._uniform(self.config.timing.ussd),
                            functools.partial(self._ussd_answer, port, text))
        return self._answer(202, result=results)

    def _ussd_answer(self, port: VirtualPort, text: str) -> None:
        reply = port.ussd.request(text)
        if reply is None:
            return  # this code never answers
        port.ussd_reply = reply.text or "USSD code not supported."
        self._push({"ussd": [{"port": port.index, "text": port.ussd_reply}]})

    def ussd_reply(self, ports: list[int]) -> dict[str, Any]:
        chosen = [self.port(p) for p in ports] if ports else self.ports
        reply = [{"port": p.index, "text": p.ussd_reply or ""} for p in chosen]
        answer = self._answer(200, reply=reply)
        if self.config.quirks:  # the manual's example: "error code" with a space
            answer = {"error code": answer.pop("error_code"), **answer}
        return answer

    # --- CDR, STK, status ----------------------------------------------------------------------

    def _cdr(self, port: int, start: datetime, duration: int, direction: str) -> dict[str, Any]:
        answer = start + timedelta(seconds=6)
        return {"port": port, "start_date": start.strftime("%Y-%m-%d %H:%M:%S"),
                "answer_date": answer.strftime("%Y-%m-%d %H:%M:%S"), "duration": duration,
                "source_number": "1010" if direction == "ip->gsm" else "+15550177",
                "destination_number": "+15550133" if direction == "ip->gsm" else "6717",
                "direction": direction, "ip": "172.16.100.136", "codec": "G.711U",
                "hangup": "called", "gsm_code": 16, "bcch": ""}

    def inject_call(self, port: int, duration: int = 42) -> dict[str, Any]:
        record = self._cdr(port, self.wall_clock() - timedelta(seconds=duration + 6), duration,
                           "ip->gsm")
        self.cdrs.append(record)
        self._push({"cdr": [record]})
        return record

    def inject_exception(self, port: int, kind: str = "call_fail",
                         action: str = "reset") -> None:
        self._push({"exception_info": {"port": port, "type": kind, "action": action}})

    def get_cdr(self, body: Any) -> dict[str, Any]:
        body = body if isinstance(body, dict) else {}
        ports = _ints(body.get("port"))
        after, before = body.get("time_after"), body.get("time_before")
        out = [c for c in self.cdrs if (not ports or c["port"] in ports)
               and not (after and c["start_date"] < after)
               and not (before and c["start_date"] > before)]
        return self._answer(200, cdr=out)

    def stk_view(self, index: int) -> dict[str, Any]:
        return self.port(index).stk_view()

    def stk_go(self, body: Any) -> dict[str, Any]:
        if not isinstance(body, dict) or "port" not in body:
            raise ApiError(400)
        port = self.port(_ints(body["port"])[0] if _ints(body["port"]) else -1)
        item = body.get("item")
        action = body.get("action")
        ok = port.stk_go(int(item) if isinstance(item, int | str) and str(item).isdigit()
                         else None,
                         str(body["param"]) if "param" in body else None,
                         str(action) if action is not None else None)
        if not ok:
            raise ApiError(400)
        return self._answer(200)

    def stk_frame(self, index: int) -> dict[str, Any]:
        return {"frame_id": self.port(index).frame_id}

    def status(self) -> dict[str, Any]:
        busy = sum(1 for p in self.ports if p.sending)
        cpu = min(95, 12 + 4 * busy + self.rng.randrange(8))
        used = 50520 + 64 * len(self.queue)
        return {"performance": {
            "cpu_used": str(cpu), "flash_total": "27648", "flash_used": "17428",
            "memory_total": "109448", "memory_cached": "34192", "memory_buffers": "0",
            "memory_free": str(109448 - used), "memory_used": str(used)}}
