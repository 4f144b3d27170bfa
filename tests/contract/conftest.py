from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from cmgui.service.device import Device
from tests.contract.backends import BACKENDS


@pytest.fixture(params=sorted(BACKENDS))
async def device(request: pytest.FixtureRequest) -> AsyncIterator[Device]:
    async with BACKENDS[request.param]() as dev:
        yield dev
