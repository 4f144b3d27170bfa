"""``cmcli provisioning check/show`` and cmcli honouring a provisioning file, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.test_provisioning import BRANDED, BROKEN, FIELD, ROOT


def cmcli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            **(env or {})}
    return subprocess.run([sys.executable, "-c", "import sys; from cmgui.cli import main; "
                           "sys.exit(main())", *args], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize("example", [BRANDED, FIELD], ids=lambda p: p.stem)
def test_check_accepts_each_example(example: Path) -> None:
    done = cmcli("provisioning", "check", str(example))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(f"{example} is valid.")
    done = cmcli("provisioning", "check", str(example), "--json")
    result = json.loads(done.stdout)
    assert result["valid"] is True and result["file"] == str(example)


def test_check_lists_every_mistake_of_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "provisioning.toml"
    path.write_text(BROKEN, encoding="utf-8")
    done = cmcli("provisioning", "check", str(path))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0] == f"{path}: 18 mistakes:"
    assert len(lines) == 19
    assert any("profiles[0].password: holds a secret" in line for line in lines)
    assert any("gateways[0].user: is missing" in line for line in lines)
    done = cmcli("provisioning", "check", str(path), "--json")
    assert done.returncode == 1 and len(json.loads(done.stdout)["problems"]) == 18


def test_show_says_what_is_in_effect_and_from_where(tmp_path: Path) -> None:
    done = cmcli("provisioning", "show", env={"CMGUI_PROVISIONING": str(FIELD)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == f"In effect: {FIELD}"
    assert "Fixed setting: connection.auto_connect_roaming = off" in done.stdout
    assert "Preset gateway: Depot SMS gateway <dinstar+https://sms-gw.northwind.example>" \
        in done.stdout
    done = cmcli("provisioning", "show", env={"CMGUI_PROVISIONING": "none"})
    assert done.returncode == 0 and done.stdout.startswith("No provisioning in effect")
    broken = tmp_path / "p.toml"
    broken.write_text(BROKEN, encoding="utf-8")
    done = cmcli("provisioning", "show", "--json", env={"CMGUI_PROVISIONING": str(broken)})
    shown = json.loads(done.stdout)
    assert done.returncode == 1 and shown["inEffect"] is False and len(shown["problems"]) == 18


def test_locked_profile_cannot_be_edited_or_deleted_with_cmcli() -> None:
    env = {"CMGUI_PROVISIONING": str(BRANDED)}
    done = cmcli("profiles", "list", env=env)
    assert done.returncode == 0, done.stderr
    assert "* Acme LTE: APN internet.acme.example" in done.stdout  # seeded, and the default
    for args in (("edit", "--name", "Acme LTE", "--apn", "other.apn"), ("delete", "Acme LTE")):
        done = cmcli("profiles", *args, env=env)
        assert done.returncode == 1, done.stdout + done.stderr
        assert "the profile 'Acme LTE' is set by Acme Modems and cannot be changed" \
            in done.stderr
    assert "APN internet.acme.example" in cmcli("profiles", "list", env=env).stdout


def test_manual_network_selection_refused_when_the_vendor_forbids_it() -> None:
    done = cmcli("networks", "select", "26201", "-d", "virtual",
                 env={"CMGUI_PROVISIONING": str(BRANDED)})
    assert done.returncode == 1
    assert "Acme Modems allows automatic network selection only" in done.stderr


def test_cmcli_follows_the_settings_a_vendor_fixed(tmp_path: Path) -> None:
    """The store in use and where secrets go, fixed by the vendor, apply to cmcli as to the
    app, whatever settings.json says; the environment and --store still win."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"version": 1, "values": {
        "store_url": f"sqlite:///{tmp_path / 'mine.sqlite3'}", "secrets.storage": "none"}}),
        encoding="utf-8")
    vendor_store = f"sqlite:///{tmp_path / 'vendor.sqlite3'}"
    provisioning = tmp_path / "provisioning.toml"
    provisioning.write_text(
        'schema_version = 1\n[product]\nname = "FieldLink"\nvendor = "Northwind IT"\n'
        f'[settings.fixed]\n"store_url" = "{vendor_store}"\n"secrets.storage" = "file"\n',
        encoding="utf-8")
    env = {"CMGUI_CONFIG_DIR": str(config), "CMGUI_DATA_DIR": str(tmp_path / "data"),
           "CMGUI_PROVISIONING": str(provisioning), "CMGUI_STORE": "", "CMGUI_SECRETS": ""}
    done = cmcli("store", "path", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == vendor_store
    done = cmcli("store", "path", env={**env, "CMGUI_PROVISIONING": "none"})
    assert done.stdout.strip() == f"sqlite:///{tmp_path / 'mine.sqlite3'}"  # the user's own
    done = cmcli("--store", f"sqlite:///{tmp_path / 'given.sqlite3'}", "store", "path", env=env)
    assert done.stdout.strip() == f"sqlite:///{tmp_path / 'given.sqlite3'}"
    shown = json.loads(cmcli("provisioning", "show", "--json", env=env).stdout)
    assert shown["fixedSettings"]["store_url"] == vendor_store
