"""The frozen ``cmgui`` executable: what ``[project.gui-scripts]`` runs in a pip install."""

import sys

from cmgui.app import main

sys.exit(main())
