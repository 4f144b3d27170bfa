"""The local modem driver: the Device seam over AT commands.

transport (port actor over pyserial-asyncio-fast), ports (enumeration and interface roles),
probe (concurrent identification), hotplug (port watcher), device (``AtDevice`` composed of
core, simcard, network, rfinfo, messaging, ussd, data, contacts), backend (serial paths and
pyserial URLs) and virtual_backend (``virtual`` / ``virtual:<dialect>``).
"""
