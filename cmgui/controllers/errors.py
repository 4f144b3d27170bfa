"""Errors in the user's terms: every failure a controller reports goes through here.

Known errors become one short translated sentence and, where it helps, what to do
(:mod:`cmgui.common.error_words` chooses the words; this module translates them); anything else
is a bug and says so (the traceback goes to the log, never to the screen). Neither a Python
``repr`` nor the binding's family text ever reaches the user.
"""

from __future__ import annotations

from cmgui.cmapi.errors import CmapiError, PinErrorKind, pin_error_code
from cmgui.common.error_words import CONTEXT, Action, Explanation, explain
from cmgui.i18n import translate
from cmgui.service.secret_storage import SecretNotGiven

__all__ = ["Action", "action_of", "pin_message", "render", "user_message"]


def render(said: Explanation) -> str:
    """An explanation in the user's language: the sentence, then the advice."""
    text = translate(CONTEXT, said.text, -1 if said.count is None else said.count)
    if said.arg:
        text = text.replace("%1", translate(CONTEXT, said.arg) if said.arg_is_text else said.arg)
    if said.advice:
        text += " " + translate(CONTEXT, said.advice)
    return text


def pin_message(kind: PinErrorKind, tries_left: int | None) -> str:
    """A PIN/PUK failure as a sentence, with the attempts left when the card said."""
    sw = None if tries_left is None else 0x63C0 | min(max(tries_left, 0), 0xF)
    return render(explain(CmapiError(pin_error_code(kind, sw))))


def action_of(exc: BaseException) -> Action:
    """What the app can offer to fix ``exc`` (a button next to the sentence)."""
    return explain(exc).action if isinstance(exc, CmapiError) else Action.NONE


def user_message(exc: BaseException) -> str:
    """``exc`` as one sentence for the user (plus what to do, where that helps)."""
    if isinstance(exc, CmapiError):
        return render(explain(exc))
    if isinstance(exc, TimeoutError):
        return translate("Errors", "The device did not answer in time.")
    if isinstance(exc, SecretNotGiven):  # Cancel at the token prompt (docs/security.md)
        return translate("Errors", "Not opened: no access token was given. Choose the endpoint "
                                   "again to type it.")
    if isinstance(exc, ConnectionError | OSError):
        detail = exc.strerror or str(exc) or type(exc).__name__
        return translate("Errors", "The device stopped answering (%1).").replace("%1", detail)
    return translate(
        "Errors", "Something went wrong inside cmgui (%1). The details are in the log."
    ).replace("%1", type(exc).__name__)
