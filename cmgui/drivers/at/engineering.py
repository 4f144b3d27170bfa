"""The serving cell of a modem of unknown make, from the engineering-mode command it may answer.

3GPP defines no command for the band, the channel (EARFCN, UARFCN, NR-ARFCN) or the LTE SINR.
Many modems that report an unknown manufacturer are Quectel modules sold under another name, and
they answer ``AT+QENG="servingcell"``; so a generic modem is asked that, and a modem that refuses
it is not asked again (``try_run`` remembers a command the modem does not know; one garbled answer
stops the asking too).
"""

from __future__ import annotations

import logging

from cmgui.at.errors import AtParseError
from cmgui.at.vendors import quectel
from cmgui.at.vendors.quectel import ServingCell

from .core import AtDeviceCore

log = logging.getLogger(__name__)


class EngineeringCellFeatures(AtDeviceCore):
    """``_engineering_cell()`` for the RF information and the signal of a generic modem."""

    #: Set once the modem garbled +QENG: never asked again.
    _engineering_refused = False

    async def _engineering_cell(self) -> ServingCell | None:
        """The serving cell per +QENG="servingcell" (generic modems only), or None."""
        if self.vendor.name != "generic" or self._engineering_refused:
            return None
        result = await self.try_run(quectel.qeng_servingcell())
        if result is None:
            return None
        try:
            return quectel.parse_qeng_servingcell(result)
        except AtParseError as exc:
            log.info("%s: unreadable +QENG: %s", self.address, exc)
            self._engineering_refused = True
            return None
