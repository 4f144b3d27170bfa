"""The virtual modem's memory between runs: its state as JSON, and back.

Hardware keeps its state while it stays powered: an unlocked SIM stays unlocked, messages stay
in their storages, PDP contexts stay defined (and active), the radio stays off once turned off,
byte counters keep counting. :func:`snapshot` captures exactly that (never the per-connection
AT settings such as echo or +CMEE, and nothing that moves on its own such as the signal walk);
:func:`restore` puts it back into a running model *in place*, so an AT session bound to the
model carries on. Times that outlive the process (deliveries the network still owes, when a
context came up) are kept as wall-clock times.

Pure: no files here (see :mod:`.state_file`).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from .data import PdpContext
from .model import Delivery, VirtualModem
from .phonebook import Contact
from .radio import ModePref
from .smsstore import MsgStat, StoredMessage

VERSION = 1

State = dict[str, Any]


def _iso(value: datetime) -> str:
    return value.isoformat()


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value)


def snapshot(model: VirtualModem) -> State:
    """What the device remembers, as JSON-ready data."""
    sim = model.sim
    wall = model.wall_time()
    return {
        "version": VERSION,
        "sim": {"present": sim.present, "pin": sim.pin, "puk": sim.puk,
                "pin_enabled": sim.pin_enabled, "pin_tries": sim.pin_tries,
                "puk_tries": sim.puk_tries, "verified": sim.verified},
        "radio": {"cfun": model.cfun, "mode": model.mode.value, "selection": model.selection,
                  "manual": model.manual.numeric if model.manual else None,
                  "ps_attached": model.ps_attached},
        "sms": {
            "routing": {"mt": model.sms.mt, "ds": model.sms.ds,
                        "mem_read": model.sms.mem_read, "mem_write": model.sms.mem_write,
                        "mem_receive": model.sms.mem_receive},
            "storages": {name: [[index, int(m.stat), m.tpdu.hex(), m.sca]
                                for index, m in store.items()]
                         for name, store in model.storages.items()},
            "next_mr": model.next_mr, "next_concat_ref": model.next_concat_ref,
            "held": [list(item) for item in model.held_sms],
            "partial": [[address, ref, {str(k): v for k, v in parts.items()}]
                        for (address, ref), parts in model.partial.items()],
            "outbox": [{"due": _iso(d.due), "kind": d.kind, "address": d.address,
                        "text": d.text, "mr": d.mr,
                        "submitted": _iso(d.submitted) if d.submitted else None}
                       for d in model.outbox],
        },
        "phonebooks": {name: [[index, c.number, c.type, c.text]
                              for index, c in book.read(book.first, book.last)]
                       for name, book in model.phonebooks.items()},
        "data": {
            "contexts": [{"cid": c.cid, "pdp_type": c.pdp_type, "apn": c.apn,
                          "active": c.active, "address": c.address,
                          "since": _iso(wall - timedelta(seconds=model.now - c.connected_at))
                          if c.active else None,
                          "tx": c.tx_bytes, "rx": c.rx_bytes}
                         for c in model.data.contexts.values()],
            "secondary": [[cid, primary] for cid, primary in model.data.secondary.items()],
            "total_tx": model.data.total_tx, "total_rx": model.data.total_rx,
            "last_error_cause": model.data.last_error_cause,
        },
        "ussd": {"balance_cents": model.ussd.balance_cents},
        "wlan": {"enabled": model.wlan.enabled,
                 "known": [[k.ssid, k.priority, k.passphrase] for k in model.wlan.known()],
                 "connected": model.wlan.connected.bssid if model.wlan.connected else None},
    }


def restore(model: VirtualModem, state: State) -> None:
    """Put ``state`` back into ``model``; what changes is announced as the device would (a
    registration or data change becomes a URC). An unknown version leaves the model as it is."""
    if state.get("version") != VERSION:
        return
    sim = model.sim
    for key, value in state["sim"].items():
        setattr(sim, key, value)
    radio = state["radio"]
    model.cfun = int(radio["cfun"])
    model.mode = ModePref(radio["mode"])
    model.selection = int(radio["selection"])
    model.manual = model.find_operator(radio["manual"]) if radio["manual"] else None
    model.ps_attached = bool(radio["ps_attached"])
    _restore_sms(model, state["sms"])
    for name, entries in state["phonebooks"].items():
        book = model.phonebooks.get(name)
        if book is not None:
            book.replace_all({int(i): Contact(n, int(t), text) for i, n, t, text in entries})
    model.ussd.balance_cents = int(state["ussd"]["balance_cents"])
    _restore_wlan(model, state["wlan"])
    # The device stayed powered: it is registered (or not) at once, no search delay.
    model.refresh_registration()
    _restore_data(model, state["data"])
    model.wake_for_outbox()


def _restore_sms(model: VirtualModem, sms: State) -> None:
    routing = sms["routing"]
    for key in ("mt", "ds"):
        setattr(model.sms, key, int(routing[key]))
    for key in ("mem_read", "mem_write", "mem_receive"):
        setattr(model.sms, key, str(routing[key]))
    for name, rows in sms["storages"].items():
        store = model.storages.get(name)
        if store is not None:
            store.replace_all({int(i): StoredMessage(MsgStat(int(stat)), bytes.fromhex(pdu), sca)
                               for i, stat, pdu, sca in rows})
    model.next_mr = int(sms["next_mr"])
    model.next_concat_ref = int(sms["next_concat_ref"])
    model.held_sms = [(str(a), str(b)) for a, b in sms["held"]]
    model.partial = {(address, int(ref)): {int(k): v for k, v in parts.items()}
                     for address, ref, parts in sms["partial"]}
    model.outbox = [Delivery(_when(d["due"]), d["kind"], d["address"], d["text"], int(d["mr"]),
                             _when(d["submitted"]) if d["submitted"] else None)
                    for d in sms["outbox"]]


def _restore_data(model: VirtualModem, data: State) -> None:
    service = model.data
    before = {cid: ctx.active for cid, ctx in service.contexts.items()}
    wall = model.wall_time()
    contexts: dict[int, PdpContext] = {}
    for row in data["contexts"]:
        active = bool(row["active"]) and model.registered and model.ps_attached
        since = (wall - _when(row["since"])).total_seconds() if active and row["since"] else 0.0
        contexts[int(row["cid"])] = PdpContext(
            int(row["cid"]), row["pdp_type"], row["apn"], active,
            row["address"] if active else "", model.now - since,
            int(row["tx"]), int(row["rx"]))
    service.contexts = contexts
    service.secondary = {int(cid): int(primary) for cid, primary in data["secondary"]}
    service.total_tx = int(data["total_tx"])
    service.total_rx = int(data["total_rx"])
    service.last_error_cause = int(data["last_error_cause"])
    for cid, ctx in contexts.items():
        if before.get(cid, False) != ctx.active:
            model.announce_data(cid, ctx.active)
    if service.active():
        model.start_data_clock()


def _restore_wlan(model: VirtualModem, wlan: State) -> None:
    radio = model.wlan
    radio.enabled = bool(wlan["enabled"])
    radio.forget_all()
    for ssid, priority, passphrase in wlan["known"]:
        radio.add_known(ssid, passphrase, int(priority))
    radio.connected = next((n for n in radio.networks if n.bssid == wlan["connected"]), None) \
        if radio.enabled else None
