"""Registers CMO and CMP with the fleet registry (entry points ``cmgui.fleet_platforms``)."""

from __future__ import annotations

from cmgui.drivers.fleet import cmo, cmp
from cmgui.drivers.fleet.cmo_fleet import CmoFleet
from cmgui.drivers.fleet.cmp_fleet import CmpFleet
from cmgui.drivers.fleet.signing import load_private_key
from cmgui.service.fleet import Fleet, FleetError
from cmgui.service.fleet_accounts import (
    CLIENT_SECRET,
    HMAC_SECRET,
    PRIVATE_KEY,
    FleetAccount,
)
from cmgui.service.fleet_registry import FleetRegistry, Platform


def check_cmo(account: FleetAccount, secret: str) -> str | None:
    try:
        cmo.parse_address(account.url)
    except FleetError as err:
        return str(err)
    if not account.client_id or account.secret_name != CLIENT_SECRET:
        return "a CMO account needs --client-id ID and --secret-file F (the client secret)"
    if account.key_id:
        return "a CMO account signs in with a client id and secret, not --key-id"
    if account.token_url and not account.token_url.lower().startswith(("https://", "http://")):
        return f"--token-url {account.token_url} is not an http(s) URL"
    return None


def check_cmp(account: FleetAccount, secret: str) -> str | None:
    try:
        cmp.parse_address(account.url)
    except FleetError as err:
        return str(err)
    if not account.key_id or account.secret_name not in (PRIVATE_KEY, HMAC_SECRET):
        return ("a CMP account needs --key-id ID and --private-key-file F (RSA signing) or "
                "--secret-file F (HMAC-SHA1 signing)")
    if account.client_id or account.token_url:
        return "a CMP account signs its requests: --client-id and --token-url are for CMO"
    if account.secret_name == PRIVATE_KEY and secret:
        try:
            load_private_key(secret)
        except FleetError as err:
            return str(err)
    return None


def _cmo(account: FleetAccount, secret: str) -> Fleet:
    return CmoFleet(account, secret)


def _cmp(account: FleetAccount, secret: str) -> Fleet:
    return CmpFleet(account, secret)


def register_cmo(registry: FleetRegistry) -> None:
    registry.register(Platform("cmo", "Deutsche Telekom IoT CMO", _cmo, check_cmo))


def register_cmp(registry: FleetRegistry) -> None:
    registry.register(Platform("cmp", "Linksfield CMP", _cmp, check_cmp))
