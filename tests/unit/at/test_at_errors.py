"""The CME/CMS tables and AtError construction."""

from __future__ import annotations

import pytest

from cmgui.at.errors import (
    CME_ERRORS,
    CMS_ERRORS,
    AtError,
    cme_code_for_text,
    cms_code_for_text,
    cms_text,
)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (0, "phone failure"),
        (3, "operation not allowed"),
        (4, "operation not supported"),
        (10, "SIM not inserted"),
        (11, "SIM PIN required"),
        (12, "SIM PUK required"),
        (13, "SIM failure"),
        (14, "SIM busy"),
        (15, "SIM wrong"),
        (16, "incorrect password"),
        (17, "SIM PIN2 required"),
        (18, "SIM PUK2 required"),
        (20, "memory full"),
        (21, "invalid index"),
        (22, "not found"),
        (30, "no network service"),
        (31, "network timeout"),
        (100, "unknown"),
        (148, "unspecified GPRS error"),
        (262, "SIM blocked"),
    ],
)
def test_cme_table_both_ways(code: int, text: str) -> None:
    assert CME_ERRORS[code] == text
    assert cme_code_for_text(text) == code
    assert cme_code_for_text(text.upper().replace(" ", "  ")) == code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (300, "ME failure"),
        (302, "operation not allowed"),
        (304, "invalid PDU mode parameter"),
        (310, "SIM not inserted"),
        (311, "SIM PIN required"),
        (313, "SIM failure"),
        (316, "SIM PUK required"),
        (320, "memory failure"),
        (321, "invalid memory index"),
        (322, "memory full"),
        (330, "SMSC address unknown"),
        (331, "no network service"),
        (332, "network timeout"),
        (500, "unknown error"),
    ],
)
def test_cms_table_both_ways(code: int, text: str) -> None:
    assert CMS_ERRORS[code] == text
    assert cms_code_for_text(text) == code


def test_rp_causes_are_cms_codes() -> None:
    assert cms_text(38) == "network out of order"
    assert cms_code_for_text("Network out of order") == 38
    assert cms_text(999) == "CMS error 999"


def test_every_cme_text_maps_back_to_its_code() -> None:
    for code, text in CME_ERRORS.items():
        assert cme_code_for_text(text) == code, text


def test_aterror_from_numbers_and_texts() -> None:
    assert AtError.cme("16") == AtError("cme", 16, "incorrect password")
    assert AtError.cme(" SIM PUK required ") == AtError("cme", 12, "SIM PUK required")
    assert AtError.cme("999") == AtError("cme", 999, "CME error 999")
    assert AtError.cms("Unknown") == AtError("cms", 500, "Unknown")
    assert str(AtError.cme("16")) == "+CME ERROR 16: incorrect password"
    assert str(AtError("busy", None, "BUSY")) == "BUSY"
