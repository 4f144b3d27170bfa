"""The catalogue of Appendix C and the conformance tables of Appendix B."""

from __future__ import annotations

import keyword
import re
from collections import Counter
from pathlib import Path

import pytest

from cmgui.cmapi import catalogue
from cmgui.cmapi.catalogue import DeviceClass, Group
from cmgui.cmapi.naming import method_name

SEED = Path(__file__).resolve().parents[3].parent / "shared/seeds/opencmapi-web-binding-1.1.txt"


def test_counts() -> None:
    assert len(catalogue.ALL) == 281
    assert len(catalogue.FUNCTIONS) == 234
    assert len(catalogue.CALLBACKS) == 45
    assert set(catalogue.REGISTRATION) == {"CMAPI_Callback_Register", "CMAPI_Callback_Unregister"}
    per_group = Counter(f.group for f in catalogue.ALL.values())
    assert per_group[Group.CDMA2000] == 31
    assert per_group[Group.WLAN] == 29
    assert per_group[Group.P2P] == 29
    assert per_group[Group.CALLBACKS] == 47
    assert per_group[Group.PIN_PUK] == 6
    assert per_group[Group.M2M_IOT] == 10
    assert set(per_group) == set(Group)


@pytest.mark.parametrize("name", [
    "CMAPI_IoT_SetBack-OffBaseInterval", "CMAPI_IoT_GetBack-OffTimer", "CMAPI_Callback_ByteCount",
    "CMAPI_DevSrv_GetNAAavailable", "CMAPI_WLAN_Get_HS2MOSubcription",
    "CMAPI_CDMA2000_GetANAAAAAuthenticationStatus", "CMAPI_IoT_GetPDPContextIPaddress",
    "CMAPI_NetConnectSrv_SecondaryPDPContext_CancelConnect_Async",
    "CMAPI_Callback_NetConnectSrv_SecondaryPDPContext_Disconnect_Async_Complete",
    "CMAPI_Callback_GetMobilitytoLocation_Complete", "CMAPI_Callback_Incoming_Voice_Call",
])
def test_exact_spellings(name: str) -> None:
    assert name in catalogue.ALL
    assert catalogue.lookup(name) is catalogue.ALL[name]


def test_aliases_and_lookup() -> None:
    spaced = catalogue.lookup("CMAPI_Callback_ GetMobilitytoLocation_Complete")
    assert spaced is not None
    assert spaced.name == "CMAPI_Callback_GetMobilitytoLocation_Complete"
    assert spaced.kind == "callback" and spaced.version == "1.1"
    assert catalogue.lookup("CMAPI_DevSrv_GetIMEI()") is catalogue.FUNCTIONS["CMAPI_DevSrv_GetIMEI"]
    assert catalogue.lookup("CMAPI_DevSrv_GetImei") is None
    assert catalogue.lookup("") is None
    assert catalogue.by_method_name("dev_srv_get_imei") is catalogue.lookup("CMAPI_DevSrv_GetIMEI")
    assert catalogue.by_method_name("nope") is None


def test_entries() -> None:
    imei = catalogue.FUNCTIONS["CMAPI_DevSrv_GetIMEI"]
    assert imei.group is Group.DEVICE_SERVICE and imei.section == "7.8"
    assert imei.description == "retrieve the IMEI (only applicable to 3GPP systems)"
    assert imei.version == "1.0" and imei.kind == "function"
    verify = catalogue.FUNCTIONS["CMAPI_DevSrv_VerifyPIN"]
    assert verify.group is Group.PIN_PUK and verify.section == "7.10"
    assert catalogue.FUNCTIONS["CMAPI_OMADM_SetPRL"].group is Group.CDMA2000
    assert catalogue.FUNCTIONS["CMAPI_MobileIP_GetLastError"].section == "7.7"
    assert catalogue.FUNCTIONS["CMAPI_IMS_GetISIMinfo"].description.endswith(
        "provide the IMPU, IMPI & Home Domain Name (relevant for IMS context) related.")
    assert catalogue.FUNCTIONS["CMAPI_P2P_DisableDirectConnection"].description == (
        "deactivate the P2P Direct Connection feature in a P2P Direct enabled device")
    assert catalogue.FUNCTIONS["CMAPI_DevSrv_DeactivateControlKey"].description.endswith(
        "(device) de-personalization control key")
    assert catalogue.CALLBACKS["CMAPI_Callback_SMS"].section == "8"
    assert catalogue.REGISTRATION["CMAPI_Callback_Register"].kind == "registration"
    assert [f.name for f in catalogue.in_group(Group.USSD)] == [
        "CMAPI_USSD_Request", "CMAPI_USSD_Release"]
    assert {f.version for f in catalogue.ALL.values()} == {"1.0", "1.1"}
    assert sum(f.version == "1.1" for f in catalogue.ALL.values()) == 90


def test_method_names_unique_and_valid() -> None:
    names = [f.method_name for f in catalogue.ALL.values()]
    assert len(set(names)) == len(names)
    for info in catalogue.ALL.values():
        assert info.method_name.isidentifier() and not keyword.iskeyword(info.method_name)
        assert info.method_name == method_name(info.name)
        assert info.method_name == info.method_name.lower()
    assert catalogue.FUNCTIONS["CMAPI_IoT_SetBack-OffBaseInterval"].method_name == (
        "iot_set_back_off_base_interval")


def test_groups_and_sections() -> None:
    assert catalogue.groups()[0] is Group.API_MANAGEMENT
    assert len(catalogue.groups()) == 23
    assert sorted(g.section for g in Group) == sorted(
        [f"7.{i}" for i in range(2, 24)] + ["8"])


LAPTOP_B2 = {
    Group.API_MANAGEMENT: "M", Group.DEVICE_DISCOVERY: "M", Group.CELLULAR_NETWORK: "M",
    Group.CONNECTION: "M", Group.NETWORK: "M", Group.CDMA2000: "O", Group.DEVICE_SERVICE: "M",
    Group.PIN_PUK: "M", Group.UICC: "O", Group.WLAN: "M", Group.STATISTICS: "M",
    Group.INFORMATION_STATUS: "M", Group.SMS: "M", Group.USSD: "M", Group.GNSS: "O",
    Group.DATA_PUSH: "O", Group.CALLBACKS: "M", Group.DEVICE_EXTENDED_SERVICE: "O",
    Group.CONTACT: "M", Group.P2P: "O", Group.ROUTER: "O", Group.IMS: "O", Group.M2M_IOT: "O",
}


def test_laptop_conformance_b2() -> None:
    for group, req in LAPTOP_B2.items():
        assert catalogue.conformance(DeviceClass.LAPTOP, group) == req, group
    assert catalogue.conformance(DeviceClass.LAPTOP, "CMAPI_WLAN_Scan_Async") == "M"
    assert catalogue.conformance(DeviceClass.LAPTOP, "CMAPI_GNSS_GetState()") == "O"
    assert catalogue.conformance(DeviceClass.LAPTOP, "CMAPI_Callback_SMS") == "M"
    items = catalogue.scr(DeviceClass.LAPTOP)
    assert items[9].item == "OpenCMAPI-LAP-010-M" and items[9].target is Group.WLAN
    with pytest.raises(KeyError):
        catalogue.conformance(DeviceClass.LAPTOP, "CMAPI_Nope")


def test_other_classes() -> None:
    assert catalogue.conformance(DeviceClass.WIRELESS_ROUTER, Group.ROUTER) == "M"
    assert catalogue.conformance(DeviceClass.MOBILE_BROADBAND, Group.ROUTER) == "O"
    assert catalogue.conformance(DeviceClass.SMARTPHONE, Group.DATA_PUSH) == "M"
    assert catalogue.conformance(DeviceClass.CLOUD, Group.DATA_PUSH) == "O"
    assert catalogue.conformance(DeviceClass.M2M, Group.CONTACT) == "O"
    assert catalogue.conformance(DeviceClass.TABLET, Group.UICC) == "M"
    basic = DeviceClass.BASIC_M2M
    assert catalogue.conformance(basic, "CMAPI_SMS_Send") == "M"
    assert catalogue.conformance(basic, "CMAPI_SMS_Get") == "O"
    assert catalogue.conformance(basic, "CMAPI_IoT_GetBack-OffTimer") == "O"
    assert catalogue.conformance(basic, Group.SMS) == "M"
    assert catalogue.conformance(basic, Group.WLAN) == "O"
    assert sum(i.requirement == "M" for i in catalogue.scr(basic)) == 24
    assert catalogue.scr(basic)[-1].item == "OpenCMAPI-IoT-034-O"
    for name, _req in catalogue.BASIC_M2M_SCR:
        assert name in catalogue.FUNCTIONS


@pytest.mark.skipif(not SEED.exists(), reason="specification text not beside the repository")
def test_against_the_specification_text() -> None:
    text = SEED.read_text(encoding="utf-8")
    appendix = text[text.rindex("C.1 CMAPI-1 Functions"):text.rindex("Appendix D.")]
    squashed = re.sub(r"\s+", "", appendix)
    for name in catalogue.ALL:
        assert name + "()" in squashed or name in squashed, name
    starts = re.findall(r"^\s*(CMAPI_\w[\w\- ]*?)\(\)", appendix, re.M)
    for printed in starts:
        if printed.strip() in catalogue.ALL or printed in catalogue.ALIASES:
            continue
        assert catalogue.lookup(printed) is not None, printed
    for cls in DeviceClass:
        if cls is DeviceClass.BASIC_M2M:
            continue
        rows = re.findall(rf"OpenCMAPI-{cls.value}-(\d{{3}})-([MO]) Support .*? (7\.\d+|8)\s",
                          text)
        assert [(f"{i:03d}", r.requirement, r.target.section)  # type: ignore[union-attr]
                for i, r in enumerate(catalogue.scr(cls), 1)] == rows
    iot = re.findall(r"OpenCMAPI-IoT-(\d{3})-([MO]) (CMAPI_[\w\-]+)", text)
    assert [(f"{i:03d}", req, name) for i, (name, req) in
            enumerate(catalogue.BASIC_M2M_SCR, 1)] == iot
