"""Issue 10, sibling queries: a request that opens with a noun phrase ("counties with more than
50000 people") names what its rows are. When the best query's rows are of another thing (a
listing of cities, figures per investor) and a candidate's rows are of the thing named, the
request is a near tie with it, or a ticket when it cannot be offered
(bot.matching.subject_rows.SUBJECT_ROWS_DECIDE): never rows of the wrong thing run silently."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.library.loader import load_library
from bot.matching import subject_rows
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)
HOLDOUT = Path(__file__).parent / "data" / "holdout"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("counties with more than 50000 people?", "counti"),
        ("<@u05safe> counties with more than 50000 people?", "counti"),
        ("republican drivers pls", "driver"),
        ("gymnasts aged 22 or older", "gymnast"),
        ("hey, checking accounts with less than 100 in them", "account"),
        ("transactions of at least 1,000,000", "transaction"),
        ("show all counties", None),
        ("which counties have more than 50000 people", None),
        ("total points by nationality", None),
        ("sales vs purchases", None),
        ("the status of order 42", None),
    ],
)
def test_opening_subject(text: str, subject: str | None) -> None:
    assert subject_rows.opening_subject(text) == subject


def test_rows_of_another_thing_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    lib = load_library(HOLDOUT / "county_public_safety" / "library")
    text = "counties with more than 50000 people?"
    d = match(text, lib, TODAY)
    assert (d.status, d.query) != ("matched", "city_directory")
    monkeypatch.setattr(subject_rows, "SUBJECT_ROWS_DECIDE", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "city_directory")


def test_rows_of_the_thing_named_still_run() -> None:
    lib = load_library(HOLDOUT / "county_public_safety" / "library")
    d = match("cities where the hispanic share is above 99.4", lib, TODAY)
    assert (d.status, d.query) == ("matched", "city_directory")


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("churned customers", "churned_customers"),  # its title names them
        ("orders by status", "orders_by_status"),  # a breakdown is said
    ],
)
def test_figures_of_the_thing_named_still_run(text: str, query: str) -> None:
    lib = load_library(Path(__file__).parent.parent / "queries")
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", query)
