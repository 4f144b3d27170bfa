"""Device-side error codes of the virtual modem (3GPP TS 27.007 §9.2 and TS 27.005 §3.2.5)."""

from __future__ import annotations

CME_TEXT: dict[int, str] = {
    0: "phone failure",
    3: "operation not allowed",
    4: "operation not supported",
    10: "SIM not inserted",
    11: "SIM PIN required",
    12: "SIM PUK required",
    13: "SIM failure",
    14: "SIM busy",
    16: "incorrect password",
    20: "memory full",
    21: "invalid index",
    22: "not found",
    24: "text string too long",
    25: "invalid characters in text string",
    26: "dial string too long",
    27: "invalid characters in dial string",
    30: "no network service",
    31: "network timeout",
    32: "network not allowed - emergency calls only",
    50: "Incorrect parameters",
    100: "unknown",
    111: "PLMN not allowed",
    134: "service option temporarily out of order",
    148: "unspecified GPRS error",
    262: "SIM blocked",
}

CMS_TEXT: dict[int, str] = {
    21: "Short message transfer rejected",
    300: "ME failure",
    302: "operation not allowed",
    303: "operation not supported",
    304: "invalid PDU mode parameter",
    305: "invalid text mode parameter",
    310: "SIM not inserted",
    311: "SIM PIN required",
    313: "SIM failure",
    316: "SIM PUK required",
    320: "memory failure",
    321: "invalid memory index",
    322: "memory full",
    330: "SMSC address unknown",
    331: "no network service",
    332: "network timeout",
    500: "unknown error",
}


class ModemError(Exception):
    """A failure the device reports to the TE: ``+CME ERROR`` (``cms=False``) or ``+CMS ERROR``."""

    def __init__(self, code: int, *, cms: bool = False) -> None:
        table = CMS_TEXT if cms else CME_TEXT
        super().__init__(f"{'CMS' if cms else 'CME'} {code}: {table.get(code, 'unknown')}")
        self.code = code
        self.cms = cms

    @property
    def text(self) -> str:
        """The verbose text used with ``+CMEE=2``."""
        table = CMS_TEXT if self.cms else CME_TEXT
        return table.get(self.code, "unknown error" if self.cms else "unknown")


def cme(code: int) -> ModemError:
    return ModemError(code)


def cms(code: int) -> ModemError:
    return ModemError(code, cms=True)


# Named codes used across the model.
NOT_ALLOWED = 3
NOT_SUPPORTED = 4
SIM_NOT_INSERTED = 10
SIM_PIN_REQUIRED = 11
SIM_PUK_REQUIRED = 12
SIM_FAILURE = 13
INCORRECT_PASSWORD = 16
INVALID_INDEX = 21
NOT_FOUND = 22
NO_NETWORK = 30
EMERGENCY_ONLY = 32
BAD_PARAMS = 50
SERVICE_OPTION_OUT_OF_ORDER = 134
SIM_BLOCKED = 262
