"""Errors in the user's terms: every failure a controller reports goes through here.

Known errors become one short translated sentence and, where it helps, what to do
(:mod:`cmgui.common.error_words` chooses the words; this module translates them); anything else
is a bug and says so (the traceback goes to the log, never to the screen). Neither a Python
``repr`` nor the binding's family text ever reaches the user.
"""

from __future__ import annotations

import sys

from cmgui.cmapi.errors import CmapiError, PinErrorKind, pin_error_code
from cmgui.common.error_words import CONTEXT, Action, Explanation, explain
from cmgui.i18n import noop, translate
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


#: A team's roles and what each action is called, for a role that may not (NotAllowed).
_ROLE_WORDS = {"viewer": noop("Errors", "viewer"), "operator": noop("Errors", "operator"),
               "admin": noop("Errors", "admin")}
_ACTION_WORDS = {
    "read": noop("Errors", "read the team's data"),
    "change SIM states": noop("Errors", "change SIM states"),
    "enqueue jobs": noop("Errors", "queue jobs"),
    "send SMS": noop("Errors", "send SMS"),
    "cancel jobs": noop("Errors", "cancel jobs"),
    "manage the team": noop("Errors", "manage the team"),
}


def _not_allowed(user: str, role: str, action: str, needed: str) -> str:
    def word(table: dict[str, str], key: str) -> str:
        return translate("Errors", table[key]) if key in table else key

    return translate(
        "Errors", "%1 may not %2: on this team %1 is a %3, and that needs the role %4. Ask a "
        "team admin to run: cmcli team add %1 --role %5").replace("%1", user).replace(
        "%2", word(_ACTION_WORDS, action)).replace("%3", word(_ROLE_WORDS, role)).replace(
        "%4", word(_ROLE_WORDS, needed)).replace("%5", needed)


def user_message(exc: BaseException) -> str:
    """``exc`` as one sentence for the user (plus what to do, where that helps)."""
    if isinstance(exc, CmapiError):
        return render(explain(exc))
    # The fleet's and the team's refusals (not imported here: start-up does without them).
    team = sys.modules.get("cmgui.service.team")
    if team is not None and isinstance(exc, team.NotAllowed):
        return _not_allowed(exc.user, exc.role, exc.action, team.NEEDS.get(exc.action, ""))
    fleet = sys.modules.get("cmgui.service.fleet")
    if fleet is not None and isinstance(exc, fleet.FleetError):
        return str(exc)  # worded for the user where it was raised
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
