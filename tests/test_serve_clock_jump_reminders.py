"""Deadline reminders across the wall clock set back an hour and forward an hour, under a real
`serve` (§32). Each reminder reaches Slack once.

`serve` and its jobs process run with `tests/clock_shift` on PYTHONPATH (test-only: it moves
`bot.clock.system_clock` by the seconds in a file the test writes, and ticks every 5 s). Two
claimed tickets are stored before `serve` starts: A due at 09:30, B at 10:30; a minutely
`deadline_reminders` schedule reminds an hour before and escalates 15 minutes after a deadline.

The clock starts at 09:00:20 (A "due soon"), goes back to 08:00:20 (the guard says so; by
design no slot of the hour already passed runs again), then forward to 10:00:40 (A overdue and
escalated, B due soon; the minutes jumped over are skipped, not run late). Every reminder key
(`due_soon`, `overdue`, `escalate_overdue`, one per ticket and deadline) is posted once.
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

from bot.services import build_services

ROOT = Path(__file__).resolve().parent.parent
TICK_S = 5
SCHEDULES = (
    "timezone: UTC\ngrace: 30m\nschedules:\n"
    "  - id: deadlines\n    kind: deadline_reminders\n    channel: C0ESCALATE\n"
    '    cron: "* * * * *"\n    working_days_only: false\n'
    "    remind_before: 1h\n    escalate_overdue_after: 15m\n"
)


def _at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 11, 23, hour, minute, second, tzinfo=UTC)


def _set_clock(offset_file: Path, to: datetime) -> None:
    offset_file.write_text(str((to - datetime.now(UTC)).total_seconds()), encoding="utf-8")


def _reminders(fake: FakeSlack) -> Counter[str]:
    keys = (str(key_of(m)) for m in list(fake.messages.values()))
    return Counter(k for k in keys if k.startswith(("due_soon:", "overdue:", "escalate_")))


def _wait_for(fake: FakeSlack, wanted: set[str], serve: Serve) -> None:
    deadline = time.monotonic() + 120
    while not wanted <= set(_reminders(fake)):
        assert time.monotonic() < deadline, (wanted, _reminders(fake), "".join(serve.lines))
        time.sleep(0.2)


@pytest.mark.timeout(300)
def test_deadline_reminders_are_sent_once_across_a_jump_back_and_forward(
    tmp_path: Path, short_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schedules = tmp_path / "schedules.yaml"
    schedules.write_text(SCHEDULES, encoding="utf-8")
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, schedules_file=schedules)
        now = [_at(8, 0)]
        services = build_services(settings, clock=lambda: now[0])
        try:
            tickets = services.tickets
            a = tickets.create_ticket(
                "backfill the churn table", "U0REQ00001", None, due_at=_at(9, 30)
            )
            b = tickets.create_ticket(
                "a marketing dashboard", "U0REQ00002", None, due_at=_at(10, 30)
            )
            for ticket in (a, b):
                tickets.claim(ticket.id, "U0ALICE001")
        finally:
            services.close()
        offset = tmp_path / "clock-offset"
        _set_clock(offset, _at(9, 0, 20))
        monkeypatch.setenv("TMPDIR", str(short_tmp))
        monkeypatch.setenv("DR_TEST_CLOCK_OFFSET_FILE", str(offset))
        monkeypatch.setenv("DR_TEST_TICK_S", str(TICK_S))
        monkeypatch.setenv("PYTHONPATH", f"{ROOT / 'tests' / 'clock_shift'}:{ROOT}")
        a_soon = f"due_soon:{a.id}:2026-11-23T09:30:00Z"
        serve = Serve(tmp_path, settings)
        try:
            _wait_for(fake, {a_soon}, serve)
            _set_clock(offset, _at(8, 0, 20))  # set back an hour
            serve.wait_for_line(r"the wall clock went back by 3\d\d\d s", 60)
            time.sleep(2 * TICK_S + 1)  # ticks under the clock set back: nothing runs again
            assert _reminders(fake) == Counter({a_soon: 1}), _reminders(fake)
            _set_clock(offset, _at(10, 0, 40))  # and forward past both deadlines' reminders
            later = {
                f"overdue:{a.id}:2026-11-23T09:30:00Z",
                f"escalate_overdue:{a.id}:2026-11-23T09:30:00Z",
                f"due_soon:{b.id}:2026-11-23T10:30:00Z",
            }
            _wait_for(fake, later, serve)
            time.sleep(TICK_S + 1)  # the next tick: a second reminder would come with it
        finally:
            serve.stop()
    sent = _reminders(fake)
    assert set(sent) == {a_soon, *later}, sent
    assert max(sent.values()) == 1, sent
