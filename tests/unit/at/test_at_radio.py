"""RF facts (bands, channel pairs, category rates) and the vendor RF parsers."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.at import radio as rf
from cmgui.at.engine import AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.vendors import huawei, quectel

FUZZ = settings(max_examples=200, deadline=None)


def ok(*lines: str) -> AtResult:
    return AtResult(True, list(lines), "OK")


def test_band_labels() -> None:
    assert rf.band_label("LTE", 3) == "LTE band 3 (1800)"
    assert rf.band_label("LTE", 99) == "LTE band 99"
    assert rf.band_label("WCDMA_UMTS", 1) == "UMTS band I (2100)"
    assert rf.band_label("GSM", 900) == "GSM 900"
    assert rf.band_label("NR", 78) == "NR band n78 (3500)"
    assert rf.band_label("NR", None) == ""


@pytest.mark.parametrize(("radio", "band", "dl", "ul"), [
    ("LTE", 3, 1300, 19300), ("LTE", 20, 6300, 24300), ("LTE", 40, 38950, 38950),
    ("LTE", 66, 66886, None), ("LTE", None, 1300, None), ("WCDMA_UMTS", 1, 10700, 9750),
    ("WCDMA_UMTS", 8, 3012, 2787), ("GSM", None, 62, 62), ("NR", 78, 627264, 627264),
    ("NR", 1, 428000, None),
])
def test_uplink_channels(radio: rf.Radio, band: int | None, dl: int, ul: int | None) -> None:
    assert rf.uplink_channel(radio, band, dl) == ul


def test_band_from_vendor_text() -> None:
    assert rf.parse_band_text("LTE", "LTE BAND 3") == 3
    assert rf.parse_band_text("LTE", "B20") == 20
    assert rf.parse_band_text("NR", "NR5G BAND 78") == 78
    assert rf.parse_band_text("NR", "n41") == 41
    assert rf.parse_band_text("WCDMA_UMTS", "WCDMA 2100") == 1
    assert rf.parse_band_text("GSM", "DCS 1800") == 1800
    assert rf.parse_band_text("GSM", "whatever") is None
    assert rf.umts_band(10700) == 1 and rf.umts_band(3012) == 8 and rf.umts_band(5) is None


def test_category_rates() -> None:
    assert rf.lte_peak_rates(4) == (150752, 51024)
    assert rf.lte_peak_rates(6, 5) == (301504, 75376)
    assert rf.lte_peak_rates(6, 99) == (301504, 51024)
    assert rf.lte_peak_rates(42) is None
    assert rf.category_for_model("EC25 (virtual)") == 4
    assert rf.category_for_model("EM7455") == 6
    assert rf.category_for_model("VM-1") is None


def test_huawei_hfreqinfo_and_ltecat() -> None:
    info = huawei.parse_hfreqinfo(ok("^HFREQINFO: 0,6,3,1300,1815000,20000,19300,1720000,20000"))
    assert info.sysmode == 6
    assert info.carriers == (huawei.Carrier(3, 1300, 1815000, 20000, 19300, 1720000, 20000),)
    two = huawei.parse_hfreqinfo(
        "0,7,41,504990,2524950,100000,504990,2524950,100000,41,500000,2500000,80000,500000,"
        "2500000,40000")
    assert [c.dl_channel for c in two.carriers] == [504990, 500000]
    assert huawei.parse_hfreqinfo("0,3").carriers == ()
    assert huawei.parse_ltecat(ok("^LTECAT: 4,5")) == (4, 5)
    with pytest.raises(AtParseError):
        huawei.parse_hfreqinfo("0")


def test_quectel_servingcell_channels() -> None:
    lte = quectel.parse_qeng_servingcell(ok(
        '+QENG: "servingcell","NOCONN","LTE","FDD",001,01,1A2B3C,123,1300,3,5,5,3C4D,-88,-9,'
        "-61,14,12,-,-55"))
    assert (lte.channel, lte.band, lte.cell_id) == (1300, "3", 0x1A2B3C)
    wcdma = quectel.parse_qeng_servingcell(ok(
        '+QENG: "servingcell","NOCONN","WCDMA",001,01,1A2B,1A2B3C,10700,61,3,-93,-7,-,-,-,-,-'))
    assert (wcdma.radio, wcdma.channel, wcdma.mnc) == ("WCDMA", 10700, 1)
    gsm = quectel.parse_qeng_servingcell(ok(
        '+QENG: "servingcell","NOCONN","GSM",001,01,1A2B,1A2B3C,37,62,900,-61,0,-61,0,0,0,1'))
    assert (gsm.channel, gsm.band) == (62, "900")
    nr = quectel.parse_qeng_servingcell(ok(
        '+QENG: "servingcell","NOCONN","NR5G-SA","TDD",001,01,1A2B3C,301,3C4D,627264,78,12,'
        "-88,-9,14,1,-"))
    assert (nr.channel, nr.band) == (627264, "78")


@FUZZ
@given(st.text(max_size=80))
def test_rf_parsers_raise_only_their_own_errors(payload: str) -> None:
    for parse in (lambda: huawei.parse_hfreqinfo(payload), lambda: huawei.parse_ltecat(payload),
                  lambda: quectel.parse_qeng_servingcell(ok("+QENG: " + payload))):
        with contextlib.suppress(AtParseError):
            parse()
    for radio in ("GSM", "WCDMA_UMTS", "LTE", "NR"):
        rf.parse_band_text(radio, payload)
