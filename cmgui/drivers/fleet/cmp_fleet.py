"""The CMP platform behind the fleet seam: every request signed, envelopes unwrapped."""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from cmgui.drivers.fleet import cmp
from cmgui.drivers.fleet.client import PlatformClient
from cmgui.drivers.fleet.http import Request, as_dict, as_list, text
from cmgui.drivers.fleet.pacing import Pacing
from cmgui.drivers.fleet.signing import HmacSigner, RsaSigner, Signer
from cmgui.drivers.fleet.units import CMP_TZ, cmp_datetime
from cmgui.service.fleet import (
    Cdr,
    Fleet,
    Package,
    PackageOffer,
    PlatformError,
    Sim,
    SimDetails,
    SimFilter,
    StatusChange,
    UnknownSim,
    UsageBucket,
)
from cmgui.service.fleet_accounts import PRIVATE_KEY, FleetAccount
from cmgui.service.fleet_tables import RATE_LIMITS

#: Above this many SIMs, a lookup pages through every device instead of asking one by one.
LOOKUP_BY_PAGES = 50


class CmpFleet(Fleet):
    """``cmp+https://HOST[:PORT]``, requests signed with RSA (default) or HMAC-SHA1."""

    platform = "cmp"

    def __init__(self, account: FleetAccount, secret: str, *,
                 client: PlatformClient | None = None,
                 wall_clock: Callable[[], float] = time.time,
                 nonce: Callable[[], int] | None = None,
                 page_size: int = cmp.PAGE_SIZE) -> None:
        super().__init__(account.name)
        self.address = cmp.parse_address(account.url)
        self.signer: Signer = (RsaSigner(account.key_id, secret)
                               if account.secret_name == PRIVATE_KEY
                               else HmacSigner(account.key_id, secret))
        self.client = client or PlatformClient(pacing=Pacing(RATE_LIMITS["cmp"]))
        self.client.authorize = self._sign
        self._wall = wall_clock
        self._nonce = nonce or (lambda: random.randrange(1, 2**31))
        self._serial = random.randrange(10**8)
        self._spelling = "bind"
        self.page_size = page_size

    async def close(self) -> None:
        await self.client.aclose()
        await super().close()

    def _now_ms(self) -> int:
        return int(self._wall() * 1000)

    def _today(self) -> date:
        return datetime.fromtimestamp(self._wall(), CMP_TZ).date()

    async def _sign(self, request: Request) -> Request:
        return self.signer.sign(request, timestamp_ms=self._now_ms(), nonce=self._nonce())

    async def _call(self, request: Request, what: str) -> Any:
        return cmp.envelope(await self.client.send(request), what)

    async def _pages(self, build: Callable[[int], Request], what: str,
                     rows: Callable[[Any], list[Any]]) -> AsyncIterator[Any]:
        """Every row of a paged listing, whichever of the three page shapes it uses."""
        number, seen = 1, 0
        while True:
            data = await self._call(build(number), what)
            got = rows(data)
            seen += len(got)
            for row in got:
                yield row
            if not cmp.page_info(data, number).more(seen, len(got), self.page_size):
                return
            number += 1

    # --- SIMs ------------------------------------------------------------------------------

    async def sims(self, where: SimFilter | None = None) -> AsyncIterator[Sim]:
        async for device in self._pages(
                lambda n: cmp.query_batch_device(self.address, n, self.page_size),
                "listing the SIMs",
                lambda d: as_list(as_dict(d).get("device"))):
            sim = cmp.parse_device(as_dict(device))
            if where is None or where.matches(sim):
                yield sim

    async def _device(self, iccid: str) -> dict[str, Any]:
        try:
            data = await self._call(cmp.query_device(self.address, iccid, self._now_ms()),
                                    "reading the SIM")
        except PlatformError as err:
            if cmp.is_unknown_device(err):
                raise UnknownSim(iccid, self.platform) from None
            raise
        device = as_dict(data)
        if not device:
            raise UnknownSim(iccid, self.platform)
        return device

    async def _current(self, iccid: str) -> Sim:
        return cmp.parse_device(await self._device(iccid))

    async def lookup(self, iccids: Iterable[str]) -> dict[str, Sim]:
        wanted = list(dict.fromkeys(i.strip() for i in iccids if i.strip()))
        if len(wanted) <= LOOKUP_BY_PAGES:
            return await super().lookup(wanted)
        remaining = set(wanted)
        found: dict[str, Sim] = {}
        async for sim in self.sims():
            if sim.iccid in remaining:
                found[sim.iccid] = sim
                remaining.discard(sim.iccid)
                if not remaining:
                    break
        return found

    async def sim(self, iccid: str) -> SimDetails:
        device = await self._device(iccid)
        sim = cmp.parse_device(device)
        packages = await self.packages(iccid)
        extra: dict[str, str] = {}
        lifecycle = text(device.get("lifecycle"))
        if lifecycle:
            extra["lifecycle"] = f"{lifecycle} ({cmp.LIFECYCLE.get(lifecycle, 'unknown')})"
        for key in ("lifecycle_start_time", "lifecycle_end_time", "ota_flag", "bip_flag",
                    "multiImsi_flag"):
            if text(device.get(key)):
                extra[key] = text(device.get(key))
        if sim.imsi:
            # the session record is a nicety; the SIM's details stand without it
            with contextlib.suppress(PlatformError):
                extra |= cmp.parse_latest_cdr(await self._call(
                    cmp.query_latest_cdr(self.address, sim.imsi), "reading the latest session"))
        seen = cmp_datetime(extra.get("lastActivity"))
        if seen is not None:
            sim = replace(sim, last_seen=seen)
        return SimDetails(sim, {}, tuple(packages), tuple(_buckets(packages)), extra)

    # --- status: pause and restart the SIM's order -----------------------------------------

    async def _order(self, iccid: str, status: str) -> str:
        data = await self._call(cmp.query_order(self.address, device_id=iccid,
                                                order_status=status), "reading the orders")
        for order in as_list(as_dict(data).get("package_order")):
            order = as_dict(order)
            if cmp.order_status_code(order) in ("", status):
                code = text(cmp.field(order, "orderCode", "order_code", "order_id"))
                if code:
                    return code
        return ""

    async def _apply_status(self, sim: Sim, target: str) -> StatusChange:
        if target == "SUSPENDED":
            order = await self._order(sim.platform_id or sim.iccid, "2")
            if not order:
                raise PlatformError("the SIM has no started order to pause")
            await self._call(cmp.pause_service(self.address, sim.platform_id or sim.iccid,
                                               order), "pausing the order")
        else:
            order = await self._order(sim.platform_id or sim.iccid, "5")
            if not order:
                raise PlatformError("the SIM has no paused order to restart")
            await self._call(cmp.restart_service(self.address, sim.platform_id or sim.iccid,
                                                 order), "restarting the order")
        return StatusChange(sim.iccid, sim.status, target, True, detail=f"order {order}")

    # --- usage, CDRs -----------------------------------------------------------------------

    async def usage(self, iccid: str) -> list[UsageBucket]:
        return _buckets(await self.packages(iccid))

    async def cdrs(self, iccid: str, start: date | None = None,
                   end: date | None = None) -> list[Cdr]:
        first, last = cmp.cdr_range(start, end, self._today())
        records: list[Cdr] = []
        async for row in self._pages(
                lambda n: cmp.sim_cdr(self.address, iccid, first, last, n, self.page_size),
                "reading the CDRs",
                lambda d: as_list(as_dict(d).get("data"))):
            records.extend(cmp.parse_data_cdrs({"data": [row]}, iccid))
        async for row in self._pages(
                lambda n: cmp.query_sms_cdr(self.address, iccid, first, last, n,
                                            self.page_size),
                "reading the SMS CDRs", lambda d: as_list(as_dict(d).get("data"))):
            records.extend(cmp.parse_sms_cdrs({"data": [row]}, iccid))
        far_past = datetime.min.replace(tzinfo=UTC)
        records.sort(key=lambda c: c.start or far_past, reverse=True)
        return records

    # --- SMS -------------------------------------------------------------------------------

    async def send_sms(self, iccid: str, text_: str) -> str:
        self._serial += 1
        msg_id = cmp.new_msg_id(datetime.fromtimestamp(self._wall(), UTC), self._serial)
        await self._call(cmp.send_sms(self.address, [(iccid, msg_id)], text_),
                         "sending the SMS")
        return msg_id

    async def sms_status(self, iccid: str, msg_id: str = "") -> list[dict[str, Any]]:
        data = await self._call(cmp.query_mt_status(self.address, iccid, msg_id),
                                "reading the SMS status")
        return cmp.parse_mt_status(data)

    # --- packages --------------------------------------------------------------------------

    async def packages(self, iccid: str) -> list[Package]:
        return [cmp.parse_order(as_dict(o)) async for o in self._pages(
            lambda n: cmp.query_order(self.address, device_id=iccid, page_no=n,
                                        page_size=self.page_size),
            "reading the packages", lambda d: as_list(as_dict(d).get("package_order")))]

    async def package_catalogue(self) -> list[PackageOffer]:
        return [cmp.parse_offer(as_dict(p)) async for p in self._pages(
            lambda n: cmp.sync_packages(self.address, n, self.page_size),
            "reading the package catalogue",
            lambda d: as_list(as_dict(d).get("package")))]

    async def order_packages(self, iccids: list[str], offer: PackageOffer, *,
                             periods: int = 1, open_now: bool = False) -> dict[str, str]:
        data = await self._call(cmp.batch_order_packages(
            self.address, iccids, offer, periods=periods, open_now=open_now),
            "ordering the package")
        out: dict[str, str] = {}
        for row in as_list(as_dict(data).get("device_order")):
            row = as_dict(row)
            error = text(cmp.field(row, "error", "Error"))
            device = text(cmp.field(row, "device_id", "Device_id"))
            out[device] = text(row.get("order_id")) if error in ("", cmp.OK_CODE) else (
                "error: " + (text(cmp.field(row, "errorMsg", "ErrorMsg")) or error))
        return out

    async def open_package(self, order_id: str) -> Package | None:
        data = as_dict(await self._call(cmp.open_package(self.address, order_id),
                                        "opening the package"))
        return cmp.parse_order(data | {"orderCode": order_id,
                                       "activeDate": data.get("order_start_date"),
                                       "expireDate": data.get("order_expire_date")})

    async def cancel_package(self, order_id: str) -> None:
        await self._call(cmp.cancel_package(self.address, order_id), "cancelling the package")

    async def end_package(self, order_id: str, cause: str) -> None:
        await self._call(cmp.ahead_finish(self.address, order_id, cause),
                         "ending the package early")

    # --- devices: IMEI binding (both spellings) --------------------------------------------

    async def _either_spelling(self, build: Callable[[str], Request], what: str) -> Any:
        """Newer platforms spell ``bind``, the seed ``bound``: try the one that worked last."""
        order = [self._spelling, "bound" if self._spelling == "bind" else "bind"]
        for spelling in order:
            response = await self.client.send(build(spelling))
            if response.status == 404 and spelling == order[0]:
                continue
            self._spelling = spelling
            return cmp.envelope(response, what)
        raise PlatformError(f"{what}: the platform offers neither spelling")  # pragma: no cover

    async def bind_imei(self, iccid: str, imei: str, *, bind: bool = True) -> None:
        await self._either_spelling(
            lambda s: cmp.bind_device(self.address, iccid, imei, bind=bind, spelling=s),
            "binding the IMEI" if bind else "unbinding the IMEI")

    async def binding_history(self, iccid: str) -> list[dict[str, Any]]:
        data = await self._either_spelling(
            lambda s: cmp.binding_history(self.address, iccid, spelling=s),
            "reading the binding history")
        out = []
        for row in as_list(data):
            row = as_dict(row)
            out.append({"ICCID": text(row.get("iccid")), "IMEI": text(row.get("imei")),
                        "track": text(row.get("track")), "user": text(row.get("operUser")),
                        "time": text(row.get("createTime"))})
        return out


def _buckets(packages: list[Package]) -> list[UsageBucket]:
    """Usage per package that is running (used against the package's flow)."""
    out = []
    for package in packages:
        if package.status not in (cmp.ORDER_STATUS["2"], cmp.ORDER_STATUS["5"]):
            continue
        period = "/".join(d.isoformat() for d in (package.active_from, package.expires) if d)
        out.append(UsageBucket(package.name or package.code, package.used_bytes or 0,
                               package.flow_bytes or None, period, kind="package"))
    return out

