"""Cellular profiles served from the host's store, for any device.

:class:`ProfileServer` answers the profile functions (CMAPI_NetConnectSrv_*CellularProfile*,
the default profile, auto-connect) from the profile store, and turns a connect request into what
the device is asked: ``profile_name=…`` (or no APN at all: the default profile for this SIM or
device) fills in APN, user, password (from the keyring), authentication and IP type the caller
did not give.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device_facts import DeviceFacts
from cmgui.service.profile_ops import find_profile, manage_profile
from cmgui.service.store_shapes import AUTH_TO_CMAPI, IP_TO_CMAPI, cellular_profile
from cmgui.store.profiles import IpType, Profile, ProfileStore


class ProfileServer:
    """The profile functions of one device (module docstring)."""

    #: The seam methods it serves.
    SEAM_FUNCTIONS: ClassVar[frozenset[str]] = frozenset({
        "net_connect_srv_mgr_cellular_profile", "net_connect_srv_get_cellular_profile",
        "net_connect_srv_get_cellular_profile_list", "net_con_set_default_profile",
        "net_con_set_auto_connect_mode", "net_con_get_auto_connect_mode"})

    def __init__(
        self, profiles: ProfileStore, facts: DeviceFacts, *,
        in_use: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.profiles = profiles
        self.facts = facts
        #: The profile of the open data session, if any (it may not be deleted).
        self._in_use = in_use

    def _profile(self, name: str) -> Profile:
        return find_profile(self.profiles, name)

    async def _default_profile(self) -> Profile | None:
        who = await self.facts.identity()
        return self.profiles.default(imei=who.imei, iccid=who.iccid)

    async def net_connect_srv_mgr_cellular_profile(
        self, *, action: str, profile_name: str, apn: str | None = None,
        user_name: str | None = None, password: str | None = None,
        auth_type: t.AuthType | None = None, ip_addr_type: t.IPAddrType | None = None,
        primary_dns: str | None = None, secondary_dns: str | None = None,
        roaming_allowed: bool | None = None,
    ) -> t.Empty:
        """``action`` "add", "update" (only the members given change) or "delete"."""
        await manage_profile(
            self.profiles, action=action, profile_name=profile_name, apn=apn,
            user_name=user_name, password=password, auth_type=auth_type,
            ip_addr_type=ip_addr_type, primary_dns=primary_dns, secondary_dns=secondary_dns,
            roaming_allowed=roaming_allowed, in_use=self._in_use())
        return {}

    async def net_connect_srv_get_cellular_profile(
        self, *, profile_name: str
    ) -> t.CellularProfile:
        profile = self._profile(profile_name)
        default = await self._default_profile()
        return cellular_profile(profile, is_default=default is not None
                                and default.id == profile.id)

    async def net_connect_srv_get_cellular_profile_list(self) -> t.CellularProfileList:
        default = await self._default_profile()
        default_id = default.id if default is not None else None
        profiles = [cellular_profile(p, is_default=p.id == default_id)
                    for p in self.profiles.profiles()]
        return {"cellularProfileListElements": len(profiles), "cellularProfileList": profiles}

    async def net_con_set_default_profile(self, *, profile_name: str) -> t.Empty:
        """The default for this SIM (its ICCID), else for this device (IMEI), else for all."""
        profile = self._profile(profile_name)
        who = await self.facts.identity()
        await self.profiles.set_default(
            profile.id, iccid=who.iccid, imei=None if who.iccid else who.imei)
        return {}

    async def net_con_set_auto_connect_mode(self, *, auto_connect: bool) -> t.Empty:
        """Auto-connect for this device (IMEI), else for all devices."""
        who = await self.facts.identity()
        await self.profiles.set_auto_connect(auto_connect, imei=who.imei)
        return {}

    async def net_con_get_auto_connect_mode(self) -> t.AutoConnectMode:
        who = await self.facts.identity()
        return {"autoConnect": self.profiles.auto_connect(imei=who.imei, iccid=who.iccid)}

    async def connect_parameters(
        self, *, profile_name: str = "", apn: str = "", user_name: str = "",
        password: str = "", auth_type: t.AuthType | None = None,
        ip_addr_type: t.IPAddrType | None = None,
    ) -> tuple[Profile | None, dict[str, Any]]:
        """The profile a connect request uses (if any) and the device's connect arguments.

        A profile that does not allow roaming refuses (CMAPI error "connection prevents")
        while the device roams.
        """
        profile: Profile | None = None
        if profile_name:
            profile = self._profile(profile_name)
        elif not apn:
            profile = await self._default_profile()
        if profile is not None:
            if not profile.roaming_allowed and await self.facts.roaming():
                raise CmapiError(ErrorCode.CONNECTION_PREVENTS, data={
                    "profileName": profile.name,
                    "reason": "the profile does not allow roaming, and the device is "
                              "roaming"})
            apn = apn or profile.apn
            user_name = user_name or profile.username
            if not password and profile.has_password and profile.id is not None:
                password = await self.profiles.password(profile.id) or ""
            if auth_type is None:
                auth_type = AUTH_TO_CMAPI[profile.auth]
            if ip_addr_type is None:
                ip_addr_type = IP_TO_CMAPI[IpType(profile.ip_type)]
        return profile, {
            "profile_name": profile_name, "apn": apn, "user_name": user_name,
            "password": password, "auth_type": auth_type or "none",
            "ip_addr_type": ip_addr_type or "IPv4"}
