"""OEM provisioning: the schema (one source), the examples, every mistake reported, the lookup
order, and what applying does (presets once, locked profiles, fixed settings)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service import provisioning as prov_mod
from cmgui.service import saved_devices
from cmgui.service.profile_ops import manage_profile
from cmgui.service.provisioned_settings import ProvisionedSettings, SettingFixed
from cmgui.service.provisioning import (
    ENV,
    NONE,
    ProvisioningError,
    in_effect,
    load,
    locate,
    profile_lock_reason,
    search_paths,
)
from cmgui.service.provisioning_apply import (
    PROVISIONED_BY,
    apply_presets,
    apply_profiles,
)
from cmgui.service.provisioning_schema import schema, schema_text, unknown_keywords
from cmgui.service.saved_devices import ENDPOINT, FLEET, GATEWAY, SavedDevices
from cmgui.store.host import Stores
from cmgui.store.secrets import SecretStore
from tests.memory_keyring import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "packaging" / "examples"
BRANDED = EXAMPLES / "branded-usb-modem.toml"
FIELD = EXAMPLES / "field-service-laptop.toml"

BROKEN = """\
[product]
name = ""
accent = "crimson"
icon = "missing.svg"
support_url = "support.example.com"
colour = "#ff0000"

[[profiles]]
name = "Work"
apn = "bad apn!"
auth = "kerberos"
password = "hunter2"
dns = ["8.8.8.8", "not-an-ip"]
default = true

[[profiles]]
name = "Work"
default = true

[[endpoints]]
address = "ftp://files.example"
token = "abc123"

[[gateways]]
address = "dinstar+https://gw.example"

[settings.fixed]
"connection.auto_connect_roaming" = "no"
"no.such.setting" = true

[settings]
hidden = ["bogus"]

[devices]
default = 5
"""


# --- the schema ---------------------------------------------------------------------------


def test_published_schema_is_the_packaged_one() -> None:
    assert (ROOT / "docs" / "provisioning.schema.json").read_text(encoding="utf-8") \
        == schema_text()


def test_schema_is_draft_2020_12_and_uses_only_enforced_keywords() -> None:
    doc = schema()
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert unknown_keywords(doc) == set()


def test_entry_kinds_are_the_saved_devices_kinds() -> None:
    assert (prov_mod.ENDPOINT, prov_mod.GATEWAY, prov_mod.FLEET) == (
        saved_devices.ENDPOINT, saved_devices.GATEWAY, saved_devices.FLEET)


# --- the examples ---------------------------------------------------------------------------


def test_branded_usb_modem_example() -> None:
    p = load(BRANDED)
    assert p.product.name == "Acme Connect"
    assert p.vendor == "Acme Modems"
    assert p.product.accent == "#c2185b"
    assert p.product.icon is not None and p.product.icon.is_file()
    assert p.product.support_url.startswith("https://")
    assert p.locked_profiles == {"Acme LTE"}
    assert [pp.default for pp in p.profiles] == [True]
    assert p.manual_network_selection is False
    assert p.default_device == "/dev/ttyUSB2"


def test_field_service_laptop_example() -> None:
    p = load(FIELD)
    assert p.product.name == "FieldLink"
    assert len(p.entries_of(ENDPOINT)) == 2
    assert [e.fields["user"] for e in p.entries_of(GATEWAY)] == ["fieldops"]
    fleet = p.entries_of(FLEET)[0]
    assert fleet.fields["secret_name"] == "client_secret"
    assert p.fixed["connection.auto_connect_roaming"] is False
    assert "log.level" in p.hidden
    assert p.locked_profiles == frozenset()


# --- every mistake -----------------------------------------------------------------------------


def test_broken_file_lists_every_mistake(tmp_path: Path) -> None:
    path = tmp_path / "provisioning.toml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(ProvisioningError) as caught:
        load(path)
    problems = caught.value.problems
    text = "\n".join(problems)
    assert all(line.startswith(f"{path}: ") for line in problems)
    expected = [
        "product.name: is empty",
        'product.accent: "crimson" is not valid (expected accent colour',
        'e.g. "#C2185B"',
        "product.support_url:",
        "product.colour: is not a key cmgui knows (expected one of name, vendor",
        "product.icon: there is no file",
        "profiles[0].apn:",
        'profiles[0].auth: "kerberos" is not one of the choices',
        "profiles[0].password: holds a secret, and secrets never go in this file",
        "profiles[0].dns[1]: 'not-an-ip' is not an IP address",
        "profiles[1].name: 'Work' is listed twice",
        "profiles: 2 profiles are marked default (expected at most one)",
        "endpoints[0].address:",
        "endpoints[0].token: holds a secret",
        "gateways[0].user: is missing",
        'settings.fixed."connection.auto_connect_roaming": "no" is not a valid value '
        "(expected true or false",
        'settings.fixed."no.such.setting": there is no setting called no.such.setting',
        "settings.hidden[0]: there is no setting called bogus",
        "devices.default: an integer 5 is not allowed here (expected a string)",
    ]
    missing = [e for e in expected if e not in text]
    assert missing == [], text
    assert len(problems) == 18, text
    # a secret is reported once, as a secret, not also as an unknown key
    assert sum("profiles[0].password" in p for p in problems) == 1


@pytest.mark.parametrize("table, key", [
    ("[product]\nname = 'X'\napi_key = 'k'", "product.api_key"),
    ("[[fleet_accounts]]\nname = 'F'\naddress = 'cmo+https://h/t'\nclient_secret = 's'",
     "fleet_accounts[0].client_secret"),
    ("[[gateways]]\naddress = 'dinstar+https://g'\nuser = 'u'\nPassword = 'p'",
     "gateways[0].Password"),
])
def test_secrets_are_refused(tmp_path: Path, table: str, key: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(table, encoding="utf-8")
    with pytest.raises(ProvisioningError) as caught:
        load(path)
    assert caught.value.problems == [
        f"{path}: {key}: holds a secret, and secrets never go in this file (expected no such "
        "key: cmgui prompts for the secret or takes it from the system keyring)"]


def test_toml_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text("[product]\nname = 'X'\naccent = \n", encoding="utf-8")
    with pytest.raises(ProvisioningError) as caught:
        load(path)
    (line,) = caught.value.problems
    assert line.startswith(f"{path}: is not valid TOML") and "line 3" in line


# --- where -----------------------------------------------------------------------------------


def test_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exe_dir, prefix = tmp_path / "bundle", tmp_path / "prefix"
    exe_dir.mkdir()
    prefix.mkdir()
    monkeypatch.setattr(sys, "executable", str(exe_dir / "cmgui"))
    monkeypatch.setattr(sys, "prefix", str(prefix))
    paths = search_paths({})
    assert paths[:2] == [exe_dir / "provisioning.toml", prefix / "provisioning.toml"]
    assert paths[-1] == Path("/etc/cmgui/provisioning.toml")
    assert locate({}) in (None, paths[-1])  # nothing beside the app
    (prefix / "provisioning.toml").write_text("", encoding="utf-8")
    assert locate({}) == prefix / "provisioning.toml"
    (exe_dir / "provisioning.toml").write_text("", encoding="utf-8")
    assert locate({}) == exe_dir / "provisioning.toml"  # beside the executable comes first
    assert locate({ENV: str(BRANDED)}) == BRANDED  # the environment wins
    assert search_paths({ENV: "none"}) == [] and locate({ENV: "none"}) is None


def test_a_broken_file_in_effect_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(BROKEN, encoding="utf-8")
    state = in_effect({ENV: str(path)})
    assert state.provisioning is NONE and state.path == path and len(state.problems) == 18
    missing = in_effect({ENV: str(tmp_path / "nope.toml")})
    assert missing.provisioning is NONE and "there is no such file" in missing.problems[0]
    assert in_effect({ENV: str(FIELD)}).provisioning.product.name == "FieldLink"


# --- applying --------------------------------------------------------------------------------


def test_fixed_settings_are_forced_and_the_users_value_kept(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps(
        {"version": 1, "values": {"connection.auto_connect_roaming": True}}), encoding="utf-8")
    settings = ProvisionedSettings(tmp_path, load(FIELD))
    assert settings.get("connection.auto_connect_roaming") is False
    assert settings.is_fixed("connection.auto_connect_roaming")
    assert settings.is_hidden("log.level") and not settings.is_fixed("log.level")
    with pytest.raises(SettingFixed, match="set by Northwind IT"):
        settings.set("connection.auto_connect_roaming", True)
    settings.set("ui.close_to_tray", False)
    settings.save()
    values = json.loads((tmp_path / "settings.json").read_text())["values"]
    assert values["connection.auto_connect_roaming"] is True  # back if the vendor's file goes


def test_presets_are_saved_once_and_marked(tmp_path: Path) -> None:
    p = load(FIELD)
    saved = SavedDevices(tmp_path, SecretStore(MemoryKeyring()))
    added = apply_presets(p, saved)
    assert len(added) == 4
    entries = saved.entries()
    assert {e.kind for e in entries} == {ENDPOINT, GATEWAY, FLEET}
    assert all(e.fields[PROVISIONED_BY] == "Northwind IT" for e in entries)
    assert not any(k in e.fields for e in entries for k in ("password", "token", "secret"))
    assert apply_presets(p, saved) == []  # not duplicated on the next start
    assert len(saved.entries()) == 4
    saved.remove(GATEWAY, "dinstar+https://sms-gw.northwind.example")
    assert apply_presets(p, saved) == []  # what the user removed stays removed
    assert len(saved.entries()) == 3


async def test_profiles_seeded_locked_restored_default_set(tmp_path: Path) -> None:
    stores = Stores.open(tmp_path / "data", secrets=SecretStore(MemoryKeyring()))
    try:
        store = stores.profiles
        branded, field = load(BRANDED), load(FIELD)
        assert await apply_profiles(branded, store, tmp_path) == ["Acme LTE"]
        acme = store.by_name("Acme LTE")
        assert acme is not None and acme.apn == "internet.acme.example"
        default = store.default()
        assert default is not None and default.name == "Acme LTE"
        assert await apply_profiles(branded, store, tmp_path) == []  # nothing twice
        # changed behind cmgui's back (another tool, an old version): put back
        from dataclasses import replace

        await store.update(replace(acme, apn="other.apn"))
        assert await apply_profiles(branded, store, tmp_path) == ["Acme LTE"]
        restored = store.by_name("Acme LTE")
        assert restored is not None and restored.apn == "internet.acme.example"
        # an unlocked vendor profile is the user's once added: deleted, it stays deleted
        assert await apply_profiles(field, store, tmp_path) == ["Northwind private APN"]
        own = store.by_name("Northwind private APN")
        assert own is not None and own.username == "fieldtech"
        await store.delete(own.id or 0)
        assert await apply_profiles(field, store, tmp_path) == []
        assert store.by_name("Northwind private APN") is None
    finally:
        stores.close()


async def test_locked_profile_cannot_be_edited_or_deleted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, str(BRANDED))
    assert "set by Acme Modems" in profile_lock_reason("Acme LTE")
    assert profile_lock_reason("Mine") == ""
    stores = Stores.open(tmp_path / "data", secrets=SecretStore(MemoryKeyring()))
    try:
        await apply_profiles(load(BRANDED), stores.profiles, tmp_path)
        for action in ("update", "delete"):
            with pytest.raises(CmapiError) as caught:
                await manage_profile(stores.profiles, action=action, profile_name="Acme LTE",
                                     apn="x.y")
            assert caught.value.code == ErrorCode.INVALID_OPERATION
            assert "set by Acme Modems" in caught.value.data["reason"]
        # its password is the user's (the vendor's file never has one)
        await manage_profile(stores.profiles, action="update", profile_name="Acme LTE",
                             password="s3cret")
        locked = stores.profiles.by_name("Acme LTE")
        assert locked is not None and locked.has_password
        assert locked.apn == "internet.acme.example"
        await manage_profile(stores.profiles, action="add", profile_name="Mine", apn="a.b")
        await manage_profile(stores.profiles, action="delete", profile_name="Mine")
        assert stores.profiles.by_name("Acme LTE") is not None
    finally:
        stores.close()
