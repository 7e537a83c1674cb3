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
anything else can use it. Between queries a connection stays checked out of the pool, kept by
the engine (`sql_driver.KeptConnection`) with what it knows of its session and, on psycopg 3,
its cursor, so a query pays no pool checkout and no cursor set-up; one older than
`RECYCLE_S` goes back to be replaced, and one the server closed while it waited is noticed
when a query is sent and the query runs again, once, on a new one (it only reads). Where the
setting is not reported (an older server, another driver) and on MySQL, the engine sends
`BEGIN READ ONLY` and the timeout itself, and rolls back. A text that is not one reading
statement (a second statement after `;` under any dialect's quoting rules, a `SET`), or that
calls a function reaching the server's files, sessions or settings (`pg_read_file`,
`lo_import`, `set_config`, …: a read-only transaction allows them), is refused before it is sent.
"""

from __future__ import annotations

import collections
import functools
import logging
import time
from collections.abc import Mapping
from typing import Any

import sqlalchemy

from bot.engines.base import (
    Deadline,
    QueryResult,
    bind_names,
    query_failed,
    query_timed_out,
    read_only_problem,
    server_access_problem,
    used_binds,
)
from bot.engines.cancel import QueryCancelled, on_cancel, was_cancelled
from bot.engines.sql_driver import (
    KeptConnection,
    StaleConnection,
    column_types_from_values,
    is_broken,
    is_timeout,
    lost_connection,
    result_columns,
    start_read_only_session,
)
from bot.errors import ConfigError, QueryFailed
from bot.library.sqltext import replace_binds

log = logging.getLogger(__name__)

_SENTINEL = "\x00bind\x00"
WATCHDOG_GRACE_S = 1.0  # the server's own timeout should fire first where there is one


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


@functools.lru_cache(maxsize=64)
def session_timeout_statement(dialect: str, timeout_s: float) -> str | None:
    """What sets the server's statement timeout for the session (read-only sessions only)."""
    if dialect == "postgresql":
        return f"SET statement_timeout = {max(1, int(timeout_s * 1000))}"
    return None


def _bound(sql: str, binds: Mapping[str, Any]) -> dict[str, Any]:
    """The values `sql` used, for the log of a failure."""
    return {name: binds.get(name) for name in bind_names(sql)}


RECYCLE_S = 1800.0  # connections older than this are replaced (servers and proxies drop idle ones)


class SQLEngine:
    """A named engine over a SQLAlchemy URL; thread-safe (a pooled connection per query)."""

    def __init__(self, name: str, url: str, *, timeout_s: float = 30.0, pool_size: int = 5) -> None:
        self.name = name
        try:
            dialect = sqlalchemy.engine.make_url(url).get_backend_name()
            options: dict[str, Any] = {"pool_size": pool_size, "pool_recycle": RECYCLE_S}
            if dialect in _OWN_TRANSACTIONS:
                # No transaction outlives a query, so a connection needs no reset on return.
                options.update(isolation_level="AUTOCOMMIT", pool_reset_on_return=None)
            self._engine = sqlalchemy.create_engine(url, **options)
            if dialect == "postgresql":
                sqlalchemy.event.listen(self._engine, "connect", start_read_only_session)
        except (sqlalchemy.exc.ArgumentError, sqlalchemy.exc.NoSuchModuleError, ImportError) as exc:
            raise ConfigError(f"engine {name!r}: cannot use its URL ({exc})") from None
        self.dialect = self._engine.dialect.name
        self.paramstyle = getattr(self._engine.dialect.dbapi, "paramstyle", "qmark")
        self.default_timeout_s = timeout_s
        # Connections between queries stay checked out of the pool, newest first: a query
        # pays a deque pop and append instead of the pool's checkout and return.
        self._idle: collections.deque[KeptConnection] = collections.deque()
        self._closed = False

    def _checkout(self) -> KeptConnection:
        try:
            return self._idle.pop()
        except IndexError:
            return KeptConnection(self._engine.raw_connection())

    def _execute(
        self, sql: str, binds: Mapping[str, Any], timeout_s: float, fetch: int, prefix: str = ""
    ) -> Any:
        try:
            return self._execute_once(sql, binds, timeout_s, fetch, prefix, fresh=False)
        except StaleConnection:
            # A kept connection the server or a proxy closed while it was idle: the query
            # only reads, so it runs again, once, on a new one.
            log.info("a kept connection of %s had been closed; running on a new one", self.name)
            return self._execute_once(sql, binds, timeout_s, fetch, prefix, fresh=True)

    def _execute_once(
        self,
        sql: str,
        binds: Mapping[str, Any],
        timeout_s: float,
        fetch: int,
        prefix: str,
        *,
        fresh: bool,
    ) -> Any:
        problem = read_only_problem(sql) or server_access_problem(sql)
        if problem:
            raise QueryFailed(f"Only a single SELECT can run on {self.name} ({problem}).")
        try:
            text, args = to_paramstyle(sql, binds, self.paramstyle)
        except KeyError:
            used_binds(sql, binds)  # says which value is missing
            raise
        text = prefix + text
        try:
            kept = KeptConnection(self._engine.raw_connection()) if fresh else self._checkout()
        except sqlalchemy.exc.SQLAlchemyError as exc:
            raise query_failed(exc.orig or exc, sql, _bound(sql, binds)) from None
        driver = kept.driver
        cursor = kept.cursor()
        # A connection whose read-only default was checked after its last query needs no
        # second look before this one.
        session = kept.read_only or kept.session_read_only()
        if session:
            timeout_statement = session_timeout_statement(self.dialect, timeout_s)
            server_timeout = timeout_statement is not None
            already = kept.timeout_statement == timeout_statement
            opening = [] if already or not timeout_statement else [timeout_statement]
            closing: list[str] = []
        else:
            opening, closing = transaction_statements(self.dialect, timeout_s)
            server_timeout = bool(opening)
        # Where the server has its own timeout it should fire first; the watchdog's cancel
        # is the backstop (and the only stop on other dialects).
        stop = kept.stop_for(cursor)
        deadline = Deadline(timeout_s + (WATCHDOG_GRACE_S if server_timeout else 0.0), stop)
        started = time.perf_counter()
        discard = False
        try:
            for statement in opening:
                cursor.execute(statement)
            if session:
                kept.timeout_statement = timeout_statement
            with deadline, on_cancel(stop):
                if args is None:
                    cursor.execute(text)
                else:
                    cursor.execute(text, args)
                columns, types = result_columns(cursor, kept.encoding)
                rows = cursor.fetchmany(fetch) if columns else []
            if session:
                kept.read_only = still = kept.session_read_only()
                if not still:
                    log.warning(
                        "a query on %s turned its session's read-only default off", self.name
                    )
                    discard = True
            return columns, types, rows, (time.perf_counter() - started) * 1000
        except QueryCancelled:
            raise
        except Exception as exc:
            discard = is_broken(driver) or lost_connection(exc)
            if was_cancelled():
                raise QueryCancelled() from None
            if deadline.stopped or is_timeout(exc):
                raise query_timed_out(timeout_s, sql) from None
            if discard and kept.reused and not fresh:
                raise StaleConnection() from None
            raise query_failed(exc, sql, _bound(sql, binds)) from None
        finally:
            self._release(kept, cursor, closing, in_session=session, discard=discard)

    def _release(
        self,
        kept: KeptConnection,
        cursor: Any,
        closing: list[str],
        *,
        in_session: bool,
        discard: bool,
    ) -> None:
        """End the transaction and keep the connection for the next query; a broken one, or
        one past its recycle age, goes back to the pool (discarded or replaced there)."""
        try:
            if discard:
                kept.discard()
                return
            for statement in closing:
                cursor.execute(statement)
            kept.put_back(cursor)
            if not closing and not in_session:
                kept.fairy.rollback()
        except Exception:
            log.info("discarding a connection of %s", self.name, exc_info=True)
            kept.discard()
            return
        if self._closed or time.monotonic() - kept.opened_at > RECYCLE_S:
            kept.fairy.close()
        else:
            kept.reused = True
            self._idle.append(kept)

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
        columns, types, fetched, elapsed_ms = self._execute(
            sql, binds, timeout_s or self.default_timeout_s, cap + 1
        )
        rows = fetched if len(fetched) <= cap else fetched[:cap]
        if rows and type(rows[0]) is not tuple:
            rows = [tuple(r) for r in rows]
        return QueryResult(
            columns=columns,
            column_types=types or column_types_from_values(len(columns), rows),
            rows=rows,
            row_count=len(rows),
            elapsed_ms=elapsed_ms,
            truncated=len(fetched) > cap,
        )

    def explain(self, sql: str, binds: Mapping[str, Any]) -> str:
        _columns, _types, rows, _ms = self._execute(
            sql, binds, self.default_timeout_s, 10_000, prefix="EXPLAIN "
        )
        return "\n".join(" ".join(str(v) for v in row) for row in rows)

    def close(self) -> None:
        self._closed = True
        while self._idle:
            self._idle.pop().fairy.close()
        self._engine.dispose()
