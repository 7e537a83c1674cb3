"""Numbers in a clause that only tells ("we spent $40k on ads, how many signups …") are
context, not values; numbers in the clause that asks, ids, counts and conditions stay."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.clauses import clauses, telling_spans
from bot.language.entities import find_entities
from bot.library.loader import load_library
from bot.matching.matcher import match
from bot.settings import STARTER_LIBRARY

TODAY = date(2026, 11, 22)


def values(text: str) -> list[float]:
    return [n.value for n in find_entities(text, TODAY).numbers]


def test_clauses_end_at_punctuation_and_where_a_question_starts() -> None:
    text = "we hit 4,000 orders yesterday what's the status mix? thx"
    assert [text[s:e].strip() for s, e in clauses(text)] == [
        "we hit 4,000 orders yesterday",
        "what's the status mix",
        "thx",
    ]
    assert telling_spans("top customers last month") == []  # one clause: nothing to set apart


@pytest.mark.parametrize(
    "text",
    [
        "we spent $40k on ads in Sept, how many signups came from paid that month?",
        "revenue was 1.2M last month on 9k orders, what's the AOV per region?",
        "for the 10am call with 3 VPs: how many orders were cancelled in the last 30 days?",
        "after the 2 day outage, how many users were active on android each day?",
        "DAU dropped below 12k on iOS last week?? can I see the daily numbers",
    ],
)
def test_a_number_in_a_clause_that_only_tells_is_context(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("top 5 customers, which ones churned?", [5]),  # a count of rows
        ("order 123, where is it?", [123]),  # a thing's number
        ("customer 48213, what did they buy?", [48213]),  # an id
        ("with more than 3 stars, which hotels are there?", [3]),  # a bound, nothing stated
        ("which items need reordering? use a threshold of 3", [3]),  # asks for it
        ("For each movie that received more than 3 reviews, what is the rating?", [3]),
        ("Find the names of the three artists who have produced the most songs.", [3]),
    ],
)
def test_numbers_that_ask_stay(text: str, kept: list[float]) -> None:
    assert values(text) == kept


def test_context_numbers_no_longer_sink_the_right_query() -> None:
    library = load_library(STARTER_LIBRARY)
    text = "revenue was 1.2M last month on 9k orders, what's the AOV per region?"
    d = match(text, library, TODAY)
    assert (d.status, d.query) == ("matched", "average_order_value")
    assert (d.params["period_start"], d.params["period_end"]) == ("2026-10-01", "2026-10-31")


def test_a_count_before_a_superlative_stays_a_count_in_a_list_of_asked_columns() -> None:
    """A comma-separated list of what is asked makes a verbless clause, but "the 3 largest"
    still says how many rows: it is no context."""
    text = "What is the date, the mean humidity for the days with the 3 largest gusts?"
    assert 3.0 in values(text)
    assert 5.0 in values("which cities, by revenue, are the 5 biggest")
