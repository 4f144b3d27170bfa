"""The frozen ``cmcli`` executable: what ``[project.scripts]`` runs in a pip install."""

import sys

from cmgui.cli import main

sys.exit(main())
