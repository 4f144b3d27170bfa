"""A CMP simulator on aiohttp, built from the CMP seed and protocol-notes.

Every endpoint of the seed's overview table under ``/cmp-api/`` (plus the ``bind`` spellings of
newer docs), each request's signature checked (RSA by default, HMAC-SHA1 too), answers in the
envelope ``{code, data, message, success}`` with the seed's three pagination shapes, units (MB,
KB, bytes) and UTC+8 times. With ``push_url`` it pushes order changes, SMS delivery reports and
SMS MO as the seed's hooks do, and checks the answers they must give. ``POST /_sim/mo`` with
``{"iccid", "text"}`` makes a SIM send an SMS (for demos; not part of CMP).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import logging
import time
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import aiohttp
from aiohttp import web

from .cmp_auth import Refused, Verifier
from .model import MIB, SimRecord, make_fleet

log = logging.getLogger(__name__)

CST = timezone(timedelta(hours=8))
API = "/cmp-api/"
OK = "0000"
CDR_DAYS = 180
SUPPLIER = "SP000040"
PARTNER = "CN00000581"

#: The simulated catalogue: (code, name, type, flow MB, countries, MCCs).
CATALOGUE = (
    ("DP20190726001274", "C_M_0_P_China 20 MB month", "2", 20, "China", "460;461"),
    ("LP14240611004444", "C_M_D_AU_10GB month", "2", 10240, "Australia", "505"),
    ("DP20181122000201", "India TATA test", "2", 1000, "India", "404;405;406"),
    ("DP20190924001683", "China 100MB day", "1", 100, "China", "460;461"),
    ("LP14231124004197", "Japan 30GB month", "2", 30720, "Japan", "440;441"),
)
LIFECYCLE_OF = {"ACTIVE": "2", "SUSPENDED": "2", "INVENTORY": "0", "PENDING_ACTIVE": "1",
                "TERMINATED": "4", "CREATED": "5", "BLOCKED": "3"}
ORDER_OF = {"ACTIVE": "2", "SUSPENDED": "5", "INVENTORY": "1", "PENDING_ACTIVE": "1",
            "TERMINATED": "3", "CREATED": "1", "BLOCKED": "2"}


def cst(moment: datetime) -> str:
    return moment.astimezone(CST).strftime("%Y-%m-%d %H:%M:%S")


@dataclass
class Order:
    code: str
    device: str
    package: tuple[str, str, str, int, str, str]
    status: str
    ordered: datetime
    period: int = 1
    active: date | None = None
    expires: date | None = None
    used_kb: int = 0

    def to_json(self, sim: SimRecord, *, with_profiles: bool = False) -> dict[str, Any]:
        code, name, kind, flow, _, _ = self.package
        used = f"{self.used_kb}"
        rate = f"{100 * self.used_kb / 1024 / flow:.2f}%" if flow else "0.00%"
        out: dict[str, Any] = {
            "imsi": sim.imsi, "msisdn": sim.msisdn, "buyType": "2",
            "expireDate": self.expires.strftime("%Y%m%d") if self.expires else "",
            "flow": str(flow), "orderCode": self.code, "orderStatus": self.status,
            "orderDate": cst(self.ordered), "orderPeriod": str(self.period),
            "packageCode": code, "packageName": name, "packageType": kind,
            "usedFlow": used, "flowUseRate": rate, "orderUsedFlow": used,
            "supplierCode": SUPPLIER, "refuelingPackageList": [], "hasTestFlow": "0",
            "profileList": None, "isFlowPlus": None, "deviceId": self.device,
            "device_id": self.device,
            "activeDate": self.active.strftime("%Y%m%d") if self.active else "",
            "main_iccid": self.device,
        }
        if with_profiles:
            out["profileList"] = [{"iccid": sim.iccid, "imsi": sim.imsi,
                                   "msisdn": sim.msisdn or "FFFFFFFFFF"}]
        return out


@dataclass
class SmsRecord:
    device: str
    direction: str  # "MT" | "MO"
    msg_id: str
    text: str
    peer: str
    sent: datetime
    report: str = ""  # "1" delivered, "2" failed, "" none yet
    reported: datetime | None = None


@dataclass
class CmpStats:
    requests: int = 0
    refused: int = 0
    pushes: list[tuple[str, int, str]] = field(default_factory=list)


class CmpSimulator:
    """One partner's CMP. ``app()`` is the aiohttp application."""

    def __init__(self, *, sims: int = 200, verifier: Verifier | None = None,
                 push_url: str = "", push_delay: float = 0.05, seed: int = 2,
                 wall_clock: Callable[[], float] = time.time) -> None:
        self.verifier = verifier or Verifier(wall_clock=wall_clock)
        self.wall_clock = wall_clock
        self.push_url = push_url
        self.push_delay = push_delay
        now = self.now()
        self.fleet = make_fleet(sims, seed=seed, backends=[PARTNER], now=now)
        self.devices = {s.iccid: s for s in self.fleet}
        self.by_imsi = {s.imsi: s for s in self.fleet}
        self._order_ids = itertools.count(47453927590854656)
        self.orders: list[Order] = []
        for i, sim in enumerate(self.fleet):
            limit = CATALOGUE[i % 2][3] * MIB
            sim.used_bytes = sim.used_bytes * limit // max(1, sim.limit_bytes)
            sim.limit_bytes = limit
            sim.plan = CATALOGUE[i % 2][1]
            status = ORDER_OF[sim.status]
            started = now - timedelta(days=20 + i % 40)
            order = Order(self._order_id(), sim.iccid, CATALOGUE[i % 2], status, started, 12,
                          started.date() if status in ("2", "5", "3") else None,
                          (started + timedelta(days=360)).date() if status != "1" else None,
                          sim.used_bytes // 1024)
            self.orders.append(order)
        self.sms: list[SmsRecord] = []
        self.bindings: dict[str, list[dict[str, Any]]] = {}
        self.stats = CmpStats()
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.wall_clock(), UTC)

    def _order_id(self) -> str:
        return f"ORDER_{next(self._order_ids)}"

    # --- wiring ----------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application()
        routes: dict[str, Callable[[dict[str, Any]], Any]] = {
            "package/syncPackages": self.sync_packages,
            "package/batchOrderPackages": self.batch_order,
            "package/queryOrder": self.query_order,
            "package/openPackage": self.open_package,
            "package/cancelPackage": self.cancel_package,
            "package/aheadFinishDeviceOrder": self.ahead_finish,
            "sms/sendSms": self.send_sms,
            "sms/queryMTSmsStatus": self.query_mt,
            "sms/querySmsCDR": self.query_sms_cdr,
            "sms/queryLatestCDR": self.latest_cdr,
            "device/restartService": self.restart,
            "device/queryDevice": self.query_device,
            "device/pauseService": self.pause,
            "device/queryBatchDevice": self.query_batch,
            "device/bound": self.bind, "device/bind": self.bind,
            "device/getBoundTrackList": self.bind_history,
            "device/getBindTrackList": self.bind_history,
        }
        for path, handler in routes.items():
            app.router.add_post(API + path, self._endpoint(handler, body=True))
        app.router.add_get(API + "sims/{sim_id}/cdr", self._endpoint(self.sim_cdr, body=False))
        app.router.add_get(API + "sims/{sim_id}/cdr/apn",
                           self._endpoint(self.sim_cdr, body=False))
        app.router.add_post("/_sim/mo", self._simulate_mo)
        app.on_cleanup.append(self._cleanup)
        return app

    def _endpoint(self, handler: Callable[[dict[str, Any]], Any],
                  *, body: bool) -> Callable[[web.Request], Awaitable[web.Response]]:
        async def serve(request: web.Request) -> web.Response:
            self.stats.requests += 1
            payload: dict[str, Any] = {}
            if body:
                raw = await request.read()
                try:
                    parsed = json.loads(raw or b"{}")
                except ValueError:
                    return envelope_error("9001", "the body is not JSON")
                if not isinstance(parsed, dict):
                    return envelope_error("9001", "the body is not a JSON object")
                payload = parsed
            try:
                self.verifier.check(request.headers, request.path, dict(request.query),
                                    payload)
            except Refused as refused:
                self.stats.refused += 1
                return web.json_response({"code": str(refused.status), "data": None,
                                          "message": str(refused), "success": False},
                                         status=refused.status)
            params = dict(request.query) | payload | dict(request.match_info)
            try:
                data = handler(params)
            except CmpFailure as failure:
                return envelope_error(failure.code, str(failure))
            return web.json_response({"code": OK, "data": data, "message": "成功",
                                      "success": True})
        return serve

    # --- devices ---------------------------------------------------------------------------

    def _device(self, params: dict[str, Any], key: str = "device_id") -> SimRecord:
        device = self.devices.get(str(params.get(key) or ""))
        if device is None:
            raise CmpFailure("1004", f"device {params.get(key)} does not exist")
        return device

    def _current_order(self, device: str, *, any_status: bool = False) -> Order | None:
        """The device's running (started or paused) order; with ``any_status`` its latest."""
        mine = [o for o in self.orders if o.device == device
                and (any_status or o.status in ("2", "5"))]
        return mine[-1] if mine else None

    def _device_json(self, sim: SimRecord, *, batch: bool) -> dict[str, Any]:
        order = self._current_order(sim.iccid, any_status=batch)
        out: dict[str, Any] = {
            "device_id": sim.iccid, "ota_flag": "2", "bip_flag": "2", "multiImsi_flag": "0",
            "lifecycle": LIFECYCLE_OF[sim.status],
            "lifecycle_start_time": (self.now() - timedelta(days=30)).strftime("%Y%m%d"),
            "lifecycle_end_time": (self.now() + timedelta(days=330)).strftime("%Y%m%d"),
            "lifecycle_slient_period": "6", "lifecycle_shutdown_period": "2",
        }
        if batch:
            out |= {"partnerName": None, "partnerCode": PARTNER, "msisdn": None,
                    "task_no": None, "main_iccid": None}
        out["package_order"] = order.to_json(sim, with_profiles=not batch) if order else None
        return out

    def query_device(self, params: dict[str, Any]) -> Any:
        return self._device_json(self._device(params), batch=False)

    def query_batch(self, params: dict[str, Any]) -> Any:
        number, size = _page(params)
        rows = self.fleet[(number - 1) * size:number * size]
        return {"device": [self._device_json(s, batch=True) for s in rows],
                "page": _page_json(number, size, len(self.fleet)), "device_num": len(rows)}

    def _order_for(self, params: dict[str, Any], status: str) -> Order:
        code = str(params.get("order_id") or "")
        order = next((o for o in self.orders if o.code == code), None)
        if order is None:
            raise CmpFailure("1005", f"order {code} does not exist")
        device = str(params.get("device_id") or "")
        if device and device != order.device:
            raise CmpFailure("1005", f"order {code} does not belong to device {device}")
        if order.status != status:
            raise CmpFailure("1006", f"order {code} is in status {order.status}")
        return order

    def pause(self, params: dict[str, Any]) -> Any:
        order = self._order_for(params, "2")
        order.status = "5"
        self.devices[order.device].status = "SUSPENDED"
        self._push_order(order, "1003")
        return None

    def restart(self, params: dict[str, Any]) -> Any:
        order = self._order_for(params, "5")
        order.status = "2"
        self.devices[order.device].status = "ACTIVE"
        self._push_order(order, "1004")
        return None

    def bind(self, params: dict[str, Any]) -> Any:
        sim = self._device(params)
        imei = str(params.get("imei") or "")
        if not imei.isdigit() or len(imei) not in (15, 16):
            raise CmpFailure("1007", "the IMEI must have 15 or 16 digits")
        bind = str(params.get("oper_type")) == "1"
        sim.imei = imei if bind else ""
        self.bindings.setdefault(sim.iccid, []).append({
            "iccid": sim.iccid, "track": "机卡绑定" if bind else "机卡解绑", "imei": imei,
            "operUser": None, "createTime": cst(self.now())})
        return "操作成功"

    def bind_history(self, params: dict[str, Any]) -> Any:
        return self.bindings.get(self._device(params).iccid, [])

    # --- packages ---------------------------------------------------------------------------

    def sync_packages(self, params: dict[str, Any]) -> Any:
        number, size = _page(params)
        rows = CATALOGUE[(number - 1) * size:number * size]
        packages = [{"flow": str(flow), "status": "1", "serviceCycleCount": "1",
                     "buy_type": "2", "cover_country_mcc": mcc, "cover_countrys": countries,
                     "max_order_period": "-1", "min_order_period": "1", "package_code": code,
                     "package_desc": "", "package_name": name, "package_type": kind,
                     "package_usage_attribute": "1", "price_type": "", "whole_price": "",
                     "package_imsi_type": "2"}
                    for code, name, kind, flow, countries, mcc in rows]
        return {"page": _page_json(number, size, len(CATALOGUE)), "sign": _sign(packages),
                "package_num": len(CATALOGUE), "package": packages}

    def batch_order(self, params: dict[str, Any]) -> Any:
        code = str(params.get("package_code") or "")
        package = next((p for p in CATALOGUE if p[0] == code), None)
        if package is None:
            raise CmpFailure("2001", f"package {code} does not exist")
        open_now = str(params.get("is_open")) == "1"
        period = int(str(params.get("order_period") or "1") or 1)
        rows = []
        for device in params.get("deviceList") or []:
            device = str(device.get("device_id") if isinstance(device, dict) else device)
            if device not in self.devices:
                rows.append({"error": "1004", "errorMsg": "device does not exist",
                             "order_id": None, "device_id": device, "order_start_date": None,
                             "order_expire_date": None})
                continue
            order = Order(self._order_id(), device, package, "2" if open_now else "1",
                          self.now(), period)
            if open_now:
                self._open(order)
            self.orders.append(order)
            rows.append({"error": OK, "errorMsg": "success", "order_id": order.code,
                         "device_id": device,
                         "order_start_date": order.active.strftime("%Y%m%d") if order.active
                         else None,
                         "order_expire_date": order.expires.strftime("%Y%m%d") if order.expires
                         else None})
        return {"device_order": rows}

    def _open(self, order: Order) -> None:
        order.status = "2"
        order.active = self.now().astimezone(CST).date()
        order.expires = order.active + timedelta(days=30 * order.period)
        self._push_order(order, "1005")

    def query_order(self, params: dict[str, Any]) -> Any:
        device = str(params.get("device_id") or "")
        code = str(params.get("order_id") or "")
        status = str(params.get("order_status") or "")
        rows = [o for o in self.orders if (not device or device in o.device)
                and (not code or o.code == code) and (not status or o.status == status)]
        number, size = _page(params)
        page = rows[(number - 1) * size:number * size]
        orders = [o.to_json(self.devices[o.device]) for o in page]
        for row in orders:
            row.pop("imsi", None)
            row.pop("msisdn", None)
        return {"page": _page_json(number, size, len(rows)), "sign": _sign(orders),
                "package_order": orders, "package_order_num": len(orders)}

    def open_package(self, params: dict[str, Any]) -> Any:
        order = self._order_for(params, "1")
        self._open(order)
        start = datetime.combine(order.active or date.today(), datetime.min.time())
        return {"sign": _sign(order.code), "order_id": order.code,
                "order_start_date": start.strftime("%Y-%m-%d %H:%M:%S"),
                "order_expire_date": f"{order.expires} 23:59:59"}

    def cancel_package(self, params: dict[str, Any]) -> Any:
        order = self._order_for(params, "1")
        order.status = "3"
        self._push_order(order, "1002")
        return None

    def ahead_finish(self, params: dict[str, Any]) -> Any:
        if not str(params.get("ahead_finish_cause") or "").strip():
            raise CmpFailure("9002", "ahead_finish_cause is required")
        order = self._order_for(params, "2")
        order.status = "3"
        self._push_order(order, "1001")
        return None

    # --- CDRs -------------------------------------------------------------------------------

    def _range(self, params: dict[str, Any], start_key: str, end_key: str,
               required: bool) -> tuple[date, date]:
        today = self.now().astimezone(CST).date()
        try:
            start = date.fromisoformat(str(params.get(start_key) or ""))
            end = date.fromisoformat(str(params.get(end_key) or ""))
        except ValueError:
            if required:
                raise CmpFailure("9002", f"{start_key} and {end_key} are required "
                                         "(yyyy-MM-dd)") from None
            return today - timedelta(days=CDR_DAYS), today
        if start < today - timedelta(days=CDR_DAYS):
            raise CmpFailure("1008", f"history is kept for {CDR_DAYS} days")
        return start, end

    def sim_cdr(self, params: dict[str, Any]) -> Any:
        sim = self._device(params, "sim_id")
        start, end = self._range(params, "received_start_time", "received_end_by", True)
        apn_filter = str(params.get("apn") or "")
        rows = []
        day = end
        while day >= start:
            seed = zlib.crc32(f"{sim.iccid}{day}".encode())
            for n in range(seed % 3):
                began = datetime(day.year, day.month, day.day, (seed >> (4 + n)) % 24,
                                 (seed >> 9) % 60, (seed >> 15) % 60, tzinfo=CST)
                row: dict[str, Any] = {
                    "data": (seed >> (n + 3)) % 2_000_000, "imsi": sim.imsi, "mcc": "262",
                    "mnc": "01", "msisdn": sim.msisdn, "network": "4G",
                    "plan_id": CATALOGUE[0][0], "session_ended_at": None,
                    "session_started_at": began.strftime("%Y-%m-%d %H:%M:%S"),
                    "sim_id": sim.iccid}
                if apn_filter or params.get("apn") is not None:
                    row |= {"apn": "&&&internet&0&&3&3", "duration": None}
                rows.append(row)
            day -= timedelta(days=1)
        number, size = _page(params)
        return {"data": rows[(number - 1) * size:number * size],
                "status": {"code": "CB-00-0000", "detail": None, "message": "Success"},
                "total_count": len(rows)}

    # --- SMS --------------------------------------------------------------------------------

    def send_sms(self, params: dict[str, Any]) -> Any:
        flags = params.get("flag_list")
        content = str(params.get("sms_content") or "")
        if not isinstance(flags, list) or not flags or not content:
            raise CmpFailure("9002", "flag_list and sms_content are required")
        accepted = []
        for flag in flags:
            if not isinstance(flag, dict):
                raise CmpFailure("9002", "each flag_list entry needs device_id and msg_id")
            msg_id = str(flag.get("msg_id") or "")
            if not msg_id.startswith("LK") or len(msg_id) > 32:
                raise CmpFailure("3001", "msg_id must start with LK and have at most 32 "
                                         "characters")
            for device in str(flag.get("device_id") or "").split(","):
                sim = self._device({"device_id": device.strip()})
                accepted.append(SmsRecord(sim.iccid, "MT", msg_id, content, sim.msisdn,
                                          self.now()))
        for record in accepted:
            self.sms.append(record)
            self._later(self._deliver(record))
        return None

    async def _deliver(self, record: SmsRecord) -> None:
        await asyncio.sleep(self.push_delay)
        failed = record.peer.endswith("7")
        record.report = "2" if failed else "1"
        record.reported = self.now()
        await self._push("sms_mt", {
            "supplier_code": SUPPLIER, "msg_id": record.msg_id, "phone": record.peer,
            "iccid": record.device, "status_report": record.report,
            "status_report_msg": "FAILED" if failed else "DELIVRD",
            "timestamp": cst(record.reported)})

    def query_mt(self, params: dict[str, Any]) -> Any:
        device, msg_id = str(params.get("device_id") or ""), str(params.get("msg_id") or "")
        rows = [r for r in self.sms if r.direction == "MT" and (not device or r.device == device)
                and (not msg_id or r.msg_id == msg_id)]
        number, size = _page(params)
        return {"data": [{"assetId": r.device, "msisdn": r.peer, "sendStartTime": cst(r.sent),
                          "sendStatus": "1", "statusReport": r.report,
                          "sendEndTime": cst(r.reported) if r.reported else ""}
                         for r in rows[(number - 1) * size:number * size]],
                "status": {"code": "CB-00-0000", "detail": None, "message": "Success"},
                "total_count": len(rows)}

    def query_sms_cdr(self, params: dict[str, Any]) -> Any:
        sim = self._device(params)
        start, end = self._range(params, "begin_time", "end_time", False)
        rows = [r for r in self.sms if r.device == sim.iccid
                and start <= r.sent.astimezone(CST).date() <= end]
        number, size = _page(params)
        page = rows[(number - 1) * size:number * size]
        return {"totalData": len(rows), "count": len(page),
                "totalPage": max(1, -(-len(rows) // size)),
                "data": [{"deviceId": r.device,
                          "fromIccid": r.device if r.direction == "MO" else None,
                          "toIccid": r.device if r.direction == "MT" else None,
                          "sendMsisdn": r.peer if r.direction == "MO" else None,
                          "recMsisdn": r.peer if r.direction == "MT" else None,
                          "smsType": r.direction, "timestamp": cst(r.sent),
                          "sendStatus": r.report if r.direction == "MT" else ""}
                         for r in page]}

    def latest_cdr(self, params: dict[str, Any]) -> Any:
        sim = self.by_imsi.get(str(params.get("imsi") or ""))
        if sim is None:
            return {"returnCode": "4", "imsi": params.get("imsi")}
        mt = [r for r in self.sms if r.device == sim.iccid and r.direction == "MT"]
        mo = [r for r in self.sms if r.device == sim.iccid and r.direction == "MO"]
        active = sim.status == "ACTIVE"
        return {"returnCode": "0", "imsi": sim.imsi, "msisdn": sim.msisdn,
                "customerNo": None, "lastActivity": cst(sim.last_seen),
                "smsMt": {"smsErrorCount": str(sum(r.report == "2" for r in mt)),
                          "count": str(len(mt))},
                "smsMo": {"smsErrorCount": "0", "count": str(len(mo))},
                "gprs": {"tx": f"{sim.used_bytes * 0.3:.1f}", "rx": f"{sim.used_bytes * 0.7:.1f}",
                         "pdpActive": "true" if active else "false"}}

    async def simulate_mo(self, iccid: str, text: str, destination: str = "12345") -> None:
        sim = self.devices[iccid]
        record = SmsRecord(iccid, "MO", "", text, sim.msisdn, self.now())
        self.sms.append(record)
        await self._push("sms_mo", {
            "supplier_code": SUPPLIER, "phone": sim.msisdn, "iccid": iccid,
            "dest_address": destination, "sms_content": text, "timestamp": cst(record.sent)})

    async def _simulate_mo(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
            iccid, text = str(body["iccid"]), str(body["text"])
        except (ValueError, KeyError, TypeError):
            return web.json_response({"error": "send {\"iccid\", \"text\"}"}, status=400)
        if iccid not in self.devices:
            return web.json_response({"error": f"no SIM {iccid}"}, status=404)
        await self.simulate_mo(iccid, text)
        return web.json_response({"ok": True})

    # --- pushes -----------------------------------------------------------------------------

    def _push_order(self, order: Order, operation: str) -> None:
        sim = self.devices[order.device]
        body = {"assetid": order.device, "imsi": sim.imsi, "operation": operation,
                "orderid": order.code, "time": cst(self.now())}
        self._later(self._push("order", body))

    def _later(self, coro: Awaitable[None]) -> None:
        if not self.push_url:
            if asyncio.iscoroutine(coro):
                coro.close()
            return
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _push(self, kind: str, body: dict[str, Any]) -> None:
        if not self.push_url:
            return
        if self._session is None:
            self._session = aiohttp.ClientSession()
        try:
            async with self._session.post(self.push_url, json=body) as reply:
                answer = (await reply.text()).strip()
                expected = "1" if kind == "order" else '{"code":"0","message":"success"}'
                ok = reply.status == 200 and (answer == expected or (
                    kind != "order" and _json_code(answer) == "0"))
                self.stats.pushes.append((kind, reply.status, answer))
                if not ok:
                    log.warning("push %s answered %s %r (expected %s)", kind, reply.status,
                                answer, expected)
        except aiohttp.ClientError as exc:
            self.stats.pushes.append((kind, 0, str(exc)))
            log.warning("push %s to %s failed: %s", kind, self.push_url, exc)

    async def drain(self) -> None:
        """Wait until every scheduled push has been sent (tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _cleanup(self, app: web.Application) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()


class CmpFailure(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def envelope_error(code: str, message: str) -> web.Response:
    return web.json_response({"code": code, "data": None, "message": message,
                              "success": False})


def _page(params: dict[str, Any]) -> tuple[int, int]:
    try:
        number = max(1, int(str(params.get("page_no") or 1)))
        size = max(1, min(1000, int(str(params.get("page_size") or 20))))
    except ValueError:
        raise CmpFailure("9002", "page_no and page_size must be numbers") from None
    return number, size


def _page_json(number: int, size: int, total: int) -> dict[str, int]:
    return {"cur_page_no": number, "page_size": size, "total_count": total,
            "total_pages": max(1, -(-total // size))}


def _sign(value: Any) -> str:
    digest = hmac.new(b"cmp-simulator", json.dumps(value, sort_keys=True, default=str).encode(),
                      hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def _json_code(text: str) -> str:
    try:
        body = json.loads(text)
    except ValueError:
        return ""
    return str(body.get("code")) if isinstance(body, dict) else ""
