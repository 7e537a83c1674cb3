"""Any SQLAlchemy URL as a query engine: PostgreSQL, Trino, Snowflake, BigQuery, MySQL, …

SQLAlchemy gives the URL parsing, the driver and a connection pool; the query itself goes to
the driver's cursor, so the library's `:name` binds are turned into the driver's own paramstyle
(found with the sqltext tokenizer, so `'10:30'` and `x::date` are left alone) and the values
are passed beside the text, never inside it.

Each query runs in a transaction that is rolled back at the end, read-only where the dialect
has one, under a timeout that stops it on the server: PostgreSQL's `statement_timeout` (and
MySQL's `max_execution_time`), backed for every dialect by a watchdog that cancels the
running statement through the driver (`cancel()`), a little after the server should have.
The same driver cancel stops the statement when the person clicks *Cancel* (`bot.engines.cancel`).
On PostgreSQL the connections are in autocommit with the session's
`default_transaction_read_only` on, so each statement is its own read-only transaction and a
query costs one round trip; the server reports that setting whenever it changes (PostgreSQL
14+), so a query that turns it off (`set_config(...)`) has its connection discarded before
anything else can use it. Where the setting is not reported (an older server, another driver)
and on MySQL, the engine sends `BEGIN READ ONLY` and the timeout itself, and rolls back. A
text that is not one reading statement (a second statement after `;`, a `SET`) is refused
before it is sent.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Mapping
from typing import Any

import sqlalchemy

from bot.engines.base import (
    Deadline,
    QueryResult,
    query_failed,
    query_timed_out,
    read_only_problem,
    type_name,
    used_binds,
)
from bot.engines.cancel import QueryCancelled, on_cancel, was_cancelled
from bot.errors import ConfigError, QueryFailed
from bot.library.sqltext import replace_binds

log = logging.getLogger(__name__)

_SENTINEL = "\x00bind\x00"
WATCHDOG_GRACE_S = 1.0  # the server's own timeout should fire first where there is one
_TIMEOUT_SQLSTATES = {"57014"}  # PostgreSQL query_canceled


def to_paramstyle(sql: str, values: Mapping[str, Any], paramstyle: str) -> tuple[str, Any]:
    """`sql` with `:name` binds in the driver's `paramstyle`, and the values to pass with it.

    With `format`/`pyformat` drivers a literal `%` must be doubled, but only when values are
    passed (drivers read the text as a template only then).
    """
    text, order = _placeholders(sql, paramstyle)
    if not order:
        return text, None
    if paramstyle in ("named", "pyformat"):
        return text, {name: values[name] for name in order}
    return text, [values[name] for name in order]


@functools.lru_cache(maxsize=1024)
def _placeholders(sql: str, paramstyle: str) -> tuple[str, tuple[str, ...]]:
    """The text for the driver and the bind names in the order it takes them (cached)."""
    if _SENTINEL in sql:
        raise QueryFailed("The query text contains a NUL character.")
    order: list[str] = []

    def mark(name: str) -> str:
        order.append(name)
        return _SENTINEL

    text = replace_binds(sql, mark)
    if not order:
        return text, ()
    if paramstyle in ("format", "pyformat"):
        text = text.replace("%", "%%")
    pieces = text.split(_SENTINEL)
    out = [pieces[0]]
    for i, name in enumerate(order, start=1):
        out.append(
            {
                "qmark": "?",
                "numeric": f":{i}",
                "named": f":{name}",
                "format": "%s",
                "pyformat": f"%({name})s",
                "numeric_dollar": f"${i}",
            }.get(paramstyle, "?")
        )
        out.append(pieces[i])
    return "".join(out), tuple(order)


# Dialects whose transactions the engine opens and closes itself (connections in autocommit),
# so the read-only transaction and its timeout go to the server in the same round trip.
_OWN_TRANSACTIONS = {"postgresql", "mysql", "mariadb"}


def transaction_statements(dialect: str, timeout_s: float) -> tuple[list[str], list[str]]:
    """What opens a read-only, time-limited transaction on `dialect`, and what closes it.

    The timeout is a number we computed, never a value from a person, so it is formatted in:
    `SET` takes no bind parameters on these servers.
    """
    ms = max(1, int(timeout_s * 1000))
    if dialect == "postgresql":
        return [f"BEGIN READ ONLY; SET LOCAL statement_timeout = {ms}"], ["ROLLBACK"]
    if dialect in ("mysql", "mariadb"):
        return [f"SET SESSION max_execution_time = {ms}", "START TRANSACTION READ ONLY"], [
            "ROLLBACK"
        ]
    if dialect == "sqlite":
        return ["PRAGMA query_only = ON"], []
    return [], []


def session_timeout_statement(dialect: str, timeout_s: float) -> str | None:
    """What sets the server's statement timeout for the session (read-only sessions only)."""
    if dialect == "postgresql":
        return f"SET statement_timeout = {max(1, int(timeout_s * 1000))}"
    return None


_READ_ONLY_SETTING = "default_transaction_read_only"
_TIMEOUT_SET = "datarequest.statement_timeout"  # what the session's timeout was last set to


def _reported_read_only(driver_connection: Any) -> str | None:
    """The session's read-only default as the server last reported it, or None if unknown."""
    info = getattr(driver_connection, "info", None)  # psycopg 3
    if info is not None and hasattr(info, "parameter_status"):
        return info.parameter_status(_READ_ONLY_SETTING)
    status = getattr(driver_connection, "get_parameter_status", None)  # psycopg2
    return status(_READ_ONLY_SETTING) if callable(status) else None


def _start_read_only_session(dbapi_connection: Any, _record: Any) -> None:
    """A new PostgreSQL connection: every transaction read-only unless a query says otherwise."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"SET SESSION {_READ_ONLY_SETTING} = on")
    finally:
        cursor.close()
    dbapi_connection.commit()


def _is_timeout(exc: BaseException) -> bool:
    return getattr(exc, "sqlstate", None) in _TIMEOUT_SQLSTATES or "statement timeout" in str(exc)


class SQLEngine:
    """A named engine over a SQLAlchemy URL; thread-safe (a pooled connection per query)."""

    def __init__(self, name: str, url: str, *, timeout_s: float = 30.0, pool_size: int = 5) -> None:
        self.name = name
        try:
            dialect = sqlalchemy.engine.make_url(url).get_backend_name()
            options: dict[str, Any] = {"pool_size": pool_size, "pool_recycle": 1800}
            if dialect in _OWN_TRANSACTIONS:
                # No transaction outlives a query, so a connection needs no reset on return.
                options.update(isolation_level="AUTOCOMMIT", pool_reset_on_return=None)
            self._engine = sqlalchemy.create_engine(url, **options)
            if dialect == "postgresql":
                sqlalchemy.event.listen(self._engine, "connect", _start_read_only_session)
        except (sqlalchemy.exc.ArgumentError, sqlalchemy.exc.NoSuchModuleError, ImportError) as exc:
            raise ConfigError(f"engine {name!r}: cannot use its URL ({exc})") from None
        self.dialect = self._engine.dialect.name
        self.paramstyle = getattr(self._engine.dialect.dbapi, "paramstyle", "qmark")
        self.default_timeout_s = timeout_s

    def _execute(
        self, sql: str, binds: Mapping[str, Any], timeout_s: float, fetch: int, prefix: str = ""
    ) -> Any:
        problem = read_only_problem(sql)
        if problem:
            raise QueryFailed(f"Only a single SELECT can run on {self.name} ({problem}).")
        values = used_binds(sql, binds)
        text, args = to_paramstyle(sql, values, self.paramstyle)
        text = prefix + text
        try:
            raw = self._engine.raw_connection()
        except sqlalchemy.exc.SQLAlchemyError as exc:
            raise query_failed(exc.orig or exc, sql, values) from None
        cursor = raw.cursor()
        session = _reported_read_only(raw.driver_connection) == "on"
        if session:
            timeout_statement = session_timeout_statement(self.dialect, timeout_s)
            server_timeout = timeout_statement is not None
            already = raw.info.get(_TIMEOUT_SET) == timeout_statement
            opening = [] if already or not timeout_statement else [timeout_statement]
            closing: list[str] = []
        else:
            opening, closing = transaction_statements(self.dialect, timeout_s)
            server_timeout = bool(opening)
        # Where the server has its own timeout it should fire first; the watchdog's cancel
        # is the backstop (and the only stop on other dialects).
        stop = self._canceller(cursor, raw)
        deadline = Deadline(timeout_s + (WATCHDOG_GRACE_S if server_timeout else 0.0), stop)
        started = time.perf_counter()
        discard = False
        try:
            for statement in opening:
                cursor.execute(statement)
            if session:
                raw.info[_TIMEOUT_SET] = timeout_statement
            with deadline, on_cancel(stop):
                if args is None:
                    cursor.execute(text)
                else:
                    cursor.execute(text, args)
                description = cursor.description or []
                rows = cursor.fetchmany(fetch) if description else []
            if session and _reported_read_only(raw.driver_connection) != "on":
                log.warning("a query on %s turned its session's read-only default off", self.name)
                discard = True
            return description, rows, (time.perf_counter() - started) * 1000
        except QueryCancelled:
            raise
        except Exception as exc:
            if was_cancelled():
                raise QueryCancelled() from None
            if deadline.stopped or _is_timeout(exc):
                raise query_timed_out(timeout_s, sql) from None
            raise query_failed(exc, sql, values) from None
        finally:
            self._release(raw, cursor, closing, in_session=session, discard=discard)

    def _canceller(self, cursor: Any, raw: Any) -> Any:
        def cancel() -> None:
            for target in (cursor, raw.driver_connection):
                stop = getattr(target, "cancel", None)
                if callable(stop):
                    stop()
                    return

        return cancel

    def _release(
        self, raw: Any, cursor: Any, closing: list[str], *, in_session: bool, discard: bool
    ) -> None:
        """End the transaction and give the connection back; a broken one is discarded."""
        try:
            if discard:
                raw.invalidate()
                return
            for statement in closing:
                cursor.execute(statement)
            cursor.close()
            if not closing and not in_session:
                raw.rollback()
        except Exception:
            log.info("discarding a connection of %s", self.name, exc_info=True)
            raw.invalidate()
        finally:
            raw.close()

    def run(
        self,
        sql: str,
        binds: Mapping[str, Any],
        *,
        timeout_s: float | None = None,
        max_rows: int = 5000,
        max_bytes: int | None = None,  # no byte accounting on these engines
    ) -> QueryResult:
        cap = max(0, max_rows)
        description, fetched, elapsed_ms = self._execute(
            sql, binds, timeout_s or self.default_timeout_s, cap + 1
        )
        rows = [tuple(r) for r in fetched[:cap]]
        columns = [d[0] for d in description]
        types = []
        for i in range(len(columns)):
            sample = next((r[i] for r in rows if r[i] is not None), None)
            types.append(type_name(sample) if sample is not None else "")
        return QueryResult(
            columns=columns,
            column_types=types,
            rows=rows,
            row_count=len(rows),
            elapsed_ms=elapsed_ms,
            truncated=len(fetched) > cap,
        )

    def explain(self, sql: str, binds: Mapping[str, Any]) -> str:
        _description, rows, _ms = self._execute(
            sql, binds, self.default_timeout_s, 10_000, prefix="EXPLAIN "
        )
        return "\n".join(" ".join(str(v) for v in row) for row in rows)

    def close(self) -> None:
        self._engine.dispose()
