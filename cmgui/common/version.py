"""The version of cmgui that runs: ``cmgui --version``, ``cmcli --version``, the About dialog."""

from __future__ import annotations

from cmgui import __version__


def version() -> str:
    """The installed distribution's version; ``cmgui.__version__`` (kept equal to pyproject's,
    a test checks) where there is no distribution metadata: a bare source tree, a frozen bundle.
    importlib.metadata is imported here, when asked: it costs a start-up some 10-20 ms."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _distribution_version

    try:
        return _distribution_version("cmgui")
    except PackageNotFoundError:
        return __version__
