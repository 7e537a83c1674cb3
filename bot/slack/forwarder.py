"""Front process: hands acked requests to the jobs process over a private Unix socket.

One JSON line per request: the raw HTTP body (or the Socket Mode payload), the headers, the
arrival time and the ack time. If the jobs process cannot be reached the work runs in this
process instead (`dispatch_here`), so nothing acked is lost to a missing socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import Any

from slack_bolt.request.async_request import AsyncBoltRequest

from bot.slack.dispatch import dispatch_here
from bot.slack.request_log import RequestLog
from bot.slack.runtime import Runtime

log = logging.getLogger("datarequest.slack")


def job_record(req: AsyncBoltRequest, *, received_at: float, ack_ms: float | None) -> bytes:
    """The line sent to the jobs process for `req` (see `bot.slack.jobs_server.read_record`)."""
    record: dict[str, Any] = {"headers": req.headers, "received_at": received_at, "ack_ms": ack_ms}
    if req.raw_body:
        record["body"] = req.raw_body
    else:  # Socket Mode: the payload arrived parsed
        record["payload"] = req.body
    return json.dumps(record).encode() + b"\n"


class JobForwarder:
    """Writes each acked request to the jobs process; reconnects, or runs the work here."""

    def __init__(self, socket_path: str, rt: Runtime) -> None:
        self.socket_path = socket_path
        self.rt = rt
        self._writer: asyncio.StreamWriter | None = None
        self._connecting: asyncio.Lock | None = None
        self._sending: set[asyncio.Task[Any]] = set()

    def send(
        self,
        req: AsyncBoltRequest,
        *,
        received_at: float,
        ack_ms: float | None,
        fallback: RequestLog,
    ) -> None:
        line = job_record(req, received_at=received_at, ack_ms=ack_ms)
        writer = self._writer
        if writer is not None and not writer.is_closing():
            writer.write(line)  # buffered; never blocks the ack
            return
        task = asyncio.ensure_future(self._connect_and_send(line, req, fallback))
        self._sending.add(task)
        task.add_done_callback(self._sending.discard)

    async def _connect_and_send(
        self, line: bytes, req: AsyncBoltRequest, fallback: RequestLog
    ) -> None:
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        try:
            async with self._connecting:
                if self._writer is None or self._writer.is_closing():
                    _reader, self._writer = await asyncio.open_unix_connection(self.socket_path)
            self._writer.write(line)
            await self._writer.drain()
        except OSError:
            log.error("jobs process unreachable at %s; running the job here", self.socket_path)
            self._writer = None
            await dispatch_here(self.rt, req, ack_ms=fallback.ack_ms)

    async def aclose(self) -> None:
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(Exception):
                await self._writer.wait_closed()
