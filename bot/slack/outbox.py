"""The outbox: tickets stored but never shown in the triage channel are posted again.

A ticket is stored before its triage post; when that post failed (Slack refused it five times,
or the process died between the two), the ticket has no message reference. `repost_unposted`
finds such tickets older than a grace period (`triage_grace`: two Web API timeouts, so a post
still in progress is left alone; 60 s at the default SLACK_TIMEOUT_S), looks
for the post by its key (`ticket:<id>:triage`) in the channel first, and posts it only when it
is not there; either way the message reference is stored, so it is done once.

A post Slack refuses for good (`bot.slack.client.is_permanent`: the channel is gone, never
existed or is archived, the bot is not in it, the token is not valid) is given up rather than
tried again every pass: the ticket gets an `undelivered` event with Slack's reason (so the audit
shows it), one log line says so, and `datarequest doctor` counts the posts given up, by reason
(`undelivered_posts`). The ticket itself stays in the queue.

A line for one person (a file Slack did not confirm) is sent through the scheduler's outbox with
its text kept on its row (`send_kept`), so a send that failed is carried to its end later, at
most once, by any process (`resend_lines`, each outbox pass; `scheduler.resend`).

A stored request that met Slack away at every run (`bot.slack.intake_runner`) cannot tell its
person anything when it is given up: `hold_line` keeps a line for their DM (`not_run_line`),
which a pass posts once Slack takes posts again.

An answer Slack kept rate limiting (or whose post was lost) through every run of its request
is held there too (`hold_post`): the outbox posts it in its place under the run's key once
Slack takes posts again, with backoff, for a bounded time, with the CSV and chart its direct
post would have had (`scheduler.held_files`); the person is told at once, in one ephemeral line,
where it will appear, and told again, once, if the outbox gives it up (`scheduler.given_up`).
So is a ticket change's thread note or DM that timed out (and is not in the history yet) or
stayed rate limited: no later run of its request would send it, so the outbox does, once, after
looking its key up (and who made the change is told if it gives it up).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from slack_sdk.errors import SlackApiError
from sqlalchemy import exists, select
from sqlalchemy.orm import Session, sessionmaker

from bot.errors import clip
from bot.slack import threads
from bot.slack.client import is_permanent
from bot.slack.posting import HISTORY_MARGIN_S, Refused
from bot.slack.rendering.blocks import escape
from bot.slack.rendering.tickets import ticket_message
from bot.tickets.models import OPEN_STATES, Ticket, TicketEvent
from scheduler.delivery import Message
from scheduler.resend import app_outbox, hold, resend_kept

log = logging.getLogger("datarequest.slack")

GRACE_TIMEOUTS = 2  # how long a new ticket's own triage post is left alone, in Web API timeouts
BATCH = 20
UNDELIVERED = "undelivered"  # the ticket event of a triage post given up


def unposted_ticket_ids(services: Any, *, older_than: datetime, limit: int = BATCH) -> list[int]:
    """Open tickets created before `older_than` that have no triage message yet (and whose
    post was not given up)."""
    given_up = exists().where(TicketEvent.ticket_id == Ticket.id, TicketEvent.kind == UNDELIVERED)
    with services.session_factory() as session:
        return list(
            session.scalars(
                select(Ticket.id)
                .where(
                    Ticket.message_ts.is_(None),
                    Ticket.state.in_(OPEN_STATES),
                    Ticket.created_at < older_than,
                    ~given_up,
                )
                .order_by(Ticket.id)
                .limit(limit)
            ).all()
        )


def give_up(services: Any, ticket_id: int, channel: str, error: str) -> None:
    """Record that the triage post of `ticket_id` will not be tried again, and why."""
    with services.session_factory.begin() as session:
        session.add(
            TicketEvent(
                ticket_id=ticket_id,
                kind=UNDELIVERED,
                at=services.now(),
                detail={"post": "triage", "channel": channel, "error": error},
            )
        )
    log.warning(
        "outbox: ticket %d cannot be posted to %s (%s); not trying again", ticket_id, channel, error
    )


def undelivered_posts(session_factory: sessionmaker[Session]) -> dict[str, int]:
    """Tickets whose triage post was given up and is still missing, counted by Slack's reason."""
    with session_factory() as session:
        rows = session.execute(
            select(TicketEvent.ticket_id, TicketEvent.detail)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(TicketEvent.kind == UNDELIVERED, Ticket.message_ts.is_(None))
        ).all()
    reasons = {
        ticket_id: str((detail or {}).get("error") or "refused") for ticket_id, detail in rows
    }
    counts: dict[str, int] = {}
    for reason in reasons.values():
        counts[reason] = counts.get(reason, 0) + 1
    return counts


def triage_key(ticket_id: int) -> str:
    """The metadata key of a ticket's triage post (the one `handlers.common` uses)."""
    return f"ticket:{ticket_id}:triage"


def triage_grace(settings: Any) -> timedelta:
    """How old a ticket with no triage message must be before the outbox posts it: two Web API
    timeouts (SLACK_TIMEOUT_S; 60 s at the default). Its own post has then timed out once at
    least; one still in flight is found by its key in the history before any send."""
    return timedelta(seconds=GRACE_TIMEOUTS * settings.slack_timeout_s)


async def repost_unposted(rt: Any, *, grace: timedelta | None = None) -> int:
    """Post the triage messages that never reached Slack; the number posted or found."""
    triage = await rt.worker.run(threads.triage_channel, rt.services)
    if not triage:
        return 0
    cutoff = rt.services.now() - (triage_grace(rt.settings) if grace is None else grace)
    ids = await rt.worker.run(unposted_ticket_ids, rt.services, older_than=cutoff)
    done = 0
    for ticket_id in ids:
        ticket = await rt.worker.run(rt.services.tickets.get, ticket_id)
        if ticket.message_ts:
            continue
        key = triage_key(ticket_id)
        since = ticket.created_at.timestamp() - HISTORY_MARGIN_S
        try:
            posted = await rt.poster.find(triage, key, since)
        except SlackApiError as exc:
            error = str(exc.response.get("error"))
            if is_permanent(error):
                await rt.worker.run(give_up, rt.services, ticket_id, triage, error)
            else:  # cannot tell whether it is there: try again next round
                log.warning("outbox: history of %s unreadable (%s)", triage, error)
            continue
        except Exception as exc:  # cannot tell whether it is there: try again next round
            log.warning("outbox: history of %s unreadable (%s)", triage, exc)
            continue
        if posted is None:
            msg = ticket_message(ticket, tz=rt.settings.timezone)
            posted = await rt.poster.send(triage, msg, key=key)
        if isinstance(posted, Refused) and posted.permanent:
            await rt.worker.run(give_up, rt.services, ticket_id, triage, posted.error)
            continue
        if not isinstance(posted, dict):
            continue
        await rt.worker.run(
            rt.services.tickets.set_message_ref, ticket_id, posted["channel"], posted["ts"]
        )
        await rt.worker.run(
            threads.link_thread, rt.services, ticket_id, posted["channel"], posted["ts"], "triage"
        )
        log.info("outbox: ticket %d is now in the triage channel", ticket_id)
        done += 1
    return done


LINE = "line"  # the kind of a kept line's outbound row


async def send_kept(rt: Any, key: str, channel: str, text: str) -> None:
    """Post `text` to `channel` (a user id: their DM) once under `key`; if this send fails,
    the row keeps the text and a later outbox pass sends it."""

    def send() -> None:
        outbox = app_outbox(rt.settings, rt.services, policy=rt.policy)
        delivery = outbox.send_once(Message(key, LINE, channel, text, keep=True))
        if not delivery.done:
            log.warning(
                "outbox: %s not sent yet (%s); kept for a later pass", key, delivery.outcome
            )

    try:
        await rt.worker.run(send)
    except Exception:  # not stored either: nothing more can keep it
        log.exception("outbox: the line %s could not be stored", key)


async def resend_lines(rt: Any) -> int:
    """Send again the kept lines whose send failed; how many reached Slack."""
    outbox = await rt.worker.run(app_outbox, rt.settings, rt.services, policy=rt.policy)
    deliveries = await rt.worker.run(resend_kept, outbox)
    return sum(1 for d in deliveries if d.outcome in ("sent", "found"))


NOT_RUN = (
    "Slack was unavailable to the bot each time it tried to run your request{asked}, so it "
    "was not run. Please send it again."
)
QUOTED = 120  # characters of the request quoted back


def not_run_line(body: dict[str, Any]) -> str:
    """The line for the person whose stored request was given up with Slack away: what they
    asked (a command's or a message's text; a click or form is named by nothing better),
    escaped like every text from people."""
    asked = ""
    event = body.get("event")
    if "command" in body:
        asked = f"{body['command']} {body.get('text') or ''}".strip()
    elif isinstance(event, dict) and event.get("text"):
        asked = str(event["text"]).strip()
    asked = escape(clip(asked, QUOTED))  # people's text: no markup, no control characters
    return NOT_RUN.format(asked=f" “{asked}”" if asked else "")


async def hold_line(rt: Any, key: str, user: str, text: str) -> bool:
    """Keep `text` for `user`'s DM under `key` for a later outbox pass, not sending it now (Slack
    is away); True when it is kept now. Its caller writes the log line."""
    message = Message(key, LINE, user, text, keep=True)

    def store() -> bool:
        return hold(app_outbox(rt.settings, rt.services, policy=rt.policy), message)

    try:
        return bool(await rt.worker.run(store))
    except Exception as exc:  # the database away too: the caller's line says not kept
        log.warning("outbox: the line %s could not be kept (%s)", key, type(exc).__name__)
        return False


ANSWER = "answer"  # the kind of a held answer's outbound row
NOTE = "note"  # a ticket change's thread note or DM, held
ANSWER_HELD = (
    "Slack is not taking the bot's posts right now (rate limited). {what} is kept and "
    "will be posted {where} as soon as Slack takes it."
)


def held_line(channel: str, thread_ts: str | None, what: str = "Your answer") -> str:
    """What the person is told about their held answer (or `what` else of theirs is held)."""
    if thread_ts:
        where = "in the thread"
    elif channel[:1] in ("U", "W", "D"):
        where = "in your direct messages"
    else:
        where = f"in <#{channel}>"
    return ANSWER_HELD.format(what=what, where=where)


async def hold_post(
    rt: Any,
    kind: str,
    key: str,
    channel: str,
    msg: dict[str, Any],
    thread_ts: str | None = None,
    *,
    tell: dict[str, Any] | None = None,
    files: Sequence[tuple[str, bytes, str]] = (),
    thread_of: tuple[int, str] | None = None,
) -> bool:
    """Hold `msg` for the outbox under `key` (the key its post carried): a later pass looks the
    key up in Slack's history and sends it only when it is not there. True when it is held now
    (False: the key has a row already, or it could not be stored). `tell`: whom to tell if the
    outbox gives it up (`scheduler.given_up`); `files` (name, content, title): attached once the
    outbox posts it (`scheduler.held_files`); `thread_of` (ticket id, role): the ticket its post
    is linked to once posted (`scheduler.resend.link_held_threads`)."""
    message = Message(
        key,
        kind,
        channel,
        str(msg.get("text") or ""),
        list(msg.get("blocks") or []),
        thread_ts=thread_ts,
        keep=True,
    )

    def store() -> bool:
        outbox = app_outbox(rt.settings, rt.services, policy=rt.policy)
        return hold(outbox, message, tell=tell, files=files, thread_of=thread_of)

    try:
        held = await rt.worker.run(store)
    except Exception:  # not stored: the post stays at most once, as before
        log.exception("outbox: the %s %s could not be kept", kind, key)
        return False
    if held:
        log.warning("outbox: the %s %s is kept for a later pass (Slack may not have it)", kind, key)
    return bool(held)
