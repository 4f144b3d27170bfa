"""The virtual modem: a device model with an AT front end, served on a pty or loopback TCP.

- :mod:`.model` — :class:`VirtualModem` (SIM, radio, SMS, USSD, data, WLAN) on an explicit clock.
- :mod:`.frontend` — :class:`AtFrontEnd`, sans-IO AT interpreter; dialects "generic" (27.007),
  "huawei", "quectel", "sierra" (27.007 with Sierra identity).
- :mod:`.serve` — ``create``, ``serve_tcp``, ``open_pty``, ``start_in_process`` and ``main``
  (``cmcli virtual-modem``).

What the virtual network offers (all configurable through :class:`ModemConfig`):

- SIM PIN ``1234`` (enabled), PUK ``12345678``; 3 PIN tries, 10 PUK tries, then blocked.
- Operators 00101 "Virtual Telecom" (home; GSM/UMTS/LTE/NR), 00102 and 00103 (roaming partners),
  00104 (forbidden). In automatic mode the device camps on LTE.
- SMS to ``+15550100`` is answered "echo: <text>" after 2 s; SMS to ``+99999`` is rejected by the
  network (``+CMS ERROR: 21``); a status report follows 1 s after a send that asked for one.
- USSD ``*100#`` balance (m=0), ``*123#`` menu (m=1; "1"/"2"/"9"/"0"), ``*#100#`` own number,
  ``*999#`` never answers (driver time-outs); network-initiated USSD via ``inject_ussd``.
- APN ``invalid.apn`` is rejected (``+CME ERROR: 134``, SM cause 27 in ``+CEER``/``^NDISSTAT``).
- Phonebooks (+CPBS/+CPBR/+CPBW/+CPBF): "SM" with 250 entries and 14-byte names (GSM
  characters, or 6 in UCS2), pre-filled with Voicemail, Customer care, Balance and Emergency;
  "ME" with 500 entries and 30-character names.
- Serving carriers (:mod:`.cells`): home LTE band 3 (EARFCN 1300/19300), UMTS band I
  (10700/9750), GSM 900 (ARFCN 62), NR n78; roaming partners on LTE band 20 and others. Quectel
  +QNWINFO/+QENG, Huawei ^HFREQINFO/^LTECAT and Sierra !GSTATUS report the same carrier; the
  generic dialect answers +QENG="servingcell" too (a module of unknown make built on a Quectel
  one), so the plain demo modem has a band, a channel and an LTE SINR like a real modem.
- WLAN: ``VirtualModem.wlan`` (:class:`WlanModel`), reachable in-process only.
"""

from .frontend import AtFrontEnd
from .model import ModemConfig, VirtualModem
from .session import DIALECTS
from .wlan import WlanError, WlanModel

__all__ = ["DIALECTS", "AtFrontEnd", "ModemConfig", "VirtualModem", "WlanError", "WlanModel"]
