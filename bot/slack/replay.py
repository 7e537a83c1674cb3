"""Running a stored request again without doing its effects twice.

A request taken from the intake (`bot.slack.intake`) runs with an `IntakeRun` in its context.
Every post it makes carries a key: its own, or `<delivery key>:<n>` for the n-th unkeyed post of
the run, the same on every run. When the request was taken before by a process that died
(`IntakeItem.replayed`), each post is first looked up by its key in the channel's history and
not sent again when found; tickets are opened with the delivery key as idempotency key (see
`bot.answering`), so a replay finds the ticket it made. The delivery marks the first run left
(`SlackDelivery`, "seen this trigger") are cleared first, or the replay would be dropped as a
duplicate of itself. Ephemeral replies, which Slack cannot look up, are marked before they are
sent (`first_showing`), and a replay skips the marked ones.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import insert_new, write_session
from bot.slack.intake import IntakeItem, delivery_key, message_identity
from bot.slack.models import SlackDelivery
from bot.slack.posting import HISTORY_MARGIN_S, KeyedPoster

log = logging.getLogger("datarequest.slack")

# Runs of a stored request whose answer could not be posted (`bot.slack.intake_runner`); the
# last one hands a rate-limited or lost answer to the outbox (`bot.slack.outbox.hold_post`).
MAX_ATTEMPTS = 4


@dataclass
class IntakeRun:
    """One run of a stored request: its item, the next post number, and who to tell when done."""

    item: IntakeItem
    on_done: Callable[[str], None]
    _seq: int = 0
    _shown: int = 0
    _finished: bool = False
    # A post of this run timed out and is not in the history yet: Slack may still store it, so
    # the next run waits two Web API timeouts before it looks (`bot.slack.intake_runner`).
    post_in_flight: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def last_attempt(self) -> bool:
        """No run of this request follows this one (whatever its decision)."""
        return self.item.attempts >= MAX_ATTEMPTS

    def next_key(self) -> str:
        with self._lock:
            self._seq += 1
            return f"{self.item.key}:{self._seq}"[:255]

    def next_ephemeral_key(self) -> str:
        """The n-th ephemeral reply's mark; it does not end with the delivery id, so clearing
        the delivery marks before a replay keeps it."""
        with self._lock:
            self._shown += 1
            return f"{self.item.key[:180]}#ephemeral{self._shown}"

    def done(self, decision: str) -> None:
        """Report the end of the request's work (once)."""
        with self._lock:
            if self._finished:
                return
            self._finished = True
        self.on_done(decision)


CURRENT_RUN: ContextVar[IntakeRun | None] = ContextVar("datarequest_intake_run", default=None)


def first_showing(session_factory: sessionmaker[Session], now: datetime, run: IntakeRun) -> bool:
    """Whether the next ephemeral reply of the stored request `run` is shown for the first time.

    Ephemeral replies cannot be looked up in Slack, so each one is marked before it is sent: a
    replay skips those its dead run marked (at worst one it marked but never sent is lost,
    never one shown twice).
    """
    key = run.next_ephemeral_key()
    if insert_new(session_factory, SlackDelivery(key=key, kind="ephemeral", created_at=now)):
        return True
    log.info("ephemeral reply %s was shown before this replay; not again", key)
    return False


class ReplayingPoster(KeyedPoster):
    """KeyedPoster that keys every post of a stored request and looks first when replaying."""

    async def _posted_before(
        self, channel: str, key: str | None, thread_ts: str | None
    ) -> tuple[str | None, dict[str, Any] | None]:
        run = CURRENT_RUN.get()
        if run is None:
            return key, None
        key = key or run.next_key()
        if not run.item.replayed:
            return key, None
        since = run.item.created_at.timestamp() - HISTORY_MARGIN_S
        try:
            found = await self.find(channel, key, since, thread_ts=thread_ts)
        except Exception as exc:  # history unreadable: a replay posts (at least once)
            log.warning("replay: history of %s unreadable (%s); posting", channel, exc)
            return key, None
        if found is not None:
            log.info("replay: post %s is already in %s; not sent again", key, channel)
        return key, found

    def later_lookup(self) -> bool:
        """A stored request's post: its run is retried, replayed with its keys."""
        return CURRENT_RUN.get() is not None

    def left_in_flight(self) -> None:
        run = CURRENT_RUN.get()
        if run is not None:
            run.post_in_flight = True


def delivery_base(body: dict[str, Any]) -> str:
    """The id every delivery mark of this request ends with (`handlers.common.key_of`): its
    trigger_id, its message's identity or its event_id, else the digest of the payload, as
    the intake keys it."""
    base = body.get("trigger_id") or message_identity(body) or body.get("event_id")
    if isinstance(base, str | int) and not isinstance(base, bool):
        return str(base)
    return delivery_key(body)


def forget_delivery_marks(session_factory: sessionmaker[Session], body: dict[str, Any]) -> int:
    """Remove the "already handled" marks a dead run of this request left behind."""
    base = delivery_base(body)
    if not base:
        return 0
    escaped = base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    with write_session(session_factory) as session:
        result = session.execute(
            delete(SlackDelivery).where(SlackDelivery.key.like(f"%:{escaped}", escape="\\"))
        )
    return int(result.rowcount)  # type: ignore[attr-defined]
