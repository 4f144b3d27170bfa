"""The demo modem opened by its address is one device that keeps its state, like hardware."""

from __future__ import annotations

from cmgui.drivers.at.virtual_backend import VirtualAtDevice, factory_reset


async def pin1(dev: VirtualAtDevice) -> str:
    status = await dev.information_get_pin_status()
    return next(str(e["PINState"]) for e in status["PINStatusList"] if e["PINType"] == "PIN1")


async def pin_state() -> str:
    dev = VirtualAtDevice("virtual")
    await dev.open()
    try:
        return await pin1(dev)
    finally:
        await dev.close()


async def test_an_unlocked_sim_stays_unlocked_until_a_reset() -> None:
    assert await pin_state() == "PINRequired"
    dev = VirtualAtDevice("virtual")
    await dev.open()
    try:
        await dev.dev_srv_verify_pin(pin="1234")
        await dev.dev_srv_set_radio_state(radio_state=False)
    finally:
        await dev.close()
    again = VirtualAtDevice("virtual")
    await again.open()
    try:
        assert await pin1(again) != "PINRequired"
        assert (await again.information_get_radio_state())["radioState"] is False
    finally:
        await again.close()
    assert factory_reset("virtual")
    assert await pin_state() == "PINRequired"


async def test_two_openings_at_once_share_one_device() -> None:
    one, two = VirtualAtDevice("virtual"), VirtualAtDevice("virtual")
    await one.open()
    await two.open()
    try:
        await one.dev_srv_verify_pin(pin="1234")
        assert await pin1(two) != "PINRequired"
    finally:
        await one.close()
        await two.close()


async def test_a_device_opened_with_options_is_its_own() -> None:
    dev = VirtualAtDevice("virtual", pin_enabled=False)
    await dev.open()
    await dev.close()
    assert not factory_reset("virtual")  # nothing was saved for the shared demo modem
