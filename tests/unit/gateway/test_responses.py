"""What the gateway's answers say besides their payload: the serial number its pushes carry."""

from __future__ import annotations

import pytest

from cmgui.drivers.gateway.protocol import responses as rs


@pytest.mark.parametrize(("body", "serial"), [
    (b'{"error_code":202,"sn":"da00-0030-1901-2817","sms_in_queue":0,"task_id":1}',
     "da00-0030-1901-2817"),
    (b'{ "sn" : "x-1" , "error_code": 200, "info": []}', "x-1"),
    (b'{"error_code":200,"info":[]}', ""),
    (b'not json at all', ""),
    (b'{"sn":""}', ""),
])
def test_the_serial_number_an_answer_carries(body: bytes, serial: str) -> None:
    assert rs.serial_number(body) == serial
