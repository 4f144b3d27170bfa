"""A CMO simulator on aiohttp, built from the CMO seed and protocol-notes.

- OAuth 2.0 client credentials at Keycloak's token path; tokens live ``token_ttl`` seconds (300).
- ``/api-gw/connection-management-orchestrator/v5/{tenant}/``: products paged with
  ``pageSize``/``pageNumber`` and ``links``; ``product/find``; bundles and sub-products
  (``-simCard``, ``-dataConnectivity``, ``-usageVolume-data``, ``-terminal``); status changes by
  JSON Patch, answered with the product by synchronous backends (TMUS, IOTA, JASPER, 1NCE) and
  with a monitor by the others (``InProgress`` until polled ``monitor_polls`` times, then
  ``Completed`` or ``InError``); custom attributes; usage buckets; RFC 7807 problems.
- This platform's own rules: the feature table's ✖ cells (no SIM status change on INTELSAT,
  TURKCELL, GALAXY1; terminals change on INTELSAT only), its transition table, SIMs whose tariff
  refuses every change (``locked``), and 1NCE's 10 requests/s per organisation (429 with
  ``Retry-After``).
"""

from __future__ import annotations

import itertools
import json
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .model import CMO_BACKENDS, SimRecord, make_fleet
from .ratelimit import TokenBucket

API = "/api-gw/connection-management-orchestrator/v5/{tenant}/"
TOKEN_PATH = "/auth/realms/{tenant}/protocol/openid-connect/token"
NORMALISED = ("CREATED", "PENDING_ACTIVE", "INVENTORY", "ACTIVE", "SUSPENDED", "BLOCKED",
              "PENDING_TERMINATE", "TERMINATED", "DELETED", "UNKNOWN")
PROBLEM = "application/problem+json"

#: This platform's transitions (its business rules) -> backends that carry them out.
_MOST = frozenset({"TMSP", "TMUS", "IOTA", "JASPER", "AIRLINQ", "1NCE", "STC"})
TRANSITIONS: dict[tuple[str, str], frozenset[str]] = {
    ("CREATED", "ACTIVE"): frozenset({"TMSP", "AIRLINQ"}),
    ("PENDING_ACTIVE", "ACTIVE"): frozenset({"TMUS"}),
    ("ACTIVE", "SUSPENDED"): _MOST | {"INTELSAT"},
    ("SUSPENDED", "ACTIVE"): _MOST | {"INTELSAT"},
    ("PENDING_TERMINATE", "ACTIVE"): frozenset({"TMUS", "JASPER"}),
    ("ACTIVE", "BLOCKED"): frozenset({"TMSP"}),
    ("BLOCKED", "ACTIVE"): frozenset({"TMSP"}),
    ("ACTIVE", "TERMINATED"): frozenset({"TMSP", "AIRLINQ"}),
    ("TERMINATED", "ACTIVE"): frozenset({"IOTA"}),
}
#: The feature table: backends with no SIM card status change; the one terminal backend.
NO_SIM_STATUS_CHANGE = frozenset({"INTELSAT", "TURKCELL", "GALAXY1"})
TERMINAL_STATUS_CHANGE = frozenset({"INTELSAT"})
RATE_LIMITED = {"1NCE": 10.0}


@dataclass
class _Monitor:
    id: str
    sim: SimRecord
    target: str
    polls_left: int
    state: str = "InProgress"
    response: dict[str, Any] = field(default_factory=dict)


@dataclass
class CmoStats:
    requests: int = 0
    rate_limited: int = 0
    tokens_issued: int = 0
    status_changes: int = 0


class CmoSimulator:
    """One tenant's CMO. ``app()`` is the aiohttp application."""

    def __init__(self, *, sims: int = 200, tenant: str = "demo", client_id: str = "cmgui-demo",
                 client_secret: str = "", token_ttl: float = 300.0, monitor_polls: int = 2,
                 rate_limits: dict[str, float] | None = None, seed: int = 1,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.tenant = tenant
        self.client_id = client_id
        self.client_secret = client_secret or secrets.token_urlsafe(24)
        self.token_ttl = token_ttl
        self.monitor_polls = max(1, monitor_polls)
        self.clock = clock
        self.fleet = make_fleet(sims, seed=seed)
        self.by_id = {self.product_id(s): s for s in self.fleet}
        self.by_business_id = {s.iccid: s for s in self.fleet}
        self.tokens: dict[str, float] = {}
        self.monitors: dict[str, _Monitor] = {}
        self._monitor_ids = itertools.count(1)
        limits = RATE_LIMITED if rate_limits is None else rate_limits
        self.buckets = {b: TokenBucket(r, clock=clock) for b, r in limits.items()}
        self.stats = CmoStats()
        self.root = API.format(tenant=tenant)
        self.token_path = TOKEN_PATH.format(tenant=tenant)

    # --- wiring ----------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._count])
        app.router.add_post(self.token_path, self.token)
        r = self.root
        app.router.add_get(r + "product", self._auth(self.list_products))
        app.router.add_post(r + "product/find", self._auth(self.find))
        app.router.add_get(r + "product/{id}", self._auth(self.get_product))
        app.router.add_patch(r + "product/{id}", self._auth(self.patch_product))
        app.router.add_get(r + "monitor/{id}", self._auth(self.get_monitor))
        app.router.add_delete(r + "monitor/{id}", self._auth(self.cancel_monitor))
        return app

    @web.middleware
    async def _count(self, request: web.Request,
                     handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                     ) -> web.StreamResponse:
        self.stats.requests += 1
        return await handler(request)

    def _auth(self, handler: Callable[[web.Request], Awaitable[web.Response]]
              ) -> Callable[[web.Request], Awaitable[web.Response]]:
        async def guarded(request: web.Request) -> web.Response:
            header = request.headers.get("Authorization", "")
            token = header[7:].strip() if header.lower().startswith("bearer ") else ""
            expires = self.tokens.get(token)
            if expires is None:
                return problem(401, "Unauthorized", "A valid bearer token is required.")
            if self.clock() >= expires:
                return problem(401, "Unauthorized", "The access token has expired.")
            limited = self._rate_limit(request)
            if limited is not None:
                return limited
            return await handler(request)
        return guarded

    def _rate_limit(self, request: web.Request) -> web.Response | None:
        backend = _backend_in(request.match_info.get("id", ""))
        if not backend and request.path.startswith(self.root + "monitor/"):
            monitor = self.monitors.get(request.match_info.get("id", ""))
            backend = monitor.sim.backend if monitor else ""
        bucket = self.buckets.get(backend)
        if bucket is None:
            return None
        wait = bucket.take()
        if not wait:
            return None
        self.stats.rate_limited += 1
        response = problem(429, "Too Many Requests",
                           f"API calls to {backend} are limited to {bucket.rate:g} requests per "
                           "second per organization.")
        response.headers["Retry-After"] = str(int(wait))
        return response

    # --- OAuth -----------------------------------------------------------------------------

    async def token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if form.get("grant_type") != "client_credentials":
            return web.json_response({"error": "unsupported_grant_type"}, status=400)
        if form.get("client_id") != self.client_id or form.get(
                "client_secret") != self.client_secret:
            return web.json_response({"error": "invalid_client",
                                      "error_description": "Invalid client credentials"},
                                     status=401)
        token = secrets.token_urlsafe(32)
        self.tokens[token] = self.clock() + self.token_ttl
        self.stats.tokens_issued += 1
        return web.json_response({"access_token": token, "expires_in": int(self.token_ttl),
                                  "refresh_expires_in": 0, "token_type": "Bearer",
                                  "scope": "openid"})

    def expire_tokens(self) -> None:
        """Every issued token dies now (tests of the 401 path)."""
        for token in self.tokens:
            self.tokens[token] = float("-inf")

    # --- products ---------------------------------------------------------------------------

    def product_id(self, sim: SimRecord) -> str:
        return f"{sim.backend}-{sim.iccid}"

    def href(self, request: web.Request, path: str) -> str:
        return f"{request.scheme}://{request.host}{self.root}{path}"

    def _status_word(self, sim: SimRecord) -> str:
        return sim.raw_status or sim.status

    def summary(self, request: web.Request, sim: SimRecord) -> dict[str, Any]:
        pid = self.product_id(sim)
        if sim.satellite:
            chars = [_char("terminalSerialNumber", sim.iccid), _char("terminalName", sim.name),
                     _char("latitude", "53.5461"), _char("longitude", "9.9661")]
        else:
            chars = [_char("ICCID", sim.iccid), _char("IMSI", sim.imsi),
                     _char("MSISDN", sim.msisdn)]
        return {
            "id": pid, "href": self.href(request, f"product/{pid}"), "isBundle": True,
            "status": self._status_word(sim),
            "connectivityType": "SATELLITE" if sim.satellite else "CELLULAR",
            "relatedParty": [{"role": "customer", "name": f"{self.tenant} fleet",
                              "id": f"ACC-{sim.backend}-001"}],
            "productCharacteristic": chars,
        }

    def sub_product(self, request: web.Request, sim: SimRecord, suffix: str) -> dict[str, Any]:
        pid = self.product_id(sim) + suffix
        base = {"id": pid, "href": self.href(request, f"product/{pid}")}
        if suffix == "-simCard":
            return base | {
                "status": self._status_word(sim),
                "productCharacteristic": [
                    _char("ICCID", sim.iccid), _char("IMSI", sim.imsi),
                    _char("MSISDN", sim.msisdn), _char("imei", sim.imei),
                    _char("backendStatus", sim.native)],
                "customProperty": [{"name": k, "value": v} for k, v in sim.attributes.items()],
            }
        if suffix == "-terminal":
            return base | {
                "status": self._status_word(sim),
                "productCharacteristic": [
                    _char("terminalSerialNumber", sim.iccid), _char("terminalName", sim.name),
                    _char("model", "Sailor 600"), _char("mobilityType", "maritime"),
                    _char("antennaCode", "KU-60"), _char("latitude", "53.5461"),
                    _char("longitude", "9.9661"), _char("backendStatus", sim.native),
                    _char("lastUpdateDate", sim.last_seen.isoformat())],
                "customProperty": [{"name": k, "value": v} for k, v in sim.attributes.items()],
            }
        if suffix == "-dataConnectivity":
            return base | {"productCharacteristic": [
                _char("networkProvider", f"{sim.backend} network"),
                _char("dataConnectivityType", "LTE"),
                _char("communicationPlan", sim.plan), _char("apn", "iot.demo")]}
        if suffix == "-usageVolume-data":
            return base | {"bucketCounter": self.buckets_of(sim)}
        raise KeyError(suffix)

    def buckets_of(self, sim: SimRecord) -> list[dict[str, Any]]:
        period = {"startDateTime": "2024-06-01T00:00:00Z", "endDateTime": "2024-06-30T23:59:59Z"}
        out = [
            {"valueName": "global", "counterType": "used", "consumptionPeriod": period,
             "value": {"amount": round(sim.used_bytes / 1024 / 1024, 3), "units": "MB"}},
            {"valueName": "global", "counterType": "limit", "consumptionPeriod": period,
             "value": {"amount": sim.limit_bytes // 1024 // 1024, "units": "MB"}},
        ]
        if sim.satellite:
            out.append({"valueName": "satellite", "counterType": "used",
                        "consumptionPeriod": period,
                        "value": {"amount": round(sim.used_bytes / 1024, 1), "units": "KB"}})
        return out

    def full(self, request: web.Request, sim: SimRecord) -> dict[str, Any]:
        product = self.summary(request, sim)
        product["productOffering"] = {"name": sim.plan}
        product["productCharacteristic"] += [
            _char("name", sim.name), _char("backendStatus", sim.native),
            _char("lastSeen", sim.last_seen.isoformat())] + (
            [] if sim.satellite else [_char("imei", sim.imei)])
        suffixes = (("-terminal", "-usageVolume-data") if sim.satellite
                    else ("-simCard", "-dataConnectivity", "-usageVolume-data"))
        product["productRelationship"] = [
            {"type": "BUNDLED", "product": self.sub_product(request, sim, s)} for s in suffixes]
        return product

    async def list_products(self, request: web.Request) -> web.Response:
        try:
            size = max(1, min(1000, int(request.query.get("pageSize", "100"))))
            number = max(1, int(request.query.get("pageNumber", "1")))
        except ValueError:
            return problem(400, "Bad Request", "pageSize and pageNumber must be numbers.")
        start = (number - 1) * size
        page = self.fleet[start:start + size]
        pages = max(1, -(-len(self.fleet) // size))
        url = self.href(request, "product")
        links = [{"rel": "self", "href": f"{url}?pageSize={size}&pageNumber={number}"}]
        if number < pages:
            links.append({"rel": "next",
                          "href": f"{url}?pageSize={size}&pageNumber={number + 1}"})
        return web.json_response({
            "entities": [self.summary(request, s) for s in page],
            "statistics": {"currentPage": number, "pageSize": size,
                           "totalCount": len(self.fleet), "totalPages": pages},
            "links": links,
        })

    async def find(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except ValueError:
            return problem(400, "Bad Request", "The body is not JSON.")
        wanted = [str(i) for i in (body.get("iccidList") or []) + (
            body.get("terminalSNList") or [])] if isinstance(body, dict) else []
        entities, errors = [], []
        for business_id in dict.fromkeys(wanted):
            sim = self.by_business_id.get(business_id)
            if sim is None:
                errors.append({"type": "about:blank", "status": 404, "title": "Not Found",
                               "detail": f"No product found for business ID {business_id}.",
                               "instance": business_id})
            else:
                entities.append(self.full(request, sim))
        return web.json_response({"entities": entities, "errors": errors})

    def _lookup(self, product_id: str) -> tuple[SimRecord, str] | None:
        for suffix in ("-simCard", "-dataConnectivity", "-usageVolume-data", "-terminal", ""):
            if product_id.endswith(suffix) and (sim := self.by_id.get(
                    product_id[:len(product_id) - len(suffix)] if suffix else product_id)):
                return sim, suffix
        return None

    async def get_product(self, request: web.Request) -> web.Response:
        found = self._lookup(request.match_info["id"])
        if found is None:
            return problem(404, "Not Found", f"Product {request.match_info['id']} not found.")
        sim, suffix = found
        if not suffix:
            return web.json_response(self.full(request, sim))
        if (suffix == "-terminal") != sim.satellite or (
                suffix == "-dataConnectivity" and sim.satellite):
            return problem(404, "Not Found",
                           f"{sim.backend} products have no {suffix.lstrip('-')} sub-product.")
        return web.json_response(self.sub_product(request, sim, suffix))

    # --- changes ----------------------------------------------------------------------------

    async def patch_product(self, request: web.Request) -> web.Response:
        if request.content_type != "application/json-patch+json":
            return problem(415, "Unsupported Media Type",
                           "Use Content-Type: application/json-patch+json.")
        found = self._lookup(request.match_info["id"])
        if found is None or found[1] not in ("-simCard", "-terminal"):
            return problem(404, "Not Found", f"Product {request.match_info['id']} not found.")
        sim, suffix = found
        if (suffix == "-terminal") != sim.satellite:
            return problem(404, "Not Found",
                           f"{sim.backend} products have no {suffix.lstrip('-')} sub-product.")
        try:
            ops = await request.json()
        except ValueError:
            return problem(400, "Bad Request", "The body is not a JSON Patch document.")
        if not isinstance(ops, list) or not ops:
            return problem(400, "Bad Request", "The body is not a JSON Patch document.")
        for op in ops:
            if not isinstance(op, dict):
                return problem(400, "Bad Request", "Each patch operation must be an object.")
            if op.get("op") == "add" and str(op.get("path", "")).strip("/") == "customProperty":
                value = op.get("value")
                if not isinstance(value, dict) or not str(value.get("name", "")).strip():
                    return problem(400, "Bad Request", "A custom property needs a name.")
                sim.attributes[str(value["name"])] = str(value.get("value", ""))
                continue
            if op.get("op") == "replace" and op.get("path") == "/status":
                return self._change_status(request, sim, suffix, str(op.get("value", "")))
            return problem(422, "Unprocessable Entity",
                           f"Operation {op.get('op')} {op.get('path')} is not supported.")
        return web.json_response(self.sub_product(request, sim, suffix))

    def _refusal(self, sim: SimRecord, suffix: str, target: str) -> web.Response | None:
        if target not in NORMALISED:
            return problem(400, "Bad Request", f"{target!r} is not a product status.")
        if suffix == "-simCard" and sim.backend in NO_SIM_STATUS_CHANGE:
            return problem(422, "Unprocessable Entity",
                           f"Changing the SIM card status is not supported by {sim.backend}.")
        if suffix == "-terminal" and sim.backend not in TERMINAL_STATUS_CHANGE:
            return problem(422, "Unprocessable Entity",
                           f"Changing the terminal status is not supported by {sim.backend}.")
        current = sim.raw_status or sim.status
        if sim.backend not in TRANSITIONS.get((current, target), frozenset()):
            return problem(409, "Conflict",
                           f"Transition {current} → {target} is not allowed by {sim.backend}.")
        if sim.locked:
            return problem(422, "Unprocessable Entity",
                           f"The tariff of this SIM does not allow {current} → {target}.")
        return None

    def _change_status(self, request: web.Request, sim: SimRecord, suffix: str,
                       target: str) -> web.Response:
        if target == (sim.raw_status or sim.status):
            return web.json_response(self.full(request, sim))
        refusal = self._refusal(sim, suffix, target)
        if refusal is not None:
            return refusal
        if not CMO_BACKENDS[sim.backend][1]:
            self._apply(sim, target)
            return web.json_response(self.full(request, sim))
        monitor = _Monitor(f"MON-{next(self._monitor_ids):06d}", sim, target, self.monitor_polls)
        self.monitors[monitor.id] = monitor
        return web.json_response(self._monitor_json(request, monitor), status=202)

    def _apply(self, sim: SimRecord, target: str) -> None:
        sim.status, sim.raw_status = target, ""
        self.stats.status_changes += 1

    def _monitor_json(self, request: web.Request, monitor: _Monitor) -> dict[str, Any]:
        suffix = "-terminal" if monitor.sim.satellite else "-simCard"
        out: dict[str, Any] = {
            "id": monitor.id, "href": self.href(request, f"monitor/{monitor.id}"),
            "sourceHref": self.href(request, f"product/{self.product_id(monitor.sim)}{suffix}"),
            "state": monitor.state,
        }
        if monitor.response:
            out["response"] = monitor.response
        return out

    async def get_monitor(self, request: web.Request) -> web.Response:
        monitor = self.monitors.get(request.match_info["id"])
        if monitor is None:
            return problem(404, "Not Found", f"Monitor {request.match_info['id']} not found.")
        if monitor.state == "InProgress":
            monitor.polls_left -= 1
            if monitor.polls_left <= 0:
                if monitor.sim.fails_async:
                    monitor.state = "InError"
                    monitor.response = {"statusCode": 422, "header": {}, "body": {
                        "type": "about:blank", "status": 422, "title": "Unprocessable Entity",
                        "detail": f"{monitor.sim.backend} rejected the status change."}}
                else:
                    self._apply(monitor.sim, monitor.target)
                    monitor.state = "Completed"
                    monitor.response = {"statusCode": 200, "header": {},
                                        "body": self.full(request, monitor.sim)}
        return web.json_response(self._monitor_json(request, monitor))

    async def cancel_monitor(self, request: web.Request) -> web.Response:
        monitor = self.monitors.get(request.match_info["id"])
        if monitor is None:
            return problem(404, "Not Found", f"Monitor {request.match_info['id']} not found.")
        if monitor.sim.backend != "TMSP":
            return problem(422, "Unprocessable Entity",
                           f"{monitor.sim.backend} requests cannot be cancelled.")
        if monitor.state == "InProgress":
            monitor.state = "Cancelled"
        return web.json_response(self._monitor_json(request, monitor))


def _char(name: str, value: str) -> dict[str, str]:
    return {"name": name, "value": value}


def _backend_in(product_id: str) -> str:
    return product_id.split("-", 1)[0].upper() if "-" in product_id else ""


def problem(status: int, title: str, detail: str) -> web.Response:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    return web.Response(status=status, text=json.dumps(body), content_type=PROBLEM)
