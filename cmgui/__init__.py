"""cmgui: a connection manager for cellular modems and OpenCMAPI endpoints."""

#: Kept equal to ``version`` in pyproject.toml (tests/packaging checks); what runs says
#: ``cmgui.common.version.version()``, which prefers the installed distribution's metadata.
__version__ = "0.1.0"
