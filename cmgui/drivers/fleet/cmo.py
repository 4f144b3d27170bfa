"""CMO (Deutsche Telekom IoT's Connectivity Management Orchestrator), sans-IO: request builders
and response parsers over TM Forum Product Inventory shapes.

Base path ``{host}/api-gw/connection-management-orchestrator/v5/{tenant}/``; products are
``{BACKEND}-{ICCID or serial}`` with sub-products ``-simCard``, ``-dataConnectivity``,
``-usageVolume-data`` and ``-terminal``. Problems are RFC 7807 objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

from cmgui.drivers.fleet.http import JSON_PATCH, Request, Response, as_dict, as_list, text
from cmgui.drivers.fleet.units import iso_datetime, to_bytes
from cmgui.service.fleet import (
    FleetError,
    PlatformError,
    Sim,
    SimDetails,
    UsageBucket,
    normalise,
)
from cmgui.service.fleet_tables import CMO_SATELLITE_BACKENDS

API_PATH = "/api-gw/connection-management-orchestrator/v5/{tenant}/"
PAGE_SIZE = 100
FIND_BATCH = 100

SIM_CARD, DATA, USAGE, TERMINAL = "-simCard", "-dataConnectivity", "-usageVolume-data", "-terminal"

#: Characteristic names (compared without case) for each identity field, best first.
IDENTITY = {
    "iccid": ("ICCID",),
    "imsi": ("IMSI",),
    "msisdn": ("MSISDN",),
    "imei": ("imei", "IMEI"),
    "serial": ("terminalSerialNumber", "serialNumber", "terminalSN"),
    "name": ("name", "deviceName", "terminalName", "label"),
    "native": ("backendStatus", "nativeStatus", "platformStatus", "originalStatus"),
    "last_seen": ("lastSeen", "lastActivity", "lastUpdateDate"),
}
#: Characteristics shown as "extra" facts in the details (data connectivity, terminals).
EXTRA = ("networkProvider", "dataConnectivityType", "communicationPlan", "apn", "apnList",
         "model", "mobilityType", "antennaCode", "latitude", "longitude", "imoNumber", "mmsi",
         "lastUpdateDate")


@dataclass(frozen=True)
class CmoAddress:
    """``cmo+https://HOST[:PORT]/TENANT``: the HTTP origin and the tenant."""

    origin: str
    tenant: str

    @property
    def root(self) -> str:
        return self.origin + API_PATH.format(tenant=self.tenant)

    def url(self, path: str) -> str:
        return self.root + path.lstrip("/")

    @property
    def default_token_url(self) -> str:
        """Keycloak's token endpoint of the tenant's realm (override with ``--token-url``)."""
        return f"{self.origin}/auth/realms/{self.tenant}/protocol/openid-connect/token"


def parse_address(url: str) -> CmoAddress:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("cmo+https", "cmo+http"):
        raise FleetError(f"{url} is not a CMO address (cmo+https://HOST[:PORT]/TENANT)")
    try:
        port = parts.port
    except ValueError:
        raise FleetError(f"{url} has a bad port") from None
    tenant = parts.path.strip("/")
    if not parts.hostname or not tenant or "/" in tenant:
        raise FleetError(f"{url} must name the host and the tenant: "
                         "cmo+https://HOST[:PORT]/TENANT")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    origin = f"{scheme.split('+')[1]}://{host}" + (f":{port}" if port else "")
    return CmoAddress(origin, tenant)


# --- requests -----------------------------------------------------------------------------------


def list_products(address: CmoAddress, page_size: int = PAGE_SIZE,
                  page_number: int | None = 1) -> Request:
    """The first (or ``page_number``) page of products; pages count from 1 as in DT's docs."""
    query = [("pageSize", str(page_size))]
    if page_number is not None:
        query.append(("pageNumber", str(page_number)))
    return Request("GET", address.url("product"), query=tuple(query))


def next_page(previous: Request, body: dict[str, Any]) -> Request | None:
    """The request for the page after ``body``: its ``next`` link, else the next
    ``pageNumber`` when the page was full; None on the last page."""
    for link in as_list(body.get("links")):
        link = as_dict(link)
        if text(link.get("rel")).lower() == "next" and text(link.get("href")):
            href = urljoin(previous.url, text(link["href"]))
            parts = urlsplit(href)
            query = tuple(_pairs(parts.query))
            return Request("GET", href.split("?", 1)[0], query=query)
    entities = as_list(body.get("entities"))
    stats = as_dict(body.get("statistics"))
    size = _int(stats.get("pageSize")) or _int(dict(previous.query).get("pageSize"))
    if not entities or size is None or len(entities) < size or body.get("links") is not None:
        return None
    current = _int(stats.get("currentPage"))
    if current is None:
        current = _int(dict(previous.query).get("pageNumber")) or 1
    query = tuple((k, v) for k, v in previous.query if k != "pageNumber")
    return Request("GET", previous.url, query=(*query, ("pageNumber", str(current + 1))))


def find_products(address: CmoAddress, iccids: list[str],
                  serials: list[str] | None = None) -> Request:
    body: dict[str, Any] = {"iccidList": iccids}
    if serials:
        body["terminalSNList"] = serials
    return Request.json_body("POST", address.url("product/find"), body)


def get_product(address: CmoAddress, product_id: str, pace: str = "") -> Request:
    return Request("GET", address.url(f"product/{product_id}"), pace=pace)


def patch_status(address: CmoAddress, sim: Sim, status: str) -> Request:
    """JSON Patch of the SIM card (or, for a satellite product, the terminal) status."""
    suffix = TERMINAL if sim.connectivity == "SATELLITE" else SIM_CARD
    body = [{"op": "replace", "path": "/status", "value": status}]
    return Request.json_body("PATCH", address.url(f"product/{sim.platform_id}{suffix}"), body,
                             content_type=JSON_PATCH, pace=sim.backend)


def add_attribute(address: CmoAddress, sim: Sim, name: str, value: str) -> Request:
    body = [{"op": "add", "path": "customProperty", "value": {"name": name, "value": value}}]
    return Request.json_body("PATCH", address.url(f"product/{sim.platform_id}{SIM_CARD}"), body,
                             content_type=JSON_PATCH, pace=sim.backend)


def get_monitor(address: CmoAddress, monitor_id: str, pace: str = "") -> Request:
    return Request("GET", address.url(f"monitor/{monitor_id}"), pace=pace)


# --- responses ----------------------------------------------------------------------------------


def problem_text(response: Response) -> str:
    """An RFC 7807 problem (or any error body) as one sentence."""
    try:
        body = response.json()
    except PlatformError:
        body = None
    problem = as_dict(body)
    if isinstance(body, list) and body:
        problem = as_dict(body[0])
    title, detail = text(problem.get("title")), text(problem.get("detail"))
    if title and detail and detail.casefold() != title.casefold():
        return f"{title}: {detail}"
    return detail or title or text(problem.get("message")) or f"HTTP {response.status}"


def check(response: Response, what: str) -> Any:
    """The JSON body of a successful response; PlatformError in the platform's words if not."""
    if response.status >= 400:
        raise PlatformError(f"{what} failed: {problem_text(response)}", status=response.status)
    if response.status == 204 or not response.body.strip():
        return {}
    return response.json()


def characteristics(product: dict[str, Any]) -> dict[str, str]:
    """productCharacteristic as name (case-folded) -> value text."""
    out: dict[str, str] = {}
    for item in as_list(product.get("productCharacteristic")):
        item = as_dict(item)
        name = text(item.get("name"))
        if name:
            value = item.get("value")
            out[name.casefold()] = ", ".join(text(v) for v in value) if isinstance(
                value, list) else text(value)
    return out


def _first(chars: dict[str, str], names: tuple[str, ...]) -> str:
    return next((chars[n.casefold()] for n in names if chars.get(n.casefold())), "")


def sub_products(product: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The product's bundled sub-products, at any depth."""
    for rel in as_list(product.get("productRelationship")):
        sub = as_dict(as_dict(rel).get("product"))
        if sub:
            yield sub
            yield from sub_products(sub)


def sub_product(product: dict[str, Any], suffix: str) -> dict[str, Any]:
    return next((p for p in sub_products(product) if text(p.get("id")).endswith(suffix)), {})


def backend_of(product_id: str, chars: dict[str, str] | None = None) -> str:
    if chars and chars.get("backend"):
        return chars["backend"].upper()
    return product_id.split("-", 1)[0].upper() if "-" in product_id else ""


def parse_sim(product: dict[str, Any]) -> Sim | None:
    """A product (summary or full) as a :class:`Sim`; None if it names no SIM or terminal."""
    product_id = text(product.get("id"))
    chars = characteristics(product)
    for sub in (sub_product(product, SIM_CARD), sub_product(product, TERMINAL)):
        for key, value in characteristics(sub).items():
            chars.setdefault(key, value)
    backend = backend_of(product_id, chars)
    connectivity = text(product.get("connectivityType")).upper() or (
        "SATELLITE" if backend in CMO_SATELLITE_BACKENDS else "CELLULAR")
    iccid = _first(chars, IDENTITY["iccid"])
    if connectivity == "SATELLITE" and not iccid:
        iccid = _first(chars, IDENTITY["serial"])
    if not iccid and "-" in product_id:
        iccid = product_id.split("-", 1)[1]
    if not iccid:
        return None
    status = text(product.get("status"))
    if not status:
        card = sub_product(product, TERMINAL if connectivity == "SATELLITE" else SIM_CARD)
        status = text(card.get("status"))
    native = _first(chars, IDENTITY["native"])
    return Sim(
        iccid=iccid, status=normalise("cmo", backend, status, native),
        native_status=native or status, backend=backend,
        imsi=_first(chars, IDENTITY["imsi"]), msisdn=_first(chars, IDENTITY["msisdn"]),
        imei=_first(chars, IDENTITY["imei"]),
        name=_first(chars, IDENTITY["name"]) or text(product.get("name")),
        plan=text(as_dict(product.get("productOffering")).get("name")),
        platform_id=product_id, connectivity=connectivity,
        last_seen=iso_datetime(_first(chars, IDENTITY["last_seen"])),
    )


def parse_page(body: Any) -> list[Sim]:
    sims = (parse_sim(as_dict(e)) for e in as_list(as_dict(body).get("entities")))
    return [s for s in sims if s is not None]


def parse_find(body: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """``product/find``: the products found, and each problem (unknown ICCIDs) as text."""
    data = as_dict(body)
    problems = []
    for problem in as_list(data.get("errors")):
        problem = as_dict(problem)
        words = text(problem.get("detail")) or text(problem.get("title"))
        if words:
            problems.append(words)
    return [as_dict(e) for e in as_list(data.get("entities"))], problems


def custom_attributes(product: dict[str, Any]) -> dict[str, str]:
    """Custom attributes of the SIM card (``customProperty`` of it or of the bundle)."""
    out: dict[str, str] = {}
    for source in (product, sub_product(product, SIM_CARD)):
        for key in ("customProperty", "customProperties"):
            items = source.get(key)
            for item in items if isinstance(items, list) else [items]:
                item = as_dict(item)
                if text(item.get("name")):
                    out[text(item["name"])] = text(item.get("value"))
    return out


def _buckets(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        for item in as_list(value.get("bucketCounter")):
            yield as_dict(item)
        for key, child in value.items():
            if key != "bucketCounter":
                yield from _buckets(child)
    elif isinstance(value, list):
        for child in value:
            yield from _buckets(child)


_LIMIT_WORDS = ("limit", "allowance", "quota", "total", "max")


def parse_usage(body: Any) -> list[UsageBucket]:
    """Every ``bucketCounter`` in ``body`` as buckets: global, cellular, satellite."""
    used: dict[str, int] = {}
    limits: dict[str, int] = {}
    periods: dict[str, str] = {}
    order: list[str] = []
    for bucket in _buckets(body):
        name = text(bucket.get("valueName")) or "global"
        value = as_dict(bucket.get("value"))
        amount = to_bytes(value.get("amount"), text(value.get("units")))
        if amount is None:
            continue
        if name not in order:
            order.append(name)
        kind = text(bucket.get("counterType")).lower()
        if any(word in kind for word in _LIMIT_WORDS):
            limits[name] = amount
        else:
            used[name] = used.get(name, 0) + amount
        period = bucket.get("consumptionPeriod")
        if isinstance(period, dict):
            start, end = text(period.get("startDateTime")), text(period.get("endDateTime"))
            periods[name] = f"{start}/{end}" if end else start
        elif text(period):
            periods[name] = text(period)
    return [UsageBucket(n, used.get(n, 0), limits.get(n), periods.get(n, "")) for n in order]


def parse_details(product: dict[str, Any]) -> SimDetails:
    sim = parse_sim(product)
    if sim is None:
        raise PlatformError("the platform answered with a product that names no SIM")
    extra: dict[str, str] = {}
    for source in (product, sub_product(product, DATA), sub_product(product, TERMINAL),
                   sub_product(product, SIM_CARD)):
        chars = characteristics(source)
        for name in EXTRA:
            if chars.get(name.casefold()):
                extra.setdefault(name, chars[name.casefold()])
    if sim.connectivity == "SATELLITE" and sim.iccid:
        extra.setdefault("terminalSerialNumber", sim.iccid)
    parties = [text(as_dict(p).get("name")) for p in as_list(product.get("relatedParty"))]
    if any(parties):
        extra["relatedParty"] = ", ".join(p for p in parties if p)
    usage = parse_usage(product)
    if usage:
        total = next((u for u in usage if u.name == "global"), usage[0])
        sim = _with_usage(sim, total)
    return SimDetails(sim, custom_attributes(product), (), tuple(usage), extra)


def _with_usage(sim: Sim, bucket: UsageBucket) -> Sim:
    return replace(sim, used_bytes=bucket.used_bytes, limit_bytes=bucket.limit_bytes)


@dataclass(frozen=True)
class Monitor:
    """An asynchronous request: its id and state (``InProgress``, ``Completed``, ``InError``)
    and, once done, the answer the backend gave."""

    id: str
    state: str
    status_code: int | None = None
    body: Any = None

    @property
    def done(self) -> bool:
        return self.state.casefold() in ("completed", "inerror", "failed", "cancelled")

    @property
    def failed(self) -> bool:
        return self.state.casefold() != "completed" or (self.status_code or 200) >= 400

    def problem(self) -> str:
        body: Any = self.body
        if isinstance(body, str):
            try:
                body = json.loads(body)
            except ValueError:
                return str(self.body).strip()
        problem = as_dict(body)
        title, detail = text(problem.get("title")), text(problem.get("detail"))
        words = f"{title}: {detail}" if title and detail else (detail or title)
        if words:
            return words
        if self.status_code:
            return f"the backend answered HTTP {self.status_code}"
        return f"the request ended {self.state}"


def parse_monitor(body: Any, fallback_id: str = "") -> Monitor:
    data = as_dict(body)
    answer = as_dict(data.get("response"))
    code = answer.get("statusCode")
    monitor_id = text(data.get("id")) or fallback_id or _last_segment(text(data.get("href")))
    return Monitor(monitor_id, text(data.get("state")) or "InProgress",
                   int(code) if isinstance(code, int | str) and str(code).isdigit() else None,
                   answer.get("body"))


def patch_outcome(response: Response) -> dict[str, Any] | Monitor:
    """What a status PATCH gave: the product (synchronous backends) or a monitor to poll."""
    body = check(response, "the status change")
    data = as_dict(body)
    location = response.header("location")
    # A product has a "status"; a monitor a "state" (TM Forum), and a 202 is one by definition.
    looks_like_monitor = response.status == 202 or ("state" in data and "status" not in data) or (
        "/monitor/" in text(data.get("href")))
    if looks_like_monitor:
        fallback = _last_segment(location) if "/monitor/" in location else ""
        monitor = parse_monitor(data, fallback)
        if not monitor.id:
            raise PlatformError("the platform accepted the change but named no monitor to follow")
        return monitor
    return data


def _last_segment(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1] if url else ""


def _pairs(query: str) -> Iterator[tuple[str, str]]:
    yield from parse_qsl(query, keep_blank_values=True)


def _int(value: Any) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None
