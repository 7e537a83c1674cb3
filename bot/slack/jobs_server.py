"""The jobs process: takes acked requests from the front over a Unix socket and does their work.

Each line is one request (see `bot.slack.forwarder.job_record`); it is dispatched again here,
where the listener's ack goes nowhere and its job runs on this process's worker. The process
stops on SIGTERM/SIGINT (after finishing its jobs, bounded) or when the front process is gone,
and removes its socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
from pathlib import Path

from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.slack.app import runtime_of
from bot.slack.dispatch import dispatch
from bot.slack.runtime import Runtime

log = logging.getLogger("datarequest.slack")

# Slack payloads can be large (a modal's whole state): allow long lines.
MAX_LINE = 32 * 1024 * 1024
PARENT_CHECK_S = 1.0


def read_record(line: bytes) -> AsyncBoltRequest | None:
    """The request a line holds, with its timing seed in the context; None if unreadable."""
    try:
        record = json.loads(line)
        seed = {"received_at": float(record["received_at"]), "ack_ms": record.get("ack_ms")}
        if "body" in record:
            req = AsyncBoltRequest(body=record["body"], headers=record["headers"], mode="http")
        else:
            req = AsyncBoltRequest(
                body=record["payload"], headers=record["headers"], mode="socket_mode"
            )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    req.context["job_seed"] = seed
    return req


async def _dispatch_job(rt: Runtime, req: AsyncBoltRequest) -> None:
    response = await dispatch(rt, req)
    if response.status >= 400:
        log.warning("jobs process refused a request: %s", response.status)


async def run_jobs_server(app: AsyncApp, socket_path: str) -> None:
    """Serve the front process on `socket_path` until stopped (see the module docstring)."""
    rt = runtime_of(app)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while line := await reader.readline():
            req = read_record(line)
            if req is None:
                log.error("jobs process: unreadable request line dropped")
                continue
            rt.worker.spawn(_dispatch_job(rt, req), name="dispatch")
        writer.close()

    server = await asyncio.start_unix_server(handle, path=socket_path, limit=MAX_LINE)
    os.chmod(socket_path, 0o600)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    watcher = asyncio.ensure_future(_watch_parent(os.getppid(), stop))
    try:
        async with server:
            await stop.wait()
    finally:
        watcher.cancel()
        await rt.worker.drain(timeout=20)
        await rt.aclose()
        rt.worker.shutdown()
        _remove_socket(socket_path)


async def _watch_parent(parent: int, stop: asyncio.Event) -> None:
    # The front process may die without stopping us (SIGKILL): stop with it.
    while not stop.is_set():
        if os.getppid() != parent:
            log.warning("the front process is gone; the jobs process stops")
            stop.set()
        await asyncio.sleep(PARENT_CHECK_S)


def _remove_socket(socket_path: str) -> None:
    """Remove the socket, and its folder when nothing else is in it (a front killed by -9)."""
    path = Path(socket_path)
    with contextlib.suppress(OSError):
        path.unlink()
    with contextlib.suppress(OSError):
        path.parent.rmdir()
