"""Named engines: the built-in `duckdb` and `athena`, plus any configured in ENGINES_FILE or
by an `ENGINE_<NAME>_URL` variable (`ENGINE_SHOP_PG_URL=postgresql+psycopg://…` is the engine
`shop_pg`; it wins over the file's engine of the same name).

A query's `engine:` header names one of them. ENGINES_FILE is a YAML mapping:

    engines:
      shop_pg:
        url: postgresql+psycopg://reader@db.internal:5432/shop   # any SQLAlchemy URL
      lake:
        url: athena://                # Amazon Athena with the ATHENA_* settings
        database: lake                # …or its own database / workgroup / output_location
      archive:
        url: duckdb:////srv/archive.duckdb   # another DuckDB file, sandboxed like the warehouse

Each engine is built on first use and shared (engines are thread-safe); a bad file, an unknown
key or a name used by a query but not configured is a `ConfigError` that names it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.engines.athena import athena_from_settings
from bot.engines.base import Engine, QueryResult
from bot.engines.duckdb_engine import DuckDBEngine
from bot.errors import ConfigError, echoed, read_text_file
from bot.redaction import remember, url_passwords

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

BUILTIN_ENGINES = ("duckdb", "athena")
ENGINE_KEYS = {
    "url",
    "dialect",
    "database",
    "workgroup",
    "output_location",
    "region",
    "endpoint_url",
}
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")  # as the library loader checks `engine:`

# sqlglot's dialect for each SQLAlchemy backend (the part of the URL before `+driver`).
SQLGLOT_DIALECTS = {
    "duckdb": "duckdb",
    "athena": "athena",
    "awsathena": "athena",
    "postgresql": "postgres",
    "postgres": "postgres",
    "redshift": "redshift",
    "trino": "trino",
    "presto": "presto",
    "mysql": "mysql",
    "mariadb": "mysql",
    "snowflake": "snowflake",
    "bigquery": "bigquery",
    "databricks": "databricks",
    "mssql": "tsql",
    "oracle": "oracle",
    "sqlite": "sqlite",
    "clickhouse": "clickhouse",
}

__all__ = [
    "BUILTIN_ENGINES",
    "DuckDBEngine",
    "Engine",
    "EngineConfig",
    "EngineRegistry",
    "QueryResult",
    "load_engine_configs",
    "make_engine",
]


@dataclass(frozen=True)
class EngineConfig:
    """One engine of ENGINES_FILE: its name, URL and the SQL dialect its queries are written in."""

    name: str
    url: str
    dialect: str
    options: dict[str, str] = field(default_factory=dict)

    @property
    def backend(self) -> str:
        return _backend(self.url)


def _backend(url: str) -> str:
    """The database kind of an SQLAlchemy URL: `postgresql+psycopg://…` → `postgresql`."""
    return url.split(":", 1)[0].split("+", 1)[0].lower()


def load_engine_configs(path: Path | None) -> dict[str, EngineConfig]:
    """Parse ENGINES_FILE; every problem is a `ConfigError` naming the file and the engine."""
    if path is None:
        return {}
    import yaml

    where = f"ENGINES_FILE {path}"
    try:
        data = yaml.safe_load(read_text_file(path, "ENGINES_FILE"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path}{line}: not valid YAML") from None
    except (ValueError, OverflowError) as exc:  # a value like a date that is none: 2026-13-01
        raise ConfigError(f"{path}: not valid YAML: {str(exc)[:200]}") from None
    engines = (data or {}).get("engines") if isinstance(data, dict) else None
    if not isinstance(engines, dict):
        raise ConfigError(f"{where}: expected a mapping under 'engines:'")
    configs: dict[str, EngineConfig] = {}
    for name, spec in engines.items():
        name = str(name)
        if not _NAME.match(name):
            raise ConfigError(
                f"{where}: engine name {name!r} must be letters, digits and underscores"
            )
        if not isinstance(spec, dict) or not spec.get("url"):
            raise ConfigError(f"{where}: engine {name!r} needs a 'url'")
        unknown = sorted(set(map(str, spec)) - ENGINE_KEYS)
        if unknown:
            raise ConfigError(f"{where}: engine {name!r} has unknown key {unknown[0]!r}")
        url = str(spec["url"])
        backend = _backend(url)
        dialect = str(spec.get("dialect") or SQLGLOT_DIALECTS.get(backend, backend))
        options = {k: str(v) for k, v in spec.items() if k not in ("url", "dialect")}
        configs[name] = EngineConfig(name, url, dialect, options)
    return configs


def engine_url_configs(pairs: Iterable[str]) -> dict[str, EngineConfig]:
    """Engines from ENGINE_<NAME>_URL variables (`Settings.engine_urls`, "name=url" each)."""
    configs: dict[str, EngineConfig] = {}
    for pair in pairs:
        name, _, url = pair.partition("=")
        name, url = name.strip(), url.strip()
        variable = f"ENGINE_{name.upper()}_URL"
        if not _NAME.match(name):
            raise ConfigError(
                f"Invalid setting {variable}: the engine name must be letters, digits and underscores"
            )
        if not url or ":" not in url:
            raise ConfigError(f"Invalid setting {variable}={url!r}: not a database URL")
        backend = _backend(url)
        configs[name] = EngineConfig(name, url, SQLGLOT_DIALECTS.get(backend, backend))
    return configs


def folder_not_warehouse(path: Path, is_setting: bool) -> str:
    """The refusal of a folder where the warehouse's DuckDB file should be, naming the setting
    it came from (WAREHOUSE_PATH, or DATA_DIR's demo warehouse when that is unset)."""
    if is_setting:
        return f"WAREHOUSE_PATH={path} is a folder, not a DuckDB file (give the warehouse's file)"
    return (
        f"{path} is a folder, not the demo warehouse's DuckDB file "
        "(WAREHOUSE_PATH is unset, so the warehouse is DATA_DIR/warehouse.duckdb; move it away)"
    )


def _duckdb_warehouse(settings: Settings, today: dt.date | None) -> DuckDBEngine:
    """The DuckDB warehouse; the demo one (WAREHOUSE_PATH unset) is generated on first use."""
    path = settings.effective_warehouse_path
    if path.is_dir():
        raise ConfigError(folder_not_warehouse(path, settings.warehouse_path is not None))
    if not path.exists():
        if settings.warehouse_path is not None:
            raise ConfigError(f"Warehouse file not found: {path} (check WAREHOUSE_PATH)")
        from bot.engines.demo_data import ensure_warehouse  # builds with a writable connection

        ensure_warehouse(path, scale=settings.demo_scale, today=today)
    return DuckDBEngine(
        path, memory_mb=settings.warehouse_memory_mb, threads=settings.warehouse_threads
    )


def _from_config(config: EngineConfig, settings: Settings) -> Engine:
    if config.backend == "duckdb":
        path = config.url.split(":///", 1)[-1] if ":///" in config.url else ""
        if not path or path == ":memory:":
            raise ConfigError(f"engine {config.name!r}: a DuckDB engine needs duckdb:///FILE")
        if Path(path).is_dir():
            raise ConfigError(f"engine {config.name!r}: {path} is a folder, not a DuckDB file")
        return DuckDBEngine(
            Path(path), memory_mb=settings.warehouse_memory_mb, threads=settings.warehouse_threads
        )
    if config.backend in ("athena", "awsathena"):
        return athena_from_settings(settings, **config.options)
    from bot.engines.sql_engine import SQLEngine  # sqlalchemy stays off the CLI's fast path

    return SQLEngine(config.name, config.url, timeout_s=settings.query_timeout_s)


def make_engine(
    name: str,
    settings: Settings,
    *,
    today: dt.date | None = None,
    configs: dict[str, EngineConfig] | None = None,
) -> Engine:
    """Build the engine called `name`: a configured one, else the built-in duckdb or athena.

    `today` is the last day of the demo warehouse if it has to be built (default: the fixed
    `demo_data.DEMO_TODAY`, so the demo data is the same whatever day it is built).
    """
    if configs is None:
        configs = {
            **load_engine_configs(settings.engines_file),
            **engine_url_configs(settings.engine_urls),
        }
    if name in configs:
        return _from_config(configs[name], settings)
    if name == "duckdb":
        return _duckdb_warehouse(settings, today)
    if name == "athena":
        return athena_from_settings(settings)
    known = ", ".join(sorted({*BUILTIN_ENGINES, *configs}))
    raise ConfigError(f"Unknown engine {echoed(name)} (use one of: {known})")


class EngineRegistry:
    """One engine per name, built on first use and shared (engines are thread-safe).

    ENGINES_FILE is read when the registry is made, so a broken file stops start-up.
    """

    def __init__(self, settings: Settings, *, today: dt.date | None = None) -> None:
        self.settings = settings
        self.today = today
        # ENGINE_<NAME>_URL variables win over ENGINES_FILE for the same name.
        self.configs = {
            **load_engine_configs(settings.engines_file),
            **engine_url_configs(settings.engine_urls),
        }
        # The warehouses' passwords are secrets like the bot's own: never in a message or log.
        remember(url_passwords(c.url for c in self.configs.values()))
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(sorted({*BUILTIN_ENGINES, *self.configs}))

    def dialect(self, name: str) -> str:
        """The sqlglot dialect queries for engine `name` are written in."""
        if name in self.configs:
            return self.configs[name].dialect
        return "athena" if name == "athena" else "duckdb"

    def check(self, uses: Iterable[tuple[str, str]]) -> None:
        """Refuse start-up when a query names an engine nobody configured.

        `uses` holds (where, engine) pairs, `where` being the query's `file:line`.
        """
        problems = [
            f"{where}: unknown engine {engine!r} (configured: {', '.join(self.names)})"
            for where, engine in uses
            if engine not in self.names
        ]
        if problems:
            raise ConfigError("; ".join(problems))

    def get(self, name: str) -> Engine:
        with self._lock:
            engine = self._engines.get(name)
            if engine is None:
                engine = make_engine(name, self.settings, today=self.today, configs=self.configs)
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


def library_engine_uses(library: Iterable[Any]) -> list[tuple[str, str]]:
    """(file:line, engine) for every query of `library`, for `EngineRegistry.check`."""
    uses = []
    for query in library:
        where = f"{query.path or query.name}:{max(1, query.body_line - 1)}"
        uses.append((where, query.engine))
    return uses
