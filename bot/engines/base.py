"""The engine protocol, the result every engine returns, and the error tier they share.

SQL arrives with `:name` binds (the library format); each engine turns them into its own
placeholders and passes the values separately, never inside the text. A failure becomes
`QueryFailed` with one short line for the person; the full detail (SQL, values, traceback)
goes to the log.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from bot.errors import QueryFailed
from bot.library.sqltext import find_binds

log = logging.getLogger(__name__)


@dataclass
class QueryResult:
    columns: list[str]
    column_types: list[str]
    rows: list[tuple]
    row_count: int  # rows returned, after the cap
    elapsed_ms: float
    truncated: bool  # the query had more rows than the cap
    # Engines that bill by data read (Athena) fill these; None where it means nothing.
    bytes_scanned: int | None = None
    cost_usd: float | None = None
    reused: bool = False  # the engine answered from its own result cache (Athena reuse)


class Engine(Protocol):
    name: str

    def run(
        self,
        sql: str,
        binds: Mapping[str, Any],
        *,
        timeout_s: float,
        max_rows: int,
        max_bytes: int | None = None,
    ) -> QueryResult: ...

    def explain(self, sql: str, binds: Mapping[str, Any]) -> str: ...

    def close(self) -> None: ...


def to_plain(value: Any) -> Any:
    """`value` as something JSON and CSV writers accept (dates as ISO text, decimals as float)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None
        return int(value) if value.as_tuple().exponent >= 0 else float(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [to_plain(v) for v in value]
    return str(value)


def used_binds(sql: str, binds: Mapping[str, Any]) -> dict[str, Any]:
    """The binds `sql` names, in order; a name with no value is a refusal, not a NULL."""
    values: dict[str, Any] = {}
    for name, _line in find_binds(sql):
        if name in values:
            continue
        if name not in binds:
            raise QueryFailed(f"The query needs a value for :{name}.")
        values[name] = binds[name]
    return values


def first_line(exc: BaseException | str) -> str:
    text = str(exc).strip().splitlines()
    line = text[0].strip() if text else type(exc).__name__
    return line if len(line) <= 300 else line[:297] + "..."


def timeout_message(timeout_s: float) -> str:
    return f"The query took longer than {timeout_s:g} s and was stopped."


def query_failed(
    exc: BaseException, sql: str, binds: Mapping[str, Any] | None = None
) -> QueryFailed:
    """Log `exc` in full (SQL, values, traceback); return the one line the person sees."""
    log.warning("query failed: %s\nSQL: %s\nbinds: %r", exc, sql, dict(binds or {}), exc_info=exc)
    return QueryFailed(f"The query failed: {first_line(exc)}")


def query_timed_out(timeout_s: float, sql: str) -> QueryFailed:
    log.warning("query stopped after %.1f s: %s", timeout_s, sql)
    return QueryFailed(timeout_message(timeout_s))


def type_name(value: Any) -> str:
    """A SQL type name for a Python value, for engines whose drivers report only type codes."""
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int):
        return "BIGINT"
    if isinstance(value, float):
        return "DOUBLE"
    if isinstance(value, Decimal):
        return "DECIMAL"
    if isinstance(value, dt.datetime):
        return "TIMESTAMP"
    if isinstance(value, dt.date):
        return "DATE"
    if isinstance(value, dt.time):
        return "TIME"
    if isinstance(value, bytes | bytearray | memoryview):
        return "BLOB"
    return "VARCHAR"
