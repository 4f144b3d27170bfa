"""cmgui: a connection manager for cellular modems and OpenCMAPI endpoints."""

__version__ = "0.1.0"
