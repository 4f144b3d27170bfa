"""Pure helpers of the contacts and RF information features."""

from __future__ import annotations

import pytest

from cmgui.at.commands.phonebook import PhonebookLimits
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.at.contacts import clean_number, name_limit, name_size
from cmgui.drivers.at.rfinfo import Serving, radio_from_text, rf_entry


def test_clean_number() -> None:
    assert clean_number(" +1 (555) 010-0 ") == "+15550100"
    assert clean_number("*100#") == "*100#"
    for bad in ("", "call me", "12+34", "++1"):
        with pytest.raises(CmapiError) as info:
            clean_number(bad)
        assert info.value.code == ErrorCode.CONTACT_INVALID_RECORD


def test_name_limits() -> None:
    sim = PhonebookLimits(1, 250, 40, 14)
    assert name_limit("SM", sim, "Anna") == 14
    assert name_limit("SM", sim, "Ωmega") == 14  # Greek capitals are GSM characters
    assert name_limit("SM", sim, "Пётр") == 6
    assert name_limit("ME", PhonebookLimits(1, 500, 40, 30), "Пётр") == 30
    assert name_limit("SM", PhonebookLimits(1, 10), "Anna") is None
    assert name_size("SM", "a{b}") == 6 and name_size("ME", "a{b}") == 4


def test_radio_names() -> None:
    assert radio_from_text("FDD LTE") == "LTE"
    assert radio_from_text("NR5G-SA") == "NR"
    assert radio_from_text("HSPA+") == "WCDMA_UMTS"
    assert radio_from_text("EDGE") == "GSM"
    assert radio_from_text("CDMA1X") is None


def test_rf_entry_derives_uplink_and_rates() -> None:
    assert rf_entry(Serving("LTE", 3, 1300), "EC25 (virtual)") == {
        "Radio": "LTE", "maxDataRateUL": 51024, "maxDataRateDL": 150752,
        "frequencyBand": "LTE band 3 (1800)", "channelNumberUL": "19300",
        "channelNumberDL": "1300"}
    entry = rf_entry(Serving("LTE", 66, 66886, category=(12, 13)), "unknown")
    assert (entry["channelNumberUL"], entry["maxDataRateDL"], entry["maxDataRateUL"]) == (
        "", 603008, 150752)
    assert rf_entry(Serving("NR"), "RM500Q")["maxDataRateDL"] == 0
