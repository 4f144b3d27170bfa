"""PDP authentication in the vendor dialects: SIMCom ``+CGAUTH`` (password before user name),
Telit ``#PDPAUTH`` and u-blox ``+UAUTHREQ`` (user name first), each with its own auth codes.

A command is checked as the real firmware would: a known cid and auth code, at most the two
strings, credentials only with an authentication protocol; what it sets is kept in
:attr:`DataService.auth` so a test can see which string arrived as the password.
"""

from __future__ import annotations

from . import errors
from .data import DataService, PdpAuth
from .session import Command, Handler, Result, Session, SyntaxFailure

_PAP_CHAP = {0: "none", 1: "PAP", 2: "CHAP"}


def make_auth(name: str, protocols: dict[int, str], *, password_first: bool) -> Handler:
    """A handler for ``<name>=<cid>,<auth>[,<a>[,<b>]]``: (a, b) is (password, user) when
    ``password_first``, else (user, password)."""
    codes = {v: k for k, v in protocols.items()}

    def handler(s: Session, c: Command) -> Result:
        data = s.model.data
        if c.op == "?":
            return [f"{name}: {cid},{codes[a.protocol]}"
                    for cid, a in sorted(data.auth.items())]
        if c.op == "=?":
            return [f"{name}: (1-{DataService.MAX_CID}),(0-{max(protocols)}),,"]
        if c.op != "=":
            raise SyntaxFailure(c.name)
        args = c.args
        if len(args) > 4:
            raise errors.cme(errors.BAD_PARAMS)
        cid = c.int_arg(0)
        protocol = protocols.get(c.int_arg(1, 0))
        if protocol is None:
            raise errors.cme(errors.BAD_PARAMS)
        first, second = c.str_arg(2, ""), c.str_arg(3, "")
        user, password = (second, first) if password_first else (first, second)
        if protocol == "none" and (user or password):
            raise errors.cme(errors.BAD_PARAMS)  # credentials that would never be used
        data.set_auth(cid, PdpAuth(protocol, user, password))
        return []

    return handler


SIMCOM: dict[str, Handler] = {"+CGAUTH": make_auth("+CGAUTH", _PAP_CHAP, password_first=True)}
TELIT: dict[str, Handler] = {"#PDPAUTH": make_auth("#PDPAUTH", _PAP_CHAP, password_first=False)}
UBLOX: dict[str, Handler] = {
    "+UAUTHREQ": make_auth("+UAUTHREQ", {**_PAP_CHAP, 3: "PAPOrCHAP"}, password_first=False)}
