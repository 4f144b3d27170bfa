"""Settings: declared defaults, typed values, numbered upgrades, unknown keys, broken files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cmgui.store.settings import SETTINGS, Setting, Settings, _declare

#: Settings of every type and rule, for the mechanics (the product declares bools and strings).
SAMPLE = _declare(
    Setting("usage.billing_day", int, 1, "Day of the month a new billing period starts.",
            check=lambda v: 1 <= v <= 31),
    Setting("usage.warn_thresholds", list, [80, 100], "Warn at these percentages.",
            check=lambda v: all(isinstance(p, int) and 0 < p <= 1000 for p in v)),
    Setting("devices.probe_timeout", float, 2.0, "Seconds to wait for a silent port.",
            check=lambda v: 0 < v <= 60),
    Setting("server.port", int, 8765, "TCP port.", check=lambda v: 0 < v < 65536),
    Setting("log.level", str, "INFO", "Logging level.",
            choices=("DEBUG", "INFO", "WARNING", "ERROR")),
    Setting("ui.close_to_tray", bool, True, "Closing the main window keeps cmgui in the tray."),
)


def test_every_declared_setting_has_a_valid_default_and_description() -> None:
    for name, setting in SETTINGS.items():
        assert setting.name == name and setting.description
        assert setting.valid(setting.default)


def test_defaults_without_a_file_and_round_trip(tmp_path: Path) -> None:
    s = Settings(tmp_path, registry=SAMPLE)
    assert s.get("usage.billing_day") == 1 and s.problems == []
    assert not s.path.exists()
    s.set("usage.billing_day", 15)
    s.set("usage.warn_thresholds", [50, 90, 100])
    s.set("devices.probe_timeout", 1)  # an int where a float is declared is fine
    s.save()
    doc = json.loads(s.path.read_text())
    assert doc["version"] == s.version
    again = Settings(tmp_path, registry=SAMPLE)
    assert again.get("usage.billing_day") == 15
    assert again.get("usage.warn_thresholds") == [50, 90, 100]
    assert again.get("devices.probe_timeout") == 1.0
    assert list(tmp_path.iterdir()) == [s.path]  # no temporary files left behind


def test_set_rejects_wrong_types_and_unknown_names(tmp_path: Path) -> None:
    s = Settings(tmp_path, registry=SAMPLE)
    for name, value in [("usage.billing_day", "15"), ("usage.billing_day", True),
                        ("usage.billing_day", 40), ("log.level", "LOUD"),
                        ("usage.warn_thresholds", [80, "x"])]:
        with pytest.raises(ValueError):
            s.set(name, value)
    with pytest.raises(KeyError, match="no setting"):
        s.get("no.such")


def test_wrong_types_are_reported_and_the_file_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    values = {"usage.billing_day": "fifteen", "server.port": 8080, "future.option": {"a": 1}}
    path.write_text(json.dumps({"version": 1, "values": values}))
    s = Settings(tmp_path, registry=SAMPLE)
    assert s.get("usage.billing_day") == 1  # the default
    assert s.get("server.port") == 8080
    assert len(s.problems) == 1 and "usage.billing_day" in s.problems[0]
    assert s.unknown() == {"future.option": {"a": 1}}
    s.set("ui.close_to_tray", False)
    s.save()
    saved = json.loads(path.read_text())["values"]
    assert saved["usage.billing_day"] == "fifteen"  # not lost until the user sets it
    assert saved["future.option"] == {"a": 1}
    s.set("usage.billing_day", 3)
    s.save()
    assert json.loads(path.read_text())["values"]["usage.billing_day"] == 3
    assert Settings(tmp_path, registry=SAMPLE).problems == []


def test_unreadable_file_is_set_aside_not_destroyed(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for attempt in range(2):
        path.write_text("{not json" + str(attempt))
        s = Settings(tmp_path, registry=SAMPLE)
        assert s.get("server.port") == 8765
        assert s.problems and "not valid JSON" in s.problems[0]
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["settings.json.broken", "settings.json.broken2"]
    assert (tmp_path / "settings.json.broken").read_text() == "{not json0"


def test_numbered_upgrades_run_from_the_file_version(tmp_path: Path) -> None:
    registry = {
        "a.new": Setting("a.new", int, 0, "renamed in 1"),
        "b.mb": Setting("b.mb", int, 0, "was kB before 2"),
    }
    calls: list[int] = []

    def up1(values: dict[str, Any]) -> None:
        calls.append(1)
        if "old" in values:
            values["a.new"] = values.pop("old")

    def up2(values: dict[str, Any]) -> None:
        calls.append(2)
        if "b.mb" in values:
            values["b.mb"] = values["b.mb"] // 1000

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"old": 7, "b.mb": 5000}))  # unversioned: version 0
    s = Settings(tmp_path, registry=registry, upgrades=[up1, up2])
    assert calls == [1, 2] and s.get("a.new") == 7 and s.get("b.mb") == 5
    s.save()
    calls.clear()
    s = Settings(tmp_path, registry=registry, upgrades=[up1, up2])
    assert calls == [] and s.get("b.mb") == 5

    path.write_text(json.dumps({"version": 1, "values": {"b.mb": 3000}}))
    s = Settings(tmp_path, registry=registry, upgrades=[up1, up2])
    assert calls == [2] and s.get("b.mb") == 3


def test_built_in_upgrade_moves_flat_keys(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"billing_day": 9, "extra": 1}))
    s = Settings(tmp_path, registry=SAMPLE)
    assert s.get("usage.billing_day") == 9 and s.unknown() == {"extra": 1}


def test_newer_file_is_kept_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 99, "values": {"server.port": 9000, "x": 1}}))
    s = Settings(tmp_path, registry=SAMPLE)
    assert s.get("server.port") == 9000 and "newer" in s.problems[0]
    s.save()
    assert json.loads(path.read_text())["version"] == 99
