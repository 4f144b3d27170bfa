"""Huawei (HiSilicon and Qualcomm based) ^-commands: ^SYSINFOEX, ^HCSQ, ^CPIN, ^ICCID,
^NDISDUP, ^DSFLOWRPT, ^SYSCFGEX, ^RSSI, ^HFREQINFO, ^LTECAT."""

from __future__ import annotations

from dataclasses import dataclass

from cmgui.at.commands.network import SignalQuality, rssi_to_dbm
from cmgui.at.commands.sim import PinRetries, parse_cpin
from cmgui.at.commands.ussd import UssdEncoding
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import field_at, first_payload, hex_int, opt_int, split_fields, to_int
from cmgui.at.vendors.base import Vendor, unswap_iccid

SYSMODES: dict[int, str] = {
    0: "NO SERVICE",
    1: "GSM",
    2: "CDMA",
    3: "WCDMA",
    4: "TD-SCDMA",
    5: "WIMAX",
    6: "LTE",
    7: "NR",
}


@dataclass(frozen=True)
class SysInfoEx:
    """``^SYSINFOEX``: srv_status 0 none, 1 restricted, 2 valid, 3 restricted regional,
    4 power saving; sim_state 1 valid, 255 not present, others invalid/locked."""

    srv_status: int
    srv_domain: int
    roaming: bool
    sim_state: int
    lock_state: int | None
    sysmode: int
    sysmode_name: str
    submode: int | None = None
    submode_name: str | None = None

    @property
    def in_service(self) -> bool:
        return self.srv_status == 2


def sysinfoex() -> AtCommand:
    return AtCommand("AT^SYSINFOEX", response_prefixes=("^SYSINFOEX:",))


def parse_sysinfoex(result: AtResult | str) -> SysInfoEx:
    payload = result if isinstance(result, str) else first_payload(result, "^SYSINFOEX:")
    fields = split_fields(payload)
    if len(fields) < 7:
        raise AtParseError("^SYSINFOEX: expected at least 7 fields")
    sysmode = to_int(fields[5], "sysmode")
    name = fields[6].text or SYSMODES.get(sysmode, str(sysmode))
    sub_name = field_at(fields, 8)
    return SysInfoEx(
        srv_status=to_int(fields[0], "srv_status"),
        srv_domain=to_int(fields[1], "srv_domain"),
        roaming=to_int(fields[2], "roam_status") == 1,
        sim_state=to_int(fields[3], "sim_state"),
        lock_state=opt_int(fields[4], "lock_state"),
        sysmode=sysmode,
        sysmode_name=name,
        submode=opt_int(field_at(fields, 7), "submode"),
        submode_name=sub_name.text if sub_name else None,
    )


def hcsq() -> AtCommand:
    return AtCommand("AT^HCSQ?", response_prefixes=("^HCSQ:",))


def _level(value: int, base: float, step: float, top: int) -> float | None:
    if value == 255 or not 0 <= value <= top:
        return None
    return base + step * value


def parse_hcsq(result: AtResult | str) -> SignalQuality:
    """``^HCSQ: "LTE",rssi,rsrp,sinr,rsrq`` / ``"WCDMA",rssi,rscp,ecio`` / ``"GSM",rssi`` /
    ``"NOSERVICE"``; also the URC of the same form. Levels are Huawei's 0..N steps."""
    payload = result if isinstance(result, str) else first_payload(result, "^HCSQ:")
    fields = split_fields(payload)
    mode = fields[0].text.upper()
    values = [to_int(f, "level") for f in fields[1:] if f]
    rssi = _level(values[0], -121.0, 1.0, 96) if values else None
    if mode == "LTE" and len(values) >= 4:
        return SignalQuality(
            rssi_dbm=rssi,
            rsrp_dbm=_level(values[1], -141.0, 1.0, 97),
            sinr_db=_level(values[2], -20.2, 0.2, 251),
            rsrq_db=_level(values[3], -20.0, 0.5, 34),
            radio="LTE",
        )
    if mode in ("WCDMA", "TD-SCDMA") and len(values) >= 3:
        return SignalQuality(
            rssi_dbm=rssi,
            rscp_dbm=_level(values[1], -121.0, 1.0, 96),
            ecno_db=_level(values[2], -32.5, 0.5, 65),
            radio=mode,
        )
    if mode == "GSM" and values:
        return SignalQuality(rssi_dbm=rssi, radio="GSM")
    if mode == "NOSERVICE":
        return SignalQuality()
    raise AtParseError(f"^HCSQ: unknown form {payload[:40]!r}")


def parse_rssi_urc(payload: str) -> SignalQuality:
    """``^RSSI: <rssi>`` with +CSQ's scale."""
    return SignalQuality(rssi_dbm=rssi_to_dbm(to_int(payload, "rssi")))


def hcpin() -> AtCommand:
    return AtCommand("AT^CPIN?", response_prefixes=("^CPIN:",))


def parse_hcpin(result: AtResult) -> tuple[str, PinRetries]:
    """``^CPIN: <code>,[<times>],<puk_times>,<pin_times>,<puk2_times>,<pin2_times>``."""
    fields = split_fields(first_payload(result, "^CPIN:"))
    if len(fields) < 6:
        raise AtParseError("^CPIN: expected 6 fields")
    code = parse_cpin(fields[0].text)
    retries = PinRetries(
        pin1=opt_int(fields[3], "pin_times"),
        puk1=opt_int(fields[2], "puk_times"),
        pin2=opt_int(fields[5], "pin2_times"),
        puk2=opt_int(fields[4], "puk2_times"),
    )
    return code, retries


def iccid() -> AtCommand:
    return AtCommand("AT^ICCID?", response_prefixes=("^ICCID:",))


def parse_iccid(result: AtResult) -> str:
    """``^ICCID: "..."``; older Qualcomm-based firmware swaps each digit pair."""
    return unswap_iccid(first_payload(result, "^ICCID:"))


#: ^NDISDUP <auth_type>: 0 none, 1 PAP, 2 CHAP (no "either": CHAP, as ModemManager does).
NDIS_AUTH = {"none": 0, "PAP": 1, "CHAP": 2, "PAPOrCHAP": 2}


def ndisdup(connect: bool, apn: str | None = None, cid: int = 1, *, user: str = "",
            password: str = "", auth: str = "none") -> AtCommand:
    """``AT^NDISDUP=<cid>,1[,"apn"[,"user","password",<auth_type>]]`` to start the NDIS data
    call (credentials when a user or password is given), ``=<cid>,0`` to stop it."""
    if not connect:
        return AtCommand(f"AT^NDISDUP={cid},0", timeout=30.0)
    if apn is not None and '"' in apn:
        raise ValueError("invalid APN")
    if '"' in user or '"' in password:
        raise ValueError("quotes are not allowed in a user name or password")
    suffix = "" if apn is None else f',"{apn}"'
    if user or password:
        suffix = (f',"{apn or ""}","{user}","{password}",'
                  f"{NDIS_AUTH.get(auth, NDIS_AUTH['PAPOrCHAP'])}")
    return AtCommand(f"AT^NDISDUP={cid},1{suffix}", timeout=30.0, secret=bool(password))


def ndisstatqry() -> AtCommand:
    return AtCommand("AT^NDISSTATQRY?", response_prefixes=("^NDISSTATQRY:",))


def parse_ndisstat(payload: str) -> dict[str, bool]:
    """``^NDISSTAT[QRY]: <stat>,,,"IPV4"[,<stat>,,,"IPV6"]`` as {"IPV4": connected}."""
    fields = split_fields(payload)
    status: dict[str, bool] = {}
    for i in range(0, len(fields) - 3, 4):
        status[fields[i + 3].text.upper() or "IPV4"] = to_int(fields[i], "stat") == 1
    if not status and fields and fields[0]:
        status["IPV4"] = to_int(fields[0], "stat") == 1
    return status


@dataclass(frozen=True)
class FlowReport:
    """``^DSFLOWRPT``: connection time (s), current rates (bytes/s), totals (bytes)."""

    duration_s: int
    tx_rate: int
    rx_rate: int
    tx_bytes: int
    rx_bytes: int
    qos_tx_rate: int | None = None
    qos_rx_rate: int | None = None


def parse_dsflowrpt(payload: str) -> FlowReport:
    """All fields are hexadecimal."""
    fields = split_fields(payload)
    if len(fields) < 5:
        raise AtParseError("^DSFLOWRPT: expected at least 5 fields")
    values = [hex_int(f, "flow") for f in fields[:7]]
    if any(v is None for v in values[:5]):
        raise AtParseError("^DSFLOWRPT: empty field")
    duration, tx_rate, rx_rate, tx, rx = (v or 0 for v in values[:5])
    qos = [*values[5:7], None, None]
    return FlowReport(duration, tx_rate, rx_rate, tx, rx, qos[0], qos[1])


@dataclass(frozen=True)
class FlowTotals:
    """``^DSFLOWQRY``: the last (or current) connection and the running totals."""

    last_duration_s: int
    last_tx_bytes: int
    last_rx_bytes: int
    total_duration_s: int
    total_tx_bytes: int
    total_rx_bytes: int


def dsflowqry() -> AtCommand:
    return AtCommand("AT^DSFLOWQRY", response_prefixes=("^DSFLOWQRY:",))


def parse_dsflowqry(result: AtResult) -> FlowTotals:
    """``^DSFLOWQRY: <last_time>,<last_tx>,<last_rx>,<total_time>,<total_tx>,<total_rx>``,
    all hexadecimal."""
    fields = split_fields(first_payload(result, "^DSFLOWQRY:"))
    values = [hex_int(f, "flow") for f in fields[:6]]
    if len(values) < 6 or any(v is None for v in values):
        raise AtParseError("^DSFLOWQRY: expected 6 hex fields")
    a, b, c, d, e, f = (v or 0 for v in values)
    return FlowTotals(a, b, c, d, e, f)


#: ^SYSCFGEX <acqorder> codes.
SYSCFGEX_MODES: dict[str, str] = {
    "00": "auto",
    "01": "GSM",
    "02": "WCDMA",
    "03": "LTE",
    "04": "CDMA",
    "07": "TD-SCDMA",
    "08": "NR",
}
_NO_CHANGE_BAND = "40000000"


def syscfgex_query() -> AtCommand:
    return AtCommand("AT^SYSCFGEX?", response_prefixes=("^SYSCFGEX:",))


def syscfgex_set(modes: list[str]) -> AtCommand:
    """Preferred radios in order, e.g. ["LTE", "WCDMA"]; [] or ["auto"] for automatic.
    Bands, roaming and service domain are left unchanged."""
    codes = {name.upper(): code for code, name in SYSCFGEX_MODES.items()}
    if not modes or modes == ["auto"]:
        order = "00"
    else:
        try:
            order = "".join(codes[m.upper()] for m in modes)
        except KeyError as error:
            raise ValueError(f"unknown radio {error.args[0]!r}") from None
    return AtCommand(f'AT^SYSCFGEX="{order}",{_NO_CHANGE_BAND},2,4,{_NO_CHANGE_BAND},,')


def parse_syscfgex(result: AtResult) -> list[str]:
    """The preferred radios from ``^SYSCFGEX: "<acqorder>",<band>,<roam>,<srvdomain>,...``."""
    fields = split_fields(first_payload(result, "^SYSCFGEX:"))
    order = fields[0].text
    if not order or len(order) % 2 or not order.isdigit():
        raise AtParseError(f"^SYSCFGEX: bad acqorder {order!r}")
    pairs = [order[i : i + 2] for i in range(0, len(order), 2)]
    if pairs == ["99"]:
        return []
    return [SYSCFGEX_MODES.get(p, p) for p in pairs]


@dataclass(frozen=True)
class Carrier:
    """One carrier of ``^HFREQINFO``: band, channels (EARFCN / NR-ARFCN), kHz figures."""

    band: int
    dl_channel: int
    dl_khz: int
    dl_bandwidth_khz: int
    ul_channel: int | None
    ul_khz: int | None
    ul_bandwidth_khz: int | None


@dataclass(frozen=True)
class FreqInfo:
    """``^HFREQINFO?``: sysmode (6 LTE, 7 NR) and its carriers, primary first."""

    sysmode: int
    carriers: tuple[Carrier, ...]


def hfreqinfo() -> AtCommand:
    return AtCommand("AT^HFREQINFO?", response_prefixes=("^HFREQINFO:",))


def parse_hfreqinfo(result: AtResult | str) -> FreqInfo:
    """``^HFREQINFO: <n>,<sysmode>,<band>,<dl_fcn>,<dl_freq>,<dl_bw>,<ul_fcn>,<ul_freq>,<ul_bw>``
    and seven more fields per further carrier; frequencies and bandwidths in kHz."""
    payload = result if isinstance(result, str) else first_payload(result, "^HFREQINFO:")
    fields = split_fields(payload)
    if len(fields) < 2:
        raise AtParseError("^HFREQINFO: expected <n>,<sysmode>")
    sysmode = to_int(fields[1], "sysmode")
    rest = fields[2:]
    carriers = []
    for i in range(0, len(rest) - 3, 7):
        group = rest[i : i + 7]
        carriers.append(Carrier(
            band=to_int(group[0], "band"), dl_channel=to_int(group[1], "dl_fcn"),
            dl_khz=to_int(group[2], "dl_freq"), dl_bandwidth_khz=to_int(group[3], "dl_bw"),
            ul_channel=opt_int(field_at(group, 4), "ul_fcn"),
            ul_khz=opt_int(field_at(group, 5), "ul_freq"),
            ul_bandwidth_khz=opt_int(field_at(group, 6), "ul_bw"),
        ))
    return FreqInfo(sysmode, tuple(carriers))


def ltecat() -> AtCommand:
    """``AT^LTECAT?``: ``^LTECAT: <dl_cat>,<ul_cat>`` (ERROR when not on LTE)."""
    return AtCommand("AT^LTECAT?", response_prefixes=("^LTECAT:",))


def parse_ltecat(result: AtResult | str) -> tuple[int, int | None]:
    payload = result if isinstance(result, str) else first_payload(result, "^LTECAT:")
    fields = split_fields(payload)
    return to_int(fields[0], "dl category"), opt_int(field_at(fields, 1), "ul category")


class Huawei(Vendor):
    name = "huawei"
    manufacturer_keys = ("huawei",)
    model_prefixes = ("E3372", "E3276", "E398", "ME909", "ME906", "MS2372", "MU709", "E173")
    ussd_encoding = UssdEncoding.GSM7_PACKED_HEX

    def iccid_query(self) -> AtCommand:
        return iccid()

    def parse_iccid(self, result: AtResult) -> str:
        return parse_iccid(result)

    def pin_retries_query(self) -> AtCommand | None:
        return hcpin()

    def parse_pin_retries(self, result: AtResult) -> PinRetries:
        return parse_hcpin(result)[1]

    def signal_query(self) -> AtCommand:
        return hcsq()

    def parse_signal(self, result: AtResult) -> SignalQuality:
        return parse_hcsq(result)
