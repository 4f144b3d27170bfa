"""Quectel: +QCSQ, +QPINC, +QNWINFO, +QCCID, +QIACT, +QCFG="nwscanmode", +QENG="servingcell"."""

from __future__ import annotations

from dataclasses import dataclass

from cmgui.at.commands.network import SignalQuality
from cmgui.at.commands.pdp import normalise_address
from cmgui.at.commands.sim import PinRetries
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import field_at, first_payload, opt_int, payloads, split_fields, to_int
from cmgui.at.vendors.base import Vendor, iccid_from_prefixed


def qcsq() -> AtCommand:
    return AtCommand("AT+QCSQ", response_prefixes=("+QCSQ:",))


def parse_qcsq(result: AtResult | str) -> SignalQuality:
    """``+QCSQ: "LTE",<rssi>,<rsrp>,<sinr>,<rsrq>`` (dBm, SINR in 1/5 dB from -20 dB),
    ``"WCDMA",<rssi>,<rscp>,<ecio>`` (dBm, dB),
    ``"GSM",<rssi>``, ``"NOSERVICE"``."""
    payload = result if isinstance(result, str) else first_payload(result, "+QCSQ:")
    fields = split_fields(payload)
    mode = fields[0].text.upper()
    values = [to_int(f, "qcsq") for f in fields[1:] if f]
    if mode == "NOSERVICE":
        return SignalQuality()
    if not values:
        raise AtParseError(f"+QCSQ: no values in {payload[:40]!r}")
    if mode in ("LTE", "CAT-M", "CAT-NB", "NBIOT", "EMTC") and len(values) >= 4:
        return SignalQuality(
            rssi_dbm=float(values[0]),
            rsrp_dbm=float(values[1]),
            sinr_db=values[2] / 5 - 20,
            rsrq_db=float(values[3]),
            radio="LTE",
        )
    if mode in ("WCDMA", "TDSCDMA") and len(values) >= 3:
        rssi, rscp, ecio = (float(v) for v in values[:3])
        return SignalQuality(rssi_dbm=rssi, rscp_dbm=rscp, ecno_db=ecio, radio="WCDMA")
    if mode == "GSM":
        return SignalQuality(rssi_dbm=float(values[0]), radio="GSM")
    raise AtParseError(f"+QCSQ: unknown form {payload[:40]!r}")


def qpinc(facility: str = "SC") -> AtCommand:
    return AtCommand(f'AT+QPINC="{facility}"', response_prefixes=("+QPINC:",))


def parse_qpinc(result: AtResult) -> PinRetries:
    """``+QPINC: "SC",<pin_counter>,<puk_counter>`` (and ``"P2"`` for PIN2)."""
    values: dict[str, tuple[int, int]] = {}
    for payload in payloads(result, "+QPINC:"):
        fields = split_fields(payload)
        if len(fields) < 3:
            raise AtParseError("+QPINC: expected 3 fields")
        values[fields[0].text.upper()] = (to_int(fields[1], "pin"), to_int(fields[2], "puk"))
    if not values:
        raise AtParseError("no +QPINC line in the response")
    sc, p2 = values.get("SC"), values.get("P2")
    return PinRetries(
        sc[0] if sc else None, sc[1] if sc else None, p2[0] if p2 else None, p2[1] if p2 else None
    )


@dataclass(frozen=True)
class NetworkInfo:
    act: str | None
    operator: str | None = None
    band: str | None = None
    channel: int | None = None


def qnwinfo() -> AtCommand:
    return AtCommand("AT+QNWINFO", response_prefixes=("+QNWINFO:",))


def parse_qnwinfo(result: AtResult) -> NetworkInfo:
    """``+QNWINFO: "FDD LTE","26201","LTE BAND 3",1300`` or ``+QNWINFO: No Service``."""
    payload = first_payload(result, "+QNWINFO:")
    fields = split_fields(payload)
    if len(fields) == 1 and not fields[0].quoted:
        return NetworkInfo(None)
    operator = field_at(fields, 1)
    band = field_at(fields, 2)
    return NetworkInfo(
        fields[0].text,
        operator.text if operator else None,
        band.text if band else None,
        opt_int(field_at(fields, 3), "channel"),
    )


def qccid() -> AtCommand:
    return AtCommand("AT+QCCID", response_prefixes=("+QCCID:",))


def parse_qccid(result: AtResult) -> str:
    return iccid_from_prefixed(result, "+QCCID:")


@dataclass(frozen=True)
class QiContext:
    context_id: int
    active: bool
    context_type: int  # 1 IPv4, 2 IPv6, 3 IPv4v6
    addresses: tuple[str, ...] = ()


def qiact_query() -> AtCommand:
    return AtCommand("AT+QIACT?", timeout=150.0, response_prefixes=("+QIACT:",))


def qiact(context_id: int = 1) -> AtCommand:
    return AtCommand(f"AT+QIACT={context_id}", timeout=150.0)


def parse_qiact(result: AtResult) -> list[QiContext]:
    """``+QIACT: <contextID>,<context_state>,<context_type>[,<IP_address>...]`` lines."""
    contexts = []
    for payload in payloads(result, "+QIACT:"):
        fields = split_fields(payload)
        if len(fields) < 3:
            raise AtParseError("+QIACT: expected at least 3 fields")
        found = (normalise_address(f.text) for f in fields[3:])
        contexts.append(
            QiContext(
                to_int(fields[0], "contextID"),
                to_int(fields[1], "state") == 1,
                to_int(fields[2], "type"),
                tuple(a for a in found if a is not None),
            )
        )
    return contexts


#: +QCFG="nwscanmode" values.
NWSCANMODES: dict[int, str] = {0: "auto", 1: "GSM", 2: "WCDMA", 3: "LTE"}


def nwscanmode_query() -> AtCommand:
    return AtCommand('AT+QCFG="nwscanmode"', response_prefixes=("+QCFG:",))


def nwscanmode_set(mode: int, immediately: bool = True) -> AtCommand:
    if mode not in NWSCANMODES:
        raise ValueError(f"unknown nwscanmode {mode}")
    return AtCommand(f'AT+QCFG="nwscanmode",{mode},{int(immediately)}')


def parse_nwscanmode(result: AtResult) -> int:
    for payload in payloads(result, "+QCFG:"):
        fields = split_fields(payload)
        if fields[0].text.lower() == "nwscanmode" and len(fields) > 1:
            return to_int(fields[1], "nwscanmode")
    raise AtParseError('no +QCFG: "nwscanmode" line in the response')


@dataclass(frozen=True)
class ServingCell:
    state: str
    radio: str
    mcc: int | None = None
    mnc: int | None = None
    cell_id: int | None = None
    rsrp_dbm: int | None = None
    rsrq_db: int | None = None
    sinr: int | None = None
    #: Downlink ARFCN / UARFCN / EARFCN / NR-ARFCN, and the band (GSM: as reported, e.g. 900).
    channel: int | None = None
    band: str | None = None


def qeng_servingcell() -> AtCommand:
    return AtCommand('AT+QENG="servingcell"', response_prefixes=("+QENG:",))


def _hex_cell(value: str) -> int:
    try:
        return int(value, 16)
    except ValueError:
        raise AtParseError("+QENG: bad cell id") from None


def parse_qeng_servingcell(result: AtResult) -> ServingCell:
    """LTE: ``+QENG: "servingcell",<state>,"LTE",<is_tdd>,<mcc>,<mnc>,<cellID>,<pcid>,
    <earfcn>,<band>,<ul_bw>,<dl_bw>,<tac>,<rsrp>,<rsrq>,<rssi>,<sinr>,...``;
    NR5G-SA: ``...,"NR5G-SA",<duplex>,<mcc>,<mnc>,<cellID>,<pcid>,<tac>,<arfcn>,<band>,...``;
    WCDMA: ``...,"WCDMA",<mcc>,<mnc>,<lac>,<cellID>,<uarfcn>,...``;
    GSM: ``...,"GSM",<mcc>,<mnc>,<lac>,<cellID>,<bsic>,<arfcn>,<band>,...``."""
    fields = split_fields(first_payload(result, "+QENG:"))
    if len(fields) < 2 or fields[0].text.lower() != "servingcell":
        raise AtParseError('expected +QENG: "servingcell"')
    state = fields[1].text
    radio = fields[2].text if len(fields) > 2 else ""
    upper = radio.upper()
    if upper == "LTE" and len(fields) >= 17:
        return ServingCell(
            state, radio, opt_int(fields[4], "mcc"), opt_int(fields[5], "mnc"),
            _hex_cell(fields[6].text), opt_int(fields[13], "rsrp"), opt_int(fields[14], "rsrq"),
            opt_int(fields[16], "sinr"), opt_int(fields[8], "earfcn"), fields[9].text or None)
    if upper.startswith("NR5G-SA") and len(fields) >= 12:
        return ServingCell(
            state, radio, opt_int(fields[4], "mcc"), opt_int(fields[5], "mnc"),
            _hex_cell(fields[6].text), channel=opt_int(fields[9], "arfcn"),
            band=fields[10].text or None)
    if upper == "WCDMA" and len(fields) >= 8:
        return ServingCell(
            state, radio, opt_int(fields[3], "mcc"), opt_int(fields[4], "mnc"),
            _hex_cell(fields[6].text), channel=opt_int(fields[7], "uarfcn"))
    if upper == "GSM" and len(fields) >= 10:
        return ServingCell(
            state, radio, opt_int(fields[3], "mcc"), opt_int(fields[4], "mnc"),
            _hex_cell(fields[6].text), channel=opt_int(fields[8], "arfcn"),
            band=fields[9].text or None)
    return ServingCell(state, radio)


class Quectel(Vendor):
    name = "quectel"
    manufacturer_keys = ("quectel",)
    model_prefixes = ("EC2", "EG0", "EG1", "EG2", "EM0", "EM1", "EP0", "BG9", "RM5", "UC20")

    def iccid_query(self) -> AtCommand:
        return qccid()

    def parse_iccid(self, result: AtResult) -> str:
        return parse_qccid(result)

    def pin_retries_query(self) -> AtCommand | None:
        return qpinc()

    def parse_pin_retries(self, result: AtResult) -> PinRetries:
        return parse_qpinc(result)

    def signal_query(self) -> AtCommand:
        return qcsq()

    def parse_signal(self, result: AtResult) -> SignalQuality:
        return parse_qcsq(result)
