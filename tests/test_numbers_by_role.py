"""Numbers by role: a count of rows, a signed bound, an identifier; refused when out of range."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.errors import UserFacingError
from bot.language.entities import find_entities, written_as_text
from bot.library.loader import load_library
from bot.matching.matcher import match
from bot.matching.params import extract
from bot.settings import STARTER_LIBRARY

TODAY = date(2026, 11, 22)
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(STARTER_LIBRARY)


def test_a_hyphenated_count_of_rows_is_a_number_not_a_code() -> None:
    ent = find_entities("top-20 customers for week 47", TODAY)
    assert ent.id_tokens == []
    assert [(n.value, n.before[-1]) for n in ent.numbers] == [(20.0, "top")]
    # a code with letters and digits stays one
    assert [t for t, _s, _e in find_entities("stock of SKU-1182", TODAY).id_tokens] == ["SKU-1182"]


def test_a_count_after_a_rank_word_is_no_identifier_however_long() -> None:
    (num,) = find_entities("top 5000 customers", TODAY).numbers
    assert not num.id_like and num.exact == 5000
    (num,) = find_entities("order 48213", TODAY).numbers
    assert num.id_like


@pytest.mark.parametrize(
    ("text", "value"),
    [("low stock under -3 units", -3), ("temperature below −5", -5), ("sizes 10-20", 20)],
)
def test_a_minus_sign_counts_where_it_cannot_be_a_dash(text: str, value: int) -> None:
    nums = find_entities(text, TODAY).numbers
    assert nums[-1].exact == value and nums[-1].value == value
    assert not nums[-1].id_like


def test_the_hyphenated_count_reaches_its_parameter(library) -> None:  # type: ignore[no-untyped-def]
    d = match("top-20 customers for week 47", library, TODAY)
    assert d.query == "top_customers"
    assert d.params["n"] == 20
    assert (d.params["period_start"], d.params["period_end"]) == ("2026-11-16", "2026-11-22")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("low stock under -3 units", "must be at least 0 (the request says -3)"),
        ("top 5000 customers", "must be at most 1000 (the request says 5000)"),
        ("top 1000000000000000000000000 customers", "1000000000000000000000000 is too large"),
    ],
)
def test_a_count_or_bound_out_of_range_is_refused_not_read_as_an_id(
    library, text: str, reason: str
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserFacingError) as err:
        match(text, library, TODAY)
    assert reason in err.value.reason
    assert "\n" not in err.value.reason


@pytest.mark.parametrize(
    ("text", "as_text"),
    [
        ("dates that start with '8'", True),
        ("zip codes starting with 94", True),
        ("ids ending with 42", True),
        ("orders with 3 items", False),
        ("more than 8 trips", False),
    ],
)
def test_a_number_to_match_as_text_is_no_quantity(text: str, as_text: bool) -> None:
    ent = find_entities(text, TODAY)
    assert [written_as_text(ent, n) for n in ent.numbers] == [as_text]


def test_a_quoted_digit_is_no_threshold() -> None:
    library = load_library(DATA / "spider" / "bike_1" / "library")
    query = library.queries["weather_by_zip"]
    text = "average mean temperature per zip code for all dates that start with '8'"
    x = extract(query, find_entities(text, TODAY), TODAY)
    assert x.binds["max_wind_at_least"] is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("orders in Q5", "“Q5” is not a quarter"),
        ("revenue by region next month", "“next month” has not begun yet"),
        ("revenue by region for tomorrow", "“tomorrow” has not begun yet"),
        ("signups in the next 7 days", "“the next 7 days” has not begun yet"),
        ("top 2.5 customers", "“top 2.5” asks for part of a row"),
        (
            "low stock under 3.5 units",
            "Stock threshold must be a whole number (the request says 3.5)",
        ),
    ],
)
def test_unreal_quarters_future_periods_and_fractions_of_counts_are_refused(
    library, text: str, reason: str
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserFacingError) as err:
        match(text, library, TODAY)
    assert reason in err.value.reason


@pytest.mark.parametrize(
    "text",
    [
        "forecast next quarter's revenue by region",  # work: a ticket, not a refusal
        "predict which customers will churn next month",
        "need revenue by region last month by tomorrow",  # a deadline
        "can you build a dashboard of revenue by region for next quarter",  # work: a ticket
        "top 1,000 customers",  # a thousands separator, not a fraction
        "Audi Q5 sales",  # a name, not a quarter
    ],
)
def test_forecasts_deadlines_and_names_are_not_refused(library, text: str) -> None:  # type: ignore[no-untyped-def]
    match(text, library, TODAY)  # raises UserFacingError when refused


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("customers who have an account", 1),
        ("all customers with any account", 1),
        ("customers who have opened an account", 1),
        ("customers who don't have an account", None),  # a negation: no bound to set
        ("customers and their number of accounts", None),
    ],
)
def test_an_inclusive_lower_bound_on_a_count_takes_one_from_words_that_say_one_exists(
    text: str, value: int | None
) -> None:
    library = load_library(DATA / "holdout" / "customers_and_invoices" / "library")
    query = library.queries["accounts_per_customer"]
    x = extract(query, find_entities(text, TODAY), TODAY)
    assert x.binds["min_accounts"] == value


def test_a_percentage_is_no_count_of_rows(library) -> None:  # type: ignore[no-untyped-def]
    (num,) = find_entities("top 10% of customers", TODAY).numbers
    assert num.percent
    assert find_entities("top 10 customers, 5 percent of them", TODAY).numbers[1].percent
    d = match("top 10% of customers last month", library, TODAY)
    assert d.status != "matched" or d.params.get("n") != 10


def test_money_is_no_number_of_days_or_rows(library) -> None:  # type: ignore[no-untyped-def]
    nums = find_entities("orders over $500 or 100 dollars, within 30 days", TODAY).numbers
    assert [n.money for n in nums] == [True, True, False]
    d = match("orders over $500 last month", library, TODAY)  # no query filters an amount
    assert d.status == "unmatched" and "500" in d.ignored
    d = match("signup conversion within 30 days", library, TODAY)
    assert d.params["days"] == 30


def test_a_day_said_alone_needs_a_date_word_before_it_and_must_exist() -> None:
    assert find_entities("the 3rd customer", TODAY).periods == []
    assert "“the 32nd” is not a real date." in find_entities("orders on the 32nd", TODAY).problems
