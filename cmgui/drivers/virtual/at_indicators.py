"""Indicators of the MT: +CIND, +CMER and the +CIEV codes they enable (TS 27.007 §8.9, §8.10)."""

from __future__ import annotations

from . import errors
from .session import Command, Result, Session

INDICATORS: tuple[tuple[str, str], ...] = (
    ("battchg", "0-5"), ("signal", "0-5"), ("service", "0,1"), ("roam", "0,1"),
    ("smsfull", "0,1"),
)


def values(s: Session) -> list[int]:
    model = s.model
    reg = model.registration
    rssi, _ = model.signal.csq()
    signal = min(5, (rssi + 5) // 6) if reg.registered else 0
    store = model.storage(model.sms.mem_receive)
    return [5, signal, int(reg.registered), int(reg.stat == 5), int(store.full)]


def cind(s: Session, c: Command) -> Result:
    if c.op == "=?":
        return ["+CIND: " + ",".join(f'("{name}",({rng}))' for name, rng in INDICATORS)]
    if c.op == "?":
        return ["+CIND: " + ",".join(map(str, values(s)))]
    raise errors.cme(errors.NOT_ALLOWED)


def cmer(s: Session, c: Command) -> Result:
    if c.op == "?":
        return [f"+CMER: {s.settings.cmer_mode},0,0,{s.settings.cmer_ind},0"]
    if c.op == "=?":
        return ["+CMER: (0-3),(0),(0),(0-2),(0)"]
    mode = c.int_arg(0, s.settings.cmer_mode)
    ind = c.int_arg(3, s.settings.cmer_ind)
    if not (0 <= mode <= 3 and 0 <= ind <= 2):
        raise errors.cme(errors.BAD_PARAMS)
    s.settings.cmer_mode, s.settings.cmer_ind = mode, ind
    return []


class IndicatorWatch:
    """Reports +CIEV for indicators that changed since they were last seen."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._last = values(session)

    def changes(self) -> list[list[str]]:
        now = values(self.session)
        st = self.session.settings
        out: list[list[str]] = []
        if st.cmer_mode and st.cmer_ind:
            out = [[f"+CIEV: {i + 1},{v}"] for i, (v, old) in enumerate(zip(now, self._last,
                                                                               strict=True))
                   if v != old]
        self._last = now
        return out
