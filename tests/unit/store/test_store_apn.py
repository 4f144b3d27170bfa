"""APN suggestions from the provider database (bundled subset or the system file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmgui.store import apn
from cmgui.store.apn import ApnDatabaseError, load_providers, suggest_apns

SMALL = """<?xml version="1.0"?>
<serviceproviders format="2.0">
 <country code="xx">
  <provider><name>Alpha Mobile</name><gsm>
   <network-id mcc="901" mnc="70"/>
   <apn value="alpha.net"><usage type="internet"/><username>u</username>
    <password>p</password><authentication method="pap"/><dns>10.0.0.1</dns></apn>
   <apn value="mms.alpha"><usage type="mms"/></apn>
  </gsm></provider>
  <provider><name>Beta MVNO</name><gsm>
   <network-id mcc="901" mnc="70"/><apn value="beta"><usage type="internet"/></apn>
  </gsm></provider>
  <provider><name>Gamma</name><gsm>
   <network-id mcc="901" mnc="701"/><apn value="gamma"/>
  </gsm></provider>
  <provider><name>CDMA only</name><cdma/></provider>
 </country>
</serviceproviders>
"""


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "serviceproviders.xml"
    path.write_text(SMALL)
    return path


def test_bundled_subset_suggests_by_imsi(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(apn, "SYSTEM_DATABASE", tmp_path / "absent.xml")
    assert apn.default_source().name == "serviceproviders.xml"
    assert "cmgui" in str(apn.default_source())
    found = suggest_apns(imsi="262011234567890")
    assert [(s.provider, s.apn.apn, s.apn.username, s.apn.password) for s in found] == [
        ("Telekom", "internet.telekom", "telekom", "tm")]
    three_digit = suggest_apns(imsi="310260123456789")
    assert [s.apn.apn for s in three_digit] == ["fast.t-mobile.com"]
    assert suggest_apns(imsi="999991234567890") == []


def test_system_database_is_preferred(monkeypatch: pytest.MonkeyPatch, small: Path) -> None:
    monkeypatch.setattr(apn, "SYSTEM_DATABASE", small)
    assert apn.default_source() == small
    assert suggest_apns(imsi="90170123")[0].provider == "Alpha Mobile"


def test_fields_mcc_mnc_and_name_ranking(small: Path) -> None:
    providers = load_providers(small)
    assert {p.name for p in providers} == {"Alpha Mobile", "Beta MVNO", "Gamma"}
    best = suggest_apns(mcc="901", mnc="70", providers=providers)
    assert [s.apn.apn for s in best] == ["alpha.net", "beta"]
    alpha = best[0].apn
    assert (alpha.auth, alpha.dns, alpha.name) == ("pap", ("10.0.0.1",), "")
    # The SIM's provider name picks the MVNO sharing the network first.
    by_name = suggest_apns(imsi="901701234567890", provider_name="BETA", providers=providers)
    assert [s.apn.apn for s in by_name][:2] == ["beta", "alpha.net"]
    # A 3-digit MNC 701 matches the IMSI too (both readings of the IMSI are tried).
    assert "gamma" in [s.apn.apn for s in by_name]
    assert [s.apn.apn for s in suggest_apns(provider_name="gamma", providers=providers)] == [
        "gamma"]
    assert [s.apn.apn for s in suggest_apns(mcc="901", mnc="70", usage="mms",
                                            providers=providers)] == ["mms.alpha"]
    assert suggest_apns(provider_name="", providers=providers) == []


def test_broken_database_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<serviceproviders><country>")
    with pytest.raises(ApnDatabaseError):
        load_providers(bad)
    with pytest.raises(ApnDatabaseError):
        load_providers(tmp_path / "missing.xml")
