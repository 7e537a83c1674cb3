"""The per-person daily budget on engines that bill by data read (Athena).

What a person spent today is summed from the audit (`query_runs`: each of their runs today, its
bytes scanned priced with `bot.engines.cost.scan_cost`, cached runs costing nothing); the rule
itself is `bot.engines.cost.check_daily_budget`. A request over budget is not refused: the
answer path turns it into an approval ticket that a team member runs with one click.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.answering.context import RequestContext
from bot.answering.outcomes import TicketOpened
from bot.engines.cost import BudgetDecision, check_daily_budget, scan_cost
from bot.library.model import QueryDef
from bot.tickets.models import QueryRun

BILLED_DIALECTS = ("athena",)
# Runs a team member approved (the ticket's suggested query) are not checked again.
APPROVED_SOURCES = ("suggested",)


def day_bounds(day: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The start and end (UTC) of `day` in the workspace's time zone."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def spent_on(
    session_factory: sessionmaker[Session],
    user: str,
    day: dt.date,
    tz: ZoneInfo,
    price_per_tb: float,
) -> float:
    """US dollars `user` spent on `day` (their runs' bytes scanned, at `price_per_tb`)."""
    start, end = day_bounds(day, tz)
    with session_factory() as session:
        scanned = session.scalars(
            select(QueryRun.bytes_scanned).where(
                QueryRun.user_id == user,
                QueryRun.at >= start,
                QueryRun.at < end,
                QueryRun.cached.is_(False),
                QueryRun.bytes_scanned.is_not(None),
            )
        ).all()
    return sum(scan_cost(b, price_per_tb) or 0.0 for b in scanned)


def daily_budget(
    session_factory: sessionmaker[Session],
    user: str,
    day: dt.date,
    tz: ZoneInfo,
    *,
    price_per_tb: float,
    budget_usd: float,
) -> BudgetDecision:
    """May `user` run one more billed query on `day`?"""
    if budget_usd <= 0:
        return check_daily_budget(0.0, budget_usd)
    return check_daily_budget(spent_on(session_factory, user, day, tz, price_per_tb), budget_usd)


class OverBudget(Exception):
    """A billed query the person may not run today without a team member's approval."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def over_budget(backend: Any, query: QueryDef, context: RequestContext) -> str | None:
    """Why this person's billed query needs a team member's approval today (None: it doesn't).

    The operator, scheduled reports and approved runs are not checked.
    """
    settings = backend.settings
    if (
        settings.athena_daily_budget_usd <= 0
        or backend.tickets is None
        or context.is_operator
        or context.source == "schedule"
        or context.source in APPROVED_SOURCES
        or not context.user
        or backend.engines.dialect(query.engine) not in BILLED_DIALECTS
    ):
        return None
    decision = daily_budget(
        backend.session_factory,
        context.user,
        context.today,
        settings.tz,
        price_per_tb=settings.athena_price_per_tb,
        budget_usd=settings.athena_daily_budget_usd,
    )
    return None if decision.allowed else decision.reason


def approval_ticket(
    backend: Any,
    text: str,
    context: RequestContext,
    query: QueryDef,
    binds: Mapping[str, Any],
    reason: str,
) -> TicketOpened:
    """An over-budget request becomes a ticket whose suggested query a member runs in one click."""
    plain = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in binds.items()}
    ticket = backend.tickets.create_ticket(
        text or query.title,
        context.user,
        context.channel,
        best_query=query.name,
        best_params=plain,
        source="budget",
        idempotency_key=context.key or None,
    )
    backend.tickets.comment(ticket.id, context.user, f"Needs approval: {reason}")
    return TicketOpened(text, backend.tickets.get(ticket.id), note=reason)
