"""Where the work after the ack runs in one process: a second event loop and a thread pool.

Jobs run on their own event loop in a background thread (Slack Web API calls, rendering), and
their blocking calls (matcher, DuckDB, SQLAlchemy) in a thread pool. Both run at a lower CPU
priority, so the loop serving Slack's requests acks at once however much work is queued.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

log = logging.getLogger("datarequest.slack")


def lower_priority(nice: int) -> None:
    """Run this thread (and the threads it starts, e.g. DuckDB's) at a lower CPU priority.

    On Linux a thread is a task with its own nice value, inherited by threads it creates; the
    event loop thread keeps priority 0, so acks win the CPU while slow queries run.
    """
    if nice and hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            tid = threading.get_native_id()
            # Only ever lower it (a jobs process already at nice 19 stays there).
            os.setpriority(os.PRIO_PROCESS, tid, max(nice, os.getpriority(os.PRIO_PROCESS, tid)))


def prefer_acks() -> None:
    """Hand the GIL over more often (0.5 ms instead of 5 ms) so the acking thread waits less."""
    sys.setswitchinterval(0.0005)


class Worker:
    """Runs the slow part of each request after the ack, away from the loop that acks."""

    def __init__(self, max_threads: int = 16, *, nice: int = 10) -> None:
        self._pool = ThreadPoolExecutor(
            max_workers=max_threads,
            thread_name_prefix="dr-work",
            initializer=lower_priority,
            initargs=(nice,),
        )
        self._jobs: set[Future[Any]] = set()
        self._idle = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._run_loop, args=(nice,), name="dr-jobs", daemon=True
        )
        self._thread.start()

    def _run_loop(self, nice: int) -> None:
        lower_priority(nice)
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self._loop

    async def run(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        """Run a blocking call in the pool (from any event loop)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, lambda: fn(*args, **kwargs))

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str = "job") -> Future[Any]:
        """Schedule `coro` on the jobs loop; returns at once (thread-safe)."""
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        with self._idle:
            self._jobs.add(future)
        future.add_done_callback(self._done)
        return future

    def _done(self, future: Future[Any]) -> None:
        with self._idle:
            self._jobs.discard(future)
            self._idle.notify_all()
        if not future.cancelled() and future.exception() is not None:
            log.error("background job failed", exc_info=future.exception())

    @property
    def pending(self) -> int:
        return len(self._jobs)

    async def drain(self, timeout: float = 30.0) -> bool:
        """Wait (bounded) until no job is queued or running; True when that happened."""
        return await asyncio.to_thread(self.wait_idle, timeout)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Blocking form of `drain`, for threads that have no event loop (tests, shutdown)."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._jobs, timeout)

    def shutdown(self, *, wait_s: float = 0.0) -> None:
        """Stop the jobs loop and the pool. With `wait_s`, first let the jobs finish and then
        wait for the loop's thread to end, each within `wait_s`, so that nothing of this worker
        runs (or logs) after its owner is gone; a job still running then is left to end on its
        own, as without `wait_s`."""
        idle = self.wait_idle(wait_s) if wait_s else False
        self._loop.call_soon_threadsafe(self._loop.stop)
        # Idle, the pool's threads end as soon as they are told to: waiting for them is quick.
        self._pool.shutdown(wait=idle, cancel_futures=True)
        if wait_s and threading.current_thread() is not self._thread:
            self._thread.join(wait_s)
            if not self._thread.is_alive():
                self._loop.close()
