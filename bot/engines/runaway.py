"""Running a statement that an interrupt may not stop, without keeping the person waiting.

DuckDB checks for an interrupt between chunks of rows, not inside one function call: a regex
over a 200 MB string (`regexp_replace(repeat(s, 2000000), …)`) ran 45 s after its 0.5 s
timeout had interrupted it. The calling thread cannot leave a native call, so the statement
runs on a worker thread of its own (`StatementThread`, one per cursor, reused by every query
of that cursor) and the caller waits for it, bounded: once the timeout (or a cancel) has had
`grace_s` to take effect, the caller gives up on the statement, the cursor is abandoned (the
worker closes it when the call ends at last), and the person gets the usual one line. The
engine opens a fresh cursor for the next query; `Runaways` counts the statements still
running so that a person repeating such a query cannot pile them up.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from bot.engines.base import WATCHDOG, Watchdog
from bot.engines.cancel import current_token

T = TypeVar("T")

STOP_GRACE_S = 2.0  # what an interrupt needs to land when DuckDB can take it (measured: ms)
POLL_S = 0.25  # how often a waiting caller looks at its cancel token
STOP_AGAIN_S = 1.0  # an abandoned statement is interrupted again this often until it ends


class Abandoned(Exception):
    """The statement did not stop in time; `cancelled` when a cancel, not the timeout, asked."""

    def __init__(self, cancelled: bool) -> None:
        super().__init__("abandoned")
        self.cancelled = cancelled


class _Job(Generic[T]):
    __slots__ = ("work", "done", "result", "error")

    def __init__(self, work: Callable[[], T]) -> None:
        self.work = work
        self.done = threading.Event()
        self.result: T | None = None
        self.error: BaseException | None = None

    def __call__(self) -> None:
        try:
            self.result = self.work()
        except BaseException as exc:  # handed to the waiting caller, which re-raises it
            self.error = exc
        finally:
            self.done.set()


class StatementThread:
    """A daemon thread that runs the statements of one cursor, one at a time."""

    def __init__(self, name: str = "duckdb-statement") -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def run(
        self,
        work: Callable[[], T],
        timeout_s: float,
        stop: Callable[[], None],
        *,
        grace_s: float = STOP_GRACE_S,
    ) -> T:
        """`work()` on this thread; its result or its exception. Raises `Abandoned` when it is
        still running `grace_s` after `timeout_s` (or after the current request's cancel); the
        thread then keeps calling `stop` now and again until the work ends, and the caller
        closes it (`close`): its cursor is not to be used again."""
        job: _Job[T] = _Job(work)
        self._jobs.put(job)
        self._wait_or_abandon(job, timeout_s + grace_s, grace_s, stop)
        if job.error is not None:
            raise job.error
        return job.result  # type: ignore[return-value]

    def _wait_or_abandon(
        self, job: _Job[Any], limit_s: float, grace_s: float, stop: Callable[[], None]
    ) -> None:
        token = current_token()
        end = time.monotonic() + limit_s
        cancelled_at: float | None = None
        while not job.done.wait(POLL_S if token is not None else max(0.0, end - time.monotonic())):
            now = time.monotonic()
            if token is not None and token.cancelled and cancelled_at is None:
                cancelled_at = now
            if cancelled_at is not None and now - cancelled_at >= grace_s:
                self._abandon(job, stop)
                raise Abandoned(cancelled=True)
            if now >= end:
                self._abandon(job, stop)
                raise Abandoned(cancelled=False)

    @staticmethod
    def _abandon(job: _Job[Any], stop: Callable[[], None], watchdog: Watchdog = WATCHDOG) -> None:
        # An interrupt sent before the statement started is lost: it is sent again until the
        # statement ends (the owner then closes this thread with `close`).
        def again() -> None:
            if not job.done.is_set():
                stop()
                watchdog.arm(STOP_AGAIN_S, again)

        again()

    def close(self, then: Callable[[], None] | None = None) -> None:
        """End the thread after what it runs now; `then` runs on it first (closing its cursor)."""
        if then is not None:
            self._jobs.put(then)
        self._jobs.put(None)


class Runaways:
    """The abandoned statements of one engine that are still running."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._threads: list[StatementThread] = []

    def add(self, thread: StatementThread) -> None:
        with self._lock:
            self._threads.append(thread)

    def count(self) -> int:
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()]
            return len(self._threads)
