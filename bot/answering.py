"""Answering a request: match it, fill its parameters, run the query, return plain results.

The Slack handlers, the scheduler's reports and the CLI all come through here, so the rules
(validate every value, render with bound parameters, cap rows, time out) live in one place.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.errors import NotFound
from bot.library.loader import Library, QueryDef
from bot.library.render import render_sql
from bot.matching.matcher import Decision, match
from bot.matching.params import validate_binds

if TYPE_CHECKING:
    from bot.engines.registry import EngineRegistry, QueryResult
    from bot.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Answer:
    decision: Decision
    query: QueryDef | None = None
    binds: dict[str, Any] = field(default_factory=dict)
    result: QueryResult | None = None

    @property
    def runnable(self) -> bool:
        return self.decision.status == "matched" and not self.decision.missing


def get_query(library: Library, name: str) -> QueryDef:
    query = library.get(name)
    if query is None:
        raise NotFound(f"There is no query named '{name}' in the library.")
    return query


def run_query(
    query: QueryDef,
    binds: dict[str, Any],
    engines: EngineRegistry,
    settings: Settings,
    *,
    max_rows: int | None = None,
) -> QueryResult:
    """Validate `binds`, render `query` and run it on its engine (row cap, timeout)."""
    clean = validate_binds(query, binds)
    sql, used = render_sql(query, clean)
    cap = max_rows or query.max_rows or settings.max_rows
    engine = engines.get(query.engine)
    log.debug("running %s with %s", query.name, used)
    return engine.run(sql, used, timeout_s=settings.query_timeout_s, max_rows=cap)


def answer(
    text: str,
    *,
    library: Library,
    engines: EngineRegistry,
    settings: Settings,
    today: dt.date,
    max_rows: int | None = None,
) -> Answer:
    """Match `text`; when it is matched with every required value, run the query too."""
    decision = match(text, library, today)
    if decision.status != "matched" or decision.query is None:
        return Answer(decision)
    query = get_query(library, decision.query)
    ans = Answer(decision, query, dict(decision.params))
    if decision.missing:
        return ans
    ans.result = run_query(query, ans.binds, engines, settings, max_rows=max_rows)
    return ans
