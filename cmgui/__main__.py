"""``python -m cmgui``: the desktop app."""

from cmgui.app import main

raise SystemExit(main())
