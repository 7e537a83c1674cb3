"""Front process: stores each acked request durably, then wakes the jobs process.

`send` writes the request (the raw HTTP body or the Socket Mode payload, the headers, the arrival
and ack times) to the intake table (`bot.slack.intake`) and returns once it is safe from a crash
of this process (on PostgreSQL: handed whole to the database, see `bot.slack.intake_writer`;
elsewhere: committed); the dispatch awaits it before the ack leaves, so an acked request is
never only in memory. Once committed, one byte on the jobs process's Unix socket wakes it; if
the socket cannot be reached nothing is lost: the jobs process (restarted by its supervisor)
takes every pending row when it starts and polls.
When the database itself refuses the write, before or after the ack, the work runs in this
process (`dispatch_here`).
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
from bot.slack.intake_writer import AsyncIntakeWriter, IntakeWriter
from bot.slack.request_log import RequestLog
from bot.slack.runtime import Runtime

log = logging.getLogger("datarequest.slack")

WAKE = b"\n"


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

    async def send(
        self,
        req: AsyncBoltRequest,
        *,
        received_at: float,
        ack_ms: float | None,
        fallback: RequestLog,
    ) -> None:
        record = job_record(req, received_at=received_at, ack_ms=ack_ms).decode()
        key = delivery_key(req.body, req.raw_body or None)
        if ack_trace.enabled():
            ack_trace.ensure_monitor()
        try:
            committed = await self.writer.send(key, record)
        except Exception:
            log.error("intake unavailable; running the request here")
            await dispatch_here(self.rt, req, ack_ms=fallback.ack_ms)
            return
        # The ack leaves now; the commit (on PostgreSQL a moment later) is seen to here.
        if ack_trace.enabled():
            _trace_request(key, received_at, committed)
        committed.add_done_callback(lambda done: self._stored(done, req, fallback))

    def _stored(
        self, committed: asyncio.Future[bool], req: AsyncBoltRequest, fallback: RequestLog
    ) -> None:
        """Once the database answered: wake the jobs process, or note a retried delivery; a
        write the database refused runs here, so the acked request is still answered."""
        if committed.cancelled():
            return  # shutting down: the database has the row (sent), the jobs process polls
        if committed.exception() is not None:
            log.error("intake write not confirmed; running the request here")
            task = asyncio.ensure_future(dispatch_here(self.rt, req, ack_ms=fallback.ack_ms))
            self._confirming.add(task)
            task.add_done_callback(self._confirming.discard)
        elif not committed.result():
            fallback.finish("duplicate:stored")
        else:
            self._wake()

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
        for task in list(self._confirming):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
