"""The audit trail: every request, every query run and every ticket change, with no secrets.

Three tables hold it: `request_log` (each request: who, where, text, decision, duration, and
where it came from), `query_runs` (each library query run: who, where, the query and its
parameters, rows, duration, bytes scanned, cached or not, the outcome) and `ticket_events`
(each ticket change, written by `bot.tickets.lifecycle`). `AuditLog` writes the first two;
`bot.tickets.audit_query` reads all three back for `datarequest audit`.

Secrets never reach these tables: parameter values under a secret-looking name, and anything
shaped like a Slack token, an AWS key, a private key or a password in a URL, are replaced by
`[redacted]` before the row is written, as are the exact values the app knows to be secret
(its tokens, signing secret and database password, given as `secrets`): `bot.redaction`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import write_session
from bot.errors import NotFound
from bot.redaction import REDACTED, redact
from bot.tickets.models import QueryRun, RequestLog

QUERY_OUTCOMES = ("ok", "error", "timeout", "refused")
MAX_TEXT = 4000  # a request or an error kept in the audit, in characters

_SECRET_NAME = re.compile(r"token|secret|passw(or)?d|api[_-]?key|credential|private[_-]?key", re.I)

__all__ = ["REDACTED", "AuditLog", "QueryRunRecord", "redact", "redact_params"]


def _clean_value(value: Any, secrets: Iterable[str]) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return redact_params(value, secrets)
    if isinstance(value, list | tuple | set | frozenset):
        return [_clean_value(v, secrets) for v in value]
    return redact(str(value), secrets)[:MAX_TEXT]


def redact_params(params: Mapping[str, Any], secrets: Iterable[str] = ()) -> dict[str, Any]:
    """Parameters as JSON-ready plain data, secret names and secret-shaped values redacted."""
    secrets = tuple(secrets)
    return {
        str(name): REDACTED if _SECRET_NAME.search(str(name)) else _clean_value(value, secrets)
        for name, value in params.items()
    }


@dataclass(frozen=True)
class QueryRunRecord:
    """One run of a library query, as the answer path reports it (plain data only).

    `source` says which path ran it (slash_command, button, modal, schedule, cli, shell...);
    `outcome` is one of `QUERY_OUTCOMES`; `rows`, `bytes_scanned` and `error` are None when
    unknown (a failed run has no rows; DuckDB reports no bytes scanned).
    """

    query: str
    params: Mapping[str, Any]
    user_id: str | None
    channel_id: str | None
    source: str
    rows: int | None
    duration_ms: float | None
    bytes_scanned: int | None = None
    cached: bool = False
    engine: str | None = None
    outcome: str = "ok"
    error: str | None = None
    request_id: int | None = None
    schedule_id: str | None = None


class AuditLog:
    """Writes the request log and the query runs (one transaction each), secrets redacted."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        clock: Callable[[], datetime] | None = None,
        secrets: Iterable[str] = (),
    ) -> None:
        self._sf = session_factory
        self._clock = clock or (lambda: datetime.now(UTC))
        self._secrets = tuple(s for s in secrets if s)

    def _now(self) -> datetime:
        return self._clock().astimezone(UTC)

    def _text(self, value: str | None) -> str | None:
        return None if value is None else redact(value, self._secrets)[:MAX_TEXT]

    def record_request(
        self,
        text: str,
        user_id: str | None,
        channel_id: str | None,
        *,
        status: str,
        query: str | None = None,
        score: float | None = None,
        answered: bool | None = None,
        ticket_id: int | None = None,
        duration_ms: float | None = None,
        source: str | None = None,
    ) -> int:
        """Log one request (answered by a query or not); returns its id.

        `answered` defaults to `status == "matched"` without a ticket: the automation rate is
        answered requests divided by all requests.
        """
        if answered is None:
            answered = status == "matched" and ticket_id is None
        with write_session(self._sf) as session:
            row = RequestLog(
                text=self._text(text or "") or "",
                user_id=user_id,
                channel_id=channel_id,
                status=status,
                answered=answered,
                query_name=query,
                score=score,
                ticket_id=ticket_id,
                duration_ms=duration_ms,
                created_at=self._now(),
                source=source,
            )
            session.add(row)
            session.flush()
            return row.id

    def link_request(
        self, request_id: int, ticket_id: int | None, *, answered: bool = False
    ) -> None:
        """After the fact: the answer was rejected ("not what I asked") and became a ticket."""
        with write_session(self._sf) as session:
            row = session.get(RequestLog, request_id)
            if row is None:
                raise NotFound(f"Request #{request_id} does not exist.")
            row.ticket_id = ticket_id
            row.answered = answered

    def record_query_run(self, run: QueryRunRecord) -> int:
        """Store one query run (parameters and error text redacted); returns its id."""
        if run.outcome not in QUERY_OUTCOMES:
            raise ValueError(f"unknown query outcome {run.outcome!r}")
        with write_session(self._sf) as session:
            row = QueryRun(
                at=self._now(),
                request_id=run.request_id,
                user_id=run.user_id,
                channel_id=run.channel_id,
                source=run.source,
                query_name=run.query,
                params=redact_params(run.params, self._secrets) or None,
                engine=run.engine,
                outcome=run.outcome,
                error=self._text(run.error),
                rows=run.rows,
                duration_ms=run.duration_ms,
                bytes_scanned=run.bytes_scanned,
                cached=run.cached,
                schedule_id=run.schedule_id,
            )
            session.add(row)
            session.flush()
            return row.id
