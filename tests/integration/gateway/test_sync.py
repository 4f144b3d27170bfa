"""Inbound SMS archived exactly once: own high-water mark, never the gateway's read flag,
crash-safe, a gateway reset survived."""

from __future__ import annotations

import pytest

from cmgui.cmapi.errors import CmapiError
from cmgui.drivers.gateway.gateway import DinstarGateway
from cmgui.drivers.virtual_gateway.model import InSms
from cmgui.store.errors import StoreError
from cmgui.store.gateway import GatewayArchive
from tests.integration.gateway.support import ADMIN, FAST_POLL, virtual_gateway


@pytest.fixture(autouse=True)
def _each_engine(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test on the SQLite file and on a PostgreSQL store (``store_url``)."""
    if "://" in store_url:
        monkeypatch.setenv("CMGUI_STORE", store_url)


async def test_every_port_archived_once_with_port_and_sim() -> None:
    async with virtual_gateway() as server:
        for port, text in ((0, "first"), (2, "second"), (7, "third")):
            server.model.inject_sms(port, "+4915100000", text)
        async with DinstarGateway(server.address, credentials=ADMIN,
                                  intervals=FAST_POLL) as gateway:
            outcome = await gateway.sync_inbound()
            assert (outcome.listed, outcome.new, outcome.duplicates, outcome.mark) == (3, 3, 0, 3)
            assert (await gateway.sync_inbound()).new == 0
            # another program reads with flag=unread: the gateway marks them read
            await gateway.session.client.incoming(flag="unread")
            server.model.inject_sms(0, "+4915100000", "fourth")
            await gateway.session.client.incoming(flag="unread")
            assert (await gateway.sync_inbound()).new == 1  # not lost
            rows = await gateway.recent_inbound()
        assert sorted((m.port, m.text, m.imsi) for m in rows) == [
            (0, "first", "001010000000000"), (0, "fourth", "001010000000000"),
            (2, "second", "001010000000002"), (7, "third", "001010000000007")]


async def test_a_failed_archive_write_leaves_the_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    async with virtual_gateway() as server:
        server.model.inject_sms(0, "+4915100000", "kept")
        async with DinstarGateway(server.address, credentials=ADMIN,
                                  intervals=FAST_POLL) as gateway:
            archive = gateway.session.archive
            assert archive is not None
            original = GatewayArchive.archive_inbound

            async def broken(*args: object, **kwargs: object) -> None:
                raise StoreError("disk full")

            monkeypatch.setattr(GatewayArchive, "archive_inbound", broken)
            with pytest.raises(StoreError):
                await gateway.sync_inbound()
            assert archive.mark(gateway.session.gateway) == 0
            monkeypatch.setattr(GatewayArchive, "archive_inbound", original)
            assert (await gateway.sync_inbound()).new == 1


async def test_a_gateway_reset_reusing_ids_loses_nothing() -> None:
    async with virtual_gateway() as server:
        server.model.inject_sms(0, "+1", "old one")
        server.model.inject_sms(0, "+1", "old two")
        async with DinstarGateway(server.address, credentials=ADMIN,
                                  intervals=FAST_POLL) as gateway:
            assert (await gateway.sync_inbound()).new == 2
            server.model.incoming = [InSms(1, 2, "+2", "new one", "2030-01-01 10:00:00")]
            server.model.next_incoming = 2
            server.model.inject_sms(2, "+2", "new two")
            server.model.inject_sms(2, "+2", "new three")
            assert (await gateway.sync_inbound()).new == 1  # only id 3 is above the mark
            again = await gateway.sync_inbound(from_start=True)
            assert (again.listed, again.new, again.duplicates) == (3, 2, 1)
            texts = sorted(m.text for m in await gateway.recent_inbound())
        assert texts == ["new one", "new three", "new two", "old one", "old two"]


async def test_sync_without_a_database_says_so() -> None:
    async with virtual_gateway() as server:
        gateway = DinstarGateway(server.address, credentials=ADMIN, archive=False)
        async with gateway:
            with pytest.raises(CmapiError) as info:
                await gateway.sync_inbound()
        assert "local database" in info.value.data["reason"]
