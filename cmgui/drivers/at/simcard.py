"""SIM functions: PIN state and attempts, verify/unblock/change/enable/disable, IMSI, ICCID.

PIN policy (see docs/DESIGN rule "the app never retries a PIN"):

* The driver never retries a PIN or PUK by itself and never stores one.
* ``dev_srv_verify_pin`` always sends exactly what the caller gave: it is the user's explicit
  act (typed into a dialog or a script), so it is not second-guessed even with one attempt left.
* Anything *automatic* that might send a PIN (the remembered PIN, :mod:`cmgui.service.
  pin_policy`) reads the attempts left first and decides there; this driver has no such code.

A wrong code is reported as ``0x100K_63CX`` with X the attempts left *as read from the SIM
after the failure* (never computed), ``6983`` once none are left. Modems that answer a wrong
code with a bare ``ERROR`` (or a code of their own) are caught by reading the attempts before
and after: fewer afterwards means the code was wrong, and it is reported as such. Any other
failure carries the attempts read afterwards in ``data["attemptsLeft"]`` when the SIM tells.
"""

from __future__ import annotations

from collections.abc import Callable

from cmgui.at.commands import identity, sim
from cmgui.at.commands.sim import PinRetries
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind, pin_error
from cmgui.service.events import PINPUKStatus

from .core import AtDeviceCore
from .errors import at_failure, pin_failure

_PIN_STATE: dict[str, t.PINState] = {
    "READY": "ready",
    "SIM PIN": "PINRequired",
    "SIM PUK": "PUKRequired",
    "SIM PIN2": "PIN2Required",
    "SIM PUK2": "PUK2Required",
    "PH-SIM PIN": "phoneToSIMPINRequired",
    "PH-NET PIN": "networkPINRequired",
    "NOT INSERTED": "SIMAbsent",
}
#: +CME codes that mean "wrong code" and "the code is now blocked" for PIN-bearing commands.
_WRONG = 16
_BLOCKED = (12, 262)


class SimFeatures(AtDeviceCore):
    """PIN/PUK management and subscriber identity."""

    async def pin_code(self) -> str:
        """The +CPIN? code (``READY``, ``SIM PIN``...), or a pseudo-code for absent/blocked."""
        result = await self._exchange(sim.cpin_query(), None, "general")
        if not result.ok:
            error = result.error
            code = error.code if error is not None else None
            if code == 10:
                return "NOT INSERTED"
            if code in (262, 13, 15):
                return "BLOCKED"
            raise at_failure(result)
        try:
            return sim.parse_cpin(result)
        except AtParseError:
            return "UNKNOWN"

    async def pin_retries(self) -> PinRetries:
        """Attempts left without spending one: the vendor command, then +CPINR."""
        queries: list[tuple[AtCommand | None, Callable[[AtResult], PinRetries]]] = [
            (self.vendor.pin_retries_query(), self.vendor.parse_pin_retries),
            (sim.cpinr(), sim.parse_cpinr),
        ]
        for command, parse in queries:
            if command is None:
                continue
            result = await self.try_run(command)
            if result is None:
                continue
            try:
                return parse(result)
            except AtParseError:
                continue
        return PinRetries()

    def _state(self, code: str) -> t.PINState:
        if code == "BLOCKED":
            return "blocked"
        return _PIN_STATE.get(code, "unknown")

    async def information_get_pin_status(self) -> t.PINStatus:
        code = await self.pin_code()
        state = self._state(code)
        retries = PinRetries() if state in ("SIMAbsent", "blocked") else await self.pin_retries()
        enabled = True
        if state == "ready":
            result = await self.try_run(sim.clck_query())
            if result is not None:
                try:
                    enabled = sim.parse_clck(result)
                except AtParseError:
                    enabled = True
        pin1: t.PINStatusEntry = {"PINType": "PIN1", "PINState": state, "enabled": enabled}
        if retries.pin1 is not None:
            pin1["attemptsLeft"] = retries.pin1
        entries = [pin1]
        if retries.puk1 is not None:
            puk_state: t.PINState = "blocked" if retries.puk1 == 0 else (
                "PUKRequired" if state == "PUKRequired" else "ready")
            entries.append({"PINType": "PUK1", "PINState": puk_state, "enabled": True,
                            "attemptsLeft": retries.puk1})
        return {"PINStatusListElements": len(entries), "PINStatusList": entries}

    async def _publish_pin_status(self) -> None:
        code = await self.pin_code()
        retries = await self.pin_retries()
        self.publish(PINPUKStatus(pin_state=self._state(code), pin_attempts_left=retries.pin1,
                                  puk_attempts_left=retries.puk1))

    async def _pin_command(self, build: Callable[[], AtCommand], kind: PinErrorKind,
                           puk: bool = False) -> None:
        """Send a PIN-bearing command once; translate a wrong code with the attempts left."""
        try:
            command = build()
        except ValueError as exc:
            raise pin_error(PinErrorKind.INVALID_PARAMETERS,
                            data={"reason": str(exc)}) from exc
        before = await self.pin_retries()
        result = await self._exchange(command, None, "general")
        if result.ok:
            self.spawn(self._publish_pin_status())
            self.spawn(self._after_unlock())
            return
        error = result.error
        code = error.code if error is not None and error.kind == "cme" else None
        retries = await self.pin_retries()  # re-read before anything else
        left = retries.puk1 if puk else retries.pin1
        was = before.puk1 if puk else before.pin1
        self.spawn(self._publish_pin_status())
        if code == _WRONG or (code not in _BLOCKED and left is not None and was is not None
                              and left < was):
            raise pin_failure(kind, left, result.final)
        if code in _BLOCKED and not puk:
            blocked = (PinErrorKind.OLD_PIN_BLOCKED if kind is PinErrorKind.WRONG_OLD_PIN
                       else PinErrorKind.PIN_BLOCKED)
            raise pin_error(blocked, 0x6983, data={"modem": result.final,
                                                   "reason": "the PUK is needed"})
        if code in _BLOCKED and puk:
            raise pin_error(PinErrorKind.PUK_BLOCKED, 0x6983, data={"modem": result.final})
        failure = at_failure(result)
        if left is not None and isinstance(failure.data, dict):
            failure.data["attemptsLeft"] = left
        raise failure

    @staticmethod
    def _check_type(pin_type: str, allowed: tuple[str, ...] = ("PIN1",)) -> None:
        if pin_type not in allowed:
            raise CmapiError(ErrorCode.INVALID_PIN_TYPE,
                             data={"reason": f"{pin_type} is not supported here"})

    async def dev_srv_verify_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_type(pin_type, ("PIN1", "PIN2"))
        await self._pin_command(lambda: sim.cpin_enter(pin), PinErrorKind.WRONG_PIN)
        return {}

    async def dev_srv_unblock_pin(self, *, puk: str, new_pin: str,
                                  pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_type(pin_type, ("PIN1", "PUK1", "PIN2", "PUK2"))
        await self._pin_command(lambda: sim.cpin_enter(puk, new_pin), PinErrorKind.WRONG_PUK,
                                puk=True)
        return {}

    async def dev_srv_change_pin(self, *, old_pin: str, new_pin: str,
                                 pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_type(pin_type, ("PIN1", "PIN2"))
        facility = "P2" if pin_type == "PIN2" else "SC"
        await self._pin_command(lambda: sim.cpwd(old_pin, new_pin, facility),
                                PinErrorKind.WRONG_OLD_PIN)
        return {}

    async def dev_srv_enable_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_type(pin_type)
        await self._pin_command(lambda: sim.clck_set(True, pin), PinErrorKind.WRONG_PIN)
        return {}

    async def dev_srv_disable_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_type(pin_type)
        await self._pin_command(lambda: sim.clck_set(False, pin), PinErrorKind.WRONG_PIN)
        return {}

    async def dev_srv_get_naa_available(self) -> t.NAAList:
        code = await self.pin_code()
        if code == "NOT INSERTED":
            return {"NAAListElements": 0, "NAAList": []}
        return {"NAAListElements": 1, "NAAList": [{"NAAName": "USIM", "label": "SIM"}]}

    # --- subscriber identity ------------------------------------------------------------------

    async def dev_srv_get_imsi(self) -> t.IMSIResult:
        return {"IMSI": await self.parsed(identity.cimi(), identity.parse_imsi)}

    async def dev_srv_get_msisdn(self) -> t.MSISDNResult:
        numbers = await self.parsed(identity.cnum(), identity.parse_cnum)
        for number in numbers:
            if number.number:
                return {"MSISDN": number.number}
        raise CmapiError(ErrorCode.INFO_DATA_NOT_PRESENT,
                         data={"reason": "the SIM does not store its own number"})

    async def information_get_iccid(self) -> t.ICCIDResult:
        """+CCID, then the vendor's command, then READ BINARY of EF_ICCID (nibble-swapped)."""
        attempts: list[tuple[AtCommand, Callable[[AtResult], str]]] = [
            (identity.ccid(), identity.parse_iccid)]
        if self.vendor.name != "generic":
            attempts.append((self.vendor.iccid_query(), self.vendor.parse_iccid))
        attempts.append((sim.crsm_read_iccid(), sim.parse_crsm_iccid))
        for command, parse in attempts:
            result = await self.try_run(command)
            if result is None:
                continue
            try:
                return {"ICCID": parse(result)}
            except AtParseError:
                continue
        raise CmapiError(ErrorCode.INFO_DATA_NOT_PRESENT,
                         data={"reason": "the modem does not report the SIM's ICCID"})
