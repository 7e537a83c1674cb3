"""The front's writers of the durable intake: each request reaches the database before its ack.

Both batch the requests that arrive together (group commit), so an ack costs about one write
however many arrive at once, and both answer `send(key, record)`: it returns once the request
is safe from a crash of this process, with a future that says, at the commit, whether the
delivery was new (False: Slack retried one stored before).

- `AsyncIntakeWriter` (PostgreSQL): the acking event loop writes the rows itself over libpq,
  one multi-row `INSERT ... ON CONFLICT DO NOTHING RETURNING` in autocommit (one round trip),
  over ten connections. The requests the loop handles in one turn leave together, at the
  start of the next turn, on a free connection (`_flush`); with none free, the first one freed
  takes every request waiting as one batch. A connection is busy until its commit's reply is
  read, so fewer connections than requests in flight make an ack wait for another's commit.
  Before, each request's coroutine handed over its own INSERT when a connection was free: one
  statement and one commit per request, and on two cores each one woke a backend that
  preempted the front in the middle of its acks (in a wall-clock profile of the front, 1.3 ms
  per request spent in a libpq send that took 80 us of CPU). One INSERT per turn cut the ack
  p99 over bare Bolt's (RELIABILITY.md, soak figures).
  `send` returns when the whole statement has been handed to the connection's socket (libpq's
  flush), before the server's reply: from then on the server commits it whatever becomes of
  this process (a statement received whole runs to its end: the intake's sessions turn off
  the operator's `statement_timeout` and `client_connection_check_interval`, which would
  abort it once its client is gone, and bound `lock_timeout` below the front's own patience
  (a lock held for good would keep one backend waiting per attempt; the lock timeout is an
  `IntakeLocked`, stored again, not a refusal); the socket holds no unread reply while the
  statement is out, so even a `kill -9` closes it cleanly and the bytes are delivered). The ack leaves without waiting for the commit's WAL flush, which on a busy
  machine is most of an ack's time. Should the server refuse or lose the statement, the
  future fails and the forwarder runs the requests in this process (a request is lost only if
  the database fails the write and this process dies within the same millisecond).
- `IntakeWriter` (SQLite, or any other database; bot.slack.intake_thread_writer): one thread
  with a kept SQLAlchemy connection; `send` returns after the commit (there is no server to
  finish the write for a dead process).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import pq

from bot.slack import ack_trace
from bot.slack.intake import (
    EVENTS_SO_FAR_SQL,
    PENDING,
    IntakeStore,
    first_is_new,
    unique_rows,
)
from bot.slack.request_log import QuietLog

log = logging.getLogger("datarequest.slack")
# A database away fails every batch: one line every few seconds says so (the count of the rest).
FAILED_WRITES = QuietLog(log, interval=5.0)

WRITE_TIMEOUT_S = 10.0  # a database that takes longer fails the batch (a lock wait ends first)
# A lock wait is the one wait of an intake INSERT with no end of its own (a lock held by hand
# or by a migration): the server gives it up at this share of the front's patience, before the
# front does, so an attempt given up leaves no backend waiting; the front stores it again.
LOCK_WAIT_SHARE = 0.8
LOCK_NOT_AVAILABLE = "55P03"  # SQLSTATE of a lock_timeout


def keep_statements_sql() -> str:
    """The intake sessions' settings: off, what could end an INSERT its client no longer waits
    for (§32); `lock_timeout` bounded below the front's patience (§33)."""
    lock_ms = int(WRITE_TIMEOUT_S * LOCK_WAIT_SHARE * 1000)
    return (
        f"SELECT set_config(name, CASE name WHEN 'lock_timeout' THEN '{lock_ms}' ELSE '0' END,"
        " false) FROM pg_settings WHERE name IN ('statement_timeout', 'lock_timeout',"
        " 'client_connection_check_interval', 'transaction_timeout')"
    )


class IntakeRefused(psycopg.DatabaseError):
    """The database answered the INSERT with an error of its own: it is up, and the same
    INSERT would be refused again (unlike a lost connection, which is worth another try)."""


class IntakeLocked(psycopg.OperationalError):
    """The INSERT waited for a lock past the intake's `lock_timeout`: worth another try (the
    forwarder stores the request again), not a refusal."""


@dataclass
class _Pending:
    key: str
    record: str
    sent: asyncio.Future[None]
    committed: asyncio.Future[bool] = field(repr=False)

    def fail(self, exc: BaseException) -> None:
        if not self.sent.done():
            self.sent.set_exception(exc)
            self.committed.cancel()  # never handed out
        elif self.sent.cancelled():  # its ack gave up waiting: nobody reads the commit
            self.committed.cancel()
        elif not self.committed.done():
            self.committed.set_exception(exc)

    def stop(self) -> None:
        """The writer stops: a sent request is the server's (the jobs process polls for it);
        one never sent fails, and the forwarder runs it in this process."""
        if self.sent.done():
            self.committed.cancel()
        else:
            self.fail(RuntimeError("the intake writer stopped"))


@dataclass(eq=False)
class _Link:
    """One intake connection, the batch it has out (sent, reply not read) and its task's wake."""

    conn: Any = None  # psycopg AsyncConnection, kept between batches
    batch: list[_Pending] | None = None
    out: bool = False  # the batch's INSERT was handed to libpq
    error: BaseException | None = None  # raised by `_send` in a flush; the task fails the batch
    wake: asyncio.Future[None] | None = None


class AsyncIntakeWriter:
    """PostgreSQL intake rows written from the event loop (see the module docstring)."""

    def __init__(
        self, store: IntakeStore, conninfo: str, *, writers: int = 10, max_batch: int = 64
    ) -> None:
        self.store = store
        self.conninfo = conninfo
        self.max_batch = max_batch
        self.writers = writers
        self._pending: list[_Pending] = []
        self._links: list[_Link] = []
        self._idle: list[_Link] = []  # links whose task waits for work
        self._tasks: list[asyncio.Task[None]] = []
        self._flushing = False

    async def send(self, key: str, record: str) -> asyncio.Future[bool]:
        """Returns once the request has left for the database; the future: new or not.

        The requests the event loop handles in one turn leave together as one INSERT, at the
        start of the next turn (`_flush`), on a free connection: one statement and one commit
        for all of them, instead of a backend woken, and the front preempted, per request."""
        loop = asyncio.get_running_loop()
        if not self._tasks:
            self._links = [_Link() for _ in range(self.writers)]
            self._tasks = [
                loop.create_task(self._run(link), name=f"dr-intake-{n}")
                for n, link in enumerate(self._links)
            ]
        item = _Pending(key, record, loop.create_future(), loop.create_future())
        self._pending.append(item)
        if not self._flushing:
            self._flushing = True
            loop.call_soon(self._flush)
        # Resume right behind `_flush` in the loop's next turn, not behind that turn's work:
        # awaiting `sent` alone would wake this ack only after everything the loop runs in the
        # turn of the flush (other requests' parsing and dispatch, the new connections' reads).
        await asyncio.sleep(0)
        if not item.sent.done():  # no free connection, or libpq kept part of the INSERT
            await item.sent
        item.sent.result()  # a send that failed raises here, as awaiting it did
        return item.committed

    def _flush(self) -> None:
        """Hand the waiting requests to free connections; with none free, the first one
        freed takes them (its task)."""
        self._flushing = False
        while self._pending:
            link = self._take_idle()
            if link is None:  # every connection waits for a commit: these acks wait too
                if ack_trace.enabled():
                    ack_trace.record("full", at=time.time(), n=len(self._pending))
                return
            assert link.wake is not None
            link.wake.set_result(None)  # its task reads the reply, or connects and sends
            if link.conn is None or link.conn.closed:
                return
            link.batch = self._pending[: self.max_batch]
            del self._pending[: self.max_batch]
            self._send(link)

    def _take_idle(self) -> _Link | None:
        """An idle link, one with its connection open if there is one."""
        self._idle = [x for x in self._idle if x.wake is not None and not x.wake.done()]
        for n in range(len(self._idle) - 1, -1, -1):
            conn = self._idle[n].conn
            if conn is not None and not conn.closed:
                return self._idle.pop(n)
        return self._idle.pop() if self._idle else None

    def _send(self, link: _Link) -> None:
        """Hand the link's batch to its socket as one INSERT; `sent` resolves once flushed."""
        assert link.batch is not None and link.conn is not None
        # A request whose ack gave up waiting (its `sent` cancelled: answered 503) is not sent.
        link.batch = [item for item in link.batch if not item.sent.cancelled()]
        if not link.batch:
            return
        try:
            pgconn = link.conn.pgconn
            now = self.store.clock().isoformat()  # aware: the column is timestamptz
            rows = unique_rows([(item.key, item.record) for item in link.batch])
            values = ", ".join(
                f"(${n * 3 + 1}, ${n * 3 + 2}, '{PENDING}', 0, ${n * 3 + 3}::timestamptz,"
                f" {EVENTS_SO_FAR_SQL})"
                for n in range(len(rows))
            )
            args: list[bytes] = []
            for key, record in rows.items():
                args += [key.encode(), record.encode(), now.encode()]
            pgconn.send_query_params(
                "INSERT INTO slack_intake (key, record, state, attempts, created_at, events_before)"
                f" VALUES {values} ON CONFLICT (key) DO NOTHING RETURNING key".encode(),
                args,
            )
            link.out = True
            if pgconn.flush() == 0:
                _sent(link.batch)
        except Exception as exc:  # noqa: BLE001 (the task fails the batch and reconnects)
            link.error = exc

    async def _run(self, link: _Link) -> None:
        loop = asyncio.get_running_loop()
        # Opened ahead, so no ack waits for a connection (a backend's start takes 10-100 ms);
        # one that cannot open now is opened, or reported, with the first batch it takes.
        with contextlib.suppress(Exception):
            async with asyncio.timeout(WRITE_TIMEOUT_S):
                await self._connect(link)
        try:
            while True:
                if link.batch is None and not self._pending:
                    link.wake = loop.create_future()
                    self._idle.append(link)
                    await link.wake
                    link.wake = None
                if link.batch is None:  # woken for the requests that waited
                    batch = self._pending[: self.max_batch]
                    del self._pending[: self.max_batch]
                    if not batch:
                        continue
                    link.batch = batch
                try:
                    await self._finish(link)
                except asyncio.CancelledError:
                    for item in link.batch or ():
                        item.stop()
                    raise
                finally:
                    link.batch, link.out, link.error = None, False, None
        finally:
            if link.conn is not None:
                with contextlib.suppress(Exception):
                    await link.conn.close()

    async def _finish(self, link: _Link) -> None:
        """Send the batch if it is not out yet, read the reply and resolve its futures; on a
        failure fail them (the forwarder runs them here) and drop the connection."""
        batch = link.batch
        assert batch is not None
        try:
            async with asyncio.timeout(WRITE_TIMEOUT_S):
                if not link.out and link.error is None:  # taken from the waiting requests
                    await self._connect(link)
                    self._send(link)
                if link.error is not None:
                    raise link.error
                batch = link.batch
                if not batch:
                    return
                stored = await _reply(link.conn.pgconn, batch)
        except Exception as exc:
            # One line: a restarted or unreachable database is the database's story, and the
            # forwarder says what became of the requests.
            FAILED_WRITES.warning(f"intake: storing {len(batch)} request(s) failed ({reason(exc)})")
            for item in batch:
                item.fail(exc)
            if link.conn is not None:
                with contextlib.suppress(Exception):
                    await link.conn.close()
            link.conn = None
            return
        news = first_is_new([item.key for item in batch], stored)
        for item, new in zip(batch, news, strict=True):
            if not item.committed.done():
                item.committed.set_result(new)

    async def _connect(self, link: _Link) -> None:
        if link.conn is None or link.conn.closed:
            link.conn = await psycopg.AsyncConnection.connect(
                self.conninfo, autocommit=True, connect_timeout=10
            )
            # A statement handed over before its ack must run to its commit whatever becomes of
            # this process: an operator's timeouts or dead-client checks would abort it once the
            # front is gone, and the acked request with it (§32). Only settings this server has.
            await link.conn.execute(keep_statements_sql())
            link.conn.pgconn.nonblocking = 1  # flush must not block the event loop

    async def aclose(self) -> None:
        """Let the batches under way finish (bounded), then stop; requests never sent fail
        (the forwarder runs them in this process)."""
        for _ in range(int(WRITE_TIMEOUT_S / 0.01)):
            if not any(link.batch for link in self._links):
                break
            await asyncio.sleep(0.01)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for item in self._pending:
            item.stop()
        self._pending.clear()


def reason(exc: BaseException | None) -> str:
    """One line naming a database failure (no traceback: the story is the database's)."""
    if exc is None:
        return "no reason given"
    first = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def _sent(batch: list[_Pending]) -> None:
    for item in batch:
        if not item.sent.done():
            item.sent.set_result(None)


async def _reply(pgconn: Any, batch: list[_Pending]) -> set[str]:
    """Flush what is left of the INSERT (`sent` resolves then), then read its reply."""
    fd = pgconn.socket
    while pgconn.flush():
        await _ready(fd, writable=True)
    _sent(batch)
    results = []
    while True:
        pgconn.consume_input()
        while not pgconn.is_busy():
            result = pgconn.get_result()
            if result is None:
                return _returned_keys(results)
            results.append(result)
        await _ready(fd, writable=False)


def _returned_keys(results: list[Any]) -> set[str]:
    """The keys the INSERT added, from libpq's results (an error raised as the driver's)."""
    keys: set[str] = set()
    for result in results:
        if result.status != pq.ExecStatus.TUPLES_OK:
            message = result.error_message.decode("utf-8", "replace").strip()
            if result.error_field(pq.DiagnosticField.SQLSTATE) == LOCK_NOT_AVAILABLE.encode():
                raise IntakeLocked(message)
            raise IntakeRefused(message or "intake write failed")
        keys.update(result.get_value(row, 0).decode() for row in range(result.ntuples))
    return keys


async def _ready(fd: int, *, writable: bool) -> None:
    """Until the socket `fd` can be written (or read)."""
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[None] = loop.create_future()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    if writable:
        loop.add_writer(fd, wake)
    else:
        loop.add_reader(fd, wake)
    try:
        await ready
    finally:
        if writable:
            loop.remove_writer(fd)
        else:
            loop.remove_reader(fd)
