"""Query engines: run library SQL with bound values, a row cap and a real timeout.

SQL arrives with `:name` binds (the library format); each engine converts them to its own
placeholders and passes the values separately, never inside the text. Failures become
`QueryFailed` with one short line for the person; the full detail goes to the log.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import math
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from bot.errors import ConfigError, QueryFailed
from bot.library.sqltext import find_binds, replace_binds

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

ENGINE_NAMES = ("duckdb", "athena")


@dataclass
class QueryResult:
    columns: list[str]
    column_types: list[str]
    rows: list[tuple]
    row_count: int  # rows returned, after the cap
    elapsed_ms: float
    truncated: bool  # the query had more rows than the cap


class Engine(Protocol):
    name: str

    def run(
        self, sql: str, binds: Mapping[str, Any], *, timeout_s: float, max_rows: int
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


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0].strip() if text else type(exc).__name__
    return line if len(line) <= 300 else line[:297] + "..."


def timeout_message(timeout_s: float) -> str:
    return f"The query took longer than {timeout_s:g} s and was stopped."


class DuckDBEngine:
    """A read-only DuckDB warehouse file; one connection, one cursor per query (thread-safe)."""

    name = "duckdb"

    def __init__(self, path: Path | str) -> None:
        import duckdb

        self.path = Path(path)
        if not self.path.is_file():
            raise ConfigError(f"Warehouse file not found: {self.path}")
        try:
            self._con = duckdb.connect(str(self.path), read_only=True)
        except duckdb.Error as exc:
            log.warning("cannot open warehouse %s", self.path, exc_info=True)
            raise ConfigError(f"Cannot open the warehouse {self.path}: {first_line(exc)}") from None
        self._lock = threading.Lock()
        self._closed = False

    def _cursor(self):  # type: ignore[no-untyped-def]
        with self._lock:
            if self._closed:
                raise QueryFailed("The warehouse connection is closed.")
            return self._con.cursor()

    def run(
        self, sql: str, binds: Mapping[str, Any], *, timeout_s: float = 30.0, max_rows: int = 5000
    ) -> QueryResult:
        import duckdb

        params = used_binds(sql, binds)
        text = replace_binds(sql, lambda name: f"${name}")
        cursor = self._cursor()
        fired = threading.Event()

        def _stop() -> None:
            fired.set()
            cursor.interrupt()

        timer = threading.Timer(timeout_s, _stop)
        timer.daemon = True
        started = time.perf_counter()
        timer.start()
        try:
            cursor.execute(text, params)
            description = cursor.description or []
            fetched = cursor.fetchmany(max(0, max_rows) + 1) if description else []
        except duckdb.Error as exc:
            if fired.is_set() or isinstance(exc, duckdb.InterruptException):
                log.warning("query stopped after %.1f s: %s", timeout_s, sql)
                raise QueryFailed(timeout_message(timeout_s)) from None
            log.warning("query failed: %s\nSQL: %s\nbinds: %r", exc, sql, params, exc_info=True)
            raise QueryFailed(f"The query failed: {first_line(exc)}") from None
        finally:
            timer.cancel()
            cursor.close()
        elapsed_ms = (time.perf_counter() - started) * 1000
        truncated = len(fetched) > max_rows
        rows = [tuple(r) for r in fetched[: max(0, max_rows)]]
        return QueryResult(
            columns=[d[0] for d in description],
            column_types=[str(d[1]) for d in description],
            rows=rows,
            row_count=len(rows),
            elapsed_ms=elapsed_ms,
            truncated=truncated,
        )

    def explain(self, sql: str, binds: Mapping[str, Any]) -> str:
        import duckdb

        params = used_binds(sql, binds)
        text = "EXPLAIN " + replace_binds(sql, lambda name: f"${name}")
        cursor = self._cursor()
        try:
            rows = cursor.execute(text, params).fetchall()
        except duckdb.Error as exc:
            log.warning("explain failed: %s\nSQL: %s", exc, sql, exc_info=True)
            raise QueryFailed(f"The query failed: {first_line(exc)}") from None
        finally:
            cursor.close()
        return "\n".join(str(r[-1]) for r in rows)

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._con.close()


def _workspace_today(settings: Settings) -> dt.date:
    return dt.datetime.now(settings.tz).date()


def make_engine(name: str, settings: Settings, *, today: dt.date | None = None) -> Engine:
    """Build the engine called `name` from settings ("duckdb" or "athena").

    The DuckDB demo warehouse (the default path, WAREHOUSE_PATH unset) is generated on first
    use; an explicit WAREHOUSE_PATH that does not exist is a configuration error.
    """
    if name == "duckdb":
        path = settings.effective_warehouse_path
        if not path.exists():
            if settings.warehouse_path is not None:
                raise ConfigError(f"Warehouse file not found: {path} (check WAREHOUSE_PATH)")
            from bot.engines.demo_data import ensure_warehouse

            ensure_warehouse(
                path, scale=settings.demo_scale, today=today or _workspace_today(settings)
            )
        return DuckDBEngine(path)
    if name == "athena":
        from bot.engines.athena import athena_from_settings

        return athena_from_settings(settings)
    raise ConfigError(f"Unknown engine {name!r} (use one of: {', '.join(ENGINE_NAMES)})")


class EngineRegistry:
    """One engine per name, built on first use and shared (engines are thread-safe)."""

    def __init__(self, settings: Settings, *, today: dt.date | None = None) -> None:
        self.settings = settings
        self.today = today
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> Engine:
        with self._lock:
            engine = self._engines.get(name)
            if engine is None:
                engine = make_engine(name, self.settings, today=self.today)
                self._engines[name] = engine
            return engine

    def close(self) -> None:
        with self._lock:
            engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            try:
                engine.close()
            except Exception:
                log.exception("closing engine %s failed", engine.name)
