"""What the ticket queue hands out: frozen views of tickets and of their history.

Nothing outside `bot.tickets` sees an ORM row; services return these dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from bot.errors import InvalidTransition
from bot.tickets.models import (
    ASSIGNED,
    CANCELLED,
    DONE,
    IN_PROGRESS,
    OPEN,
    OPEN_STATES,
    REOPENED,
    WAITING,
    Ticket,
    TicketEvent,
)

STATE_LABELS = {
    OPEN: "open",
    ASSIGNED: "assigned",
    IN_PROGRESS: "in progress",
    WAITING: "waiting on the requester",
    DONE: "done",
    CANCELLED: "cancelled",
    REOPENED: "reopened",
}


class AlreadyClaimed(InvalidTransition):
    """Someone else holds the claim; `.by` is their Slack user id."""

    def __init__(self, ticket_id: int, by: str) -> None:
        super().__init__(f"Already claimed by <@{by}>")
        self.ticket_id = ticket_id
        self.by = by


@dataclass(frozen=True)
class TicketView:
    id: int
    text: str
    state: str
    requester_id: str
    channel_id: str | None
    owner_id: str | None
    claimed_by: str | None
    priority: str
    due_at: datetime | None
    created_at: datetime
    claimed_at: datetime | None
    closed_at: datetime | None
    resolution: str | None
    resolution_sql: str | None
    best_query: str | None
    best_score: float | None
    best_params: dict[str, Any] | None
    message_channel: str | None
    message_ts: str | None
    permalink: str | None
    source: str
    subteam: str | None = None
    first_claimed_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    def is_overdue(self, now: datetime) -> bool:
        return self.is_open and self.due_at is not None and self.due_at < now


@dataclass(frozen=True)
class TicketEventView:
    id: int
    ticket_id: int
    kind: str  # created assigned claimed released reassigned commented due_changed waiting
    #            closed cancelled reopened
    actor_id: str | None  # None for the bot itself (rotation)
    at: datetime
    from_state: str | None
    to_state: str | None
    detail: dict[str, Any] = field(default_factory=dict)


def _columns(row: Any, view: Any) -> dict[str, Any]:
    """The row's value for every field of the `view` dataclass (its columns have the same names)."""
    return {f.name: getattr(row, f.name) for f in fields(view)}


def ticket_view(t: Ticket) -> TicketView:
    params = dict(t.best_params) if t.best_params is not None else None
    return TicketView(**{**_columns(t, TicketView), "best_params": params})


def event_view(e: TicketEvent) -> TicketEventView:
    return TicketEventView(**{**_columns(e, TicketEventView), "detail": dict(e.detail or {})})
