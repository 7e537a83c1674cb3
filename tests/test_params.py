"""Parameter validation, form input and defaults: values are checked before any SQL runs."""

from __future__ import annotations

from datetime import date

import pytest

from bot.errors import UserFacingError
from bot.language.entities import find_entities
from bot.library.loader import load_library
from bot.matching.params import coerce_inputs, default_binds, extract, validate_binds
from bot.settings import STARTER_LIBRARY

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def lib():  # type: ignore[no-untyped-def]
    return load_library(STARTER_LIBRARY)


def test_defaults_resolve_period_phrases(lib) -> None:  # type: ignore[no-untyped-def]
    assert default_binds(lib.get("revenue_trend"), TODAY) == {
        "period_start": "2026-08-01",
        "period_end": "2026-10-31",
        "grain": "week",
    }
    assert default_binds(lib.get("customer_lookup"), TODAY) == {"customer": None}


def test_injection_in_a_choice_is_refused(lib) -> None:  # type: ignore[no-untyped-def]
    q = lib.get("revenue_by_region")
    binds = default_binds(q, TODAY) | {"region": "EMEA' OR 1=1 --"}
    with pytest.raises(UserFacingError, match="Region must be one of: NA, EMEA, APAC, LATAM"):
        validate_binds(q, binds)


def test_choice_accepts_case_and_synonyms(lib) -> None:  # type: ignore[no-untyped-def]
    q = lib.get("revenue_by_region")
    assert validate_binds(q, default_binds(q, TODAY) | {"region": "emea"})["region"] == "EMEA"
    assert validate_binds(q, default_binds(q, TODAY) | {"region": "europe"})["region"] == "EMEA"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "at least 1"),
        ("1001", "at most 1000"),
        ("2.5", "whole number"),
        ("ten", "whole number"),
    ],
)
def test_int_bounds_and_type(lib, value: str, message: str) -> None:  # type: ignore[no-untyped-def]
    q = lib.get("top_customers")
    with pytest.raises(UserFacingError, match=message):
        coerce_inputs(q, {"n": value}, TODAY)


def test_form_input_takes_period_phrases_and_explicit_dates(lib) -> None:  # type: ignore[no-untyped-def]
    q = lib.get("top_customers")
    assert coerce_inputs(q, {"period": "Q3 2026", "n": "25"}, TODAY) == {
        "period_start": "2026-07-01",
        "period_end": "2026-09-30",
        "n": 25,
    }
    got = coerce_inputs(q, {"period_start": "2026-01-05", "period_end": "2026-01-10"}, TODAY)
    assert (got["period_start"], got["period_end"], got["n"]) == ("2026-01-05", "2026-01-10", 10)
    with pytest.raises(UserFacingError, match="not a period I understand"):
        coerce_inputs(q, {"period": "the good old days"}, TODAY)
    with pytest.raises(UserFacingError, match="start date is after the end date"):
        coerce_inputs(q, {"period_start": "2026-02-01", "period_end": "2026-01-01"}, TODAY)


def test_required_value_must_be_given(lib) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserFacingError, match="Please give a value for customer"):
        coerce_inputs(lib.get("customer_lookup"), {}, TODAY)
    assert coerce_inputs(lib.get("customer_lookup"), {"customer": "a'b@x.io"}, TODAY) == {
        "customer": "a'b@x.io"
    }


HEADCOUNT = """/*---
title: Headcount by department
examples: [headcount by department, how many people work in engineering]
keywords: [headcount, fte, employees]
params:
  as_of: {type: date, default: today}
  department: {type: choice, choices: [engineering, sales, finance], optional: true}
  include_contractors: {type: bool, default: false}
  min_salary: {type: number, optional: true, min: 0}
  employee: {type: string, optional: true, pattern: "E[0-9]{5}"}
---*/
SELECT department, COUNT(*) AS headcount FROM employees
WHERE hired_on <= :as_of
{% if not include_contractors %}AND NOT contractor{% endif %}
{% if department %}AND department = :department{% endif %}
{% if min_salary %}AND salary >= :min_salary{% endif %}
{% if employee %}AND employee_id = :employee{% endif %}
GROUP BY department
"""


@pytest.fixture(scope="module")
def hr(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("hr")
    (folder / "headcount_by_department.sql").write_text(HEADCOUNT, encoding="utf-8")
    return load_library(folder)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("headcount by department", {"as_of": "2026-11-22", "include_contractors": False}),
        # a point in time takes the end of a period, or its start after "since"
        ("headcount at the end of last month", {"as_of": "2026-10-31"}),
        ("headcount in engineering on Nov 3", {"as_of": "2026-11-03", "department": "engineering"}),
        # a flag is named by its distinctive word, negations turn it off
        ("headcount including contractors", {"include_contractors": True}),
        ("headcount without contractors", {"include_contractors": False}),
        # numbers with a comparator and a k suffix; a code with the parameter's pattern
        ("headcount with a salary over 120k", {"min_salary": 120000}),
        ("headcount for employee E12345", {"employee": "E12345"}),
    ],
)
def test_other_parameter_types_from_words(hr, text: str, expected: dict) -> None:  # type: ignore[no-untyped-def]
    from bot.matching.matcher import match

    d = match(text, hr, TODAY)
    assert d.query == "headcount_by_department", d.to_json()
    for k, v in expected.items():
        assert d.params[k] == v, d.to_json()


def test_slack_mentions_are_not_values(lib) -> None:  # type: ignore[no-untyped-def]
    from bot.matching.params import extract, find_entities

    q = lib.get("customer_lookup")
    got = extract(q, find_entities("<@U0ALICE001> can you look up this customer", TODAY), TODAY)
    assert got.binds["customer"] is None and got.missing == ["customer"]
    got = extract(q, find_entities("<@U0ALICE001> look up customer 4812", TODAY), TODAY)
    assert got.binds["customer"] == "4812"


def _one_query_library(tmp_path, header_params: str, sql: str):  # type: ignore[no-untyped-def]
    (tmp_path / "wines.sql").write_text(
        f"/*---\ntitle: Wines\nexamples: [wines made in 2008]\nparams:\n{header_params}---*/\n{sql}\n"
    )
    return load_library(tmp_path)


def test_a_year_parameter_takes_a_whole_year_the_request_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lib = _one_query_library(
        tmp_path, "  year: {type: int, optional: true}\n", "SELECT 1 WHERE :year IS NOT NULL"
    )
    x = extract(lib.get("wines"), find_entities("wines made in 2008", TODAY), TODAY)
    assert x.binds == {"year": 2008}


def test_a_number_tied_to_a_parameter_but_out_of_range_is_a_refusal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lib = _one_query_library(
        tmp_path, "  days: {type: int, default: 7, min: 1, max: 365}\n", "SELECT :days"
    )
    x = extract(lib.get("wines"), find_entities("wines within 400 days", TODAY), TODAY)
    assert x.refusals and "at most 365" in x.refusals[0]
    x = extract(lib.get("wines"), find_entities("wines within 40 days", TODAY), TODAY)
    assert x.binds == {"days": 40} and not x.refusals


def test_a_count_before_a_superlative_and_a_choice_written_with_underscores(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lib = _one_query_library(
        tmp_path,
        "  n: {type: int, optional: true, min: 1}\n"
        "  sort: {type: choice, choices: [date, cloud_cover], default: date}\n",
        "SELECT :n, :sort",
    )
    text = "the three most cloudy days by cloud cover"
    x = extract(lib.get("wines"), find_entities(text, TODAY), TODAY)
    assert x.binds == {"n": 3, "sort": "cloud_cover"}


def test_a_count_before_a_text_parameter_word_is_no_value(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lib = _one_query_library(
        tmp_path, "  winery: {type: string, optional: true}\n", "SELECT 1 WHERE :winery = 'x'"
    )
    for text, binds in (
        ("which 3 wineries make the most wines", {"winery": None}),
        ("wines of winery 3", {"winery": "3"}),
        ("wines of winery #12345", {"winery": "12345"}),
    ):
        x = extract(lib.get("wines"), find_entities(text, TODAY), TODAY)
        assert x.binds == binds, text


def test_a_bound_chooses_between_two_parameters_of_one_measure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lib = _one_query_library(
        tmp_path,
        "  rating_above: {type: int, optional: true, label: rating higher than}\n"
        "  resolution_below: {type: int, optional: true, label: resolution lower than}\n"
        "  resolution_above: {type: int, optional: true, label: resolution higher than}\n",
        "SELECT :rating_above, :resolution_below, :resolution_above",
    )
    for text, binds in (
        ("songs with a resolution smaller than 1000", {"resolution_below": 1000}),
        ("songs with a resolution bigger than 500", {"resolution_above": 500}),
        ("songs rated higher than 8", {"rating_above": 8}),
    ):
        x = extract(lib.get("wines"), find_entities(text, TODAY), TODAY)
        assert {k: v for k, v in x.binds.items() if v is not None} == binds, text


def test_a_refused_choice_among_hundreds_names_a_few_in_one_short_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A red team found the refusal listing every choice: 30,000 characters for a long list."""
    from support import library_of

    choices = ", ".join(f"store {i:03d}" for i in range(300))
    lib = library_of(
        tmp_path / "lib",
        {
            "store_sales": (
                "title: Sales of a store\n"
                "description: Sales of one store.\n"
                "examples: [sales of store 001]\n"
                f"params:\n  store: {{type: choice, choices: [{choices}]}}",
                "SELECT :store AS store",
            )
        },
    )
    q = lib.get("store_sales")
    with pytest.raises(UserFacingError) as refused:
        validate_binds(q, {"store": "store 999"})
    line = str(refused.value)
    assert line.startswith("Store must be one of: store 000, store 001,")
    assert line.endswith("store 011 and 288 more.") and "\n" not in line and len(line) < 300
    assert validate_binds(q, {"store": "Store 299"})["store"] == "store 299"
