"""The demo warehouse: a DuckDB file for an online shop with subscriptions and an app.

Built entirely in DuckDB SQL (bot.engines.demo_sql) from a seed and a last day. The last day is
fixed (`DEMO_TODAY`, the day of the README's examples), not the day it is built, so the file is
identical whatever day it is generated; `demo-data --today` moves it on purpose.

`scale` 1.0 is about 100,000 customers and 1,000,000 orders; the warehouse is written to a
temporary file beside the target and renamed into place, so a half-built file never appears.
The file carries a `warehouse_info` table naming it the demo: `generate` replaces only such a
file (or none) unless told to `force`, so it never overwrites a warehouse it did not make.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.engines import demo_sql
from bot.errors import UserFacingError
from bot.settings_checks import MAX_DEMO_SCALE

log = logging.getLogger(__name__)

START_DATE = date(2024, 1, 1)
DEMO_TODAY = date(2026, 11, 22)  # the last day of the demo data, whatever day it is built
MARKER = "datarequest demo"  # warehouse_info.name of a file this module made
TABLES = (
    "customers",
    "products",
    "orders",
    "order_items",
    "refunds",
    "subscriptions",
    "events",
)


class DemoDataRefused(UserFacingError, ValueError):
    """Bad arguments or a file that is not ours to replace: one line for the operator."""


@dataclass(frozen=True)
class WarehouseStats:
    """What `generate` built: row counts per table, time taken and file size."""

    path: Path
    scale: float
    seed: int
    today: date
    row_counts: dict[str, int] = field(default_factory=dict)
    elapsed_s: float = 0.0
    size_bytes: int = 0


# 100 million orders: past any demo, and row counts a 64-bit integer holds.
MAX_SCALE = MAX_DEMO_SCALE  # also DEMO_SCALE's bound


def _sizes(scale: float) -> tuple[int, int]:
    n_customers = max(50, round(100_000 * scale))
    n_orders = max(500, round(1_000_000 * scale))
    return n_customers, n_orders


def is_demo_warehouse(path: Path) -> bool:
    """True when `path` is a warehouse this module generated (it carries the marker table)."""
    import duckdb

    try:
        with duckdb.connect(str(path), read_only=True) as con:
            row = con.execute("SELECT name FROM warehouse_info LIMIT 1").fetchone()
    except duckdb.Error:
        return False
    return row is not None and row[0] == MARKER


def _check_arguments(path: Path, scale: float, today: date, force: bool) -> None:
    if not scale > 0:
        raise DemoDataRefused(f"--scale must be more than 0 (got {scale:g}); try 0.05")
    if not scale <= MAX_SCALE:  # inf too: its row counts are no number
        raise DemoDataRefused(f"--scale must be at most {MAX_SCALE:g} (got {scale:g}); try 0.05")
    if today <= START_DATE:
        raise DemoDataRefused(f"--today must be after {START_DATE.isoformat()}")
    if path.exists() and not force and not is_demo_warehouse(path):
        raise DemoDataRefused(
            f"{path} exists and is not a demo warehouse made by datarequest; "
            "choose another --path, or pass --force to replace it"
        )


def generate(
    path: Path,
    scale: float = 0.05,
    seed: int = 42,
    today: date | None = None,
    *,
    force: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> WarehouseStats:
    """Build the demo warehouse at `path` (replacing an older demo file) and return its stats.

    `progress(done, total, table)` hears of each table built (a progress line in the CLI)."""
    import duckdb  # the demo build alone needs a writable connection

    today = today or DEMO_TODAY
    path = Path(path)
    _check_arguments(path, scale, today, force)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file where a folder of the path should be, a read-only disk
        raise DemoDataRefused(
            f"Cannot make the folder {path.parent}: {exc.strerror or exc}; choose another --path"
        ) from None
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    _remove(tmp)
    n_customers, n_orders = _sizes(scale)
    started = time.perf_counter()
    try:
        con = duckdb.connect(str(tmp))
        try:
            counts = _build(
                con,
                scale=scale,
                seed=seed,
                today=today,
                sizes=(n_customers, n_orders),
                progress=progress,
            )
        finally:
            con.close()
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    elapsed = time.perf_counter() - started
    stats = WarehouseStats(
        path=path,
        scale=scale,
        seed=seed,
        today=today,
        row_counts=counts,
        elapsed_s=elapsed,
        size_bytes=path.stat().st_size,
    )
    log.info("demo warehouse %s built in %.1f s: %s", path, elapsed, counts)
    return stats


def _build(  # type: ignore[no-untyped-def]
    con,
    *,
    scale: float,
    seed: int,
    today: date,
    sizes: tuple[int, int],
    progress: Callable[[int, int, str], None] | None = None,
) -> dict[str, int]:
    n_customers, n_orders = sizes
    # DuckDB draws a progress bar on stdout for long statements; keep output clean.
    con.execute("SET enable_progress_bar = false")
    con.execute("SET VARIABLE marker = ?", [MARKER])
    con.execute("SET VARIABLE seed = ?", [int(seed)])
    con.execute("SET VARIABLE scale = ?", [float(scale)])
    con.execute("SET VARIABLE today = ?", [today])
    con.execute("SET VARIABLE n_customers = ?", [n_customers])
    # About 40% of customers place a first order soon after signing up; the rest of the order
    # volume is spread by customer size and active span.
    con.execute("SET VARIABLE n_extra_orders = ?", [max(0, n_orders - 0.38 * n_customers)])
    # Scales the app-activity draws so events stay near 4 rows per order.
    con.execute("SET VARIABLE event_factor = ?", [1.0])
    steps = (
        ("macros", demo_sql.MACROS),
        ("days", demo_sql.DAYS),
        ("customers", demo_sql.CUSTOMERS),
        ("products", demo_sql.PRODUCTS),
        ("customer plans", demo_sql.CUSTOMER_PLAN),
        ("orders", demo_sql.ORDERS),
        ("refunds", demo_sql.REFUNDS),
        ("subscriptions", demo_sql.SUBSCRIPTIONS),
        ("events", demo_sql.EVENTS),
        ("info", demo_sql.INFO),
    )
    for done, (name, statement) in enumerate(steps):
        if progress is not None:
            progress(done, len(steps), name)
        con.execute(statement)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    con.execute(
        "DROP TABLE order_draws; DROP TABLE order_keys; DROP TABLE cplan;"
        " DROP TABLE uplan; DROP TABLE days"
    )
    con.execute("CHECKPOINT")
    return counts


def ensure_warehouse(
    path: Path,
    scale: float = 0.05,
    today: date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> Path:
    """Return `path`, generating the demo warehouse there first if no file exists."""
    path = Path(path)
    if not path.exists():
        generate(path, scale=scale, today=today, progress=progress)
    return path


def _remove(tmp: Path) -> None:
    for p in (tmp, tmp.with_name(tmp.name + ".wal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
