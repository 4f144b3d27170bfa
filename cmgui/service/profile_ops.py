"""Cellular profile operations in CMAPI terms, shared by the seam (StoredDevice) and cmcli.

``manage_profile`` is CMAPI_NetConnectSrv_MgrCellularProfile: ``action`` "add", "update" (only
the members given, i.e. not None, change; an empty password removes the stored one) or
"delete". Store errors become CMAPI errors (profile not found/exists, invalid APN, …).
"""

from __future__ import annotations

from dataclasses import replace

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.provisioning import profile_lock_reason
from cmgui.service.store_shapes import auth_to_store, ip_type_to_store
from cmgui.store.errors import ProfileError, StoreError
from cmgui.store.profiles import Profile, ProfileStore


def profile_error(err: ProfileError) -> CmapiError:
    text = str(err)
    code = ErrorCode.INVALID_PARAMETER
    if "already exists" in text:
        code = ErrorCode.PROFILE_EXISTS
    elif "There is no profile" in text:
        code = ErrorCode.PROFILE_NOT_FOUND
    elif "not a valid APN" in text:
        code = ErrorCode.INVALID_APN
    elif "DNS" in text:
        code = ErrorCode.INVALID_PRIMARY_DNS
    elif "name" in text:
        code = ErrorCode.PROFILE_NAME_INVALID
    return CmapiError(code, data={"reason": text})


def find_profile(store: ProfileStore, name: str) -> Profile:
    profile = store.by_name(name)
    if profile is None:
        raise CmapiError(ErrorCode.PROFILE_NOT_FOUND, data={
            "profileName": name, "reason": f"there is no profile called '{name}'"})
    return profile


async def manage_profile(
    store: ProfileStore, *, action: str, profile_name: str, apn: str | None = None,
    user_name: str | None = None, password: str | None = None,
    auth_type: t.AuthType | str | None = None, ip_addr_type: t.IPAddrType | str | None = None,
    primary_dns: str | None = None, secondary_dns: str | None = None,
    roaming_allowed: bool | None = None, in_use: str | None = None,
) -> Profile | None:
    """Apply ``action``; returns the saved profile (None after a delete). ``in_use`` names the
    profile of the open data session, which cannot be deleted."""
    verb = action.strip().lower()
    # A vendor's locked profile (provisioning): only its password, never in the vendor's
    # file, is the user's to set.
    changes = any(c is not None for c in (apn, user_name, auth_type, ip_addr_type, primary_dns,
                                          secondary_dns, roaming_allowed))
    deletes = verb in ("delete", "remove")
    if (deletes or changes) and (locked := profile_lock_reason(profile_name)):
        raise CmapiError(ErrorCode.INVALID_OPERATION, data={
            "profileName": profile_name, "reason": locked})
    try:
        if verb in ("add", "create"):
            profile = Profile(
                name=profile_name, apn=apn or "", username=user_name or "",
                auth=auth_to_store(auth_type or "none"),
                ip_type=ip_type_to_store(ip_addr_type or "IPv4"),
                dns=tuple(d for d in (primary_dns, secondary_dns) if d),
                roaming_allowed=True if roaming_allowed is None else roaming_allowed)
            return await store.add(profile, password or None)
        if verb in ("update", "modify", "edit"):
            current = find_profile(store, profile_name)
            slots = [*current.dns, "", ""]
            if primary_dns is not None:
                slots[0] = primary_dns
            if secondary_dns is not None:
                slots[1] = secondary_dns
            changed = replace(
                current, apn=current.apn if apn is None else apn,
                username=current.username if user_name is None else user_name,
                auth=current.auth if auth_type is None else auth_to_store(auth_type),
                ip_type=(current.ip_type if ip_addr_type is None
                         else ip_type_to_store(ip_addr_type)),
                dns=tuple(d for d in slots[:2] if d),
                roaming_allowed=(current.roaming_allowed if roaming_allowed is None
                                 else roaming_allowed))
            return await store.update(changed, password)
        if verb in ("delete", "remove"):
            current = find_profile(store, profile_name)
            if in_use is not None and in_use == current.name:
                raise CmapiError(ErrorCode.PROFILE_IN_USE, data={
                    "profileName": current.name,
                    "reason": "the data connection uses it: disconnect first"})
            await store.delete(current.id or 0)
            return None
    except ProfileError as err:
        raise profile_error(err) from err
    except ValueError as err:
        raise CmapiError(ErrorCode.INVALID_PARAMETER, data={"reason": str(err)}) from err
    except StoreError as err:
        raise CmapiError(ErrorCode.FATAL, data={"reason": str(err)}) from err
    raise CmapiError(ErrorCode.INVALID_PARAMETER, data={
        "problems": [f"params.action: expected add, update or delete, not {action!r}"]})
