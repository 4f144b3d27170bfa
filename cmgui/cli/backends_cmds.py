"""``cmcli backends``: the device backends and fleet platforms this installation registered
through its entry points (``cmgui.backends``, ``cmgui.fleet_platforms``). Packagers run it to
prove a frozen bundle kept every driver and the package metadata that lists them."""

from __future__ import annotations

import argparse
from typing import Any

from cmgui.cli.common import Output


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backends", parents=[common],
                       help="the device backends and fleet platforms installed")
    p.set_defaults(sync_handler=cmd_backends)


def cmd_backends(args: argparse.Namespace, out: Output) -> int:
    """Only what the entry points register (no built-in fallback), so a lost driver or lost
    package metadata shows as a missing row."""
    from cmgui.service.fleet_registry import FLEETS
    from cmgui.service.registry import REGISTRY

    backends = REGISTRY.backends()
    platforms = FLEETS.platforms()
    if out.json_mode:
        out.json({"backends": [{"name": b.name, "schemes": list(b.schemes),
                                "discovers": b.discover is not None} for b in backends],
                  "fleetPlatforms": [{"name": p.name, "description": p.description}
                                     for p in platforms]})
        return 0
    for b in backends:
        schemes = ", ".join(f"{s}:" for s in b.schemes) or "-"
        out.text(f"backend  {b.name:<10} {schemes}")
    for p in platforms:
        out.text(f"platform {p.name:<10} {p.description}")
    return 0
