"""Amazon Athena as a query engine, through boto3's athena client (`pip install '.[athena]'`).

Athena takes positional `?` placeholders with values given as SQL literals in
`ExecutionParameters` (a separate list, never the query text): `:name` binds become `?` in
order, each value turned into a literal by `athena_literal`. Every API call is retried with
backoff when Athena throttles. While the query runs the engine polls its state and the bytes it
has read: past the timeout or past the byte cap (the query's `max_bytes`, else the global
default, never above the workgroup's own BytesScannedCutoffPerQuery) it stops the query on
Athena, as it does at the first poll after a *Cancel* click (`bot.engines.cancel`). The result
carries the bytes scanned and their cost; Athena's result reuse is asked for when configured.
boto3 is imported only when an Athena engine is built (the CLI's fast paths never need it).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from bot.engines.base import (
    QueryResult,
    first_line,
    read_only_problem,
    server_access_problem,
    timeout_message,
)
from bot.engines.cancel import QueryCancelled, was_cancelled
from bot.engines.cost import effective_cap, human_bytes, scan_cost
from bot.errors import ConfigError, QueryFailed
from bot.library.sqltext import find_binds, replace_binds

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

_PAGE = 1000  # get_query_results returns at most 1000 rows per call
THROTTLING_CODES = {"ThrottlingException", "TooManyRequestsException", "Throttling"}


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


def _error_code(exc: BaseException) -> str:
    response = getattr(exc, "response", None)
    if isinstance(response, dict):
        return str(response.get("Error", {}).get("Code", ""))
    return type(exc).__name__


class AthenaEngine:
    """Runs queries on Athena; polls with a bounded loop and stops the query on its guards."""

    name = "athena"

    def __init__(
        self,
        client: Any,
        *,
        database: str,
        workgroup: str = "primary",
        output_location: str = "",
        price_per_tb: float = 5.0,
        max_bytes: int | None = None,
        reuse_minutes: int = 0,
        retries: int = 5,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.database = database
        self.workgroup = workgroup
        self.output_location = output_location
        self.price_per_tb = price_per_tb
        self.max_bytes = max_bytes
        self.reuse_minutes = reuse_minutes
        self.retries = retries
        self._sleep = sleep
        self._clock = clock
        self._workgroup_cutoff: int | None | bool = False  # False: not asked yet

    def _call(self, operation: str, **request: Any) -> dict:
        """One API call, retried with exponential backoff while Athena throttles."""
        delay = 0.5
        for attempt in range(self.retries + 1):
            try:
                return getattr(self.client, operation)(**request)
            except Exception as exc:
                if _error_code(exc) not in THROTTLING_CODES or attempt == self.retries:
                    raise
                log.info("athena %s throttled; retrying in %.1f s", operation, delay)
                self._sleep(delay)
                delay = min(delay * 2, 8.0)
        raise AssertionError("unreachable")  # pragma: no cover

    def workgroup_cutoff(self) -> int | None:
        """The workgroup's BytesScannedCutoffPerQuery (asked once; None when it has none)."""
        if self._workgroup_cutoff is False:
            try:
                group = self._call("get_work_group", WorkGroup=self.workgroup)["WorkGroup"]
                cutoff = group.get("Configuration", {}).get("BytesScannedCutoffPerQuery")
            except Exception:
                log.info(
                    "cannot read workgroup %s; no cutoff assumed", self.workgroup, exc_info=True
                )
                cutoff = None
            self._workgroup_cutoff = int(cutoff) if cutoff else None
        return self._workgroup_cutoff  # type: ignore[return-value]

    def _start(self, sql: str, params: list[str], *, reuse: bool = True) -> str:
        request: dict[str, Any] = {
            "QueryString": sql,
            "QueryExecutionContext": {"Database": self.database},
            "WorkGroup": self.workgroup,
        }
        if self.output_location:
            request["ResultConfiguration"] = {"OutputLocation": self.output_location}
        if params:
            request["ExecutionParameters"] = params
        if reuse and self.reuse_minutes > 0:
            request["ResultReuseConfiguration"] = {
                "ResultReuseByAgeConfiguration": {
                    "Enabled": True,
                    "MaxAgeInMinutes": self.reuse_minutes,
                }
            }
        try:
            return self._call("start_query_execution", **request)["QueryExecutionId"]
        except Exception as exc:
            log.warning("athena start failed: %s\nSQL: %s", exc, sql, exc_info=True)
            raise QueryFailed(f"The query failed: {first_line(exc)}") from None

    def _stop(self, execution_id: str) -> None:
        try:
            self._call("stop_query_execution", QueryExecutionId=execution_id)
        except Exception:
            log.warning("could not stop athena query %s", execution_id, exc_info=True)

    def _wait(self, execution_id: str, timeout_s: float, cap: int | None = None) -> dict:
        """Poll until the query ends; returns its final QueryExecution description."""
        deadline = self._clock() + timeout_s
        delay = 0.2
        while True:
            try:
                execution = self._call("get_query_execution", QueryExecutionId=execution_id)[
                    "QueryExecution"
                ]
            except Exception as exc:
                log.warning("athena status failed for %s", execution_id, exc_info=True)
                raise QueryFailed(f"The query failed: {first_line(exc)}") from None
            status = execution.get("Status", {})
            state = status.get("State")
            if was_cancelled() and state not in ("SUCCEEDED", "FAILED", "CANCELLED"):
                self._stop(execution_id)
                log.info("athena query %s cancelled on request", execution_id)
                raise QueryCancelled()
            scanned = execution.get("Statistics", {}).get("DataScannedInBytes")
            if state == "SUCCEEDED":
                return execution
            if state in ("FAILED", "CANCELLED"):
                reason = status.get("StateChangeReason") or state.lower()
                log.warning("athena query %s %s: %s", execution_id, state, reason)
                raise QueryFailed(f"The query failed: {first_line(reason)}")
            if cap is not None and scanned is not None and scanned > cap:
                self._stop(execution_id)
                log.warning("athena query %s stopped at %s scanned", execution_id, scanned)
                raise QueryFailed(
                    f"The query read more than its limit of {human_bytes(cap)} and was stopped."
                )
            if self._clock() >= deadline:
                self._stop(execution_id)
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
                page = self._call("get_query_results", **request)
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

    def _check(self, sql: str) -> None:
        """Only one reading statement goes to Athena: it runs whatever the bot's role may
        (`UNLOAD` to any bucket, `CREATE TABLE AS`, `DROP`), with no read-only mode."""
        problem = read_only_problem(sql) or server_access_problem(sql)
        if problem:
            raise QueryFailed(f"Only a single SELECT can run on {self.name} ({problem}).")

    def run(
        self,
        sql: str,
        binds: Mapping[str, Any],
        *,
        timeout_s: float = 30.0,
        max_rows: int = 5000,
        max_bytes: int | None = None,
    ) -> QueryResult:
        self._check(sql)
        text, params = to_positional(sql, binds)
        cap = effective_cap(max_bytes, self.max_bytes, self.workgroup_cutoff())
        started = time.perf_counter()
        execution_id = self._start(text, params)
        execution = self._wait(execution_id, timeout_s, cap)
        columns, types, rows, truncated = self._results(execution_id, max(0, max_rows))
        stats = execution.get("Statistics", {})
        scanned = stats.get("DataScannedInBytes")
        reused = bool(stats.get("ResultReuseInformation", {}).get("ReusedPreviousResult"))
        log.info("athena query %s read %s bytes (reused: %s)", execution_id, scanned, reused)
        return QueryResult(
            columns=columns,
            column_types=types,
            rows=rows,
            row_count=len(rows),
            elapsed_ms=(time.perf_counter() - started) * 1000,
            truncated=truncated,
            bytes_scanned=scanned,
            cost_usd=0.0 if reused else scan_cost(scanned, self.price_per_tb),
            reused=reused,
        )

    def explain(self, sql: str, binds: Mapping[str, Any]) -> str:
        self._check(sql)
        text, params = to_positional(sql, binds)
        execution_id = self._start("EXPLAIN " + text, params, reuse=False)
        self._wait(execution_id, 60.0)
        _columns, _types, rows, _truncated = self._results(execution_id, 10_000)
        return "\n".join(" ".join(str(v) for v in row if v is not None) for row in rows)

    def close(self) -> None:
        close = getattr(self.client, "close", None)
        if callable(close):
            close()


def athena_from_settings(
    settings: Settings,
    *,
    database: str = "",
    workgroup: str = "",
    output_location: str = "",
    region: str = "",
    endpoint_url: str = "",
) -> AthenaEngine:
    """Build an AthenaEngine from settings (ATHENA_*), each overridable by an ENGINES_FILE entry.

    boto3 is imported here: only a process that uses Athena pays for it, and a missing install
    says how to add it.
    """
    try:
        import boto3  # type: ignore[import-not-found]
    except ImportError:
        raise ConfigError(
            "Athena needs boto3: pip install 'datarequest[athena]' (or pip install boto3)"
        ) from None
    database = database or settings.athena_database
    if not database:
        raise ConfigError("Athena needs ATHENA_DATABASE (the Glue database to query)")
    options: dict[str, Any] = {"region_name": region or settings.aws_region or None}
    if endpoint_url or settings.athena_endpoint_url:
        options["endpoint_url"] = endpoint_url or settings.athena_endpoint_url
    client = boto3.client("athena", **options)
    return AthenaEngine(
        client,
        database=database,
        workgroup=workgroup or settings.athena_workgroup or "primary",
        output_location=output_location or settings.athena_output_location,
        price_per_tb=settings.athena_price_per_tb,
        max_bytes=settings.athena_max_bytes or None,
        reuse_minutes=settings.athena_result_reuse_minutes,
    )
