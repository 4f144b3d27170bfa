"""WLAN side API of the virtual device (the CMAPI WLAN functions; no AT command reaches it).

Reach it in-process as ``VirtualModem.wlan`` (``start_in_process(...).model.wlan``):
``scan()`` lists visible networks, ``add_known``/``remove_known``/``known`` manage saved networks
with priorities, ``connect``/``disconnect`` change ``connected``. Errors raise :class:`WlanError`.
"""

from __future__ import annotations

from dataclasses import dataclass


class WlanError(Exception):
    """A WLAN operation the device refuses (unknown network, wrong passphrase...)."""


@dataclass(frozen=True)
class WlanNetwork:
    ssid: str
    bssid: str
    security: str  # "open", "WPA2-PSK", "WPA3-SAE", "WPA2-EAP"
    signal_dbm: int
    frequency_mhz: int

    @property
    def band(self) -> str:
        if self.frequency_mhz >= 5925:
            return "6GHz"
        return "5GHz" if self.frequency_mhz >= 5000 else "2.4GHz"


@dataclass
class KnownNetwork:
    ssid: str
    priority: int = 0
    passphrase: str = ""


def default_networks() -> tuple[WlanNetwork, ...]:
    return (
        WlanNetwork("VirtualHome", "02:00:5e:10:00:01", "WPA2-PSK", -48, 5180),
        WlanNetwork("VirtualHome", "02:00:5e:10:00:02", "WPA2-PSK", -61, 2437),
        WlanNetwork("CoffeeShop Free", "02:00:5e:10:00:10", "open", -70, 2412),
        WlanNetwork("Office-Secure", "02:00:5e:10:00:20", "WPA2-EAP", -66, 5500),
        WlanNetwork("Neighbour-6E", "02:00:5e:10:00:30", "WPA3-SAE", -78, 5975),
    )


class WlanModel:
    """Scan results, saved networks and the connection state of the device's WLAN radio."""

    def __init__(self, networks: tuple[WlanNetwork, ...] | None = None,
                 passphrases: dict[str, str] | None = None) -> None:
        self.networks = networks if networks is not None else default_networks()
        self.passphrases = passphrases if passphrases is not None else {
            "VirtualHome": "virtual-home-pass", "Neighbour-6E": "neighbour-pass"}
        self.enabled = True
        self._known: dict[str, KnownNetwork] = {}
        self.connected: WlanNetwork | None = None

    @property
    def state(self) -> str:
        if not self.enabled:
            return "disabled"
        return "connected" if self.connected is not None else "disconnected"

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            self.connected = None

    def scan(self) -> list[WlanNetwork]:
        """Visible networks, strongest first."""
        if not self.enabled:
            raise WlanError("WLAN is disabled")
        return sorted(self.networks, key=lambda n: -n.signal_dbm)

    def known(self) -> list[KnownNetwork]:
        """Saved networks, highest priority first."""
        return sorted(self._known.values(), key=lambda k: (-k.priority, k.ssid))

    def add_known(self, ssid: str, passphrase: str = "", priority: int = 0) -> None:
        if not ssid or len(ssid.encode()) > 32:
            raise WlanError("an SSID has 1 to 32 bytes")
        self._known[ssid] = KnownNetwork(ssid, priority, passphrase)

    def forget_all(self) -> None:
        """No saved networks (before restoring the saved ones)."""
        self._known.clear()

    def remove_known(self, ssid: str) -> None:
        if self._known.pop(ssid, None) is None:
            raise WlanError(f"{ssid!r} is not a saved network")

    def connect(self, ssid: str, passphrase: str | None = None) -> WlanNetwork:
        """Join the strongest access point of ``ssid`` (else with the saved passphrase)."""
        visible = [n for n in self.scan() if n.ssid == ssid]
        if not visible:
            raise WlanError(f"{ssid!r} is not in range")
        best = visible[0]
        if best.security == "WPA2-EAP":
            raise WlanError(f"{ssid!r} needs enterprise credentials")
        if best.security != "open":
            given = passphrase if passphrase is not None else (
                self._known[ssid].passphrase if ssid in self._known else "")
            if given != self.passphrases.get(ssid):
                raise WlanError(f"wrong passphrase for {ssid!r}")
        self.connected = best
        return best

    def auto_connect(self) -> WlanNetwork | None:
        """Join the saved network in range with the highest priority, if any."""
        in_range = {n.ssid for n in self.scan()}
        for known in self.known():
            if known.ssid in in_range:
                try:
                    return self.connect(known.ssid)
                except WlanError:
                    continue
        return None

    def disconnect(self) -> None:
        self.connected = None


# --- what a laptop's connection manager also asks (OpenCMAPI Appendix B.2) -------------------

#: The WPS PIN of the access points that take one (a valid 8-digit WPS PIN: its check digit).
WPS_PIN = "12345670"


@dataclass(frozen=True)
class AnqpInfo:
    """ANQP elements an access point answers (IEEE 802.11u / Hotspot 2.0)."""

    venue_name: str
    domain_names: tuple[str, ...]
    nai_realms: tuple[str, ...]
    roaming_consortium: tuple[str, ...]
    hs20: bool


@dataclass
class WlanSettings:
    prefer_wlan: bool = True
    scan_interval: int = 30


class WlanExtras:
    """WPS, ANQP, SIM WSID lists, HS2.0/ANDSF management objects and user settings."""

    def __init__(self) -> None:
        #: Access points that do WPS: BSSID -> whether their push button is pressed now.
        self.wps: dict[str, bool] = {"02:00:5e:10:00:01": False}
        self.anqp: dict[str, AnqpInfo] = {"02:00:5e:10:00:20": AnqpInfo(
            "Virtual Office, floor 3", ("office.example",),
            ("office.example", "wlan.mnc001.mcc001.3gppnetwork.org"), ("506f9a",), True)}
        self.user_wsids: list[tuple[str, int]] = [("VirtualHome", 1)]
        self.operator_wsids: list[tuple[str, int]] = [("Office-Secure", 1),
                                                      ("CoffeeShop Free", 2)]
        self.hs2: list[tuple[str, str, str, str]] = [
            ("office.example", "Virtual Office", "office.example", "EAP-TTLS")]
        self.andsf: list[tuple[int, str, str]] = [(1, "WLAN", "Office-Secure"), (2, "3GPP", "")]
        self.settings = WlanSettings()

    def press_wps_button(self, bssid: str) -> None:
        """Someone pressed the WPS button of the access point ``bssid``."""
        if bssid not in self.wps:
            raise WlanError(f"{bssid} does not do WPS")
        self.wps[bssid] = True


def wps_connect(model: WlanModel, extras: WlanExtras, *, pin: str | None,
                bssid: str = "") -> WlanNetwork:
    """Join a WPS access point (push button when ``pin`` is None), saving its credentials."""
    candidates = [n for n in model.scan() if n.bssid in extras.wps
                  and (not bssid or n.bssid.lower() == bssid.lower())]
    if pin is None:
        candidates = [n for n in candidates if extras.wps[n.bssid]]
        if not candidates:
            raise WlanError("no access point in range is in WPS push-button mode")
    else:
        if not candidates:
            raise WlanError("no access point in range does WPS")
        if pin != WPS_PIN:
            raise WlanError("the access point refused the WPS PIN")
    ap = candidates[0]
    extras.wps[ap.bssid] = False
    model.add_known(ap.ssid, model.passphrases.get(ap.ssid, ""), 0)
    return model.connect(ap.ssid)
