"""Long queries in the shared database: a Cancel click in any process reaches the query."""

from __future__ import annotations

import datetime as dt

from bot.answering.running import (
    CANCELLED,
    NOT_RUNNING,
    REFUSED,
    REQUESTED,
    Cancels,
    SharedRuns,
)
from bot.db.session import make_engine, make_session_factory, upgrade
from bot.engines.cancel import RunningQueries

NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)


def _shared(db_url: str, clock: list[dt.datetime]) -> SharedRuns:
    upgrade(db_url)
    return SharedRuns(make_session_factory(make_engine(db_url)), lambda: clock[0])


def nobody(_user: str) -> bool:
    return False


def test_a_click_in_another_process_is_recorded_and_read_by_the_runner(db_url: str) -> None:
    clock = [NOW]
    runner = Cancels(_shared(db_url, clock), RunningQueries())
    other = Cancels(_shared(db_url, clock), RunningQueries())
    run = runner.start("U0ASKER001")
    assert other.cancel(run.run_id, "U0ASKER001", nobody) == NOT_RUNNING  # not announced yet
    assert runner.announce(run)
    assert other.cancel(run.run_id, "U0STRANGER", nobody) == REFUSED
    runner.poll(run)
    assert not run.token.cancelled
    assert other.cancel(run.run_id, "U0ASKER001", nobody) == REQUESTED
    assert other.cancel(run.run_id, "U0TEAM0001", lambda user: user == "U0TEAM0001") == REQUESTED
    runner.poll(run)
    assert run.token.cancelled and run.token.cancelled_by == "U0ASKER001"  # the first click
    runner.finish(run, announced=True)
    assert other.cancel(run.run_id, "U0ASKER001", nobody) == NOT_RUNNING
    assert runner.cancel(run.run_id, "U0ASKER001", nobody) == NOT_RUNNING


def test_a_click_in_the_running_process_stops_it_at_once(db_url: str) -> None:
    runner = Cancels(_shared(db_url, [NOW]), RunningQueries())
    run = runner.start("U0ASKER001")
    assert runner.cancel(run.run_id, "U0STRANGER", nobody) == REFUSED
    assert runner.cancel(run.run_id, "U0ASKER001", nobody) == CANCELLED
    assert run.token.cancelled


def test_rows_of_a_process_that_died_go_after_a_day(db_url: str) -> None:
    clock = [NOW]
    shared = _shared(db_url, clock)
    shared.announce("dead0001", "U0ASKER001")  # its process was killed: never finished
    clock[0] = NOW + dt.timedelta(days=1, minutes=1)
    shared.announce("live0001", "U0ASKER001")
    assert shared.owner("dead0001") is None and shared.owner("live0001") == "U0ASKER001"


def test_without_a_database_only_this_process_can_cancel() -> None:
    cancels = Cancels(None, RunningQueries())
    run = cancels.start("U0ASKER001")
    assert not cancels.announce(run)
    cancels.poll(run)
    assert cancels.cancel("elsewhere", "U0ASKER001", nobody) == NOT_RUNNING
    assert cancels.cancel(run.run_id, "U0ASKER001", nobody) == CANCELLED
