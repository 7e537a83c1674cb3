"""Sending a Slack message exactly once: record it under a unique key, then send, then mark it.

`Outbox.send_once(Message(key, ...))` is the only way the scheduler posts. The protocol:

1. INSERT a row into `outbound_messages` with the message's key (status `claimed`) in its own
   transaction. The key is unique, so of two processes trying the same message one INSERT
   wins; the other sees the row and stops.
2. Send it with chat.postMessage, carrying the key in the message `metadata`
   (event_type `datarequest_scheduled`).
3. Mark the row `sent` with the message ts.

A row left `claimed` means the sender died (or lost the connection) between 1 and 3: Slack may
or may not have accepted the message. After a lease (`lease`, default 5 minutes), or at once
when its owner was a process of this host that no longer exists, any process may take the
row over (a conditional UPDATE, so only one does) and first looks in the
channel's recent history (conversations.history / conversations.replies with
`include_all_metadata`) for a message carrying the key: found means it was posted, and it is
only marked `sent`; not found means it is sent now. When Slack answered with an error (so the
message certainly was not posted) the row is `retry` and is sent again after the lease without
looking. After `max_attempts` the row is `failed` and the failure is logged. A message sent
with `keep` has its text stored on the row, so any process carries a row left `claimed` or
`retry` to its end (`scheduler.resend`), not only the caller that made it.

The guarantee: a key is posted at most once as long as Slack's history shows the messages it
accepted (needs the channels:history / im:history scopes); when the history cannot be read the
message is NOT re-sent (at most once wins over at least once) and the row ends `failed`
after the last attempt, with the reason logged.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import insert_new, write_session
from bot.slack.posting import METADATA_EVENT
from scheduler.models import CLAIMED, FAILED, ID_LEN, RETRY, SENT, OutboundMessage
from scheduler.slack_poster import SendRefused, SlackPoster, make_slack_client
from scheduler.ticket_guard import insert_if

log = logging.getLogger(__name__)

__all__ = ["METADATA_EVENT", "Message", "Outbox", "SlackPoster", "make_slack_client"]
DEFAULT_LEASE = timedelta(minutes=5)
DEFAULT_MAX_ATTEMPTS = 5


def _started(pid: int) -> str | None:
    """When process `pid` started (clock ticks since boot, /proc), or None when unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else None


def instance_name() -> str:
    """This process as the owner of the rows it claims: `host:pid@start`, so that a process
    that died is recognised even when a new one got its pid (a restarted container)."""
    pid = os.getpid()
    name = f"{socket.gethostname()}:{pid}@{_started(pid) or ''}"
    return name if len(name) <= ID_LEN else f"{socket.gethostname()}:{pid}"[-ID_LEN:]


def owner_gone(status: str, claimed_by: str | None) -> bool:
    """A row left `claimed` by a process of this host that no longer exists (kill -9): it
    may be taken over at once instead of after the lease. Another host's owner, or a name
    that is not ours, counts as alive: only its lease tells."""
    if status != CLAIMED or not claimed_by:
        return False
    host, _, rest = str(claimed_by).rpartition(":")
    pid, _, started = rest.partition("@")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    now_started = _started(int(pid))
    return bool(started and now_started and started != now_started)  # the pid was reused


def claim_columns(now: datetime, by: str, attempts: int = 1) -> dict[str, Any]:
    """The columns of a row claimed by `by` at `now` for its `attempts`-th attempt."""
    return {"claimed_at": now, "claimed_by": by, "attempts": attempts}


def reclaim(
    session_factory: sessionmaker[Session],
    model: Any,
    which: Any,
    seen: tuple[str, datetime, int],
    *,
    now: datetime,
    by: str,
    **also: Any,
) -> bool:
    """Claim the row `which` selects for one more attempt, if it is still as it was read.

    `seen` is the row's (status, claimed_at, attempts) as read: a compare-and-set on all three,
    so of two instances that read the same row one wins. The attempts count is in it because
    it only grows: a takeover stamped with the same clock reading as the claim it took over
    (a coarse or frozen clock) still changes the row. `model` has status,
    claimed_at, claimed_by and attempts columns; `also` sets more of them.
    """
    status, claimed_at, attempts = seen
    with write_session(session_factory) as session:
        won = session.execute(
            update(model)
            .where(
                which,
                model.status == status,
                model.claimed_at == claimed_at,
                model.attempts == attempts,
            )
            .values(status=CLAIMED, **claim_columns(now, by, attempts + 1), **also)
            .execution_options(synchronize_session=False)
        ).rowcount
    return bool(won == 1)


class Poster(Protocol):
    def post(
        self,
        channel: str,
        text: str,
        blocks: list[dict[str, Any]],
        *,
        key: str,
        thread_ts: str | None = None,
    ) -> tuple[str, str]:
        """Post; return (channel id, ts). Raise SendRefused when Slack says no."""
        ...

    def find(
        self, channel: str, key: str, since: datetime, *, thread_ts: str | None = None
    ) -> tuple[str, str] | None:
        """The (channel, ts) of a message carrying `key` posted since `since`, or None."""
        ...


@dataclass(frozen=True)
class Message:
    """One message to send exactly once: its key, kind, where it goes and what it says."""

    key: str
    kind: str
    channel: str
    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)
    thread_ts: str | None = None
    schedule_id: str | None = None  # recorded on the outbound row
    ticket_id: int | None = None
    guard: Callable[[Session], bool] | None = None  # checked in the claim's transaction
    keep: bool = False  # stored with its row: any process re-sends it (scheduler.resend)


@dataclass(frozen=True)
class Delivery:
    key: str
    outcome: str  # sent | found | already | busy | retry | failed | dropped (by its guard)
    ts: str | None = None
    channel: str | None = None

    @property
    def done(self) -> bool:
        return self.outcome in ("sent", "found", "already", "failed", "dropped")


@dataclass(frozen=True)
class Outbox:
    """Exactly-once sending over `outbound_messages` (see the module docstring)."""

    session_factory: sessionmaker[Session]
    poster: Poster
    clock: Callable[[], datetime]
    _: KW_ONLY
    instance: str = ""
    lease: timedelta = DEFAULT_LEASE
    max_attempts: int = DEFAULT_MAX_ATTEMPTS

    def status(self, key: str) -> str | None:
        with self.session_factory() as session:
            return session.scalar(select(OutboundMessage.status).where(OutboundMessage.key == key))

    def send_once(self, message: Message) -> Delivery:
        key, channel, thread_ts = message.key, message.channel, message.thread_ts
        now = self.clock()
        row = OutboundMessage(
            key=key,
            schedule_id=message.schedule_id,
            kind=message.kind,
            channel=channel,
            thread_ts=thread_ts,
            ticket_id=message.ticket_id,
            status=CLAIMED,
            body=json.dumps({"text": message.text, "blocks": message.blocks})
            if message.keep
            else None,
            **claim_columns(now, self.instance),
        )
        guard, sf = message.guard, self.session_factory
        first = insert_new(sf, row) if guard is None else insert_if(sf, row, guard)
        if first is None:
            return Delivery(key, "dropped")
        attempts = 1
        if not first:
            taken = self._take_over(key, now)
            if isinstance(taken, Delivery):
                return taken
            attempts, uncertain_since = taken
            if uncertain_since is not None:
                try:
                    found = self.poster.find(
                        channel, key, uncertain_since - timedelta(minutes=1), thread_ts=thread_ts
                    )
                except Exception as exc:
                    log.warning("cannot verify whether %s was posted: %s", key, exc)
                    return self._finish(key, CLAIMED, attempts, error=f"cannot verify: {exc}")
                if found is not None:
                    log.info("%s was already posted (found in history); not sending again", key)
                    return self._finish(
                        key, SENT, attempts, channel=found[0], ts=found[1], outcome="found"
                    )
        try:
            posted_channel, ts = self.poster.post(
                channel, message.text, message.blocks, key=key, thread_ts=thread_ts
            )
        except SendRefused as exc:
            if exc.lasting:
                log.error(
                    "schedule %s: Slack refused its %s for %s (%s); not retried: fix the"
                    " schedule's channel or the roster",
                    message.schedule_id or "-",
                    message.kind,
                    channel,
                    exc,
                )
                self.mark(key, FAILED, error=str(exc))
                return Delivery(key, "failed")
            log.warning("Slack refused %s (attempt %d): %s", key, attempts, exc)
            return self._finish(key, RETRY, attempts, error=str(exc))
        except Exception as exc:
            log.warning("sending %s failed (attempt %d): %s", key, attempts, exc)
            return self._finish(key, CLAIMED, attempts, error=str(exc) or type(exc).__name__)
        return self._finish(key, SENT, attempts, channel=posted_channel, ts=ts)

    def _take_over(self, key: str, now: datetime) -> Delivery | tuple[int, datetime | None]:
        """Take an existing row for another attempt; a Delivery when there is nothing to do."""
        this = OutboundMessage.key == key
        with self.session_factory() as session:
            row = session.scalars(select(OutboundMessage).where(this)).one()
            status, claimed_at, attempts = row.status, row.claimed_at, row.attempts
            if status == SENT:
                return Delivery(key, "already", row.ts, row.posted_channel)
            if status == FAILED:
                return Delivery(key, "failed")
            gone = owner_gone(status, row.claimed_by)
        if claimed_at > now - self.lease and not gone:
            return Delivery(key, "busy")
        if attempts >= self.max_attempts:
            self.mark(key, FAILED, error="gave up after the last attempt")
            log.error("giving up on %s after %d attempts", key, attempts)
            return Delivery(key, "failed")
        seen = (status, claimed_at, attempts)
        if not reclaim(
            self.session_factory, OutboundMessage, this, seen, now=now, by=self.instance
        ):
            return Delivery(key, "busy")
        return attempts + 1, (claimed_at if status == CLAIMED else None)

    def _finish(
        self,
        key: str,
        status: str,
        attempts: int,
        *,
        channel: str | None = None,
        ts: str | None = None,
        error: str | None = None,
        outcome: str | None = None,
    ) -> Delivery:
        if status != SENT and attempts >= self.max_attempts:
            log.error("giving up on %s after %d attempts: %s", key, attempts, error)
            status = FAILED
        self.mark(key, status, channel=channel, ts=ts, error=error)
        if status == SENT:
            return Delivery(key, outcome or "sent", ts, channel)
        return Delivery(key, "failed" if status == FAILED else "retry")

    def mark(
        self,
        key: str,
        status: str,
        *,
        channel: str | None = None,
        ts: str | None = None,
        error: str | None = None,
    ) -> None:
        values: dict[str, Any] = {"status": status, "error": (error or None) and error[:2000]}
        if status == SENT:
            values.update(ts=ts, posted_channel=channel, sent_at=self.clock())
        with write_session(self.session_factory) as session:
            session.execute(
                update(OutboundMessage)
                .where(OutboundMessage.key == key)
                .values(**values)
                .execution_options(synchronize_session=False)
            )
