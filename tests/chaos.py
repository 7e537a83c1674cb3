"""Chaos rounds for `datarequest serve`: `kill -9` at random moments, then every invariant.

A round sends a mixed burst (slash commands answerable and not, Claim clicks, Close modal
submits, while a minutely digest and deadline reminders run), with the fake Slack failing some
posts after storing them (500), refusing them (429) or cutting the connection; at a random moment
it kills the jobs process, the front process, both (the process group), or one of two `serve`s
on PostgreSQL, and starts again what the kill took down. After the rounds, Slack recovers and
`check` lists every violated invariant (an empty list is a pass):

- every acked command answered, or ticketed, exactly once (one post keyed `cmd:<trigger>:1`;
  a ticket only for a request that reached the bot, one per request, with its triage post);
- no message key posted twice (results, triage posts, notes, DMs, digests, reminders);
- an acked Claim claims; a claimed ticket has one "claimed" note and one DM; an acked Close
  closes; a closed ticket has one "closed it" note and one DM;
- no "Working on it" left in a channel; nothing pending in the intake; no ticket without its
  triage post; a request sent after the chaos is answered (no stale lease or lock blocks).

Used by tests/test_chaos_kill.py (bounded, fixed seeds) and benchmarks/bench_chaos.py (many
seeds, longer).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import random
import re
import signal
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fake_slack import FakeSlack
from slack_helpers import (
    app_settings,
    block_actions_body,
    command_body,
    next_id,
    post_signed,
    view_submission_body,
)
from sqlalchemy import select
from test_slack_durable import Serve

from bot.db.session import make_engine, make_session_factory
from bot.slack.intake import IntakeStore
from bot.tickets.models import Ticket

ANSWERABLE = "revenue by region in October 2026"
TRIAGE = "C0TRIAGE01"
DIGEST = "C0DIGEST01"
ANALYST = "U0ANALYST1"
REQUESTER = "U0REQ00001"
TARGETS = ("jobs", "front", "group")
SCHEDULES = (
    "timezone: UTC\ngrace: 30m\nschedules:\n"
    f'  - id: minutely\n    kind: standup_digest\n    channel: {DIGEST}\n    cron: "* * * * *"\n'
    "    working_days_only: false\n"
    '  - id: deadlines\n    kind: deadline_reminders\n    cron: "* * * * *"\n'
    "    working_days_only: false\n"
)


def _alive(pid: int) -> bool:
    """A process that exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def key_of(message: dict[str, Any]) -> str | None:
    meta = message.get("metadata") or {}
    return (meta.get("event_payload") or {}).get("key")


@dataclass
class Record:
    """What was sent and what was acked, by kind."""

    commands: dict[str, tuple[bool, bool]] = field(
        default_factory=dict
    )  # trigger: (answerable, acked)
    claims: dict[int, bool] = field(default_factory=dict)  # ticket id: acked
    closes: dict[int, bool] = field(default_factory=dict)
    kills: Counter[str] = field(default_factory=Counter)
    rounds: int = 0


class Chaos:
    """Rounds of a burst and a kill against one or two `serve`s sharing `database`."""

    def __init__(
        self, tmp_path: Path, fake: FakeSlack, database: str, rng: random.Random, serves: int = 1
    ) -> None:
        schedules = tmp_path / "schedules.yaml"
        schedules.write_text(SCHEDULES, encoding="utf-8")
        self.tmp_path, self.fake, self.rng = tmp_path, fake, rng
        self.settings = app_settings(
            tmp_path, fake.api_url, database_url=database, schedules_file=schedules
        )
        self.factory = make_session_factory(make_engine(database))
        self.record = Record()
        self._jobs_killed = 0
        self._all: list[Serve] = []
        self.serves: list[Serve] = [self._start() for _ in range(serves)]

    # ---- processes -----------------------------------------------------------------------------
    def _start(self) -> Serve:
        serve = Serve(self.tmp_path, self.settings)
        self._all.append(serve)
        serve.wait_healthy()
        serve.wait_for_line(r"jobs process \d+ listening")
        return serve

    def _kill(self, index: int, target: str) -> None:
        serve = self.serves[index]
        if target == "jobs":
            self._jobs_killed = serve.jobs_pid()
            os.kill(self._jobs_killed, signal.SIGKILL)
        elif target == "front":
            os.kill(serve.proc.pid, signal.SIGKILL)
        else:
            serve.kill_group()
        self.record.kills[target] += 1

    def _bring_back(self, index: int, target: str) -> None:
        serve = self.serves[index]
        if target == "jobs":  # the front's supervisor restarts it
            dead = self._jobs_killed
            serve.wait_for_line(rf"jobs process {dead} died \(signal SIGKILL\)")
            serve.wait_for_line(rf"jobs process (?!{dead}\b)\d+ started")
            return
        serve.proc.wait(timeout=30)
        serve.stop()
        self.serves[index] = self._start()

    def close(self, wait_s: float = 30) -> list[str]:
        """Stop the serves; the jobs processes of every serve started (those whose front was
        killed too) still alive `wait_s` later (orphans), as violations, then killed."""
        for serve in self.serves:
            serve.stop()
        self.factory.kw["bind"].dispose()
        pids = {
            int(m.group(1))
            for serve in self._all
            for line in list(serve.lines)
            if (m := re.search(r"jobs process (\d+) (listening|started)", line))
        }
        deadline = time.monotonic() + wait_s
        while (alive := [p for p in pids if _alive(p)]) and time.monotonic() < deadline:
            time.sleep(0.5)
        for pid in alive:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        return [f"orphan jobs process {p} alive {wait_s:.0f} s after its serve" for p in alive]

    # ---- one round -----------------------------------------------------------------------------
    def _workload(self) -> list[tuple[str, Any, str]]:
        """(kind, subject, body) of this round's requests: commands, claims, closes."""
        rng, out = self.rng, []
        for _ in range(rng.randint(8, 16)):
            trigger = next_id("7301.")
            answerable = rng.random() < 0.5
            text = ANSWERABLE if answerable else f"please build a churn dashboard number {trigger}"
            self.record.commands[trigger] = (answerable, False)
            out.append(("command", trigger, command_body(text, trigger_id=trigger)))
        with self.factory() as session:
            tickets = session.scalars(select(Ticket)).all()
        open_ = [t for t in tickets if t.message_ts and t.id not in self.record.claims]
        for t in rng.sample(open_, min(len(open_), rng.randint(1, 4))):
            triage = self.fake.messages.get((TRIAGE, t.message_ts))
            if triage is None:
                continue
            action = {"action_id": "ticket_claim", "type": "button", "value": str(t.id)}
            body = block_actions_body(action, user_id=ANALYST, channel_id=TRIAGE, message=triage)
            self.record.claims[t.id] = False
            out.append(("claim", t.id, body))
        claimed = [t for t in tickets if t.claimed_by == ANALYST and t.id not in self.record.closes]
        for t in rng.sample(claimed, min(len(claimed), rng.randint(1, 3))):
            values = {"resolution": {"value": {"type": "plain_text_input", "value": "done"}}}
            meta = json.dumps({"ticket": t.id})
            view = {"callback_id": "ticket_close_modal", "private_metadata": meta}
            self.record.closes[t.id] = False
            out.append(("close", t.id, view_submission_body(view, values, user_id=ANALYST)))
        rng.shuffle(out)
        return out

    def _faults(self) -> None:
        """Some posts fail: stored then 500, refused 429, or the connection cut."""
        if self.rng.random() < 0.6:
            status = self.rng.choice([500, 500, 429, 0])
            after = status != 429 and self.rng.random() < 0.7
            n = self.rng.randint(1, 3)
            self.fake.fail_next(n, status, method="chat.postMessage", after_storing=after)

    def _picks(self, kind: str) -> list[int]:
        """Which serves get a request: one at random; a click sometimes both (the same
        delivery twice)."""
        n = len(self.serves)
        if kind != "command" and n > 1 and self.rng.random() < 0.3:
            return list(range(n))
        return [self.rng.randrange(n)]

    def round(self, target: str | None = None) -> None:
        """One burst spread over ~0.8 s with a kill after a random delay, then restart."""
        rng = self.rng
        target = target or rng.choice(TARGETS)
        victim = rng.randrange(len(self.serves))
        self._faults()
        work = [
            (kind, subject, body, rng.random() * 0.8, self._picks(kind))
            for kind, subject, body in self._workload()
        ]

        def send(
            kind: str, subject: Any, body: str, pause: float, picks: list[int]
        ) -> tuple[str, Any] | None:
            time.sleep(pause)
            acked = False
            for pick in picks:
                try:
                    status = post_signed(self.serves[pick].base, body, timeout=20)[0]
                except (OSError, http.client.HTTPException):  # cut off by the kill
                    continue
                acked = acked or status == 200
            return (kind, subject) if acked else None

        with ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(send, *job) for job in work]
            time.sleep(rng.uniform(0.02, 1.0))
            self._kill(victim, target)
            done = [d for f in futures if (d := f.result()) is not None]
        for kind, subject in done:
            if kind == "command":
                self.record.commands[subject] = (self.record.commands[subject][0], True)
            else:
                getattr(self.record, kind + "s")[subject] = True
        self._bring_back(victim, target)
        self.record.rounds += 1

    # ---- the invariants ------------------------------------------------------------------------
    def check(self) -> list[str]:
        """Every invariant violated now (empty: all hold)."""
        bad: list[str] = []
        posted = self.fake.posted()
        keys = Counter(k for m in posted if (k := key_of(m)))
        bad += [f"key {k} posted {n} times" for k, n in keys.items() if n > 1]
        by_key = {key_of(m): m for m in posted}
        with self.factory() as session:
            tickets = session.scalars(select(Ticket)).all()
        by_idem = Counter(t.idempotency_key for t in tickets)
        bad += [f"{k}: {n} tickets" for k, n in by_idem.items() if n > 1]
        sent = {f"cmd:{t}" for t in self.record.commands}
        bad += [f"ticket #{t.id} from nowhere" for t in tickets if t.idempotency_key not in sent]
        ticketed = {t.idempotency_key: t for t in tickets}
        answers = Counter(
            k.rsplit(":", 1)[0]
            for m in posted
            if (k := key_of(m)) and k.startswith("cmd:") and m["text"].startswith("Revenue")
        )
        for trigger, (answerable, acked) in self.record.commands.items():
            reply = by_key.get(f"cmd:{trigger}:1")
            if acked and reply is None:
                bad.append(f"acked {trigger} never answered")
            n = answers[f"cmd:{trigger}"]
            if answerable and (n > 1 or (acked and n == 0)):
                bad.append(f"answerable {trigger} answered {n} times")
            ticket = ticketed.get(f"cmd:{trigger}")
            if answerable and ticket is not None:
                bad.append(f"answerable {trigger} ticketed")
            if not answerable and acked and ticket is None:
                bad.append(f"acked {trigger} not ticketed")
        for t in tickets:
            bad += self._check_ticket(t, keys)
        bad += [
            f"'Working on it' left in {m.get('ts')}"
            for m in posted
            if m["text"].startswith("Working on it")
        ]
        counts = IntakeStore(self.factory).counts()
        bad += [f"{n} intake rows {state}" for state, n in counts.items() if state != "done"]
        return bad

    def _check_ticket(self, t: Ticket, keys: Counter[str]) -> list[str]:
        bad = []
        if t.message_ts is None or keys[f"ticket:{t.id}:triage"] != 1:
            bad.append(f"ticket #{t.id} triage posted {keys[f'ticket:{t.id}:triage']} times")
        thread = [m["text"] for m in self.fake.posted(lambda m: m.get("thread_ts") == t.message_ts)]
        dms = [m["text"] for (ch, _), m in self.fake.messages.items() if ch.startswith("D")]
        claimed_notes = sum(1 for x in thread if x == f"<@{ANALYST}> claimed the ticket.")
        claimed_dms = sum(1 for x in dms if f"is working on your ticket #{t.id}:" in x)
        closed_notes = sum(1 for x in thread if x.startswith(f"<@{ANALYST}> closed it"))
        closed_dms = sum(1 for x in dms if x.startswith(f"Your ticket #{t.id} is done"))
        if self.record.claims.get(t.id) and t.claimed_by != ANALYST:
            bad.append(f"acked claim of #{t.id} did not claim")
        if t.claimed_by == ANALYST and (claimed_notes, claimed_dms) != (1, 1):
            bad.append(f"#{t.id} claim told {claimed_notes} notes, {claimed_dms} DMs")
        if self.record.closes.get(t.id) and t.state != "done":
            bad.append(f"acked close of #{t.id} left it {t.state}")
        if t.state == "done" and (closed_notes, closed_dms) != (1, 1):
            bad.append(f"#{t.id} close told {closed_notes} notes, {closed_dms} DMs")
        return bad

    def settle(self, timeout: float) -> list[str]:
        """Slack recovers; wait (bounded) until every invariant holds; what still fails."""
        self.fake.recover()
        deadline = time.monotonic() + timeout
        while (bad := self.check()) and time.monotonic() < deadline:
            time.sleep(0.3)
        return bad

    def probe(self, timeout: float = 30) -> list[str]:
        """A request after the chaos is answered on every serve (no stale lease or lock)."""
        bad = []
        for serve in self.serves:
            trigger = next_id("7399.")
            self.record.commands[trigger] = (True, True)
            if post_signed(serve.base, command_body(ANSWERABLE, trigger_id=trigger))[0] != 200:
                bad.append("probe not acked")
        return bad + self.settle(timeout)
