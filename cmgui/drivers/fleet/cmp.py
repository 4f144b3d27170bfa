"""CMP (Linksfield), sans-IO: a builder for every endpoint of the seed's overview table, the
envelope and its three pagination shapes, units (MB, KB, bytes) and UTC+8 times made exact.

Every request is signed by :mod:`cmgui.drivers.fleet.signing` before it is sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from cmgui.drivers.fleet.http import Request, Response, as_dict, as_list, text
from cmgui.drivers.fleet.units import (
    CMP_TZ,
    cmp_date,
    cmp_datetime,
    float_bytes,
    to_bytes,
)
from cmgui.service.fleet import (
    AuthError,
    Cdr,
    FleetError,
    Package,
    PackageOffer,
    PlatformError,
    Sim,
    normalise,
)

API_PATH = "/cmp-api/"
OK_CODE = "0000"
PAGE_SIZE = 100
#: CDR history reaches back this many days from today (the seed's business rule).
CDR_HISTORY_DAYS = 180
MSG_ID_MAX = 32

LIFECYCLE = {"0": "inventory", "1": "silent", "2": "usage", "3": "suspended service",
             "4": "disposal and recycling", "5": "internal inventory"}
ORDER_STATUS = {"1": "not enabled", "2": "started", "3": "ended or cancelled", "5": "suspended"}
PACKAGE_TYPE = {"1": "day", "2": "month", "3": "quarter", "4": "half year", "5": "year"}


@dataclass(frozen=True)
class CmpAddress:
    origin: str

    def url(self, path: str) -> str:
        return self.origin + API_PATH + path.lstrip("/")


def parse_address(url: str) -> CmpAddress:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("cmp+https", "cmp+http"):
        raise FleetError(f"{url} is not a CMP address (cmp+https://HOST[:PORT])")
    try:
        port = parts.port
    except ValueError:
        raise FleetError(f"{url} has a bad port") from None
    if not parts.hostname or parts.path.strip("/") not in ("", "cmp-api"):
        raise FleetError(f"{url} must name only the host: cmp+https://HOST[:PORT]")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return CmpAddress(f"{scheme.split('+')[1]}://{host}" + (f":{port}" if port else ""))


# --- requests: CDRs ---------------------------------------------------------------------------


def sim_cdr(address: CmpAddress, sim_id: str, start: date, end: date, page_no: int = 1,
            page_size: int = PAGE_SIZE, apn: str = "") -> Request:
    """``GET sims/{sim_id}/cdr`` (or ``/cdr/apn`` with ``apn``)."""
    path = f"sims/{quote(sim_id, safe='')}/cdr" + ("/apn" if apn else "")
    query = [("received_start_time", start.isoformat()), ("received_end_by", end.isoformat()),
             ("page_no", str(page_no)), ("page_size", str(page_size))]
    if apn:
        query.insert(0, ("apn", apn))
    return Request("GET", address.url(path), query=tuple(query))


def cdr_range(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The date range to ask for (default: the last 30 days); FleetError when it reaches
    further back than the 180 days the platform keeps, or ends before it starts."""
    end = end or today
    start = start or max(end.fromordinal(end.toordinal() - 30),
                         today.fromordinal(today.toordinal() - CDR_HISTORY_DAYS))
    earliest = today.fromordinal(today.toordinal() - CDR_HISTORY_DAYS)
    if start < earliest:
        raise FleetError(f"CDRs go back at most {CDR_HISTORY_DAYS} days: the earliest start is "
                         f"{earliest.isoformat()}")
    if end < start:
        raise FleetError(f"the range ends ({end.isoformat()}) before it starts "
                         f"({start.isoformat()})")
    return start, end


# --- requests: packages -----------------------------------------------------------------------


def sync_packages(address: CmpAddress, page_no: int = 1, page_size: int = PAGE_SIZE,
                  version: str = "") -> Request:
    body: dict[str, Any] = {"page_no": page_no, "page_size": page_size}
    if version:
        body["version"] = version
    return Request.json_body("POST", address.url("package/syncPackages"), body)


def batch_order_packages(address: CmpAddress, devices: list[str], offer: PackageOffer, *,
                         periods: int = 1, open_now: bool = False) -> Request:
    body = {
        "deviceList": devices, "global_order": "0", "is_open": "1" if open_now else "0",
        "order_period": str(periods), "package_code": offer.code,
        "package_name": offer.name, "package_type": offer.package_type, "pay_amount": "0",
        "pay_rst": "2", "pay_type": "1", "test_flow": "0", "test_flow_flag": "0",
    }
    return Request.json_body("POST", address.url("package/batchOrderPackages"), body)


def query_order(address: CmpAddress, *, device_id: str | None = None,
                order_id: str | None = None, order_status: str | None = None,
                page_no: int = 1, page_size: int = PAGE_SIZE) -> Request:
    body = {"device_id": device_id, "order_id": order_id, "order_status": order_status,
            "page_no": page_no, "page_size": page_size}
    return Request.json_body("POST", address.url("package/queryOrder"), body)


def open_package(address: CmpAddress, order_id: str) -> Request:
    return Request.json_body("POST", address.url("package/openPackage"), {"order_id": order_id})


def cancel_package(address: CmpAddress, order_id: str) -> Request:
    return Request.json_body("POST", address.url("package/cancelPackage"),
                             {"order_id": order_id})


def ahead_finish(address: CmpAddress, order_id: str, cause: str,
                 device_type: str = "") -> Request:
    body = {"ahead_finish_cause": cause, "device_type": device_type, "order_id": order_id}
    return Request.json_body("POST", address.url("package/aheadFinishDeviceOrder"), body)


# --- requests: SMS ----------------------------------------------------------------------------


_MSG_ID = re.compile(r"^LK[0-9A-Za-z_-]{1,30}$")


def new_msg_id(now: datetime, serial: int) -> str:
    """``LK`` + the UTC+8 time to the second + a serial: unique, at most 32 characters."""
    stamp = now.astimezone(CMP_TZ).strftime("%Y%m%d%H%M%S")
    return f"LK{stamp}{serial % 10**8:08d}"


def send_sms(address: CmpAddress, targets: list[tuple[str, str]], content: str,
             binary: bool = False) -> Request:
    """``targets``: (device id, message id starting with LK) pairs."""
    for _, msg_id in targets:
        if not _MSG_ID.match(msg_id):
            raise FleetError(f"message id {msg_id!r} must start with LK and have at most "
                             f"{MSG_ID_MAX} characters")
    body = {"flag_list": [{"device_id": d, "msg_id": m} for d, m in targets],
            "sms_content": content, "message_type": "2" if binary else "1"}
    return Request.json_body("POST", address.url("sms/sendSms"), body)


def query_mt_status(address: CmpAddress, device_id: str = "", msg_id: str = "",
                    page_no: int = 1, page_size: int = PAGE_SIZE) -> Request:
    body: dict[str, Any] = {"page_no": page_no, "page_size": page_size}
    if device_id:
        body["device_id"] = device_id
    if msg_id:
        body["msg_id"] = msg_id
    return Request.json_body("POST", address.url("sms/queryMTSmsStatus"), body)


def query_sms_cdr(address: CmpAddress, device_id: str, start: date | None = None,
                  end: date | None = None, page_no: int = 1,
                  page_size: int = PAGE_SIZE) -> Request:
    body: dict[str, Any] = {"device_id": device_id}
    if start:
        body["begin_time"] = start.isoformat()
    if end:
        body["end_time"] = end.isoformat()
    body |= {"page_no": page_no, "page_size": page_size}
    return Request.json_body("POST", address.url("sms/querySmsCDR"), body)


def query_latest_cdr(address: CmpAddress, imsi: str) -> Request:
    return Request.json_body("POST", address.url("sms/queryLatestCDR"), {"imsi": imsi})


# --- requests: devices ------------------------------------------------------------------------


def query_device(address: CmpAddress, device_id: str, now_ms: int) -> Request:
    return Request.json_body("POST", address.url("device/queryDevice"),
                             {"device_id": device_id, "timestamp": str(now_ms)})


def query_batch_device(address: CmpAddress, page_no: int = 1,
                       page_size: int = PAGE_SIZE) -> Request:
    return Request.json_body("POST", address.url("device/queryBatchDevice"),
                             {"page_no": page_no, "page_size": page_size})


def pause_service(address: CmpAddress, device_id: str, order_id: str) -> Request:
    return Request.json_body("POST", address.url("device/pauseService"),
                             {"device_id": device_id, "order_id": order_id})


def restart_service(address: CmpAddress, device_id: str, order_id: str) -> Request:
    return Request.json_body("POST", address.url("device/restartService"),
                             {"device_id": device_id, "order_id": order_id})


#: The binding endpoints' two spellings: the seed's (``bound``) and newer docs' (``bind``).
BIND_PATHS = {"bind": "device/bind", "bound": "device/bound"}
BIND_HISTORY_PATHS = {"bind": "device/getBindTrackList", "bound": "device/getBoundTrackList"}


def bind_device(address: CmpAddress, device_id: str, imei: str, *, bind: bool = True,
                ota: bool = False, auto_bind: bool = False, spelling: str = "bind") -> Request:
    body = {"device_id": device_id, "imei": imei, "oper_type": "1" if bind else "2",
            "ota_flag": "1" if ota else "2", "auto_bind_flag": "1" if auto_bind else "2"}
    return Request.json_body("POST", address.url(BIND_PATHS[spelling]), body)


def binding_history(address: CmpAddress, device_id: str, spelling: str = "bind") -> Request:
    return Request.json_body("POST", address.url(BIND_HISTORY_PATHS[spelling]),
                             {"device_id": device_id})


# --- responses --------------------------------------------------------------------------------

#: Words in a CMP error message that mean "no such device".
_UNKNOWN = re.compile(r"not (?:exist|found)|no such|unknown|不存在", re.IGNORECASE)


def envelope(response: Response, what: str) -> Any:
    """The ``data`` of a successful envelope (``code`` "0000"); errors in the platform's words.

    401 is a missing authorisation, 403 a bad signature, 429 rate limiting (protocol-notes).
    """
    if response.status in (401, 403):
        reason = ("the platform refused the request signature (check the key id and the "
                  "private key, and this computer's clock)" if response.status == 403
                  else "the platform asked for authorisation the request lacked")
        raise AuthError(reason, status=response.status)
    if response.status == 429:
        raise PlatformError(f"{what}: the platform is rate limiting this account; try again "
                            "later", status=429)
    if response.status >= 400:
        raise PlatformError(f"{what} failed: HTTP {response.status}", status=response.status)
    body = as_dict(response.json())
    code = text(body.get("code"))
    status = as_dict(as_dict(body.get("data")).get("status"))
    inner = text(status.get("code"))
    if inner and not inner.endswith("0000"):
        message = text(status.get("detail")) or text(status.get("message")) or "no reason given"
        raise PlatformError(f"{what} failed: {message} (code {inner})", code=inner)
    if code != OK_CODE or body.get("success") is False:
        message = text(body.get("message")) or "no reason given"
        raise PlatformError(f"{what} failed: {message} (code {code})", code=code)
    return body.get("data")


def is_unknown_device(err: PlatformError) -> bool:
    return bool(_UNKNOWN.search(str(err)))


@dataclass(frozen=True)
class Page:
    """Where a page is in its listing (any of the three shapes)."""

    number: int
    total_pages: int | None
    total_count: int | None

    def more(self, seen: int, got: int, page_size: int) -> bool:
        if self.total_pages is not None:
            return self.number < self.total_pages
        if self.total_count is not None:
            return seen < self.total_count and got > 0
        return got >= page_size


def page_info(data: Any, requested: int) -> Page:
    """``data.page{cur_page_no, page_size, total_count, total_pages}``, ``data.total_count``, or
    ``totalData/count/totalPage``."""
    data = as_dict(data)
    page = as_dict(data.get("page"))
    if page:
        return Page(_int(page.get("cur_page_no")) or requested, _int(page.get("total_pages")),
                    _int(page.get("total_count")))
    if "totalPage" in data or "totalData" in data:
        return Page(requested, _int(data.get("totalPage")), _int(data.get("totalData")))
    return Page(requested, None, _int(data.get("total_count")))


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def field(data: dict[str, Any], *names: str) -> Any:
    """The first of ``names`` present (CMP spells keys both camelCase and snake_case)."""
    for name in names:
        if data.get(name) not in (None, ""):
            return data[name]
    return None


def lifecycle_status(lifecycle: str, order_status: str) -> tuple[str, str]:
    """(normalised status, the platform's own words) of a device."""
    native = f"lifecycle {lifecycle}" if lifecycle else ""
    if order_status == "5":
        return "SUSPENDED", f"{native}, order 5".lstrip(", ")
    if not native:
        return "", ""
    return normalise("cmp", "*", "", native), native


def parse_device(device: dict[str, Any]) -> Sim:
    """A ``queryDevice`` / ``queryBatchDevice`` device as a :class:`Sim`."""
    order = as_dict(device.get("package_order"))
    profiles = [as_dict(p) for p in as_list(order.get("profileList"))]
    profile = profiles[0] if profiles else {}
    device_id = text(field(device, "device_id", "deviceId"))
    lifecycle = text(device.get("lifecycle"))
    order_status = text(field(order, "orderStatus", "order_status"))
    status, native = lifecycle_status(lifecycle, order_status)
    flow = to_bytes(field(order, "flow"), "MB")
    used = to_bytes(field(order, "usedFlow", "used_flow"), "KB")
    msisdn = text(field(device, "msisdn")) or text(field(order, "msisdn")) or text(
        profile.get("msisdn"))
    if msisdn.upper().strip("F") == "":
        msisdn = ""  # CMP writes FFFFFFFFFF for "no MSISDN"
    return Sim(
        iccid=device_id or text(field(device, "main_iccid")) or text(profile.get("iccid")),
        status=status or native or "UNKNOWN", native_status=native,
        backend=text(field(order, "supplierCode")) or text(
            field(device, "supplierCode", "partnerCode")),
        imsi=text(field(order, "imsi")) or text(profile.get("imsi")),
        msisdn=msisdn, name=text(field(device, "partnerName")),
        plan=text(field(order, "packageName", "package_name")), platform_id=device_id,
        used_bytes=used, limit_bytes=flow if flow else None,
    )


def parse_devices(data: Any) -> list[Sim]:
    return [parse_device(as_dict(d)) for d in as_list(as_dict(data).get("device"))]


def parse_order(order: dict[str, Any]) -> Package:
    code = text(field(order, "orderStatus", "order_status"))
    return Package(
        order_id=text(field(order, "orderCode", "order_code", "order_id")),
        code=text(field(order, "packageCode", "package_code")),
        name=text(field(order, "packageName", "package_name")),
        status=ORDER_STATUS.get(code, code),
        flow_bytes=to_bytes(field(order, "flow"), "MB"),
        used_bytes=to_bytes(field(order, "usedFlow", "used_flow"), "KB"),
        ordered=cmp_datetime(field(order, "orderDate", "order_date")),
        active_from=cmp_date(field(order, "activeDate", "active_date")),
        expires=cmp_date(field(order, "expireDate", "expire_date")),
        period=text(field(order, "orderPeriod", "order_period")),
    )


def parse_orders(data: Any) -> list[Package]:
    return [parse_order(as_dict(o)) for o in as_list(as_dict(data).get("package_order"))]


def order_status_code(order: dict[str, Any]) -> str:
    return text(field(order, "orderStatus", "order_status"))


def parse_offer(package: dict[str, Any]) -> PackageOffer:
    return PackageOffer(
        code=text(package.get("package_code")), name=text(package.get("package_name")),
        package_type=text(package.get("package_type")),
        flow_bytes=to_bytes(package.get("flow"), "MB"),
        countries=text(package.get("cover_countrys")),
        available=text(package.get("status")) != "2")


def parse_offers(data: Any) -> list[PackageOffer]:
    return [parse_offer(as_dict(p)) for p in as_list(as_dict(data).get("package"))]


def parse_data_cdrs(data: Any, sim_id: str) -> list[Cdr]:
    out = []
    for row in as_list(as_dict(data).get("data")):
        row = as_dict(row)
        out.append(Cdr(
            kind="data", iccid=text(row.get("sim_id")) or sim_id,
            start=cmp_datetime(row.get("session_started_at")),
            end=cmp_datetime(row.get("session_ended_at")),
            bytes=to_bytes(row.get("data"), "B"), network=text(row.get("network")),
            plmn=text(row.get("mcc")) + text(row.get("mnc")), plan=text(row.get("plan_id")),
            apn=text(row.get("apn"))))
    return out


def parse_sms_cdrs(data: Any, device_id: str) -> list[Cdr]:
    out = []
    for row in as_list(as_dict(data).get("data")):
        row = as_dict(row)
        direction = text(row.get("smsType")).upper()
        peer = text(row.get("recMsisdn")) if direction == "MT" else text(row.get("sendMsisdn"))
        status = {"1": "delivered", "2": "failed"}.get(text(row.get("sendStatus")), "")
        out.append(Cdr(
            kind="sms", iccid=text(row.get("deviceId")) or device_id,
            start=cmp_datetime(row.get("timestamp")), direction=direction, peer=peer,
            status=status))
    return out


def parse_mt_status(data: Any) -> list[dict[str, Any]]:
    out = []
    for row in as_list(as_dict(data).get("data")):
        row = as_dict(row)
        started, ended = cmp_datetime(row.get("sendStartTime")), cmp_datetime(
            row.get("sendEndTime"))
        out.append({
            "ICCID": text(row.get("assetId")), "MSISDN": text(row.get("msisdn")),
            "sent": text(row.get("sendStatus")) == "1",
            "delivery": {"1": "delivered", "2": "failed"}.get(text(row.get("statusReport")),
                                                              "pending"),
            "sentAt": started.isoformat() if started else None,
            "reportAt": ended.isoformat() if ended else None,
        })
    return out


def parse_latest_cdr(data: Any) -> dict[str, str]:
    """``queryLatestCDR``: session facts worth showing (GPRS bytes exact, INF/NaN dropped)."""
    data = as_dict(data)
    gprs = as_dict(data.get("gprs"))
    out: dict[str, str] = {}
    for key, value in (("pdpActive", gprs.get("pdpActive")), ("ip", gprs.get("ip")),
                       ("lastActivity", data.get("lastActivity")),
                       ("sessionStart", data.get("sessionStart")),
                       ("lastLocationUpdate", data.get("lastLu"))):
        if text(value):
            out[key] = text(value)
    for key in ("tx", "rx"):
        amount = float_bytes(gprs.get(key))
        if amount is not None:
            out[f"gprs{key.upper()}Bytes"] = str(amount)
    return out
