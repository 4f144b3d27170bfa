"""OEM provisioning: one ``provisioning.toml`` a vendor ships, found, validated and read.

Where it is looked for, first found wins (docs/provisioning.md):

1. ``$CMGUI_PROVISIONING``: that file (``none``: no provisioning at all, look nowhere else);
2. beside the app: the directory of the executable (the frozen bundle's folder), PyInstaller's
   unpacked bundle directory, and ``sys.prefix`` (the installed environment);
3. the system: ``/etc/cmgui/provisioning.toml`` (``%PROGRAMDATA%\\cmgui\\`` on Windows).

The file is checked against the published schema (:mod:`.provisioning_schema`) and then for
what a schema cannot say (a setting cmgui declares, a value of that setting's type, an icon that
exists, one default profile, addresses listed once, no secrets). Every mistake is reported, each
with the file, the key path, what is wrong and what is expected. A file with mistakes is not
used (:func:`in_effect` says why); what applies it is :mod:`.provisioning_apply`.
"""

from __future__ import annotations

import json
import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from ipaddress import ip_address
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cmgui.service.provisioning_schema import Problem, validate
from cmgui.store.settings import SETTINGS, Setting

if TYPE_CHECKING:
    from cmgui.store.profiles import Profile

# The app reads this module before its first paint: what needs the keyring or SQLite
# (saved_devices, store.profiles) is imported where a file uses it.
#: Kinds of saved entries, as cmgui.service.saved_devices names them.
ENDPOINT, GATEWAY, FLEET = "endpoint", "gateway", "fleet"

ENV = "CMGUI_PROVISIONING"
FILE_NAME = "provisioning.toml"
#: ``CMGUI_PROVISIONING=none`` turns provisioning off (tests, a vendor's own debugging).
DISABLED = "none"

#: Key names that hold secrets: never allowed in the file (nor ``…_password`` and the like).
SECRET_WORDS = ("password", "passwd", "passphrase", "token", "secret", "client_secret",
                "private_key", "api_key", "apikey", "pin", "puk", "hmac_secret", "bearer")


class ProvisioningError(Exception):
    """A provisioning file that cannot be used: every problem, one per line."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.path = path
        self.problems = problems


@dataclass(frozen=True)
class Product:
    name: str = ""
    vendor: str = ""
    icon: Path | None = None
    accent: str = ""
    support_url: str = ""


@dataclass(frozen=True)
class ProfilePreset:
    """An APN profile the vendor provides; ``locked`` ones the user cannot edit or delete."""

    profile: Profile
    default: bool = False
    locked: bool = False


@dataclass(frozen=True)
class EntryPreset:
    """A preset endpoint, gateway or fleet account: its kind and fields as ``endpoints.json``
    keeps them (:mod:`cmgui.service.saved_devices`)."""

    kind: str
    fields: Mapping[str, Any]

    @property
    def address(self) -> str:
        return str(self.fields["address"])

    @property
    def label(self) -> str:
        return str(self.fields.get("label") or self.fields.get("name") or self.address)


@dataclass(frozen=True)
class Provisioning:
    """What a provisioning file asks for; :data:`NONE` is the unprovisioned app."""

    source: Path | None = None
    product: Product = field(default_factory=Product)
    profiles: tuple[ProfilePreset, ...] = ()
    entries: tuple[EntryPreset, ...] = ()
    fixed: Mapping[str, Any] = field(default_factory=dict)
    hidden: frozenset[str] = frozenset()
    manual_network_selection: bool = True
    default_device: str = ""

    @property
    def active(self) -> bool:
        return self.source is not None

    @property
    def vendor(self) -> str:
        """Who provisions, as "Set by …" names it."""
        return self.product.vendor or self.product.name

    @property
    def locked_profiles(self) -> frozenset[str]:
        return frozenset(p.profile.name for p in self.profiles if p.locked)

    def entries_of(self, kind: str) -> list[EntryPreset]:
        return [e for e in self.entries if e.kind == kind]

    def summary(self) -> dict[str, Any]:
        """What is in effect, as ``cmcli provisioning show`` prints it (JSON-friendly)."""
        p = self.product
        return {
            "source": str(self.source) if self.source else None,
            "product": {"name": p.name, "vendor": self.vendor, "icon": str(p.icon or "") or None,
                        "accent": p.accent or None, "supportURL": p.support_url or None},
            "profiles": [{"name": pp.profile.name, "apn": pp.profile.apn,
                          "default": pp.default, "locked": pp.locked} for pp in self.profiles],
            "endpoints": [dict(e.fields) for e in self.entries_of(ENDPOINT)],
            "gateways": [dict(e.fields) for e in self.entries_of(GATEWAY)],
            "fleetAccounts": [dict(e.fields) for e in self.entries_of(FLEET)],
            "fixedSettings": dict(self.fixed),
            "hiddenSettings": sorted(self.hidden),
            "manualNetworkSelection": self.manual_network_selection,
            "defaultDevice": self.default_device or None,
        }


NONE = Provisioning()


# --- where ------------------------------------------------------------------------------------


def search_paths(env: Mapping[str, str] | None = None) -> list[Path]:
    """The files looked at, in order (``$CMGUI_PROVISIONING`` alone when it is set)."""
    env = os.environ if env is None else env
    named = env.get(ENV, "").strip()
    if named:
        return [] if named.lower() == DISABLED else [Path(named).expanduser()]
    dirs = [Path(sys.executable).resolve().parent]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle))
    dirs.append(Path(sys.prefix))
    if os.name == "nt":
        dirs.append(Path(env.get("PROGRAMDATA", r"C:\ProgramData")) / "cmgui")
    else:
        dirs.append(Path("/etc/cmgui"))
    paths: list[Path] = []
    for d in dirs:
        if d / FILE_NAME not in paths:
            paths.append(d / FILE_NAME)
    return paths


def locate(env: Mapping[str, str] | None = None) -> Path | None:
    """The provisioning file in effect: the first of :func:`search_paths` that exists (the
    one ``$CMGUI_PROVISIONING`` names is returned even if missing, so that is reported)."""
    env = os.environ if env is None else env
    paths = search_paths(env)
    if env.get(ENV, "").strip() and paths:
        return paths[0]
    return next((p for p in paths if p.is_file()), None)


# --- reading and checking ------------------------------------------------------------------------


def _secret_problems(value: Any, path: str = "") -> list[Problem]:
    from cmgui.service.provisioning_schema import _join

    found: list[Problem] = []
    if path == "settings.fixed":
        return found  # setting names, checked against the declared settings (none is a secret)
    if isinstance(value, dict):
        for key, item in value.items():
            where = _join(path, key)
            lower = str(key).lower()
            if any(lower == w or lower.endswith("_" + w) for w in SECRET_WORDS):
                found.append(Problem(where, "holds a secret, and secrets never go in this file",
                                     "no such key: cmgui prompts for the secret or takes it "
                                     "from the system keyring"))
            else:
                found += _secret_problems(item, where)
    elif isinstance(value, list):
        for n, item in enumerate(value):
            found += _secret_problems(item, _join(path, n))
    return found


def _setting_problems(fixed: Any, hidden: Any) -> list[Problem]:
    problems: list[Problem] = []
    known = ", ".join(sorted(SETTINGS))
    if isinstance(fixed, dict):
        for name, value in fixed.items():
            where = f'settings.fixed."{name}"'
            setting: Setting | None = SETTINGS.get(name)
            if setting is None:
                problems.append(Problem(where, f"there is no setting called {name}",
                                        f"one of {known}"))
            elif not setting.valid(value):
                expected = (" or ".join(repr(c) for c in setting.choices) if setting.choices
                            else {"bool": "true or false", "str": "a string",
                                  "int": "an integer", "float": "a number",
                                  "dict": "a table"}.get(setting.type.__name__,
                                                         setting.type.__name__))
                problems.append(Problem(where, f"{json.dumps(value)} is not a valid value",
                                        f"{expected}: {setting.description.rstrip('.')}"))
    if isinstance(hidden, list):
        for n, name in enumerate(hidden):
            if isinstance(name, str) and name not in SETTINGS:
                problems.append(Problem(f"settings.hidden[{n}]",
                                        f"there is no setting called {name}",
                                        f"one of {known}"))
    return problems


def _profile(raw: dict[str, Any]) -> Profile:
    from cmgui.store.profiles import Auth, IpType, Profile

    dns = raw.get("dns", [])
    return Profile(name=raw["name"], apn=raw.get("apn", ""), auth=Auth(raw.get("auth", "none")),
                   username=raw.get("username", ""),
                   ip_type=IpType(raw.get("ip_type", "ipv4v6")), dns=tuple(dns),
                   roaming_allowed=bool(raw.get("roaming_allowed", False)))


def _table(doc: Any, key: str) -> dict[str, Any]:
    value = doc.get(key) if isinstance(doc, dict) else None
    return value if isinstance(value, dict) else {}


def _rows(doc: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    value = doc.get(key) if isinstance(doc, dict) else None
    return [(n, r) for n, r in enumerate(value) if isinstance(r, dict)] \
        if isinstance(value, list) else []


def _content_problems(doc: Any, base: Path) -> list[Problem]:
    """What the schema cannot check. Runs on any document (what has the wrong shape is the
    schema's to report), so every mistake is listed at once."""
    problems: list[Problem] = []
    icon = _table(doc, "product").get("icon")
    if isinstance(icon, str) and icon and not (base / icon).is_file():
        problems.append(Problem("product.icon", f"there is no file {base / icon}",
                                "a path relative to the provisioning file"))
    names: set[str] = set()
    defaults = 0
    for n, raw in _rows(doc, "profiles"):
        where = f"profiles[{n}]"
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            continue
        if name.strip() in names:
            problems.append(Problem(f"{where}.name", f"{name!r} is listed twice",
                                    "each profile name once"))
        names.add(name.strip())
        defaults += raw.get("default") is True
        dns = raw.get("dns", [])
        for k, server in enumerate(dns if isinstance(dns, list) else []):
            if isinstance(server, str) and server:
                try:
                    ip_address(server)
                except ValueError:
                    problems.append(Problem(f"{where}.dns[{k}]",
                                            f"{server!r} is not an IP address",
                                            "the IPv4 or IPv6 address of a DNS server"))
    if defaults > 1:
        problems.append(Problem("profiles", f"{defaults} profiles are marked default",
                                "at most one"))
    for table in ("endpoints", "gateways", "fleet_accounts"):
        seen: set[str] = set()
        for n, raw in _rows(doc, table):
            address = raw.get("address")
            if not isinstance(address, str):
                continue
            from cmgui.service.saved_devices import address_key

            key = address_key(address)
            if key in seen:
                problems.append(Problem(f"{table}[{n}].address", f"{address!r} is listed twice",
                                        "each address once"))
            seen.add(key)
    settings = _table(doc, "settings")
    problems += _setting_problems(settings.get("fixed", {}), settings.get("hidden", []))
    return problems


def problems_of(document: Any, base: Path) -> list[Problem]:
    """Every mistake in a parsed provisioning ``document`` (paths relative to ``base``)."""
    secrets = _secret_problems(document)
    reported = {p.path for p in secrets}
    found = secrets + [p for p in validate(document) if p.path not in reported]
    reported |= {p.path for p in found}
    return found + [p for p in _content_problems(document, base) if p.path not in reported]


def _parse(doc: dict[str, Any], path: Path) -> Provisioning:
    product = doc.get("product", {})
    icon = product.get("icon")
    entries: list[EntryPreset] = []
    for table, kind in (("endpoints", ENDPOINT), ("gateways", GATEWAY),
                        ("fleet_accounts", FLEET)):
        for raw in doc.get(table, []):
            fields = dict(raw)
            if kind == FLEET and "credential" in fields:
                fields["secret_name"] = fields.pop("credential")
            entries.append(EntryPreset(kind, fields))
    settings = doc.get("settings", {})
    return Provisioning(
        source=path,
        product=Product(product.get("name", ""), product.get("vendor", ""),
                        (path.parent / icon).resolve() if icon else None,
                        product.get("accent", "").lower(), product.get("support_url", "")),
        profiles=tuple(ProfilePreset(_profile(raw).validated(), bool(raw.get("default")),
                                     bool(raw.get("locked"))) for raw in doc.get("profiles", [])),
        entries=tuple(entries),
        fixed=dict(settings.get("fixed", {})),
        hidden=frozenset(settings.get("hidden", [])),
        manual_network_selection=bool(
            doc.get("features", {}).get("manual_network_selection", True)),
        default_device=doc.get("devices", {}).get("default", ""),
    )


def load(path: Path) -> Provisioning:
    """Read and check the file at ``path``; :class:`ProvisioningError` lists every mistake."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ProvisioningError(path, [f"{path}: there is no such file"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProvisioningError(path, [f"{path}: cannot be read ({exc})"]) from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProvisioningError(path, [f"{path}: is not valid TOML: {exc}"]) from None
    found = problems_of(doc, path.parent)
    if found:
        raise ProvisioningError(path, [p.text(str(path)) for p in found])
    return _parse(doc, path.resolve())


@dataclass(frozen=True)
class InEffect:
    """The provisioning in effect, where it came from and, if the file is broken, why it is not
    used (then ``provisioning`` is :data:`NONE`)."""

    provisioning: Provisioning
    path: Path | None
    problems: tuple[str, ...] = ()
    looked_at: tuple[Path, ...] = ()


@cache
def _load_cached(path: Path, _mtime_ns: int) -> Provisioning:
    return load(path)


def in_effect(env: Mapping[str, str] | None = None) -> InEffect:
    """The provisioning in effect for this process (read once per file version)."""
    looked = tuple(search_paths(env))
    path = locate(env)
    if path is None:
        return InEffect(NONE, None, (), looked)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = -1
    try:
        return InEffect(_load_cached(path, mtime), path, (), looked)
    except ProvisioningError as err:
        return InEffect(NONE, path, tuple(err.problems), looked)


def current() -> Provisioning:
    """Shorthand: the provisioning in effect (:data:`NONE` without a usable file)."""
    return in_effect().provisioning


def profile_lock_reason(name: str, provisioning: Provisioning | None = None) -> str:
    """Why the profile ``name`` cannot be edited or deleted ("" when it can)."""
    prov = current() if provisioning is None else provisioning
    if name.strip() in prov.locked_profiles:
        return f"the profile '{name.strip()}' is set by {prov.vendor} and cannot be changed"
    return ""
