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
ticket's history gets a `note_undelivered` event.

Exactly once, whichever processes pass: the first to insert the row `<key>:told` tells; a
process that dies between marking the row `failed` and that insert leaves it to the next pass,
which finds every `failed` row with a `TELL` and no `:told` row (`tell_failures`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import exists, select, update
from sqlalchemy.orm import aliased

from bot.db.session import insert_new, write_session
from bot.tickets.models import RequestLog, TicketEvent
from scheduler.delivery import Delivery, Message, Outbox, claim_columns
from scheduler.models import CLAIMED, FAILED, SENT, SLACK_ID, OutboundMessage

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


def untold_failures(outbox: Outbox, *, limit: int = BATCH) -> list[tuple[str, dict[str, Any]]]:
    """The held rows given up whose person is not told yet: (key, whom to tell)."""
    told = aliased(OutboundMessage)
    with outbox.session_factory() as session:
        rows = session.execute(
            select(OutboundMessage.key, OutboundMessage.body)
            .where(
                OutboundMessage.status == FAILED,
                OutboundMessage.body.like(f'%"{TELL}"%'),
                ~exists().where(told.key == OutboundMessage.key.concat(TOLD)),
            )
            .order_by(OutboundMessage.claimed_at)
            .limit(limit)
        ).all()
    found = []
    for key, body in rows:
        try:
            tell = json.loads(body or "")[TELL]
        except (ValueError, KeyError, TypeError):
            continue
        if isinstance(tell, dict) and tell.get("user"):
            found.append((key, tell))
    return found


def tell_given_up(
    outbox: Outbox,
    key: str,
    tell: dict[str, Any],
    *,
    webhook: Callable[[str], Any] | None = None,
) -> bool:
    """Tell the person of the held row `key` that it was given up; False when another process
    did (or does) it. `webhook(url)` makes the response_url's client."""
    now = outbox.clock()
    user = str(tell["user"])
    claim = OutboundMessage(
        key=told_key(key),
        kind="told",
        channel=user[:SLACK_ID],
        status=CLAIMED,
        **claim_columns(now, outbox.instance),
    )
    if not insert_new(outbox.session_factory, claim):
        return False
    _audit(outbox, key, tell)
    ticket_id = tell.get("ticket_id") if isinstance(tell.get("ticket_id"), int) else None
    line = gave_up_line(str(tell.get("text") or ""), ticket_id)
    how = "dm"
    url, until = tell.get("response_url"), _moment(tell.get("url_until"))
    if url and until is not None and now < until and webhook is not None:
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


def tell_failures(outbox: Outbox, *, webhook: Callable[[str], Any] | None = None) -> int:
    """Tell every person whose held answer was given up and who is not told yet."""
    done = 0
    for key, tell in untold_failures(outbox):
        try:
            done += tell_given_up(outbox, key, tell, webhook=webhook)
        except Exception:  # one row must not stop the others
            log.exception("outbox: telling the person of %s failed", key)
    return done


def _moment(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment


def _audit(outbox: Outbox, key: str, tell: dict[str, Any]) -> None:
    """The audit: a request's answer never reached the person (its request row is not
    answered), or a ticket's note or DM was never posted (an event in its history)."""
    request_id, ticket_id = tell.get("request_id"), tell.get("ticket_id")
    with write_session(outbox.session_factory) as session:
        if isinstance(request_id, int):
            session.execute(
                update(RequestLog)
                .where(RequestLog.id == request_id)
                .values(status=UNDELIVERED, answered=False)
                .execution_options(synchronize_session=False)
            )
        if isinstance(ticket_id, int):
            session.add(
                TicketEvent(
                    ticket_id=ticket_id,
                    kind=NOTE_UNDELIVERED,
                    actor_id=str(tell.get("user") or "")[:SLACK_ID] or None,
                    at=outbox.clock(),
                    detail={"post": key, "error": "given up by the outbox"},
                )
            )


def _finish_claim(outbox: Outbox, key: str, how: str) -> None:
    with write_session(outbox.session_factory) as session:
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.key == key)
            .values(status=SENT, posted_channel=how, sent_at=outbox.clock())
            .execution_options(synchronize_session=False)
        )
