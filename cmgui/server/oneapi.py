"""GSMA OneAPI Device Capability (seed ``oneapi-device-capability.txt``) on the CMAPI endpoint.

``GET /oneapi/devicecapabilities/{address}/capabilities`` and
``GET /oneapi/{apiVersion}/devicecapabilities/{address}/capabilities`` answer, for the served
device whose MSISDN is the URL-escaped ``tel:`` address::

    {"deviceCapabilities": {"deviceId": IMEI, "name": "Maker Model",
                            "link": {"href": UAPROF_URL, "rel": "UserAgentProfileReference"},
                            "resourceURL": THIS_URL}}

The link points at a small User Agent Profile (RDF) of the device, served at
``/oneapi/uaprof/{deviceId}``. Errors use OneAPI's bodies: 400 SVC0002 for an address that is not
a ``tel:`` URI, 404 SVC0004 when no served device has it (or for an anonymous customer reference,
which this endpoint cannot resolve), 404 SVC0002 for an unknown ``apiVersion`` or path, 405
SVC0001 for any method but GET, 503 SVC0001 when the device cannot answer; 401/403 come from
the same authentication and origin checks as the CMAPI routes.
"""

from __future__ import annotations

import logging
import re
from typing import Any
from xml.sax.saxutils import escape

from aiohttp import web

from cmgui.cmapi.errors import CmapiError
from cmgui.server import oneapi_errors
from cmgui.server.common import ENDPOINT_KEY, JSON, ONEAPI_PREFIX
from cmgui.service.device import Device

log = logging.getLogger(__name__)

#: API versions this endpoint speaks; the unversioned path is the latest.
API_VERSIONS = frozenset({"1", "v1"})
PROFILE_REL = "UserAgentProfileReference"
_VISUAL_SEPARATORS = re.compile(r"[-.() ]")
_TEL = re.compile(r"^\+?[0-9]{3,20}$")


def add_oneapi_routes(app: web.Application) -> None:
    base = ONEAPI_PREFIX.rstrip("/")
    for path in (f"{base}/devicecapabilities/{{address}}/capabilities",
                 f"{base}/{{version}}/devicecapabilities/{{address}}/capabilities"):
        app.router.add_get(path, handle_capabilities)
        app.router.add_route("*", path, _method_not_allowed)
    app.router.add_get(f"{base}/uaprof/{{device_id}}", handle_uaprof)
    app.router.add_route("*", f"{base}/{{tail:.*}}", _not_found)


def _error(status: int, message_id: str, *variables: str,
           headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(status=status, body=oneapi_errors.encode(message_id, *variables),
                        content_type=JSON, headers=headers)


async def _method_not_allowed(request: web.Request) -> web.Response:
    return _error(405, "SVC0001", f"method {request.method} not supported: only GET",
                  headers={"Allow": "GET"})


async def _not_found(request: web.Request) -> web.Response:
    if request.method not in ("GET", "HEAD"):
        return await _method_not_allowed(request)
    return _error(404, "SVC0002", "resource path")


def msisdn_digits(address: str) -> str | None:
    """The number of a ``tel:`` address (``+`` and digits, visual separators removed), or
    None when ``address`` is not one."""
    if not address.lower().startswith("tel:"):
        return None
    number = _VISUAL_SEPARATORS.sub("", address[4:].split(";", 1)[0])
    return number if _TEL.match(number) else None


def _same_number(a: str, b: str) -> bool:
    return a.lstrip("+") == _VISUAL_SEPARATORS.sub("", b).lstrip("+")


async def handle_capabilities(request: web.Request) -> web.Response:
    version = request.match_info.get("version")
    if version is not None and version not in API_VERSIONS:
        return _error(404, "SVC0002", "apiVersion")
    address = request.match_info["address"]
    if address.lower().startswith("acr:"):
        return _error(404, "SVC0004", "address")  # no anonymous customer references here
    number = msisdn_digits(address)
    if number is None:
        return _error(400, "SVC0002", "address")
    endpoint = request.app[ENDPOINT_KEY]
    unavailable = False
    for device_id, device in endpoint.dispatcher.devices.items():
        try:
            msisdn = (await device.dev_srv_get_msisdn())["MSISDN"]
        except CmapiError as err:
            log.debug("device %s: no MSISDN for OneAPI (%s)", device_id, err)
            unavailable = True
            continue
        if msisdn and _same_number(number, msisdn):
            try:
                body = await _capabilities(request, device_id, device)
            except CmapiError as err:
                log.info("device %s cannot tell its capabilities: %s", device_id, err)
                return _error(503, "SVC0001", "the device is not available",
                              headers={"Retry-After": "5"})
            return web.json_response(body)
    if unavailable:
        return _error(503, "SVC0001", "a device could not be asked for its number",
                      headers={"Retry-After": "5"})
    return _error(404, "SVC0004", "address")


async def _capabilities(request: web.Request, device_id: str,
                        device: Device) -> dict[str, Any]:
    imei = (await device.dev_srv_get_imei())["IMEI"]
    root = f"{request.scheme}://{request.host}"
    return {"deviceCapabilities": {
        "deviceId": imei,
        "name": await device_name(device),
        "link": {"href": f"{root}{ONEAPI_PREFIX}uaprof/{device_id}", "rel": PROFILE_REL},
        "resourceURL": f"{root}{request.raw_path.split('?', 1)[0]}",
    }}


async def maker_and_model(device: Device) -> tuple[str, str]:
    """The device's manufacturer and model, or ("", its description) when it cannot tell."""
    try:
        maker = (await device.dev_srv_get_manufacturer_name())["manufacturerName"]
        model = (await device.dev_srv_get_manufacturer_model())["manufacturerModel"]
    except CmapiError:
        return "", (await device.describe())["description"]
    return maker, model


async def device_name(device: Device) -> str:
    """``Maker Model``, or the device's description when it cannot tell."""
    return " ".join(part for part in await maker_and_model(device) if part)


async def handle_uaprof(request: web.Request) -> web.Response:
    """A minimal UAProf (OMA User Agent Profile, RDF/XML) of a served device."""
    endpoint = request.app[ENDPOINT_KEY]
    device = endpoint.dispatcher.devices.get(request.match_info["device_id"])
    if device is None:
        return _error(404, "SVC0002", "deviceId")
    try:
        vendor, model = await maker_and_model(device)
    except CmapiError:
        return _error(503, "SVC0001", "the device is not available",
                      headers={"Retry-After": "5"})
    text = UAPROF.format(vendor=escape(vendor), model=escape(model))
    return web.Response(text=text, content_type="application/rdf+xml")


UAPROF = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:prf="http://www.openmobilealliance.org/tech/profiles/UAPROF/ccppschema-20021212#">
  <rdf:Description rdf:ID="Profile">
    <prf:component>
      <rdf:Description rdf:ID="HardwarePlatform">
        <rdf:type rdf:resource="http://www.openmobilealliance.org/tech/profiles/UAPROF/ccppschema-20021212#HardwarePlatform"/>
        <prf:Vendor>{vendor}</prf:Vendor>
        <prf:Model>{model}</prf:Model>
      </rdf:Description>
    </prf:component>
  </rdf:Description>
</rdf:RDF>
"""
