"""Identity of the virtual device: IMEI, IMSI, ICCID and the names it reports per dialect."""

from __future__ import annotations

from dataclasses import dataclass


def luhn_digit(body: str) -> str:
    """The Luhn check digit that completes ``body`` (digits only)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return number.isdigit() and len(number) > 1 and luhn_digit(number[:-1]) == number[-1]


@dataclass(frozen=True)
class Identity:
    manufacturer: str = "cmgui"
    model: str = "VM-1 Virtual LTE/5G Modem"
    revision: str = "VM1.0.0"
    hardware: str = "VM-HW-A1"
    imei: str = "35" + "209900176148" + luhn_digit("35209900176148")
    imsi: str = "001010123456789"
    iccid: str = "8900101000012345678" + luhn_digit("8900101000012345678")
    msisdn: str = "+15550123"
    #: LTE UE category (downlink, uplink) the firmware reports, where it does (Huawei ^LTECAT).
    lte_category: tuple[int, int] = (4, 4)


def identity_for(dialect: str) -> Identity:
    """Names a modem of that dialect reports (so a driver probing +CGMI picks the dialect)."""
    if dialect == "huawei":
        return Identity(
            manufacturer="huawei", model="E3372 (virtual)", revision="22.328.62.00.00-VM",
            hardware="CL2E3372HM",
        )
    if dialect == "quectel":
        return Identity(
            manufacturer="Quectel", model="EC25 (virtual)", revision="EC25EFAR06A06M4G-VM",
            hardware="R1.0",
        )
    if dialect == "sierra":
        return Identity(
            manufacturer="Sierra Wireless, Incorporated", model="EM7455 (virtual)",
            revision="SWI9X30C_02.33.03.00-VM", hardware="1.0",
        )
    if dialect == "simcom":
        return Identity(manufacturer="SIMCOM INCORPORATED", model="SIMCOM_SIM7600E-H (virtual)",
                        revision="LE20B04SIM7600M22-VM", hardware="V1.0")
    if dialect == "telit":
        return Identity(manufacturer="Telit", model="LE910C4-EU (virtual)",
                        revision="25.30.408-VM", hardware="1.0")
    if dialect == "ublox":
        return Identity(manufacturer="u-blox", model="SARA-R410M-02B (virtual)",
                        revision="L0.0.00.00.05.08-VM", hardware="1.0")
    return Identity()
