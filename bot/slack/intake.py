"""Durable intake: every acked Slack request is stored (same database as the tickets) first.

The front process writes each request that has work after its ack as one row of `slack_intake`
before the ack leaves (`IntakeWriter`: one background thread, one transaction per batch of
concurrent requests). The row is keyed by Slack's delivery identity (`delivery_key`: a command's
or click's trigger_id, an event's event_id), so a retried delivery adds nothing. A message event
is keyed by the message itself (`message_identity`: its channel and ts), so the same message
delivered under another event_id (a second subscription, a forged copy) adds nothing either.

The jobs process takes rows with a lease (`IntakeStore.claim_ready`): a compare-and-set on
`(state, lease_until)` inside one transaction, with `FOR UPDATE SKIP LOCKED` on PostgreSQL, so
two processes never take the same row. A row is `done` once its work finished. A row whose owner
died (a process of this host that no longer exists, or a lease that ran out) is taken again; its
work is replayed with the same keys (see `bot.slack.replay`), so it is answered or ticketed once.

    pending --claim--> pending+lease(owner) --finish--> done
       ^                    |
       +--owner dead / lease expired
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Index,
    Integer,
    String,
    Text,
    delete,
    func,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from bot.clock import Clock, system_clock
from bot.db.session import Base, UTCDateTime, write_session

log = logging.getLogger("datarequest.slack")

PENDING = "pending"
DONE = "done"
LEASE_S = 120.0  # renewed every LEASE_S / 4 while the work runs
KEEP_DONE = timedelta(days=2)


class SlackIntake(Base):
    __tablename__ = "slack_intake"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    record: Mapped[str] = mapped_column(Text)  # the request as the front received it (JSON)
    state: Mapped[str] = mapped_column(String(16), default=PENDING)
    owner: Mapped[str | None] = mapped_column(String(120))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    decision: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The highest ticket event id when the row was stored, read by the INSERT itself: a replay
    # tells which ticket changes came after the request by id, never by two hosts' clocks
    # (`handlers.ticket_changes.made_before`). NULL: stored before the column existed.
    events_before: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_slack_intake_state", "state", "lease_until"),)


# The highest ticket event id so far, as the database sees it when it stores a request (SQL
# text: the PostgreSQL writer sends its INSERT as text, `bot.slack.intake_writer`).
EVENTS_SO_FAR_SQL = "(SELECT COALESCE(MAX(id), 0) FROM ticket_events)"
EVENTS_SO_FAR = text(EVENTS_SO_FAR_SQL)


@dataclass(frozen=True)
class IntakeItem:
    """A claimed request: its row id, delivery key, stored record and how often it was taken."""

    id: int
    key: str
    record: str
    attempts: int
    created_at: datetime
    events_before: int | None = None  # see SlackIntake.events_before

    @property
    def replayed(self) -> bool:
        """Taken before by a process that did not finish it: its effects may exist already."""
        return self.attempts > 1


def message_identity(body: dict[str, Any]) -> str | None:
    """A message event's own identity, whatever event_id carried it: `message:<channel>:<ts>`
    (a ts is unique in its channel), else `message:<client_msg_id>`; None for other deliveries.

    Slack may deliver one message twice under two event_ids (two subscriptions that both see
    it, a copy re-sent), and a retry keeps its event_id: keying by event_id alone ran the same
    reply twice (two comments, two echoes)."""
    event = body.get("event")
    if not isinstance(event, dict) or event.get("type") != "message":
        return None
    channel, ts = event.get("channel"), event.get("ts")
    if isinstance(channel, str) and channel and isinstance(ts, str) and ts:
        return f"message:{channel}:{ts}"[:160]
    client = event.get("client_msg_id")
    if isinstance(client, str) and client:
        return f"message:{client}"[:160]
    return None


def delivery_key(body: dict[str, Any], raw: str | None = None) -> str:
    """Slack's identity of a delivery: the same on a retry, different for a new request; a
    message event's is its message's (`message_identity`)."""
    identity = message_identity(body)
    if identity is not None:
        return f"event:{identity}"
    if isinstance(body.get("event_id"), str) and body["event_id"]:
        return f"event:{body['event_id']}"
    trigger = body.get("trigger_id")
    if isinstance(trigger, str) and trigger:
        kind = "cmd" if "command" in body else str(body.get("type", "x"))[:40]
        return f"{kind}:{trigger}"
    digest = hashlib.sha256((raw or json.dumps(body, sort_keys=True)).encode()).hexdigest()
    return f"body:{digest}"


def unique_rows(records: list[tuple[str, str]]) -> dict[str, str]:
    """One row per delivery key (cut to the column's 200 characters): the first record wins."""
    rows: dict[str, str] = {}
    for key, record in records:
        rows.setdefault(key[:200], record)
    return rows


def first_is_new(keys: list[str], stored: set[str]) -> list[bool]:
    """For each key of a batch, whether it was new: `stored` holds the keys the insert added,
    and a key twice in one batch is new the first time only."""
    stored = set(stored)
    added = []
    for key in keys:
        added.append(key[:200] in stored)
        stored.discard(key[:200])
    return added


def process_owner(pid: int | None = None) -> str:
    """This process's name as a lease owner: host and pid (a dead local owner is detectable)."""
    return f"{socket.gethostname()}:{pid or os.getpid()}"


def _alive_here(owner: str) -> bool:
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return True  # another host's process: only its lease expiry tells
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class IntakeStore:
    """The `slack_intake` table: add (deduplicated), claim with a lease, renew, finish."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        clock: Clock = system_clock,
        lease_s: float = LEASE_S,
    ) -> None:
        self.session_factory = session_factory
        self.clock = clock
        self.lease = timedelta(seconds=lease_s)
        self._insert_stmt: Any = None

    def _insert(self, dialect: str) -> Any:
        # One cached statement, run as executemany: SQLAlchemy sends the batch as one INSERT.
        if self._insert_stmt is None:
            module = postgresql if dialect == "postgresql" else sqlite
            self._insert_stmt = (
                module.insert(SlackIntake)
                .values(events_before=EVENTS_SO_FAR)
                .on_conflict_do_nothing(index_elements=["key"])
                .returning(SlackIntake.key)
            )
        return self._insert_stmt

    def add_many(
        self, records: list[tuple[str, str]], conn: Connection | None = None
    ) -> list[bool]:
        """Store (key, record) pairs in one transaction; False for a key stored before.

        `conn`: a connection the caller keeps open between batches (no pool checkout each).
        """
        now = self.clock()
        rows = unique_rows(records)
        params = [
            {"key": key, "record": record, "state": PENDING, "attempts": 0, "created_at": now}
            for key, record in rows.items()
        ]
        # A Core transaction, not an ORM session: this runs before every ack, and an insert
        # alone needs no BEGIN IMMEDIATE on SQLite (its first statement already writes).
        if conn is None:
            engine: Engine = self.session_factory.kw["bind"]
            with engine.connect() as own:
                return self.add_many(records, own)
        with conn.begin():
            stored = set(conn.execute(self._insert(conn.dialect.name), params).scalars().all())
        return first_is_new([key for key, _ in records], stored)

    def add(self, key: str, record: str) -> bool:
        return self.add_many([(key, record)])[0]

    def claim_ready(self, owner: str, limit: int = 16) -> list[IntakeItem]:
        """Take up to `limit` pending rows nobody holds (oldest first) for `owner`."""
        now = self.clock()
        with write_session(self.session_factory) as session:
            rows = session.scalars(
                select(SlackIntake)
                .where(
                    SlackIntake.state == PENDING,
                    or_(SlackIntake.lease_until.is_(None), SlackIntake.lease_until < now),
                )
                .order_by(SlackIntake.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            ).all()
            items = []
            for row in rows:
                took = session.execute(
                    update(SlackIntake)
                    .where(
                        SlackIntake.id == row.id,
                        SlackIntake.state == PENDING,
                        or_(SlackIntake.lease_until.is_(None), SlackIntake.lease_until < now),
                    )
                    .values(
                        owner=owner,
                        lease_until=now + self.lease,
                        attempts=SlackIntake.attempts + 1,
                    )
                    .execution_options(synchronize_session=False)
                )
                if took.rowcount == 1:  # type: ignore[attr-defined]
                    items.append(
                        IntakeItem(
                            row.id,
                            row.key,
                            row.record,
                            row.attempts + 1,
                            row.created_at,
                            row.events_before,
                        )
                    )
        return items

    def renew(self, ids: list[int], owner: str) -> None:
        """Extend the leases `owner` holds on `ids` (the work is still running)."""
        if not ids:
            return
        with write_session(self.session_factory) as session:
            session.execute(
                update(SlackIntake)
                .where(
                    SlackIntake.id.in_(ids),
                    SlackIntake.owner == owner,
                    SlackIntake.state == PENDING,
                )
                .values(lease_until=self.clock() + self.lease)
            )

    def finish(self, item_id: int, owner: str, decision: str) -> bool:
        """Mark the row done (only while `owner` holds it); False when someone else took it."""
        now = self.clock()
        return self._update_held(
            item_id, owner, state=DONE, decision=decision[:120], done_at=now, lease_until=None
        )

    def retry_later(self, item_id: int, owner: str, delay: timedelta, decision: str) -> bool:
        """Give the row back to be taken again after `delay` (its post did not reach Slack)."""
        until = self.clock() + delay
        return self._update_held(
            item_id, owner, owner=None, lease_until=until, decision=decision[:120]
        )

    def _update_held(self, item_id: int, holder: str, **values: Any) -> bool:
        """Change the row only while `holder` holds it; False when someone else took it."""
        with write_session(self.session_factory) as session:
            changed = session.execute(
                update(SlackIntake)
                .where(
                    SlackIntake.id == item_id,
                    SlackIntake.owner == holder,
                    SlackIntake.state == PENDING,
                )
                .values(**values)
            )
            return changed.rowcount == 1  # type: ignore[attr-defined,no-any-return]

    def release_dead_owners(self, alive: Callable[[str], bool] = _alive_here) -> int:
        """Free the leases of owners that are gone (processes of this host that exited)."""
        with self.session_factory() as session:
            owners = session.scalars(
                select(SlackIntake.owner)
                .where(SlackIntake.state == PENDING, SlackIntake.lease_until.is_not(None))
                .distinct()
            ).all()
        dead = [owner for owner in owners if owner and not alive(owner)]
        if not dead:
            return 0
        with write_session(self.session_factory) as session:
            freed = session.execute(
                update(SlackIntake)
                .where(SlackIntake.state == PENDING, SlackIntake.owner.in_(dead))
                .values(lease_until=None)
            )
        count = int(freed.rowcount)  # type: ignore[attr-defined]
        if count:
            log.warning("intake: %d unfinished request(s) of %s taken up again", count, dead)
        return count

    def forget_done(self) -> None:
        """Delete finished rows older than KEEP_DONE (Slack retries within minutes)."""
        with write_session(self.session_factory) as session:
            session.execute(
                delete(SlackIntake).where(
                    SlackIntake.state == DONE, SlackIntake.done_at < self.clock() - KEEP_DONE
                )
            )

    def counts(self) -> dict[str, int]:
        """Rows per state (for tests, `/healthz` and the soak benchmark)."""
        with self.session_factory() as session:
            rows = session.execute(
                select(SlackIntake.state, func.count()).group_by(SlackIntake.state)
            ).all()
        return {state: int(n) for state, n in rows}
