"""Stopping a running query on request: a cancel token, and the running queries it can reach.

A `CancelToken` belongs to one request. The code that starts the request makes it current
(`with cancel_scope(token): answer(...)`) and every engine reads it where it runs a query
(`with on_cancel(cursor.interrupt): execute`), so the token crosses the answer path without
each layer passing it along. `token.cancel()` calls the engine's stop (DuckDB's `interrupt`,
the driver's `cancel`) at once, and again on the watchdog until the query's block ends; the
stop runs under the lock the end of the `with` block takes too, so a late click cannot stop
the next query on a reused connection. Athena, which polls, checks `was_cancelled()` instead
and sends StopQueryExecution. The engine then raises `QueryCancelled`, a `QueryFailed` the
person sees.

`RUNNING` maps a run id (carried by the *Cancel* button) to its token in this process: the
click is handled by the process that runs the query (the jobs process forwards both).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import secrets
import threading
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from bot.engines.base import WATCHDOG, Watchdog
from bot.errors import QueryFailed

log = logging.getLogger(__name__)

CANCELLED = "The query was cancelled."
STOP_AGAIN_S = 0.2


class QueryCancelled(QueryFailed):
    """The query was stopped because someone cancelled it (not a failure of the query)."""

    def __init__(self, reason: str = CANCELLED) -> None:
        super().__init__(reason)


class CancelToken:
    """One request's cancel switch; thread-safe, and cancelled at most once."""

    def __init__(self, watchdog: Watchdog = WATCHDOG) -> None:
        self._watchdog = watchdog
        self._started = threading.Event()
        self._lock = threading.Lock()
        self._stops: dict[int, Callable[[], None]] = {}
        self._ids = itertools.count()
        self._cancelled = False
        self.cancelled_by = ""

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self, by: str = "") -> bool:
        """Stop what runs now and refuse what would start; False when it was cancelled before."""
        with self._lock:
            if self._cancelled:
                return False
            self._cancelled = True
            self.cancelled_by = by
        self._stop_running()
        return True

    def _stop_running(self) -> None:
        # A stop that lands just before the driver starts the statement is lost (DuckDB and
        # PostgreSQL only stop what runs), so it is repeated until the query's block ends.
        with self._lock:
            for stop in self._stops.values():
                try:
                    stop()
                except Exception:
                    log.warning("stopping a query on cancel failed", exc_info=True)
            again = bool(self._stops)
        if again:
            self._watchdog.arm(STOP_AGAIN_S, self._stop_running)

    def wait_started(self, timeout: float) -> bool:
        """Wait (bounded) until a query runs under this token; True when one did."""
        return self._started.wait(timeout)

    def raise_if_cancelled(self) -> None:
        if self._cancelled:
            raise QueryCancelled()

    @contextlib.contextmanager
    def stopping(self, stop: Callable[[], None]) -> Iterator[None]:
        """While the block runs, a cancel calls `stop`; cancelled before it starts: refused."""
        with self._lock:
            if self._cancelled:
                raise QueryCancelled()
            key = next(self._ids)
            self._stops[key] = stop
        self._started.set()
        try:
            yield
        finally:
            with self._lock:
                del self._stops[key]


_CURRENT: ContextVar[CancelToken | None] = ContextVar("datarequest_cancel", default=None)
_NOTHING = contextlib.nullcontext()  # reusable: nothing on enter or exit


def current_token() -> CancelToken | None:
    """The token of the request running in this thread (None: nothing can cancel it)."""
    return _CURRENT.get()


@contextlib.contextmanager
def cancel_scope(token: CancelToken) -> Iterator[CancelToken]:
    """Make `token` the current one for the queries run inside the block (this thread)."""
    reset = _CURRENT.set(token)
    try:
        yield token
    finally:
        _CURRENT.reset(reset)


def on_cancel(stop: Callable[[], None]) -> contextlib.AbstractContextManager[None]:
    """Engines wrap a running query in this: the current token's cancel calls `stop`."""
    token = _CURRENT.get()
    if token is None:
        return _NOTHING  # nothing can cancel it: cost nothing per query
    return token.stopping(stop)


def was_cancelled() -> bool:
    """Whether the current request was cancelled (an engine tells a cancel from a timeout)."""
    token = current_token()
    return token is not None and token.cancelled


@dataclass(frozen=True)
class RunningQuery:
    """A cancellable request: who asked (they may cancel it) and its token."""

    run_id: str
    owner: str
    token: CancelToken

    def may_be_cancelled_by(self, user: str, is_team_member: Callable[[str], bool]) -> bool:
        return may_cancel(user, self.owner, is_team_member)


def may_cancel(user: str, owner: str, is_team_member: Callable[[str], bool]) -> bool:
    """The person who asked may stop their query, and so may a member of the data team."""
    return bool(user) and (user == owner or is_team_member(user))


class RunningQueries:
    """The requests of this process that a *Cancel* button can reach, by run id."""

    def __init__(self, watchdog: Watchdog = WATCHDOG) -> None:
        self._watchdog = watchdog
        self._started = threading.Event()
        self._lock = threading.Lock()
        self._running: dict[str, RunningQuery] = {}

    def start(self, owner: str) -> RunningQuery:
        run = RunningQuery(secrets.token_hex(8), owner, CancelToken())
        with self._lock:
            self._running[run.run_id] = run
        return run

    def get(self, run_id: str) -> RunningQuery | None:
        with self._lock:
            return self._running.get(run_id)

    def finish(self, run_id: str) -> None:
        with self._lock:
            self._running.pop(run_id, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._running)


RUNNING = RunningQueries()
