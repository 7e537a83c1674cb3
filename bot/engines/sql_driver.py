"""What the SQL engine asks of a DB-API connection: its session state, its result, its stop.

A `KeptConnection` is a pooled connection the engine holds between queries with what it knows
of its session (read-only default checked, timeout set). psycopg 3 gets a faster path where the
generic DB-API one costs time that shows on sub-millisecond queries: the read-only setting and
the result's column names and types are read from libpq directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from bot.engines.base import type_name

_TIMEOUT_SQLSTATES = {"57014"}  # PostgreSQL query_canceled

_READ_ONLY_SETTING = "default_transaction_read_only"
_READ_ONLY_SETTING_BYTES = _READ_ONLY_SETTING.encode()


def reported_read_only(driver_connection: Any) -> str | None:
    """The session's read-only default as the server last reported it, or None if unknown."""
    pgconn = getattr(driver_connection, "pgconn", None)  # psycopg 3: read libpq's copy directly
    if pgconn is not None:
        value = pgconn.parameter_status(_READ_ONLY_SETTING_BYTES)
        return value.decode() if value is not None else None
    status = getattr(driver_connection, "get_parameter_status", None)  # psycopg2
    return status(_READ_ONLY_SETTING) if callable(status) else None


def start_read_only_session(dbapi_connection: Any, _record: Any) -> None:
    """A new PostgreSQL connection: every transaction read-only unless a query says otherwise."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"SET SESSION {_READ_ONLY_SETTING} = on")
    finally:
        cursor.close()
    dbapi_connection.commit()


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

    def discard(self) -> None:
        self.fairy.invalidate()
        self.fairy.close()


def canceller(cursor: Any, driver: Any) -> Callable[[], None]:
    """What stops the running statement: the cursor's cancel, else the connection's."""

    def cancel() -> None:
        for target in (cursor, driver):
            stop = getattr(target, "cancel", None)
            if callable(stop):
                stop()
                return

    return cancel


def is_broken(driver_connection: Any) -> bool:
    """Whether the driver says the connection is lost (psycopg 3 `broken`, DB-API `closed`)."""
    return bool(
        getattr(driver_connection, "broken", False) or getattr(driver_connection, "closed", False)
    )


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
    queries). Other drivers: names from `description`, types later from the values.
    """
    result = getattr(cursor, "pgresult", None)
    if result is not None:
        width = range(result.nfields)
        names = [result.fname(i).decode(encoding, "replace") for i in width]
        return names, [_PG_TYPE_NAMES.get(result.ftype(i), "VARCHAR") for i in width]
    return [d[0] for d in cursor.description or []], None


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
