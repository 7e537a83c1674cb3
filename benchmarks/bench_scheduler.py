"""Scheduler costs: slot enumeration, an idle tick, a busy tick, and the standup digest.

Everything runs in-process on SQLite (a temp file) with a poster that records messages instead
of calling Slack, so the figures are the scheduler's own work (database claims included):

- due_slots over a week of a minutely cron (10,080 slots) and a year of a daily one;
- an idle tick with 50 schedules (nothing due): what every process pays each minute;
- a tick where 50 report-free schedules (digests) are all due at once: claim + build + "post";
- build_digest + digest_message for 8 members and 600 tickets.

Usage: .venv/bin/python benchmarks/bench_scheduler.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

LA = ZoneInfo("America/Los_Angeles")


class RecordingPoster:
    def __init__(self) -> None:
        self.sent = 0

    def post(self, channel: str, text: str, blocks: list, *, key: str, thread_ts: Any = None):
        self.sent += 1
        return channel, f"1700000000.{self.sent:06d}"

    def find(self, *args: Any, **kw: Any) -> None:
        return None


def timed(fn: Any, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), max(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    from bot.db.session import make_engine, make_session_factory, upgrade
    from bot.services import Services
    from bot.settings import Settings
    from bot.slack.rendering.digest import digest_message
    from bot.tickets.roster import load_roster_file, show_roster
    from bot.tickets.service import TicketService
    from scheduler.config import ScheduleDef, SchedulesConfig
    from scheduler.core import Scheduler
    from scheduler.delivery import Outbox
    from scheduler.slots import due_slots
    from scheduler.standup import build_digest

    rows: list[tuple[str, float, float]] = []
    minutely = ScheduleDef("m", "standup_digest", "* * * * *", "UTC", "C0X", False)
    daily = ScheduleDef(
        "d", "standup_digest", "0 9 * * mon-fri", "America/Los_Angeles", "C0X", holidays="US"
    )
    t0 = datetime(2026, 11, 1, tzinfo=UTC)
    rows.append(
        (
            "due_slots: 1 week of `* * * * *` (10,080 slots)",
            *timed(lambda: due_slots(minutely, t0, t0 + timedelta(days=7)), 5),
        )
    )
    rows.append(
        (
            "due_slots: 1 year of `0 9 * * mon-fri`, US holidays",
            *timed(lambda: due_slots(daily, t0, t0 + timedelta(days=365)), 5),
        )
    )

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        upgrade(url)
        engine = make_engine(url)
        sf = make_session_factory(engine)
        roster = Path(tmp) / "roster.yaml"
        roster.write_text(
            "team: data-team\nlead: U0LEAD0001\nmembers:\n"
            + "".join(f"  - {{id: U0MEMBER{i:02d}, name: M{i}}}\n" for i in range(8)),
            encoding="utf-8",
        )
        load_roster_file(sf, roster, now=datetime(2026, 11, 1, tzinfo=UTC))
        clock_now = [datetime(2026, 11, 16, 9, tzinfo=LA)]
        tickets = TicketService(sf, clock=lambda: clock_now[0], tz="America/Los_Angeles")
        for i in range(600):
            t = tickets.create_ticket(
                f"request {i} about something",
                f"U0REQ{i:05d}",
                "C0G",
                due_at=datetime(2026, 11, 18 + i % 8, 12, tzinfo=LA),
            )
            owner = f"U0MEMBER{i % 8:02d}"
            if i % 3 == 0:
                tickets.claim(t.id, owner)
            if i % 4 == 0:
                tickets.close(t.id, owner, "done")
        now = datetime(2026, 11, 23, 9, tzinfo=LA)
        team = show_roster(sf)

        def digest() -> None:
            d = build_digest(
                sf,
                now=now,
                since=now - timedelta(days=3),
                timezone="America/Los_Angeles",
                roster=team,
            )
            digest_message(d, schedule_id="daily")

        rows.append(
            ("build_digest + digest_message, 8 members, 600 tickets", *timed(digest, args.repeat))
        )

        schedules = tuple(
            ScheduleDef(
                f"s{i:02d}",
                "standup_digest",
                "0 9 * * mon-fri",
                "America/Los_Angeles",
                f"C0CHAN{i:04d}",
            )
            for i in range(50)
        )
        config = SchedulesConfig("America/Los_Angeles", "", timedelta(minutes=30), schedules)
        services = Services(Settings(), None, None, tickets, sf, engine)  # type: ignore[arg-type]
        poster = RecordingPoster()
        clock = [now]
        outbox = Outbox(sf, poster, lambda: clock[0], instance="bench")
        sched = Scheduler(services, config, outbox, clock=lambda: clock[0], instance="bench")
        clock[0] = now - timedelta(minutes=5)
        sched.tick()
        clock[0] = now + timedelta(seconds=5)
        started = time.perf_counter()
        runs = sched.tick()
        busy = (time.perf_counter() - started) * 1000
        assert len(runs) == 50 and poster.sent == 50
        rows.append(("tick: 50 digests due at once (claim, build, post, mark)", busy, busy))

        def idle() -> None:
            clock[0] = clock[0] + timedelta(minutes=1)
            sched.tick()

        clock[0] = now + timedelta(minutes=10)
        rows.append(("tick: 50 schedules, nothing due", *timed(idle, args.repeat)))
        engine.dispose()

    print("| operation | median ms | max ms |")
    print("| --- | ---: | ---: |")
    for name, med, worst in rows:
        print(f"| {name} | {med:.1f} | {worst:.1f} |")


if __name__ == "__main__":
    main()
