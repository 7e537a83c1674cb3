"""The demo warehouse: deterministic, complete, and shaped so the starter queries have answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from bot.engines import demo_sql
from bot.engines.demo_data import TABLES, ensure_warehouse, generate

SCALE = 0.02
TODAY = dt.date(2026, 11, 22)  # the fixed "today" of the spec examples (conftest `today`)

SPEC_COLUMNS = {
    "customers": {"customer_id", "email", "name", "region", "signup_date", "channel"},
    "orders": {"order_id", "customer_id", "order_date", "status", "region", "amount"},
    "order_items": {"order_id", "product_id", "quantity", "unit_price"},
    "products": {"product_id", "name", "category", "stock"},
    "subscriptions": {"subscription_id", "customer_id", "plan", "start_date", "end_date", "mrr"},
    "events": {"user_id", "event_date", "platform", "event_type"},
    "refunds": {"refund_id", "order_id", "refund_date", "amount", "reason"},
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "warehouse.duckdb"
    generate(path, scale=SCALE, seed=42, today=TODAY)
    return path


@pytest.fixture(scope="module")
def con(warehouse: Path):  # type: ignore[no-untyped-def]
    connection = duckdb.connect(str(warehouse), read_only=True)
    yield connection
    connection.close()


def _one(con, sql: str, params: list | None = None):  # type: ignore[no-untyped-def]
    return con.execute(sql, params or []).fetchone()[0]


def _checksums(path: Path) -> dict[str, tuple]:
    with duckdb.connect(str(path), read_only=True) as c:
        return {
            t: c.execute(f"SELECT count(*), sum(hash(x)) FROM {t} AS x").fetchone() for t in TABLES
        }


def test_same_seed_and_today_give_identical_data(warehouse: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.duckdb"
    generate(again, scale=SCALE, seed=42, today=TODAY)
    assert _checksums(again) == _checksums(warehouse)


def test_another_seed_gives_other_data(warehouse: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    generate(other, scale=SCALE, seed=7, today=TODAY)
    mine, theirs = _checksums(warehouse), _checksums(other)
    assert mine["orders"] != theirs["orders"]
    assert mine["customers"][0] == theirs["customers"][0]  # same size, other rows


def test_tables_have_the_spec_columns_and_nothing_left_over(con) -> None:  # type: ignore[no-untyped-def]
    tables = {
        r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    }
    assert tables == set(TABLES) | {"warehouse_info"}
    for table, required in SPEC_COLUMNS.items():
        cols = {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}
        assert required <= cols, (table, required - cols)


def test_sizes_follow_the_scale(con) -> None:  # type: ignore[no-untyped-def]
    assert _one(con, "SELECT count(*) FROM customers") == 2000
    assert 17_000 <= _one(con, "SELECT count(*) FROM orders") <= 23_000
    assert _one(con, "SELECT count(DISTINCT customer_id) FROM customers") == 2000
    assert _one(con, "SELECT count(DISTINCT order_id) FROM orders") == _one(
        con, "SELECT count(*) FROM orders"
    )
    assert _one(con, "SELECT count(DISTINCT email) FROM customers") == 2000


def test_values_stay_in_their_domains(con) -> None:  # type: ignore[no-untyped-def]
    def values(sql: str) -> set:
        return {r[0] for r in con.execute(sql).fetchall()}

    assert values("SELECT DISTINCT region FROM customers") == {"NA", "EMEA", "APAC", "LATAM"}
    assert values("SELECT DISTINCT region FROM orders") == {"NA", "EMEA", "APAC", "LATAM"}
    assert values("SELECT DISTINCT channel FROM customers") == {
        "organic",
        "paid",
        "referral",
        "partner",
    }
    assert values("SELECT DISTINCT status FROM orders") == {
        "pending",
        "shipped",
        "delivered",
        "cancelled",
        "returned",
    }
    assert values("SELECT DISTINCT category FROM products") == {
        "electronics",
        "home",
        "apparel",
        "beauty",
        "sports",
    }
    assert values("SELECT DISTINCT plan FROM subscriptions") == {"basic", "pro", "enterprise"}
    assert values("SELECT DISTINCT platform FROM events") == {"ios", "android", "web"}


def test_dates_span_2024_to_today(con) -> None:  # type: ignore[no-untyped-def]
    for table, col in [
        ("customers", "signup_date"),
        ("orders", "order_date"),
        ("events", "event_date"),
        ("refunds", "refund_date"),
        ("subscriptions", "start_date"),
    ]:
        lo, hi = con.execute(f"SELECT min({col}), max({col}) FROM {table}").fetchone()
        assert lo >= dt.date(2024, 1, 1) and hi <= TODAY, table
    assert _one(con, "SELECT max(event_date) FROM events") == TODAY
    assert _one(con, "SELECT max(order_date) FROM orders") == TODAY
    assert _one(con, "SELECT min(order_date) FROM orders") < dt.date(2024, 2, 1)


def test_rows_are_consistent_with_each_other(con) -> None:  # type: ignore[no-untyped-def]
    # An order's amount is the sum of its lines; its region is its customer's.
    assert (
        _one(
            con,
            """SELECT count(*) FROM orders o
               JOIN (SELECT order_id, sum(quantity * unit_price) AS total
                     FROM order_items GROUP BY order_id) i USING (order_id)
               WHERE o.amount <> i.total""",
        )
        == 0
    )
    assert (
        _one(
            con,
            "SELECT count(*) FROM orders o LEFT JOIN order_items i USING (order_id) WHERE i.order_id IS NULL",
        )
        == 0
    )
    assert (
        _one(
            con,
            "SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE o.region <> c.region OR o.order_date < c.signup_date",
        )
        == 0
    )
    assert (
        _one(
            con,
            "SELECT count(*) FROM order_items i LEFT JOIN products p USING (product_id) WHERE p.product_id IS NULL",
        )
        == 0
    )
    # Refunds belong to returned (or a few delivered) orders, after the order, within its amount.
    assert (
        _one(
            con,
            "SELECT count(*) FROM refunds r JOIN orders o USING (order_id) WHERE o.status NOT IN ('returned', 'delivered') OR r.refund_date < o.order_date OR r.amount > o.amount OR r.amount <= 0",
        )
        == 0
    )
    assert (
        _one(
            con,
            "SELECT count(*) FROM orders o LEFT JOIN refunds r USING (order_id) WHERE o.status = 'returned' AND r.order_id IS NULL",
        )
        == 0
    )
    assert (
        _one(con, "SELECT count(*) FROM subscriptions WHERE end_date <= start_date OR mrr <= 0")
        == 0
    )
    assert (
        _one(
            con,
            "SELECT count(*) FROM subscriptions s JOIN customers c USING (customer_id) WHERE s.start_date < c.signup_date",
        )
        == 0
    )
    assert (
        _one(
            con,
            "SELECT count(*) FROM events e LEFT JOIN customers c ON c.customer_id = e.user_id WHERE c.customer_id IS NULL OR e.event_date < c.signup_date",
        )
        == 0
    )


def test_recent_and_old_orders_have_fitting_statuses(con) -> None:  # type: ignore[no-untyped-def]
    recent = dict(
        con.execute(
            "SELECT status, count(*) FROM orders WHERE order_date >= ? GROUP BY 1",
            [TODAY - dt.timedelta(days=6)],
        ).fetchall()
    )
    assert {"pending", "shipped", "delivered", "cancelled"} <= set(recent)
    old = dict(
        con.execute(
            "SELECT status, count(*) FROM orders WHERE order_date < ? GROUP BY 1",
            [TODAY - dt.timedelta(days=60)],
        ).fetchall()
    )
    assert set(old) == {"delivered", "cancelled", "returned"}
    assert old["delivered"] > 5 * (old["cancelled"] + old["returned"])


def test_default_periods_of_the_starter_queries_have_data(con) -> None:  # type: ignore[no-untyped-def]
    last_month = [dt.date(2026, 10, 1), dt.date(2026, 10, 31)]
    channels = con.execute(
        "SELECT DISTINCT channel FROM customers WHERE signup_date BETWEEN ? AND ?", last_month
    ).fetchall()
    assert len(channels) == 4
    assert (
        _one(con, "SELECT count(*) FROM subscriptions WHERE end_date BETWEEN ? AND ?", last_month)
        > 0
    )
    assert (
        _one(con, "SELECT count(*) FROM refunds WHERE refund_date BETWEEN ? AND ?", last_month) > 0
    )
    assert _one(con, "SELECT count(*) FROM subscriptions WHERE end_date IS NULL") > 0
    assert _one(con, "SELECT count(*) FROM products WHERE stock < 10") > 0
    platforms = con.execute(
        "SELECT DISTINCT platform FROM events WHERE event_date = ?", [TODAY]
    ).fetchall()
    assert len(platforms) == 3


def test_sales_show_seasons_weekdays_growth_and_whales(con) -> None:  # type: ignore[no-untyped-def]
    def orders_between(start: str, end: str) -> int:
        return _one(
            con,
            "SELECT count(*) FROM orders WHERE order_date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)",
            [start, end],
        )

    # Holiday peak: November-December 2025 beats September-October 2025 by a wide margin.
    assert orders_between("2025-11-01", "2025-12-31") > 1.3 * orders_between(
        "2025-09-01", "2025-10-31"
    )
    # Growth: the last 12 whole months beat the 12 before.
    assert orders_between("2025-11-01", "2026-10-31") > 1.5 * orders_between(
        "2024-11-01", "2025-10-31"
    )
    by_day = dict(
        con.execute("SELECT isodow(order_date), count(*) FROM orders GROUP BY 1").fetchall()
    )
    assert by_day[1] > 1.2 * by_day[6]  # Mondays busier than Saturdays
    # A few whales: the top 1% of customers bring far more than 1% of revenue.
    top_share = _one(
        con,
        """WITH c AS (SELECT customer_id, sum(amount) AS revenue FROM orders GROUP BY 1)
           SELECT sum(revenue) FILTER (WHERE rn <= 20) / sum(revenue)
           FROM (SELECT revenue, row_number() OVER (ORDER BY revenue DESC) AS rn FROM c)""",
    )
    assert top_share > 0.08


def test_a_failed_build_leaves_the_old_file_and_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.duckdb"
    path.write_bytes(b"previous warehouse")
    monkeypatch.setattr(demo_sql, "REFUNDS", "CREATE TABLE refunds AS SELECT * FROM missing_table")
    with pytest.raises(duckdb.Error):
        generate(path, scale=0.005, today=TODAY, force=True)
    assert path.read_bytes() == b"previous warehouse"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb"]


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        generate(tmp_path / "w.duckdb", scale=0, today=TODAY)
    with pytest.raises(ValueError):
        generate(tmp_path / "w.duckdb", scale=0.01, today=dt.date(2023, 12, 31))
    assert not (tmp_path / "w.duckdb").exists()


def test_ensure_warehouse_builds_once(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "warehouse.duckdb"
    assert ensure_warehouse(path, scale=0.005, today=TODAY) == path
    stamp = path.stat().st_mtime_ns
    assert ensure_warehouse(path, scale=0.005, today=TODAY) == path
    assert path.stat().st_mtime_ns == stamp
    with duckdb.connect(str(path), read_only=True) as c:
        assert c.execute("SELECT seed, data_end FROM warehouse_info").fetchone() == (42, TODAY)


def test_stats_report_what_was_built(tmp_path: Path) -> None:
    stats = generate(tmp_path / "w.duckdb", scale=0.005, seed=3, today=TODAY)
    assert stats.row_counts["customers"] == 500
    assert set(stats.row_counts) == set(TABLES)
    assert stats.size_bytes == (tmp_path / "w.duckdb").stat().st_size
    assert (stats.seed, stats.today, stats.scale) == (3, TODAY, 0.005)
