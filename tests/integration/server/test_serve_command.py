"""``cmcli serve`` as a process: token file, auth, logs without the token, clean stop."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.integration.server.support import JSON, request

CMCLI = [str(Path(sys.executable).with_name("cmcli"))]


def start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([*CMCLI, "-v", "-v", "--json", "serve", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})


def test_serve_generates_a_private_token_and_requires_it(tmp_path: Path) -> None:
    token_file = tmp_path / "sub" / "tokens"
    proc = start("-d", "virtual:generic", "--listen", "127.0.0.1:0",
                 "--token-file", str(token_file))
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        info = json.loads(line)
        assert info["auth"] is True and info["url"].startswith("http://127.0.0.1:")
        assert token_file.stat().st_mode & 0o777 == 0o600
        token = token_file.read_text().split("\n")[1].split()[0]
        with httpx.Client(timeout=10) as client:
            r = client.post(info["url"], content=request("CMAPI_DevSrv_GetIMEI"), headers=JSON)
            assert r.status_code == 401
            r = client.post(info["url"], content=request("CMAPI_DevSrv_GetIMEI"),
                            headers={**JSON, "Authorization": f"Bearer {token}"})
            assert r.status_code == 200 and r.json()["result"]["IMEI"].isdigit()
            r = client.post(info["url"], content=b"{", headers={
                **JSON, "Authorization": f"Bearer {token}x"})
            assert r.status_code == 401
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert token not in err and token not in line


def test_no_auth_is_refused_off_loopback(tmp_path: Path) -> None:
    proc = start("-d", "virtual:generic", "--listen", "0.0.0.0:0", "--no-auth")
    out, _ = proc.communicate(timeout=15)
    assert proc.returncode == 2
    assert "loopback" in json.loads(out)["message"]


@pytest.mark.parametrize("listen", ["nonsense", "127.0.0.1:99999"])
def test_bad_listen_address_is_a_usage_error(listen: str) -> None:
    proc = start("-d", "virtual:generic", "--listen", listen, "--no-auth")
    out, _ = proc.communicate(timeout=15)
    assert proc.returncode == 2 and "--listen" in json.loads(out)["message"]
