"""Discovery (5.1) on wildcard binds (issue 13, item 6): each asker is told an address it can
reach, never 127.0.0.1 unless it asks from this host."""

from __future__ import annotations

import pytest

from cmgui.drivers.remote.discovery import query_mdns
from cmgui.server.discovery import Announcer, address_towards, answer_address

OWN = address_towards("192.0.2.1")  # this host's address on its default route, if any
needs_network = pytest.mark.skipif(OWN is None or OWN.startswith("127."),
                                   reason="this machine has no non-loopback IPv4 address")


def test_a_specific_bind_is_announced_as_bound() -> None:
    assert answer_address("192.168.7.2", "192.168.7.50") == "192.168.7.2"
    assert answer_address("127.0.0.1", "127.0.0.1") == "127.0.0.1"


def test_a_loopback_bind_is_not_announced_to_other_hosts() -> None:
    assert answer_address("127.0.0.1", "192.0.2.77") is None


def test_a_wildcard_bind_tells_each_asker_the_facing_address() -> None:
    assert answer_address(None, "127.0.0.1") == "127.0.0.1"
    facing = answer_address(None, "192.0.2.77")  # TEST-NET: through the default route
    assert facing == address_towards("192.0.2.77")
    assert facing is None or not facing.startswith("127.")


@needs_network
async def test_a_wildcard_announcer_answers_a_lan_asker_with_its_lan_address() -> None:
    assert OWN is not None
    announcer = Announcer(None, 9999, "http", bind=("0.0.0.0", 0), group=None)
    await announcer.start()
    try:
        lan = await query_mdns((OWN, announcer.port), timeout=2)
        local = await query_mdns(("127.0.0.1", announcer.port), timeout=2)
    finally:
        await announcer.stop()
    assert lan == f"http://{OWN}:9999/cmapi"
    assert local == "http://127.0.0.1:9999/cmapi"
