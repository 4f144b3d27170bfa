"""Command tables per dialect: 27.007/27.005 core plus each vendor's additions."""

from __future__ import annotations

from . import at_basic as b
from . import at_data as d
from . import at_indicators as ind
from . import at_laptop as laptop
from . import at_network as n
from . import at_phonebook as pb
from . import at_sms as m
from . import vendor_auth, vendor_huawei, vendor_quectel, vendor_sierra
from .at_ussd import cusd
from .session import DIALECTS, Handler

CORE: dict[str, Handler] = {
    "E": b.echo, "V": b.verbose, "Q": b.quiet, "Z": b.reset, "&F": b.reset, "I": b.info,
    "+CMEE": b.cmee, "+CGMI": b.cgmi, "+GMI": b.cgmi, "+CGMM": b.cgmm, "+GMM": b.cgmm,
    "+CGMR": b.cgmr, "+GMR": b.cgmr, "+CGSN": b.cgsn, "+GSN": b.cgsn, "+GCAP": b.gcap,
    "+CIMI": b.cimi, "+CNUM": b.cnum, "+CSCS": b.cscs, "+CPIN": b.cpin, "+CLCK": b.clck,
    "+CPWD": b.cpwd, "+CFUN": b.cfun, "+CRSM": b.crsm, "+CEER": b.ceer,
    "+CSQ": n.csq, "+CESQ": n.cesq, "+CREG": n.registration, "+CGREG": n.registration,
    "+CEREG": n.registration, "+C5GREG": n.registration, "+COPS": n.cops, "+CGATT": n.cgatt,
    "+CMGF": m.cmgf, "+CPMS": m.cpms, "+CMGL": m.cmgl, "+CMGR": m.cmgr, "+CMGD": m.cmgd,
    "+CMGS": m.cmgs, "+CMGW": m.cmgw, "+CMSS": m.cmss, "+CNMI": m.cnmi, "+CSCA": m.csca,
    "+CSMP": m.csmp, "+CSMS": m.csms,
    "+CGDCONT": d.cgdcont, "+CGACT": d.cgact, "+CGPADDR": d.cgpaddr,
    "+CGCONTRDP": d.cgcontrdp, "+CGEREP": d.cgerep,
    "+CUSD": cusd, "+CIND": ind.cind, "+CMER": ind.cmer,
    "+CPBS": pb.cpbs, "+CPBR": pb.cpbr, "+CPBW": pb.cpbw, "+CPBF": pb.cpbf,
    **{name: handler for name, handler in laptop.HANDLERS.items() if name != "+CPINR"},
}

_GENERIC: dict[str, Handler] = {
    "+CPINR": laptop.cpinr, "+CCID": b.make_iccid("+CCID"), "+ICCID": b.make_iccid("+ICCID"),
    "+WS46": n.ws46,
}

TABLES: dict[str, dict[str, Handler]] = {
    # A module of unknown make that answers Quectel's engineering command (the band, the
    # channel and the SINR, which 3GPP has no command for): cmgui.drivers.at.engineering.
    "generic": {**CORE, **_GENERIC, "+QENG": vendor_quectel.qeng},
    "sierra": {**CORE, **_GENERIC, **vendor_sierra.HANDLERS},
    "huawei": {**CORE, **vendor_huawei.HANDLERS},
    "quectel": {**CORE, "+CCID": b.make_iccid("+CCID"), **vendor_quectel.HANDLERS},
    "simcom": {**CORE, **_GENERIC, "+CICCID": b.make_iccid("+ICCID"), **vendor_auth.SIMCOM},
    "telit": {**CORE, **_GENERIC, "#CCID": b.make_iccid("#CCID"), **vendor_auth.TELIT},
    "ublox": {**CORE, **_GENERIC, **vendor_auth.UBLOX},
}

UNKNOWN_TEXT = {"huawei": "COMMAND NOT SUPPORT"}

# Message storages are numbered from 1 on these devices, from 0 on the others.
INDEX_BASE = {"generic": 1, "sierra": 1, "huawei": 0, "quectel": 0, "simcom": 0, "telit": 1,
              "ublox": 0}

assert set(TABLES) == set(DIALECTS)


def table(dialect: str) -> dict[str, Handler]:
    try:
        return TABLES[dialect]
    except KeyError:
        raise ValueError(f"unknown dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")\
            from None
