"""The gateway over HTTP(S) with httpx: every API call as a coroutine, errors in the user's terms.

Authentication (:class:`GatewayAuth`) answers each request's own challenge: the request goes out,
a 401 brings the server's nonce, the request goes again with a Digest computed for it alone (nonce
count 1, a fresh client nonce). No state is shared between requests, so any number may run at
once (httpx's ``DigestAuth`` keeps the last challenge and a nonce counter on the instance, which
concurrent requests share and race on). Basic is used only if the gateway offers nothing else,
and then only over TLS unless the user allowed it (:func:`.protocol.digest.choose`).

Everything that goes wrong becomes a :class:`CmapiError` whose reason a user can act on: the
gateway cannot be reached, refused the password, presented another certificate (both
fingerprints named), answered an error code (its meaning for that call), or sent something that
is not what the API describes.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Callable, Generator, Sequence
from typing import Any, TypeVar

import httpx

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.gateway import tls
from cmgui.drivers.gateway.address import GatewayAddress
from cmgui.drivers.gateway.credentials import Credentials
from cmgui.drivers.gateway.protocol import requests as rq
from cmgui.drivers.gateway.protocol import responses as rs
from cmgui.drivers.gateway.protocol.digest import (
    AuthError,
    basic_header,
    choose,
    digest_header,
    digest_response,
    new_cnonce,
    parse_challenges,
)
from cmgui.drivers.gateway.protocol.tolerant import GatewayProtocolError

log = logging.getLogger(__name__)
T = TypeVar("T")

CONNECT_TIMEOUT = 10.0
#: A gateway answers within seconds; a busy one (a bulk send in progress) may take longer.
READ_TIMEOUT = 30.0
#: Embedded web servers handle few connections at once.
MAX_CONNECTIONS = 4

#: CMAPI code for an API ``error_code``.
API_ERRORS: dict[int, ErrorCode] = {
    400: ErrorCode.INVALID_PARAMETER, 401: ErrorCode.AUTHENTICATION_FAILED,
    404: ErrorCode.INVALID_PARAMETER, 413: ErrorCode.INVALID_PARAMETER, 486: ErrorCode.BUSY,
    500: ErrorCode.FATAL, 503: ErrorCode.NO_SERVICE, 550: ErrorCode.BUSY,
}


class GatewayAuth(httpx.Auth):
    """Answers the gateway's challenge of each request; see the module docstring."""

    requires_request_body = True  # qop=auth-int hashes the body

    def __init__(self, credentials: Credentials, *, secure: bool,
                 allow_basic_over_http: bool = False) -> None:
        self.credentials = credentials
        self.secure = secure
        self.allow_basic_over_http = allow_basic_over_http

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield request
        if response.status_code != 401:
            return
        challenges = parse_challenges(response.headers.get_list("www-authenticate"))
        challenge = choose(challenges, secure=self.secure,
                           allow_basic_over_http=self.allow_basic_over_http)
        user, password = self.credentials.user, self.credentials.password
        if challenge.scheme == "basic":
            request.headers["Authorization"] = basic_header(user, password)
        else:
            uri = request.url.raw_path.decode("ascii")
            members = digest_response(challenge, method=request.method, uri=uri, user=user,
                                      password=password, cnonce=new_cnonce(), nc=1,
                                      body=request.content)
            request.headers["Authorization"] = digest_header(members)
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.auth_flow(request)
        request = next(flow)
        while True:
            response = yield request
            try:
                request = flow.send(response)
            except StopIteration:
                return


class GatewayClient:
    """One gateway's API. ``transport`` replaces the network (tests)."""

    def __init__(
        self, address: GatewayAddress, credentials: Credentials | None = None, *,
        fingerprint: str = "", allow_basic_over_http: bool = False,
        read_timeout: float = READ_TIMEOUT, transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.address = address
        self.credentials = credentials
        self.pin: tls.PinnedContext | None = None
        verify: Any = True
        if address.secure:
            if fingerprint:
                self.pin = tls.PinnedContext(fingerprint)
                verify = self.pin.context
            else:
                verify = tls.system_context()
        auth = GatewayAuth(credentials, secure=address.secure,
                           allow_basic_over_http=allow_basic_over_http) if credentials else None
        self._http = httpx.AsyncClient(
            base_url=address.base_url, auth=auth, verify=verify, trust_env=False,
            timeout=httpx.Timeout(read_timeout, connect=CONNECT_TIMEOUT),
            limits=httpx.Limits(max_connections=MAX_CONNECTIONS,
                                max_keepalive_connections=MAX_CONNECTIONS),
            transport=transport, follow_redirects=False)
        self.requests_sent = 0
        #: The gateway's serial number, from the last answer that carried one ("" before).
        self.serial = ""

    @property
    def gateway(self) -> str:
        return self.address.gateway

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> GatewayClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- one request ---------------------------------------------------------------------------

    async def raw(self, request: rq.Request) -> bytes:
        """Send ``request``; the body of a 2xx answer (or of an error answer that carries an
        API ``error_code``, for the parser to explain). CmapiError for everything else."""
        headers = {"Content-Type": "application/json"} if request.body is not None else {}
        self.requests_sent += 1
        try:
            response = await self._http.request(request.method, request.target,
                                                content=request.body, headers=headers)
        except AuthError as err:
            raise CmapiError(ErrorCode.AUTHENTICATION_FAILED, data={
                "reason": f"{self.gateway}: {err}"}) from None
        except httpx.HTTPError as exc:
            raise await self._transport_error(exc) from None
        body = response.content
        if serial := rs.serial_number(body[:4096]):
            self.serial = serial
        if response.status_code == 401:
            raise self._refused()
        if response.is_success:
            return body
        if response.status_code == 404 and b"error" not in body.lower():
            raise CmapiError(ErrorCode.NOT_SUPPORTED, data={
                "reason": f"{self.gateway} has no {request.path}: is the new-version API "
                          "turned on (Mobile Configuration → Basic Configuration)?"})
        if b"error" in body.lower():
            return body  # an API error code in a non-2xx answer: the parser explains it
        raise CmapiError(ErrorCode.FATAL, data={
            "reason": f"{self.gateway} answered {request.path} with HTTP "
                      f"{response.status_code} {response.reason_phrase}".rstrip()})

    async def call(self, request: rq.Request, parse: Callable[[bytes], T]) -> T:
        """Send ``request`` and parse its answer; API and format errors become CmapiError."""
        body = await self.raw(request)
        try:
            return parse(body)
        except rs.GatewayApiError as err:
            raise CmapiError(API_ERRORS.get(err.code, ErrorCode.FATAL), data={
                "reason": f"{self.gateway}: {err.meaning}", "gatewayError": err.code,
                "call": err.call}) from None
        except GatewayProtocolError as err:
            raise CmapiError(ErrorCode.FATAL, data={
                "reason": f"{self.gateway} sent an answer to {request.name} that cannot be "
                          f"read: {err}"}) from None

    def _refused(self) -> CmapiError:
        if self.credentials is None:
            reason = (f"{self.gateway} wants a user name and password: log in first with "
                      f"cmcli login {self.gateway} --user USER")
        else:
            reason = (f"{self.gateway} refused the password of user "
                      f"{self.credentials.user!r}; log in again with cmcli login "
                      f"{self.gateway} --user USER")
        return CmapiError(ErrorCode.AUTHENTICATION_FAILED, data={"reason": reason})

    async def _transport_error(self, exc: httpx.HTTPError) -> CmapiError:
        mismatch = tls.pin_mismatch(exc)
        if mismatch is None and self.pin is not None and self.pin.check.seen and \
                self.pin.check.seen != self.pin.fingerprint and tls.is_verify_failure(exc):
            mismatch = tls.PinMismatch(self.pin.fingerprint, self.pin.check.seen)
        if mismatch is not None:
            return CmapiError(ErrorCode.AUTHENTICATION_FAILED, data={
                "reason": f"the TLS certificate of {self.gateway} has changed: pinned "
                          f"SHA-256 {tls.display_fingerprint(mismatch.expected)}, presented "
                          f"{tls.display_fingerprint(mismatch.seen)}; if the gateway really "
                          f"has a new certificate, accept it with cmcli login {self.gateway} "
                          "--trust-on-first-use",
                "expected": mismatch.expected, "presented": mismatch.seen})
        if tls.is_verify_failure(exc):
            try:
                seen = await tls.fetch_fingerprint(self.address.hostname,
                                                   self.address.effective_port)
                shown = f"its SHA-256 fingerprint is {tls.display_fingerprint(seen)}; "
            except (OSError, TimeoutError):
                seen, shown = "", ""
            return CmapiError(ErrorCode.AUTHENTICATION_FAILED, data={
                "reason": f"the TLS certificate of {self.gateway} is not trusted (self-signed?); "
                          f"{shown}if that is the gateway's, trust it with cmcli login "
                          f"{self.gateway} --trust-on-first-use (or --fingerprint SHA256)",
                "presented": seen})
        if isinstance(exc, httpx.TimeoutException):
            what = "did not answer in time"
        else:
            what = f"cannot be reached ({_reason(exc)})"
        return CmapiError(ErrorCode.NO_SUCH_DEVICE, data={"reason": f"{self.gateway} {what}"})

    # --- the API -------------------------------------------------------------------------------

    async def port_info(self, ports: Sequence[int] = (),
                        info_types: Sequence[str] = rq.STATE_INFO) -> list[rs.PortInfo]:
        return await self.call(build(rq.get_port_info, ports, info_types), rs.parse_port_info)

    async def set_port(self, port: int, action: str, param: str | None = None,
                       number: str | None = None) -> None:
        await self.call(build(rq.set_port_info, port, action, param, number), rs.parse_set_port)

    async def send_sms(self, text: str, params: Sequence[rq.SmsParam], *,
                       ports: Sequence[int] = (), encoding: str | None = None,
                       status_report: bool | None = None) -> rs.SendAccepted:
        request = build(rq.send_sms, text, params, ports=ports, encoding=encoding,
                              status_report=status_report)
        return await self.call(request, rs.parse_send_sms)

    async def sms_results(self, *, user_ids: Sequence[int] = (), numbers: Sequence[str] = (),
                          ports: Sequence[int] = (),
                          times: rq.TimeRange = rq.NO_TIME) -> list[rs.SmsResult]:
        """Results of the given user ids (or numbers), 32 per query as the API allows."""
        out: list[rs.SmsResult] = []
        if user_ids:
            for part in rq.chunks(list(user_ids), rq.MAX_NUMBERS_PER_QUERY):
                out += await self.call(build(rq.query_sms_result, user_ids=part, ports=ports,
                                                           times=times), rs.parse_sms_results)
            return out
        for part in rq.chunks(list(numbers), rq.MAX_NUMBERS_PER_QUERY) or [[]]:
            out += await self.call(build(rq.query_sms_result, numbers=part, ports=ports,
                                         times=times), rs.parse_sms_results)
        return out

    async def delivery_reports(self, *, numbers: Sequence[str] = (), ports: Sequence[int] = (),
                               times: rq.TimeRange = rq.NO_TIME) -> list[rs.DeliveryReport]:
        out: list[rs.DeliveryReport] = []
        for part in rq.chunks(list(numbers), rq.MAX_NUMBERS_PER_QUERY) or [[]]:
            out += await self.call(build(rq.query_sms_deliver_status, numbers=part, ports=ports,
                                                               times=times),
                                   rs.parse_deliver_status)
        return out

    async def queue(self) -> int:
        return await self.call(build(rq.query_sms_in_queue), rs.parse_queue)

    async def incoming(self, *, after_id: int = 0, flag: str = "all",
                       ports: Sequence[int] = ()) -> rs.IncomingPage:
        request = build(rq.query_incoming_sms, after_id=after_id, flag=flag, ports=ports)
        return await self.call(request, rs.parse_incoming)

    async def stop(self, task_id: int) -> bool:
        return await self.call(build(rq.stop_sms, task_id), rs.parse_stop)

    async def send_ussd(self, ports: Sequence[int], text: str = "", *,
                        cancel: bool = False) -> list[rs.UssdSent]:
        return await self.call(build(rq.send_ussd, ports, text, cancel=cancel), rs.parse_send_ussd)

    async def ussd_replies(self, ports: Sequence[int]) -> list[rs.UssdReply]:
        return await self.call(build(rq.query_ussd_reply, ports), rs.parse_ussd_reply)

    async def cdr(self, *, ports: Sequence[int] = (),
                  times: rq.TimeRange = rq.NO_TIME) -> list[rs.Cdr]:
        return await self.call(build(rq.get_cdr, ports=ports, times=times), rs.parse_cdr)

    async def stk_view(self, port: int) -> rs.StkView:
        return await self.call(build(rq.get_stk_view, port), rs.parse_stk_view)

    async def stk_go(self, port: int, *, item: int | None = None, param: str | None = None,
                     action: str | None = None) -> None:
        request = build(rq.stk_go, port, item=item, param=param, action=action)
        await self.call(request, rs.parse_stk_go)

    async def stk_frame(self, port: int) -> int:
        return await self.call(build(rq.get_stk_frame_id, port), rs.parse_stk_frame)

    async def status(self) -> rs.DeviceStatusInfo:
        return await self.call(build(rq.get_status), rs.parse_status)


def _reason(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    cause = exc.__cause__ or exc.__context__
    if cause is not None and str(cause) and str(cause) not in text:
        text = f"{text}: {cause}"
    return text


def build(builder: Callable[..., rq.Request], *args: Any, **kwargs: Any) -> rq.Request:
    """``builder(*args, **kwargs)``; a request the API would refuse is CMAPI error 2."""
    try:
        return builder(*args, **kwargs)
    except rq.GatewayRequestError as err:
        raise CmapiError(ErrorCode.INVALID_PARAMETER, data={"reason": str(err)}) from None
