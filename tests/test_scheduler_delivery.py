"""The scheduler end to end: real databases, the fake Slack Web API, a controllable clock.

Slots are fired by calling `Scheduler.tick(now)` with chosen instants (no sleeping). The fake
Slack server is the shared one (`tests/fake_slack.py`), extended here with what the
exactly-once recovery reads: message metadata and conversations.history / replies.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import BOT_TOKEN
from slack_sdk import WebClient
from sqlalchemy import select

from bot.db.session import upgrade
from bot.settings import Settings
from scheduler.config_file import load_schedules
from scheduler.core import Scheduler
from scheduler.delivery import METADATA_EVENT, Outbox, SlackPoster, claim_columns, reclaim
from scheduler.jobs import Jobs
from scheduler.models import CLAIMED, OutboundMessage, ScheduledPost

ROSTER = """\
team: data-team
lead: U0LEAD0001
members:
  - {id: U0ALICE001, name: Alice}
  - {id: U0BOB00001, name: Bob, out_of_office: [{from: 2026-11-23, to: 2026-11-24}]}
  - {id: U0CAROL001, name: Carol}
"""

SCHEDULES = """\
timezone: America/Los_Angeles
holidays: US
grace: 30m
schedules:
  - id: daily-standup
    kind: standup_digest
    channel: C0DATATEAM
    cron: "0 9 * * mon-fri"
  - id: standup-checkin
    kind: standup_checkin
    cron: "30 8 * * mon-fri"
    remind_after: 45m
  - id: deadlines
    kind: deadline_reminders
    cron: "*/15 * * * *"
    working_days_only: false
    remind_before: 24h
    escalate_overdue_after: 24h
    escalate_unclaimed_after: 4h
  - id: weekly-tiny
    kind: report
    query: tiny_period
    params: {period: last week}
    channel: C0SALES0001
    cron: "0 8 * * mon"
    timezone: Europe/Berlin
    working_days_only: false
"""

TINY_QUERY = """\
/*---
name: tiny_period
title: Tiny period
description: The period it was asked for.
examples: [tiny period last week]
params:
  period: {type: date_range, default: last week}
---*/
SELECT CAST(:period_start AS DATE) AS first_day, CAST(:period_end AS DATE) AS last_day
"""


def la(*args: int) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(*args, tzinfo=ZoneInfo("America/Los_Angeles"))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now.astimezone(UTC)

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> datetime:
        self.now = moment.astimezone(UTC)
        return self.now


class HistoryFakeSlack(FakeSlack):
    """The shared fake (messages keep their metadata; history as Slack's), with `posts`."""

    def posts(self, channel: str | None = None) -> list[Any]:
        return [
            c
            for c in self.calls_to("chat.postMessage")
            if channel is None or c.args.get("channel") == channel
        ]


class Crash(BaseException):
    """Stands for the process dying: nothing below the poster catches it."""


class CrashingPoster:
    """Dies before (or, `after=True`, right after) Slack accepts the message, once."""

    def __init__(self, inner: SlackPoster, *, after: bool) -> None:
        self.inner = inner
        self.after = after
        self.crashed = False

    def post(self, channel: str, text: str, blocks: list, *, key: str, thread_ts: Any = None):
        if not self.crashed:
            self.crashed = True
            if self.after:
                self.inner.post(channel, text, blocks, key=key, thread_ts=thread_ts)
            raise Crash()
        return self.inner.post(channel, text, blocks, key=key, thread_ts=thread_ts)

    def find(self, *args: Any, **kw: Any) -> Any:
        return self.inner.find(*args, **kw)


@pytest.fixture
def fake() -> Any:
    with HistoryFakeSlack(BOT_TOKEN) as server:
        yield server


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    import duckdb

    lib = tmp_path / "library"
    lib.mkdir()
    (lib / "tiny_period.sql").write_text(TINY_QUERY, encoding="utf-8")
    warehouse = tmp_path / "warehouse.duckdb"
    duckdb.connect(str(warehouse)).close()
    roster = tmp_path / "roster.yaml"
    roster.write_text(ROSTER, encoding="utf-8")
    schedules = tmp_path / "schedules.yaml"
    schedules.write_text(SCHEDULES, encoding="utf-8")
    return {"library": lib, "warehouse": warehouse, "roster": roster, "schedules": schedules}


def make_services(url: str, files: dict[str, Path], fake: FakeSlack, clock: Clock) -> Any:
    from bot.services import build_services

    settings = Settings().with_overrides(
        database_url=url,
        data_dir=files["library"].parent,
        warehouse_path=files["warehouse"],
        query_library=files["library"],
        roster_file=files["roster"],
        schedules_file=files["schedules"],
        timezone="America/Los_Angeles",
        slack_bot_token=BOT_TOKEN,
        slack_api_url=fake.api_url,
        slack_retry_backoff_s=0.01,  # a Slack that keeps failing is given up on quickly
    )
    return build_services(settings, clock=clock)


def make_scheduler(
    services: Any, fake: FakeSlack, clock: Clock, *, instance: str = "a", poster: Any = None
) -> Scheduler:
    client = WebClient(token=BOT_TOKEN, base_url=fake.api_url)
    config = load_schedules(services.settings.schedules_file, default_timezone="UTC")
    outbox = Outbox(
        services.session_factory, poster or SlackPoster(client), clock, instance=instance
    )
    return Scheduler(services, config, outbox, clock=clock, instance=instance)


@pytest.fixture
def env(db_url: str, files: dict[str, Path], fake: HistoryFakeSlack) -> Any:
    clock = Clock(la(2026, 11, 23, 8, 0))
    services = make_services(db_url, files, fake, clock)
    yield services, clock
    services.close()


def digest_posts(fake: HistoryFakeSlack) -> list[Any]:
    return fake.posts("C0DATATEAM")


def test_digest_posted_once_at_nine_local(env: Any, fake: HistoryFakeSlack) -> None:
    services, clock = env
    sched = make_scheduler(services, fake, clock)
    assert sched.tick(clock.set(la(2026, 11, 23, 8, 59))) == [] or not digest_posts(fake)
    runs = sched.tick(clock.set(la(2026, 11, 23, 9, 0, 20)))
    assert [r.outcome for r in runs if r.schedule_id == "daily-standup"] == ["posted"]
    sched.tick(clock.set(la(2026, 11, 23, 9, 1, 20)))
    sched.tick(clock.set(la(2026, 11, 23, 9, 1, 20)))
    posts = digest_posts(fake)
    assert len(posts) == 1
    assert posts[0].args["metadata"]["event_type"] == METADATA_EVENT
    facts = next(b for b in posts[0].args["blocks"] if b.get("block_id") == "digest_facts")
    assert "since Fri 20 Nov 09:00" in facts["elements"][0]["text"]  # the previous slot
    assert not fake.errors()
    # A fresh process (restart) ticking the same minute posts nothing more.
    make_scheduler(services, fake, clock, instance="b").tick(clock.set(la(2026, 11, 23, 9, 2)))
    assert len(digest_posts(fake)) == 1


def test_dst_change_keeps_nine_local(env: Any, fake: HistoryFakeSlack) -> None:
    services, clock = env
    sched = make_scheduler(services, fake, clock)
    # Friday 2026-10-30 (PDT, UTC-7) and Monday 2026-11-02 (PST, UTC-8).
    sched.tick(clock.set(datetime(2026, 10, 30, 15, 59, tzinfo=UTC)))
    sched.tick(clock.set(datetime(2026, 10, 30, 16, 0, 30, tzinfo=UTC)))
    assert len(digest_posts(fake)) == 1
    sched.tick(clock.set(datetime(2026, 11, 2, 16, 0, 30, tzinfo=UTC)))  # 08:00 PST: not yet
    assert len(digest_posts(fake)) == 1
    sched.tick(clock.set(datetime(2026, 11, 2, 17, 0, 30, tzinfo=UTC)))
    assert len(digest_posts(fake)) == 2


def test_weekend_and_holiday_skipped(env: Any, fake: HistoryFakeSlack) -> None:
    services, clock = env
    sched = make_scheduler(services, fake, clock)
    for day in (21, 22, 26):  # Saturday, Sunday, Thanksgiving
        sched.tick(clock.set(la(2026, 11, day, 8, 59)))
        sched.tick(clock.set(la(2026, 11, day, 9, 0, 30)))
    assert digest_posts(fake) == []
    sched.tick(clock.set(la(2026, 11, 27, 8, 59)))
    sched.tick(clock.set(la(2026, 11, 27, 9, 0, 30)))
    assert len(digest_posts(fake)) == 1


def test_missed_slot_within_grace_is_posted_late_with_note(
    env: Any, fake: HistoryFakeSlack
) -> None:
    services, clock = env
    sched = make_scheduler(services, fake, clock)
    sched.tick(clock.set(la(2026, 11, 23, 8, 50)))
    # Down from 08:50 to 09:20: the 09:00 slot is 20 minutes late, within the 30m grace.
    runs = make_scheduler(services, fake, clock, instance="b").tick(
        clock.set(la(2026, 11, 23, 9, 20))
    )
    assert [r.outcome for r in runs if r.schedule_id == "daily-standup"] == ["late"]
    (post,) = digest_posts(fake)
    notes = [b for b in post.args["blocks"] if b.get("block_id") == "digest_note"]
    assert "Posted late: this was due at 09:00 PST" in notes[0]["elements"][0]["text"]


def test_missed_slot_beyond_grace_is_skipped_and_logged(
    env: Any, fake: HistoryFakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    services, clock = env
    sched = make_scheduler(services, fake, clock)
    sched.tick(clock.set(la(2026, 11, 23, 8, 50)))
    with caplog.at_level(logging.WARNING, logger="scheduler.core"):
        runs = sched.tick(clock.set(la(2026, 11, 23, 9, 45)))
    assert [r.outcome for r in runs if r.schedule_id == "daily-standup"] == ["skipped"]
    assert digest_posts(fake) == []
    assert any("daily-standup" in r.message and "skipped" in r.message for r in caplog.records)
    with services.session_factory() as session:
        row = session.query(ScheduledPost).filter_by(schedule_id="daily-standup").one()
        assert row.status == "skipped"
    # The next day is on time again.
    sched.tick(clock.set(la(2026, 11, 24, 9, 0, 10)))
    assert len(digest_posts(fake)) == 1


def test_crash_between_recording_and_posting_is_retried_once(
    env: Any, fake: HistoryFakeSlack
) -> None:
    services, clock = env
    client = WebClient(token=BOT_TOKEN, base_url=fake.api_url)
    crashing = CrashingPoster(SlackPoster(client), after=False)
    sched = make_scheduler(services, fake, clock, poster=crashing)
    sched.tick(clock.set(la(2026, 11, 23, 8, 59)))
    with pytest.raises(Crash):
        sched.tick(clock.set(la(2026, 11, 23, 9, 0, 5)))
    assert digest_posts(fake) == []
    restarted = make_scheduler(services, fake, clock, instance="b")
    restarted.tick(clock.set(la(2026, 11, 23, 9, 2)))  # inside the lease: left alone
    assert digest_posts(fake) == []
    runs = restarted.tick(clock.set(la(2026, 11, 23, 9, 6)))
    assert [r.outcome for r in runs if r.schedule_id == "daily-standup"] == ["late"]
    restarted.tick(clock.set(la(2026, 11, 23, 9, 20)))
    assert len(digest_posts(fake)) == 1
    with services.session_factory() as session:
        row = session.query(ScheduledPost).filter_by(schedule_id="daily-standup").one()
        assert (row.status, row.attempts) == ("sent", 2)


def test_crash_after_slack_accepted_does_not_post_twice(env: Any, fake: HistoryFakeSlack) -> None:
    services, clock = env
    client = WebClient(token=BOT_TOKEN, base_url=fake.api_url)
    crashing = CrashingPoster(SlackPoster(client), after=True)
    sched = make_scheduler(services, fake, clock, poster=crashing)
    sched.tick(clock.set(la(2026, 11, 23, 8, 59)))
    with pytest.raises(Crash):
        sched.tick(clock.set(la(2026, 11, 23, 9, 0, 5)))
    assert len(digest_posts(fake)) == 1  # Slack has it; our row still says "claimed"
    restarted = make_scheduler(services, fake, clock, instance="b")
    restarted.tick(clock.set(la(2026, 11, 23, 9, 7)))
    restarted.tick(clock.set(la(2026, 11, 23, 9, 15)))
    assert len(digest_posts(fake)) == 1
    assert fake.calls_to("conversations.history")
    from scheduler.models import OutboundMessage

    with services.session_factory() as session:
        msg = session.query(OutboundMessage).filter_by(kind="digest").one()
        assert msg.status == "sent" and msg.ts == digest_posts(fake)[0].response["ts"]


def test_slack_down_is_retried_after_the_lease(env: Any, fake: HistoryFakeSlack) -> None:
    services, clock = env
    sched = make_scheduler(services, fake, clock)
    sched.tick(clock.set(la(2026, 11, 23, 8, 59)))
    fake.fail_next(1, status=200, method="chat.postMessage")  # answered {"ok": false}
    runs = sched.tick(clock.set(la(2026, 11, 23, 9, 0, 5)))
    assert [r.outcome for r in runs if r.schedule_id == "daily-standup"] == ["retry"]
    assert digest_posts(fake) == []
    sched.tick(clock.set(la(2026, 11, 23, 9, 6)))
    assert len(digest_posts(fake)) == 1


def test_two_instances_on_postgres_fire_the_same_slot_once(
    pg_url: str, files: dict[str, Path], fake: HistoryFakeSlack
) -> None:
    clock = Clock(la(2026, 11, 23, 8, 59))
    upgrade(pg_url)
    services = [make_services(pg_url, files, fake, clock) for _ in range(2)]
    try:
        scheds = [
            make_scheduler(s, fake, clock, instance=n) for s, n in zip(services, "ab", strict=True)
        ]
        for s in scheds:
            s.tick(clock.now)
        clock.set(la(2026, 11, 23, 9, 0, 1))
        barrier = threading.Barrier(2)
        results: list[Any] = []
        errors: list[BaseException] = []

        def run(s: Scheduler) -> None:
            try:
                barrier.wait(timeout=10)
                results.append(s.tick(clock.now))
            except BaseException as exc:  # surfaced below
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(s,)) for s in scheds]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not errors
        outcomes = sorted(
            r.outcome for runs in results for r in runs if r.schedule_id == "daily-standup"
        )
        assert outcomes == ["posted", "taken"]
        assert len(digest_posts(fake)) == 1
        # Check-in DMs fired at 08:30 are absent (the first tick was at 08:59, after them).
        assert not fake.errors()
    finally:
        for s in services:
            s.close()


def seed_tickets(services: Any, clock: Clock) -> dict[str, Any]:
    t = services.tickets
    clock.set(la(2026, 11, 20, 10, 0))
    soon = t.create_ticket(
        "backfill the churn table", "U0REQ00001", "C0GENERAL1", due_at=la(2026, 11, 23, 17, 0)
    )
    t.claim(soon.id, "U0ALICE001")
    t.set_message_ref(soon.id, "C0DATATEAM", "1700000000.000001")
    clock.set(la(2026, 11, 23, 6, 0))
    unclaimed = t.create_ticket(
        "a new dashboard for marketing", "U0REQ00002", "C0GENERAL1", due_at=la(2026, 11, 30, 17, 0)
    )
    return {"soon": soon, "unclaimed": unclaimed}


def test_deadline_reminders_before_at_overdue_and_escalations(
    env: Any, fake: HistoryFakeSlack
) -> None:
    services, clock = env
    ids = seed_tickets(services, clock)
    # The ticket thread exists in Slack, as the Slack app would have posted it.
    fake.messages[("C0DATATEAM", "1700000000.000001")] = {"ts": "1700000000.000001", "text": "t"}
    sched = make_scheduler(services, fake, clock)
    soon, unclaimed = ids["soon"], ids["unclaimed"]

    sched.tick(clock.set(la(2026, 11, 23, 8, 0, 10)))  # the 08:00 slot
    sched.tick(clock.set(la(2026, 11, 23, 8, 15, 10)))
    dms = fake.posts("U0ALICE001")
    assert len(dms) == 1 and f"Ticket #{soon.id}" in dms[0].args["text"]
    assert "is due in 9 h" in dms[0].args["text"]

    # 10:00: the unclaimed ticket (created 06:00) passes 4h → escalation to the lead.
    sched.tick(clock.set(la(2026, 11, 23, 10, 0, 10)))
    lead = fake.posts("U0LEAD0001")
    assert len(lead) == 1 and f"ticket #{unclaimed.id}" in lead[0].args["text"]
    assert "not been claimed" in lead[0].args["text"]

    # 17:15: overdue → a notice in the ticket's thread, once.
    sched.tick(clock.set(la(2026, 11, 23, 17, 0, 10)))
    sched.tick(clock.set(la(2026, 11, 23, 17, 15, 10)))
    thread = [c for c in fake.posts("C0DATATEAM") if c.args.get("thread_ts")]
    assert len(thread) == 1 and "overdue" in thread[0].args["text"]
    assert thread[0].args["thread_ts"] == "1700000000.000001"

    # Still overdue 24h later → escalated to the lead, once.
    sched.tick(clock.set(la(2026, 11, 24, 17, 0, 10)))
    sched.tick(clock.set(la(2026, 11, 24, 17, 15, 10)))
    lead = fake.posts("U0LEAD0001")
    assert [c.args["text"].split(":")[0] for c in lead] == ["Escalation", "Escalation"]
    assert "overdue for 24 h" in lead[1].args["text"]
    assert len(fake.posts("U0ALICE001")) == 1  # the reminder was not repeated
    assert not fake.errors()


def test_checkin_dms_reminder_and_digest_with_blockers(env: Any, fake: HistoryFakeSlack) -> None:
    from scheduler.standup import save_checkin

    services, clock = env
    seed_tickets(services, clock)
    sched = make_scheduler(services, fake, clock)
    sched.tick(clock.set(la(2026, 11, 23, 8, 29)))
    sched.tick(clock.set(la(2026, 11, 23, 8, 30, 5)))
    asked = {
        c.args["channel"]
        for c in fake.calls_to("chat.postMessage")
        if c.args["text"] == "Your standup check-in"
    }
    assert asked == {"U0ALICE001", "U0CAROL001", "U0LEAD0001"} - {"U0LEAD0001"}  # Bob is away
    alice = next(c for c in fake.posts("U0ALICE001") if c.args["text"] == "Your standup check-in")
    assert "backfill the churn table" in str(alice.args["blocks"])  # pre-filled activity

    save_checkin(
        services.session_factory,
        "U0ALICE001",
        la(2026, 11, 23).date(),
        yesterday="churn backfill",
        today="more backfill",
        blockers="waiting for warehouse access",
        now=clock,
    )
    sched.tick(clock.set(la(2026, 11, 23, 9, 0, 5)))  # digest
    sched.tick(clock.set(la(2026, 11, 23, 9, 16)))  # 46 min after the DMs: remind Carol once
    sched.tick(clock.set(la(2026, 11, 23, 9, 30)))
    reminders = [
        c for c in fake.calls_to("chat.postMessage") if c.args["text"] == "Standup reminder"
    ]
    assert [c.args["channel"] for c in reminders] == ["U0CAROL001"]

    (digest,) = digest_posts(fake)
    blocks = {b.get("block_id"): b for b in digest.args["blocks"]}
    assert "waiting for warehouse access" in blocks["digest_blockers"]["text"]["text"]
    assert "<@U0CAROL001>" in str(blocks["digest_no_checkin"])
    assert "<@U0BOB00001> (out of office)" in str(blocks["digest_rest"])


def test_scheduled_report_resolves_the_period_at_each_run(env: Any, fake: HistoryFakeSlack) -> None:
    services, clock = env
    sched = make_scheduler(services, fake, clock)
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    for day in (23, 30):
        sched.tick(clock.set(datetime(2026, 11, day, 7, 59, tzinfo=berlin)))
        sched.tick(clock.set(datetime(2026, 11, day, 8, 0, 30, tzinfo=berlin)))
    posts = fake.posts("C0SALES0001")
    assert len(posts) == 2
    first, second = (str(p.args["blocks"]) for p in posts)
    assert "2026-11-16" in first and "2026-11-22" in first
    assert "2026-11-23" in second and "2026-11-29" in second
    # A file schedule has no Unsubscribe button; it says where it is defined.
    assert "unsubscribe" not in first and "schedules file" in first
    assert not fake.errors()


def test_run_now_posts_a_manual_slot(env: Any, fake: HistoryFakeSlack) -> None:
    services, clock = env
    sched = make_scheduler(services, fake, clock)
    run = sched.run_now("daily-standup", clock.set(la(2026, 11, 22, 15, 0)))  # a Sunday
    assert run.outcome == "posted" and len(digest_posts(fake)) == 1
    from bot.errors import NotFound

    with pytest.raises(NotFound):
        sched.run_now("nope")


def test_jobs_are_reachable_by_kind() -> None:
    assert all(
        hasattr(Jobs, f"_run_{k}")
        for k in ("standup_digest", "standup_checkin", "deadline_reminders", "report")
    )


def test_start_scheduler_ticks_in_the_background(env: Any, fake: HistoryFakeSlack) -> None:
    from scheduler.runner import JOB_ID, start_scheduler

    services, clock = env
    clock.set(la(2026, 11, 23, 9, 0, 10))
    client = WebClient(token=BOT_TOKEN, base_url=fake.api_url)
    # Only the tick (the known values' refresh job is tested in test_known_values_refresh.py).
    settings = dataclasses.replace(services.settings, known_values_refresh_hours=0)
    handle = start_scheduler(services, settings, client=client, clock=clock)
    try:
        fake.wait_for("chat.postMessage", lambda a: a.get("channel") == "C0DATATEAM", timeout=20)
        jobs = handle.apscheduler.get_jobs()
        assert [j.id for j in jobs] == [JOB_ID]
        assert jobs[0].coalesce and jobs[0].max_instances == 1
    finally:
        handle.stop()
    assert not handle.apscheduler.running
    assert len(digest_posts(fake)) == 1


def test_report_schedule_naming_an_unknown_query_is_refused_at_start(
    env: Any, fake: HistoryFakeSlack, files: dict[str, Path]
) -> None:
    from bot.errors import ConfigError
    from scheduler.runner import build_scheduler

    services, clock = env
    files["schedules"].write_text(SCHEDULES.replace("query: tiny_period", "query: nope"))
    client = WebClient(token=BOT_TOKEN, base_url=fake.api_url)
    with pytest.raises(ConfigError, match=r"schedules.yaml:\d+: schedule 'weekly-tiny': no query"):
        build_scheduler(services, services.settings, client=client, clock=clock)


def test_rate_limit_retried_and_server_error_left_to_the_history_check(
    env: Any, fake: HistoryFakeSlack
) -> None:
    from scheduler.delivery import make_slack_client

    services, clock = env
    client = make_slack_client(services.settings)
    sched = make_scheduler(services, fake, clock, poster=SlackPoster(client))
    sched.tick(clock.set(la(2026, 11, 23, 8, 59)))
    fake.fail_next(1, status=429, method="chat.postMessage", retry_after=0)
    sched.tick(clock.set(la(2026, 11, 23, 9, 0, 5)))
    assert len(digest_posts(fake)) == 1  # retried by the client after Retry-After

    fake.fail_next(1, status=500, method="chat.postMessage")
    runs = sched.tick(clock.set(la(2026, 11, 24, 9, 0, 5)))
    assert [r.outcome for r in runs if r.schedule_id == "daily-standup"] == ["retry"]
    assert len(digest_posts(fake)) == 1  # a 500 is not re-sent blindly
    sched.tick(clock.set(la(2026, 11, 24, 9, 6)))
    assert len(digest_posts(fake)) == 2
    assert fake.calls_to("conversations.history")


def test_database_schedule_starts_at_its_creation(env: Any, fake: HistoryFakeSlack) -> None:
    from scheduler.config import empty_config
    from scheduler.store import add_schedule, remove_schedule

    services, clock = env
    values = {
        "id": "sub-1",
        "kind": "standup_digest",
        "channel": "C0OTHER001",
        "cron": "0 9 * * *",
        "timezone": "America/Los_Angeles",
    }
    add_schedule(services.session_factory, empty_config(), values, now=la(2026, 11, 23, 9, 0, 30))
    sched = make_scheduler(services, fake, clock)
    assert [s.id for s in sched.schedules()][-1] == "sub-1"
    sched.tick(clock.set(la(2026, 11, 23, 9, 1)))  # the 09:00 slot came before it existed
    assert fake.posts("C0OTHER001") == []
    sched.tick(clock.set(la(2026, 11, 24, 8, 59)))
    sched.tick(clock.set(la(2026, 11, 24, 9, 0, 5)))
    assert len(fake.posts("C0OTHER001")) == 1
    remove_schedule(services.session_factory, empty_config(), "sub-1")
    sched.tick(clock.set(la(2026, 11, 25, 9, 0, 5)))
    assert len(fake.posts("C0OTHER001")) == 1


def test_a_takeover_at_the_same_clock_reading_is_won_once(env: Any) -> None:
    """Two processes that read the same dead claim take it over once, even when their clock
    reads what the dead claim's did (a frozen or coarse clock): the attempts count decides."""
    services, clock = env
    now = clock.now
    with services.session_factory.begin() as session:
        session.add(
            OutboundMessage(
                key="k:frozen",
                kind="told",
                channel="U0ALICE001",
                status=CLAIMED,
                **claim_columns(now, "dead-instance"),
            )
        )
    seen = (CLAIMED, now, 1)
    which = OutboundMessage.key == "k:frozen"
    won = [
        reclaim(services.session_factory, OutboundMessage, which, seen, now=now, by=who)
        for who in ("b", "c")
    ]
    assert won == [True, False]
    with services.session_factory() as session:
        row = session.scalars(select(OutboundMessage).where(which)).one()
        assert (row.claimed_by, row.attempts) == ("b", 2)
