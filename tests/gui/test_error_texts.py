"""Every error the app can meet reads as a sentence in the user's terms: the text of every error
path (CMAPI codes, PIN codes, back-offs, every 3GPP cause with every modem code, the AT driver's
translation of every +CME and +CMS code) is rendered in every language, and none shows a
Python repr, a raw ``'reason'`` or the binding's family text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cmgui.at.engine import AtResult
from cmgui.at.errors import AtError
from cmgui.cli.common import user_message as cli_message
from cmgui.cmapi.cmee import CauseFamily
from cmgui.cmapi.errors import (
    CmapiError,
    ErrorCode,
    PinErrorKind,
    back_off_error,
    cause_error,
    pin_error,
)
from cmgui.common.error_words import Action, explain
from cmgui.controllers.errors import user_message
from cmgui.drivers.at.errors import at_failure
from cmgui.i18n import install_translators
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

LANGUAGES = ["en", "de", "fr", "es", "it", "pt_BR", "ar"]
FORBIDDEN = ("{", "}", "'reason'", "Error codes related to", "CmapiError", "Traceback")


def every_error() -> Iterator[CmapiError]:
    reason = {"reason": "the network refused the connection", "modem": "+CME ERROR: 134"}
    for code in ErrorCode:
        yield CmapiError(code)
        yield CmapiError(code, data=reason)
    for kind in PinErrorKind:
        yield pin_error(kind)
        for left in (0, 1, 2, 3, 10):
            yield pin_error(kind, 0x63C0 | left)
    for seconds in (0, 1, 60, 9999):
        yield back_off_error(seconds)
    for family in CauseFamily:
        for cause in range(0, 100):
            yield cause_error(family, cause, None, data=reason)
        for code in (0, 3, 30, 32, 100, 111, 127, 134, 148, 149, 300, 322, 331, 500, 999):
            yield cause_error(family, None, code, data=reason)
    for context in ("general", "sms", "data", "network", "ussd"):
        for code in range(0, 1000):
            for kind in ("cme", "cms"):
                final = f"+{kind.upper()} ERROR: {code}"
                error = AtError.cme(str(code)) if kind == "cme" else AtError.cms(str(code))
                yield at_failure(AtResult(False, [], final, error), context)  # type: ignore[arg-type]


def test_every_error_has_its_own_sentence_in_english() -> None:
    for err in every_error():
        sentence = explain(err).english()
        assert sentence and sentence[0].isupper() and sentence.rstrip().endswith(
            (".", "left")), (err, sentence)
        for text in (cli_message(err),):
            assert not any(bad in text.split("[")[0] for bad in FORBIDDEN), (err, text)


def test_network_causes_are_told_apart() -> None:
    apn = explain(cause_error(CauseFamily.SM, 27, 134))
    auth = explain(cause_error(CauseFamily.SM, 29, 149))
    plan = explain(cause_error(CauseFamily.SM, 33, 133))
    assert len({apn.text, auth.text, plan.text}) == 3
    assert apn.action is Action.EDIT_PROFILE and "APN" in apn.advice
    assert auth.action is Action.EDIT_PROFILE
    forbidden = explain(CmapiError(ErrorCode.NO_SERVICE, data={"cme": 32}))
    assert forbidden.action is Action.CHOOSE_NETWORK and "emergency" in forbidden.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_error_path_renders_in_every_language(qapp: QApplication, language: str) -> None:
    installed = install_translators(qapp, language)
    try:
        seen: set[str] = set()
        for err in every_error():
            text = user_message(err)
            assert text.strip(), err
            assert not any(bad in text for bad in FORBIDDEN), (language, err, text)
            seen.add(text)
        for exc in (TimeoutError(), ConnectionResetError(104, "Connection reset by peer"),
                    KeyError("x")):
            text = user_message(exc)
            assert not any(bad in text for bad in FORBIDDEN), text
        assert len(seen) > 100  # sentences, not one text for everything
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("language", ["en", "de", "ar"])
def test_a_role_that_may_not_is_said_in_the_users_language(qapp: QApplication,
                                                           language: str) -> None:
    from cmgui.service.team import NEEDS, NotAllowed

    installed = install_translators(qapp, language)
    try:
        texts = {action: user_message(NotAllowed("ann", "viewer", action))
                 for action in NEEDS if action != "read"}
        for action, text in texts.items():
            assert text.startswith("ann") or language == "ar", text
            assert f"cmcli team add ann --role {NEEDS[action]}" in text  # the command as typed
            assert not any(bad in text for bad in FORBIDDEN), text
        assert len(set(texts.values())) == len(texts)  # each action named
        english = NotAllowed("ann", "viewer", "send SMS")
        if language == "de":
            said = texts["send SMS"]
            assert "darf nicht SMS senden" in said and "Betrachter" in said
        elif language == "en":
            assert texts["send SMS"].startswith("ann may not send SMS: on this team ann is a "
                                                "viewer, and that needs the role operator.")
            assert str(english) != texts["send SMS"]  # the app's own sentence, not cmcli's
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
