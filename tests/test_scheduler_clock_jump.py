"""The wall clock set back: APScheduler's timers follow it, and a slot still runs once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import test_scheduler_delivery as delivery
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from support import Clock
from test_scheduler_delivery import HistoryFakeSlack, digest_posts, la, make_scheduler

from scheduler.clock_jump import ClockGuard

# The end-to-end fixtures of the scheduler's tests (a database, the fake Slack, a clock).
env, fake, files = delivery.env, delivery.fake, delivery.files
START = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


class Monotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def aps() -> Any:
    aps = BackgroundScheduler(timezone=UTC)
    aps.add_job(
        lambda: None,
        IntervalTrigger(seconds=60, timezone=UTC),
        id="tick",
        next_run_time=START + timedelta(seconds=60),
    )
    aps.start(paused=True)  # real job store and wake-ups, nothing runs
    yield aps
    aps.shutdown(wait=False)


def test_a_backward_jump_moves_the_next_tick_back_by_the_jump(aps: Any) -> None:
    wall, mono = Clock(START), Monotonic()
    guard = ClockGuard(aps, wall=wall, monotonic=mono)
    mono.now += 5
    wall.now = START + timedelta(seconds=5) - timedelta(hours=1)  # set back an hour
    assert guard.check() == pytest.approx(3600)
    assert aps.get_job("tick").next_run_time == START + timedelta(seconds=60) - timedelta(hours=1)
    # The next look sees no new jump: nothing moves again.
    mono.now += 5
    wall.advance(seconds=5)
    assert guard.check() == 0.0
    assert aps.get_job("tick").next_run_time == START + timedelta(seconds=60) - timedelta(hours=1)


def test_drift_and_forward_jumps_leave_the_timers_alone(aps: Any) -> None:
    wall, mono = Clock(START), Monotonic()
    guard = ClockGuard(aps, wall=wall, monotonic=mono)
    mono.now += 5
    wall.advance(seconds=4)  # slewed by a second: within the tolerance
    assert guard.check() == 0.0
    mono.now += 5
    wall.advance(hours=1)  # forward: APScheduler runs the tick at once by itself
    assert guard.check() == 0.0
    assert aps.get_job("tick").next_run_time == START + timedelta(seconds=60)


def test_after_the_clock_is_set_back_a_slot_runs_once(env: Any, fake: HistoryFakeSlack) -> None:
    services, clock = env
    sched = make_scheduler(services, fake, clock)
    # A clock an hour fast posts the 9:00 digest at 8:00 real time ...
    runs = sched.tick(clock.set(la(2026, 11, 23, 9, 0, 20)))
    assert [r.outcome for r in runs if r.schedule_id == "daily-standup"] == ["posted"]
    # ... then NTP sets it back: the ticks of the hour replayed post nothing twice,
    for minute in (0, 1, 30, 59):
        sched.tick(clock.set(la(2026, 11, 23, 8, minute, 20)))
    sched.tick(clock.set(la(2026, 11, 23, 9, 0, 20)))
    assert len(digest_posts(fake)) == 1
    # and the next day's slot runs on time, once.
    sched.tick(clock.set(la(2026, 11, 24, 9, 0, 20)))
    sched.tick(clock.set(la(2026, 11, 24, 9, 1, 20)))
    assert len(digest_posts(fake)) == 2
    assert not fake.errors()
