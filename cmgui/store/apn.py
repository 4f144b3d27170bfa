"""APN suggestions from the mobile-broadband-provider-info database.

The system copy (Debian package ``mobile-broadband-provider-info``) is preferred; a small bundled
subset is used where it is missing. Suggestions are found by the SIM's MCC/MNC (from the IMSI,
whose MNC may have two or three digits) and, failing that, by the provider name (SPN).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

SYSTEM_DATABASE = Path("/usr/share/mobile-broadband-provider-info/serviceproviders.xml")


class ApnDatabaseError(Exception):
    """The provider database could not be read."""


@dataclass(frozen=True)
class Apn:
    apn: str
    usage: str = "internet"
    name: str = ""
    username: str = ""
    password: str = ""  # a published default of the provider, not a user's secret
    auth: str | None = None
    dns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Provider:
    name: str
    country: str
    networks: tuple[tuple[str, str], ...]  # (mcc, mnc) as written in the database
    apns: tuple[Apn, ...]
    primary: bool = False


@dataclass(frozen=True)
class ApnSuggestion:
    provider: str
    country: str
    apn: Apn
    by_network: bool  # matched by MCC/MNC (else only by name)
    by_name: bool


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _parse(source: Path) -> tuple[Provider, ...]:
    try:
        root = ET.parse(source).getroot()
    except (OSError, ET.ParseError) as exc:
        raise ApnDatabaseError(f"Could not read the provider database {source}: {exc}") from exc
    providers = []
    for country in root.iter("country"):
        code = country.get("code", "")
        for provider in country.iter("provider"):
            gsm = provider.find("gsm")
            if gsm is None:
                continue
            networks = tuple(
                (n.get("mcc", ""), n.get("mnc", "")) for n in gsm.iter("network-id")
                if n.get("mcc") and n.get("mnc")
            )
            apns = []
            for element in gsm.iter("apn"):
                value = element.get("value", "").strip()
                if not value:
                    continue
                usage = element.find("usage")
                auth = element.find("authentication")
                apns.append(Apn(
                    apn=value,
                    usage=usage.get("type", "internet") if usage is not None else "internet",
                    name=_text(element.find("name")),
                    username=_text(element.find("username")),
                    password=_text(element.find("password")),
                    auth=auth.get("method") if auth is not None else None,
                    dns=tuple(_text(d) for d in element.iter("dns") if _text(d)),
                ))
            providers.append(Provider(_text(provider.find("name")), code, networks,
                                      tuple(apns), provider.get("primary") == "true"))
    return tuple(providers)


@lru_cache(maxsize=4)
def _cached(source: str, mtime_ns: int) -> tuple[Provider, ...]:
    return _parse(Path(source))


def default_source() -> Path:
    """The system database where installed, else the bundled subset."""
    if SYSTEM_DATABASE.is_file():
        return SYSTEM_DATABASE
    return Path(str(resources.files("cmgui.store") / "data" / "serviceproviders.xml"))


def load_providers(source: Path | None = None) -> tuple[Provider, ...]:
    path = Path(source) if source is not None else default_source()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise ApnDatabaseError(f"Could not read the provider database {path}: {exc}") from exc
    return _cached(str(path), mtime)


def _squash(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def _network_matches(networks: tuple[tuple[str, str], ...], imsi: str | None,
                     mcc: str | None, mnc: str | None) -> bool:
    for net_mcc, net_mnc in networks:
        if imsi and imsi.startswith(net_mcc + net_mnc):
            return True
        if mcc and mnc and mcc == net_mcc and net_mnc.isdigit() and mnc.isdigit() \
                and int(mnc) == int(net_mnc):
            return True
    return False


def suggest_apns(
    *, imsi: str | None = None, mcc: str | None = None, mnc: str | None = None,
    provider_name: str | None = None, usage: str = "internet",
    providers: tuple[Provider, ...] | None = None,
) -> list[ApnSuggestion]:
    """APNs for a SIM, best first: network matches (name-confirmed first), else name matches."""
    if providers is None:
        providers = load_providers()
    imsi = re.sub(r"\D", "", imsi or "") or None
    wanted = _squash(provider_name or "")
    found: list[tuple[int, int, ApnSuggestion]] = []
    for order, provider in enumerate(providers):
        by_network = _network_matches(provider.networks, imsi, mcc, mnc)
        have = _squash(provider.name)
        by_name = bool(wanted and have and len(min(wanted, have, key=len)) >= 2
                       and (wanted in have or have in wanted))
        if not (by_network or by_name):
            continue
        for apn in provider.apns:
            if apn.usage == usage:
                rank = (0 if by_network else 2) + (0 if by_name or not wanted else 1)
                rank = rank * 2 + (0 if provider.primary else 1)
                found.append((rank, order, ApnSuggestion(provider.name, provider.country, apn,
                                                         by_network, by_name)))
    if any(s.by_network for _, _, s in found):
        found = [item for item in found if item[2].by_network]
    return [s for _, _, s in sorted(found, key=lambda item: (item[0], item[1]))]
