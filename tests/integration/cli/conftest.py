"""Running cmcli as a user does: the installed console script, in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest


def cmcli_command() -> list[str]:
    """The ``cmcli`` next to this interpreter (what ``pip install`` put there)."""
    script = Path(sys.executable).parent / "cmcli"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from cmgui.cli import main; sys.exit(main())"]


def child_env() -> dict[str, str]:
    """The test's isolated directories (set by the root conftest), and no system keyring."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.pop("CMGUI_DEVICE", None)
    return env


def run_cmcli(args: Sequence[str], timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*cmcli_command(), *args], capture_output=True, text=True,
                          env=child_env(), timeout=timeout, check=False)


@pytest.fixture
def cmcli() -> object:
    return run_cmcli
