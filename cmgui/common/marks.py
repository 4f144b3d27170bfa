"""Marking strings for translation where Qt is not loaded (cmcli, the seam's tables).

``noop("Context", "text")`` returns ``text`` unchanged; ``cmgui.i18n_build`` extracts every such
call with literal arguments into the catalogues, and the app translates the text later with
``translate("Context", text)``.
"""

from __future__ import annotations


def noop(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context`` without translating it."""
    del context
    return text
