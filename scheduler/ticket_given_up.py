"""A message about a ticket given up that names nobody to tell: who hears of it, once.

The scheduler's own messages about a ticket (due-soon and overdue reminders, escalations,
`scheduler.jobs`) go through the outbox with the ticket on their row, and a change's note
held with no person behind it (`handlers.common.post_or_hold` without `by`) names its ticket.
When the outbox gave such a row up, one log line was its only trace. Now the pass that tells
the people of held answers given up (`scheduler.given_up`) tells, once, through the same
`:told` claim: the ticket's owner by DM when it has one (the person who acts on it); else a
note in the ticket's triage thread, where the team that picks tickets up sees it; else (no
owner, never posted to triage) the log line stays. A ticket closed since hears nothing: there
is nothing left to act on; nor does a row given up more than `TICKET_NEWS` ago (its last
attempt): it is no longer news (and a database upgraded with old failures does not send them).
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.tickets.models import OPEN_STATES, Ticket

TICKET_NEWS = timedelta(days=1)
QUOTED = 120  # characters of the message quoted back
KIND_WORDS = {
    "due_soon": "due-soon reminder",
    "overdue": "overdue notice",
    "escalate_overdue": "escalation",
    "escalate_unclaimed": "escalation",
    "note": "thread note",
}
NOBODY_GAVE_UP = (
    "Slack kept refusing the bot's posts, so the bot's {what} about ticket #{ticket} could not "
    "be posted after all{quote}. The ticket itself is up to date."
)


def ticket_tell(kind: str, ticket_id: int, body: str | None) -> dict[str, Any]:
    """Whom to tell of a given-up row about `ticket_id` that names nobody: the ticket's people,
    found when it is told (`ticket_recipient`)."""
    try:
        text = str(json.loads(body or "{}").get("text") or "")
    except (ValueError, AttributeError):
        text = ""
    return {"user": None, "what": kind, "ticket_id": ticket_id, "text": text}


def nobody_line(tell: dict[str, Any]) -> str:
    """The line the ticket's owner (or its triage thread) gets."""
    text = " ".join(str(tell.get("text") or "").split())
    text = text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"
    what = KIND_WORDS.get(str(tell.get("what") or ""), "message")
    quote = f": “{text}”" if text else ""
    return NOBODY_GAVE_UP.format(what=what, ticket=tell.get("ticket_id"), quote=quote)


def ticket_recipient(
    session_factory: sessionmaker[Session], ticket_id: int
) -> tuple[str, str | None, str] | None:
    """Where to tell of a ticket's message given up: (channel, thread_ts, who) for its owner's
    DM or its triage thread; None when the ticket is closed, gone, or has neither."""
    with session_factory() as session:
        ticket = session.get(Ticket, ticket_id)
    if ticket is None or ticket.state not in OPEN_STATES:
        return None
    if ticket.owner_id:
        return ticket.owner_id, None, "owner"
    if ticket.message_channel and ticket.message_ts:
        return ticket.message_channel, ticket.message_ts, "triage"
    return None
