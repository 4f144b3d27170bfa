"""The data connection of a ModemManager modem: through NetworkManager where it manages the
modem (so the two do not fight over it), else a bearer of ModemManager's own."""

from __future__ import annotations

from dbus_fast import Variant

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.events import SessionStateChanged

from . import mm_model as m
from .mm_core import MMDeviceCore
from .nm_broadband import NMBroadband


class DataFeatures(MMDeviceCore):
    """Connect, disconnect, status, APN, address and statistics."""

    def __init__(self, address: str) -> None:
        super().__init__(address)
        self._bearer: str | None = None
        self._apn = ""

    async def _after_open(self) -> None:
        """A connection made before we opened the modem is ours to report and end."""
        await super()._after_open()
        for path in await self._bearer_paths():
            props = await self._get_all(path, m.BEARER)
            if props.get("Connected"):
                self._bearer = path
                self._apn = str(props.get("Properties", {}).get("apn", ""))

    def _radio_off(self) -> None:
        super()._radio_off()
        self._bearer = None

    async def _nm(self) -> NMBroadband | None:
        """NetworkManager's device for this modem when NetworkManager manages it (asked each
        time: NetworkManager may start, stop or let go of the modem while we run)."""
        return await NMBroadband.find(self.bus, self.path)

    async def _bearer_paths(self) -> list[str]:
        return [str(p) for p in (await self._modem()).get("Bearers", [])]

    async def net_connect_srv_connect_async(
        self, *, profile_name: str = "", apn: str = "", user_name: str = "", password: str = "",
        auth_type: t.AuthType = "none", ip_addr_type: t.IPAddrType = "IPv4",
    ) -> t.ConnectResult:
        if ip_addr_type not in m.IP_TYPES:
            raise CmapiError(ErrorCode.INVALID_IP_ADDR_TYPE)
        if auth_type not in m.AUTH:
            raise CmapiError(ErrorCode.INVALID_AUTH_TYPE)
        nm = await self._nm()
        if profile_name and not apn and nm is None:
            raise CmapiError(ErrorCode.PROFILE_NOT_FOUND, data={
                "reason": "ModemManager connects with an APN; profiles are NetworkManager's"})
        await self._require_unlocked()
        if nm is not None:
            return await self._connect_via_nm(nm, profile_name=profile_name if not apn else "",
                                              apn=apn, user_name=user_name, password=password,
                                              auth_type=auth_type, ip_addr_type=ip_addr_type)
        props: dict[str, Variant] = {"apn": Variant("s", apn),
                                     "ip-type": Variant("u", int(m.IP_TYPES[ip_addr_type]))}
        if auth_type != "none":
            props["allowed-auth"] = Variant("u", int(m.AUTH[auth_type]))
        if user_name:
            props["user"] = Variant("s", user_name)
        if password:
            props["password"] = Variant("s", password)
        self.events.publish(SessionStateChanged(connection_state="connecting", apn=apn))
        try:
            bearer = str((await self._call(m.SIMPLE, "Connect", "a{sv}", [props]))[0])
        except CmapiError as err:
            reason = err.data.get("reason") if isinstance(err.data, dict) else None
            self.events.publish(SessionStateChanged(connection_state="disconnected",
                                                    apn=apn, reason=reason))
            raise
        self._bearer, self._apn = bearer, apn
        config = (await self._get_all(bearer, m.BEARER)).get("Ip4Config", {})
        result: t.ConnectResult = {"connectionState": "connected", "APN": apn,
                                   "IPAddrType": ip_addr_type}
        address = str(config.get("address", "")) if isinstance(config, dict) else ""
        if address:
            result["IPAddress"] = address
        self.events.publish(SessionStateChanged(connection_state="connected", apn=apn,
                                                ip_address=address or None))
        return result

    async def _connect_via_nm(self, nm: NMBroadband, *, profile_name: str, apn: str,
                              user_name: str, password: str, auth_type: t.AuthType,
                              ip_addr_type: t.IPAddrType) -> t.ConnectResult:
        """Activate a ``gsm`` profile on NetworkManager's device for this modem."""
        self.events.publish(SessionStateChanged(connection_state="connecting", apn=apn))
        try:
            result = await nm.connect(profile_name=profile_name, apn=apn, user_name=user_name,
                                      password=password, ip_addr_type=ip_addr_type,
                                      auth_type=auth_type)
        except CmapiError as err:
            reason = err.data.get("reason") if isinstance(err.data, dict) else None
            self.events.publish(SessionStateChanged(connection_state="disconnected",
                                                    apn=apn, reason=reason))
            raise
        self._bearer, self._apn = None, result["APN"]
        address = result.get("IPAddress")
        self.events.publish(SessionStateChanged(connection_state="connected", apn=self._apn,
                                                ip_address=address or None))
        return result

    async def net_connect_srv_disconnect_async(self) -> t.Empty:
        nm = await self._nm()
        if nm is not None and await nm.active_connection() is not None:
            await nm.disconnect()
            self.events.publish(SessionStateChanged(connection_state="disconnected",
                                                    apn=self._apn))
            return {}
        bearer = await self._connected_bearer()
        if bearer is None:
            raise CmapiError(ErrorCode.NO_CONNECTION_TO_DISCONNECT)
        await self._call(m.SIMPLE, "Disconnect", "o", [bearer])
        self._bearer = None
        self.events.publish(SessionStateChanged(connection_state="disconnected", apn=self._apn))
        return {}

    async def _connected_bearer(self) -> str | None:
        candidates = ([self._bearer] if self._bearer else []) + await self._bearer_paths()
        for path in candidates:
            try:
                if (await self._get_all(path, m.BEARER)).get("Connected"):
                    return path
            except CmapiError:
                continue
        return None

    async def net_con_get_connection_status(self) -> t.ConnectionStatus:
        nm = await self._nm()
        if nm is not None and await nm.active_connection() is not None:
            return await self._nm_status(nm)
        bearer = await self._connected_bearer()
        if bearer is None:
            return {"connectionState": "disconnected", "connectionType": "none"}
        props = await self._get_all(bearer, m.BEARER)
        apn = str(props.get("Properties", {}).get("apn", "")) or self._apn
        result: t.ConnectionStatus = {"connectionState": "connected",
                                      "connectionType": "cellular", "APN": apn}
        address = str(props.get("Ip4Config", {}).get("address", ""))
        if address:
            result["IPAddress"] = address
        stats = props.get("Stats", {})
        if isinstance(stats, dict) and "duration" in stats:
            result["duration"] = int(stats["duration"])
        rat = m.rat_type((await self._modem()).get("AccessTechnologies", 0))
        if rat != "UNKNOWN":
            result["RATType"] = rat
        return result

    async def _nm_status(self, nm: NMBroadband) -> t.ConnectionStatus:
        """NetworkManager's device state and address; duration (bearer stats) and RAT from
        ModemManager, as for a connection ModemManager made."""
        result = await nm.status()
        if result["connectionState"] != "connected":
            return result
        if "APN" not in result and self._apn:
            result["APN"] = self._apn
        bearer = await self._connected_bearer()
        if bearer is not None:
            stats = (await self._get_all(bearer, m.BEARER)).get("Stats", {})
            if isinstance(stats, dict) and "duration" in stats:
                result["duration"] = int(stats["duration"])
        rat = m.rat_type((await self._modem()).get("AccessTechnologies", 0))
        if rat != "UNKNOWN":
            result["RATType"] = rat
        return result

    async def net_connect_srv_get_current_conn_type(self) -> t.ConnectionTypeResult:
        nm = await self._nm()
        if nm is not None and await nm.state() == "connected":
            return {"connectionType": "cellular"}
        connected = await self._connected_bearer() is not None
        return {"connectionType": "cellular" if connected else "none"}

    async def information_get_apn(self) -> t.APNResult:
        nm = await self._nm()
        if nm is not None and await nm.state() == "connected":
            return {"APN": await nm.apn() or self._apn}
        bearer = await self._connected_bearer()
        if bearer is None:
            raise CmapiError(ErrorCode.INFO_NO_APN_WITHOUT_CONNECTION)
        props = await self._get_all(bearer, m.BEARER)
        return {"APN": str(props.get("Properties", {}).get("apn", "")) or self._apn}

    async def information_get_ip_address(self) -> t.IPAddressResult:
        nm = await self._nm()
        if nm is not None:
            found = await nm.ip_address()
            if found is not None:
                return found
        bearer = await self._connected_bearer()
        if bearer is None:
            raise CmapiError(ErrorCode.INFO_IP_ADDRESS_NOT_ASSIGNED)
        props = await self._get_all(bearer, m.BEARER)
        for key, kind in (("Ip4Config", "IPv4"), ("Ip6Config", "IPv6")):
            config = props.get(key, {})
            if isinstance(config, dict) and config.get("address"):
                result: t.IPAddressResult = {"IPAddress": str(config["address"]),
                                             "IPAddrType": kind}  # type: ignore[typeddict-item]
                if config.get("dns1"):
                    result["primaryDNS"] = str(config["dns1"])
                if config.get("dns2"):
                    result["secondaryDNS"] = str(config["dns2"])
                if props.get("Interface"):
                    result["interfaceName"] = str(props["Interface"])
                return result
        raise CmapiError(ErrorCode.INFO_IP_ADDRESS_NOT_ASSIGNED)

    async def net_statistic_get_connection_statistics(self) -> t.ConnectionStatistics:
        bearer = await self._connected_bearer() or self._bearer
        if bearer is None:
            return {"bytesSent": 0, "bytesReceived": 0, "duration": 0}
        stats = (await self._get_all(bearer, m.BEARER)).get("Stats", {})
        if not isinstance(stats, dict):
            stats = {}
        return {"bytesSent": int(stats.get("tx-bytes", 0)),
                "bytesReceived": int(stats.get("rx-bytes", 0)),
                "duration": int(stats.get("duration", 0))}
