"""The durable intake's writer for SQLite (or any database but PostgreSQL): one background
thread with a kept SQLAlchemy connection and one transaction per batch; `send` returns after the
commit, since no server finishes the write for a process that dies (PostgreSQL's writer is
`AsyncIntakeWriter`, bot.slack.intake_writer).
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from concurrent.futures import Future

from sqlalchemy import Connection

from bot.slack.intake import IntakeStore
from bot.slack.intake_writer import FAILED_WRITES, reason


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
            # A request whose ack gave up waiting (answered 503) is not written; the others
            # can no longer be cancelled from here on.
            batch = [item for item in batch if item[2].set_running_or_notify_cancel()]
            if not batch:
                continue
            try:
                if conn is None:
                    conn = self.store.session_factory.kw["bind"].connect()
                added = self.store.add_many([(key, record) for key, record, _ in batch], conn)
            except Exception as exc:
                FAILED_WRITES.warning(
                    f"intake: storing {len(batch)} request(s) failed ({reason(exc)})"
                )
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
