"""USSD applications of the virtual network: a balance, a menu, a code that never answers."""

from __future__ import annotations

from dataclasses import dataclass

# <m> values of +CUSD (TS 27.007 §7.15).
M_DONE = 0
M_ACTION = 1
M_TERMINATED = 2
M_NOT_SUPPORTED = 4

BALANCE_CODE = "*100#"
MENU_CODE = "*123#"
NUMBER_CODE = "*#100#"
SILENT_CODE = "*999#"


@dataclass(frozen=True)
class UssdReply:
    m: int
    text: str = ""


_MENUS: dict[str, str] = {
    "main": "Virtual Telecom\n1. Balance\n2. Data offers\n0. Exit",
    "offers": "Data offers\n1. 1 GB for 5.00 EUR\n2. 5 GB for 15.00 EUR\n9. Back",
}


class UssdService:
    """Network side of USSD sessions; ``request`` returns the reply or None (no answer)."""

    def __init__(self, msisdn: str, balance_cents: int = 1234) -> None:
        self.msisdn = msisdn
        self.balance_cents = balance_cents
        self.menu: str | None = None

    @property
    def in_session(self) -> bool:
        return self.menu is not None

    def _balance(self) -> str:
        return f"Your balance is {self.balance_cents // 100}.{self.balance_cents % 100:02d} EUR."

    def cancel(self) -> None:
        self.menu = None

    def request(self, text: str) -> UssdReply | None:
        text = text.strip()
        if self.menu is not None:
            return self._answer(self.menu, text)
        if text == BALANCE_CODE:
            return UssdReply(M_DONE, self._balance())
        if text == NUMBER_CODE:
            return UssdReply(M_DONE, f"Your number is {self.msisdn}.")
        if text == MENU_CODE:
            self.menu = "main"
            return UssdReply(M_ACTION, _MENUS["main"])
        if text == SILENT_CODE:
            return None
        return UssdReply(M_NOT_SUPPORTED)

    def _show(self, menu: str) -> UssdReply:
        self.menu = menu
        return UssdReply(M_ACTION, _MENUS[menu])

    def _final(self, text: str) -> UssdReply:
        self.menu = None
        return UssdReply(M_DONE, text)

    def _buy(self, gigabytes: int, cents: int) -> UssdReply:
        if self.balance_cents < cents:
            return self._final("Insufficient balance. " + self._balance())
        self.balance_cents -= cents
        return self._final(f"{gigabytes} GB activated. " + self._balance())

    def network_request(self, text: str) -> UssdReply:
        """A network-initiated request (m=1): the next user answer closes it."""
        self.menu = "network"
        return UssdReply(M_ACTION, text)

    def _answer(self, menu: str, choice: str) -> UssdReply:
        if menu == "network":
            return self._final("Thank you for your answer.")
        if menu == "main":
            if choice == "1":
                return self._final(self._balance())
            if choice == "2":
                return self._show("offers")
            if choice == "0":
                return self._final("Goodbye.")
        else:
            if choice == "1":
                return self._buy(1, 500)
            if choice == "2":
                return self._buy(5, 1500)
            if choice == "9":
                return self._show("main")
        return UssdReply(M_ACTION, "Invalid choice.\n" + _MENUS[menu])
