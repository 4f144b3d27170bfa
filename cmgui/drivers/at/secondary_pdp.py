"""Secondary PDP contexts (TS 27.007 ``+CGDSCONT``, ``+CGACT``) and the no-data profile.

A secondary context shares the address of an active primary one and gets its own QoS (a
dedicated bearer). ``CMAPI_NetConnectSrv_SecondaryPDPContext_Connect_Async`` defines it on the
primary (``+CGDSCONT=<cid>,<p_cid>``) and activates it; ``_Disconnect_Async`` deactivates and
removes it; the dispatcher's ``_CancelConnect_Async`` cancels a connect, which deactivates what
it had started. Their completion callbacks come from the dispatcher.

The no-data profile detaches from the packet domain (``+CGATT=0``), which ends any session, and
refuses new ones until it is turned off (``+CGATT=1``).
"""

from __future__ import annotations

import asyncio
import contextlib

from cmgui.at.engine import AtCommand, Unsolicited
from cmgui.at.fields import opt_int, split_fields
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

from .core import AtDeviceCore

MAX_CID = 16
#: Activation can take as long as the network does.
ACTIVATION_TIMEOUT = 150.0


class SecondaryPdpFeatures(AtDeviceCore):
    """Secondary contexts and CMAPI_NetCon_Set/GetNoDataProfile."""

    #: The no-data profile is on (set by this program; the modem has no such setting).
    _no_data: bool = False

    async def _context_table(self, command: str, prefix: str) -> dict[int, list[str]]:
        result = await self.run(AtCommand(command, response_prefixes=(prefix,)))
        table: dict[int, list[str]] = {}
        for payload in result.prefixed(prefix):
            fields = split_fields(payload)
            try:
                cid = opt_int(fields[0] if fields else None, "cid")
            except ValueError:
                continue
            if cid is not None:
                table[cid] = [f.text for f in fields[1:]]
        return table

    async def _active_cids(self) -> set[int]:
        states = await self._context_table("AT+CGACT?", "+CGACT:")
        return {cid for cid, rest in states.items() if rest[:1] == ["1"]}

    async def _secondaries(self) -> dict[int, int]:
        table = await self._context_table("AT+CGDSCONT?", "+CGDSCONT:")
        return {cid: int(rest[0]) for cid, rest in table.items()
                if rest and rest[0].isdigit()}

    async def net_connect_srv_secondary_pdp_context_connect_async(
        self, *, primary_context_id: int = 1, context_id: int | None = None,
    ) -> t.SecondaryContext:
        if self._no_data:
            raise _no_data_error()
        active = await self._active_cids()
        if primary_context_id not in active:
            raise CmapiError(ErrorCode.NO_PRIMARY_CONTEXT,
                             data={"primaryContextId": primary_context_id})
        secondaries = await self._secondaries()
        primaries = set(await self._context_table("AT+CGDCONT?", "+CGDCONT:"))
        if context_id is None:
            free = [c for c in range(2, MAX_CID + 1) if c not in primaries | set(secondaries)]
            if not free:
                raise CmapiError(ErrorCode.INVALID_PDP_CONTEXT_ID,
                                 data={"reason": "no free context id"})
            context_id = free[0]
        elif context_id in active:
            raise CmapiError(ErrorCode.SECONDARY_CONTEXT_ACTIVE, data={"contextId": context_id})
        elif not 1 <= context_id <= MAX_CID or context_id in primaries:
            raise CmapiError(ErrorCode.INVALID_PDP_CONTEXT_ID, data={"contextId": context_id})
        cid = context_id
        await self.run(AtCommand(f"AT+CGDSCONT={cid},{primary_context_id}"))
        try:
            await self.run(AtCommand(f"AT+CGACT=1,{cid}", timeout=ACTIVATION_TIMEOUT),
                           context="data")
        except BaseException:
            await asyncio.shield(self._undo(cid))  # cancelled or refused: leave nothing behind
            raise
        return {"contextId": cid, "primaryContextId": primary_context_id,
                "connectionState": "connected"}

    async def _undo(self, cid: int) -> None:
        with contextlib.suppress(CmapiError):
            await self.try_run(AtCommand(f"AT+CGACT=0,{cid}", timeout=ACTIVATION_TIMEOUT))
            await self.try_run(AtCommand(f"AT+CGDSCONT={cid}"))

    async def net_connect_srv_secondary_pdp_context_disconnect_async(
        self, *, context_id: int
    ) -> t.SecondaryContext:
        secondaries = await self._secondaries()
        primary = secondaries.get(context_id)
        if primary is None:
            raise CmapiError(ErrorCode.NO_SUCH_SECONDARY_CONTEXT, data={"contextId": context_id})
        if context_id not in await self._active_cids():
            raise CmapiError(ErrorCode.SECONDARY_CONTEXT_INACTIVE,
                             data={"contextId": context_id})
        await self.run(AtCommand(f"AT+CGACT=0,{context_id}", timeout=ACTIVATION_TIMEOUT),
                       context="data")
        await self.try_run(AtCommand(f"AT+CGDSCONT={context_id}"))
        return {"contextId": context_id, "primaryContextId": primary,
                "connectionState": "disconnected"}

    def _on_cgev(self, urc: Unsolicited) -> None:
        """Events of secondary contexts (dedicated bearers: ``+CGEV: ME DEACT <p_cid>,<cid>,…``,
        no ``PDN``) leave the primary session alone; everything else goes on as before."""
        words = urc.payload.upper().replace(",", " ").split()
        if "PDN" not in words and ("ACT" in words or "DEACT" in words) \
                and sum(w.isdigit() for w in words) >= 2:
            return
        handler = getattr(super(), "_on_cgev", None)
        if handler is not None:
            handler(urc)

    # --- the no-data profile ------------------------------------------------------------------

    async def net_con_set_no_data_profile(self, *, enabled: bool) -> t.Empty:
        await self.run(AtCommand(f"AT+CGATT={0 if enabled else 1}", timeout=60.0),
                       context="data")
        self._no_data = enabled
        return {}

    async def net_con_get_no_data_profile(self) -> t.NoDataProfile:
        self._live_port()
        return {"enabled": self._no_data}

    async def net_connect_srv_connect_async(
        self, *, profile_name: str = "", apn: str = "", user_name: str = "", password: str = "",
        auth_type: t.AuthType = "none", ip_addr_type: t.IPAddrType = "IPv4",
    ) -> t.ConnectResult:
        if self._no_data:
            raise _no_data_error()
        return await super().net_connect_srv_connect_async(
            profile_name=profile_name, apn=apn, user_name=user_name, password=password,
            auth_type=auth_type, ip_addr_type=ip_addr_type)


def _no_data_error() -> CmapiError:
    return CmapiError(ErrorCode.BEARER_NOT_POSSIBLE, data={
        "reason": "the no-data profile is on (CMAPI_NetCon_SetNoDataProfile)"})
