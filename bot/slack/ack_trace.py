"""A trace of where an ack's time goes, for the soak benchmark; off unless asked for.

With `DATAREQUEST_ACK_TRACE` naming a folder, each `serve` process (front and jobs) writes
`<role>-<pid>.jsonl` there, one JSON object per line, wall-clock times in seconds:

- `req` (front): a request's arrival, when its INSERT was handed to the database (`out`) and
  when the commit was confirmed (`commit`);
- `gc`: a garbage collection that took over 1 ms (generation, ms);
- `tick`: a 5 ms tick of the event loop that came late (`late_ms`, a stall of the loop) or in
  which the process used more than half a core of CPU (`cpu_ms`: DuckDB's threads, parsing);
- `claim`/`job` (jobs): requests claimed, and each one's run;
- `heap` (every 0.5 s): objects a full collection would walk, objects frozen, full collections.

`benchmarks/soak_trace.py` lines these up with the slowest acks. Off, every hook is one test of
a module global.
"""

from __future__ import annotations

import asyncio
import atexit
import gc
import json
import os
import time
from pathlib import Path
from typing import Any

ENV = "DATAREQUEST_ACK_TRACE"
TICK_S = 0.005
GC_MIN_MS = 1.0

_lines: list[str] = []
_file: Path | None = None
_monitor: asyncio.Task[None] | None = None
_gc_started = 0.0


def enabled() -> bool:
    return _file is not None


def install(role: str) -> None:
    """Start tracing this process when the environment asks for it (see the module)."""
    global _file
    folder = os.environ.get(ENV)
    if not folder or _file is not None:
        return
    _file = Path(folder) / f"{role}-{os.getpid()}.jsonl"
    gc.callbacks.append(_on_gc)
    atexit.register(flush)


def record(kind: str, **fields: Any) -> None:
    if _file is not None:
        _lines.append(json.dumps({"k": kind, **fields}))


def ensure_monitor() -> None:
    """Watch the running loop's ticks and this process's CPU (once per process)."""
    global _monitor
    if _file is not None and _monitor is None:
        _monitor = asyncio.get_running_loop().create_task(_watch())


def flush() -> None:
    if _file is None or not _lines:
        return
    batch = _lines[:]
    del _lines[: len(batch)]
    with _file.open("a") as out:
        out.write("\n".join(batch) + "\n")


def _on_gc(phase: str, info: dict[str, int]) -> None:
    global _gc_started
    if phase == "start":
        _gc_started = time.perf_counter()
        return
    ms = (time.perf_counter() - _gc_started) * 1000
    if ms >= GC_MIN_MS:
        record("gc", at=time.time(), ms=round(ms, 2), gen=info.get("generation"))


def _record_heap() -> None:
    # What a full collection would walk now (the frozen start-up heap it skips), and how many
    # full collections ran so far.
    record(
        "heap",
        at=time.time(),
        old=len(gc.get_objects(generation=2)),
        frozen=gc.get_freeze_count(),
        full=gc.get_stats()[2]["collections"],
    )


async def _watch() -> None:
    last, last_cpu, last_flush = time.perf_counter(), time.process_time(), time.monotonic()
    while True:
        await asyncio.sleep(TICK_S)
        now, cpu = time.perf_counter(), time.process_time()
        span_ms, cpu_ms = (now - last) * 1000, (cpu - last_cpu) * 1000
        if span_ms > TICK_S * 1000 + 5 or cpu_ms > span_ms / 2:
            late = round(span_ms - TICK_S * 1000, 2)
            record("tick", at=time.time(), span_ms=round(span_ms, 2), late_ms=late,
                   cpu_ms=round(cpu_ms, 2))  # fmt: skip
        last, last_cpu = now, cpu
        if time.monotonic() - last_flush > 0.5:
            last_flush = time.monotonic()
            _record_heap()
            flush()
