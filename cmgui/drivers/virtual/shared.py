"""One running model kept in step with its state file, for every process that runs it.

Each step of the device (a command line from the TE, a tick of its clock) runs under the file's
lock: adopt what another process saved since our last step, do the step, save what changed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from .model import VirtualModem
from .persist import State, restore, snapshot
from .state_file import StateFile

log = logging.getLogger(__name__)


class SharedModem:
    """Steps ``model`` under ``file``'s lock; a missing file means factory state."""

    def __init__(self, model: VirtualModem, file: StateFile) -> None:
        self.model = model
        self.file = file
        self._factory: State = snapshot(model)
        self._seen: str | None = None
        self._fresh = True

    def step(self, action: Callable[[], None]) -> None:
        """Run ``action`` on the model as the latest saved state of the device."""
        with self.file.locked():
            text = self.file.read()
            if self._fresh or text != self._seen:
                self._adopt(text)
                self._fresh = False
            action()
            now = json.dumps(snapshot(self.model), separators=(",", ":"), sort_keys=True)
            if now != text:
                self.file.write(now)
            self._seen = now

    def _adopt(self, text: str | None) -> None:
        state: State | None = None
        if text is not None:
            try:
                loaded = json.loads(text)
            except ValueError:
                log.warning("%s is damaged; the demo modem starts afresh", self.file.path)
            else:
                state = loaded if isinstance(loaded, dict) else None
        if state is None:  # erased (a power cycle to factory state) or never saved
            self.model.ussd_cancel()
            state = self._factory
        restore(self.model, state)
