"""Network: signal, registration, operators, +CFUN, +CGATT, +WS46 (TS 27.007 7, 8, 10)."""

from __future__ import annotations

from dataclasses import dataclass

from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import (
    Field,
    field_at,
    first_payload,
    groups,
    hex_int,
    opt_int,
    payloads,
    split_fields,
    to_int,
)

#: <AcT> of +COPS / +CREG (TS 27.007 7.3), as short radio names.
ACCESS_TECHNOLOGIES: dict[int, str] = {
    0: "GSM",
    1: "GSM Compact",
    2: "UTRAN",
    3: "GSM/EGPRS",
    4: "UTRAN/HSDPA",
    5: "UTRAN/HSUPA",
    6: "UTRAN/HSPA",
    7: "E-UTRAN",
    8: "EC-GSM-IoT",
    9: "E-UTRAN NB-S1",
    10: "E-UTRA/5GCN",
    11: "NR/5GCN",
    12: "NG-RAN",
    13: "E-UTRA-NR DC",
}

#: <stat> of the registration commands (TS 27.007 7.2).
REGISTRATION_STATES: dict[int, str] = {
    0: "not registered",
    1: "registered, home network",
    2: "searching",
    3: "registration denied",
    4: "unknown",
    5: "registered, roaming",
    6: "registered for SMS only, home network",
    7: "registered for SMS only, roaming",
    8: "attached for emergency bearer services only",
    9: "registered for CSFB not preferred, home network",
    10: "registered for CSFB not preferred, roaming",
    11: "attached for access to RLOS",
}

#: +WS46 <n> values (TS 27.007 5.9).
WS46_MODES: dict[int, str] = {
    12: "GERAN only",
    22: "UTRAN only",
    25: "GERAN, UTRAN and E-UTRAN",
    28: "E-UTRAN only",
    29: "GERAN and UTRAN",
    30: "GERAN and E-UTRAN",
    31: "UTRAN and E-UTRAN",
    35: "GERAN, UTRAN, E-UTRAN and NG-RAN",
    36: "NG-RAN only",
    37: "E-UTRAN and NG-RAN",
    38: "UTRAN, E-UTRAN and NG-RAN",
    39: "GERAN, E-UTRAN and NG-RAN",
    40: "UTRAN and NG-RAN",
    41: "GERAN, UTRAN and NG-RAN",
    42: "GERAN and NG-RAN",
}


# ---------------------------------------------------------------------- signal


@dataclass(frozen=True)
class SignalQuality:
    """Signal figures in physical units; None where not reported. `bars` is 0..5."""

    rssi_dbm: float | None = None
    ber: int | None = None
    rscp_dbm: float | None = None
    ecno_db: float | None = None
    rsrp_dbm: float | None = None
    rsrq_db: float | None = None
    sinr_db: float | None = None
    radio: str | None = None

    @property
    def bars(self) -> int:
        if self.rsrp_dbm is not None:
            edges = (-120.0, -110.0, -100.0, -90.0, -80.0)
            value = self.rsrp_dbm
        elif self.rscp_dbm is not None:
            edges, value = (-115.0, -105.0, -95.0, -85.0, -75.0), self.rscp_dbm
        elif self.rssi_dbm is not None:
            edges, value = (-111.0, -103.0, -95.0, -87.0, -79.0), self.rssi_dbm
        else:
            return 0
        return sum(1 for edge in edges if value >= edge)


def csq() -> AtCommand:
    return AtCommand("AT+CSQ", response_prefixes=("+CSQ:",))


def rssi_to_dbm(rssi: int) -> float | None:
    """27.007 <rssi> 0..31 to dBm (0 means -113 or less, 31 -51 or more); 99 unknown."""
    if 0 <= rssi <= 31:
        return float(-113 + 2 * rssi)
    if rssi == 99:
        return None
    raise AtParseError(f"rssi out of range: {rssi}")


def parse_csq(result: AtResult | str) -> SignalQuality:
    payload = result if isinstance(result, str) else first_payload(result, "+CSQ:")
    fields = split_fields(payload)
    rssi = rssi_to_dbm(to_int(fields[0], "rssi"))
    ber = opt_int(field_at(fields, 1), "ber")
    return SignalQuality(rssi_dbm=rssi, ber=None if ber == 99 else ber)


def cesq() -> AtCommand:
    return AtCommand("AT+CESQ", response_prefixes=("+CESQ:",))


def _scaled(value: int, top: int, base: float, step: float, unknown: int = 255) -> float | None:
    if value == unknown:
        return None
    if not 0 <= value <= top:
        raise AtParseError(f"value out of range: {value}")
    return base + step * value


def parse_cesq(result: AtResult | str) -> SignalQuality:
    """``+CESQ: <rxlev>,<ber>,<rscp>,<ecno>,<rsrq>,<rsrp>`` (TS 27.007 8.69)."""
    payload = result if isinstance(result, str) else first_payload(result, "+CESQ:")
    fields = split_fields(payload)
    if len(fields) < 6:
        raise AtParseError("+CESQ: expected 6 fields")
    rxlev, ber, rscp, ecno, rsrq, rsrp = (to_int(f, "cesq") for f in fields[:6])
    radio = None
    rsrp_dbm = _scaled(rsrp, 97, -141.0, 1.0)
    rscp_dbm = _scaled(rscp, 96, -121.0, 1.0)
    rssi = _scaled(rxlev, 63, -111.0, 1.0, unknown=99)
    if rsrp_dbm is not None:
        radio = "LTE"
    elif rscp_dbm is not None:
        radio = "WCDMA"
    elif rssi is not None:
        radio = "GSM"
    return SignalQuality(
        rssi_dbm=rssi,
        ber=None if ber == 99 else ber,
        rscp_dbm=rscp_dbm,
        ecno_db=_scaled(ecno, 49, -24.5, 0.5),
        rsrp_dbm=rsrp_dbm,
        rsrq_db=_scaled(rsrq, 34, -20.0, 0.5),
        radio=radio,
    )


# ---------------------------------------------------------------- registration

REGISTRATION_PREFIXES = ("+CREG:", "+CGREG:", "+CEREG:", "+C5GREG:")


@dataclass(frozen=True)
class Registration:
    """A registration state from a read response (`n` set) or a URC (`n` None)."""

    stat: int
    n: int | None = None
    lac: int | None = None  # LAC or TAC
    ci: int | None = None
    act: int | None = None
    rac: int | None = None
    cause_type: int | None = None
    reject_cause: int | None = None

    @property
    def registered(self) -> bool:
        return self.stat in (1, 5, 6, 7, 9, 10)

    @property
    def roaming(self) -> bool:
        return self.stat in (5, 7, 10)

    @property
    def state_name(self) -> str:
        return REGISTRATION_STATES.get(self.stat, f"state {self.stat}")

    @property
    def radio(self) -> str | None:
        return None if self.act is None else ACCESS_TECHNOLOGIES.get(self.act)


def registration_query(prefix: str = "+CREG:") -> AtCommand:
    """``AT+CREG?`` / ``AT+CGREG?`` / ``AT+CEREG?`` / ``AT+C5GREG?`` by response prefix."""
    if prefix not in REGISTRATION_PREFIXES:
        raise ValueError(f"not a registration prefix: {prefix}")
    return AtCommand(f"AT{prefix[:-1]}?", response_prefixes=(prefix,))


def registration_set(prefix: str, n: int) -> AtCommand:
    """Enable registration URCs: n=1 stat only, 2 with location, 3+ with causes."""
    if prefix not in REGISTRATION_PREFIXES:
        raise ValueError(f"not a registration prefix: {prefix}")
    return AtCommand(f"AT{prefix[:-1]}={n}")


def _looks_like_urc(fields: list[Field]) -> bool:
    """Tell ``stat[,lac,ci...]`` (URC) from ``n,stat[,lac,ci...]`` (read response)."""
    for index, field in enumerate(fields):
        if field.quoted:
            return index == 1
    return len(fields) in (1, 3)


def parse_registration(payload: str, *, urc: bool | None = None) -> Registration:
    """Any form of +CREG/+CGREG/+CEREG/+C5GREG after the prefix.

    `urc` says which form it is (the engine knows: a line matching an in-flight read
    command's prefix is a response); None guesses from where the first quoted field is.
    LAC/TAC and CI are hex (quoted or not).
    """
    fields = split_fields(payload)
    if not fields or not fields[0]:
        raise AtParseError("empty registration payload")
    if urc is None:
        urc = _looks_like_urc(fields)
    n = None
    if not urc:
        n = to_int(fields[0], "n")
        fields = fields[1:]
    if not fields or not fields[0]:
        raise AtParseError("registration payload has no <stat>")
    stat = to_int(fields[0], "stat")
    if not 0 <= stat <= 11:
        raise AtParseError(f"unknown registration state {stat}")
    rest = fields[1:]
    act = opt_int(field_at(rest, 2), "AcT")
    rac = None
    cause_at = 3
    if len(rest) > 3 and rest[3].quoted:  # +CGREG: ...,AcT,"rac"[,cause_type,reject_cause]
        rac = hex_int(rest[3], "rac")
        cause_at = 4
    return Registration(
        stat=stat,
        n=n,
        lac=hex_int(field_at(rest, 0), "lac"),
        ci=hex_int(field_at(rest, 1), "ci"),
        act=act,
        rac=rac,
        cause_type=opt_int(field_at(rest, cause_at), "cause_type"),
        reject_cause=opt_int(field_at(rest, cause_at + 1), "reject_cause"),
    )


def parse_registration_result(result: AtResult, prefix: str = "+CREG:") -> Registration:
    return parse_registration(first_payload(result, prefix), urc=False)


# ---------------------------------------------------------------------- +COPS


@dataclass(frozen=True)
class CurrentOperator:
    mode: int
    format: int | None = None
    name: str | None = None
    act: int | None = None


def cops_query() -> AtCommand:
    return AtCommand("AT+COPS?", response_prefixes=("+COPS:",))


def cops_format(fmt: int) -> AtCommand:
    """``AT+COPS=3,<format>``: 0 long alphanumeric, 1 short, 2 numeric."""
    return AtCommand(f"AT+COPS=3,{fmt}")


def cops_select(numeric: str | None = None, act: int | None = None) -> AtCommand:
    """Automatic selection (``+COPS=0``), or manual by numeric PLMN id."""
    if numeric is None:
        return AtCommand("AT+COPS=0", timeout=120.0)
    if not numeric.isdigit() or len(numeric) not in (5, 6):
        raise ValueError("a PLMN id is 5 or 6 digits")
    text = f'AT+COPS=1,2,"{numeric}"' + ("" if act is None else f",{act}")
    return AtCommand(text, timeout=120.0)


def parse_cops(result: AtResult | str) -> CurrentOperator:
    """``+COPS: <mode>[,<format>,<oper>[,<AcT>]]``."""
    payload = result if isinstance(result, str) else first_payload(result, "+COPS:")
    fields = split_fields(payload)
    oper = field_at(fields, 2)
    return CurrentOperator(
        mode=to_int(fields[0], "mode"),
        format=opt_int(field_at(fields, 1), "format"),
        name=oper.text if oper else None,
        act=opt_int(field_at(fields, 3), "AcT"),
    )


@dataclass(frozen=True)
class OperatorInfo:
    """One network of a +COPS=? scan. `stat`: 0 unknown, 1 available, 2 current, 3 forbidden."""

    stat: int
    long_name: str
    short_name: str
    numeric: str
    act: int | None = None

    @property
    def radio(self) -> str | None:
        return None if self.act is None else ACCESS_TECHNOLOGIES.get(self.act)


def cops_scan(timeout: float = 180.0) -> AtCommand:
    """``AT+COPS=?``; a scan takes from seconds to minutes."""
    return AtCommand("AT+COPS=?", timeout=timeout, response_prefixes=("+COPS:",))


def parse_cops_scan(result: AtResult | list[str]) -> list[OperatorInfo]:
    """The networks of a ``+COPS=?`` answer.

    Tolerates the trailing ``,,(0-4),(0-2)`` mode/format lists, missing AcT (GSM-only modems),
    unquoted numerics, extra spaces, and an answer wrapped over several lines.
    """
    lines = result.lines if isinstance(result, AtResult) else result
    text = " ".join(
        line[6:] if line.startswith("+COPS:") else line for line in lines if line.strip()
    )
    if not text.strip():
        raise AtParseError("empty +COPS=? answer")
    networks: list[OperatorInfo] = []
    for group in groups(text):
        fields = split_fields(group)
        if len(fields) < 4 or not any(f.quoted for f in fields):
            continue  # (0-4) style range lists, or junk
        try:
            stat = to_int(fields[0], "stat")
        except AtParseError:
            continue
        numeric = fields[3].text.strip()
        if not numeric.isdigit():
            continue
        act = opt_int(field_at(fields, 4), "AcT") if len(fields) > 4 else None
        networks.append(OperatorInfo(stat, fields[1].text, fields[2].text, numeric, act))
    return networks


# -------------------------------------------------------- +CFUN, +CGATT, +WS46


def cfun_query() -> AtCommand:
    return AtCommand("AT+CFUN?", response_prefixes=("+CFUN:",))


def cfun_set(fun: int, reset: bool = False) -> AtCommand:
    """0 minimum, 1 full, 4 radio off (flight mode)."""
    return AtCommand(f"AT+CFUN={fun}" + (",1" if reset else ""), timeout=30.0)


def parse_cfun(result: AtResult) -> int:
    return to_int(split_fields(first_payload(result, "+CFUN:"))[0], "fun")


def cgatt_query() -> AtCommand:
    return AtCommand("AT+CGATT?", response_prefixes=("+CGATT:",))


def cgatt_set(attached: bool) -> AtCommand:
    return AtCommand(f"AT+CGATT={int(attached)}", timeout=75.0)


def parse_cgatt(result: AtResult) -> bool:
    return to_int(first_payload(result, "+CGATT:"), "state") == 1


def ws46_query() -> AtCommand:
    return AtCommand("AT+WS46?", response_prefixes=("+WS46:",))


def ws46_set(mode: int) -> AtCommand:
    if mode not in WS46_MODES:
        raise ValueError(f"unknown +WS46 mode {mode}")
    return AtCommand(f"AT+WS46={mode}")


def parse_ws46(result: AtResult) -> int:
    found = payloads(result, "+WS46:")
    if not found:
        raise AtParseError("no +WS46 line in the response")
    return to_int(found[0], "mode")
