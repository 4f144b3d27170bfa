"""``cmcli serve --team --gateway-push HOST:PORT``: the team's receiver of the gateways' pushes.

It archives what ``cmcli gateway listen`` archives (inbound SMS with their port and SIM,
delivery states) into the shared store, under each gateway's address, the same key the team's
polling and every other receiver use, so a message pushed twice, pushed and polled, or received
by two servers is archived once (the store's unique keys). Every gateway of the team pushes to
the one URL: the gateways logged in to on this machine (or the one ``-g``/``$CMGUI_GATEWAY``
names) are asked once for their serial number, which every push carries, and each push is
filed under its gateway. A push from a gateway not known here is filed under its serial number
(``sn:…``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from cmgui.cli.common import CliError, Output
from cmgui.cli.gateway_cmds import ENV_GATEWAY, resolve_gateway
from cmgui.cli.serve_cmds import parse_listen
from cmgui.cmapi.errors import CmapiError
from cmgui.drivers.gateway import listen
from cmgui.drivers.gateway.credentials import saved_gateways
from cmgui.drivers.gateway.gateway import DinstarGateway
from cmgui.drivers.gateway.protocol import pushes as ps
from cmgui.drivers.gateway.push import PushReceiver
from cmgui.store.engine import Database
from cmgui.store.gateway import GatewayArchive


def push_gateways(args: argparse.Namespace) -> list[str]:
    """The gateways whose pushes are received: the one named (``-g``, ``$CMGUI_GATEWAY``),
    else every gateway logged in to on this machine (none: serial numbers)."""
    if getattr(args, "gateway", None) or os.environ.get(ENV_GATEWAY):
        return [resolve_gateway(args)]
    return [entry.address for entry in saved_gateways()]


class _Source:
    """One gateway whose pushes are expected: its archiver, and its ports' SIMs (asked again
    whenever a SIM registers)."""

    def __init__(self, key: str | None, archive: GatewayArchive) -> None:
        self.key = key
        self.gateway: DinstarGateway | None = None
        self.ports: dict[int, Any] = {}
        self.archiver = listen.PushArchiver(archive, key, lambda: self.ports)

    async def open(self, out: Output) -> None:
        """Ask the gateway for its ports' SIMs (and so its serial number); said on ``out``
        when it cannot be asked."""
        if self.key is None:
            return
        await self.close()
        gateway = DinstarGateway(self.key, archive=False)
        try:
            await gateway.open()
            self.ports = await listen.fetch_ports(gateway)
        except CmapiError as err:
            reason = err.data.get("reason") if isinstance(err.data, dict) else err
            out.stderr.write(f"cmcli: {self.key} cannot be asked for its SIMs ({reason}); its "
                             "pushed messages are archived without them\n")
            await gateway.close()
            return
        self.gateway = gateway

    @property
    def serial(self) -> str:
        return self.gateway.serial if self.gateway is not None else ""

    async def handle(self, event: ps.PushEvent) -> bool | None:
        kept = await self.archiver.handle(event)  # an error: answered 503, sent again
        if self.gateway is not None and isinstance(event, ps.PushRegister):
            self.ports = await listen.fetch_ports(self.gateway)
        return kept

    async def close(self) -> None:
        gateway, self.gateway = self.gateway, None
        if gateway is not None:
            await gateway.close()


@contextlib.asynccontextmanager
async def push_receiver(
    host: str, port: int, gateways: Sequence[str], archive: GatewayArchive, out: Output, *,
    on_event: Callable[[ps.PushEvent, bool | None], None] | None = None, option: str = "",
) -> AsyncIterator[PushReceiver]:
    """Receive the pushes of ``gateways`` (their addresses; none: filed by serial number) on
    ``host``:``port`` into ``archive`` while the body runs, with the SIM of each port;
    ``on_event(event, archived)`` after each. With one gateway every push is its own; with
    several, each push goes to the gateway whose serial number it carries. ``option`` names
    the command-line option in the error when the address cannot be listened on."""
    sources = [_Source(key, archive) for key in dict.fromkeys(gateways)]
    unknown = _Source(None, archive)
    try:
        for source in sources:
            await source.open(out)
        by_serial = {s.serial: s for s in sources if s.serial}
        for source in sources:
            if len(sources) > 1 and not source.serial:
                out.stderr.write(f"cmcli: {source.key} did not say its serial number yet; it "
                                 "is asked again when a gateway not known here pushes\n")
        asked: set[str] = set()
        relearning = asyncio.Lock()

        async def source_of(event: ps.PushEvent) -> _Source:
            if len(sources) == 1:
                return sources[0]
            found = by_serial.get(event.sn)
            if found is None and event.sn not in asked:
                asked.add(event.sn)  # a gateway that was away at start may be this one
                async with relearning:  # one round at a time, whatever pushes arrive meanwhile
                    for source in sources:
                        if not source.serial:
                            await source.open(out)
                            if source.serial:
                                by_serial[source.serial] = source
                found = by_serial.get(event.sn)
                if found is None:
                    out.stderr.write(f"cmcli: a push from serial number {event.sn or '?'}, no "
                                     f"gateway logged in to here; filed under sn:{event.sn}\n")
            return found or unknown

        async def sink(events: list[ps.PushEvent]) -> None:
            for event in events:
                kept = await (await source_of(event)).handle(event)
                if on_event is not None:
                    on_event(event, kept)

        def unreadable(message: str) -> None:
            out.stderr.write(f"cmcli: {message}\n")

        receiver = PushReceiver(sink, host, port, on_error=unreadable)
        try:
            try:
                await receiver.start()
            except OSError as exc:
                raise CliError(f"{option + ': ' if option else ''}cannot listen on {host}:{port}: "
                               f"{exc.strerror or exc}") from None
            yield receiver
        finally:
            await receiver.stop()
    finally:
        for source in sources:
            await source.close()


@contextlib.asynccontextmanager
async def receiving_pushes(listen_at: str, gateways: Sequence[str], db: Database,
                           out: Output) -> AsyncIterator[PushReceiver]:
    """Receive the pushes of ``gateways`` on ``listen_at`` (HOST:PORT) into ``db`` while the
    body runs."""
    host, port = parse_listen(listen_at)
    async with push_receiver(host, port, gateways, GatewayArchive(db), out,
                             option="--gateway-push") as receiver:
        under = ", ".join(gateways) if gateways else "the gateway serial number"
        out.stderr.write(f"cmcli: gateway pushes to {receiver.url} are archived in {db.url}"
                         f" under {under}\n")
        out.stderr.flush()
        yield receiver
