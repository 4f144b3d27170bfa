"""A port that vanishes while a write waits for it leaves nothing of the event loop alive (the
replug test's rare teardown failure, issue 11).

The serial transport reports a write that fails in its write-ready callback through the loop's
exception handler, with a traceback. Logged, that traceback's frames reach qasync's socket
notifier (a parentless QObject) and keep it alive as long as the log record lives, which pytest
keeps until the test is torn down: the leak check then fails. The port must report the loss
without the traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tty
from typing import Any

import pytest

from cmgui.drivers.at.transport import open_stream
from tests.gui.conftest import run

pytestmark = pytest.mark.gui


async def _write_until_buffered(writer: Any) -> None:
    """Write until the pty is full, so the rest waits for the write-ready callback."""
    for _ in range(10_000):
        writer.write(b"AT" * 2048)
        if writer.transport.get_write_buffer_size():
            return
        await asyncio.sleep(0)
    raise AssertionError("the pty never filled up")


def test_a_write_into_a_vanished_port_keeps_no_loop_object_alive(
        loop: Any, caplog: pytest.LogCaptureFixture) -> None:
    master, slave = os.openpty()
    tty.setraw(slave)
    name = os.ttyname(slave)

    async def scenario() -> BaseException | None:
        reader, writer = await open_stream(name)
        try:
            await _write_until_buffered(writer)
            os.close(slave)
            os.close(master)  # unplugged: the buffered write fails in the write-ready callback
            try:
                await asyncio.wait_for(reader.read(16), 5)
            except Exception as exc:  # the loss, as the reader reports it
                return exc
            return None
        finally:
            writer.close()
            with contextlib.suppress(Exception):  # the loss again, as the port's close has it
                await writer.wait_closed()

    failure = run(loop, scenario())
    assert failure is not None  # the vanished device was noticed
    assert not [r for r in caplog.records if r.exc_info]  # said in one line, no traceback
