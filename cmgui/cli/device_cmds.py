"""cmcli commands for one device, each a thin layer over the seam.

``info``, ``pin …``, ``sms …``, ``ussd``, ``networks …``, ``connect``, ``disconnect``, ``status``
and ``stats``; every one takes ``--json`` (shapes in docs/cli.md) and reports errors like ``call``.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from typing import Any

from cmgui.cli import sms_list, store_cmds
from cmgui.cli.common import Output, open_device
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from cmgui.service.sms_sync import device_lost


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("info", parents=[common], help="identity, SIM, network and signal")
    p.set_defaults(handler=cmd_info)

    pin = sub.add_parser("pin", parents=[common], help="SIM PIN and PUK").add_subparsers(
        dest="pin_command", metavar="ACTION", required=True)
    p = pin.add_parser("status", parents=[common], help="PIN state and attempts left")
    p.set_defaults(handler=cmd_pin_status)
    for action, helptext in (("verify", "unlock the SIM with its PIN"),
                             ("enable", "require the PIN at start"),
                             ("disable", "stop requiring the PIN")):
        p = pin.add_parser(action, parents=[common], help=helptext)
        p.add_argument("pin", metavar="PIN")
        p.set_defaults(handler=cmd_pin_simple, pin_action=action)
    p = pin.add_parser("change", parents=[common], help="change the PIN")
    p.add_argument("old_pin", metavar="OLD")
    p.add_argument("new_pin", metavar="NEW")
    p.set_defaults(handler=cmd_pin_change)
    p = pin.add_parser("unblock", parents=[common], help="unblock with the PUK and set a new PIN")
    p.add_argument("puk", metavar="PUK")
    p.add_argument("new_pin", metavar="NEWPIN")
    p.set_defaults(handler=cmd_pin_unblock)

    sms = sub.add_parser("sms", parents=[common], help="text messages").add_subparsers(
        dest="sms_command", metavar="ACTION", required=True)
    p = sms.add_parser("list", parents=[common], help="messages stored on the device, whole")
    p.add_argument("--storage", choices=["SM", "ME", "MT", "SR"], default=None)
    p.add_argument("--parts", action="store_true",
                   help="list the stored parts of concatenated messages one by one")
    p.set_defaults(handler=sms_list.cmd_sms_list)
    p = sms.add_parser("send", parents=[common], help="send a message")
    p.add_argument("number")
    p.add_argument("text")
    p.add_argument("--report", action="store_true", help="ask for a delivery report")
    p.set_defaults(handler=cmd_sms_send)
    p = sms.add_parser("delete", parents=[common], help="delete a message from the device")
    p.add_argument("id", help="message id as listed, e.g. SM:3")
    p.set_defaults(handler=cmd_sms_delete)
    store_cmds.add_sms_commands(sms, common)  # sms sync, sms archive

    p = sub.add_parser("ussd", parents=[common], help="run a USSD code, e.g. *100#")
    p.add_argument("code")
    p.add_argument("--reply", action="append", default=[], metavar="TEXT",
                   help="answer a menu (repeat for several steps)")
    p.set_defaults(handler=cmd_ussd)

    nets = sub.add_parser("networks", parents=[common], help="mobile networks").add_subparsers(
        dest="networks_command", metavar="ACTION", required=True)
    p = nets.add_parser("scan", parents=[common], help="search for networks (takes a while)")
    p.set_defaults(handler=cmd_networks_scan)
    p = nets.add_parser("select", parents=[common], help="choose a network: auto or MCCMNC")
    p.add_argument("network", metavar="auto|MCCMNC")
    p.set_defaults(handler=cmd_networks_select)

    p = sub.add_parser("connect", parents=[common], help="start the data connection")
    p.add_argument("--apn", default="")
    p.add_argument("--user", default="")
    p.add_argument("--password", default="")
    p.add_argument("--auth", choices=["none", "PAP", "CHAP", "PAPOrCHAP"], default=None,
                   help="default: the profile's; else PAPOrCHAP with a user or password, "
                        "else none")
    p.add_argument("--ip-type", choices=["IPv4", "IPv6", "IPv4v6"], default=None,
                   help="default: the profile's, else IPv4")
    p.add_argument("--profile", default="",
                   help="a saved cellular profile; options given here win over its settings")
    p.set_defaults(handler=cmd_connect)
    p = sub.add_parser("disconnect", parents=[common], help="stop the data connection")
    p.set_defaults(handler=cmd_disconnect)
    p = sub.add_parser("status", parents=[common], help="connection, registration and signal")
    p.set_defaults(handler=cmd_status)
    p = sub.add_parser("stats", parents=[common], help="traffic of the current connection")
    p.set_defaults(handler=cmd_stats)


async def _optional(call: Callable[[], Awaitable[Any]]) -> Any:
    """A value the device may not give (no SIM, locked SIM, unsupported): None instead. A device
    that went away or stopped answering is an error, not a missing value."""
    try:
        return await call()
    except CmapiError as err:
        if err.code < 0 or device_lost(err):
            raise
        return None


def _value(result: Any, key: str) -> Any:
    return result.get(key) if isinstance(result, dict) else None


async def gather_info(device: Device) -> dict[str, Any]:
    """The ``info`` JSON object (docs/cli.md)."""
    info: dict[str, Any] = {"address": device.address, "kind": device.kind}
    single = (
        ("manufacturer", device.dev_srv_get_manufacturer_name, "manufacturerName"),
        ("model", device.dev_srv_get_manufacturer_model, "manufacturerModel"),
        ("firmware", device.dev_srv_get_firmware_version, "firmwareVersion"),
        ("hardware", device.dev_srv_get_hardware_version, "hardwareVersion"),
        ("IMEI", device.dev_srv_get_imei, "IMEI"),
        ("IMSI", device.dev_srv_get_imsi, "IMSI"),
        ("ICCID", device.information_get_iccid, "ICCID"),
        ("MSISDN", device.dev_srv_get_msisdn, "MSISDN"),
        ("radioState", device.information_get_radio_state, "radioState"),
        ("roaming", device.information_get_roaming_status, "roaming"),
        ("RATType", device.information_get_rat_type, "RATType"),
    )
    for key, call, member in single:
        info[key] = _value(await _optional(call), member)
    pin = await _optional(device.information_get_pin_status)
    entries = _value(pin, "PINStatusList") or []
    info["PINState"] = entries[0]["PINState"] if entries else None
    serving = await _optional(device.network_get_serving_information)
    info["operator"] = _value(serving, "networkName")
    info["PLMNID"] = (serving["MCC"] + serving["MNC"]) if serving else None
    info["registrationState"] = _value(serving, "registrationState")
    info["signal"] = await _optional(device.information_get_signal_strength)
    return info


def _info_text(info: dict[str, Any]) -> str:
    labels = (
        ("Device", "address"), ("Manufacturer", "manufacturer"), ("Model", "model"),
        ("Firmware", "firmware"), ("IMEI", "IMEI"), ("IMSI", "IMSI"), ("ICCID", "ICCID"),
        ("Number", "MSISDN"), ("SIM", "PINState"), ("Radio", "radioState"),
        ("Operator", "operator"), ("Registration", "registrationState"),
        ("Technology", "RATType"), ("Roaming", "roaming"),
    )
    lines = []
    for label, key in labels:
        value = info.get(key)
        if isinstance(value, bool):
            value = ("on" if value else "off") if key == "radioState" else (
                "yes" if value else "no")
        lines.append(f"{label + ':':<14}{value if value is not None else '—'}")
    signal = info.get("signal")
    if signal:
        lines.append(f"{'Signal:':<14}{signal['signalPercentage']} % "
                     f"({signal['signalStrength']} dBm, {signal['bars']}/5 bars)")
    return "\n".join(lines)


async def cmd_info(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        info = await gather_info(device)
    out.result(info, _info_text)
    return 0


def _pin_text(result: dict[str, Any]) -> str:
    lines = []
    for entry in result["PINStatusList"]:
        left = entry.get("attemptsLeft")
        extra = f", {left} attempts left" if left is not None else ""
        enabled = "enabled" if entry["enabled"] else "disabled"
        lines.append(f"{entry['PINType']}: {entry['PINState']} ({enabled}{extra})")
    return "\n".join(lines)


async def cmd_pin_status(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        out.result(await device.information_get_pin_status(), _pin_text)
    return 0


async def cmd_pin_simple(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        action = {"verify": device.dev_srv_verify_pin, "enable": device.dev_srv_enable_pin,
                  "disable": device.dev_srv_disable_pin}[args.pin_action]
        result = await action(pin=args.pin)
    done = {"verify": "PIN accepted; the SIM is unlocked.",
            "enable": "The SIM now asks for its PIN at start.",
            "disable": "The SIM no longer asks for a PIN."}[args.pin_action]
    out.result(result, lambda _: done)
    return 0


async def cmd_pin_change(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        result = await device.dev_srv_change_pin(old_pin=args.old_pin, new_pin=args.new_pin)
    out.result(result, lambda _: "PIN changed.")
    return 0


async def cmd_pin_unblock(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        result = await device.dev_srv_unblock_pin(puk=args.puk, new_pin=args.new_pin)
    out.result(result, lambda _: "SIM unblocked; the new PIN is set.")
    return 0


def _sms_text(messages: list[dict[str, Any]]) -> str:
    if not messages:
        return "No messages."
    lines = []
    for m in messages:
        when = m.get("timestamp", "")
        lines.append(f"[{m['msgID']}] {m['status']:<6} {m['address']}  {when}")
        lines.extend("    " + line for line in m["text"].splitlines() or [""])
    return "\n".join(lines)


async def cmd_sms_list(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        ids = await device.sms_get_id_list(storage=args.storage)
        messages = [dict(await device.sms_get(msg_id=i)) for i in ids["SMSIDList"]]
    out.result(messages, _sms_text)
    return 0


async def cmd_sms_send(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        result = await device.sms_send(address=args.number, text=args.text,
                                       delivery_report=args.report)
    out.result(result, lambda r: f"Sent in {r['segments']} part(s), reference(s) "
               + ", ".join(str(x) for x in r["messageReferences"]) + ".")
    return 0


async def cmd_sms_delete(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        result = await device.sms_delete(msg_id=args.id)
    out.result(result, lambda _: f"Deleted {args.id}.")
    return 0


async def cmd_ussd(args: argparse.Namespace, out: Output) -> int:
    steps: list[dict[str, Any]] = []
    async with open_device(args.device) as device:
        try:
            reply = dict(await device.ussd_request(ussd_string=args.code))
            steps.append(reply)
            for answer in args.reply:
                if reply["USSDState"] != "actionRequired":
                    break
                reply = dict(await device.ussd_request(ussd_string=answer))
                steps.append(reply)
        finally:
            if steps and steps[-1]["USSDState"] == "actionRequired":
                await _optional(device.ussd_release)
    if out.json_mode:
        out.json(steps)
    else:
        for step in steps:
            out.text(step["USSDString"])
        if steps and steps[-1]["USSDState"] == "actionRequired":
            out.text("(The network asked for a reply; the session was closed. "
                     "Run again with --reply TEXT to answer.)")
    return 0


def _networks_text(result: dict[str, Any]) -> str:
    rows = result["networkList"]
    if not rows:
        return "No networks found."
    return "\n".join(
        f"{n['PLMNID']:<7} {n['longName']:<24} {n['RATType']:<12} {n['networkStatus']}"
        for n in rows)


async def cmd_networks_scan(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        if not out.json_mode:
            out.stderr.write("Scanning for networks; this can take a few minutes "
                             "(Ctrl-C cancels)…\n")
        result = await device.net_connect_srv_get_network_list_sync()
    out.result(result, _networks_text)
    return 0


async def cmd_networks_select(args: argparse.Namespace, out: Output) -> int:
    network = args.network.strip()
    if network.lower() in ("auto", "automatic"):
        kwargs: dict[str, Any] = {"network_selection_mode": "automatic"}
    elif network.isdigit() and len(network) in (5, 6):
        from cmgui.service.provisioning import current

        if not (provisioning := current()).manual_network_selection:
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "reason": f"{provisioning.vendor} allows automatic network selection only"})
        kwargs = {"network_selection_mode": "manual", "plmnid": network}
    else:
        raise CmapiError(ErrorCode.INVALID_PLMN_ID,
                         data={"reason": "give 'auto' or the 5-6 digit MCCMNC, e.g. 26201"})
    async with open_device(args.device) as device:
        result = await device.net_connect_srv_select_network(**kwargs)
    out.result(result, lambda _: f"Network selection: {network}.")
    return 0


async def cmd_connect(args: argparse.Namespace, out: Output) -> int:
    # Only what was given is passed: a profile fills in the rest (the store's connect).
    given: dict[str, Any] = {}
    if args.auth is not None:
        given["auth_type"] = args.auth
    if args.ip_type is not None:
        given["ip_addr_type"] = args.ip_type
    async with open_device(args.device) as device:
        result = await device.net_connect_srv_connect_async(
            profile_name=args.profile, apn=args.apn, user_name=args.user,
            password=args.password, **given)
    out.result(result, lambda r: f"Connected (APN {r['APN'] or 'default'}"
               + (f", address {r['IPAddress']}" if r.get("IPAddress") else "") + ").")
    return 0


async def cmd_disconnect(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        result = await device.net_connect_srv_disconnect_async()
    out.result(result, lambda _: "Disconnected.")
    return 0


async def cmd_status(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        # A device without a data connection of its own (an SMS gateway's port) still has a
        # registration and a signal to show.
        status: dict[str, Any] = dict(
            await _optional(device.net_con_get_connection_status) or {})
        if status.get("connectionState") == "connected":
            address = await _optional(device.information_get_ip_address) or {}
            if address.get("interfaceName"):  # the host's interface that carries the data
                status["interfaceName"] = address["interfaceName"]
        status["registration"] = await _optional(device.information_get_ps_network_registration)
        status["signal"] = await _optional(device.information_get_signal_strength)
    out.result(status)
    return 0


async def cmd_stats(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        result = await device.net_statistic_get_connection_statistics()
    out.result(result, lambda r: f"Sent {r['bytesSent']} B, received {r['bytesReceived']} B "
               f"in {r['duration']} s.")
    return 0
