"""``cmcli serve --team --gateway-push HOST:PORT``: the team's receiver of a gateway's pushes.

It archives what ``cmcli gateway listen`` archives (inbound SMS with their port and SIM,
delivery states) into the shared store, under the gateway's address (``-g``, ``$CMGUI_GATEWAY``
or the only gateway logged in to), the same key the team's polling and every other receiver use,
so a message pushed twice, pushed and polled, or received by two servers is archived once (the
store's unique keys). With no gateway logged in, messages are filed under the pushing gateway's
serial number (``sn:…``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import AsyncIterator, Callable
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


def push_gateway(args: argparse.Namespace) -> str | None:
    """The gateway whose pushes are received; None (serial numbers) when none is named or
    logged in to."""
    named = getattr(args, "gateway", None)
    if not named and not saved_gateways() and not os.environ.get(ENV_GATEWAY):
        return None
    return resolve_gateway(args)


@contextlib.asynccontextmanager
async def push_receiver(
    host: str, port: int, gateway_key: str | None, archive: GatewayArchive, out: Output, *,
    on_event: Callable[[ps.PushEvent, bool | None], None] | None = None, option: str = "",
) -> AsyncIterator[PushReceiver]:
    """Receive a gateway's pushes on ``host``:``port`` into ``archive`` while the body runs,
    with the SIM of each port when ``gateway_key`` names the gateway (asked again whenever a SIM
    registers); ``on_event(event, archived)`` after each. ``option`` names the command-line
    option in the error when the address cannot be listened on."""
    ports: dict[int, Any] = {}
    gateway: DinstarGateway | None = None
    if gateway_key is not None:
        gateway = DinstarGateway(gateway_key, archive=False)
        try:
            await gateway.open()
            ports = await listen.fetch_ports(gateway)
        except CmapiError as err:
            reason = err.data.get("reason") if isinstance(err.data, dict) else err
            out.stderr.write(f"cmcli: the gateway cannot be asked for its SIMs ({reason}); "
                             "pushed messages are archived without them\n")
            await gateway.close()
            gateway = None
    archiver = listen.PushArchiver(archive, gateway_key, lambda: ports)

    async def sink(events: list[ps.PushEvent]) -> None:
        nonlocal ports
        for event in events:
            kept = await archiver.handle(event)  # an error: answered 503, sent again
            if gateway is not None and isinstance(event, ps.PushRegister):
                ports = await listen.fetch_ports(gateway)
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
        if gateway is not None:
            await gateway.close()


@contextlib.asynccontextmanager
async def receiving_pushes(listen_at: str, gateway_key: str | None, db: Database,
                           out: Output) -> AsyncIterator[PushReceiver]:
    """Receive pushes on ``listen_at`` (HOST:PORT) into ``db`` while the body runs."""
    host, port = parse_listen(listen_at)
    async with push_receiver(host, port, gateway_key, GatewayArchive(db), out,
                             option="--gateway-push") as receiver:
        out.stderr.write(f"cmcli: gateway pushes to {receiver.url} are archived in {db.url}"
                         f" under {gateway_key or 'the gateway serial number'}\n")
        out.stderr.flush()
        yield receiver
