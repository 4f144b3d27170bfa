"""Cellular profiles proposed for a SIM, from the mobile-broadband-provider-info database
(:mod:`cmgui.store.apn`): by the IMSI's MCC/MNC, else by the operator's name; and the whole
database by country, provider and plan, for a new-profile wizard as GNOME's (the demo modem's
test network included)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from cmgui.cmapi import types as t
from cmgui.store.apn import Apn, ApnDatabaseError, Provider, load_providers, suggest_apns

log = logging.getLogger(__name__)

_AUTH: dict[str, t.AuthType] = {"pap": "PAP", "chap": "CHAP"}


@dataclass(frozen=True)
class SuggestedApn:
    """A profile proposed for the SIM; ``password`` is the provider's published default."""

    name: str
    apn: str
    user_name: str
    auth_type: t.AuthType
    password: str
    provider: str


def suggested_apns(*, imsi: str = "", operator: str = "") -> list[SuggestedApn]:
    """The profiles for this SIM, best first; empty when neither is known, the SIM is not
    listed, or the database cannot be read (logged)."""
    if not (imsi or operator):
        return []
    found = suggest_apns(imsi=imsi or None, provider_name=operator or None,
                         providers=providers())
    return [_suggested(s.provider, s.apn) for s in found]


def _suggested(provider: str, apn: Apn) -> SuggestedApn:
    auth = _AUTH.get((apn.auth or "").lower(), "none")
    if auth == "none" and apn.username:
        auth = "PAPOrCHAP"
    name = f"{provider} {apn.name}".strip() if apn.name else provider
    return SuggestedApn(name, apn.apn, apn.username, auth, apn.password, provider)


#: The country code of the test networks (ITU MCC 001), listed last.
TEST_COUNTRY = "zz"


def _test_networks() -> Path:
    return Path(str(resources.files("cmgui.store") / "data" / "test-networks.xml"))


def providers() -> tuple[Provider, ...]:
    """Every provider with GSM/UMTS/LTE APNs: the database and the test networks (empty,
    logged, when the database cannot be read)."""
    found: tuple[Provider, ...] = ()
    for source in (None, _test_networks()):
        try:
            found += load_providers(source)
        except ApnDatabaseError as exc:
            log.warning("APN database unavailable: %s", exc)
    return found


@dataclass(frozen=True)
class ProviderChoice:
    """A provider of a country and its plans (internet APNs), for the wizard."""

    name: str
    country: str
    plans: tuple[SuggestedApn, ...]
    networks: tuple[tuple[str, str], ...]


def catalogue() -> dict[str, list[ProviderChoice]]:
    """Country code (lower case) -> its providers with at least one internet plan, by name."""
    out: dict[str, list[ProviderChoice]] = {}
    for p in providers():
        plans = tuple(_suggested(p.name, a) for a in p.apns if a.usage == "internet")
        if plans:
            out.setdefault(p.country.lower(), []).append(
                ProviderChoice(p.name, p.country.lower(), plans, p.networks))
    for choices in out.values():
        choices.sort(key=lambda c: c.name.casefold())
    return out


def home_provider(imsi: str, choices: dict[str, list[ProviderChoice]]
                  ) -> ProviderChoice | None:
    """The provider whose network issued the SIM (the IMSI starts with its MCC and MNC)."""
    digits = "".join(ch for ch in imsi if ch.isdigit())
    if len(digits) < 5:
        return None
    for country in choices.values():
        for choice in country:
            if any(digits.startswith(mcc + mnc) for mcc, mnc in choice.networks):
                return choice
    return None
