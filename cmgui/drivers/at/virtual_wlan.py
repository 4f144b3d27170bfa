"""The virtual device's WLAN functions of the laptop class (OpenCMAPI Appendix B.2), on the
in-process model like the rest of its WLAN (:mod:`.virtual_backend`): reset, the associated
network's parameters, WPS (push button and PIN), authentication methods and Hotspot 2.0, the
SIM's WSID lists, the HS2.0 and ANDSF management objects, ANQP, and the user settings.
``SearchNetwork_Async`` and ``ManageKnownNetwork`` come from the seam (cmgui.service.laptop)."""

from __future__ import annotations

from typing import Any

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.virtual.wlan import WlanError, WlanExtras, WlanModel, wps_connect
from cmgui.service.events import WLANConnectionStatus

from .device import AtDevice

AUTH_METHODS: list[t.WLANAuthMethod] = [
    "open", "WEP", "WPA-PSK", "WPA2-PSK", "WPA3-SAE", "WPA2-EAP", "WPA3-EAP", "EAP-SIM",
    "EAP-AKA", "EAP-TTLS", "WPS-PBC", "WPS-PIN"]
_SECURITY: dict[str, t.WLANSecurity] = {
    "open": "open", "WEP": "WEP", "WPA-PSK": "WPA-PSK", "WPA2-PSK": "WPA2-PSK",
    "WPA3-SAE": "WPA3-SAE", "WPA2-EAP": "WPA2-EAP", "WPA3-EAP": "WPA3-EAP",
}


class VirtualWlanFeatures(AtDevice):
    """See the module docstring. ``_wlan``/``_extras`` are the in-process model's."""

    _wlan_mode: t.WLANConnectionMode = "manual"

    def _model(self) -> Any:
        server = getattr(self, "server", None)
        if server is None:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={"reason": "the device is closed"})
        return server.model

    def _wlan(self) -> WlanModel:
        wlan: WlanModel = self._model().wlan
        return wlan

    def _extras(self) -> WlanExtras:
        extras: WlanExtras = self._model().wlan_extras
        return extras

    async def wlan_reset_device(self) -> t.Empty:
        wlan: WlanModel = self._wlan()
        was_connected = wlan.connected is not None
        wlan.disconnect()
        wlan.set_enabled(True)
        if was_connected:
            self.publish(WLANConnectionStatus(connected=False))
        return {}

    def _associated(self) -> Any:
        net = self._wlan().connected
        if net is None:
            raise CmapiError(ErrorCode.WLAN_NOT_CONNECTED)
        return net

    async def wlan_get_connected_parameters(self) -> t.WLANConnectedParameters:
        net = self._associated()
        known = next((k for k in self._wlan().known() if k.ssid == net.ssid), None)
        return {"SSID": net.ssid, "BSSID": net.bssid,
                "security": _SECURITY.get(net.security, "open"), "frequency": net.frequency_mhz,
                "signalStrength": net.signal_dbm, "bitRate": 866_000 if net.frequency_mhz >= 5000
                else 144_000, "autoConnect": known is not None,
                "priority": known.priority if known is not None else 0}

    async def wlan_set_connected_parameters(
        self, *, auto_connect: bool | None = None, priority: int | None = None,
    ) -> t.Empty:
        net = self._associated()
        wlan: WlanModel = self._wlan()
        known = next((k for k in wlan.known() if k.ssid == net.ssid), None)
        if auto_connect is False:
            if known is not None:
                wlan.remove_known(net.ssid)
            return {}
        if known is not None or auto_connect:
            passphrase = known.passphrase if known else wlan.passphrases.get(net.ssid, "")
            base = known.priority if known else 0
            wlan.add_known(net.ssid, passphrase, priority if priority is not None else base)
        return {}

    async def wlan_cancel_operation(self) -> t.Empty:
        self._wlan()
        # Scans and connections of the virtual radio finish at once: nothing is ever pending.
        raise CmapiError(ErrorCode.WLAN_NO_PENDING_OPERATION)

    async def _wps(self, pin: str | None, bssid: str) -> t.Empty:
        try:
            net = wps_connect(self._wlan(), self._extras(), pin=pin, bssid=bssid)
        except WlanError as exc:
            code = ErrorCode.WLAN_BAD_WPS_PIN if "PIN" in str(exc) else \
                ErrorCode.WLAN_UNKNOWN_BSSID if "does WPS" in str(exc) and bssid else \
                ErrorCode.WLAN_UNKNOWN_SSID
            raise CmapiError(code, data={"reason": str(exc)}) from exc
        self.publish(WLANConnectionStatus(connected=True, ssid=net.ssid))
        return {}

    async def wlan_connect_wps(self, *, bssid: str = "") -> t.Empty:
        return await self._wps(None, bssid)

    async def wlan_connect_pin_wps(self, *, pin: str, bssid: str = "") -> t.Empty:
        if not (pin.isdigit() and len(pin) in (4, 8)):
            raise CmapiError(ErrorCode.WLAN_BAD_WPS_PIN, data={"reason": "4 or 8 digits"})
        return await self._wps(pin, bssid)

    async def wlan_authentication_supported(self) -> t.WLANAuthentication:
        self._wlan()
        return {"HS20Supported": True, "authenticationMethods": list(AUTH_METHODS)}

    async def wlan_get_wsidl(self) -> t.WSIDList:
        extras = self._extras()
        self.server_model_sim_ready()
        user: list[t.WSID] = [{"SSID": s, "priority": p} for s, p in extras.user_wsids]
        operator: list[t.WSID] = [{"SSID": s, "priority": p} for s, p in extras.operator_wsids]
        return {"userWSIDListElements": len(user), "userWSIDList": user,
                "operatorWSIDListElements": len(operator), "operatorWSIDList": operator}

    def server_model_sim_ready(self) -> None:
        """The WSID lists are on the SIM: it must be there and unlocked."""
        server = getattr(self, "server", None)
        if server is not None and not server.model.sim.ready:
            raise CmapiError(ErrorCode.SMART_CARD_NOT_ACCESSIBLE,
                             data={"reason": "the SIM is locked or absent"})

    async def wlan_get_hs2_mo_subcription(self) -> t.HS2MOSubscription:
        subs: list[t.HS2Subscription] = [
            {"FQDN": fqdn, "friendlyName": name, "realm": realm, "EAPMethod": eap}
            for fqdn, name, realm, eap in self._extras().hs2]
        return {"subscriptionsElements": len(subs), "subscriptions": subs}

    async def wlan_get_andsf_mo_subcription(self) -> t.ANDSFMOSubscription:
        policies: list[t.ANDSFPolicy] = []
        for priority, access, ssid in self._extras().andsf:
            policy: t.ANDSFPolicy = {"rulePriority": priority,
                                     "preferredAccess": "WLAN" if access == "WLAN" else "3GPP"}
            if ssid:
                policy["SSID"] = ssid
            policies.append(policy)
        return {"policiesElements": len(policies), "policies": policies}

    async def wlan_get_anqp(self, *, bssid: str) -> t.ANQPInfo:
        info = self._extras().anqp.get(bssid.lower())
        if info is None or not any(n.bssid == bssid.lower() for n in self._wlan().scan()):
            raise CmapiError(ErrorCode.WLAN_UNKNOWN_BSSID,
                             data={"BSSID": bssid, "reason": "no ANQP answer from it"})
        return {"BSSID": bssid.lower(), "venueName": info.venue_name,
                "domainNames": list(info.domain_names), "NAIRealms": list(info.nai_realms),
                "roamingConsortium": list(info.roaming_consortium), "HS20": info.hs20}

    async def wlan_get_wlan_settings(self) -> t.WLANSettings:
        extras = self._extras()
        wlan: WlanModel = self._wlan()
        return {"userSettings": {"enabled": wlan.enabled, "connectionMode": self._wlan_mode,
                                 "preferWLAN": extras.settings.prefer_wlan,
                                 "scanInterval": extras.settings.scan_interval},
                "operatorSettings": {"preferredSSIDs": [s for s, _ in sorted(
                    extras.operator_wsids, key=lambda w: w[1])], "HS20Enabled": True}}

    async def wlan_set_wlan_user_settings(
        self, *, enabled: bool | None = None,
        connection_mode: t.WLANConnectionMode | None = None, prefer_wlan: bool | None = None,
        scan_interval: int | None = None,
    ) -> t.Empty:
        extras = self._extras()
        if scan_interval is not None and not 0 <= scan_interval <= 3600:
            raise CmapiError(ErrorCode.INVALID_PARAMETER,
                             data={"problems": ["params.scanInterval: 0 to 3600 seconds"]})
        if enabled is not None:
            await self.wlan_enable_capability(enabled=enabled)
        if connection_mode is not None:
            await self.wlan_set_connection_mode(connection_mode=connection_mode)
        if prefer_wlan is not None:
            extras.settings.prefer_wlan = prefer_wlan
        if scan_interval is not None:
            extras.settings.scan_interval = scan_interval
        return {}
