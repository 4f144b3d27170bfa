"""Applying the provisioning in effect: presets saved, profiles seeded and locked, settings fixed.

* Preset endpoints, gateways and fleet accounts go into ``endpoints.json`` through
  :class:`~cmgui.service.saved_devices.SavedDevices`, marked ``provisioned_by`` the vendor. Each
  is added once: ``provisioning-state.json`` in the config directory remembers what was seeded,
  so an entry the user removed does not come back on the next start, and none is duplicated.
  Their secrets are never in the file: the keyring has them, or the usual login asks.
* Profiles go into the profile store. A locked one is kept exactly as the vendor wrote it (put
  back if it was changed or deleted behind cmgui's back); an unlocked one is added once and is
  the user's from then on. The vendor's default profile becomes the default when it is first
  added or when there is no default.

Fixed settings are forced by :class:`~cmgui.service.provisioned_settings.ProvisionedSettings`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

from cmgui.common.files import atomic_write_text
from cmgui.paths import config_dir
from cmgui.service.provisioning import Provisioning
from cmgui.service.saved_devices import SavedDevices, SavedEntry, address_key
from cmgui.store.profiles import Profile, ProfileStore

log = logging.getLogger(__name__)

STATE_FILE = "provisioning-state.json"
#: The field that marks a saved entry as the vendor's.
PROVISIONED_BY = "provisioned_by"


# --- what was seeded ----------------------------------------------------------------------------


class _State:
    """``provisioning-state.json``: the marks of what was seeded once."""

    def __init__(self, directory: Path | None) -> None:
        self.path = (directory if directory is not None else config_dir()) / STATE_FILE
        self.seeded: set[str] = set()
        self.changed = False
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            self.seeded = {s for s in raw.get("seeded", []) if isinstance(s, str)}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, AttributeError) as exc:
            log.warning("ignoring unreadable %s: %s", self.path, exc)

    def mark(self, mark: str) -> None:
        if mark not in self.seeded:
            self.seeded.add(mark)
            self.changed = True

    def save(self) -> None:
        if self.changed:
            atomic_write_text(self.path, json.dumps({"version": 1,
                                                     "seeded": sorted(self.seeded)}, indent=2))
            self.changed = False


def apply_presets(provisioning: Provisioning, saved: SavedDevices,
                  state_dir: Path | None = None) -> list[str]:
    """Save the preset endpoints, gateways and fleet accounts not seeded before; returns the
    addresses added."""
    if not provisioning.entries:
        return []
    state = _State(state_dir if state_dir is not None else saved.directory)
    added: list[str] = []
    for preset in provisioning.entries:
        mark = f"{preset.kind} {address_key(preset.address)}"
        if mark in state.seeded:
            continue
        entry = SavedEntry(preset.kind, {**preset.fields, PROVISIONED_BY: provisioning.vendor})
        if saved.add(entry):
            added.append(preset.address)
        state.mark(mark)
    state.save()
    return added


def _same(a: Profile, b: Profile) -> bool:
    keys = ("name", "apn", "auth", "username", "ip_type", "dns", "roaming_allowed")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


async def apply_profiles(provisioning: Provisioning, store: ProfileStore,
                         state_dir: Path | None = None) -> list[str]:
    """Seed the vendor's profiles, restore locked ones, set the vendor's default; returns the
    names of the profiles added or restored."""
    if not provisioning.profiles:
        return []
    state = _State(state_dir)
    changed: list[str] = []
    for preset in provisioning.profiles:
        name = preset.profile.name
        mark = f"profile {name}"
        first = mark not in state.seeded
        saved = store.by_name(name)
        if saved is None and (first or preset.locked):
            saved = await store.add(preset.profile)
            changed.append(name)
        elif saved is not None and preset.locked and not _same(saved, preset.profile):
            saved = await store.update(replace(preset.profile, id=saved.id))
            changed.append(name)
        if saved is not None and preset.default and (first or store.default() is None):
            await store.set_default(saved.id)
        state.mark(mark)
    state.save()
    return changed
