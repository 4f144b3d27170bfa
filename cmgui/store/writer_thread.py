"""What both engines share: one writer thread fed by a queue, per-thread read connections.

Every write is a function run by the single writer thread inside one transaction; the caller
gets a :class:`concurrent.futures.Future` (or awaits :meth:`WriterThread.awrite`), so neither the
Qt thread nor the asyncio loop waits on the database. An engine subclasses :class:`WriterThread`
and says how one job runs (:meth:`WriterThread._execute`), what an error becomes
(:meth:`WriterThread._failure`) and what to close when the thread ends.
"""

from __future__ import annotations

import abc
import asyncio
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Self, TypeVar

T = TypeVar("T")


@dataclass
class Job:
    """One queued write: the function, its caller's Future, and whether to wait for the disk."""

    fn: Callable[[Any], object]
    future: Future[object]
    durable: bool


class WriterThread(abc.ABC):
    """The writer thread and the readers' bookkeeping of an engine (see the module docstring)."""

    def _start_writer(self, name: str) -> None:
        self._queue: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._local = threading.local()
        self._readers: list[Any] = []
        self._readers_lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    # -- what an engine says ---------------------------------------------------------------

    @abc.abstractmethod
    def _closed_error(self) -> Exception:
        """The error of a write or read after :meth:`close`."""

    @abc.abstractmethod
    def _execute(self, job: Job) -> object:
        """Run ``job`` in one committed transaction on the writer's connection; its result."""

    def _failure(self, exc: BaseException) -> BaseException:
        """What the caller gets for ``exc`` raised by :meth:`_execute` (default: itself)."""
        return exc

    def _writer_done(self) -> None:  # noqa: B027 - an engine with nothing to close
        """The writer thread ends: close its connection."""

    # -- writing ---------------------------------------------------------------------------

    def write(self, fn: Callable[[Any], T], *, durable: bool = False) -> Future[T]:
        """Queue ``fn`` to run in a write transaction; the Future resolves after COMMIT."""
        if self._closed:
            raise self._closed_error()
        if threading.current_thread() is self._thread:
            from cmgui.store.errors import StoreError

            raise StoreError("Database.write() called from inside a write transaction.")
        future: Future[T] = Future()
        self._queue.put(Job(fn, future, durable))  # type: ignore[arg-type]
        return future

    async def awrite(self, fn: Callable[[Any], T], *, durable: bool = False) -> T:
        """Awaitable :meth:`write`."""
        return await asyncio.wrap_future(self.write(fn, durable=durable))

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                break
            if not job.future.set_running_or_notify_cancel():
                continue
            try:
                result = self._execute(job)
            except BaseException as exc:  # handed to the caller through the Future
                job.future.set_exception(self._failure(exc))
            else:
                job.future.set_result(result)
        self._writer_done()

    # -- reading ---------------------------------------------------------------------------

    def _track_reader(self, conn: Any) -> None:
        """Keep this thread's new read connection, to close it with the database."""
        self._local.conn = conn
        with self._readers_lock:
            self._readers.append(conn)

    @abc.abstractmethod
    def read(self, fn: Callable[[Any], T]) -> T:
        """Run ``fn`` on this thread's read connection, in one snapshot."""

    async def aread(self, fn: Callable[[Any], T]) -> T:
        """Run a (long) read on a worker thread."""
        return await asyncio.to_thread(self.read, fn)

    # -- lifetime --------------------------------------------------------------------------

    def close(self) -> None:
        """Finish queued writes, then close every connection."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._thread.join()
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
