"""Shown values (bot.library.shown_values): a value of a text column a query shows or groups by,
named in a request, is a known word of that query, bound to nothing; a value some other query
filters by stays that query's constraint."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from bot.library.known_values import attach_known_values, refresh_known_values
from bot.library.shown_values import shown_columns
from bot.matching import signals
from bot.matching.index import _INDEX_CACHE
from bot.matching.matcher import match
from tests.support import library_of

TODAY = date(2026, 11, 22)

SALES = (
    """title: Units sold per product
examples: [units sold per product, how many units of each product did we sell]
keywords: [units, sold, sales, product]""",
    "SELECT p.product_name, SUM(s.units) AS units FROM sales s JOIN products p "
    "ON p.id = s.product_id GROUP BY p.product_name",
)
REFUNDS = (
    """title: Refunds by reason for a store
examples: [refunds by reason for the Lisbon store, refund totals per reason]
keywords: [refunds, refunded, reason]
params:
  store: {type: string, label: store}""",
    "SELECT reason, SUM(amount) AS refunded FROM refunds WHERE store = :store GROUP BY reason",
)
STOCK = (
    """title: Stock of a product
examples: [stock of a product, how many are in stock]
keywords: [stock, inventory]
params:
  product: {type: string}""",
    "SELECT SUM(qty) AS stock FROM stock WHERE product = :product",
)


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    lib = library_of(tmp_path / "lib", {"sales": SALES, "refunds": REFUNDS})
    lib.shown_values = {
        "sales": {"product_name": ["Premium Yoga Mat", "Steel Bottle"]},
        "refunds": {"reason": ["damaged in transit", "wrong size"]},
    }
    _INDEX_CACHE.clear()
    yield lib
    _INDEX_CACHE.clear()


def _decide(text: str, lib, flag: bool):  # type: ignore[no-untyped-def]
    saved = signals.SHOWN_VALUES
    signals.SHOWN_VALUES = flag
    _INDEX_CACHE.clear()
    try:
        return match(text, lib, TODAY)
    finally:
        signals.SHOWN_VALUES = saved
        _INDEX_CACHE.clear()


def test_a_shown_value_is_a_known_word_of_the_query_that_shows_it(library) -> None:  # type: ignore[no-untyped-def]
    text = "how many Premium Yoga Mat units did we sell"
    d = _decide(text, library, True)
    assert d.status == "matched" and d.query == "sales"
    assert not any(w.lower() in ("premium", "yoga", "mat") for w in d.ignored)
    assert d.params == {}
    off = _decide(text, library, False)
    assert off.status != "matched" or any(w.lower() == "yoga" for w in off.ignored)


def test_a_value_another_query_filters_by_stays_its_constraint(tmp_path: Path) -> None:
    lib = library_of(tmp_path / "lib", {"sales": SALES, "stock": STOCK})
    lib.shown_values = {"sales": {"product_name": ["Premium Yoga Mat"]}}
    lib.known_values = {"stock": {"product": ["Premium Yoga Mat"]}}
    d = _decide("how many Premium Yoga Mat units did we sell", lib, True)
    assert not (d.status == "matched" and d.query == "sales")


def test_shown_columns_are_read_from_the_sql_and_the_warehouse(tmp_path: Path) -> None:
    lib = library_of(tmp_path / "lib", {"sales": SALES, "refunds": REFUNDS})
    assert [(t, c) for t, c, _ts in shown_columns(lib.queries["sales"])] == [
        (("products",), "product_name")
    ]
    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        con.execute(
            "CREATE TABLE products (id INT, product_name VARCHAR);"
            "INSERT INTO products VALUES (1, 'Premium Yoga Mat'), (2, '1234');"
            "CREATE TABLE sales (product_id INT, units INT);"
            "CREATE TABLE refunds (store VARCHAR, reason VARCHAR, amount INT);"
            "INSERT INTO refunds VALUES ('Lisbon', 'damaged in transit', 3)"
        )
    refresh_known_values(lib, tmp_path / "data", warehouse)
    attach_known_values(lib, tmp_path / "data", warehouse)
    assert "premium yoga mat" in lib.shown_keys and "1234" not in lib.shown_keys
    assert [q for q, _c, _v in lib.shown_keys["damaged in transit"]] == ["refunds"]


LOW_STOCK = (
    """title: Low stock products
examples: [what is low on stock, products running out]
keywords: [stock, low, inventory, units, left]
params:
  threshold: {type: int, default: 10, min: 0, label: stock threshold}""",
    "SELECT name, stock FROM products WHERE stock < :threshold",
)


def test_a_row_a_default_threshold_may_cut_is_no_word_of_that_query(tmp_path: Path) -> None:
    lib = library_of(tmp_path / "lib", {"low_stock": LOW_STOCK, "sales": SALES})
    lib.shown_values = {"low_stock": {"name": ["Classic Hoodie"]}}
    for text in (
        "how many units of Classic Hoodie do we have in stock",
        "Classic Hoodie stock left",
    ):
        assert _decide(text, lib, True).status != "matched"
