"""A held answer the outbox gave up: the person who was promised it is told, once.

An answer held for a later pass (`bot.slack.outbox.hold_post`) carries on its row whom to tell
(`TELL`: the requester, the command's response_url and until when it is valid, the request's
text and its audit row). When the outbox marks such a row `failed` (Slack refused it through
every attempt, or its history could not be read), `tell_given_up` tells the requester that it
could not be posted and to ask again: an ephemeral through the response_url while it is valid,
else a DM sent through the outbox (kept, so a later pass carries it to its end), both through
the outbox's own Slack client and retry policy. The request's audit row is marked as not
answered (`UNDELIVERED`), as the triage post given up is (`bot.slack.outbox.give_up`).

A ticket change's note or DM held the same way (`handlers.common.post_or_hold`) names who made
the change: they are told the same way (by DM: a click's response_url is not kept), and the
ticket's history gets a `note_undelivered` event. A message about a ticket that names nobody
(the scheduler's reminders and escalations) is told to the ticket's owner or in its triage
thread (`scheduler.ticket_given_up`).

Exactly once, whichever processes pass and whatever dies when: the first to insert the row
`<key>:told` (status `claimed`, with the outbox's lease) tells, then marks it `sent`. A pass
finds every `failed` row with a `TELL` and no `:told` row, or a `:told` row still `claimed`
whose lease ran out or whose owner died (`untold_failures`); it takes that row over with a
compare-and-set (`reclaim`, so one process does) and tells. Each step of a tell may be done
again safely: the audit is looked up before it is written, the DM goes through the outbox
under its own key (looked up in Slack's history before a second send). The ephemeral through
the response_url has no key: the `:told` row records that it is being tried before the call
(`posted_channel` = `EPHEMERAL`), and a takeover of such a row tells by DM instead (the person
may then see the ephemeral and a DM; never nothing, never the same way twice). After the
outbox's last attempt a `:told` row that still did not finish is `failed`, logged.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import aliased

from bot.db.session import insert_new, write_session
from bot.tickets.models import RequestLog, TicketEvent
from scheduler.delivery import Delivery, Message, Outbox, claim_columns, owner_gone, reclaim
from scheduler.models import CLAIMED, FAILED, SENT, SLACK_ID, OutboundMessage
from scheduler.ticket_given_up import TICKET_NEWS, nobody_line, ticket_recipient, ticket_tell

log = logging.getLogger(__name__)

TELL = "tell"  # the key, in a held row's body, of whom to tell when it is given up
TOLD = ":told"  # the suffix of the row that says the person was told
LINE = "line"  # the kind of the DM's row (as `bot.slack.outbox.LINE`)
UNDELIVERED = "undelivered"  # the audit status of a request whose answer was given up
NOTE_UNDELIVERED = "note_undelivered"  # the ticket event of a note or DM given up
BATCH = 20
GAVE_UP = (
    "Slack kept refusing the bot's posts, so your answer to “{text}” could not be posted after "
    "all. Please ask again."
)
NOTE_GAVE_UP = (
    "Slack kept refusing the bot's posts, so this message about ticket #{ticket} could not be "
    "posted after all: “{text}”. The ticket itself is up to date; tell the people concerned "
    "if they need to know."
)
QUOTED = 120  # characters of the request quoted back
EPHEMERAL = "ephemeral"  # a `:told` row's posted_channel: the ephemeral was tried (or sent)


def gave_up_line(text: str, ticket_id: Any = None) -> str:
    """What the person is told when their held answer (or, with `ticket_id`, a note or DM of
    their change to that ticket) is given up."""
    text = " ".join(str(text).split())
    text = text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"
    if ticket_id is not None:
        return NOTE_GAVE_UP.format(text=text, ticket=ticket_id)
    return GAVE_UP.format(text=text)


def told_key(key: str) -> str:
    """The key of the row that says the person of the held row `key` was told."""
    return key[: 255 - len(TOLD)] + TOLD


@dataclass(frozen=True)
class Untold:
    """A held row given up whose person is not told yet: its key, whom to tell, and its
    `:told` row as read (status, claimed_at, attempts) when an earlier tell did not finish,
    with how far it got (`phase`: EPHEMERAL once the ephemeral was tried)."""

    key: str
    tell: dict[str, Any]
    seen: tuple[str, datetime, int] | None = None
    phase: str | None = None


def untold_failures(outbox: Outbox, *, limit: int = BATCH) -> list[Untold]:
    """The held rows given up whose person is not told yet: no `:told` row, or one left
    `claimed` past the outbox's lease or by a process that died."""
    told = aliased(OutboundMessage)
    now = outbox.clock()
    with outbox.session_factory() as session:
        rows = session.execute(
            select(
                OutboundMessage.key,
                OutboundMessage.body,
                OutboundMessage.kind,
                OutboundMessage.ticket_id,
                told.status,
                told.claimed_at,
                told.attempts,
                told.claimed_by,
                told.posted_channel,
            )
            .outerjoin(told, told.key == OutboundMessage.key.concat(TOLD))
            .where(
                OutboundMessage.status == FAILED,
                or_(
                    OutboundMessage.body.like(f'%"{TELL}"%'),
                    and_(
                        OutboundMessage.ticket_id.is_not(None),
                        OutboundMessage.claimed_at >= now - TICKET_NEWS,
                    ),
                ),
                or_(told.id.is_(None), told.status == CLAIMED),
            )
            .order_by(OutboundMessage.claimed_at)
            .limit(limit)
        ).all()
    found = []
    for key, body, kind, ticket_id, status, claimed_at, attempts, claimed_by, phase in rows:
        if status is not None and not (
            claimed_at <= now - outbox.lease or owner_gone(status, claimed_by)
        ):
            continue  # another process is telling right now
        try:
            tell = json.loads(body or "{}").get(TELL)
        except (ValueError, AttributeError):
            continue
        if tell is None and ticket_id is not None:
            tell = ticket_tell(kind, ticket_id, body)
        if isinstance(tell, dict) and (tell.get("user") or tell.get("ticket_id")):
            seen = None if status is None else (status, claimed_at, attempts)
            found.append(Untold(key, tell, seen, phase))
    return found


def tell_given_up(
    outbox: Outbox,
    key: str,
    tell: dict[str, Any],
    *,
    webhook: Callable[[str], Any] | None = None,
    seen: tuple[str, datetime, int] | None = None,
    phase: str | None = None,
) -> bool:
    """Tell the person of the held row `key` that it was given up; False when another process
    did (or does) it. `webhook(url)` makes the response_url's client. `seen`, `phase`: the
    `:told` row of an earlier tell that did not finish, to take over (`Untold`)."""
    if not _claim(outbox, key, tell, seen):
        return False
    now = outbox.clock()
    _audit(outbox, key, tell)
    if not tell.get("user"):
        how = _tell_for_ticket(outbox, key, tell)
        _finish_claim(outbox, told_key(key), how)
        return True
    user = str(tell["user"])
    ticket_id = tell.get("ticket_id") if isinstance(tell.get("ticket_id"), int) else None
    line = gave_up_line(str(tell.get("text") or ""), ticket_id)
    how = "dm"
    url, until = tell.get("response_url"), _moment(tell.get("url_until"))
    if url and until is not None and now < until and webhook is not None and phase != EPHEMERAL:
        _set_phase(outbox, told_key(key), EPHEMERAL)  # a takeover after this tells by DM
        try:
            response = webhook(str(url)).send_dict(
                {"response_type": "ephemeral", "replace_original": False, "text": line}
            )
            if response.status_code == 200:
                how = "ephemeral"
            else:
                log.warning("response_url answered %s; telling by DM", response.status_code)
        except Exception as exc:  # one line: a dead response_url is Slack's, not a bug here
            log.warning("response_url post failed (%s); telling by DM", str(exc)[:200])
    if how == "dm":
        dm = Message(told_key(key)[:240] + ":dm", LINE, user, line, keep=True)
        delivery: Delivery = outbox.send_once(dm)
        if not delivery.done:
            log.warning(
                "outbox: %s not sent yet (%s); kept for a later pass", dm.key, delivery.outcome
            )
    _finish_claim(outbox, told_key(key), how)
    log.warning("outbox: the held %s was given up; %s told (%s)", key, user, how)
    return True


def _tell_for_ticket(outbox: Outbox, key: str, tell: dict[str, Any]) -> str:
    """A ticket's message given up that names nobody: its owner's DM or its triage thread,
    once, through the outbox under the `:told` row's own key; how it was told."""
    where = ticket_recipient(outbox.session_factory, int(tell["ticket_id"]))
    if where is None:
        log.warning("outbox: the held %s was given up; its ticket has nobody to tell", key)
        return "nobody"
    channel, thread_ts, who = where
    line = nobody_line(tell)
    said = Message(told_key(key)[:240] + ":dm", LINE, channel, line, thread_ts=thread_ts, keep=True)
    delivery = outbox.send_once(said)
    if not delivery.done:
        log.warning(
            "outbox: %s not sent yet (%s); kept for a later pass", said.key, delivery.outcome
        )
    log.warning("outbox: %s was given up; ticket %s's %s told", key, tell["ticket_id"], who)
    return who


def _claim(
    outbox: Outbox, key: str, tell: dict[str, Any], seen: tuple[str, datetime, int] | None
) -> bool:
    """Take the telling of `key`: insert its `:told` row, or take over the one an earlier tell
    left `claimed` (still as `seen`); False when another process has it."""
    now, told = outbox.clock(), told_key(key)
    if seen is None:
        claim = OutboundMessage(
            key=told,
            kind="told",
            channel=str(tell.get("user") or f"ticket:{tell.get('ticket_id')}")[:SLACK_ID],
            status=CLAIMED,
            **claim_columns(now, outbox.instance),
        )
        return bool(insert_new(outbox.session_factory, claim))
    if seen[2] >= outbox.max_attempts:
        with write_session(outbox.session_factory) as session:
            session.execute(
                update(OutboundMessage)
                .where(OutboundMessage.key == told, OutboundMessage.status == CLAIMED)
                .values(status=FAILED, error="telling did not finish after the last attempt")
                .execution_options(synchronize_session=False)
            )
        log.error("outbox: telling the person of %s did not finish; giving up", key)
        return False
    which = OutboundMessage.key == told
    if not reclaim(
        outbox.session_factory, OutboundMessage, which, seen, now=now, by=outbox.instance
    ):
        return False
    log.warning("outbox: telling the person of %s again (an earlier tell did not finish)", key)
    return True


def tell_failures(outbox: Outbox, *, webhook: Callable[[str], Any] | None = None) -> int:
    """Tell every person whose held answer was given up and who is not told yet."""
    done = 0
    for untold in untold_failures(outbox):
        try:
            done += tell_given_up(
                outbox,
                untold.key,
                untold.tell,
                webhook=webhook,
                seen=untold.seen,
                phase=untold.phase,
            )
        except Exception:  # one row must not stop the others; its lease brings it back
            log.exception("outbox: telling the person of %s failed", untold.key)
    return done


def _moment(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment


def _audit(outbox: Outbox, key: str, tell: dict[str, Any]) -> None:
    """The audit: a request's answer never reached the person (its request row is not
    answered), or a ticket's note or DM was never posted (an event in its history, once: a
    tell taken over writes it again only when it is not there)."""
    request_id, ticket_id = tell.get("request_id"), tell.get("ticket_id")
    with write_session(outbox.session_factory) as session:
        if isinstance(request_id, int):
            session.execute(
                update(RequestLog)
                .where(RequestLog.id == request_id)
                .values(status=UNDELIVERED, answered=False)
                .execution_options(synchronize_session=False)
            )
        if isinstance(ticket_id, int) and not _noted(session, ticket_id, key):
            session.add(
                TicketEvent(
                    ticket_id=ticket_id,
                    kind=NOTE_UNDELIVERED,
                    actor_id=str(tell.get("user") or "")[:SLACK_ID] or None,
                    at=outbox.clock(),
                    detail={"post": key, "error": "given up by the outbox"},
                )
            )


def _noted(session: Any, ticket_id: int, key: str) -> bool:
    details = session.scalars(
        select(TicketEvent.detail).where(
            TicketEvent.ticket_id == ticket_id, TicketEvent.kind == NOTE_UNDELIVERED
        )
    ).all()
    return any(isinstance(d, dict) and d.get("post") == key for d in details)


def _set_phase(outbox: Outbox, key: str, phase: str) -> None:
    with write_session(outbox.session_factory) as session:
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.key == key)
            .values(posted_channel=phase)
            .execution_options(synchronize_session=False)
        )


def _finish_claim(outbox: Outbox, key: str, how: str) -> None:
    with write_session(outbox.session_factory) as session:
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.key == key)
            .values(status=SENT, posted_channel=how, sent_at=outbox.clock())
            .execution_options(synchronize_session=False)
        )
