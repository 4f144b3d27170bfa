"""Functions a backend answers with the specification's own error on every device of its kind
(``spec_answers`` of the device class: ModemManager, SMS gateway ports): each gives exactly that
error, and a callback that rests only on such functions is never offered for registration."""

from __future__ import annotations

import inspect
import re
import typing

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.callbacks import emitted_by
from cmgui.service.device import Device
from tests.contract.test_contract import _dummy, eventually, unlock


def _answers(device: Device) -> dict[str, str]:
    answers: dict[str, str] = getattr(device, "spec_answers", {})
    if not answers:
        pytest.skip("this backend answers no function with a fixed error")
    return answers


def codes_of(answer: str) -> set[int]:
    """``"19 (20 while not connected), why"`` -> {19, 20}."""
    return {int(n) for n in re.findall(r"\d+", answer.split(",", 1)[0])}


def test_codes_of() -> None:
    assert codes_of("260, no data path") == {260}
    assert codes_of("19 (20 while not connected), ModemManager reports no QoS") == {19, 20}


async def test_each_answer_is_the_specifications_error(device: Device) -> None:
    answers = _answers(device)
    await unlock(device)
    for name, answer in sorted(answers.items()):
        assert name in device.supported_functions(), name
        seam = getattr(Device, name)
        hints = typing.get_type_hints(seam)
        kwargs = {p.name: _dummy(hints[p.name])
                  for p in inspect.signature(seam).parameters.values()
                  if p.name != "self" and p.default is inspect.Parameter.empty}
        with pytest.raises(CmapiError) as info:
            await getattr(device, name)(**kwargs)
        assert int(info.value.code) in codes_of(answer), (name, info.value)
        assert isinstance(info.value.data, dict) and info.value.data.get("reason"), name


async def test_callbacks_of_answered_functions_are_not_offered(device: Device) -> None:
    answers = _answers(device)
    others = device.supported_functions() - set(answers)
    never = emitted_by(answers) - emitted_by(others)
    assert never, "the answered functions should leave some callback unsendable"
    assert not never & device.emitted_callbacks()


async def test_qos_is_unsupported_while_connected_where_so_answered(device: Device) -> None:
    answer = _answers(device).get("information_get_qos", "")
    if ErrorCode.QOS_UNSUPPORTED not in codes_of(answer):
        pytest.skip("QoS is not answered as unsupported while connected here")
    await unlock(device)

    async def registered() -> bool:
        state = (await device.information_get_ps_network_registration())["registrationState"]
        return state in ("registeredHome", "registeredRoaming")

    await eventually(registered)
    await device.net_connect_srv_connect_async(apn="internet")
    try:
        with pytest.raises(CmapiError) as info:
            await device.information_get_qos()
        assert info.value.code == ErrorCode.QOS_UNSUPPORTED
    finally:
        await device.net_connect_srv_disconnect_async()
    with pytest.raises(CmapiError) as info:
        await device.information_get_qos()
    assert info.value.code == ErrorCode.NOT_CONNECTED
