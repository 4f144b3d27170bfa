"""Where the remote client finds its endpoint token.

In order: the token given to :class:`~cmgui.drivers.remote.device.RemoteDevice`, the environment
variable ``CMGUI_TOKEN``, the file named by ``CMGUI_TOKEN_FILE`` (first token of a ``cmcli serve``
token file), and the keyring (service ``cmgui``, key ``endpoint:<url>:token``, which
``cmcli endpoint login`` writes).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from cmgui.server.auth import TokenFileError, first_token
from cmgui.store.secrets import SecretStore, endpoint_token_key, register_secret

log = logging.getLogger(__name__)

ENV_TOKEN = "CMGUI_TOKEN"
ENV_TOKEN_FILE = "CMGUI_TOKEN_FILE"


async def find_token(url: str, store: SecretStore | None = None) -> str | None:
    token = os.environ.get(ENV_TOKEN)
    if token:
        register_secret(token)
        return token
    path = os.environ.get(ENV_TOKEN_FILE)
    if path:
        try:
            return first_token(Path(path))
        except TokenFileError as exc:
            log.warning("%s", exc)
    try:
        return await (store or SecretStore()).aget(endpoint_token_key(url))
    except Exception as exc:  # no usable keyring: run without a token, the server will say 401
        log.info("no token from the keyring for %s: %s", url, exc)
        return None


async def save_token(url: str, token: str, store: SecretStore | None = None) -> None:
    await (store or SecretStore()).aset(endpoint_token_key(url), token)


def read_token_file(path: Path) -> str:
    return first_token(path)


__all__ = ["find_token", "read_token_file", "save_token"]
