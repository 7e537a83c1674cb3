"""The jobs process's DuckDB leaves a core to the front's acks.

DuckDB runs one query on as many threads as `WAREHOUSE_THREADS` (default: every CPU, up to 4):
on two cores one query of the jobs process took both. Unless the operator set it, the jobs
process of `serve` runs DuckDB on one core less than the machine has (`jobs_settings`).

Not done, on purpose: renicing the jobs process's PostgreSQL backends to its nice 19 (tried,
as root). A niced backend that holds the WAL's locks while it waits for a core holds up every
commit behind it, the front's intake commits included (priority inversion); the soak's traces
did not settle it either way on a loaded machine (the front's commit p99 79 / 188 ms at c=8 /
c=32 with it, 24 / 40 and 81 / 40 ms in two runs without it).

Not done either: a session of its own for the jobs process (`setsid`) at autogroup nice 19.
With `sched_autogroup_enabled` (most desktop and many server kernels), its nice 19 weighs only
against the front, which shares its session; in a session of its own at nice 19 it weighs
against everything on the machine, and on a busy machine it starved (2 of 960 requests
answered in 3 minutes at load 14; BENCHMARKS.md, "Ack latency: where the c=8 tail is not").
It would also leave the front's process group, so a signal to the group no longer stops it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from bot.settings import Settings, read_dotenv

THREADS_ENV = "WAREHOUSE_THREADS"


def jobs_settings(
    settings: Settings, environ: Mapping[str, str] | None = None, dotenv: Path | None = None
) -> Settings:
    """The settings for the jobs process: DuckDB on one core less than the machine has (at
    least 1, at most the default) unless WAREHOUSE_THREADS was given."""
    environ = os.environ if environ is None else environ
    if environ.get(THREADS_ENV) or read_dotenv(dotenv or Path(".env")).get(THREADS_ENV):
        return settings
    spare = max(1, (os.cpu_count() or 1) - 1)
    return replace(settings, warehouse_threads=min(settings.warehouse_threads, spare))
