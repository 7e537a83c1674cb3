"""The jobs process: takes the requests the front process stored and does their work.

The front stores every acked request in the intake table (`bot.slack.intake`) and writes a byte
on this process's Unix socket to wake it; `IntakeRunner` claims the stored requests and runs them
through the one dispatch, where the listener's ack goes nowhere and its job runs on this
process's worker. The process stops on SIGTERM/SIGINT (after finishing its jobs, bounded) or
when the front process is gone, and removes its socket. What it had not finished stays stored
and is taken up by the next jobs process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from pathlib import Path

from slack_bolt.async_app import AsyncApp

from bot.slack.app import runtime_of
from bot.slack.intake import IntakeStore
from bot.slack.intake_runner import IntakeRunner, read_record

__all__ = ["read_record", "run_jobs_server"]

log = logging.getLogger("datarequest.slack")

MAX_LINE = 64 * 1024
PARENT_CHECK_S = 1.0


async def run_jobs_server(app: AsyncApp, socket_path: str) -> None:
    """Serve the front process on `socket_path` until stopped (see the module docstring)."""
    rt = runtime_of(app)
    store = IntakeStore(rt.services.session_factory, clock=rt.services.clock)
    runner = IntakeRunner(rt, store)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while await reader.readline():
                runner.wake.set()
        except (ConnectionError, ValueError, asyncio.CancelledError):
            pass  # the front went away, or this process is stopping
        writer.close()

    server = await asyncio.start_unix_server(handle, path=socket_path, limit=MAX_LINE)
    os.chmod(socket_path, 0o600)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    watcher = asyncio.ensure_future(_watch_parent(os.getppid(), stop))
    taking = asyncio.ensure_future(runner.run(stop))
    try:
        async with server:
            await stop.wait()
    finally:
        stop.set()
        watcher.cancel()
        with contextlib.suppress(Exception):
            await taking
        await rt.worker.drain(timeout=20)
        await asyncio.to_thread(runner.close)
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
