"""What the device model reports to its front end (the front end turns these into URCs)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RegistrationChanged:
    """CS/PS/EPS/5GS registration or the serving cell changed."""


@dataclass(frozen=True)
class SmsStored:
    """A message was stored (+CMTI; +CDSI when ``report``)."""

    storage: str
    index: int
    report: bool = False


@dataclass(frozen=True)
class SmsDirect:
    """A message routed straight to the TE (+CMT; +CDS when ``report``). ``tpdu`` has no SMSC."""

    sca: str
    tpdu: bytes
    report: bool = False


@dataclass(frozen=True)
class StorageFull:
    """An incoming message was rejected because the receive storage is full."""

    storage: str


@dataclass(frozen=True)
class UssdReceived:
    m: int
    text: str


@dataclass(frozen=True)
class DataChanged:
    cid: int
    active: bool
    cause: int = 0
    by_network: bool = False


@dataclass(frozen=True)
class FlowReport:
    """Periodic data-flow statistics while a context is active (Huawei ^DSFLOWRPT)."""

    seconds: int
    tx_rate: int
    rx_rate: int
    tx_bytes: int
    rx_bytes: int


@dataclass(frozen=True)
class IncomingCall:
    """A voice call rings (RING, and +CLIP with the caller's number when enabled)."""

    number: str


Event = (
    RegistrationChanged | SmsStored | SmsDirect | StorageFull | UssdReceived | DataChanged
    | FlowReport | IncomingCall
)
