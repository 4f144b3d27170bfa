"""Fleet account addresses -> platform modules.

A platform module registers itself through the ``cmgui.fleet_platforms`` entry point group (a
function taking the :class:`FleetRegistry`), so a third platform is one new driver module and
one line in ``pyproject.toml``; nothing here changes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points

from cmgui.service.fleet import Fleet, FleetError
from cmgui.service.fleet_accounts import FleetAccount, FleetAccounts
from cmgui.service.registry import load_plugins

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "cmgui.fleet_platforms"

#: (account, its secret) -> a Fleet, not yet opened.
Factory = Callable[[FleetAccount, str], Fleet]


@dataclass(frozen=True)
class Platform:
    """A platform module: its name (the scheme before ``+``), its factory, and a check of an
    account and its secret before it is saved (returns what is wrong, or None)."""

    name: str
    description: str
    factory: Factory
    check: Callable[[FleetAccount, str], str | None]


class FleetRegistry:
    def __init__(self) -> None:
        self._platforms: dict[str, Platform] = {}
        self._loaded = False

    def register(self, platform: Platform) -> None:
        self._platforms[platform.name] = platform

    def known(self, name: str) -> bool:
        return name in self._platforms

    def platforms(self) -> list[Platform]:
        self._load_entry_points()
        return sorted(self._platforms.values(), key=lambda p: p.name)

    def platform(self, name: str) -> Platform:
        self._load_entry_points()
        if name not in self._platforms:  # installed since this process first looked
            self._loaded = False
            self._load_entry_points()
        try:
            return self._platforms[name]
        except KeyError:
            known = ", ".join(f"{p.name}+https://…" for p in self.platforms()) or "none"
            raise FleetError(f"no platform module handles {name or 'this'} addresses "
                             f"(known: {known})") from None

    def check(self, account: FleetAccount, secret: str) -> None:
        """FleetError when ``account`` cannot work (bad address, missing options, a key that
        cannot sign)."""
        problem = self.platform(account.platform).check(account, secret)
        if problem:
            raise FleetError(problem)

    def create(self, account: FleetAccount, secret: str) -> Fleet:
        return self.platform(account.platform).factory(account, secret)

    async def open_saved(self, accounts: FleetAccounts, name: str) -> Fleet:
        """The saved account ``name``'s Fleet, its secret read off the loop, opened."""
        saved = accounts.get(name)
        secret = await asyncio.to_thread(accounts.secret, saved)
        fleet = self.create(saved, secret)
        await fleet.open()
        return fleet

    def _load_entry_points(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        load_plugins(_entry_points(), self, "fleet platform")


def _entry_points() -> Iterable[EntryPoint]:
    return entry_points(group=ENTRY_POINT_GROUP)


#: The process-wide registry of cmcli and the app.
FLEETS = FleetRegistry()
