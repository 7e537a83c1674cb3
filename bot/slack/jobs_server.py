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
import shutil
import signal
import threading
import time
from pathlib import Path

from slack_bolt.async_app import AsyncApp

from bot.slack.app import runtime_of
from bot.slack.intake import IntakeStore
from bot.slack.intake_runner import OUTBOX_EVERY_S, IntakeRunner, read_record
from bot.slack.process import FRONT_PID_ENV, SOCKET_NAME, jobs_folder

__all__ = ["JobsThread", "read_record", "run_jobs_server"]

log = logging.getLogger("datarequest.slack")

MAX_LINE = 64 * 1024
PARENT_CHECK_S = 1.0
START_TIMEOUT_S = 60.0


async def run_jobs_server(
    app: AsyncApp, socket_path: str, *, stop: asyncio.Event | None = None, own_process: bool = True
) -> None:
    """Serve the front process on `socket_path` until stopped (see the module docstring).

    `own_process=False` (`serve --single-process`): a thread of the front's process, stopped by
    `stop`; no signal handlers, no watch on the parent.
    """
    rt = runtime_of(app)
    # Requests arriving meanwhile wait in the durable intake; none pays for the index.
    try:
        await asyncio.to_thread(rt.services.warm_matcher)
    except Exception as exc:  # the first request meets it again and turns it into words
        log.warning("the matcher's index could not be built ahead of the first request: %s", exc)
    store = IntakeStore(rt.services.session_factory, clock=rt.services.clock)
    retry_after_s = rt.settings.job_retry_after_s
    # The outbox passes at least as often as a request is retried (a kept answer's backoff).
    outbox_every_s = min(OUTBOX_EVERY_S, retry_after_s)
    runner = IntakeRunner(rt, store, retry_after_s=retry_after_s, outbox_every_s=outbox_every_s)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while await reader.readline():
                runner.front_acked()
        except (ConnectionError, ValueError, asyncio.CancelledError):
            pass  # the front went away, or this process is stopping
        writer.close()

    server = await asyncio.start_unix_server(handle, path=socket_path, limit=MAX_LINE)
    os.chmod(socket_path, 0o600)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    if own_process:
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
    parent = front_pid() if own_process else None
    watcher = asyncio.ensure_future(_watch_parent(parent, stop))
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


def front_pid() -> int:
    """The front that started this process: the pid it handed over, else the parent now (if
    the front died while this process was starting, the parent now is whoever adopted it)."""
    given = os.environ.get(FRONT_PID_ENV, "")
    return int(given) if given.isdigit() else os.getppid()


async def _watch_parent(parent: int | None, stop: asyncio.Event) -> None:
    # The front process may die without stopping us (SIGKILL): stop with it.
    while not stop.is_set():
        if parent is not None and os.getppid() != parent:
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


class JobsThread:
    """`serve --single-process`: the jobs side in a thread of this process, on its own loop.

    The front still stores every request before it acks and this thread takes it from the
    intake, so a crash of the one process loses nothing either: the next `serve` takes up what
    was stored and not finished.
    """

    def __init__(self, app: AsyncApp) -> None:
        self.folder = str(jobs_folder())
        self.socket_path = str(Path(self.folder) / SOCKET_NAME)
        self._loop = asyncio.new_event_loop()
        self._stop = asyncio.Event()
        self._thread = threading.Thread(
            target=self._loop.run_until_complete,
            args=(run_jobs_server(app, self.socket_path, stop=self._stop, own_process=False),),
            name="dr-jobs-server",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not Path(self.socket_path).exists():
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the jobs thread did not start")
            time.sleep(0.02)

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the jobs in flight (bounded) and remove the socket and its folder."""
        if self._thread.is_alive():
            with contextlib.suppress(RuntimeError):  # the loop has closed already
                self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(timeout)
        shutil.rmtree(self.folder, ignore_errors=True)
