"""Where the remote client finds its endpoint token.

In order: the token given to :class:`~cmgui.drivers.remote.device.RemoteDevice`, the environment
variable ``CMGUI_TOKEN``, the file named by ``CMGUI_TOKEN_FILE`` (first token of a ``cmcli serve``
token file), and the keyring (service ``cmgui``, key ``endpoint:<url>:token``, which
``cmcli login`` and the app write; :func:`cmgui.service.saved_devices.secret_key`); in the app,
with secrets not stored, the token typed for this run (asked for when it is first needed:
:func:`cmgui.service.secret_storage.typed_token`, which raises SecretNotGiven on Cancel).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from cmgui.common.token_file import TokenFileError, first_token
from cmgui.service.saved_devices import ENDPOINT, secret_key, secret_keys
from cmgui.service.secret_storage import typed_token
from cmgui.store.secrets import SecretStore, register_secret

log = logging.getLogger(__name__)

ENV_TOKEN = "CMGUI_TOKEN"
ENV_TOKEN_FILE = "CMGUI_TOKEN_FILE"


async def find_token(address: str, store: SecretStore | None = None) -> str | None:
    token = os.environ.get(ENV_TOKEN)
    if token:
        register_secret(token)
        return token
    path = os.environ.get(ENV_TOKEN_FILE)
    if path:
        try:
            token = first_token(Path(path))
        except TokenFileError as exc:
            log.warning("%s", exc)
        else:
            register_secret(token)
            return token
    try:
        for key in secret_keys(ENDPOINT, address):
            token = await (store or SecretStore()).aget(key)
            if token:
                return token
    except Exception as exc:  # no usable keyring: run without a token, the server will say 401
        log.info("no token from the keyring for %s: %s", address, exc)
    return await typed_token(address)


async def save_token(address: str, token: str, store: SecretStore | None = None) -> None:
    await (store or SecretStore()).aset(secret_key(ENDPOINT, address), token)


async def delete_token(address: str, store: SecretStore | None = None) -> None:
    for key in secret_keys(ENDPOINT, address):
        await (store or SecretStore()).adelete(key)


__all__ = ["delete_token", "find_token", "save_token"]
