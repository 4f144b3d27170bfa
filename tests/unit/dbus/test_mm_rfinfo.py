"""RF information from ModemManager's cell info: serving cell, band from the channel, peak rates."""

from __future__ import annotations

from cmgui.drivers.dbus.mm_rfinfo import band_of, lte_band, radio_of, rf_entry, serving_channel


def test_radio_of_each_access_technology() -> None:
    assert radio_of("NG_RAN") == "NR"
    assert radio_of("E_UTRAN") == radio_of("E_UTRAN_NB_S1") == "LTE"
    assert radio_of("UTRAN_HSPA") == radio_of("UTRAN") == "WCDMA_UMTS"
    assert radio_of("GSM_EGPRS") == radio_of("GSM") == "GSM"
    assert radio_of("UNKNOWN") is None


def test_lte_band_from_the_earfcn_raster() -> None:
    assert lte_band(1300) == 3 and lte_band(1200) == 3 and lte_band(1949) == 3
    assert lte_band(6300) == 20 and lte_band(0) == 1 and lte_band(66436) == 66
    assert lte_band(9700) is None  # between bands 28 and 32


def test_band_only_where_the_channel_names_one() -> None:
    assert band_of("WCDMA_UMTS", 10700) == 1
    assert band_of("LTE", None) is None
    assert band_of("GSM", 50) is None  # ARFCNs repeat across GSM bands
    assert band_of("NR", 632628) is None  # NR bands overlap


def test_the_serving_cell_of_the_radio_is_chosen() -> None:
    cells = [
        {"cell-type": 5, "serving": False, "earfcn": 6300},
        {"cell-type": 3, "serving": True, "uarfcn": 10700},
        {"cell-type": 5, "serving": True, "earfcn": 1300, "tac": "1A2B"},
        "not a cell",
    ]
    assert serving_channel(cells, "LTE") == 1300
    assert serving_channel(cells, "WCDMA_UMTS") == 10700
    assert serving_channel(cells, "GSM") is None
    assert serving_channel([{"cell-type": 5, "serving": True}], "LTE") is None
    assert serving_channel("garbage", "LTE") is None


def test_entry_with_band_uplink_and_the_models_category() -> None:
    entry = rf_entry("LTE", 1300, "EM12-G")
    assert entry["frequencyBand"] == "LTE band 3 (1800)"
    assert (entry["channelNumberDL"], entry["channelNumberUL"]) == ("1300", "19300")
    assert (entry["maxDataRateDL"], entry["maxDataRateUL"]) == (603008, 102048)  # category 12
    umts = rf_entry("WCDMA_UMTS", 10700, "EM12-G")
    assert umts["frequencyBand"].startswith("UMTS band I") and umts["channelNumberUL"] == "9750"
    assert umts["maxDataRateDL"] == 0  # peak rates are LTE UE categories
    bare = rf_entry("LTE", None, "Unknown modem")
    assert bare["frequencyBand"] == bare["channelNumberDL"] == bare["channelNumberUL"] == ""
    assert bare["maxDataRateDL"] == 0
