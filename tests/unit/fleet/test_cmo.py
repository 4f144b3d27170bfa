"""CMO, sans-IO: the request shapes of protocol-notes and TM Forum products parsed."""

from __future__ import annotations

import json

import pytest

from cmgui.drivers.fleet import cmo
from cmgui.drivers.fleet.http import Request, Response
from cmgui.service.fleet import FleetError, PlatformError, Sim

A = cmo.parse_address("cmo+https://api.iot.example:8443/acme")
ROOT = "https://api.iot.example:8443/api-gw/connection-management-orchestrator/v5/acme/"


def _json(status: int, body: object, **headers: str) -> Response:
    return Response(status, {k.lower().replace("_", "-"): v for k, v in headers.items()},
                    json.dumps(body).encode())


def test_addresses() -> None:
    assert A.root == ROOT
    assert A.default_token_url == (
        "https://api.iot.example:8443/auth/realms/acme/protocol/openid-connect/token")
    assert cmo.parse_address("cmo+http://127.0.0.1:9/t/").url("product") == (
        "http://127.0.0.1:9/api-gw/connection-management-orchestrator/v5/t/product")
    for bad in ("cmo+https://host", "https://host/t", "cmo+https://host/a/b"):
        with pytest.raises(FleetError):
            cmo.parse_address(bad)


def test_the_product_list_and_its_pages() -> None:
    first = cmo.list_products(A, 2)
    assert (first.method, first.url) == ("GET", ROOT + "product")
    assert dict(first.query) == {"pageSize": "2", "pageNumber": "1"}
    body = {"entities": [{"id": "X-1"}, {"id": "X-2"}],
            "statistics": {"currentPage": 1, "pageSize": 2},
            "links": [{"rel": "self", "href": "product?pageSize=2&pageNumber=1"},
                      {"rel": "next", "href": "product?pageSize=2&pageNumber=2"}]}
    following = cmo.next_page(first, body)
    assert following is not None
    assert following.url == ROOT + "product"
    assert dict(following.query) == {"pageSize": "2", "pageNumber": "2"}
    body["links"] = [{"rel": "self", "href": "x"}]
    assert cmo.next_page(first, body) is None  # links given, none is "next": the last page


def test_pages_without_links_follow_the_statistics() -> None:
    first = cmo.list_products(A, 2)
    full = {"entities": [{"id": "a"}, {"id": "b"}], "statistics": {"currentPage": 1,
                                                                    "pageSize": 2}}
    following = cmo.next_page(first, full)
    assert following is not None and dict(following.query)["pageNumber"] == "2"
    assert cmo.next_page(first, {"entities": [{"id": "a"}], "statistics": {
        "currentPage": 3, "pageSize": 2}}) is None


def test_find_and_patch_requests() -> None:
    find = cmo.find_products(A, ["8949"], ["TS1"])
    assert (find.method, find.url) == ("POST", ROOT + "product/find")
    assert json.loads(find.body) == {"iccidList": ["8949"], "terminalSNList": ["TS1"]}
    sim = Sim("8949", "ACTIVE", backend="1NCE", platform_id="1NCE-8949")
    patch = cmo.patch_status(A, sim, "SUSPENDED")
    assert (patch.method, patch.url, patch.pace) == (
        "PATCH", ROOT + "product/1NCE-8949-simCard", "1NCE")
    assert patch.header("Content-Type") == "application/json-patch+json"
    assert json.loads(patch.body) == [{"op": "replace", "path": "/status",
                                       "value": "SUSPENDED"}]
    terminal = Sim("TS1", "ACTIVE", backend="INTELSAT", platform_id="INTELSAT-TS1",
                   connectivity="SATELLITE")
    assert cmo.patch_status(A, terminal, "SUSPENDED").url.endswith("INTELSAT-TS1-terminal")
    attr = cmo.add_attribute(A, sim, "site", "Kiel")
    assert json.loads(attr.body) == [{"op": "add", "path": "customProperty",
                                      "value": {"name": "site", "value": "Kiel"}}]


PRODUCT = {
    "id": "TMSP-8949000000000000018", "href": ROOT + "product/TMSP-8949000000000000018",
    "isBundle": True, "status": "ACTIVE", "connectivityType": "CELLULAR",
    "relatedParty": [{"role": "customer", "name": "Acme", "id": "1"}],
    "productOffering": {"name": "IoT Basic"},
    "productCharacteristic": [{"name": "ICCID", "value": "8949000000000000018"},
                              {"name": "IMSI", "value": "262010000000000"},
                              {"name": "MSISDN", "value": "4915001000000"}],
    "productRelationship": [
        {"type": "BUNDLED", "product": {
            "id": "TMSP-8949000000000000018-simCard", "status": "ACTIVE",
            "productCharacteristic": [{"name": "imei", "value": "358353515329230"},
                                      {"name": "backendStatus", "value": "Productive"}],
            "customProperty": [{"name": "site", "value": "Kiel"}]}},
        {"type": "BUNDLED", "product": {
            "id": "TMSP-8949000000000000018-dataConnectivity",
            "productCharacteristic": [{"name": "dataConnectivityType", "value": "LTE"},
                                      {"name": "apn", "value": ["a.b", "c.d"]}]}},
        {"type": "BUNDLED", "product": {
            "id": "TMSP-8949000000000000018-usageVolume-data",
            "bucketCounter": [
                {"valueName": "global", "counterType": "used",
                 "value": {"amount": 1.5, "units": "MB"}},
                {"valueName": "global", "counterType": "limit",
                 "value": {"amount": 50, "units": "MB"}},
                {"valueName": "satellite", "value": {"amount": 2, "units": "KB"},
                 "consumptionPeriod": {"startDateTime": "2024-06-01",
                                       "endDateTime": "2024-06-30"}}]}},
    ],
}


def test_a_full_product() -> None:
    details = cmo.parse_details(PRODUCT)
    sim = details.sim
    assert (sim.iccid, sim.imsi, sim.msisdn, sim.imei) == (
        "8949000000000000018", "262010000000000", "4915001000000", "358353515329230")
    assert (sim.status, sim.native_status, sim.backend, sim.plan) == (
        "ACTIVE", "Productive", "TMSP", "IoT Basic")
    assert details.attributes == {"site": "Kiel"}
    assert details.extra["apn"] == "a.b, c.d" and details.extra["relatedParty"] == "Acme"
    usage = {u.name: (u.used_bytes, u.limit_bytes, u.period) for u in details.usage}
    assert usage == {"global": (1572864, 52428800, ""),
                     "satellite": (2048, None, "2024-06-01/2024-06-30")}
    assert (sim.used_bytes, sim.limit_bytes) == (1572864, 52428800)


def test_a_status_that_maps_to_none_is_kept_as_it_came() -> None:
    summary = {"id": "1NCE-8949", "status": "INACTIVE",
               "productCharacteristic": [{"name": "ICCID", "value": "8949"}]}
    sim = cmo.parse_sim(summary)
    assert sim is not None and (sim.status, sim.native_status) == ("INACTIVE", "INACTIVE")
    worded = {"id": "1NCE-8949", "status": "",
              "productCharacteristic": [{"name": "ICCID", "value": "8949"},
                                        {"name": "backendStatus", "value": "Disabled"}]}
    sim = cmo.parse_sim(worded)
    assert sim is not None and (sim.status, sim.native_status) == ("SUSPENDED", "Disabled")


def test_a_satellite_terminal() -> None:
    terminal = {"id": "INTELSAT-TS00000005", "status": "ACTIVE",
                "connectivityType": "SATELLITE",
                "productCharacteristic": [{"name": "terminalSerialNumber", "value": "TS00000005"},
                                          {"name": "terminalName", "value": "vessel-5"}]}
    sim = cmo.parse_sim(terminal)
    assert sim is not None
    assert (sim.iccid, sim.name, sim.connectivity, sim.backend) == (
        "TS00000005", "vessel-5", "SATELLITE", "INTELSAT")


def test_find_answers_and_problems() -> None:
    products, problems = cmo.parse_find({"entities": [PRODUCT], "errors": [
        {"type": "about:blank", "status": 404, "title": "Not Found",
         "detail": "No product found for business ID 1.", "instance": "1"}]})
    assert len(products) == 1 and problems == ["No product found for business ID 1."]


def test_rfc7807_problems_become_sentences() -> None:
    problem = _json(409, {"type": "about:blank", "title": "Conflict", "status": 409,
                          "detail": "Transition ACTIVE → CREATED is not allowed by TMSP."})
    with pytest.raises(PlatformError, match="the status change failed: Conflict: Transition") as e:
        cmo.check(problem, "the status change")
    assert e.value.status == 409
    assert cmo.problem_text(Response(502, {}, b"<html>")) == "HTTP 502"


def test_synchronous_and_asynchronous_patch_answers() -> None:
    assert cmo.patch_outcome(_json(200, PRODUCT)) == PRODUCT
    monitor = cmo.patch_outcome(_json(202, {"id": "MON-1", "state": "InProgress",
                                            "sourceHref": "x"}))
    assert isinstance(monitor, cmo.Monitor) and monitor.id == "MON-1" and not monitor.done
    plain = cmo.patch_outcome(_json(200, {"id": "MON-2", "state": "InProgress"}))
    assert isinstance(plain, cmo.Monitor) and plain.id == "MON-2"
    located = cmo.patch_outcome(Response(202, {"location": ROOT + "monitor/MON-9"}, b"{}"))
    assert isinstance(located, cmo.Monitor) and located.id == "MON-9"


def test_monitor_states() -> None:
    done = cmo.parse_monitor({"id": "M", "state": "Completed",
                              "response": {"statusCode": 200, "header": {}, "body": PRODUCT}})
    assert done.done and not done.failed and done.body == PRODUCT
    failed = cmo.parse_monitor({"id": "M", "state": "InError", "response": {
        "statusCode": 422, "body": {"title": "Unprocessable", "detail": "tariff says no"}}})
    assert failed.done and failed.failed and failed.problem() == "Unprocessable: tariff says no"
    odd = cmo.parse_monitor({"id": "M", "state": "Completed", "response": {
        "statusCode": "500", "body": "{\"detail\": \"backend down\"}"}})
    assert odd.failed and odd.problem() == "backend down"


def test_a_get_request_is_paced_by_its_backend() -> None:
    request: Request = cmo.get_product(A, "1NCE-8949-usageVolume-data", pace="1NCE")
    assert request.pace == "1NCE" and request.url == ROOT + "product/1NCE-8949-usageVolume-data"
