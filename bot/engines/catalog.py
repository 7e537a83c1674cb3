"""What the warehouse holds: its own tables, for checking SQL a person wants to promote.

Read through the sandboxed engine like any query (`bot.library.promote_guard` holds the SQL
and turns the rows into `schema.table` keys).
"""

from __future__ import annotations

import logging

from bot.engines.registry import EngineRegistry
from bot.errors import UserFacingError
from bot.library.promote_guard import WAREHOUSE_TABLES_SQL, tables_from_rows
from bot.settings import Settings

log = logging.getLogger(__name__)


def warehouse_tables(engines: EngineRegistry, settings: Settings) -> frozenset[str] | None:
    """The DuckDB warehouse's own tables (`schema.table`), or None when it cannot be read."""
    try:
        result = engines.get("duckdb").run(
            WAREHOUSE_TABLES_SQL, {}, timeout_s=settings.query_timeout_s, max_rows=100_000
        )
    except UserFacingError as exc:
        log.warning("cannot list the warehouse tables for a promotion: %s", exc.reason)
        return None
    return tables_from_rows(result.rows)
