"""Neutral helpers several layers share (atomic file writes, the mDNS codec, token files).

Nothing here imports another cmgui package but the protocol cores, so every layer may use it.
"""
