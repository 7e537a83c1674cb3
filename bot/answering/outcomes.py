"""What became of a request: a closed set of frozen outcomes.

Every caller (Slack, the CLI, scheduled reports) gets one of these from `answer()` and renders
it; `decision` is the short word written in the request log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.engines.registry import QueryResult
from bot.library.loader import QueryDef


@dataclass(frozen=True)
class Answered:
    """The query ran: its result, with the values it ran with."""

    text: str
    query: QueryDef
    binds: Mapping[str, Any]
    result: QueryResult
    score: float | None = None  # the matcher's confidence, when the text was matched
    request_id: int | None = None
    ignored: tuple[str, ...] = ()  # words of the request the answer did not use (spec: `ignored`)
    cached_at: dt.datetime | None = None  # when the result was computed, if it came from the cache

    @property
    def decision(self) -> str:
        return f"answered:{self.query.name}"


@dataclass(frozen=True)
class Ambiguous:
    """Several queries fit about as well: the person chooses."""

    text: str
    candidates: tuple[tuple[QueryDef, float], ...]
    request_id: int | None = None

    @property
    def decision(self) -> str:
        return "ambiguous"


@dataclass(frozen=True)
class NeedsValues:
    """The query is known but some required values are not: the person gives them."""

    text: str
    query: QueryDef
    binds: Mapping[str, Any]  # the values found so far (defaults included)
    missing: tuple[str, ...]
    score: float | None = None
    request_id: int | None = None

    @property
    def decision(self) -> str:
        return f"missing:{self.query.name}"


@dataclass(frozen=True)
class TicketOpened:
    """No query fits: the request is now a ticket for the data team."""

    text: str
    ticket: Any  # bot.tickets.service.TicketView
    request_id: int | None = None
    note: str = ""  # why a runnable request became a ticket (over the daily budget), for the person

    @property
    def decision(self) -> str:
        return f"ticket:{self.ticket.id}"


@dataclass(frozen=True)
class Unmatched:
    """No query fits and no ticket was asked for (the CLI without --ticket)."""

    text: str
    candidates: tuple[tuple[str, float], ...] = ()  # the closest query names, best first
    request_id: int | None = None

    @property
    def decision(self) -> str:
        return "unmatched"


@dataclass(frozen=True)
class Failed:
    """The request could not be answered; `reason` is written for the person."""

    text: str
    reason: str
    query: QueryDef | None = None
    binds: Mapping[str, Any] = field(default_factory=dict)
    refused: bool = False  # the person may not run this query (a permission, not an outage)
    request_id: int | None = None

    @property
    def decision(self) -> str:
        word = "refused" if self.refused else "failed"
        return f"{word}:{self.query.name}" if self.query is not None else word


Outcome = Answered | Ambiguous | NeedsValues | TicketOpened | Unmatched | Failed
