"""The GUI tests' fixtures (offscreen Qt, the qasync loop, leak checks), shared."""

from tests.gui.conftest import *  # noqa: F403
from tests.gui.conftest import _qt_objects_die_on_the_gui_thread  # noqa: F401  (autouse)
