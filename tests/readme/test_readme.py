"""The README works top to bottom: its command-line tour runs, in order, on the demo modem.

The tour is the first ``sh`` block of the "Command line" section; each of its commands runs as a
user would type it (the installed ``cmcli``, a child process, the data directory kept between
commands) and must succeed without a traceback, print JSON where it says ``--json``, and do
what its comment claims where a claim can be checked. The other ``sh`` blocks of that section
name hardware this machine may not have: each of their commands must at least be one cmcli
accepts. The ``make`` targets the README names must exist.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest

from cmgui.cli import build_parser
from tests.integration.cli.conftest import run_cmcli

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"

#: What a command's own comment in the tour promises, checked on its output.
CLAIMS: dict[str, Callable[[str], bool]] = {
    "pin status": lambda out: "PINRequired" in out,  # "the SIM asks for its PIN"
    "sms list": lambda out: "echo: Hello" in out,  # "the echo's answer is there"
    "sms archive --search echo": lambda out: "echo: Hello" in out,
}


def section(text: str, title: str) -> str:
    """The body of the ``## title`` section (its ``###`` subsections included)."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def sh_blocks(text: str) -> list[list[str]]:
    """The commands of each ```sh block: comments and continuation-less blank lines dropped."""
    blocks = []
    for body in re.findall(r"^```sh\n(.*?)^```", text, re.M | re.S):
        commands = []
        for line in body.splitlines():
            words = shlex.split(line, comments=True)
            if words:
                commands.append(words)
        blocks.append([shlex.join(c) for c in commands])
    return blocks


def tour() -> list[str]:
    return sh_blocks(section(README.read_text(encoding="utf-8"), "Command line"))[0]


def test_the_tour_is_on_the_demo_modem_and_covers_the_basics() -> None:
    commands = tour()
    assert all(c.startswith("cmcli ") for c in commands)
    for needed in ("pin verify", "sms send", "sms list", "functions", "reset"):
        assert any(needed in c for c in commands), needed
    devices = {w for c in commands for w in _device_of(shlex.split(c))}
    assert devices <= {"virtual"}, devices


def _device_of(words: list[str]) -> list[str]:
    return [words[i + 1] for i, w in enumerate(words[:-1]) if w in ("-d", "--device")]


@pytest.mark.timeout(600)
def test_every_command_of_the_tour_runs_in_order() -> None:
    for command in tour():
        words = shlex.split(command)
        done = run_cmcli(words[1:], timeout=120)
        where = f"README command `{command}`"
        assert "Traceback" not in done.stderr, f"{where}:\n{done.stderr}"
        assert done.returncode == 0, f"{where} exited {done.returncode}:\n{done.stderr}"
        if "--json" in words:
            for line in done.stdout.splitlines() if "events" in words else [done.stdout]:
                json.loads(line)
        for claim, holds in CLAIMS.items():
            if " ".join(words[1:]).replace("-d virtual ", "").startswith(claim):
                assert holds(done.stdout), f"{where} does not show what it says:\n{done.stdout}"


def test_the_other_examples_are_commands_cmcli_accepts() -> None:
    parser = build_parser()
    others = [c for block in sh_blocks(section(README.read_text(encoding="utf-8"),
                                               "Command line"))[1:] for c in block]
    assert others
    for command in others:
        words = shlex.split(command)
        assert words[0] == "cmcli", command
        try:
            parser.parse_args(words[1:])
        except SystemExit as exc:  # argparse's way of saying no
            pytest.fail(f"README command `{command}` is not valid cmcli ({exc.code})")


def test_the_make_targets_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([A-Za-z][\w-]*):", makefile, re.M))
    text = README.read_text(encoding="utf-8")
    named = set(re.findall(r"`make (\w+)`", text)) | {
        w[1] for c in sh_blocks(section(text, "Two commands"))[0]
        if (w := shlex.split(c))[0] == "make"}
    assert named and named <= targets, named - targets
