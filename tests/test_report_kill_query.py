"""`kill -9` of a real `serve` while a scheduled report's query runs, before any post (§32).

An hourly report whose query spins over a warehouse table of a million rows crossed with itself
(it runs until killed). The clock of `serve` is set to 09:00:05 and its scheduler ticks every
5 s (`tests/clock_shift`, test-only). Once the 09:00 slot is claimed (`scheduled_posts` says
`claimed`) and nothing is in the outbox or in the channel, `serve`'s whole process group is
killed. The table is then cut to a few rows (no process holds the warehouse any more) and
`serve` started again: the slot its dead owner left `claimed` is run again at once and the
09:00 report is in the channel exactly once.
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest
import sqlalchemy as sa
from chaos import key_of
from fake_slack import FakeSlack
from slack_helpers import app_settings, make_test_library, make_test_warehouse
from test_slack_durable import Serve

ROOT = Path(__file__).resolve().parent.parent
REPORTS = "C0SPINREP1"
SLOT_KEY = "slot:spin:2026-11-23T09:00:00Z"
SCHEDULES = (
    "timezone: UTC\ngrace: 30m\nschedules:\n"
    f"  - id: spin\n    kind: report\n    channel: {REPORTS}\n    query: spin_report\n"
    '    cron: "0 * * * *"\n    working_days_only: false\n'
)
SPIN_SQL = """/*---
title: Spin report
examples:
  - the spin count report
keywords: [spin]
---*/
SELECT count(*) AS pairs FROM spin a, spin b WHERE (a.x * 7 + b.x) % 1000003 = 5
"""


def _report_keys(fake: FakeSlack) -> Counter[str]:
    return Counter(str(key_of(m)) for (ch, _), m in list(fake.messages.items()) if ch == REPORTS)


def _claimed(database: str) -> bool:
    engine = sa.create_engine(database)
    try:
        with engine.connect() as conn:
            status = conn.scalar(
                sa.text("SELECT status FROM scheduled_posts WHERE schedule_id = 'spin'")
            )
            outbox = conn.scalar(sa.text("SELECT count(*) FROM outbound_messages"))
    except sa.exc.OperationalError:  # not migrated yet, or busy
        return False
    finally:
        engine.dispose()
    assert outbox == 0 or status is None, "posted before the kill"
    return status == "claimed"


def _wait(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, what
        time.sleep(0.2)


@pytest.mark.timeout(300)
def test_a_report_killed_while_its_query_runs_is_posted_once_after_the_restart(
    tmp_path: Path, short_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offset = tmp_path / "clock-offset"
    start = datetime(2026, 11, 23, 9, 0, 5, tzinfo=UTC)
    offset.write_text(str((start - datetime.now(UTC)).total_seconds()), encoding="utf-8")
    monkeypatch.setenv("TMPDIR", str(short_tmp))
    monkeypatch.setenv("DR_TEST_CLOCK_OFFSET_FILE", str(offset))
    monkeypatch.setenv("DR_TEST_TICK_S", "5")
    monkeypatch.setenv("PYTHONPATH", f"{ROOT / 'tests' / 'clock_shift'}:{ROOT}")
    warehouse = make_test_warehouse(tmp_path / "warehouse.duckdb")
    with duckdb.connect(str(warehouse)) as con:
        con.execute("CREATE TABLE spin AS SELECT range AS x FROM range(1000000)")
    library = make_test_library(tmp_path / "queries")
    (library / "spin_report.sql").write_text(SPIN_SQL, encoding="utf-8")
    schedules = tmp_path / "schedules.yaml"
    schedules.write_text(SCHEDULES, encoding="utf-8")
    database = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    with FakeSlack() as fake:
        settings = app_settings(
            tmp_path,
            fake.api_url,
            database_url=database,
            schedules_file=schedules,
            query_library=library,
            query_timeout_s=600.0,  # the spin runs until the kill, not until a timeout
        )
        serve = Serve(tmp_path, settings)
        again: Serve | None = None
        try:
            _wait(lambda: _claimed(database), 120, "".join(serve.lines))
            time.sleep(1)  # the query is well under way
            assert not _report_keys(fake)
            jobs = serve.jobs_pid()
            serve.kill_group()
            # The killed jobs process lets go of the warehouse once it has exited.
            _wait(lambda: not Path(f"/proc/{jobs}").exists(), 60, "the jobs process lives on")
            with duckdb.connect(str(warehouse)) as con:
                con.execute("CREATE OR REPLACE TABLE spin AS SELECT range AS x FROM range(5)")
            again = Serve(tmp_path, settings)
            again.wait_for_line(r"schedule spin: retrying slot 2026-11-23T09:00:00", 120)
            _wait(lambda: SLOT_KEY in _report_keys(fake), 60, "".join(again.lines))
            time.sleep(6)  # the next tick: a second post of the slot would come with it
        finally:
            for running in (serve, again):
                if running is not None:
                    running.stop()
    keys = _report_keys(fake)
    assert keys == Counter({SLOT_KEY: 1}), keys
