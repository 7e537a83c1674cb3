"""Front process: stores each acked request durably, then wakes the jobs process.

`send` writes the request (the raw HTTP body or the Socket Mode payload, the headers, the arrival
and ack times) to the intake table (`bot.slack.intake`) and returns once it is safe from a crash
of this process (on PostgreSQL: handed whole to the database, see `bot.slack.intake_writer`;
elsewhere: committed); the dispatch awaits it before the ack leaves, so an acked request is
never only in memory. Once committed, one byte on the jobs process's Unix socket wakes it; if
the socket cannot be reached nothing is lost: the jobs process (restarted by its supervisor)
takes every pending row when it starts and polls.

When the database cannot take the request (restarted, unreachable, a read-only or full disk),
`send` tries again within STORE_BUDGET_S and then says False: the dispatch answers 503, not
200, so Slack retries the delivery (events) or shows the person that it failed. Running the
work here instead acked requests whose work then failed on the same database, and nobody
ever answered them. An INSERT that left before the ack but whose commit was never confirmed
(the connection died under it) is stored again until the database takes it (the key is
unique: storing twice adds nothing), then the jobs process is woken. Only a database that
answers the INSERT with an error of its own (`IntakeRefused`: it is up) has the work run in
this process (`dispatch_here`); a lock waited for past the intake's `lock_timeout` is not one
(`IntakeLocked`): the request is stored again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from typing import Any

from slack_bolt.request.async_request import AsyncBoltRequest

from bot.slack import ack_trace
from bot.slack.dispatch import dispatch_here
from bot.slack.intake import IntakeStore, delivery_key
from bot.slack.intake_thread_writer import IntakeWriter
from bot.slack.intake_writer import AsyncIntakeWriter, IntakeRefused, reason
from bot.slack.request_log import QuietLog, RequestLog
from bot.slack.runtime import Runtime

log = logging.getLogger("datarequest.slack")

WAKE = b"\n"
# Slack waits 3 s for an ack; the write is tried again until this, then the answer is a 503.
STORE_BUDGET_S = 2.0
# An INSERT sent before the ack whose commit was not confirmed is stored again this long (the
# database restarting); past it, the work runs here as a last resort.
STORE_AGAIN_FOR_S = 900.0
UNSTORED = QuietLog(log, interval=5.0)


def job_record(req: AsyncBoltRequest, *, received_at: float, ack_ms: float | None) -> bytes:
    """The stored form of `req` (see `bot.slack.jobs_server.read_record`), one JSON line."""
    record: dict[str, Any] = {"headers": req.headers, "received_at": received_at, "ack_ms": ack_ms}
    if req.raw_body:
        record["body"] = req.raw_body
    else:  # Socket Mode: the payload arrived parsed
        record["payload"] = req.body
    return json.dumps(record).encode() + b"\n"


def _trace_request(key: str, received_at: float, committed: asyncio.Future[bool]) -> None:
    out = time.time()
    committed.add_done_callback(
        lambda _: ack_trace.record("req", key=key, rx=received_at, out=out, commit=time.time())
    )


def intake_writer_for(store: IntakeStore) -> AsyncIntakeWriter | IntakeWriter:
    """PostgreSQL: rows written from the event loop itself; other databases: a writer thread."""
    engine = store.session_factory.kw["bind"]
    if engine.dialect.name == "postgresql":
        url = engine.url.set(drivername="postgresql")
        return AsyncIntakeWriter(store, url.render_as_string(hide_password=False))
    return IntakeWriter(store)


class JobForwarder:
    """Stores each acked request, then wakes the jobs process (see the module docstring)."""

    def __init__(self, socket_path: str, rt: Runtime) -> None:
        self.socket_path = socket_path
        self.rt = rt
        services = rt.services
        self.writer = intake_writer_for(IntakeStore(services.session_factory, clock=services.clock))
        self._writer: asyncio.StreamWriter | None = None
        self._connecting: asyncio.Lock | None = None
        self._waking: set[asyncio.Task[Any]] = set()
        self._confirming: set[asyncio.Task[Any]] = set()
        self._storing: set[asyncio.Task[Any]] = set()  # of those, the ones still storing

    async def send(
        self,
        req: AsyncBoltRequest,
        *,
        received_at: float,
        ack_ms: float | None,
        fallback: RequestLog,
    ) -> bool:
        """Store `req` before its ack; False when the database did not take it in time (the
        dispatch then answers 503, see the module docstring)."""
        record = job_record(req, received_at=received_at, ack_ms=ack_ms).decode()
        key = delivery_key(req.body, req.raw_body or None)
        if ack_trace.enabled():
            ack_trace.ensure_monitor()
        committed = await self._store(key, record)
        if committed is None:
            fallback.finish("refused:503 (intake unavailable)")
            return False
        # The ack leaves now; the commit (on PostgreSQL a moment later) is seen to here.
        if ack_trace.enabled():
            _trace_request(key, received_at, committed)
        committed.add_done_callback(lambda done: self._stored(done, req, key, record, fallback))
        return True

    async def _store(self, key: str, record: str) -> asyncio.Future[bool] | None:
        """The writer's commit future once the request left for the database; None when it
        could not be handed over within STORE_BUDGET_S (nothing of it will be stored)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STORE_BUDGET_S
        pause = 0.1
        while True:
            try:
                async with asyncio.timeout(max(deadline - loop.time(), 0.01)):
                    return await self.writer.send(key, record)
            except Exception as exc:  # noqa: BLE001 (any failure of the database: try again)
                problem = exc
            if loop.time() + pause >= deadline:
                UNSTORED.warning(
                    "intake: the database did not take a request within "
                    f"{STORE_BUDGET_S:.0f} s ({reason(problem)}); answered 503, Slack may retry"
                )
                return None
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.5)

    def _stored(
        self,
        committed: asyncio.Future[bool],
        req: AsyncBoltRequest,
        key: str,
        record: str,
        fallback: RequestLog,
    ) -> None:
        """Once the database answered: wake the jobs process, or note a retried delivery; a
        commit not confirmed is stored again (`_store_again`)."""
        if committed.cancelled():
            return  # shutting down: the database has the row (sent), the jobs process polls
        if committed.exception() is not None:
            task = asyncio.ensure_future(
                self._store_again(req, key, record, fallback, committed.exception())
            )
            self._confirming.add(task)
            self._storing.add(task)
            task.add_done_callback(self._confirming.discard)
            task.add_done_callback(self._storing.discard)
        elif not committed.result():
            fallback.finish("duplicate:stored")
        else:
            self._wake()

    async def _store_again(
        self,
        req: AsyncBoltRequest,
        key: str,
        record: str,
        fallback: RequestLog,
        problem: BaseException | None,
    ) -> None:
        """An acked request whose INSERT was sent but not confirmed: store it again until the
        database takes it, then wake the jobs process (see the module docstring)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STORE_AGAIN_FOR_S
        pause = 0.5
        log.warning(
            "intake: an acked request was not confirmed stored (%s); storing it again",
            reason(problem),
        )
        while not isinstance(problem, IntakeRefused) and loop.time() < deadline:
            await asyncio.sleep(pause)
            pause = min(pause * 2, 5.0)
            try:
                await (await self.writer.send(key, record))
            except Exception as exc:  # noqa: BLE001 (still unavailable: wait and try again)
                problem = exc
                continue
            log.warning("intake: the acked request %s is stored now", key[:60])
            self._wake()
            return
        log.error(
            "intake: the database refused an acked request (%s); running it here", reason(problem)
        )
        self._storing.discard(asyncio.current_task())  # type: ignore[arg-type]
        await dispatch_here(self.rt, req, ack_ms=fallback.ack_ms)

    def _wake(self) -> None:
        writer = self._writer
        if writer is not None and not writer.is_closing():
            writer.write(WAKE)
            return
        task = asyncio.ensure_future(self._connect_and_wake())
        self._waking.add(task)
        task.add_done_callback(self._waking.discard)

    async def _connect_and_wake(self) -> None:
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        try:
            async with self._connecting:
                if self._writer is None or self._writer.is_closing():
                    _reader, self._writer = await asyncio.open_unix_connection(self.socket_path)
            self._writer.write(WAKE)
            await self._writer.drain()
        except OSError:
            # Stored already: the jobs process takes it when it is back (it polls).
            log.warning("jobs process not reachable at %s; the request waits", self.socket_path)
            self._writer = None

    async def aclose(self) -> None:
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(Exception):
                await self._writer.wait_closed()
        await self.writer.aclose()
        await asyncio.sleep(0)  # the confirmations of the last replies run (call_soon)
        for task in list(self._storing):  # the database is still away: say that it is lost
            log.error("intake: an acked request was never stored; this process stops")
            task.cancel()
        for task in list(self._confirming):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
