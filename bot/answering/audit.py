"""The audit of query runs: every library query the answer path runs, or refuses to run.

`answer()` collects one `QueryRunRecord` per attempt (who, where, which query with which
values, rows, duration, bytes scanned, cached or not, the outcome) and stores them once the
request itself is logged, so each run points at its request. Secrets are redacted by the audit
log (`bot.tickets.audit`). A failure to write the audit never costs the person their answer.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from bot.answering.context import RequestContext
from bot.engines.base import timeout_message
from bot.errors import QueryFailed
from bot.library.loader import QueryDef
from bot.tickets.audit import QueryRunRecord

log = logging.getLogger(__name__)

LOG_COLUMN = 32  # the user and channel columns of the request log and the query runs


def _who(context: RequestContext) -> tuple[str, str | None]:
    """The user and the place, as the request log writes them (the CLI: login name, "cli")."""
    return (context.user or context.source)[:LOG_COLUMN], context.where[:LOG_COLUMN] or None


def _record(
    context: RequestContext, query: QueryDef, binds: Mapping[str, Any], **run: Any
) -> QueryRunRecord:
    """One run of `query` with `binds`, by the person and in the place of `context`."""
    user, where = _who(context)
    return QueryRunRecord(
        query=query.name,
        params=dict(binds),
        user_id=user,
        channel_id=where,
        source=context.source,
        engine=query.engine,
        schedule_id=context.schedule_id or None,
        **run,
    )


def ran(
    context: RequestContext,
    query: QueryDef,
    binds: Mapping[str, Any],
    result: Any,
    duration_ms: float,
    *,
    from_cache: bool = False,
) -> QueryRunRecord:
    """A query that returned `result` (a `bot.engines.base.QueryResult`).

    A result served from the shared result cache scanned nothing this time (the daily budget
    sums `bytes_scanned`), and is marked cached like one the engine itself reused.
    """
    return _record(
        context,
        query,
        binds,
        rows=result.row_count,
        duration_ms=duration_ms,
        bytes_scanned=None if from_cache else result.bytes_scanned,
        cached=from_cache or bool(result.reused),
        outcome="ok",
    )


def did_not_run(
    context: RequestContext,
    query: QueryDef,
    binds: Mapping[str, Any],
    *,
    outcome: str,
    error: str | None,
    duration_ms: float | None = None,
) -> QueryRunRecord:
    """A query that failed, timed out or was refused for this person."""
    return _record(
        context, query, binds, rows=None, duration_ms=duration_ms, outcome=outcome, error=error
    )


def failure_outcome(exc: BaseException, timeout_s: float) -> str:
    """'timeout' when the engine stopped the query at the time limit, else 'error'."""
    if isinstance(exc, QueryFailed) and exc.reason == timeout_message(timeout_s):
        return "timeout"
    return "error"


def store_runs(tickets: Any, runs: Sequence[QueryRunRecord], request_id: int | None) -> None:
    """Write the runs of one request (linked to it); logged, never raised, when it fails."""
    if tickets is None:
        return
    for run in runs:
        try:
            tickets.record_query_run(_linked(run, request_id))
        except Exception as exc:  # the answer matters more than its audit row
            log.warning(
                "a query run of %s was not recorded in the audit (%s)",
                run.query,
                (str(exc).splitlines() or [type(exc).__name__])[0][:200],
            )


def _linked(run: QueryRunRecord, request_id: int | None) -> QueryRunRecord:
    if request_id is None or run.request_id is not None:
        return run
    return replace(run, request_id=request_id)
