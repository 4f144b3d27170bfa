"""Model events as unsolicited result codes, per dialect and per the TE's settings."""

from __future__ import annotations

from .at_network import DOMAINS, domain_registration, registration_fields
from .at_sms import cmt_lines
from .at_ussd import cusd_line
from .events import (
    DataChanged,
    Event,
    FlowReport,
    IncomingCall,
    RegistrationChanged,
    SmsDirect,
    SmsStored,
    StorageFull,
    UssdReceived,
)
from .radio import Registration
from .session import Session, q


class UrcBuilder:
    """Remembers what was last reported so registration URCs come only on change."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._last: dict[str, Registration] = self._snapshot()

    def _snapshot(self) -> dict[str, Registration]:
        return {d: domain_registration(self.session, d) for d in DOMAINS}

    def lines(self, event: Event) -> list[list[str]]:
        s = self.session
        st = s.settings
        if isinstance(event, RegistrationChanged):
            return self._registration()
        if isinstance(event, SmsStored):
            if st.cnmi_mode == 0:
                return []
            tag = "+CDSI" if event.report else "+CMTI"
            return [[f"{tag}: {q(event.storage)},{event.index}"]]
        if isinstance(event, SmsDirect):
            return [] if st.cnmi_mode == 0 else [cmt_lines(s, event.sca, event.tpdu, event.report)]
        if isinstance(event, StorageFull):
            return [[f"^SMMEMFULL: {q(event.storage)}"]] if s.dialect == "huawei" else []
        if isinstance(event, UssdReceived):
            return [[cusd_line(s, event.m, event.text)]] if st.cusd else []
        if isinstance(event, DataChanged):
            return self._data(event)
        if isinstance(event, IncomingCall):
            lines = [["RING"]]
            if st.clip:
                kind = 145 if event.number.startswith("+") else 129
                lines.append([f"+CLIP: {q(event.number)},{kind}"])
            return lines
        if isinstance(event, FlowReport):
            if s.dialect != "huawei" or not st.dsflowrpt:
                return []
            return [[f"^DSFLOWRPT: {event.seconds:08X},{event.tx_rate:08X},{event.rx_rate:08X},"
                     f"{event.tx_bytes:016X},{event.rx_bytes:016X},{0:08X},{0:08X}"]]
        return []

    def _registration(self) -> list[list[str]]:
        s = self.session
        now = self._snapshot()
        out: list[list[str]] = []
        for domain in DOMAINS:
            n = getattr(s.settings, domain[1:].lower())
            before, after = self._last[domain], now[domain]
            changed = before.stat != after.stat if n == 1 else before != after
            if n and changed:
                out.append([f"{domain}: " + registration_fields(domain, n, after)])
        self._last = now
        return out

    def _data(self, event: DataChanged) -> list[list[str]]:
        s = self.session
        if s.dialect == "huawei":
            cause = str(event.cause) if event.cause else ""
            return [[f'^NDISSTAT: {int(event.active)},{cause},,"IPV4"']]
        out: list[list[str]] = []
        if s.dialect == "quectel" and event.by_network:
            out.append([f'+QIURC: "pdpdeact",{event.cid}'])
        if s.settings.cgerep and (event.active or not event.cause):
            who = "NW" if event.by_network else "ME"
            verb = "ACT" if event.active else "DEACT"
            primary = s.model.data.secondary.get(event.cid)
            if primary is not None:  # a dedicated bearer: +CGEV: ME ACT <p_cid>,<cid>,<type>
                out.append([f"+CGEV: {who} {verb} {primary},{event.cid},0"])
            else:
                out.append([f"+CGEV: {who} PDN {verb} {event.cid}"])
        return out
