"""CMP, sans-IO: every request of the seed built exactly as its examples, every example answer
parsed into exact quantities and aware times."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from cmgui.drivers.fleet import cmp
from cmgui.drivers.fleet.http import Response
from cmgui.drivers.fleet.units import CMP_TZ
from cmgui.service.fleet import AuthError, FleetError, PackageOffer, PlatformError
from tests.unit.fleet.seed import answer, example

A = cmp.parse_address("cmp+https://cmp.example:8443")
MIB, KIB = 1024 * 1024, 1024


def _body(request: object) -> object:
    return json.loads(request.body)  # type: ignore[attr-defined]


def test_addresses() -> None:
    assert A.url("sms/sendSms") == "https://cmp.example:8443/cmp-api/sms/sendSms"
    assert cmp.parse_address("cmp+http://127.0.0.1:9/").origin == "http://127.0.0.1:9"
    for bad in ("https://cmp.example", "cmp+https://", "cmp+https://h/other/path"):
        with pytest.raises(FleetError):
            cmp.parse_address(bad)


# --- requests as the seed shows them ----------------------------------------------------------


def test_sim_cdr_request() -> None:
    request = cmp.sim_cdr(A, "8965011909030066336", date(2022, 11, 16), date(2022, 12, 16), 1, 10)
    assert request.method == "GET"
    assert request.url.endswith("/cmp-api/sims/8965011909030066336/cdr")
    assert dict(request.query) == {"received_start_time": "2022-11-16",
                                   "received_end_by": "2022-12-16", "page_no": "1",
                                   "page_size": "10"}
    apn = cmp.sim_cdr(A, "89", date(2022, 11, 16), date(2022, 12, 16),
                      apn="&&&internet&0&&3&3,&&&ca.ntt.com&0&&3&3")
    assert apn.url.endswith("/sims/89/cdr/apn")
    assert dict(apn.query)["apn"] == "&&&internet&0&&3&3,&&&ca.ntt.com&0&&3&3"


def test_package_requests() -> None:
    assert _body(cmp.sync_packages(A, 1, 2, "1.0")) == {"page_no": 1, "page_size": 2,
                                                         "version": "1.0"}
    offer = PackageOffer("DP20190726001274", "C_M_0_P_中国20M不限速月套餐", "2", 20 * MIB)
    assert _body(cmp.batch_order_packages(A, ["89852022018041800192", "89852022018041800193"],
                                          offer)) == example("batch_order_body")
    assert _body(cmp.query_order(A, page_size=3)) == example("query_order_body")
    assert _body(cmp.open_package(A, "202107061625560742397")) == example("open_package_body")
    assert _body(cmp.cancel_package(A, "202108011627816741391")) == example(
        "cancel_package_body")
    assert _body(cmp.ahead_finish(A, "202107061625560742397", "test")) == example(
        "ahead_finish_body")


def test_sms_requests() -> None:
    targets = [("89430101523088119436", "LK20240509120100000002"),
               ("89430101523088119435", "LK20240509120100000001")]
    request = cmp.send_sms(A, targets, "The content of the MT SMS")
    assert _body(request) == example("send_sms_body")
    assert request.header("Content-Type") == "application/json"
    assert _body(cmp.query_mt_status(A, "8961026924500530494", "LK20240531155200000001", 1,
                                     10)) == example("query_mt_body")
    assert _body(cmp.query_sms_cdr(A, "89430101523088119435", date(2024, 6, 3),
                                   date(2024, 6, 4), 1, 3)) == example("query_sms_cdr_body")
    assert _body(cmp.query_latest_cdr(A, "525016126013486")) == example("latest_cdr_body")


@pytest.mark.parametrize("msg_id", ["20240509", "LK" + "1" * 31, "LK 1"])
def test_message_ids_must_start_with_lk_and_fit_32(msg_id: str) -> None:
    with pytest.raises(FleetError, match="LK"):
        cmp.send_sms(A, [("89", msg_id)], "x")


def test_new_message_ids_are_lk_utc8_and_short() -> None:
    msg_id = cmp.new_msg_id(datetime(2024, 5, 31, 7, 52, tzinfo=UTC), 12)
    assert msg_id == "LK2024053115520000000012"
    assert len(msg_id) <= 32


def test_device_requests() -> None:
    assert _body(cmp.query_device(A, "89852202310161621656", 1606268400095)) == example(
        "query_device_body")
    assert _body(cmp.query_batch_device(A, 91, 2)) == example("query_batch_body")
    assert _body(cmp.pause_service(A, "device_id_b1b04b45e20c", "order_id_121270d9e485")) == (
        example("pause_body"))
    assert _body(cmp.restart_service(A, "device_id_b1b04b45e20c", "order_id_121270d9e485")) == (
        example("restart_body"))
    bind = cmp.bind_device(A, "8949120240814080070", "860996043052016")
    assert bind.url.endswith("/cmp-api/device/bind") and _body(bind) == example("bind_body")
    assert cmp.bind_device(A, "1", "2", spelling="bound").url.endswith("/device/bound")
    assert cmp.binding_history(A, "8949120240814080070").url.endswith(
        "/device/getBindTrackList")
    assert cmp.binding_history(A, "x", spelling="bound").url.endswith(
        "/device/getBoundTrackList")
    assert _body(cmp.binding_history(A, "8949120240814080070")) == example("bind_history_body")


# --- answers ----------------------------------------------------------------------------------


def test_the_sim_cdr_example() -> None:
    data = cmp.envelope(answer("sim_cdr"), "cdr")
    records = cmp.parse_data_cdrs(data, "89430101523088119435")
    assert [r.bytes for r in records] == [1, 2, 1303552, 1303552]
    first = records[0]
    assert first.start == datetime(2024, 5, 9, 18, 18, 56, tzinfo=CMP_TZ)
    assert first.start.utcoffset() == timedelta(hours=8)
    assert (first.end, first.plmn, first.network, first.plan) == (
        None, "46000", "4G", "LP14240410004345")
    page = cmp.page_info(data, 1)
    assert (page.total_pages, page.total_count) == (None, 4)
    assert not page.more(4, 4, 100)


def test_the_sim_cdr_apn_example() -> None:
    records = cmp.parse_data_cdrs(cmp.envelope(answer("sim_cdr_apn"), "cdr"), "x")
    assert [r.bytes for r in records] == [1, 12288, 8929280]
    assert records[2].start == datetime(2024, 4, 11, 11, 50, 25, tzinfo=CMP_TZ)


def test_the_package_catalogue_example() -> None:
    data = cmp.envelope(answer("sync_packages"), "sync")
    offers = cmp.parse_offers(data)
    assert [(o.code, o.flow_bytes, o.package_type) for o in offers] == [
        ("DP20181122000201", 1000 * MIB, "2"), ("DP20190924001683", 100 * MIB, "1")]
    assert offers[0].countries == "印度" and offers[0].available
    page = cmp.page_info(data, 1)
    assert (page.number, page.total_pages, page.total_count) == (1, 44, 87)
    assert page.more(2, 2, 2)


def test_the_order_examples() -> None:
    data = cmp.envelope(answer("query_order"), "orders")
    orders = cmp.parse_orders(data)
    assert len(orders) == 3
    first = orders[0]
    assert (first.order_id, first.code, first.status) == (
        "ORDER_1595320587633311744", "DP20210322004206", "not enabled")
    assert (first.flow_bytes, first.used_bytes) == (10 * MIB, 0)
    assert first.ordered == datetime(2022, 11, 23, 15, 37, 22, tzinfo=CMP_TZ)
    assert (first.active_from, first.expires) == (None, None)
    assert cmp.page_info(data, 1).total_pages == 64
    batch = cmp.envelope(answer("batch_order"), "order")
    assert [r["order_id"] for r in batch["device_order"]] == [
        "ORDER_47454030993031168", "ORDER_47453927590854656"]


def test_open_cancel_and_end_examples() -> None:
    opened = cmp.envelope(answer("open_package"), "open")
    assert opened["order_id"] == "202107061625560742397"
    for name in ("cancel_package", "ahead_finish", "send_sms", "restart", "pause"):
        assert cmp.envelope(answer(name), name) is None


def test_the_mt_status_example() -> None:
    rows = cmp.parse_mt_status(cmp.envelope(answer("query_mt"), "mt"))
    assert rows == [{"ICCID": "8961026924500530494", "MSISDN": "61482271041", "sent": True,
                     "delivery": "delivered", "sentAt": "2024-05-31T15:52:34+08:00",
                     "reportAt": "2024-05-31T15:52:38+08:00"}]


def test_the_sms_cdr_example_and_its_page_shape() -> None:
    data = cmp.envelope(answer("query_sms_cdr"), "sms cdr")
    records = cmp.parse_sms_cdrs(data, "x")
    assert [(r.direction, r.peer, r.iccid) for r in records] == [
        ("MT", "61482271050", "8961026924500530510")] * 2
    page = cmp.page_info(data, 1)
    assert (page.total_pages, page.total_count) == (49, 242)


def test_the_latest_cdr_example_and_gprs_values() -> None:
    facts = cmp.parse_latest_cdr(cmp.envelope(answer("latest_cdr"), "latest"))
    assert facts == {"pdpActive": "false", "gprsTXBytes": "0", "gprsRXBytes": "0"}
    odd = cmp.parse_latest_cdr({"gprs": {"tx": "INF", "rx": "-1.2344e3"}})
    assert odd == {"gprsRXBytes": "-1234"}
    assert cmp.parse_latest_cdr({"gprs": {"tx": "NaN", "rx": "+1234.456"}}) == {
        "gprsRXBytes": "1234"}


def test_the_device_example() -> None:
    sim = cmp.parse_device(cmp.envelope(answer("query_device"), "device"))
    assert sim.iccid == "89852202310161621656"
    assert (sim.imsi, sim.msisdn) == ("440039980621656", "")  # FFFFFFFFFF is no MSISDN
    assert (sim.status, sim.native_status) == ("ACTIVE", "lifecycle 2")
    assert (sim.limit_bytes, sim.used_bytes) == (30720 * MIB, 0)
    assert sim.plan.startswith("C_K_D_000016")


def test_the_batch_device_example() -> None:
    data = cmp.envelope(answer("query_batch"), "devices")
    sims = cmp.parse_devices(data)
    assert [(s.iccid, s.imsi, s.msisdn, s.status) for s in sims] == [
        ("8961026924500530387", "505026900144514", "61482271037", "ACTIVE"),
        ("8961026924500530395", "505026900144515", "61482271038", "ACTIVE")]
    assert sims[0].backend == "SP000040"
    page = cmp.page_info(data, 91)
    assert (page.number, page.total_pages) == (91, 92)
    assert page.more(2, 2, 2)


def test_bind_examples() -> None:
    assert cmp.envelope(answer("bind"), "bind") == "操作成功"
    history = cmp.envelope(answer("bind_history"), "history")
    assert history[0]["imei"] == "860996043052016"


@pytest.mark.parametrize(("lifecycle", "order", "status"), [
    ("0", "1", "INVENTORY"), ("1", "1", "PENDING_ACTIVE"), ("2", "2", "ACTIVE"),
    ("2", "5", "SUSPENDED"), ("3", "", "SUSPENDED"), ("4", "3", "TERMINATED"),
    ("5", "", "INVENTORY"), ("9", "", "lifecycle 9"),
])
def test_lifecycle_statuses(lifecycle: str, order: str, status: str) -> None:
    assert cmp.lifecycle_status(lifecycle, order)[0] == status


def test_envelope_errors_in_the_platforms_words() -> None:
    failed = Response(200, {}, json.dumps({"code": "1004", "data": None,
                                           "message": "device does not exist",
                                           "success": False}).encode())
    with pytest.raises(PlatformError, match="device does not exist") as err:
        cmp.envelope(failed, "reading the SIM")
    assert cmp.is_unknown_device(err.value)
    nested = example("sim_cdr")
    nested["data"]["status"]["code"] = "CB-01-0002"
    nested["data"]["status"]["message"] = "range too long"
    with pytest.raises(PlatformError, match="range too long"):
        cmp.envelope(Response(200, {}, json.dumps(nested).encode()), "cdr")
    with pytest.raises(AuthError, match="signature"):
        cmp.envelope(Response(403, {}, b""), "x")
    with pytest.raises(AuthError):
        cmp.envelope(Response(401, {}, b""), "x")
    with pytest.raises(PlatformError, match="rate limiting"):
        cmp.envelope(Response(429, {}, b""), "x")


def test_cdr_ranges_stay_within_180_days() -> None:
    today = date(2024, 7, 1)
    assert cmp.cdr_range(None, None, today) == (date(2024, 6, 1), today)
    assert cmp.cdr_range(date(2024, 1, 3), None, today) == (date(2024, 1, 3), today)
    with pytest.raises(FleetError, match=r"180 days.*2024-01-03"):
        cmp.cdr_range(date(2024, 1, 2), None, today)
    with pytest.raises(FleetError, match="ends"):
        cmp.cdr_range(date(2024, 6, 2), date(2024, 6, 1), today)
