"""Amazon Athena as a query engine, through boto3's athena client.

Athena takes positional `?` placeholders with values given as SQL literals in
`ExecutionParameters` (a separate list, never the query text): `:name` binds become `?` in
order, each value turned into a literal by `athena_literal`. boto3 is optional and imported
only when an Athena engine is built. Settings come from the environment: ATHENA_DATABASE
(required), ATHENA_WORKGROUP, ATHENA_OUTPUT_LOCATION, AWS_REGION.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from bot.engines.registry import QueryResult, first_line, timeout_message
from bot.errors import ConfigError, QueryFailed
from bot.library.sqltext import find_binds, replace_binds

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

_PAGE = 1000  # get_query_results returns at most 1000 rows per call


def athena_literal(value: Any) -> str:
    """`value` as an Athena (Trino) SQL literal for ExecutionParameters."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise QueryFailed("The query failed: a number parameter is not finite.")
        return repr(value)
    if isinstance(value, Decimal):
        return f"DECIMAL '{value}'"
    if isinstance(value, dt.datetime):
        return f"TIMESTAMP '{value.isoformat(sep=' ')}'"
    if isinstance(value, dt.date):
        return f"DATE '{value.isoformat()}'"
    return "'" + str(value).replace("'", "''") + "'"


def to_positional(sql: str, binds: Mapping[str, Any]) -> tuple[str, list[str]]:
    """Replace `:name` binds by `?` and return the matching ExecutionParameters, in order."""
    params: list[str] = []
    for name, _line in find_binds(sql):
        if name not in binds:
            raise QueryFailed(f"The query needs a value for :{name}.")
        params.append(athena_literal(binds[name]))
    return replace_binds(sql, lambda _name: "?"), params


def _convert(value: str | None, athena_type: str) -> Any:
    if value is None:
        return None
    t = athena_type.lower()
    try:
        if t in ("tinyint", "smallint", "integer", "int", "bigint"):
            return int(value)
        if t in ("double", "float", "real"):
            return float(value)
        if t.startswith("decimal"):
            return Decimal(value)
        if t == "boolean":
            return value.lower() == "true"
        if t == "date":
            return dt.date.fromisoformat(value)
        if t.startswith("timestamp"):
            return dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return value


class AthenaEngine:
    """Runs queries on Athena; polls with a bounded loop and stops the query on timeout."""

    name = "athena"

    def __init__(
        self,
        client: Any,
        *,
        database: str,
        workgroup: str = "primary",
        output_location: str = "",
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.database = database
        self.workgroup = workgroup
        self.output_location = output_location
        self._sleep = sleep
        self._clock = clock

    def _start(self, sql: str, params: list[str]) -> str:
        request: dict[str, Any] = {
            "QueryString": sql,
            "QueryExecutionContext": {"Database": self.database},
            "WorkGroup": self.workgroup,
        }
        if self.output_location:
            request["ResultConfiguration"] = {"OutputLocation": self.output_location}
        if params:
            request["ExecutionParameters"] = params
        try:
            return self.client.start_query_execution(**request)["QueryExecutionId"]
        except Exception as exc:
            log.warning("athena start failed: %s\nSQL: %s", exc, sql, exc_info=True)
            raise QueryFailed(f"The query failed: {first_line(exc)}") from None

    def _wait(self, execution_id: str, timeout_s: float) -> None:
        deadline = self._clock() + timeout_s
        delay = 0.2
        while True:
            try:
                status = self.client.get_query_execution(QueryExecutionId=execution_id)[
                    "QueryExecution"
                ]["Status"]
            except Exception as exc:
                log.warning("athena status failed for %s", execution_id, exc_info=True)
                raise QueryFailed(f"The query failed: {first_line(exc)}") from None
            state = status.get("State")
            if state == "SUCCEEDED":
                return
            if state in ("FAILED", "CANCELLED"):
                reason = status.get("StateChangeReason") or state.lower()
                log.warning("athena query %s %s: %s", execution_id, state, reason)
                raise QueryFailed(f"The query failed: {reason.splitlines()[0]}")
            if self._clock() >= deadline:
                try:
                    self.client.stop_query_execution(QueryExecutionId=execution_id)
                except Exception:
                    log.warning("could not stop athena query %s", execution_id, exc_info=True)
                log.warning("athena query %s stopped after %.1f s", execution_id, timeout_s)
                raise QueryFailed(timeout_message(timeout_s))
            self._sleep(max(0.0, min(delay, deadline - self._clock())))
            delay = min(delay * 2, 2.0)

    def _results(
        self, execution_id: str, max_rows: int
    ) -> tuple[list[str], list[str], list[tuple], bool]:
        columns: list[str] = []
        types: list[str] = []
        rows: list[tuple] = []
        token: str | None = None
        header_skipped = False
        while True:
            request: dict[str, Any] = {"QueryExecutionId": execution_id, "MaxResults": _PAGE}
            if token:
                request["NextToken"] = token
            try:
                page = self.client.get_query_results(**request)
            except Exception as exc:
                log.warning("athena results failed for %s", execution_id, exc_info=True)
                raise QueryFailed(f"The query failed: {first_line(exc)}") from None
            result_set = page.get("ResultSet", {})
            if not columns:
                info = result_set.get("ResultSetMetadata", {}).get("ColumnInfo", [])
                columns = [c.get("Label") or c["Name"] for c in info]
                types = [c.get("Type", "varchar") for c in info]
            for raw in result_set.get("Rows", []):
                values = [d.get("VarCharValue") for d in raw.get("Data", [])]
                # A SELECT's first result row repeats the column names.
                if not header_skipped:
                    header_skipped = True
                    if values == columns:
                        continue
                if len(rows) > max_rows:
                    break
                rows.append(tuple(_convert(v, t) for v, t in zip(values, types, strict=False)))
            token = page.get("NextToken")
            if not token or len(rows) > max_rows:
                break
        truncated = len(rows) > max_rows
        return columns, types, rows[:max_rows], truncated

    def run(
        self, sql: str, binds: Mapping[str, Any], *, timeout_s: float = 30.0, max_rows: int = 5000
    ) -> QueryResult:
        text, params = to_positional(sql, binds)
        started = time.perf_counter()
        execution_id = self._start(text, params)
        self._wait(execution_id, timeout_s)
        columns, types, rows, truncated = self._results(execution_id, max(0, max_rows))
        return QueryResult(
            columns=columns,
            column_types=types,
            rows=rows,
            row_count=len(rows),
            elapsed_ms=(time.perf_counter() - started) * 1000,
            truncated=truncated,
        )

    def explain(self, sql: str, binds: Mapping[str, Any]) -> str:
        text, params = to_positional(sql, binds)
        execution_id = self._start("EXPLAIN " + text, params)
        self._wait(execution_id, 60.0)
        _columns, _types, rows, _truncated = self._results(execution_id, 10_000)
        return "\n".join(" ".join(str(v) for v in row if v is not None) for row in rows)

    def close(self) -> None:
        close = getattr(self.client, "close", None)
        if callable(close):
            close()


def _setting(settings: Settings | None, name: str, default: str = "") -> str:
    value = getattr(settings, name.lower(), None) if settings is not None else None
    return str(value or os.environ.get(name, "") or default)


def athena_from_settings(settings: Settings | None = None) -> AthenaEngine:
    """Build an AthenaEngine from settings or the environment; boto3 is imported here."""
    try:
        import boto3  # type: ignore[import-not-found]
    except ImportError:
        raise ConfigError("Athena needs boto3: pip install boto3") from None
    database = _setting(settings, "ATHENA_DATABASE")
    if not database:
        raise ConfigError("Athena needs ATHENA_DATABASE (the Glue database to query)")
    region = _setting(settings, "AWS_REGION") or None
    client = boto3.client("athena", region_name=region)
    return AthenaEngine(
        client,
        database=database,
        workgroup=_setting(settings, "ATHENA_WORKGROUP", "primary"),
        output_location=_setting(settings, "ATHENA_OUTPUT_LOCATION"),
    )
