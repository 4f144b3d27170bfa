"""QoS of the active contexts: ``CMAPI_Information_GetQoS`` from TS 27.007 ``+CGEQOSRDP`` (what
the network granted), else ``+CGEQOS?`` (what was asked for) on modems without it."""

from __future__ import annotations

from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.fields import opt_int, split_fields
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

from .core import AtDeviceCore

_RATE_KEYS = ("downlinkGBR", "uplinkGBR", "downlinkMBR", "uplinkMBR", "downlinkAMBR",
              "uplinkAMBR")


def parse_qos_lines(result: AtResult, prefix: str) -> list[t.QoSParameters]:
    """``<cid>,<QCI>[,<DL_GBR>,<UL_GBR>[,<DL_MBR>,<UL_MBR>[,<DL_AMBR>,<UL_AMBR>]]]`` lines;
    empty fields (a non-GBR bearer's rates) are left out; unreadable lines are skipped."""
    out: list[t.QoSParameters] = []
    for payload in result.prefixed(prefix):
        fields = split_fields(payload)
        try:
            cid, qci = opt_int(fields[0], "cid"), opt_int(fields[1], "QCI")
        except (IndexError, ValueError):
            continue
        if cid is None or qci is None:
            continue
        entry: t.QoSParameters = {"contextId": cid, "QCI": qci}
        for key, field in zip(_RATE_KEYS, fields[2:], strict=False):
            try:
                value = opt_int(field, key)
            except ValueError:
                value = None
            if value is not None:
                entry[key] = value  # type: ignore[literal-required]
        out.append(entry)
    return out


class QosFeatures(AtDeviceCore):
    """CMAPI_Information_GetQoS."""

    async def information_get_qos(self) -> t.QoSResult:
        self._live_port()
        granted = await self.try_run(AtCommand("AT+CGEQOSRDP",
                                               response_prefixes=("+CGEQOSRDP:",)))
        if granted is not None:
            entries = parse_qos_lines(granted, "+CGEQOSRDP:")
        else:
            asked = await self.try_run(AtCommand("AT+CGEQOS?", response_prefixes=("+CGEQOS:",)))
            if asked is None:
                raise CmapiError(ErrorCode.QOS_UNSUPPORTED, data={
                    "reason": "the modem reports no QoS (+CGEQOSRDP, +CGEQOS)"})
            entries = parse_qos_lines(asked, "+CGEQOS:")
        if not entries:
            raise CmapiError(ErrorCode.NOT_CONNECTED,
                             data={"reason": "no context is active, so there is no QoS"})
        return {"QoSListElements": len(entries), "QoSList": entries}
