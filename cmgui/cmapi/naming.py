"""Name rules between CMAPI and Python.

* A CMAPI function name maps one-to-one to a snake_case seam method:
  ``CMAPI_DevSrv_GetIMEI`` -> ``dev_srv_get_imei``,
  ``CMAPI_IoT_SetBack-OffBaseInterval`` -> ``io_t_set_back_off_base_interval`` is avoided by the
  explicit spellings in ``_WORDS``.
* A Python parameter name maps to its JSON name by the binding's rule 5.2.1.2: lowerCamelCase,
  abbreviations all in capitals, a leading capital only when the name starts with one
  (``new_pin`` -> ``newPIN``, ``rf_info_list`` -> ``RFInfoList``, ``device_id`` -> ``deviceId``).
"""

from __future__ import annotations

import re

# Abbreviations written in capitals in JSON names (5.2.1.2). ``qos`` keeps its usual spelling.
ABBREVIATIONS: dict[str, str] = {
    word.lower(): word
    for word in (
        "APN", "BSSID", "CS", "DL", "DNS", "EAP", "GNSS", "ICCID", "IMEI", "IMSI", "IP", "IPv4",
        "IPv6", "MAC", "MCC", "MNC", "MSISDN", "NAA", "PDP", "PIN", "PLMN", "PS", "PUK", "QoS",
        "RAT", "RF", "RSRP", "RSRQ", "RSSI", "SINR", "SMS", "SMSC", "SSID", "UL", "URL", "USSD",
        "WLAN", "WPS", "UICC", "NFM", "CDR", "SW", "LAC", "TAC", "ECIO", "RSCP", "PLMNID", "PDU",
        "MDN", "ESN", "MEID", "QCI", "GBR", "MBR", "AMBR", "HS20", "ANQP", "WSID", "ANDSF", "MO",
        "FQDN", "NAI",
    )
}

# CamelCase words that the generic splitter would cut wrongly, longest first.
_WORDS = (
    "NAAavailable", "IoT", "OMADM", "MobileIP", "CDMA2000", "Back-Off", "QoS", "P2P", "IPaddress",
    "HS2MOSubcription", "ANDSFMOSubcription", "WLANSettings", "WLANUserSettings", "WSIDL",
    "PDPContext", "ANQP", "ISIMinfo", "IARIinfo", "SE", "NFC", "PRL", "ERI", "SPC", "ACCOLC",
    "OTASP", "ANAAAAAuthentication", "CDMANetwork", "PUSHReceived", "MobilitytoLocation",
)
_SPECIAL = {
    "NAAavailable": "naa_available",
    "IoT": "iot",
    "OMADM": "omadm",
    "MobileIP": "mobile_ip",
    "CDMA2000": "cdma2000",
    "Back-Off": "back_off",
    "QoS": "qos",
    "P2P": "p2p",
    "IPaddress": "ip_address",
    "HS2MOSubcription": "hs2_mo_subcription",
    "ANDSFMOSubcription": "andsf_mo_subcription",
    "WLANSettings": "wlan_settings",
    "WLANUserSettings": "wlan_user_settings",
    "WSIDL": "wsidl",
    "PDPContext": "pdp_context",
    "ANQP": "anqp",
    "ISIMinfo": "isim_info",
    "IARIinfo": "iari_info",
    "SE": "se",
    "NFC": "nfc",
    "PRL": "prl",
    "ERI": "eri",
    "SPC": "spc",
    "ACCOLC": "accolc",
    "OTASP": "otasp",
    "ANAAAAAuthentication": "an_aaa_authentication",
    "CDMANetwork": "cdma_network",
    "PUSHReceived": "push_received",
    "MobilitytoLocation": "mobility_to_location",
}
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def _snake_part(part: str) -> str:
    for word in sorted(_SPECIAL, key=len, reverse=True):
        if word in part:
            head, _, tail = part.partition(word)
            pieces = [_snake_part(head) if head else "", _SPECIAL[word],
                      _snake_part(tail) if tail else ""]
            return "_".join(p for p in pieces if p)
    return "_".join(w.lower() for w in _CAMEL.findall(part))


def method_name(cmapi_name: str) -> str:
    """The seam method name of a CMAPI-1 function or CMAPI-2 callback name."""
    name = cmapi_name.strip().removesuffix("()").replace(" ", "")
    name = name.removeprefix("CMAPI_")
    return "_".join(_snake_part(p) for p in name.split("_") if p)


# Names the base specification spells its own way (its error texts say "msgID").
SPELLINGS: dict[str, str] = {"msg_id": "msgID"}


def json_name(py_name: str) -> str:
    """The JSON member name of a snake_case Python parameter (rule 5.2.1.2)."""
    if py_name in SPELLINGS:
        return SPELLINGS[py_name]
    words = [w for w in py_name.split("_") if w]
    out: list[str] = []
    for i, word in enumerate(words):
        abbr = ABBREVIATIONS.get(word.lower())
        if abbr is not None:
            out.append(abbr)
        elif i == 0:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return "".join(out)


def py_name(json_member: str) -> str:
    """The snake_case Python name of a JSON member name (inverse of :func:`json_name`)."""
    return _snake_part(json_member)
