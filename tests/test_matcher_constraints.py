"""Constraints a query would drop (issue 10, class 4): a ticket rather than a wrong number, and
several groups named for a query that shows each group as a row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.library.loader import load_library
from bot.matching.matcher import match
from bot.matching.params import taken_as_text
from bot.matching.structure import asks_action, asks_method, negated_before, negates

TODAY = date(2026, 11, 22)
STARTER = load_library(Path(__file__).parent.parent / "queries")


@pytest.mark.parametrize(
    "text",
    [
        "refund reasons for electronics last month",  # a category only product sales filters on
        "orders by status for apparel last month",
    ],
)
def test_a_lower_case_value_of_another_querys_filter_makes_a_ticket(text: str) -> None:
    d = match(text, STARTER, TODAY)
    assert d.status == "unmatched"
    assert d.ignored  # and the person is told what could not be used


def test_a_number_is_not_taken_by_the_digits_of_a_date() -> None:
    # "20" is in the period's 2026-01-01, but no parameter took the number: top 20 is dropped.
    assert not taken_as_text("20", {"period_start": "2026-01-01", "plan": "pro"})
    assert taken_as_text("48213", {"customer": "48213"})
    assert taken_as_text("#4402", {"order_id": "4402"})
    assert not taken_as_text("12", {"customer": "Acme 123"})
    d = match("top 20 customers on the pro plan this year", STARTER, TODAY)
    assert d.status == "unmatched"
    assert "20" in d.ignored


@pytest.mark.parametrize(
    "text",
    ["pending vs shipped orders this week", "delivered or returned orders by status last month"],
)
def test_several_groups_named_leave_the_group_filter_unset(text: str) -> None:
    d = match(text, STARTER, TODAY)
    assert (d.status, d.query) == ("matched", "orders_by_status")
    assert d.params["status"] is None  # every status is a row of the result


def test_one_group_named_still_filters() -> None:
    d = match("cancelled orders last month", STARTER, TODAY)
    assert (d.query, d.params["status"]) == ("orders_by_status", "cancelled")


AOV = """/*---
name: aov_by_region
title: Average order value by region
description: The average value of an order in each region over a period.
examples: ["average order value last month", "aov by region this quarter"]
keywords: [aov, basket size]
params:
  period: {type: date_range, default: last month}
  region: {type: choice, choices: [EMEA, APAC, AMER], optional: true}
---*/
SELECT region, AVG(amount) AS average_order_value FROM orders
WHERE order_date BETWEEN :period_start AND :period_end
{% if region %}AND region = :region{% endif %}
GROUP BY region
"""


def test_a_breakdown_the_rows_cannot_be_per_makes_a_ticket(tmp_path: Path) -> None:
    """'by month' where the query's rows are per region: its examples' "last month" is no
    month grain."""
    (tmp_path / "aov_by_region.sql").write_text(AOV, encoding="utf-8")
    library = load_library(tmp_path)
    assert match("average order value by month", library, TODAY).status == "unmatched"
    d = match("average order value by region last month", library, TODAY)
    assert (d.status, d.query) == ("matched", "aov_by_region")


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("status of order no 49546", False),  # a number sign, as "no." is
        ("order no. 90211 please", False),
        ("order no #4402", False),
        ("customers with no orders", True),
        ("stations with no bikes available", True),
    ],
)
def test_no_before_a_number_is_a_number_sign(text: str, negated: bool) -> None:
    assert negates(text) is negated


def test_no_before_the_number_a_query_takes_does_not_negate_it() -> None:
    text = "status of order no 49546"
    assert not negated_before(text, text.index("49546"))
    text = "refunds not for order 49546"
    assert negated_before(text, text.index("49546"))
    d = match("status of order no 49546 pls", STARTER, TODAY)
    assert (d.status, d.query, d.params) == ("matched", "order_lookup", {"order_id": 49546})


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("how is churn calculated?", True),
        ("how exactly are active users defined", True),
        ("how do we define MRR?", True),
        ("what counts as an active user?", True),
        ("what does conversion mean in the signup report?", True),
        ("definition of a churned customer", True),
        ("how many active users did we have yesterday", False),
        ("how is revenue trending this year", False),
        ("what is the mean temperature per zip code", False),
    ],
)
def test_a_question_about_how_a_figure_is_made_is_no_request_for_it(
    text: str, method: bool
) -> None:
    assert asks_method(text) is method
    if method:  # a ticket for the team, never the query's numbers
        assert match(text, STARTER, TODAY).status == "unmatched"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("cancel order 49393, the customer asked us to", True),
        ("pls void order #4402", True),
        ("can you update the plan for customer 4431", True),
        ("delete all data we hold on customer 5521", True),
        ("refund summary", False),  # a noun naming data
        ("refund reasons since Sep 1", False),
        ("cancelled orders last month", False),
        ("update on revenue this week", False),
    ],
)
def test_a_request_to_act_on_a_record_is_no_request_for_data(text: str, action: bool) -> None:
    assert asks_action(text) is action
    if action:  # a ticket, never the record's lookup
        assert match(text, STARTER, TODAY).status == "unmatched"
