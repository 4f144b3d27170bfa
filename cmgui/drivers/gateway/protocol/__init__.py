"""The sans-IO core of the Dinstar SMS gateway HTTP API: no sockets, no asyncio, no Qt.

- :mod:`.tolerant` — JSON as the firmware writes it (stray braces, ``"error code"``, types).
- :mod:`.requests` — request builders with the API's limits.
- :mod:`.responses` — answer parsers into frozen dataclasses; error codes in words.
- :mod:`.pushes` — push bodies into typed events.
- :mod:`.states` — ``reg``/``type``/``signal`` in CMAPI terms.
- :mod:`.digest` — HTTP Digest (RFC 7616, MD5, qop=auth) and Basic as pure functions.
"""
