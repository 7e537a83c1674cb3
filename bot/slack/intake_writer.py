"""The front's writers of the durable intake: each request reaches the database before its ack.

Both batch the requests that arrive together (group commit), so an ack costs about one write
however many arrive at once, and both answer `send(key, record)`: it returns once the request
is safe from a crash of this process, with a future that says, at the commit, whether the
delivery was new (False: Slack retried one stored before).

- `AsyncIntakeWriter` (PostgreSQL): the acking event loop writes the rows itself over libpq,
  one multi-row `INSERT ... ON CONFLICT DO NOTHING RETURNING` in autocommit (one round trip),
  over six connections: a batch waits for a free one, and with two a request arriving while
  both waited for their commits waited for a commit all the same (c=8: p99 33-35 ms with two,
  19-20 ms with six, same script and machine).
  `send` returns when the whole statement has been handed to the connection's socket (libpq's
  flush), before the server's reply: from then on the server commits it whatever becomes of
  this process (a statement received whole runs to its end; the socket holds no unread reply
  while the statement is out, so even a `kill -9` closes it cleanly and the bytes are
  delivered). The ack leaves without waiting for the commit's WAL flush, which on a busy
  machine is most of an ack's time. Should the server refuse or lose the statement, the
  future fails and the forwarder runs the requests in this process (a request is lost only if
  the database fails the write and this process dies within the same millisecond).
- `IntakeWriter` (SQLite, or any other database): one thread with a kept SQLAlchemy connection;
  `send` returns after the commit (there is no server to finish the write for a dead process).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import pq
from sqlalchemy import Connection

from bot.slack.intake import PENDING, IntakeStore, first_is_new, unique_rows

log = logging.getLogger("datarequest.slack")

WRITE_TIMEOUT_S = 10.0  # a database that takes longer fails the batch: the front runs it


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
        elif not self.committed.done():
            self.committed.set_exception(exc)

    def stop(self) -> None:
        """The writer stops: a sent request is the server's (the jobs process polls for it);
        one never sent fails, and the forwarder runs it in this process."""
        if self.sent.done():
            self.committed.cancel()
        else:
            self.fail(RuntimeError("the intake writer stopped"))


class AsyncIntakeWriter:
    """PostgreSQL intake rows written from the event loop (see the module docstring)."""

    def __init__(
        self, store: IntakeStore, conninfo: str, *, writers: int = 6, max_batch: int = 64
    ) -> None:
        self.store = store
        self.conninfo = conninfo
        self.max_batch = max_batch
        self.writers = writers
        self._pending: list[_Pending] = []
        self._batches: dict[int, list[_Pending]] = {}
        # One future per idle writer: a request wakes one of them, not all six.
        self._idle: list[asyncio.Future[None]] = []
        self._tasks: list[asyncio.Task[None]] = []

    async def send(self, key: str, record: str) -> asyncio.Future[bool]:
        """Returns once the request has left for the database; the future: new or not."""
        loop = asyncio.get_running_loop()
        if not self._tasks:
            self._tasks = [
                loop.create_task(self._run(), name=f"dr-intake-{n}") for n in range(self.writers)
            ]
        item = _Pending(key, record, loop.create_future(), loop.create_future())
        self._pending.append(item)
        while self._idle:
            idle = self._idle.pop()
            if not idle.done():  # (a writer cancelled while idle left its future behind)
                idle.set_result(None)
                break
        await item.sent
        return item.committed

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        conn: Any = None  # kept between batches
        try:
            while True:
                if not self._pending:  # a busy writer takes what came meanwhile at once
                    idle: asyncio.Future[None] = loop.create_future()
                    self._idle.append(idle)
                    await idle
                batch = self._pending[: self.max_batch]
                del self._pending[: self.max_batch]
                if batch:
                    self._batches[id(batch)] = batch
                    try:
                        conn = await self._write(conn, batch)
                    except asyncio.CancelledError:
                        for item in batch:
                            item.stop()
                        raise
                    finally:
                        del self._batches[id(batch)]
        finally:
            if conn is not None:
                with contextlib.suppress(Exception):
                    await conn.close()

    async def _write(self, conn: Any, batch: list[_Pending]) -> Any:
        """Write `batch` and resolve its futures; the connection to keep (None: open anew)."""
        try:
            async with asyncio.timeout(WRITE_TIMEOUT_S):
                if conn is None or conn.closed:
                    conn = await psycopg.AsyncConnection.connect(
                        self.conninfo, autocommit=True, connect_timeout=10
                    )
                    conn.pgconn.nonblocking = 1  # flush must not block the event loop
                stored = await self._insert(conn.pgconn, batch)
        except Exception as exc:
            log.exception("intake: storing %d request(s) failed", len(batch))
            for item in batch:
                item.fail(exc)
            if conn is not None:
                with contextlib.suppress(Exception):
                    await conn.close()
            return None
        news = first_is_new([item.key for item in batch], stored)
        for item, new in zip(batch, news, strict=True):
            if not item.committed.done():
                item.committed.set_result(new)
        return conn

    async def _insert(self, pgconn: Any, batch: list[_Pending]) -> set[str]:
        """One INSERT of the batch: `sent` resolved once libpq flushed it, then the reply read."""
        now = self.store.clock().isoformat()  # aware: the column is timestamptz
        rows = unique_rows([(item.key, item.record) for item in batch])
        values = ", ".join(
            f"(${n * 3 + 1}, ${n * 3 + 2}, '{PENDING}', 0, ${n * 3 + 3}::timestamptz)"
            for n in range(len(rows))
        )
        args: list[bytes] = []
        for key, record in rows.items():
            args += [key.encode(), record.encode(), now.encode()]
        pgconn.send_query_params(
            "INSERT INTO slack_intake (key, record, state, attempts, created_at)"
            f" VALUES {values} ON CONFLICT (key) DO NOTHING RETURNING key".encode(),
            args,
        )
        fd = pgconn.socket
        while pgconn.flush():
            await _ready(fd, writable=True)
        for item in batch:
            if not item.sent.done():
                item.sent.set_result(None)
        results = []
        while True:
            pgconn.consume_input()
            while not pgconn.is_busy():
                result = pgconn.get_result()
                if result is None:
                    return _returned_keys(results)
                results.append(result)
            await _ready(fd, writable=False)

    async def aclose(self) -> None:
        """Let the batches under way finish (bounded), then stop; requests never sent fail
        (the forwarder runs them in this process)."""
        for _ in range(int(WRITE_TIMEOUT_S / 0.01)):
            if not self._batches:
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


def _returned_keys(results: list[Any]) -> set[str]:
    """The keys the INSERT added, from libpq's results (an error raised as the driver's)."""
    keys: set[str] = set()
    for result in results:
        if result.status != pq.ExecStatus.TUPLES_OK:
            raise psycopg.OperationalError(
                result.error_message.decode("utf-8", "replace").strip() or "intake write failed"
            )
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


class IntakeWriter:
    """Stores requests from the acking event loop: one thread, one transaction per batch.

    Requests that arrive while a batch is written wait for the next one (group commit), so the
    cost per ack stays about one commit however many requests arrive together.
    """

    def __init__(self, store: IntakeStore, max_batch: int = 64, writers: int | None = None) -> None:
        self.store = store
        self.max_batch = max_batch
        self._queue: queue.SimpleQueue[tuple[str, str, Future[bool]] | None] = queue.SimpleQueue()
        if writers is None:
            # PostgreSQL commits two batches at once (one WAL flush can serve both); SQLite
            # has one writer at a time anyway.
            bind = store.session_factory.kw.get("bind")
            writers = (
                2 if getattr(getattr(bind, "dialect", None), "name", "") == "postgresql" else 1
            )
        self._threads = [
            threading.Thread(target=self._run, name=f"dr-intake-{n}", daemon=True)
            for n in range(writers)
        ]
        for thread in self._threads:
            thread.start()

    async def send(self, key: str, record: str) -> asyncio.Future[bool]:
        """Returns once the request is committed, with a done future: new or not."""
        new = await asyncio.wrap_future(self.submit(key, record))
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        done.set_result(new)
        return done

    async def aclose(self) -> None:
        await asyncio.to_thread(self.close)

    def submit(self, key: str, record: str) -> Future[bool]:
        """A future that resolves (True: new, False: a retried delivery) once it is committed."""
        future: Future[bool] = Future()
        self._queue.put((key, record, future))
        return future

    def _run(self) -> None:
        conn: Connection | None = None  # kept between batches: a checkout per ack costs CPU
        while True:
            first = self._queue.get()
            if first is None:
                if conn is not None:
                    conn.close()
                return
            batch = [first]
            while len(batch) < self.max_batch:
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    self._queue.put(None)
                    break
                batch.append(nxt)
            try:
                if conn is None:
                    conn = self.store.session_factory.kw["bind"].connect()
                added = self.store.add_many([(key, record) for key, record, _ in batch], conn)
            except Exception as exc:
                log.exception("intake: storing %d request(s) failed", len(batch))
                for _, _, future in batch:
                    future.set_exception(exc)
                if conn is not None:  # a fresh connection for the next batch
                    with contextlib.suppress(Exception):
                        conn.close()
                    conn = None
                continue
            for (_, _, future), new in zip(batch, added, strict=True):
                future.set_result(new)

    def close(self) -> None:
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.join(timeout=10)
