"""Reading the audit trail back: requests, query runs and ticket changes, filtered, as rows.

`audit_entries(session_factory, AuditFilter(...))` merges the three tables into one list of
`AuditEntry`, newest first; `entries_csv` and `entries_json` export them. Filters: the user
(requester, runner or actor), the query, the channel and a time window. Values reach SQL only
as bound parameters.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, sessionmaker

from bot.csv_export import csv_text
from bot.tickets.models import QueryRun, RequestLog, Ticket, TicketEvent

KINDS = ("request", "query", "ticket")


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None
    query: str | None = None
    channel: str | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    kinds: tuple[str, ...] = KINDS
    limit: int = 1000


@dataclass(frozen=True)
class AuditEntry:
    """One line of the trail; fields that do not apply to its kind are None."""

    at: datetime
    kind: str  # request | query | ticket
    id: int
    user_id: str | None
    channel_id: str | None
    source: str | None  # where a request or run came from; the event kind for a ticket
    query: str | None
    text: str | None  # the request's words, or a ticket change's note
    outcome: str | None  # request: its decision; query: ok/error/...; ticket: the new state
    params: dict[str, Any] | None = None
    rows: int | None = None
    duration_ms: float | None = None
    bytes_scanned: int | None = None
    cached: bool | None = None
    ticket_id: int | None = None
    detail: dict[str, Any] = field(default_factory=dict)


def _filtered(
    stmt: Select[Any], flt: AuditFilter, *, user: Any, query: Any, channel: Any, at: Any
) -> Select[Any]:
    """`stmt` narrowed to the filter's user, query, channel and time window, newest first."""
    for column, value in ((user, flt.user), (query, flt.query), (channel, flt.channel)):
        if value:
            stmt = stmt.where(column == value)
    if flt.since is not None:
        stmt = stmt.where(at >= flt.since)
    if flt.until is not None:
        stmt = stmt.where(at < flt.until)
    return stmt.order_by(at.desc()).limit(max(1, flt.limit))


def _logged(model: Any, flt: AuditFilter, at: Any) -> Select[Any]:
    """The filtered rows of a log table with user_id, query_name and channel_id columns."""
    return _filtered(
        select(model),
        flt,
        user=model.user_id,
        query=model.query_name,
        channel=model.channel_id,
        at=at,
    )


def _logged_fields(r: RequestLog | QueryRun) -> dict[str, Any]:
    """The entry fields a request and a query run write alike."""
    return {
        "id": r.id,
        "user_id": r.user_id,
        "channel_id": r.channel_id,
        "source": r.source,
        "query": r.query_name,
        "duration_ms": r.duration_ms,
    }


def _requests(session: Session, flt: AuditFilter) -> list[AuditEntry]:
    return [
        AuditEntry(
            at=r.created_at,
            kind="request",
            text=r.text,
            outcome=r.status,
            ticket_id=r.ticket_id,
            **_logged_fields(r),
            detail={"answered": r.answered, "score": r.score},
        )
        for r in session.scalars(_logged(RequestLog, flt, RequestLog.created_at))
    ]


def _query_runs(session: Session, flt: AuditFilter) -> list[AuditEntry]:
    return [
        AuditEntry(
            at=r.at,
            kind="query",
            text=r.error,
            outcome=r.outcome,
            params=dict(r.params or {}),
            rows=r.rows,
            bytes_scanned=r.bytes_scanned,
            cached=r.cached,
            detail={
                k: v
                for k, v in (
                    ("engine", r.engine),
                    ("request_id", r.request_id),
                    ("schedule_id", r.schedule_id),
                )
                if v is not None
            },
            **_logged_fields(r),
        )
        for r in session.scalars(_logged(QueryRun, flt, QueryRun.at))
    ]


def _ticket_events(session: Session, flt: AuditFilter) -> list[AuditEntry]:
    stmt = _filtered(
        select(TicketEvent, Ticket.channel_id, Ticket.best_query).join(
            Ticket, Ticket.id == TicketEvent.ticket_id
        ),
        flt,
        user=TicketEvent.actor_id,
        query=Ticket.best_query,
        channel=Ticket.channel_id,
        at=TicketEvent.at,
    )
    out = []
    for event, channel_id, best_query in session.execute(stmt):
        detail = dict(event.detail or {})
        note = detail.get("text") or detail.get("resolution") or detail.get("reason")
        out.append(
            AuditEntry(
                at=event.at,
                kind="ticket",
                id=event.id,
                user_id=event.actor_id,
                channel_id=channel_id,
                source=event.kind,
                query=best_query,
                text=note,
                outcome=event.to_state,
                ticket_id=event.ticket_id,
                detail={"from_state": event.from_state, **detail},
            )
        )
    return out


def audit_entries(session_factory: sessionmaker[Session], flt: AuditFilter) -> list[AuditEntry]:
    """The trail matching `flt`, newest first, at most `flt.limit` entries."""
    readers = {"request": _requests, "query": _query_runs, "ticket": _ticket_events}
    entries: list[AuditEntry] = []
    with session_factory() as session:
        for kind in flt.kinds:
            entries.extend(readers[kind](session, flt))
    entries.sort(key=lambda e: (e.at, e.kind, e.id), reverse=True)
    return entries[: max(1, flt.limit)]


def _plain(entry: AuditEntry) -> dict[str, Any]:
    row = asdict(entry)
    row["at"] = entry.at.isoformat()
    return row


def entries_json(entries: list[AuditEntry]) -> str:
    """One JSON object per line (JSON Lines)."""
    return "".join(json.dumps(_plain(e), default=str, sort_keys=False) + "\n" for e in entries)


def entries_csv(entries: list[AuditEntry]) -> str:
    """CSV with a header; `params` and `detail` as JSON text; no cell starts a formula."""
    columns = [f.name for f in fields(AuditEntry)]
    rows = []
    for entry in entries:
        row = _plain(entry)
        for key in ("params", "detail"):
            row[key] = json.dumps(row[key], default=str) if row[key] else ""
        rows.append([row[c] for c in columns])
    return csv_text(columns, rows, lineterminator="\n")
