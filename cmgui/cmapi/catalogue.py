"""The OpenCMAPI catalogue: every CMAPI-1 function and CMAPI-2 callback (Appendix C) with its
group, specification section, version and description, and the static conformance requirements
of Appendix B per device class.

Names are spelled exactly as in Appendix C (``CMAPI_IoT_SetBack-OffBaseInterval``,
``CMAPI_Callback_ByteCount``). The one name the text prints with a stray space,
``CMAPI_Callback_ GetMobilitytoLocation_Complete``, is stored without it; :func:`lookup` accepts
both, with or without a trailing ``()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Literal

from cmgui.cmapi._catalogue_data import ROWS
from cmgui.cmapi.naming import method_name

Requirement = Literal["M", "O"]
Kind = Literal["function", "callback", "registration"]


class Group(Enum):
    """Function groups of Appendix C / B, in the order of the SCR tables (items 001..023)."""

    API_MANAGEMENT = "API management"
    DEVICE_DISCOVERY = "device discovery"
    CELLULAR_NETWORK = "cellular network management"
    CONNECTION = "connection management"
    NETWORK = "network management"
    CDMA2000 = "CDMA2000"
    DEVICE_SERVICE = "device service"
    PIN_PUK = "PIN/PUK"
    UICC = "UICC"
    WLAN = "WLAN"
    STATISTICS = "statistics"
    INFORMATION_STATUS = "information status"
    SMS = "SMS"
    USSD = "USSD"
    GNSS = "GNSS"
    DATA_PUSH = "data push"
    CALLBACKS = "callbacks"
    DEVICE_EXTENDED_SERVICE = "device extended service"
    CONTACT = "contact"
    P2P = "P2P"
    ROUTER = "router"
    IMS = "IMS"
    M2M_IOT = "M2M/IoT"

    @property
    def section(self) -> str:
        """The section of [OpenCMAPI-TS] that specifies the group ("7.2" .. "7.23", "8")."""
        return _SECTIONS[self]


_SECTIONS: dict[Group, str] = {
    Group.API_MANAGEMENT: "7.2", Group.DEVICE_DISCOVERY: "7.3", Group.CELLULAR_NETWORK: "7.4",
    Group.CONNECTION: "7.5", Group.NETWORK: "7.6", Group.CDMA2000: "7.7",
    Group.DEVICE_SERVICE: "7.8", Group.DEVICE_EXTENDED_SERVICE: "7.9", Group.PIN_PUK: "7.10",
    Group.UICC: "7.11", Group.WLAN: "7.12", Group.STATISTICS: "7.13",
    Group.INFORMATION_STATUS: "7.14", Group.SMS: "7.15", Group.USSD: "7.16", Group.GNSS: "7.17",
    Group.DATA_PUSH: "7.18", Group.CONTACT: "7.19", Group.P2P: "7.20", Group.ROUTER: "7.21",
    Group.IMS: "7.22", Group.M2M_IOT: "7.23", Group.CALLBACKS: "8",
}


class DeviceClass(Enum):
    """Device classes of Appendix B; the value is the SCR item prefix (OpenCMAPI-XXX-nnn)."""

    MOBILE_BROADBAND = "MBD"  # B.1
    LAPTOP = "LAP"  # B.2
    WIRELESS_ROUTER = "WIR"  # B.3
    M2M = "M2M"  # B.4.1
    BASIC_M2M = "IoT"  # B.4.2, basic M2M / IoT device: function-level list
    SMARTPHONE = "SMA"  # B.5
    TABLET = "TAB"  # B.6
    CLOUD = "CLD"  # B.7


# Group-level SCR tables: one letter per item 001..023, in the order of ``Group``.
_GROUP_SCR: dict[DeviceClass, str] = {
    DeviceClass.MOBILE_BROADBAND: "MMMMMOMMOOMMMMOOMOMOOOO",
    DeviceClass.LAPTOP: "MMMMMOMMOMMMMMOOMOMOOOO",
    DeviceClass.WIRELESS_ROUTER: "MMMMMOMMOOMMMOOOMOMOMOO",
    DeviceClass.M2M: "MMMMMOMMOOMMMOOOMOOOOOO",
    DeviceClass.SMARTPHONE: "MMMMMOMMMMMMMMOMMOMOOOO",
    DeviceClass.TABLET: "MMMMMOMMMMMMMMOMMOMOOOO",
    DeviceClass.CLOUD: "MMMMMOMMMMMMMMOOMOMOOOO",
}

#: B.4.2: the functions listed for a basic M2M device (others are optional).
BASIC_M2M_SCR: tuple[tuple[str, Requirement], ...] = (
    ("CMAPI_API_Open", "M"), ("CMAPI_API_Close", "M"), ("CMAPI_API_GetOpenCMAPIVersion", "M"),
    ("CMAPI_API_GetFunctionsSupported", "M"), ("CMAPI_Discovery_OpenDevice", "M"),
    ("CMAPI_Discovery_CloseDevice", "M"), ("CMAPI_Network_GetRFInfo", "M"),
    ("CMAPI_NetCon_GetConnectionStatus", "M"), ("CMAPI_NetCon_SetAutoConnectMode", "M"),
    ("CMAPI_NetCon_GetAutoConnectMode", "M"), ("CMAPI_NetCon_SetPermittedBearers", "M"),
    ("CMAPI_NetCon_GetPermittedBearers", "M"), ("CMAPI_DevSrv_GetIMSI", "M"),
    ("CMAPI_DevSrv_GetDeviceStatus", "M"), ("CMAPI_DevSrv_GetFirmwareVersion", "M"),
    ("CMAPI_DevSrv_GetRFSwitch", "M"), ("CMAPI_DevSrv_SetRadioState", "M"),
    ("CMAPI_Information_GetNetworkSelectionMode", "M"),
    ("CMAPI_Information_GetSignalStrength", "M"), ("CMAPI_Information_GetRoamingStatus", "M"),
    ("CMAPI_Information_GetRATType", "M"), ("CMAPI_Information_GetRadioState", "M"),
    ("CMAPI_Information_GetBatteryStatus", "M"), ("CMAPI_SMS_Send", "M"),
    # "Optional function but recommended for this type of device"
    ("CMAPI_IoT_IMSI_Attach", "O"), ("CMAPI_IoT_GPRS_Register", "O"),
    ("CMAPI_IoT_Set_PDPContext", "O"), ("CMAPI_IoT_GetPDPContextList", "O"),
    ("CMAPI_IoT_GetPDPContextIPaddress", "O"), ("CMAPI_IoT_Activate_PDPContext", "O"),
    ("CMAPI_IoT_SetNFM", "O"), ("CMAPI_IoT_GetNFM", "O"),
    ("CMAPI_IoT_SetBack-OffBaseInterval", "O"), ("CMAPI_IoT_GetBack-OffTimer", "O"),
)


@dataclass(frozen=True, slots=True)
class FunctionInfo:
    """One entry of Appendix C."""

    name: str
    kind: Kind
    group: Group
    version: str
    description: str
    method_name: str

    @property
    def section(self) -> str:
        return self.group.section


@dataclass(frozen=True, slots=True)
class ScrItem:
    """One item of an Appendix B table (``target`` is a Group or a function name)."""

    item: str
    target: Group | str
    requirement: Requirement


def _canonical(name: str) -> str:
    return name.strip().removesuffix("()").replace(" ", "")


_KINDS: dict[str, Kind] = {"function": "function", "callback": "callback",
                           "registration": "registration"}


def _build() -> tuple[dict[str, FunctionInfo], dict[str, str]]:
    entries: dict[str, FunctionInfo] = {}
    aliases: dict[str, str] = {}
    for printed, group, kind, version, description in ROWS:
        name = _canonical(printed)
        if name != printed:
            aliases[printed] = name
        entries[name] = FunctionInfo(
            name=name, kind=_KINDS[kind],
            group=Group[group], version=version, description=description,
            method_name=method_name(name),
        )
    return entries, aliases


_ALL, ALIASES = _build()

#: Every entry of Appendix C (CMAPI-1 functions, CMAPI-2 registration functions and callbacks).
ALL: Mapping[str, FunctionInfo] = MappingProxyType(_ALL)
#: CMAPI-1 functions (table 12).
FUNCTIONS: Mapping[str, FunctionInfo] = MappingProxyType(
    {n: f for n, f in _ALL.items() if f.kind == "function"}
)
#: CMAPI-2 callbacks (table 13 without Register/Unregister).
CALLBACKS: Mapping[str, FunctionInfo] = MappingProxyType(
    {n: f for n, f in _ALL.items() if f.kind == "callback"}
)
#: CMAPI-2 registration functions (CMAPI_Callback_Register / _Unregister).
REGISTRATION: Mapping[str, FunctionInfo] = MappingProxyType(
    {n: f for n, f in _ALL.items() if f.kind == "registration"}
)
_BY_METHOD: dict[str, FunctionInfo] = {f.method_name: f for f in _ALL.values()}
_BASIC_M2M: dict[str, Requirement] = dict(BASIC_M2M_SCR)


def lookup(name: str) -> FunctionInfo | None:
    """The entry for a CMAPI name (exact, a printed alias, or with ``()``), or None."""
    if not isinstance(name, str):
        return None
    return _ALL.get(name) or _ALL.get(_canonical(name))


def by_method_name(py_name: str) -> FunctionInfo | None:
    """The entry whose seam method name (``dev_srv_get_imei``) is ``py_name``, or None."""
    return _BY_METHOD.get(py_name)


def groups() -> tuple[Group, ...]:
    """All groups, in SCR order."""
    return tuple(Group)


def in_group(group: Group) -> tuple[FunctionInfo, ...]:
    """The entries of a group, in Appendix C order."""
    return tuple(f for f in _ALL.values() if f.group is group)


def _group_requirement(device_class: DeviceClass, group: Group) -> Requirement:
    if device_class is DeviceClass.BASIC_M2M:
        # B.4.2 is function-level: a group is M when at least one of its functions is.
        mandatory = any(_BASIC_M2M.get(f.name) == "M" for f in in_group(group))
        return "M" if mandatory else "O"
    letter = _GROUP_SCR[device_class][list(Group).index(group)]
    return "M" if letter == "M" else "O"


def conformance(device_class: DeviceClass, name: str | Group) -> Requirement:
    """"M" or "O" for a group or a function/callback name in a device class (Appendix B).

    Raises KeyError for a name that is not in the catalogue.
    """
    if isinstance(name, Group):
        return _group_requirement(device_class, name)
    info = lookup(name)
    if info is None:
        raise KeyError(name)
    if device_class is DeviceClass.BASIC_M2M:
        return _BASIC_M2M.get(info.name, "O")
    return _group_requirement(device_class, info.group)


def scr(device_class: DeviceClass) -> tuple[ScrItem, ...]:
    """The items of the Appendix B table of a device class, numbered as in the specification."""
    prefix = f"OpenCMAPI-{device_class.value}"
    if device_class is DeviceClass.BASIC_M2M:
        return tuple(
            ScrItem(f"{prefix}-{i:03d}-{req}", name, req)
            for i, (name, req) in enumerate(BASIC_M2M_SCR, start=1)
        )
    return tuple(
        ScrItem(f"{prefix}-{i:03d}-{letter}", group, "M" if letter == "M" else "O")
        for i, (group, letter) in enumerate(zip(Group, _GROUP_SCR[device_class], strict=True),
                                            start=1)
    )
