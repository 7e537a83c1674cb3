"""The jobs process's work stays behind the acks, on every core it reaches.

The jobs process runs at nice 19 so that the front's acks come first, but part of its work runs
elsewhere or wider than one thread:

- Its PostgreSQL statements (claims, request logs, audit rows, tickets, finish marks) run in
  server backends at the server's priority, beside the front on the same cores.
  `renice_database_backends` gives each backend it opens its own niceness, when the server is
  on this machine and may be reniced from here (as root, or as the server's user); elsewhere it
  changes nothing and says so once.
- DuckDB runs one query on as many threads as `WAREHOUSE_THREADS` (default: every CPU, up to
  4): on two cores one query took both. Unless the operator set it, the jobs process of `serve`
  leaves one core to the front (`jobs_settings`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from bot.settings import Settings, _read_dotenv

log = logging.getLogger("datarequest.slack")

THREADS_ENV = "WAREHOUSE_THREADS"
LOCAL_HOSTS = frozenset({None, "", "localhost", "127.0.0.1", "::1"})


def jobs_settings(
    settings: Settings, environ: Mapping[str, str] | None = None, dotenv: Path | None = None
) -> Settings:
    """The settings for the jobs process: DuckDB on one core less than the machine has (at
    least 1, at most the default) unless WAREHOUSE_THREADS was given."""
    environ = os.environ if environ is None else environ
    if environ.get(THREADS_ENV) or _read_dotenv(dotenv or Path(".env")).get(THREADS_ENV):
        return settings
    spare = max(1, (os.cpu_count() or 1) - 1)
    return replace(settings, warehouse_threads=min(settings.warehouse_threads, spare))


def renice_database_backends(engine: Engine, niceness: int | None = None) -> bool:
    """Every connection `engine` opens from now on gets a server backend at `niceness` (this
    process's own by default); connections already open are dropped. False when the server
    is not PostgreSQL on this machine."""
    url = engine.url
    if engine.dialect.name != "postgresql" or url.host not in LOCAL_HOSTS:
        return False
    target = os.nice(0) if niceness is None else niceness
    refused: list[str] = []

    @event.listens_for(engine, "connect")
    def _renice(dbapi_connection: Any, _record: Any) -> None:
        problem = renice_backend(dbapi_connection.info.backend_pid, target)
        if problem and not refused:
            refused.append(problem)
            log.info("the jobs process's database work keeps the server's priority (%s)", problem)

    engine.dispose()  # the pool's connections reopen through the hook
    return True


def renice_backend(pid: int, niceness: int) -> str | None:
    """Renice the PostgreSQL backend `pid` of this machine; why not, or None when done."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
        if not command.startswith(b"postgres"):  # a server in a container: another pid space
            return f"backend {pid} is not a process of this machine"
        if os.getpriority(os.PRIO_PROCESS, pid) < niceness:
            os.setpriority(os.PRIO_PROCESS, pid, niceness)
    except OSError as exc:
        return f"cannot renice backend {pid}: {exc.strerror or exc}"
    return None
