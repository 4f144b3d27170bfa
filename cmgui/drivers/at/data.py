"""Packet data: define and activate the PDP context (per vendor), addresses, DNS, counters.

Activation: Huawei ``^NDISDUP`` (the outcome follows as ``^NDISSTAT``), Quectel ``+QICSGP`` and
``+QIACT``, everyone else ``+CGDCONT`` and ``+CGACT``. Credentials reach every dialect: in
``^NDISDUP`` itself, in ``+QICSGP``, in the vendor's own command (SIMCom's ``+CGAUTH`` with the
password before the user name, Telit ``#PDPAUTH``, u-blox ``+UAUTHREQ``) first, else ``+CGAUTH``
(27.007) or Qualcomm's ``$QCPDPP`` (Sierra, ZTE: first), whichever the modem takes; a modem
that takes none refuses the connection rather than connecting without them. A user name or
password with auth "none" is sent as "PAP or CHAP" (credentials with no authentication would be
dropped by the modem). A refused activation is reported with the network's session-management
cause (from ``+CEER``) as CMAPI ``0x403SMCME``.
Byte counters come from Huawei ``^DSFLOWQRY``/``^DSFLOWRPT``, else from the host-side counter
hook (:attr:`AtDeviceCore.byte_counter`: the network interface's statistics, or the virtual
modem's own counters).
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass

from cmgui.at.commands import pdp
from cmgui.at.engine import AtCommand, AtResult, Unsolicited
from cmgui.at.errors import AtParseError
from cmgui.at.fields import first_payload, hex_int, split_fields
from cmgui.at.vendors import huawei, quectel, simcom, telit, ublox
from cmgui.cmapi import types as t
from cmgui.cmapi.cmee import CauseFamily
from cmgui.cmapi.errors import CmapiError, ErrorCode, cause_error
from cmgui.service.events import ByteCount, SessionStateChanged

from . import netdev
from .core import AtDeviceCore
from .errors import at_failure

log = logging.getLogger(__name__)

CID = 1
#: How long a Huawei NDIS call may take to report its outcome.
NDIS_WAIT = 20.0
_PDP_TYPE = {"IPv4": "IP", "IPv6": "IPV6", "IPv4v6": "IPV4V6"}
_QI_TYPE = {"IP": 1, "IPV6": 2, "IPV4V6": 3}
_AUTH = {"none": 0, "PAP": 1, "CHAP": 2, "PAPOrCHAP": 3}
#: Qualcomm ``$QCPDPP`` <auth_type>: 0 none, 1 PAP, 2 CHAP (CHAP for "either").
_QC_AUTH = {"none": 0, "PAP": 1, "CHAP": 2, "PAPOrCHAP": 2}
#: Vendors whose firmware takes ``$QCPDPP`` rather than ``+CGAUTH``.
_QUALCOMM_FIRST = ("sierra", "zte")
_CEER_CAUSE = re.compile(r"cause\D{0,3}(\d{1,3})", re.IGNORECASE)


@dataclass(frozen=True)
class FlowTotals:
    """Huawei ``^DSFLOWQRY``: the last (current) connection's duration and byte counts."""

    duration_s: int
    tx_bytes: int
    rx_bytes: int


def parse_dsflowqry(result: AtResult) -> FlowTotals:
    """``^DSFLOWQRY: <last_time>,<last_tx>,<last_rx>,<total_time>,<total_tx>,<total_rx>``
    (hex). cmgui.at.vendors.huawei has the ^DSFLOWRPT URC only, hence this helper."""
    fields = split_fields(first_payload(result, "^DSFLOWQRY:"))
    values = [hex_int(f, "flow") for f in fields[:3]]
    if len(values) < 3 or any(v is None for v in values):
        raise AtParseError("^DSFLOWQRY: expected 6 hex fields")
    duration, tx, rx = (v or 0 for v in values)
    return FlowTotals(duration, tx, rx)


def sm_cause_from_ceer(result: AtResult | None) -> int | None:
    """The session-management cause in a +CEER report ("SM cause 27: ..."), if any."""
    if result is None:
        return None
    for line in result.lines:
        match = _CEER_CAUSE.search(line)
        if match:
            return int(match.group(1))
    return None


class DataFeatures(AtDeviceCore):
    """Cellular data connection, its state and its statistics."""

    _connected_at: float | None
    _apn: str
    _flow: ByteCount | None
    _ndis: asyncio.Queue[tuple[bool, int | None]]

    async def _setup(self) -> None:
        await super()._setup()
        self._connected_at = None
        self._apn = ""
        self._flow = None
        self._ndis = asyncio.Queue(maxsize=8)
        if self.vendor.name == "huawei":
            await self.try_run(AtCommand("AT^DSFLOWRPT=1"))
        else:
            await self.try_run(AtCommand("AT+CGEREP=2,1"))
        self.route_urc("^DSFLOWRPT", self._on_flow)
        self.route_urc("^NDISSTAT", self._on_ndisstat)
        self.route_urc("+CGEV", self._on_cgev)

    # --- URCs --------------------------------------------------------------------------------

    def _on_flow(self, urc: Unsolicited) -> None:
        report = huawei.parse_dsflowrpt(urc.payload)
        self._flow = ByteCount(bytes_sent=report.tx_bytes, bytes_received=report.rx_bytes,
                               duration=report.duration_s, rate_ul=report.tx_rate,
                               rate_dl=report.rx_rate)
        self.publish(self._flow)

    def _on_ndisstat(self, urc: Unsolicited) -> None:
        fields = split_fields(urc.payload)
        if not fields or not fields[0].text.isdigit():
            return
        up = fields[0].text == "1"
        cause = int(fields[1].text) if len(fields) > 1 and fields[1].text.isdigit() else None
        if self._ndis.full():  # nobody waits for a call's outcome: keep the latest only
            self._ndis.get_nowait()
        self._ndis.put_nowait((up, cause))
        if not up and self._connected_at is not None:
            self._connected_at = None
            self.publish(SessionStateChanged(connection_state="disconnected", apn=self._apn,
                                             reason="network"))

    def _on_cgev(self, urc: Unsolicited) -> None:
        words = urc.payload.upper().split()
        if "DEACT" in words and self._connected_at is not None:
            self._connected_at = None
            self.publish(SessionStateChanged(connection_state="disconnected", apn=self._apn,
                                             reason="network" if "NW" in words else None))

    # --- connect / disconnect ----------------------------------------------------------------

    async def _refusal(self, result: AtResult | None, cme: int | None) -> CmapiError:
        """The error for a refused activation, with the SM cause from +CEER if the modem says."""
        cause = sm_cause_from_ceer(await self.try_run(
            AtCommand("AT+CEER", response_prefixes=("+CEER:",))))
        if cause is not None and cause < 100:
            return cause_error(CauseFamily.SM, cause, cme if cme is not None and cme < 1000
                               else None, data={"reason": "the network refused the connection"})
        if result is not None:
            return at_failure(result, "data")
        return CmapiError(ErrorCode.BEARER_NOT_POSSIBLE,
                          data={"reason": "the network refused the connection"})

    async def _activate_generic(self, pdp_type: str, apn: str, user: str, password: str,
                                auth: str) -> None:
        try:
            define = pdp.cgdcont_set(CID, pdp_type, apn)
        except ValueError as exc:
            raise CmapiError(ErrorCode.INVALID_APN, data={"reason": str(exc)}) from exc
        await self.run(define, context="data")
        await self._set_credentials(user, password, auth)
        await self._activate_checked(pdp.cgact_set(True, CID))

    def _credential_commands(self, user: str, password: str, auth: str) -> list[AtCommand]:
        """The commands that may set a context's credentials, the vendor's own first."""
        given = bool(user or password)
        cgauth = AtCommand(
            f'AT+CGAUTH={CID},{_AUTH.get(auth, 3)},"{user}","{password}"' if given
            else f"AT+CGAUTH={CID},0", secret=given)
        qcpdpp = AtCommand(
            f'AT$QCPDPP={CID},{_QC_AUTH.get(auth, 2)},"{password}","{user}"' if given
            else f"AT$QCPDPP={CID},0", secret=given)
        name = self.vendor.name
        if name == simcom.Simcom.name:  # its +CGAUTH swaps user and password: never 27.007's
            return [simcom.cgauth(CID, auth, user, password), qcpdpp]
        if name == telit.Telit.name:
            return [telit.pdpauth(CID, auth, user, password), cgauth]
        if name == ublox.Ublox.name:
            return [ublox.uauthreq(CID, auth, user, password), cgauth]
        return [qcpdpp, cgauth] if name in _QUALCOMM_FIRST else [cgauth, qcpdpp]

    async def _set_credentials(self, user: str, password: str, auth: str) -> None:
        """The vendor's command, +CGAUTH or $QCPDPP, whichever the modem takes (module
        docstring)."""
        if '"' in user or '"' in password:
            raise CmapiError(ErrorCode.INVALID_USER_NAME,
                             data={"reason": "quotes are not allowed in a user name or password"})
        commands = self._credential_commands(user, password, auth)
        last: AtResult | None = None
        for command in commands:
            result = await self._exchange(command, None, "data")
            if result.ok:
                return
            last = result
        if user or password:  # never connect without the credentials the user gave
            assert last is not None
            failure = at_failure(last, "data")
            data = dict(failure.data) if isinstance(failure.data, dict) else {}
            tried = " and ".join(c.text.split("=", 1)[0].removeprefix("AT") for c in commands)
            data["reason"] = (f"the modem takes no user name and password ({tried} were "
                              "refused); not connecting without them")
            raise CmapiError(ErrorCode.BEARER_NOT_POSSIBLE, data=data)

    async def _activate_checked(self, command: AtCommand) -> None:
        result = await self._exchange(command, None, "data")
        if not result.ok:
            error = result.error
            raise await self._refusal(result, error.code if error is not None else None)

    async def _activate_quectel(self, pdp_type: str, apn: str, user: str, password: str,
                                auth: str) -> None:
        if any('"' in v for v in (apn, user, password)):
            raise CmapiError(ErrorCode.INVALID_APN, data={"reason": "quotes are not allowed"})
        await self.run(AtCommand(
            f'AT+QICSGP={CID},{_QI_TYPE.get(pdp_type, 1)},"{apn}","{user}","{password}",'
            f"{_AUTH.get(auth, 0)}", secret=bool(password)), context="data")
        await self._activate_checked(quectel.qiact(CID))

    async def _activate_huawei(self, apn: str, user: str, password: str, auth: str) -> None:
        while not self._ndis.empty():
            self._ndis.get_nowait()
        try:
            command = huawei.ndisdup(True, apn, CID, user=user, password=password, auth=auth)
        except ValueError as exc:
            raise CmapiError(ErrorCode.INVALID_APN, data={"reason": str(exc)}) from exc
        await self._activate_checked(command)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + NDIS_WAIT
        while True:
            if await self._context_active():
                return
            try:
                up, cause = await asyncio.wait_for(self._ndis.get(), 0.5)
            except TimeoutError:
                if loop.time() > deadline:
                    raise CmapiError(ErrorCode.BEARER_NOT_POSSIBLE, data={
                        "reason": "the modem did not report the connection"}) from None
                continue
            if up:
                return
            if cause is not None and 0 < cause < 100:
                raise cause_error(CauseFamily.SM, cause, None,
                                  data={"reason": "the network refused the connection"})
            raise await self._refusal(None, None)

    async def _context_active(self) -> bool:
        result = await self.try_run(pdp.cgact_query())
        if result is None:
            return False
        try:
            return pdp.parse_cgact(result).get(CID, False)
        except AtParseError:
            return False

    async def net_connect_srv_connect_async(
        self, *, profile_name: str = "", apn: str = "", user_name: str = "", password: str = "",
        auth_type: t.AuthType = "none", ip_addr_type: t.IPAddrType = "IPv4",
    ) -> t.ConnectResult:
        if await self._context_active():
            raise CmapiError(ErrorCode.CANNOT_ACTIVATE_WHILE_CONNECTED,
                             data={"reason": "a data connection is already up"})
        if not apn:
            apn = await self._defined_apn()
        pdp_type = _PDP_TYPE.get(ip_addr_type, "IP")
        if (user_name or password) and auth_type == "none":
            auth_type = "PAPOrCHAP"  # credentials with no authentication would be dropped
        self.publish(SessionStateChanged(connection_state="connecting", apn=apn))
        try:
            if self.vendor.name == "huawei" and "^NDISDUP" not in self._unsupported:
                await self._activate_huawei(apn, user_name, password, auth_type)
            elif self.vendor.name == "quectel":
                await self._activate_quectel(pdp_type, apn, user_name, password, auth_type)
            else:
                await self._activate_generic(pdp_type, apn, user_name, password, auth_type)
        except CmapiError as exc:
            self.publish(SessionStateChanged(connection_state="disconnected", apn=apn,
                                             reason=str(exc.data or exc.message)))
            raise
        self._connected_at = asyncio.get_running_loop().time()
        self._apn = apn
        address = await self._address()
        result: t.ConnectResult = {"connectionState": "connected", "APN": apn,
                                   "IPAddrType": ip_addr_type}
        if address:
            result["IPAddress"] = address
        self.publish(SessionStateChanged(connection_state="connected", apn=apn,
                                         ip_address=address or None))
        return result

    async def _defined_apn(self) -> str:
        contexts = await self.parsed(pdp.cgdcont_query(), pdp.parse_cgdcont, context="data")
        for context in contexts:
            if context.cid == CID:
                return str(context.apn)
        return ""

    async def net_connect_srv_disconnect_async(self) -> t.Empty:
        if not await self._context_active():
            raise CmapiError(ErrorCode.NO_CONNECTION_TO_DISCONNECT)
        self.publish(SessionStateChanged(connection_state="disconnecting", apn=self._apn))
        if self.vendor.name == "huawei" and "^NDISDUP" not in self._unsupported:
            await self.run(huawei.ndisdup(False, cid=CID), context="data")
        elif self.vendor.name == "quectel":
            await self.run(AtCommand(f"AT+QIDEACT={CID}", timeout=40.0), context="data")
        else:
            await self.run(pdp.cgact_set(False, CID), context="data")
        self._connected_at = None
        self.publish(SessionStateChanged(connection_state="disconnected", apn=self._apn,
                                         reason="user"))
        return {}

    # --- state -------------------------------------------------------------------------------

    async def _address(self) -> str:
        result = await self.try_run(pdp.cgpaddr(CID))
        if result is None:
            return ""
        try:
            found = pdp.parse_cgpaddr(result).get(CID, [])
        except AtParseError:
            return ""
        return found[0] if found else ""

    async def net_con_get_connection_status(self) -> t.ConnectionStatus:
        if not await self._context_active():
            return {"connectionState": "disconnected", "connectionType": "none"}
        status: t.ConnectionStatus = {"connectionState": "connected",
                                      "connectionType": "cellular",
                                      "APN": self._apn or await self._defined_apn()}
        address = await self._address()
        if address:
            status["IPAddress"] = address
        if self._connected_at is not None:
            status["duration"] = int(asyncio.get_running_loop().time() - self._connected_at)
        return status

    async def net_connect_srv_get_current_conn_type(self) -> t.ConnectionTypeResult:
        connected = await self._context_active()
        return {"connectionType": "cellular" if connected else "none"}

    async def information_get_apn(self) -> t.APNResult:
        if not await self._context_active():
            raise CmapiError(ErrorCode.INFO_NO_APN_WITHOUT_CONNECTION)
        return {"APN": self._apn or await self._defined_apn()}

    async def information_get_ip_address(self) -> t.IPAddressResult:
        address = await self._address()
        if not address:
            raise CmapiError(ErrorCode.INFO_IP_ADDRESS_NOT_ASSIGNED)
        result: t.IPAddressResult = {"IPAddress": address,
                                     "IPAddrType": "IPv6" if ":" in address else "IPv4"}
        rdp = await self.try_run(pdp.cgcontrdp(CID))
        if rdp is not None:
            try:
                params = pdp.parse_cgcontrdp(rdp)
            except AtParseError:
                params = []
            dns = [d for p in params for d in p.dns]
            if dns:
                result["primaryDNS"] = dns[0]
            if len(dns) > 1:
                result["secondaryDNS"] = dns[1]
        interface = self.data_interface()
        if interface:
            result["interfaceName"] = interface
        return result

    def data_interface(self) -> str:
        """The host's network interface that carries the data: the one beside the AT port
        in sysfs (:mod:`.netdev`), "" where nothing says."""
        return netdev.interface_for_port(self.address)

    async def net_statistic_get_connection_statistics(self) -> t.ConnectionStatistics:
        loop = asyncio.get_running_loop()
        duration = int(loop.time() - self._connected_at) if self._connected_at else 0
        if self.vendor.name == "huawei":
            result = await self.try_run(AtCommand("AT^DSFLOWQRY",
                                                  response_prefixes=("^DSFLOWQRY:",)))
            if result is not None:
                try:
                    totals = parse_dsflowqry(result)
                    return {"bytesSent": totals.tx_bytes, "bytesReceived": totals.rx_bytes,
                            "duration": totals.duration_s}
                except AtParseError as exc:
                    log.info("unreadable ^DSFLOWQRY: %s", exc)
            if self._flow is not None:
                return {"bytesSent": self._flow.bytes_sent,
                        "bytesReceived": self._flow.bytes_received,
                        "duration": self._flow.duration}
        counter = self.byte_counter
        counts = counter() if counter is not None else None
        if counts is None:
            raise CmapiError(ErrorCode.DATA_NOT_PRESENT, data={
                "reason": "this modem does not count bytes and its network interface is "
                          "not known"})
        return {"bytesSent": counts[0], "bytesReceived": counts[1], "duration": duration}
