"""``cmcli provisioning check [FILE]``, ``show`` and ``apply``: the vendor's provisioning file.

``check`` validates a file (default: the one in effect) and prints every mistake (exit 1) or a
summary (exit 0); ``show`` prints what is in effect and from where; ``apply`` saves the presets
and seeds the profiles now (the app does it at every start).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cmgui.cli.common import Output
from cmgui.service.provisioning import (
    ENV,
    Provisioning,
    ProvisioningError,
    in_effect,
    load,
    locate,
)


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    prov = sub.add_parser("provisioning", parents=[common],
                          help="the vendor's provisioning file (docs/provisioning.md)"
                          ).add_subparsers(dest="provisioning_command", metavar="ACTION",
                                           required=True)
    p = prov.add_parser("check", parents=[common],
                        help="validate a provisioning file and list every mistake")
    p.add_argument("file", nargs="?", type=Path, default=None,
                   help="the file to check (default: the one in effect)")
    p.set_defaults(sync_handler=cmd_check)
    p = prov.add_parser("show", parents=[common], help="what is in effect, and from where")
    p.set_defaults(sync_handler=cmd_show)
    p = prov.add_parser("apply", parents=[common],
                        help="save the preset devices and seed the profiles now")
    p.set_defaults(handler=cmd_apply)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary_lines(prov: Provisioning) -> list[str]:
    """What a provisioning asks for, in a few lines."""
    p = prov.product
    lines = [f"Product: {p.name or '(not named)'}"
             + (f" by {p.vendor}" if p.vendor and p.vendor != p.name else "")]
    for label, value in (("Icon", str(p.icon or "")), ("Accent colour", p.accent),
                         ("Support", p.support_url), ("Default device", prov.default_device)):
        if value:
            lines.append(f"{label}: {value}")
    for preset in prov.profiles:
        marks = [m for m, on in (("default", preset.default), ("locked", preset.locked)) if on]
        apn = preset.profile.apn or "network default"
        lines.append(f"Profile: {preset.profile.name} (APN {apn}"
                     + "".join(f", {m}" for m in marks) + ")")
    for entry in prov.entries:
        lines.append(f"Preset {entry.kind}: {entry.label} <{entry.address}>")
    for name, value in prov.fixed.items():
        shown = ("on" if value else "off") if isinstance(value, bool) else repr(value)
        lines.append(f"Fixed setting: {name} = {shown}")
    for name in sorted(prov.hidden):
        lines.append(f"Hidden setting: {name}")
    if not prov.manual_network_selection:
        lines.append("Manual network selection: not allowed")
    return lines


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    path = args.file if args.file is not None else locate()
    if path is None:
        return out.usage_error(f"no provisioning file to check: name one, or set ${ENV}")
    try:
        prov = load(path)
    except ProvisioningError as err:
        if out.json_mode:
            out.json({"file": str(path), "valid": False, "problems": err.problems})
        else:
            out.text(f"{path}: {_plural(len(err.problems), 'mistake', 'mistakes')}:")
            for problem in err.problems:
                out.text(f"  {problem}")
        return 1
    out.result({"file": str(path), "valid": True, **prov.summary()},
               lambda _: "\n".join([f"{path} is valid.", *summary_lines(prov)]))
    return 0


def cmd_show(args: argparse.Namespace, out: Output) -> int:
    state = in_effect()
    value = {"file": str(state.path) if state.path else None, "inEffect": not state.problems
             and state.provisioning.active, "problems": list(state.problems),
             "lookedAt": [str(p) for p in state.looked_at], **state.provisioning.summary()}

    def text(_: Any) -> str:
        if state.path is None:
            looked = ", ".join(str(p) for p in state.looked_at) or f"nowhere (${ENV}=none)"
            return f"No provisioning in effect (looked at: {looked})."
        if state.problems:
            return "\n".join([f"{state.path} is not used: "
                              f"{_plural(len(state.problems), 'mistake', 'mistakes')}:",
                              *(f"  {p}" for p in state.problems)])
        return "\n".join([f"In effect: {state.path}", *summary_lines(state.provisioning)])

    out.result(value, text)
    return 1 if state.problems else 0


async def cmd_apply(args: argparse.Namespace, out: Output) -> int:
    import asyncio

    from cmgui.service.provisioning_apply import apply_presets, apply_profiles
    from cmgui.service.saved_devices import SavedDevices
    from cmgui.store.host import Stores

    state = in_effect()
    if state.problems:
        cmd_show(args, out)
        return 1
    prov = state.provisioning
    added = await asyncio.to_thread(apply_presets, prov, SavedDevices())
    stores = Stores.open()
    try:
        profiles = await apply_profiles(prov, stores.profiles)
    finally:
        stores.close()
    out.result({"file": str(state.path) if state.path else None, "devicesAdded": added,
                "profilesAdded": profiles},
               lambda v: "\n".join([f"Added {a}" for a in added]
                                   + [f"Profile {n} added or restored" for n in profiles])
               or "Nothing to add: everything provisioned is in place.")
    return 0
