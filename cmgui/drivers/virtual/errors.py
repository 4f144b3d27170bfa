"""Device-side error codes of the virtual modem (3GPP TS 27.007 §9.2 and TS 27.005 §3.2.5)."""

from __future__ import annotations

from cmgui.at.errors import CME_ERRORS, CMS_ERRORS, RP_CAUSES

# The device speaks the standard's texts: the same tables the AT core reads them back with.
CME_TEXT: dict[int, str] = dict(CME_ERRORS)
CMS_TEXT: dict[int, str] = {**RP_CAUSES, **CMS_ERRORS}


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
