"""The SMS settings a driver keeps for its device and applies to every message it sends: the
validity period and whether a delivery report is asked for (``CMAPI_SMS_Get/SetValidityPeriod``,
``CMAPI_SMS_Get/SetDeliveryReport``). Neither a modem's AT commands nor ModemManager keep them
between messages, so the AT and the ModemManager drivers keep them the same way, here."""

from __future__ import annotations

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

DEFAULT_VALIDITY_MINUTES = 4320  # three days
#: The longest relative validity period TS 23.040 (TP-VP) can say: 63 weeks.
MAX_VALIDITY_MINUTES = 63 * 7 * 24 * 60


class KeptSmsSettings:
    """Mixed in before the driver's device class, whose base answers "not supported"."""

    _validity_minutes: int = DEFAULT_VALIDITY_MINUTES
    _delivery_report: bool = False

    def reset_sms_settings(self) -> None:
        """Back to the defaults (a device opened or reset)."""
        self._validity_minutes = DEFAULT_VALIDITY_MINUTES
        self._delivery_report = False

    async def sms_get_validity_period(self) -> t.ValidityPeriod:
        return {"validityPeriod": self._validity_minutes}

    async def sms_set_validity_period(self, *, validity_period: int) -> t.Empty:
        if not 0 <= validity_period <= MAX_VALIDITY_MINUTES:
            raise CmapiError(ErrorCode.INVALID_PARAMETER,
                             data={"reason": "the validity period is 0 to 63 weeks, in minutes"})
        self._validity_minutes = validity_period
        return {}

    async def sms_get_delivery_report(self) -> t.DeliveryReport:
        return {"deliveryReport": self._delivery_report}

    async def sms_set_delivery_report(self, *, delivery_report: bool) -> t.Empty:
        self._delivery_report = delivery_report
        return {}
