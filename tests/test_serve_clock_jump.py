"""The wall clock set back an hour, then forward, under a real `serve` (§30).

`serve` and its jobs process run with `tests/clock_shift` on PYTHONPATH: its `sitecustomize`
moves `bot.clock.system_clock` (the one "now" of the services, the scheduler and its
ClockGuard) by the seconds in a file the test writes, while `time.monotonic` and APScheduler's
timers keep the real time, as after NTP corrects a wrong clock. Two digests run: one every hour
and one every minute (the minutely one shows the ticks go on under the moved clock).

The clock starts at 09:00:20 (the hourly digest of 09:00 posted, and the minutely one of the
minute the first tick comes in), goes back to 08:00:20 (the guard says so and moves
APScheduler's timer; by design the hour already passed once posts nothing), forward to 09:00:50
(09:00 a second time, for two ticks: not posted again; a new minutely digest, 09:01's, shows the
ticks go on; 09:00:50 rather than earlier: each second before 09:01 is a second waited), then to
10:00:20 (the minutes jumped over, missed by more than the grace, are skipped; 10:00 is
posted). Every message key reaches Slack once.
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from chaos import key_of
from fake_slack import FakeSlack
from slack_helpers import app_settings
from test_slack_durable import Serve

HOURLY, MINUTELY = "C0HOURLY01", "C0MINUTE01"
SCHEDULES = (
    "timezone: UTC\ngrace: 30m\nschedules:\n"
    f'  - id: hourly\n    kind: standup_digest\n    channel: {HOURLY}\n    cron: "0 * * * *"\n'
    "    working_days_only: false\n"
    f'  - id: minutely\n    kind: standup_digest\n    channel: {MINUTELY}\n    cron: "* * * * *"\n'
    "    working_days_only: false\n"
)
ROOT = Path(__file__).resolve().parent.parent
TICK_S = 5  # the scheduler's tick in this test's `serve` (60 s in production; the sitecustomize)


def _set_clock(offset_file: Path, to: datetime) -> None:
    offset_file.write_text(str((to - datetime.now(UTC)).total_seconds()), encoding="utf-8")


def _keys(fake: FakeSlack, channel: str) -> Counter[str]:
    return Counter(str(key_of(m)) for (ch, _), m in list(fake.messages.items()) if ch == channel)


def _wait_for(fake: FakeSlack, channel: str, key: str, serve: Serve) -> None:
    deadline = time.monotonic() + 240
    while key not in _keys(fake, channel):
        assert time.monotonic() < deadline, (key, _keys(fake, channel), "".join(serve.lines))
        time.sleep(0.5)


def _wait_for_new(fake: FakeSlack, channel: str, seen: set[str], serve: Serve) -> None:
    deadline = time.monotonic() + 240
    while not set(_keys(fake, channel)) - seen:
        assert time.monotonic() < deadline, (seen, "".join(serve.lines))
        time.sleep(0.5)


@pytest.mark.timeout(900)  # three jumps, each waiting for a tick (longer on a loaded machine)
def test_digests_post_once_across_a_jump_back_and_forward(
    tmp_path: Path, short_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offset = tmp_path / "clock-offset"
    _set_clock(offset, datetime(2026, 11, 23, 9, 0, 20, tzinfo=UTC))
    monkeypatch.setenv("TMPDIR", str(short_tmp))
    monkeypatch.setenv("DR_TEST_CLOCK_OFFSET_FILE", str(offset))
    monkeypatch.setenv("DR_TEST_TICK_S", str(TICK_S))
    monkeypatch.setenv("PYTHONPATH", f"{ROOT / 'tests' / 'clock_shift'}:{ROOT}")
    schedules = tmp_path / "schedules.yaml"
    schedules.write_text(SCHEDULES, encoding="utf-8")
    with FakeSlack() as fake:
        serve = Serve(tmp_path, app_settings(tmp_path, fake.api_url, schedules_file=schedules))
        try:
            _wait_for(fake, HOURLY, "slot:hourly:2026-11-23T09:00:00Z", serve)
            _set_clock(offset, datetime(2026, 11, 23, 8, 0, 20, tzinfo=UTC))  # set back an hour
            serve.wait_for_line(r"the wall clock went back by 3\d\d\d s", 120)
            time.sleep(2 * TICK_S + 1)  # at least one tick under the clock set back
            seen = set(_keys(fake, MINUTELY))
            _set_clock(offset, datetime(2026, 11, 23, 9, 0, 50, tzinfo=UTC))  # 09:00 a 2nd time
            _wait_for_new(fake, MINUTELY, seen, serve)  # the ticks go on past 09:00 again
            _set_clock(offset, datetime(2026, 11, 23, 10, 0, 20, tzinfo=UTC))  # and forward
            _wait_for(fake, HOURLY, "slot:hourly:2026-11-23T10:00:00Z", serve)
            seen = set(_keys(fake, MINUTELY))
            _wait_for_new(fake, MINUTELY, seen, serve)  # 10:00's, or 10:01's if the tick is late
            time.sleep(2)
        finally:
            serve.stop()
    hourly, minutely = _keys(fake, HOURLY), _keys(fake, MINUTELY)
    assert set(hourly) == {"slot:hourly:2026-11-23T09:00:00Z", "slot:hourly:2026-11-23T10:00:00Z"}
    assert max(hourly.values()) == 1 and max(minutely.values()) == 1, (hourly, minutely)
    # Nothing of the hour set back (08:xx: passed once already), and the minutes jumped over
    # (09:10-09:59) skipped, not posted late.
    assert not [k for k in minutely if "T08:" in k], minutely
    assert not [k for k in minutely if "T09:" in k and k[-6] != "0"], minutely  # 09:10-09:59
    assert [k for k in minutely if "T10:" in k], minutely
