"""What the scheduler did to a process over one load round of the soak (Linux /proc).

A round's ack p99 is set by its 2-3 slowest acks of 200-300, so one moment the acking process
waits for a core shows as a high ratio. These figures, per request of the round, tell a round
whose process waited for a core (run delay, involuntary switches) from one whose process had
more to do (CPU), for bare Bolt and the app alike; for the app's jobs process, how many cores
it used while the front acked (what it took from the front, the client and PostgreSQL).

- `cpu_ms`: user + system CPU of the process (all its threads);
- `wait_ms`: time its main thread (the event loop) was runnable but not running (schedstat);
- `preempted`: involuntary context switches of the main thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

_TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Sample:
    cpu_ms: float
    wait_ms: float
    preempted: int


def sample(pid: int) -> Sample | None:
    """The process's counters now; None when /proc does not have them (not Linux, gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        schedstat = Path(f"/proc/{pid}/schedstat").read_text().split()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    cpu_ms = (int(fields[11]) + int(fields[12])) * _TICK_MS  # utime, stime
    preempted = next(
        int(line.split()[1])
        for line in status.splitlines()
        if line.startswith("nonvoluntary_ctxt_switches")
    )
    return Sample(cpu_ms, int(schedstat[1]) / 1e6, preempted)


def per_request(before: Sample | None, after: Sample | None, requests: int) -> dict[str, float]:
    """The round's figures per request (empty when either sample is missing)."""
    if before is None or after is None or requests <= 0:
        return {}
    return {
        "cpu_ms": round((after.cpu_ms - before.cpu_ms) / requests, 3),
        "wait_ms": round((after.wait_ms - before.wait_ms) / requests, 3),
        "preempted": round((after.preempted - before.preempted) / requests, 3),
    }


def cores(before: Sample | None, after: Sample | None, seconds: float) -> float | None:
    """Cores the process used on average over `seconds` (None without samples)."""
    if before is None or after is None or seconds <= 0:
        return None
    return round((after.cpu_ms - before.cpu_ms) / 1000 / seconds, 2)
