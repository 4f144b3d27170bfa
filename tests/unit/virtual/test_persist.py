"""The demo modem remembers itself between runs and is shared by processes that run it at once."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cmgui.drivers.virtual import smspdu
from cmgui.drivers.virtual.events import RegistrationChanged, SmsStored
from cmgui.drivers.virtual.model import ModemConfig, VirtualModem
from cmgui.drivers.virtual.persist import restore, snapshot
from cmgui.drivers.virtual.shared import SharedModem
from cmgui.drivers.virtual.sim import SimState
from cmgui.drivers.virtual.smsstore import MsgStat
from cmgui.drivers.virtual.state_file import StateFile

START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def modem(start: datetime = START) -> VirtualModem:
    return VirtualModem(ModemConfig(wall_start=start))


def submit(number: str, text: str) -> bytes:
    return smspdu.encode_submit(number, text)[0]


def used(m: VirtualModem) -> dict[str, list[int]]:
    return {name: [i for i, _ in store.items()] for name, store in m.storages.items()}


def test_round_trip_keeps_what_hardware_keeps() -> None:
    a = modem()
    a.enter_pin("1234")
    a.advance(2.0)
    assert a.registered
    a.preload_sms("+15550123", "kept")
    a.data.define(3, "IPV4V6", "work.apn")
    a.activate(1)
    a.advance(3.0)
    a.set_cfun(4)
    counters = (a.data.total_tx, a.data.total_rx)
    assert counters[1] > 0
    a.wlan.add_known("VirtualHome", "virtual-home-pass", 5)

    b = modem(START + timedelta(minutes=5))
    restore(b, snapshot(a))
    assert b.sim.state is SimState.READY
    assert b.cfun == 4 and not b.registered  # the radio stays off, so nothing is registered
    assert used(b) == used(a)
    assert b.data.get(3).apn == "work.apn" and b.data.get(3).pdp_type == "IPV4V6"
    assert not b.data.active()  # radio off: the context went down with it
    assert (b.data.total_tx, b.data.total_rx) == counters
    assert [k.ssid for k in b.wlan.known()] == ["VirtualHome"]
    assert snapshot(b)["sms"] == snapshot(a)["sms"]


def test_restored_device_is_registered_at_once_and_announces_it() -> None:
    a = modem()
    a.enter_pin("1234")
    a.advance(2.0)
    b = modem()
    b.drain_events()
    restore(b, snapshot(a))
    assert b.registered  # it stayed powered: no new search delay
    assert any(isinstance(e, RegistrationChanged) for e in b.drain_events())


def test_a_delivery_the_network_owes_survives_the_sender() -> None:
    a = modem()
    a.enter_pin("1234")
    a.advance(2.0)
    a.send_sms(submit(a.config.echo_number, "Hello"))
    saved = snapshot(a)  # the sender goes away before the echo arrives
    b = modem(START + timedelta(seconds=60))  # the next run, a minute later
    restore(b, saved)
    b.advance(0.0)
    texts = [smspdu.decode_tpdu(m.tpdu).text for _, m in b.storage("SM").items()]
    assert texts == ["echo: Hello"]
    assert b.outbox == []


def test_shared_modems_see_each_others_changes(tmp_path: Path) -> None:
    file = StateFile(tmp_path / "generic.json")
    one, two = SharedModem(modem(), file), SharedModem(modem(), file)
    one.step(lambda: one.model.enter_pin("1234"))
    two.step(lambda: None)
    assert two.model.sim.ready
    two.step(lambda: two.model.preload_sms("+15550123", "from two"))
    one.step(lambda: None)
    assert used(one.model)["SM"] == [0]
    assert file.erase()  # a power cycle to factory state
    one.step(lambda: None)
    assert one.model.sim.state is SimState.PIN_REQUIRED and used(one.model)["SM"] == []
    two.step(lambda: None)
    assert two.model.sim.state is SimState.PIN_REQUIRED and used(two.model)["SM"] == []


def test_a_damaged_state_file_means_a_fresh_device(tmp_path: Path) -> None:
    file = StateFile(tmp_path / "generic.json")
    file.write("{not json")
    shared = SharedModem(modem(), file)
    shared.step(lambda: None)
    assert shared.model.sim.state is SimState.PIN_REQUIRED
    assert file.read() is not None and file.read() != "{not json"


def test_a_delivery_due_is_delivered_once_by_whoever_runs(tmp_path: Path) -> None:
    file = StateFile(tmp_path / "generic.json")
    one, two = SharedModem(modem(), file), SharedModem(modem(), file)
    one.step(lambda: (one.model.enter_pin("1234"), one.model.advance(2.0)))
    two.step(lambda: two.model.advance(2.0))
    one.step(lambda: one.model.send_sms(submit(one.model.config.echo_number, "once")))
    two.step(lambda: two.model.advance(10.0))
    one.step(lambda: one.model.advance(10.0))
    assert len(one.model.storage("SM").items()) == 1
    stored = [e for e in one.model.drain_events() + two.model.drain_events()
              if isinstance(e, SmsStored)]
    assert len(stored) == 1


def _store_messages(path: str, who: str, count: int) -> None:
    shared = SharedModem(VirtualModem(ModemConfig(sm_capacity=200)), StateFile(Path(path)))
    for n in range(count):
        shared.step(lambda n=n: shared.model.preload_sms("+1555", f"{who} {n}"))


def test_two_processes_at_once_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "generic.json")
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_store_messages, args=(path, who, 40)) for who in "ab"]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    check = SharedModem(VirtualModem(ModemConfig(sm_capacity=200)), StateFile(Path(path)))
    check.step(lambda: None)
    texts = sorted(smspdu.decode_tpdu(m.tpdu).text
                   for _, m in check.model.storage("SM").items())
    assert texts == sorted(f"{who} {n}" for who in "ab" for n in range(40))
    assert all(m.stat is MsgStat.REC_UNREAD for _, m in check.model.storage("SM").items())
