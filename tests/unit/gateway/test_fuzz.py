"""The gateway core never raises anything but its own errors, whatever the gateway sends."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.drivers.gateway.protocol import pushes as ps
from cmgui.drivers.gateway.protocol import responses as rs
from cmgui.drivers.gateway.protocol.digest import parse_challenges
from cmgui.drivers.gateway.protocol.tolerant import GatewayProtocolError

PARSERS: list[Callable[[bytes], Any]] = [
    rs.parse_send_sms, rs.parse_sms_results, rs.parse_deliver_status, rs.parse_queue,
    rs.parse_incoming, rs.parse_stop, rs.parse_send_ussd, rs.parse_ussd_reply,
    rs.parse_port_info, rs.parse_set_port, rs.parse_cdr, rs.parse_stk_view, rs.parse_stk_frame,
    rs.parse_stk_go, rs.parse_status, ps.parse_push,
]
KEYS = st.sampled_from(["error_code", "error code", "sn", "result", "sms", "info", "reply", "cdr",
                        "port", "number", "status", "ref_id", "count", "user_id", "text",
                        "incoming_sms_id", "performance", "cpu_used", "item", "input_type",
                        "frame_id", "sms_result", "register", "device", "ussd", "reg",
                        "signal", "imsi", "time", "status_code", "in_queue", "task_id"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=20),
                    st.sampled_from(["200", "202", "<NULL>", "REGISTER_OK", "2", " "]))
JSONISH = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=6)), max_leaves=25)
OWN_ERRORS = (GatewayProtocolError, rs.GatewayApiError)


def _run_all(body: bytes) -> None:
    for parse in PARSERS:
        with contextlib.suppress(*OWN_ERRORS):
            parse(body)


@settings(max_examples=300, deadline=None)
@given(JSONISH)
def test_any_json_shape(value: Any) -> None:
    _run_all(json.dumps(value).encode())


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes(body: bytes) -> None:
    _run_all(body)


@settings(max_examples=200, deadline=None)
@given(JSONISH, st.sampled_from(["}", "]}{", ",", "{}", "}}", " \n"]))
def test_stray_tails(value: Any, tail: str) -> None:
    _run_all((json.dumps(value) + tail).encode())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=3))
def test_any_challenge_header(values: list[str]) -> None:
    parse_challenges(values)
