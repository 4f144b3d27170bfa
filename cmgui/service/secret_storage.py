"""Where the app keeps secrets, as its controllers reach it (they may not import the store).

With no secure keyring and nothing chosen (:func:`needs_choice`), the app asks once: give
secrets each time (``none``) or keep them in the encrypted file (``file``); the answer is the
``secrets.storage`` setting, which ``CMGUI_SECRETS`` overrides. With the file chosen, the app
asks for its passphrase once per run (:func:`unlock_file`) unless ``CMGUI_SECRETS_PASSPHRASE``
gives it, or runs without it (:func:`decline_file`). docs/security.md.

With secrets not stored, an endpoint's access token is typed when the app opens the endpoint
(:class:`TypedTokens`, handed to the remote driver for the opening by :func:`typing_tokens`)
and kept in memory only, for the run.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING

from cmgui.service.saved_devices import address_key
from cmgui.store.secrets import (
    CHOICES,
    ENV_CHOICE,
    SETTING,
    NoSecretStorage,
    configured_choice,
    encrypted_file,
    needs_choice,
    register_secret,
    secure_keyring,
)

if TYPE_CHECKING:
    from keyring.errors import KeyringError as SecretStoreFault

    from cmgui.store.secret_file import PassphraseError
else:
    def __getattr__(name: str) -> object:
        """keyring's error types, looked up when first used: importing keyring costs the
        app's start-up about 25 ms, and the device comes first."""
        if name == "SecretStoreFault":
            from keyring.errors import KeyringError

            return KeyringError
        if name == "PassphraseError":
            from cmgui.store.secret_file import PassphraseError

            return PassphraseError
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["CHOICES", "ENV_CHOICE", "SETTING", "NoSecretStorage", "PassphraseError",
           "SecretNotGiven", "SecretStoreFault", "TokenPrompt", "TypedTokens",
           "configured_choice", "decline_file", "env_choice", "file_declined", "file_is_new",
           "file_path", "needs_choice", "needs_passphrase", "secure_keyring", "stored",
           "typed_token", "typing_tokens", "unlock_file"]


def needs_passphrase() -> bool:
    """The encrypted file is the choice, locked, and no environment variable unlocks it."""
    if configured_choice() != "file":
        return False
    from cmgui.store.secret_file import ENV_PASSPHRASE

    if os.environ.get(ENV_PASSPHRASE):
        return False
    backend = encrypted_file()
    return not (backend.unlocked or backend.declined)


def file_is_new() -> bool:
    """The encrypted file has no passphrase yet (it is set, and confirmed, the first time)."""
    return encrypted_file().is_new


def file_path() -> str:
    return str(encrypted_file().path)


def unlock_file(passphrase: str) -> None:
    """Open the encrypted file for this run; PassphraseError when the passphrase is wrong."""
    encrypted_file().unlock(passphrase)


def decline_file() -> None:
    """Run without the encrypted file this time (secrets are asked for each time)."""
    encrypted_file().decline()


def stored() -> bool:
    """Whether secrets are kept at all now (else the places that need one ask each time)."""
    from cmgui.store.secrets import SecretStore

    return SecretStore().available


def env_choice() -> str:
    """What ``CMGUI_SECRETS`` says ("" when it is not set); it wins over the setting."""
    return (os.environ.get(ENV_CHOICE) or "").strip().lower()


def file_declined() -> bool:
    """The encrypted file stays locked this run (its passphrase was not given)."""
    return encrypted_file().declined


class SecretNotGiven(Exception):
    """A secret that is not stored was asked for and not given (Cancel): nothing was opened."""


#: Asks for the access token of the endpoint at an address: the token ("" for an endpoint that
#: needs none), or None when the user cancelled.
TokenPrompt = Callable[[str], Awaitable[str | None]]


class TypedTokens:
    """Endpoint tokens typed in this run, by endpoint: in memory only, never saved or logged
    (each is registered with the log redactor)."""

    def __init__(self, prompt: TokenPrompt | None = None) -> None:
        self.prompt = prompt
        self._typed: dict[str, str] = {}

    def keep(self, address: str, token: str) -> None:
        register_secret(token)
        self._typed[address_key(address)] = token

    def known(self, address: str) -> str | None:
        return self._typed.get(address_key(address))

    def forget(self, address: str) -> None:
        self._typed.pop(address_key(address), None)

    async def ask(self, address: str) -> str | None:
        """The token typed for ``address``, asked for the first time; None when there is no one
        to ask; SecretNotGiven when the user cancelled."""
        known = self.known(address)
        if known is not None or self.prompt is None:
            return known
        typed = await self.prompt(address)
        if typed is None:
            raise SecretNotGiven(address)
        self.keep(address, typed)
        return typed


_typing: ContextVar[TypedTokens | None] = ContextVar("cmgui_typed_tokens", default=None)


@contextlib.contextmanager
def typing_tokens(tokens: TypedTokens) -> Iterator[None]:
    """While in this block (the app opening a device), :func:`typed_token` asks ``tokens``."""
    reset = _typing.set(tokens)
    try:
        yield
    finally:
        _typing.reset(reset)


async def typed_token(address: str) -> str | None:
    """For the remote driver, when nothing else gave a token: the token typed for ``address``
    in this run, asked for now when the app is opening it (:func:`typing_tokens`) and secrets
    are not stored. None otherwise (cmcli; a keyring that simply has none)."""
    tokens = _typing.get()
    if tokens is None:
        return None
    known = tokens.known(address)
    if known is not None:
        return known
    if await asyncio.to_thread(stored):
        return None
    return await tokens.ask(address)
