"""Keeping APScheduler's timers right when the wall clock is set back.

APScheduler 3 stores each job's next run time as a wall-clock instant and sleeps for
`next_run_time - now`: after the clock is set back an hour (a wrong clock corrected by NTP,
a VM restored), the tick waits that hour and the slots due meanwhile are posted late or,
beyond their grace, skipped. `ClockGuard` compares the wall clock (bot.clock) with the
monotonic one every few seconds; when the wall clock went back by more than TOLERANCE_S, it
moves every job's next run time back by the same amount, so the tick runs when it would have
without the jump.

What the jump does not change: `Scheduler.tick` never moves `checked_until` back, so the slots
between the new "now" and the old one, which ticks before the jump already ran or skipped,
are not run a second time (and a slot's UNIQUE row would refuse it anyway): after a backward
jump a slot runs once, when the corrected clock reaches it. A jump forward needs no guard:
APScheduler runs the tick at once (coalesced), at worst one interval late.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from bot.clock import Clock, system_clock

log = logging.getLogger(__name__)

TOLERANCE_S = 2.0  # NTP slewing moves the clock far less than this between two looks
EVERY_S = 5.0


class ClockGuard:
    """Moves `aps`'s jobs back by any backward jump of `wall` (see the module docstring)."""

    def __init__(
        self,
        aps: Any,
        *,
        wall: Clock = system_clock,
        monotonic: Callable[[], float] = time.monotonic,
        tolerance_s: float = TOLERANCE_S,
    ) -> None:
        self.aps = aps
        self._wall = wall
        self._monotonic = monotonic
        self.tolerance_s = tolerance_s
        self._seen = (wall(), monotonic())
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def check(self) -> float:
        """Look once; the seconds the wall clock went back since the last look (0: none)."""
        wall, mono = self._wall(), self._monotonic()
        seen_wall, seen_mono = self._seen
        self._seen = (wall, mono)
        back = (mono - seen_mono) - (wall - seen_wall).total_seconds()
        if back <= self.tolerance_s:
            return 0.0
        log.warning("the wall clock went back by %.0f s; the scheduler's timers follow it", back)
        for job in self.aps.get_jobs():
            if job.next_run_time is not None:
                when = job.next_run_time - timedelta(seconds=back)
                self.aps.modify_job(job.id, next_run_time=when)
        return back

    def start(self, every_s: float = EVERY_S) -> None:
        """Look every `every_s` seconds (measured on the monotonic clock) on a daemon thread."""
        self._thread = threading.Thread(
            target=self._loop, args=(every_s,), name="scheduler-clock-guard", daemon=True
        )
        self._thread.start()

    def _loop(self, every_s: float) -> None:
        while not self._stop.wait(every_s):
            try:
                self.check()
            except Exception:  # the guard must outlive a hiccup of the scheduler it watches
                log.warning("clock guard: cannot move the jobs", exc_info=True)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=EVERY_S)
