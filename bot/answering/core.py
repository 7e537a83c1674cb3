"""One path for every request: `answer(backend, text, context) -> Outcome`.

Slack (the slash command, a picked candidate, the parameters form, a ticket's suggested query),
the CLI (`datarequest ask`) and scheduled reports all come through here, so the rules live in
one place: find the query (matched from the words, or named by the caller), check that this
person may run it here, fill and validate every value, run it with bound parameters under the
row cap and timeout, open a ticket when nothing fits, and record the request (who, where, text,
decision, duration) in the request log.

Known refusals become `Failed(reason)` for the person. A configuration problem is the
operator's: the CLI raises it (one line), anyone else gets a short message without paths or
engine internals while the log keeps the detail. Anything else is logged with its traceback.
"""

from __future__ import annotations

import datetime as dt
import difflib
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, Protocol

from bot.answering import audit, outcomes
from bot.answering.audit import LOG_COLUMN, store_runs
from bot.answering.budget import OverBudget, approval_ticket, over_budget
from bot.answering.cache import ResultCache, cache_key
from bot.answering.context import RequestContext
from bot.answering.outcomes import Failed, Outcome
from bot.answering.permissions import refusal
from bot.engines.registry import EngineRegistry, QueryResult
from bot.errors import (
    GENERIC_FAILURE,
    ConfigError,
    NotFound,
    QueryFailed,
    UserFacingError,
    echoed,
    words_for_person,
)
from bot.library.loader import Library, QueryDef
from bot.library.render import render_sql
from bot.matching.matcher import Decision, match
from bot.matching.params import (
    coerce_inputs,
    default_binds,
    extract,
    find_entities,
    validate_binds,
)
from bot.settings import Settings
from bot.tickets.audit import QueryRunRecord

log = logging.getLogger(__name__)


class Backend(Protocol):
    """What answering needs (the services container provides it)."""

    settings: Settings
    library: Library
    engines: EngineRegistry
    tickets: Any  # bot.tickets.service.TicketService, or None: nothing recorded, no tickets
    result_cache: ResultCache | None  # None: every request runs its query
    session_factory: Any  # the shared database (the budget reads the audit there)


def get_query(library: Library, name: str) -> QueryDef:
    """The library query called `name`; NotFound (with the closest names) when there is none."""
    query = library.get(name)
    if query is None:
        close = difflib.get_close_matches(name, list(library.queries), n=3)
        hint = f" Did you mean {' or '.join(close)}?" if close else ""
        raise NotFound(f"There is no query named {echoed(name)} in the library.{hint}")
    return query


def run_query(
    query: QueryDef,
    binds: Mapping[str, Any],
    engines: EngineRegistry,
    settings: Settings,
    *,
    max_rows: int | None = None,
) -> QueryResult:
    """Validate `binds`, render `query` and run it on its engine (row cap, timeout, byte cap)."""
    return _prepare(query, binds, settings, max_rows).run(engines, settings)


class _Prepared:
    """A query rendered with its values: what runs, and the cache key of its result."""

    def __init__(self, query: QueryDef, sql: str, values: dict[str, Any], cap: int) -> None:
        self.query, self.sql, self.values, self.cap = query, sql, values, cap

    @property
    def key(self) -> str:
        return cache_key(self.query.name, self.query.engine, self.sql, self.values, self.cap)

    def run(self, engines: EngineRegistry, settings: Settings) -> QueryResult:
        engine = engines.get(self.query.engine)
        log.debug("running %s with %s", self.query.name, self.values)
        return engine.run(
            self.sql,
            self.values,
            timeout_s=settings.query_timeout_s,
            max_rows=self.cap,
            max_bytes=self.query.max_bytes,
        )


def _prepare(
    query: QueryDef, binds: Mapping[str, Any], settings: Settings, max_rows: int | None
) -> _Prepared:
    clean = validate_binds(query, dict(binds))
    sql, used = render_sql(query, clean, timeout_s=settings.query_timeout_s)
    return _Prepared(query, sql, dict(used), max_rows or query.max_rows or settings.max_rows)


def _run_or_reuse(
    backend: Backend, query: QueryDef, binds: Mapping[str, Any], context: RequestContext
) -> tuple[QueryResult, dt.datetime | None]:
    """The result, from the shared cache when allowed and fresh enough (with its time).

    A cached result costs nothing; a billed query over the person's daily budget raises
    `OverBudget` instead of running.
    """
    prepared = _prepare(query, binds, backend.settings, context.max_rows)
    cache = getattr(backend, "result_cache", None)
    caching = cache is not None and cache.enabled
    if caching and context.uses_cache and (hit := cache.get(prepared.key)) is not None:
        return hit.result, hit.cached_at
    if (reason := over_budget(backend, query, context)) is not None:
        raise OverBudget(reason)
    result = prepared.run(backend.engines, backend.settings)
    if caching and not getattr(backend, "unwritable", False):
        cache.put(prepared.key, query.name, result)
    return result, None


def answer(
    backend: Backend,
    text: str,
    context: RequestContext,
    *,
    query: str | None = None,
    inputs: Mapping[str, Any] | None = None,
    binds: Mapping[str, Any] | None = None,
) -> Outcome:
    """Answer one request and record it.

    With `query=None` the words are matched against the library. A caller that already knows
    the query names it, with either `inputs` (values as a person typed them: a form, `--param`,
    a schedule's period phrases) or `binds` (values checked before, such as a ticket's
    suggested query), or neither (a picked candidate: the values come from the words).
    """
    started = time.perf_counter()
    text = (text or "").strip()
    decision: Decision | None = None
    runs: list[QueryRunRecord] = []  # every query run (or refused) for this request: the audit
    try:
        if query is None:
            decision = match(
                text,
                backend.library,
                context.today,
                fiscal_year_start=backend.settings.fiscal_year_start,
            )
            outcome = _matched(backend, text, context, decision, runs)
        else:
            outcome = _named(backend, text, context, query, inputs, binds, runs)
    except ConfigError as exc:
        outcome = _config_failure(text, context, exc)
    except UserFacingError as exc:
        outcome = Failed(text, exc.reason)
    except Exception:
        if context.is_operator:
            raise
        log.exception("answering %s's request failed", context.user)
        outcome = Failed(text, GENERIC_FAILURE)
    if getattr(backend, "unwritable", False):  # said once when the database was opened
        return outcome
    request_id = _record(backend, text, context, outcome, decision, started)
    store_runs(backend.tickets, runs, request_id)
    return replace(outcome, request_id=request_id)


def _matched(
    backend: Backend,
    text: str,
    context: RequestContext,
    decision: Decision,
    runs: list[QueryRunRecord],
) -> Outcome:
    if decision.status == "matched" and decision.query:
        query = get_query(backend.library, decision.query)
        if decision.missing:
            return _needs(text, context, query, decision.params, decision.missing, decision)
        return _run(
            backend,
            text,
            context,
            query,
            decision.params,
            runs,
            decision.confidence,
            decision.ignored,
        )
    if decision.status == "ambiguous":
        found = [(backend.library.get(c.query), c.score) for c in decision.candidates]
        allowed = tuple((q, s) for q, s in found if q is not None and not refusal(q, context))
        if allowed:
            return outcomes.Ambiguous(text, allowed)
    return _unmatched(backend, text, context, decision)


def _named(
    backend: Backend,
    text: str,
    context: RequestContext,
    name: str,
    inputs: Mapping[str, Any] | None,
    binds: Mapping[str, Any] | None,
    runs: list[QueryRunRecord],
) -> Outcome:
    query = get_query(backend.library, name)
    if binds is not None:
        return _run(backend, text, context, query, binds, runs)
    today = context.today
    if inputs is not None:
        missing = [
            p.name
            for p in query.params
            if p.required and all(inputs.get(b) in (None, "") for b in (p.name, *p.bind_names))
        ]
        if missing:
            return _needs(text, context, query, default_binds(query, today), missing)
        try:
            typed = coerce_inputs(query, dict(inputs), today)
        except UserFacingError as exc:
            return Failed(text, exc.reason, query, dict(inputs))
        return _run(backend, text, context, query, typed, runs)
    try:
        extraction = extract(query, find_entities(text, today), today)
        found, missing = dict(extraction.binds), list(extraction.missing)
    except Exception:
        log.exception("parameter extraction failed for %s", query.name)
        found, missing = default_binds(query, today), [p.name for p in query.params if p.required]
    if missing:
        return _needs(text, context, query, found, missing)
    return _run(backend, text, context, query, found, runs)


def _refused(
    text: str, context: RequestContext, query: QueryDef, binds: Mapping[str, Any]
) -> Failed | None:
    """The refusal when this person may not run `query` (`permissions.refusal`), else None."""
    reason = refusal(query, context)
    return Failed(text, reason, query, dict(binds), refused=True) if reason else None


def _needs(
    text: str,
    context: RequestContext,
    query: QueryDef,
    found: Mapping[str, Any],
    missing: list[str],
    decision: Decision | None = None,
) -> Outcome:
    if refused := _refused(text, context, query, found):
        return refused
    score = decision.confidence if decision is not None else None
    return outcomes.NeedsValues(text, query, dict(found), tuple(missing), score)


def _run(
    backend: Backend,
    text: str,
    context: RequestContext,
    query: QueryDef,
    binds: Mapping[str, Any],
    runs: list[QueryRunRecord],
    score: float | None = None,
    ignored: Sequence[str] = (),
) -> Outcome:
    if refused := _refused(text, context, query, binds):
        runs.append(
            audit.did_not_run(context, query, binds, outcome="refused", error=refused.reason)
        )
        return refused
    started = time.perf_counter()

    def failed(exc: BaseException, reason: str) -> None:
        outcome = audit.failure_outcome(exc, backend.settings.query_timeout_s)
        elapsed = (time.perf_counter() - started) * 1000
        runs.append(
            audit.did_not_run(
                context, query, binds, outcome=outcome, error=reason, duration_ms=elapsed
            )
        )

    try:
        result, cached_at = _run_or_reuse(backend, query, binds, context)
    except OverBudget as exc:
        return approval_ticket(backend, text, context, query, binds, exc.reason)
    except ConfigError as exc:
        failed(exc, exc.reason)
        return replace(_config_failure(text, context, exc), query=query, binds=dict(binds))
    except QueryFailed as exc:
        failed(exc, exc.reason)
        return Failed(text, exc.reason, query, dict(binds))
    except UserFacingError as exc:  # a value was refused before anything ran
        return Failed(text, exc.reason, query, dict(binds))
    except Exception as exc:
        failed(exc, f"{type(exc).__name__}: {exc}")
        if context.is_operator:
            raise
        log.exception("query %s failed", query.name)
        return Failed(text, GENERIC_FAILURE, query, dict(binds))
    elapsed = (time.perf_counter() - started) * 1000
    runs.append(audit.ran(context, query, binds, result, elapsed, from_cache=cached_at is not None))
    return outcomes.Answered(
        text, query, dict(binds), result, score, ignored=tuple(ignored), cached_at=cached_at
    )


def _unmatched(backend: Backend, text: str, context: RequestContext, decision: Decision) -> Outcome:
    best = decision.candidates[0] if decision.candidates else None
    if not context.open_ticket or backend.tickets is None:
        return outcomes.Unmatched(text, tuple((c.query, c.score) for c in decision.candidates))
    ticket = backend.tickets.create_ticket(
        text or "(empty request)",
        context.user,
        context.channel,
        best_query=best.query if best else None,
        best_score=best.score if best else None,
        source="unmatched",
        idempotency_key=context.key or None,
    )
    return outcomes.TicketOpened(text, ticket)


def _config_failure(text: str, context: RequestContext, exc: ConfigError) -> Failed:
    if context.is_operator:
        raise exc
    return Failed(text, words_for_person(exc))  # the detail goes to the operator's log


def _record(
    backend: Backend,
    text: str,
    context: RequestContext,
    outcome: Outcome,
    decision: Decision | None,
    started: float,
) -> int | None:
    if backend.tickets is None:
        return None
    status = decision.status if decision is not None else context.source
    if isinstance(outcome, Failed) and outcome.refused:
        status = "refused"
    query = getattr(outcome, "query", None)
    name = query.name if query is not None else (decision.query if decision else None)
    ticket = outcome.ticket.id if isinstance(outcome, outcomes.TicketOpened) else None
    try:
        return backend.tickets.record_request(
            text,
            (context.user or context.source)[:LOG_COLUMN],
            context.where[:LOG_COLUMN],
            status=status,
            query=name,
            score=decision.confidence if decision is not None else None,
            answered=isinstance(outcome, outcomes.Answered),
            ticket_id=ticket,
            duration_ms=(time.perf_counter() - started) * 1000,
            source=context.source,
        )
    except Exception as exc:  # the answer matters more than its log line
        first = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        # The hint only when the table is missing: a store that takes no write is another cause.
        missing = "no such table" in first or "does not exist" in first
        hint = "; a new database needs `datarequest db upgrade`" if missing else ""
        log.warning("the request was not recorded in the request log (%s)%s", first, hint)
        return None
