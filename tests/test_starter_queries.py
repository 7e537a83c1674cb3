"""The starter library: the spec's names and parameters, and real answers on the demo warehouse."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from support import DOCS

from bot.engines.base import QueryResult
from bot.engines.demo_data import generate
from bot.engines.duckdb_engine import DuckDBEngine
from bot.library.loader import Library, load_library
from bot.library.render import render_sql
from bot.matching.params import default_binds
from bot.settings import STARTER_LIBRARY

TODAY = dt.date(2026, 11, 22)
SPEC_REQUESTS = DOCS / "requests-public.jsonl"

# name -> {param: (type, default, optional)} exactly as the spec's table fixes them.
SPEC = {
    "revenue_by_region": {
        "period": ("date_range", "last month", False),
        "region": ("choice", None, True),
    },
    "revenue_trend": {
        "period": ("date_range", "last 3 months", False),
        "grain": ("choice", "week", False),
    },
    "top_customers": {"n": ("int", 10, False), "period": ("date_range", "last 3 months", False)},
    "orders_by_status": {
        "period": ("date_range", "last 7 days", False),
        "status": ("choice", None, True),
    },
    "daily_active_users": {
        "period": ("date_range", "last 30 days", False),
        "platform": ("choice", None, True),
    },
    "signups": {"period": ("date_range", "last month", False), "channel": ("choice", None, True)},
    "churned_customers": {
        "period": ("date_range", "last month", False),
        "plan": ("choice", None, True),
    },
    "customer_lookup": {"customer": ("string", None, False)},
    "order_lookup": {"order_id": ("int", None, False)},
    "product_sales": {
        "period": ("date_range", "last month", False),
        "category": ("choice", None, True),
    },
    "average_order_value": {
        "period": ("date_range", "last month", False),
        "region": ("choice", None, True),
    },
    "refunds_summary": {"period": ("date_range", "last month", False)},
    "mrr_by_plan": {"period": ("date_range", "last 3 months", False)},
    "low_stock": {"threshold": ("int", 10, False)},
    "signup_conversion": {
        "period": ("date_range", "last month", False),
        "days": ("int", 30, False),
    },
}
CHOICES = {
    "region": ["NA", "EMEA", "APAC", "LATAM"],
    "status": ["pending", "shipped", "delivered", "cancelled", "returned"],
    "platform": ["ios", "android", "web"],
    "channel": ["organic", "paid", "referral", "partner"],
    "plan": ["basic", "pro", "enterprise"],
    "category": ["electronics", "home", "apparel", "beauty", "sports"],
    "grain": ["day", "week", "month"],
}
# Values for required parameters when running every query.
REQUIRED = {"customer_lookup": {"customer": "42"}, "order_lookup": {"order_id": 1234}}


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(STARTER_LIBRARY)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("starter") / "warehouse.duckdb"
    generate(path, scale=0.02, today=TODAY)
    eng = DuckDBEngine(path)
    yield eng
    eng.close()


def run(library: Library, engine: DuckDBEngine, name: str, **values: Any) -> QueryResult:
    query = library.get(name)
    assert query is not None
    binds = default_binds(query, TODAY)
    binds.update(REQUIRED.get(name, {}))
    binds.update(values)
    sql, used = render_sql(query, binds)
    return engine.run(sql, used, timeout_s=30, max_rows=5000)


def test_the_library_has_exactly_the_spec_queries_and_parameters(library: Library) -> None:
    assert sorted(q.name for q in library) == sorted(SPEC)
    for name, params in SPEC.items():
        query = library.get(name)
        assert query is not None
        assert {p.name for p in query.params} >= set(params), name
        for pname, (ptype, default, optional) in params.items():
            p = query.param(pname)
            assert (p.type, p.default, p.optional) == (ptype, default, optional), (name, pname)
            if p.type == "choice":
                assert list(p.choices) == CHOICES[pname], (name, pname)
        # Parameters the spec does not list are optional extras.
        for p in query.params:
            assert p.name in params or p.optional, (name, p.name)
    assert library.get("customer_lookup").param("customer").required
    assert library.get("order_lookup").param("order_id").required
    n = library.get("top_customers").param("n")
    assert (n.min, n.max) == (1, 1000)


def test_people_words_map_to_choices(library: Library) -> None:
    region = library.get("revenue_by_region").param("region").synonyms
    for word, choice in {
        "north america": "NA",
        "europe": "EMEA",
        "eu": "EMEA",
        "asia": "APAC",
        "latin america": "LATAM",
        "latam": "LATAM",
    }.items():
        assert region[word] == choice
    assert library.get("average_order_value").param("region").synonyms == region
    assert library.get("daily_active_users").param("platform").synonyms["iphone"] == "ios"
    grain = library.get("revenue_trend").param("grain").synonyms
    assert (grain["daily"], grain["weekly"], grain["monthly"]) == ("day", "week", "month")
    assert library.get("orders_by_status").param("status").synonyms["canceled"] == "cancelled"


def test_every_query_is_described_with_varied_examples(library: Library) -> None:
    public = set()
    if SPEC_REQUESTS.is_file():
        public = {
            json.loads(line)["text"].lower() for line in SPEC_REQUESTS.read_text().splitlines()
        }
    for query in library:
        assert query.title and query.description, query.name
        assert 6 <= len(query.examples) <= 11, query.name
        assert len({e.lower() for e in query.examples}) == len(query.examples), query.name
        assert not {e.lower() for e in query.examples} & public, query.name
        assert query.keywords, query.name


@pytest.mark.parametrize("name", sorted(SPEC))
def test_every_query_answers_with_its_defaults(
    library: Library, engine: DuckDBEngine, name: str
) -> None:
    result = run(library, engine, name)
    assert result.row_count > 0
    assert len(set(result.columns)) == len(result.columns)
    query = library.get(name)
    sql, used = render_sql(query, {**default_binds(query, TODAY), **REQUIRED.get(name, {})})
    assert engine.explain(sql, used)


@pytest.mark.parametrize("name", sorted(SPEC))
def test_every_optional_choice_filters(library: Library, engine: DuckDBEngine, name: str) -> None:
    query = library.get(name)
    # This year so far: every choice has rows even in a small warehouse.
    year = {"period_start": "2026-01-01", "period_end": "2026-11-22"}
    for p in query.params:
        if p.type == "choice" and p.optional:
            for choice in p.choices:
                result = run(library, engine, name, **{p.name: choice, **year})
                assert result.row_count > 0, (name, p.name, choice)
                if p.name in result.columns:
                    i = result.columns.index(p.name)
                    assert {r[i] for r in result.rows} == {choice}


def test_customer_lookup_by_id_email_and_hostile_text(
    library: Library, engine: DuckDBEngine
) -> None:
    by_id = run(library, engine, "customer_lookup", customer="42")
    assert by_id.row_count == 1
    cols = by_id.columns
    email = by_id.rows[0][cols.index("email")]
    by_email = run(library, engine, "customer_lookup", customer=email.upper())
    assert by_email.rows == by_id.rows
    assert run(library, engine, "customer_lookup", customer="#42").rows == by_id.rows
    for hostile in ["x' OR '1'='1", "42' OR 1=1 --", "'; DROP TABLE customers; --"]:
        assert run(library, engine, "customer_lookup", customer=hostile).row_count == 0
    assert run(library, engine, "customer_lookup", customer="999999999").row_count == 0


def test_order_lookup_shows_items_and_refunds(library: Library, engine: DuckDBEngine) -> None:
    refunded = engine.run("SELECT min(order_id) FROM refunds", {}, timeout_s=10, max_rows=1).rows[
        0
    ][0]
    result = run(library, engine, "order_lookup", order_id=refunded)
    cols = result.columns
    assert result.row_count >= 1
    row = result.rows[0]
    assert row[cols.index("order_id")] == refunded
    assert row[cols.index("refunded")] > 0 and row[cols.index("refund_reason")]
    line_totals = sum(r[cols.index("line_total")] for r in result.rows)
    assert line_totals == row[cols.index("order_total")]
    assert run(library, engine, "order_lookup", order_id=10**9).row_count == 0


def test_revenue_trend_grains_label_rows_by_their_start(
    library: Library, engine: DuckDBEngine
) -> None:
    months = run(library, engine, "revenue_trend", grain="month")
    assert [r[0] for r in months.rows] == [
        dt.date(2026, 8, 1),
        dt.date(2026, 9, 1),
        dt.date(2026, 10, 1),
    ]
    weeks = run(library, engine, "revenue_trend", grain="week")
    assert weeks.rows[0][0] == dt.date(2026, 8, 1)  # partial first week starts with the period
    assert all(r[0].isoweekday() == 1 for r in weeks.rows[1:])
    days = run(library, engine, "revenue_trend", grain="day")
    assert days.row_count == 92
    total = sum(r[2] for r in days.rows)
    assert sum(r[2] for r in months.rows) == total == sum(r[2] for r in weeks.rows)


def test_numbers_are_honoured(library: Library, engine: DuckDBEngine) -> None:
    assert run(library, engine, "top_customers", n=3).row_count == 3
    revenue = [r[5] for r in run(library, engine, "top_customers", n=20).rows]
    assert revenue == sorted(revenue, reverse=True)
    assert run(library, engine, "low_stock", threshold=0).row_count == 0
    low = run(library, engine, "low_stock")
    assert all(r[low.columns.index("stock")] < 10 for r in low.rows)
    assert run(library, engine, "low_stock", threshold=1000).row_count == 300
    week = run(library, engine, "signup_conversion", days=7).rows[0]
    month = run(library, engine, "signup_conversion", days=30).rows[0]
    assert week[0] == month[0] == "all channels"
    assert week[2] <= month[2] <= month[1]


def test_totals_agree_between_queries(library: Library, engine: DuckDBEngine) -> None:
    by_region = run(library, engine, "revenue_by_region")
    aov = run(library, engine, "average_order_value")
    assert aov.rows[0][0] == "All regions"
    assert sum(r[2] for r in by_region.rows) == aov.rows[0][2]
    assert sum(r[1] for r in by_region.rows) == aov.rows[0][1]
    assert round(sum(r[3] for r in by_region.rows)) == 100
    products = run(library, engine, "product_sales")
    assert sum(r[5] for r in products.rows) == sum(r[2] for r in by_region.rows)
    mrr = run(library, engine, "mrr_by_plan")
    totals = {r[0]: r[3] for r in mrr.rows if r[1] == "all plans"}
    for month, total in totals.items():
        assert sum(r[3] for r in mrr.rows if r[0] == month and r[1] != "all plans") == total
    assert sorted(totals) == [dt.date(2026, 8, 1), dt.date(2026, 9, 1), dt.date(2026, 10, 1)]
