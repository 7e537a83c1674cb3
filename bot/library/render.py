"""Rendering a query's SQL body: Jinja shapes the statement, values stay bound.

Templates run in Jinja's immutable sandbox: they shape the statement from the parameters and
reach nothing else of the process. The Jinja context maps each parameter name to its value (a
date_range to an object with `.start`/`.end`, an unset optional parameter to None) so
templates can test them (`{% if region %}`). Values are never written into the text: the result is SQL with `:name`
binds plus a dict holding only the binds the rendered statement uses, typed for the engine.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.library.model import ParamDef, QueryDef
from bot.library.sqltext import find_binds
from bot.settings_checks import DEFAULT_QUERY_TIMEOUT_S


@lru_cache(maxsize=1)
def _environment():  # type: ignore[no-untyped-def]
    import jinja2  # only when a query runs: `datarequest match` never needs it

    from bot.library.render_limits import BoundedEnvironment

    # StrictUndefined: a template naming an unknown variable fails validation, not silently.
    # Sandboxed: a template tests its parameters; it never reaches Python's internals
    # (`cycler.__init__.__globals__.os.environ` would read the bot's tokens into a query).
    # Bounded: the query's timeout starts only once the SQL is rendered, so rendering has its
    # own limits (loop steps, sizes, time) and a library's runaway loop cannot hold a thread.
    return BoundedEnvironment(
        undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True
    )


@lru_cache(maxsize=4096)
def _template(sql: str):  # type: ignore[no-untyped-def]
    return _environment().from_string(sql)


def typed_value(param: ParamDef, value: Any) -> Any:
    """Convert a JSON-friendly bind value (ISO strings for dates) to the engine's Python type."""
    return None if value is None else param.kind.engine_value(value)


def jinja_context(query: QueryDef, binds: dict[str, Any]) -> dict[str, Any]:
    return {p.name: p.kind.template_value(p, binds) for p in query.params}


def render_sql(
    query: QueryDef, binds: dict[str, Any], *, timeout_s: float = DEFAULT_QUERY_TIMEOUT_S
) -> tuple[str, dict[str, Any]]:
    """Render `query` for `binds`; return the SQL (with `:name` binds) and the binds it uses.

    `timeout_s`: the settings' `query_timeout_s` wherever a settings object is at hand (every
    path that answers or checks a query); the default only for reading a library's statements
    at load, with sample values."""
    from bot.library.render_limits import render_bounded

    context = jinja_context(query, binds)
    sql = render_bounded(lambda: _template(query.sql), context, query, timeout_s)
    by_bind = {b: p for p in query.params for b in p.bind_names}
    used: dict[str, Any] = {}
    for name, _line in find_binds(sql):
        if name in by_bind and name not in used:
            used[name] = typed_value(by_bind[name], binds.get(name))
    return sql, used
