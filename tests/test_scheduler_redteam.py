"""The scheduler attacked as a fault harness would: "on schedule, once" under kill -9, restarts
after long down times, DST days in Europe and America, edits of the schedules file, channels
that are gone, a clock that moves backwards, tickets closed meanwhile.

Real databases (SQLite file, PostgreSQL) and the fake Slack Web API on loopback. Time is driven
through the scheduler's clock (`tick(now)`); the kill -9 probes run the scheduler in a child
process (the jobs process's own code path: `build_scheduler` + `tick`) with a fixed clock and
kill it while the fake Slack holds its post.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fake_slack import FakeSlack
from slack_helpers import BOT_TOKEN
from slack_sdk import WebClient
from test_scheduler_delivery import ROSTER, TINY_QUERY, Clock, make_services

from scheduler.config_file import load_schedules
from scheduler.core import Scheduler
from scheduler.delivery import Outbox, SlackPoster
from scheduler.models import OutboundMessage, ScheduledPost

GONE = "C0GONE0001"


class HoldingSlack(FakeSlack):
    """The shared fake; it can hold a chat.postMessage before or after storing it (a process
    killed mid-post), and it refuses a channel that was deleted."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.hold: str | None = None  # "before" | "after" storing the message
        self.arrived = threading.Event()
        self.release = threading.Event()

    def _handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict, dict]:
        posting = path.endswith("/chat.postMessage")
        if posting and self.hold == "before":
            self.hold = None
            self.arrived.set()
            self.release.wait(30)
            return 0, {}, {}  # the poster died: no answer, nothing stored
        answer = super()._handle(path, headers, raw)
        if posting and self.hold == "after":
            self.hold = None
            self.arrived.set()
            self.release.wait(30)
        return answer

    def _m_chat_postMessage(self, args: dict) -> dict:  # noqa: N802
        if args.get("channel") == GONE:
            return {"ok": False, "error": "channel_not_found"}
        return super()._m_chat_postMessage(args)

    def stored(self, channel: str) -> list[dict[str, Any]]:
        return [m for (ch, _), m in list(self.messages.items()) if ch == channel]

    def attempts(self, channel: str) -> int:
        return sum(
            1
            for c in self.calls_to("chat.postMessage", ok_only=False)
            if c.args.get("channel") == channel
        )


def digest(sid: str, channel: str, cron: str, **extra: Any) -> str:
    more = "".join(f"\n    {k}: {v}" for k, v in extra.items())
    return (
        f"  - id: {sid}\n    kind: standup_digest\n    channel: {channel}\n"
        f'    cron: "{cron}"\n    working_days_only: false{more}\n'
    )


def schedules_file(*items: str, timezone: str = "America/Los_Angeles") -> str:
    return f"timezone: {timezone}\ngrace: 30m\nschedules:\n" + "".join(items)


@pytest.fixture
def fake() -> Any:
    with HoldingSlack(BOT_TOKEN) as server:
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
    schedules.write_text(schedules_file(digest("daily", "C0DATATEAM", "0 9 * * *")))
    return {"library": lib, "warehouse": warehouse, "roster": roster, "schedules": schedules}


def scheduler(services: Any, fake: FakeSlack, clock: Clock, instance: str = "a") -> Scheduler:
    client = WebClient(token=BOT_TOKEN, base_url=fake.api_url)
    config = load_schedules(services.settings.schedules_file, default_timezone="UTC")
    outbox = Outbox(services.session_factory, SlackPoster(client), clock, instance=instance)
    return Scheduler(services, config, outbox, clock=clock, instance=instance)


@pytest.fixture
def make(db_url: str, files: dict[str, Path], fake: HoldingSlack) -> Any:
    """make(schedules_text, now) -> (services, clock, scheduler) on a fresh database."""
    made: list[Any] = []

    def build(text: str, now: datetime) -> tuple[Any, Clock, Scheduler]:
        files["schedules"].write_text(text, encoding="utf-8")
        clock = Clock(now)
        services = make_services(db_url, files, fake, clock)
        made.append(services)
        return services, clock, scheduler(services, fake, clock)

    yield build
    for services in made:
        services.close()


# ---- DST: a time that exists twice, a time that does not exist ------------------------------


@pytest.mark.parametrize(
    ("tz", "day", "cron"),
    [
        ("America/New_York", (2026, 11, 1), "30 1 * * *"),  # 01:30 EDT, then 01:30 EST
        ("Europe/Berlin", (2026, 10, 25), "30 2 * * *"),  # 02:30 CEST, then 02:30 CET
    ],
)
def test_a_time_that_exists_twice_is_posted_once(
    make: Any, fake: HoldingSlack, tz: str, day: tuple[int, int, int], cron: str
) -> None:
    hour = int(cron.split()[1])
    first = datetime(*day, hour, 30, tzinfo=ZoneInfo(tz))
    second = datetime(*day, hour, 30, fold=1, tzinfo=ZoneInfo(tz))
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    _, clock, sched = make(
        schedules_file(digest("nightly", "C0NIGHT001", cron), timezone=tz), first
    )
    # The scheduler ticks every minute: around both copies of the wall-clock time.
    for moment in (first, second):
        utc = moment.astimezone(UTC)
        sched.tick(clock.set(utc - timedelta(minutes=1)))
        sched.tick(clock.set(utc + timedelta(seconds=20)))
        sched.tick(clock.set(utc + timedelta(minutes=1, seconds=20)))
    assert len(fake.stored("C0NIGHT001")) == 1
    # And the next day's slot still comes.
    nxt = first.astimezone(UTC) + timedelta(days=1, hours=1)
    sched.tick(clock.set(nxt - timedelta(minutes=1)))
    sched.tick(clock.set(nxt + timedelta(seconds=20)))
    assert len(fake.stored("C0NIGHT001")) == 2


@pytest.mark.parametrize(
    ("tz", "day"),
    [("America/New_York", (2026, 3, 8)), ("Europe/Berlin", (2026, 3, 29))],
)
def test_a_time_that_does_not_exist_is_posted_once(
    make: Any, fake: HoldingSlack, tz: str, day: tuple[int, int, int]
) -> None:
    # 02:30 does not exist that day (clocks jump from 02:00 to 03:00).
    before = datetime(*day, 1, 59, tzinfo=ZoneInfo(tz)).astimezone(UTC)
    _, clock, sched = make(
        schedules_file(digest("nightly", "C0NIGHT001", "30 2 * * *"), timezone=tz), before
    )
    sched.tick(clock.set(before))
    moment = before + timedelta(minutes=1, seconds=20)  # 03:00:20 local, then every 10 min
    for _ in range(9):
        sched.tick(clock.set(moment))
        moment += timedelta(minutes=10)
    assert len(fake.stored("C0NIGHT001")) == 1
    # The next night, 02:30 exists again: posted once.
    nxt = (datetime(*day, 2, 30) + timedelta(days=1)).replace(tzinfo=ZoneInfo(tz))
    sched.tick(clock.set(nxt - timedelta(minutes=1)))
    sched.tick(clock.set(nxt + timedelta(seconds=20)))
    assert len(fake.stored("C0NIGHT001")) == 2


# ---- long down times: coalesced, never a burst of stale posts ---------------------------------


def test_slots_missed_within_the_grace_are_coalesced_into_one_late_post(
    make: Any, fake: HoldingSlack
) -> None:
    la = ZoneInfo("America/Los_Angeles")
    text = schedules_file(digest("often", "C0OFTEN001", "*/5 * * * *"))
    _, clock, sched = make(text, datetime(2026, 11, 23, 9, 0, 10, tzinfo=la))
    sched.tick(clock.now)
    assert len(fake.stored("C0OFTEN001")) == 1
    # Down from 09:00 to 09:22: 09:05, 09:10, 09:15 and 09:20 are all within the 30m grace.
    runs = sched.tick(clock.set(datetime(2026, 11, 23, 9, 22, tzinfo=la)))
    posts = fake.stored("C0OFTEN001")
    assert len(posts) == 2, [p["text"] for p in posts]
    assert "Posted late: this was due at 09:20" in json.dumps(posts[-1]["blocks"])
    assert sorted(r.outcome for r in runs) == ["late", "skipped", "skipped", "skipped"]
    # Down two days (576 slots): one post, the 09:00 slot 2 minutes late; then on time.
    sched.tick(clock.set(datetime(2026, 11, 25, 9, 2, tzinfo=la)))
    assert len(fake.stored("C0OFTEN001")) == 3
    sched.tick(clock.set(datetime(2026, 11, 25, 9, 5, 10, tzinfo=la)))
    assert len(fake.stored("C0OFTEN001")) == 4


def test_a_slot_slack_refused_is_not_posted_after_a_newer_one(
    make: Any, fake: HoldingSlack
) -> None:
    la = ZoneInfo("America/Los_Angeles")
    text = schedules_file(digest("often", "C0OFTEN001", "*/5 * * * *"))
    _, clock, sched = make(text, datetime(2026, 11, 23, 8, 59, tzinfo=la))
    sched.tick(clock.now)
    fake.fail_next(1, status=200, method="chat.postMessage", error="internal_error")
    runs = sched.tick(clock.set(datetime(2026, 11, 23, 9, 0, 10, tzinfo=la)))
    assert [r.outcome for r in runs] == ["retry"]
    sched.tick(clock.set(datetime(2026, 11, 23, 9, 5, 10, tzinfo=la)))  # the 09:05 digest
    for minute in range(6, 30):  # the 09:00 one's lease passes: it is stale, not posted
        sched.tick(clock.set(datetime(2026, 11, 23, 9, minute, 10, tzinfo=la)))
    texts = [json.dumps(p["blocks"]) for p in fake.stored("C0OFTEN001")]
    assert len(texts) == 5  # 09:05, 09:10, 09:15, 09:20, 09:25
    assert not any("Posted late" in t for t in texts)


# ---- a channel that is gone ------------------------------------------------------------------


def test_a_schedule_whose_channel_is_gone_logs_one_line_and_does_not_retry(
    make: Any, fake: HoldingSlack, caplog: pytest.LogCaptureFixture
) -> None:
    la = ZoneInfo("America/Los_Angeles")
    _, clock, sched = make(
        schedules_file(digest("lost", GONE, "0 9 * * *")), datetime(2026, 11, 23, 8, 59, tzinfo=la)
    )
    sched.tick(clock.now)
    with caplog.at_level(logging.INFO):
        for minute in range(0, 60, 4):
            sched.tick(clock.set(datetime(2026, 11, 23, 9, minute, 10, tzinfo=la)))
    assert fake.attempts(GONE) == 1
    about = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(about) == 1, [r.getMessage() for r in about]
    assert GONE in about[0].getMessage() and "channel_not_found" in about[0].getMessage()
    assert "lost" in about[0].getMessage()


# ---- the schedules file edited while running -------------------------------------------------


def test_an_edited_schedules_file_is_applied_at_the_next_tick(
    make: Any, fake: HoldingSlack, files: dict[str, Path], caplog: pytest.LogCaptureFixture
) -> None:
    la = ZoneInfo("America/Los_Angeles")
    text = schedules_file(
        digest("daily", "C0DATATEAM", "0 9 * * *"), digest("gone", "C0OLD00001", "0 9 * * *")
    )
    _, clock, sched = make(text, datetime(2026, 11, 23, 8, 50, tzinfo=la))
    sched.tick(clock.now)
    edited = schedules_file(
        digest("daily", "C0DATATEAM", "0 10 * * *"),  # moved to 10:00
        digest("added", "C0NEW00001", "0 9 * * *"),  # new; "gone" removed
    )
    files["schedules"].write_text(edited, encoding="utf-8")
    sched.tick(clock.set(datetime(2026, 11, 23, 9, 0, 10, tzinfo=la)))
    assert len(fake.stored("C0NEW00001")) == 1
    assert fake.stored("C0OLD00001") == [] and fake.stored("C0DATATEAM") == []
    sched.tick(clock.set(datetime(2026, 11, 23, 10, 0, 10, tzinfo=la)))
    assert len(fake.stored("C0DATATEAM")) == 1
    # A broken edit is refused with file:line, once, and the schedules in force stay.
    files["schedules"].write_text(edited + "  - id: bad\n    kind: nope\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        for day in (24, 25):
            sched.tick(clock.set(datetime(2026, 11, day, 9, 0, 10, tzinfo=la)))
            sched.tick(clock.set(datetime(2026, 11, day, 10, 0, 10, tzinfo=la)))
    refusals = [r for r in caplog.records if "schedules.yaml:" in r.getMessage()]
    assert len(refusals) == 1, [r.getMessage() for r in refusals]
    assert len(fake.stored("C0NEW00001")) == 3 and len(fake.stored("C0DATATEAM")) == 3


# ---- the clock moving backwards --------------------------------------------------------------


def test_a_clock_that_moves_backwards_does_not_post_again(make: Any, fake: HoldingSlack) -> None:
    la = ZoneInfo("America/Los_Angeles")
    _, clock, sched = make(
        schedules_file(digest("daily", "C0DATATEAM", "0 9 * * *")),
        datetime(2026, 11, 23, 8, 59, tzinfo=la),
    )
    sched.tick(clock.now)
    sched.tick(clock.set(datetime(2026, 11, 23, 9, 0, 10, tzinfo=la)))
    for moment in ((8, 30), (8, 59, 50), (9, 0, 5), (9, 0, 30), (9, 1, 30), (9, 20)):
        sched.tick(clock.set(datetime(2026, 11, 23, *moment, tzinfo=la)))
    assert len(fake.stored("C0DATATEAM")) == 1
    sched.tick(clock.set(datetime(2026, 11, 24, 9, 0, 10, tzinfo=la)))
    assert len(fake.stored("C0DATATEAM")) == 2


# ---- kill -9 of the scheduler's process, and two processes on one PostgreSQL -----------------

CHILD = """
import sys
from datetime import datetime
from bot.services import build_services
from bot.settings import load_settings
from scheduler.runner import build_scheduler
now = datetime.fromisoformat(sys.argv[1])
settings = load_settings()
services = build_services(settings, clock=lambda: now)
build_scheduler(services, settings, clock=lambda: now).tick(now)
"""


def run_child(services: Any, cwd: Path, now: datetime) -> subprocess.Popen:
    """The jobs process's scheduler (build_scheduler + one tick) at `now`, in a new process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_"))}
    env.update(services.settings.as_env())
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, now.isoformat()],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(child: subprocess.Popen) -> None:
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0, err[-3000:]


@pytest.mark.parametrize("moment", ["before", "after"])
def test_kill_9_mid_post_then_restart_posts_once_right_away(
    make: Any, fake: HoldingSlack, tmp_path: Path, moment: str
) -> None:
    """kill -9 while Slack holds the digest's post, before or after storing it; the restarted
    process, a minute later (inside the 5-minute lease), posts it once or finds it posted."""
    la = ZoneInfo("America/Los_Angeles")
    nine = datetime(2026, 11, 23, 9, 0, 10, tzinfo=la)
    services, _, _ = make(schedules_file(digest("daily", "C0DATATEAM", "0 9 * * *")), nine)
    fake.hold = moment
    child = run_child(services, tmp_path, nine)
    try:
        assert fake.arrived.wait(90), child.stderr.read() if child.poll() is not None else ""
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        fake.release.set()
    assert child.returncode == -signal.SIGKILL
    assert len(fake.stored("C0DATATEAM")) == (1 if moment == "after" else 0)
    finish(run_child(services, tmp_path, nine + timedelta(minutes=1)))
    assert len(fake.stored("C0DATATEAM")) == 1
    with services.session_factory() as session:
        assert session.query(OutboundMessage).one().status == "sent"
        assert session.query(ScheduledPost).one().status == "sent"
    # Later ticks (after the lease) change nothing.
    finish(run_child(services, tmp_path, nine + timedelta(minutes=7)))
    assert len(fake.stored("C0DATATEAM")) == 1


def test_two_processes_on_postgresql_post_each_slot_once(
    pg_url: str, files: dict[str, Path], fake: HoldingSlack, tmp_path: Path
) -> None:
    la = ZoneInfo("America/Los_Angeles")
    text = schedules_file(
        digest("daily", "C0DATATEAM", "0 9 * * *"), digest("often", "C0OFTEN001", "*/5 * * * *")
    )
    files["schedules"].write_text(text, encoding="utf-8")
    clock = Clock(datetime(2026, 11, 23, 9, 0, 10, tzinfo=la))
    services = make_services(pg_url, files, fake, clock)
    try:
        for minute in (0, 5, 10):
            now = datetime(2026, 11, 23, 9, minute, 10, tzinfo=la)
            children = [run_child(services, tmp_path, now) for _ in range(2)]
            for child in children:
                finish(child)
        assert len(fake.stored("C0DATATEAM")) == 1
        assert len(fake.stored("C0OFTEN001")) == 3
    finally:
        services.close()


# ---- deadline reminders and escalations ------------------------------------------------------


def deadlines(channel: str = "") -> str:
    where = f"\n    channel: {channel}" if channel else ""
    return (
        "  - id: deadlines\n    kind: deadline_reminders\n"
        f'    cron: "*/15 * * * *"\n    working_days_only: false{where}\n'
    )


def dms(fake: HoldingSlack, user: str) -> list[dict[str, Any]]:
    return fake.stored("D" + user[1:])


def test_a_reminder_for_a_ticket_closed_meanwhile_is_not_sent(
    make: Any, fake: HoldingSlack
) -> None:
    la = ZoneInfo("America/Los_Angeles")
    services, clock, sched = make(
        schedules_file(deadlines()), datetime(2026, 11, 23, 7, 0, tzinfo=la)
    )
    t = services.tickets
    due = datetime(2026, 11, 23, 17, 0, tzinfo=la)
    first = t.create_ticket("first report", "U0REQ00001", "C0GENERAL1", due_at=due)
    second = t.create_ticket("second report", "U0REQ00002", "C0GENERAL1", due_at=due)
    t.claim(first.id, "U0ALICE001")
    t.claim(second.id, "U0CAROL001")
    # Closed while the 08:00 run is sending: after the run listed it, before its reminder.
    real = fake._m_chat_postMessage

    def close_second(args: dict) -> dict:
        if args.get("channel") == "U0ALICE001":
            threading.Thread(target=t.close, args=(second.id, "U0CAROL001", "done")).start()
            threading.Event().wait(1.0)  # the close commits while Slack answers this post
        return real(args)

    fake._m_chat_postMessage = close_second  # type: ignore[method-assign]
    sched.tick(clock.set(datetime(2026, 11, 23, 8, 0, 10, tzinfo=la)))
    fake._m_chat_postMessage = real  # type: ignore[method-assign]
    assert services.tickets.get(second.id).state == "done"
    # Closed after Slack refused its reminder: the retry does not send it either.
    third = t.create_ticket("third report", "U0REQ00003", "C0GENERAL1", due_at=due)
    t.claim(third.id, "U0BOB00001")
    fake.fail_next(1, status=200, method="chat.postMessage", error="internal_error")
    sched.tick(clock.set(datetime(2026, 11, 23, 8, 15, 10, tzinfo=la)))
    t.close(third.id, "U0BOB00001", "done")
    for minute in (30, 45):
        sched.tick(clock.set(datetime(2026, 11, 23, 8, minute, 10, tzinfo=la)))
    assert len(dms(fake, "U0ALICE001")) == 1
    assert dms(fake, "U0CAROL001") == [] and dms(fake, "U0BOB00001") == []


def test_escalations_are_not_repeated(make: Any, fake: HoldingSlack) -> None:
    la = ZoneInfo("America/Los_Angeles")
    services, clock, sched = make(
        schedules_file(deadlines()), datetime(2026, 11, 23, 6, 0, tzinfo=la)
    )
    t = services.tickets
    late = t.create_ticket(
        "late one", "U0REQ00001", "C0GENERAL1", due_at=datetime(2026, 11, 23, 12, 0, tzinfo=la)
    )
    t.claim(late.id, "U0ALICE001")
    t.create_ticket("nobody's", "U0REQ00002", "C0GENERAL1")
    # The first escalation's answer is lost after Slack stored it (a 500).
    fake.fail_next(1, status=500, method="chat.postMessage", after_storing=True)
    moment = datetime(2026, 11, 23, 10, 0, 10, tzinfo=la)  # unclaimed 4 h at 10:00
    for _ in range(20):  # every 3 hours for 2.5 days
        sched.tick(clock.set(moment))
        moment += timedelta(hours=3)
    texts = [m["text"] for m in dms(fake, "U0LEAD0001")]
    assert len(texts) == 2, texts
    assert sum("not been claimed" in x for x in texts) == 1
    assert sum("overdue" in x for x in texts) == 1


def test_after_a_week_down_a_minutely_schedule_posts_its_current_slot(
    make: Any, fake: HoldingSlack
) -> None:
    la = ZoneInfo("America/Los_Angeles")
    text = schedules_file(digest("minutely", "C0OFTEN001", "* * * * *"))
    _, clock, sched = make(text, datetime(2026, 11, 23, 9, 0, 10, tzinfo=la))
    sched.tick(clock.now)
    runs = sched.tick(clock.set(datetime(2026, 12, 1, 9, 0, 10, tzinfo=la)))  # 8 days later
    assert [r.outcome for r in runs].count("posted") == 1
    assert len(fake.stored("C0OFTEN001")) == 2


def test_a_jobs_process_started_on_a_broken_schedules_file_keeps_running_and_picks_up_the_fix(
    make: Any, fake: HoldingSlack, files: dict[str, Path], caplog: pytest.LogCaptureFixture
) -> None:
    """The supervisor restarts a killed jobs process while the file holds a broken edit: it must
    not crash (a crash loop would stop the requests too); the fix is applied when it lands."""
    import dataclasses

    from scheduler.runner import start_scheduler

    la = ZoneInfo("America/Los_Angeles")
    good = schedules_file(digest("daily", "C0DATATEAM", "0 9 * * *"))
    services, clock, _ = make(good, datetime(2026, 11, 23, 8, 50, tzinfo=la))
    files["schedules"].write_text(good + "  - id: bad\n    kind: nope\n", encoding="utf-8")
    settings = dataclasses.replace(services.settings, known_values_refresh_hours=0)
    client = WebClient(token=BOT_TOKEN, base_url=fake.api_url)
    with caplog.at_level(logging.ERROR, logger="scheduler"):
        handle = start_scheduler(services, settings, client=client, clock=clock)
        handle.stop()
    assert any("schedules.yaml:" in r.getMessage() for r in caplog.records)
    assert handle.scheduler.config.schedules == ()
    files["schedules"].write_text(good, encoding="utf-8")
    handle.scheduler.tick(clock.set(datetime(2026, 11, 23, 9, 0, 10, tzinfo=la)))
    assert len(fake.stored("C0DATATEAM")) == 1


def test_a_dead_owner_is_recognised_even_when_its_pid_was_reused() -> None:
    """A restarted container gives the new jobs process the old one's pid: the start time in
    the owner's name tells them apart; another host's owner waits for its lease."""
    import socket

    from scheduler.delivery import instance_name, owner_gone

    host, pid = socket.gethostname(), os.getpid()
    assert not owner_gone("claimed", instance_name())
    assert owner_gone("claimed", f"{host}:{pid}@1")  # this pid, but started at another time
    assert owner_gone("claimed", f"{host}:{2**22 + 7}@1")  # no such process
    assert not owner_gone("claimed", f"elsewhere:{2**22 + 7}@1")
    assert not owner_gone("retry", f"{host}:{2**22 + 7}@1")  # Slack refused: wait the lease
