"""What the SQL engine asks of a DB-API connection: its session state, its result, its stop.

A `KeptConnection` is a pooled connection the engine holds between queries with what it knows
of its session (read-only default checked, timeout set). psycopg 3 gets a faster path where the
generic DB-API one costs time that shows on sub-millisecond queries: the read-only setting and
the result's column names and types are read from libpq directly.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from bot.engines.base import type_name

log = logging.getLogger(__name__)

_TIMEOUT_SQLSTATES = {"57014"}  # PostgreSQL query_canceled

_READ_ONLY_SETTING = "default_transaction_read_only"
_READ_ONLY_SETTING_BYTES = _READ_ONLY_SETTING.encode()
_KEPT_RESULT_ROWS = 100  # a kept cursor holds its last result until the next query


# A role that may read or write the server's files or run programs there: a read-only
# transaction does not take that away (`pg_read_file`, `lo_import`, `COPY … PROGRAM`).
_PRIVILEGED_ROLE_SQL = (
    "SELECT current_user, rolsuper"
    " OR pg_has_role(current_user, 'pg_read_server_files', 'MEMBER')"
    " OR pg_has_role(current_user, 'pg_write_server_files', 'MEMBER')"
    " OR pg_has_role(current_user, 'pg_execute_server_program', 'MEMBER')"
    " FROM pg_roles WHERE rolname = current_user"
)
_warned_roles: set[str] = set()


def start_read_only_session(dbapi_connection: Any, _record: Any) -> None:
    """A new PostgreSQL connection: every transaction read-only unless a query says otherwise.

    A role that can reach the server's files is logged once (the operator should give the bot
    one that can only read the warehouse's tables); the engine's name check is the other wall.
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"SET SESSION {_READ_ONLY_SETTING} = on")
        dbapi_connection.commit()  # kept whatever the look at the role below does
        try:
            cursor.execute(_PRIVILEGED_ROLE_SQL)
            found = cursor.fetchone()
        except Exception:  # a server without these roles (before PostgreSQL 11)
            found = None
        dbapi_connection.rollback()
    finally:
        cursor.close()
    if found and found[1] and found[0] not in _warned_roles:
        _warned_roles.add(found[0])
        log.warning(
            "the warehouse role %s can read the database server's files (superuser or "
            "pg_read_server_files): give the bot a role that can only read the warehouse",
            found[0],
        )


class StaleConnection(Exception):
    """A kept connection turned out closed when a query was sent on it."""


class KeptConnection:
    """A pooled connection the engine holds between queries, with what it knows of it."""

    __slots__ = (
        "fairy",
        "driver",
        "encoding",
        "opened_at",
        "read_only",
        "reused",
        "timeout_statement",
        "_status",
        "_status_text",
        "_driver_stop",
        "_cursor",
    )

    def __init__(self, fairy: Any) -> None:
        self.fairy = fairy  # SQLAlchemy's handle: closing it gives the connection back
        self.driver = fairy.dbapi_connection
        info = getattr(self.driver, "info", None)  # psycopg 3: names come back in this encoding
        self.encoding = getattr(info, "encoding", None) or "utf-8"
        self.opened_at = fairy.info.setdefault("datarequest.opened_at", time.monotonic())
        self.read_only = False  # the session's read-only default, as checked after a query
        self.timeout_statement: str | None = None  # the session's timeout as last set
        self.reused = False  # it waited among the kept connections since it was opened
        pgconn = getattr(self.driver, "pgconn", None)  # psycopg 3: libpq's own copy, no decoding
        self._status = pgconn.parameter_status if pgconn is not None else None
        text_status = getattr(self.driver, "get_parameter_status", None)  # psycopg2
        self._status_text = text_status if callable(text_status) else None
        self._driver_stop: Callable[[], None] | None = None
        self._cursor: Any = None  # kept between queries where the driver allows (psycopg 3)

    def cursor(self) -> Any:
        """A cursor for the next query: the one kept from the last query, else a new one."""
        cursor, self._cursor = self._cursor, None
        return cursor if cursor is not None else self.driver.cursor()

    def put_back(self, cursor: Any) -> None:
        """Keep `cursor` for the next query when that is safe and cheap, else close it.

        Only psycopg 3 cursors are kept (DB-API leaves re-use to the driver; psycopg's
        cursor re-executes cleanly and costs as much to make as a point lookup's own
        work). One holding a big result is closed, so an idle connection holds no rows.
        """
        result = getattr(cursor, "pgresult", None) if self._status is not None else None
        if result is not None and result.ntuples <= _KEPT_RESULT_ROWS:
            self._cursor = cursor
        else:
            cursor.close()

    def session_read_only(self) -> bool:
        """Whether the session's read-only default is on, as the server last reported it
        (False when the driver cannot say: the engine then opens read-only transactions)."""
        if self._status is not None:
            return self._status(_READ_ONLY_SETTING_BYTES) == b"on"  # type: ignore[no-any-return]
        return self._status_text is not None and self._status_text(_READ_ONLY_SETTING) == "on"

    def stop_for(self, cursor: Any) -> Callable[[], None]:
        """What stops `cursor`'s statement (the connection's cancel is looked up once)."""
        if self._driver_stop is not None:
            return self._driver_stop
        stop = canceller(cursor, self.driver)
        if getattr(stop, "__self__", None) is self.driver:
            self._driver_stop = stop
        return stop

    def discard(self) -> None:
        self._cursor = None
        self.fairy.invalidate()
        self.fairy.close()


def canceller(cursor: Any, driver: Any) -> Callable[[], None]:
    """What stops the running statement: the cursor's cancel, else the connection's."""
    for target in (cursor, driver):
        stop = getattr(target, "cancel", None)
        if callable(stop):
            return stop  # type: ignore[no-any-return]
    return _cannot_cancel


def _cannot_cancel() -> None:
    """A driver with no cancel: the statement runs until the server's own timeout."""


def is_broken(driver_connection: Any) -> bool:
    """Whether the driver says the connection is lost (psycopg 3 `broken`, DB-API `closed`)."""
    return bool(
        getattr(driver_connection, "broken", False) or getattr(driver_connection, "closed", False)
    )


def lost_connection(exc: BaseException) -> bool:
    """Whether `exc` says the connection is gone before the driver marks it broken: psycopg's
    OperationalError with no SQLSTATE is raised by the client ("connection socket closed"),
    not by the server about the query (those carry a SQLSTATE)."""
    return type(exc).__name__ == "OperationalError" and getattr(exc, "sqlstate", "") is None


def is_timeout(exc: BaseException) -> bool:
    return getattr(exc, "sqlstate", None) in _TIMEOUT_SQLSTATES or "statement timeout" in str(exc)


# PostgreSQL type OIDs -> the names `type_name` gives the values psycopg returns for them.
_PG_TYPE_NAMES = {
    16: "BOOLEAN",
    20: "BIGINT",
    21: "BIGINT",
    23: "BIGINT",
    26: "BIGINT",
    700: "DOUBLE",
    701: "DOUBLE",
    1700: "DECIMAL",
    1082: "DATE",
    1114: "TIMESTAMP",
    1184: "TIMESTAMP",
    1083: "TIME",
    1266: "TIME",
    17: "BLOB",
}


def result_columns(cursor: Any, encoding: str) -> tuple[list[str], list[str] | None]:
    """The result's column names, and their types where the driver says them cheaply.

    psycopg 3 exposes libpq's result: names and type OIDs read from it directly cost a
    fraction of `description`, which builds an object per column (it shows on sub-ms
    queries); the decoded forms are remembered by the raw ones (a library runs the same few
    shapes). Other drivers: names from `description`, types later from the values.
    """
    result = getattr(cursor, "pgresult", None)
    if result is None:
        return [d[0] for d in cursor.description or []], None
    width = range(result.nfields)
    raw_names = (encoding, *map(result.fname, width))
    names = _NAMES.get(raw_names)
    if names is None:
        names = _remember(_NAMES, raw_names, [n.decode(encoding, "replace") for n in raw_names[1:]])
    oids = tuple(map(result.ftype, width))
    types = _TYPES.get(oids)
    if types is None:
        types = _remember(_TYPES, oids, [_PG_TYPE_NAMES.get(oid, "VARCHAR") for oid in oids])
    return list(names), list(types)


_NAMES: dict[tuple, list[str]] = {}
_TYPES: dict[tuple[int, ...], list[str]] = {}
_REMEMBERED = 4096  # result shapes kept per table; beyond that they are forgotten all at once


def _remember(table: dict, key: tuple, value: list[str]) -> list[str]:
    if len(table) >= _REMEMBERED:
        table.clear()
    table[key] = value
    return value


def column_types_from_values(width: int, rows: list[tuple]) -> list[str]:
    """Each column's type, named from its first value that is not NULL ("" if none is)."""
    types = [""] * width
    unknown = set(range(width))
    for row in rows:
        for i in [i for i in unknown if row[i] is not None]:
            types[i] = type_name(row[i])
            unknown.discard(i)
        if not unknown:
            break
    return types
