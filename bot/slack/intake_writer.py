"""The front's writers of the durable intake: each acked request is committed before its ack.

Both batch the requests that arrive together into one transaction (group commit), so an ack
costs about one commit however many arrive at once:

- `AsyncIntakeWriter` (PostgreSQL): the acking event loop writes the rows itself over psycopg's
  async connection, one multi-row `INSERT ... ON CONFLICT DO NOTHING RETURNING` in autocommit
  (one round trip, durable when it returns). No thread sits between the ack and the commit:
  on a busy machine each hand-off between threads is another wait for a time slice.
- `IntakeWriter` (SQLite, or any other database): one thread with a kept SQLAlchemy connection;
  the loop awaits its future.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from concurrent.futures import Future
from typing import Any

import psycopg
from sqlalchemy import Connection

from bot.slack.intake import PENDING, IntakeStore, first_is_new, unique_rows

log = logging.getLogger("datarequest.slack")


class AsyncIntakeWriter:
    """PostgreSQL intake rows written from the event loop (see the module docstring)."""

    def __init__(
        self, store: IntakeStore, conninfo: str, *, writers: int = 2, max_batch: int = 64
    ) -> None:
        self.store = store
        self.conninfo = conninfo
        self.max_batch = max_batch
        self.writers = writers
        self._pending: list[tuple[str, str, asyncio.Future[bool]]] = []
        self._wake: asyncio.Event | None = None
        self._tasks: list[asyncio.Task[None]] = []

    async def write(self, key: str, record: str) -> bool:
        """True once the request is committed; False for a delivery stored before."""
        if self._wake is None:
            self._wake = asyncio.Event()
            self._tasks = [
                asyncio.get_running_loop().create_task(self._run(), name=f"dr-intake-{n}")
                for n in range(self.writers)
            ]
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._pending.append((key, record, future))
        self._wake.set()
        return await future

    async def _run(self) -> None:
        assert self._wake is not None
        conn: Any = None  # kept between batches
        try:
            while True:
                await self._wake.wait()
                batch = self._pending[: self.max_batch]
                del self._pending[: self.max_batch]
                if not self._pending:
                    self._wake.clear()
                if batch:
                    conn = await self._write(conn, batch)
        finally:
            if conn is not None:
                with contextlib.suppress(Exception):
                    await conn.close()

    async def _write(self, conn: Any, batch: list[tuple[str, str, asyncio.Future[bool]]]) -> Any:
        """Commit `batch` and resolve its futures; the connection to keep (None: open anew)."""
        try:
            if conn is None or conn.closed:
                conn = await psycopg.AsyncConnection.connect(
                    self.conninfo, autocommit=True, connect_timeout=10
                )
            stored = await self._insert(conn, batch)
        except Exception as exc:
            log.exception("intake: storing %d request(s) failed", len(batch))
            for _, _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            if conn is not None:
                with contextlib.suppress(Exception):
                    await conn.close()
            return None
        news = first_is_new([key for key, _, _ in batch], stored)
        for (_, _, future), new in zip(batch, news, strict=True):
            if not future.done():
                future.set_result(new)
        return conn

    async def _insert(self, conn: Any, batch: list[tuple[str, str, Any]]) -> set[str]:
        now = self.store.clock()
        rows = unique_rows([(key, record) for key, record, _ in batch])
        values = ", ".join(["(%s, %s, %s, 0, %s)"] * len(rows))
        args: list[Any] = []
        for key, record in rows.items():
            args += [key, record, PENDING, now]
        async with conn.cursor() as cursor:
            await cursor.execute(
                "INSERT INTO slack_intake (key, record, state, attempts, created_at)"
                f" VALUES {values} ON CONFLICT (key) DO NOTHING RETURNING key",
                args,
            )
            return {row[0] for row in await cursor.fetchall()}

    async def aclose(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for _, _, future in self._pending:  # never written: their requests run in this process
            if not future.done():
                future.set_exception(RuntimeError("the intake writer stopped"))
        self._pending.clear()


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

    async def write(self, key: str, record: str) -> bool:
        """True once the request is committed; False for a delivery stored before."""
        return await asyncio.wrap_future(self.submit(key, record))

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
