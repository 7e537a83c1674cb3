"""Requests worded by others over a small library (issue 10): each rule on a library written
here, and each switched off to show it is the rule that does it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.errors import UserFacingError
from bot.language import ask_focus, period_refusals, periods, textnorm
from bot.language.entities import find_entities
from bot.library.model import Library
from bot.library.types import numbers
from bot.matching import bound_pairs, near_ties, restricted, signals
from bot.matching.matcher import index_for, match
from tests.support import library_of

TODAY = date(2026, 11, 22)

SHELF = (
    """title: Items short on the shelf
description: Items whose count on the shelf is under a limit.
examples:
  - items short on the shelf
  - items with fewer than 5 on the shelf
keywords: [shelf, short, items]
params:
  limit_units: {type: int, default: 10, min: 0, label: shelf count}""",
    "SELECT item, shelf_count FROM items WHERE shelf_count < :limit_units ORDER BY shelf_count",
)


@pytest.fixture
def shelf(tmp_path: Path) -> Library:
    return library_of(tmp_path / "lib", {"short_items": SHELF})


def test_a_bound_the_sql_points_the_other_way_is_no_value(
    shelf: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `shelf_count < :limit_units` is an upper bound: "more than 40" cannot be its value
    assert match("items short on the shelf with fewer than 5", shelf, TODAY).params == {
        "limit_units": 5
    }
    text = "items short on the shelf with more than 40"
    assert match(text, shelf, TODAY).status == "unmatched"
    monkeypatch.setattr(numbers, "SQL_SAYS_THE_BOUND", False)
    assert match(text, shelf, TODAY).params == {"limit_units": 40}


REFUNDS = (
    """title: Refunds by reason
examples:
  - refunds last month
  - refunded amount by reason this quarter
keywords: [refunds, refunded, reimbursements, reason]
params:
  period: {type: date_range, default: last month, label: period}""",
    "SELECT reason, SUM(amount) FROM refunds"
    " WHERE refund_date BETWEEN :period_start AND :period_end GROUP BY reason",
)


@pytest.fixture
def refunds(tmp_path: Path) -> Library:
    return library_of(tmp_path / "lib", {"refunds_by_reason": REFUNDS})


def test_an_arrow_joins_a_range(refunds: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "refunds by reason for 2026-11-16 → 2026-11-22"
    want = {"period_start": "2026-11-16", "period_end": "2026-11-22"}
    assert match(text, refunds, TODAY).params == want
    assert match("refunds by reason Nov 3 -> Nov 9", refunds, TODAY).params == {
        "period_start": "2026-11-03",
        "period_end": "2026-11-09",
    }
    monkeypatch.setattr(periods, "ARROWS_JOIN_RANGES", False)
    assert match(text, refunds, TODAY).params != want


def test_a_salutation_names_whom_it_greets_in_a_few_words(
    refunds: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "hey @databot reimbursements paid out in 2025, by reason"
    want = {"period_start": "2025-01-01", "period_end": "2025-12-31"}
    assert match(text, refunds, TODAY).params == want
    # a short greeting is still no part of the ask
    assert match("hi data team, refunds in 2025", refunds, TODAY).params == want
    monkeypatch.setattr(ask_focus, "SHORT_SALUTATIONS", False)
    assert match(text, refunds, TODAY).params != want


@pytest.mark.parametrize("text", ["refunds by reason Q1 2027", "refunds by reason for 2027"])
def test_a_period_written_as_dates_after_today_is_refused(
    refunds: Library, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    with pytest.raises(UserFacingError, match="has not begun"):
        match(text, refunds, TODAY)
    # a forecast or a plan is no period to refuse (it goes on to be a ticket or a match)
    match("refunds by reason we expect in Q1 2027", refunds, TODAY)
    monkeypatch.setattr(period_refusals, "FUTURE_DATES_REFUSED", False)
    assert match(text, refunds, TODAY).status == "matched"


USERS = (
    """title: Daily active users
description: Distinct users active each day.
examples:
  - daily active users last week
  - how many users were active per day this month
keywords: [active users, daily, users, active]
params:
  period: {type: date_range, default: last 7 days, label: period}""",
    "SELECT day, COUNT(DISTINCT user_id) AS users FROM events"
    " WHERE day BETWEEN :period_start AND :period_end GROUP BY day",
)


@pytest.mark.parametrize(
    "text",
    [
        "daily active users last week but only premium users",
        "how many payouts did daily active users get last week",
    ],
)
def test_an_unused_word_said_as_a_restriction_makes_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    lib = library_of(tmp_path / "lib", {"daily_active_users": USERS})
    assert match("daily active users last week", lib, TODAY).status == "matched"
    d = match(text, lib, TODAY)
    assert d.status == "unmatched" and d.ignored
    monkeypatch.setattr(signals, "TICKET_ON_RESTRICTED_UNUSED", False)
    assert match(text, lib, TODAY).status == "matched"


def test_the_unused_object_of_a_relative_clause_makes_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"daily_active_users": USERS})
    text = "daily active users who tried the coupons last week"
    d = match(text, lib, TODAY)
    assert d.status == "unmatched" and "coupons" in d.ignored
    monkeypatch.setattr(restricted, "RELATIVE_CLAUSE_OBJECT", False)
    assert match(text, lib, TODAY).status == "matched"


JOINS = (
    """title: New members over time
description: Members who joined per day over a period, per referral source.
examples:
  - new members last month
  - joins per day this week
keywords: [joins, joined, new members, source]
params:
  period: {type: date_range, default: last month, label: period}""",
    "SELECT join_date AS day, COUNT(*) AS joins\nFROM members\n"
    "WHERE join_date BETWEEN :period_start AND :period_end GROUP BY join_date",
)
UPGRADES = (
    """title: Member upgrade rate
description: Of the members who joined in a period, the share who upgraded within 30 days.
examples:
  - upgrade rate of new members last month
  - of October's new members, how many upgraded?
keywords: [upgrade, upgraded, rate, share]
params:
  period: {type: date_range, default: last month, label: join period}""",
    "WITH cohort AS (SELECT member_id, upgraded_on, join_date FROM members"
    " WHERE join_date BETWEEN :period_start AND :period_end)"
    " SELECT COUNT(*) AS new_members, COUNT(upgraded_on) AS upgraded_members FROM cohort",
)


def test_count_star_counts_the_rows_of_its_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"new_members": JOINS, "member_upgrades": UPGRADES})
    text = "how many new members joined last month?"
    on = match(text, lib, TODAY)
    assert on.query == "new_members"
    monkeypatch.setattr(signals, "COUNT_STAR_COUNTS_ROWS", False)
    off = match(text, lib, TODAY)
    # a count of "joins" read as a count of something else than members: a lower score
    assert off.candidates[0].score < on.candidates[0].score - 0.1


@pytest.mark.parametrize(
    "text",
    [
        "what will refunds by reason be in December?",
        "how much will refunds by reason be for December?",
    ],
)
def test_a_question_in_the_future_tense_is_a_forecast(
    refunds: Library, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    assert match(text, refunds, TODAY).status == "unmatched"
    # a polite request is no forecast
    assert match("will you send refunds by reason for October?", refunds, TODAY).query
    monkeypatch.setattr(signals, "TICKET_ON_FORECAST", False)
    assert match(text, refunds, TODAY).status == "matched"


def test_top_left_unused_by_a_query_that_cannot_rank_makes_a_ticket(
    refunds: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the refunds query groups by reason but has no ORDER BY … LIMIT nor a row count
    text = "top refunds by reason last month"
    assert match("refunds by reason last month", refunds, TODAY).status == "matched"
    d = match(text, refunds, TODAY)
    assert d.status == "unmatched" and "top" in d.ignored
    monkeypatch.setattr(signals, "TICKET_ON_UNRANKED_TOP", False)
    assert match(text, refunds, TODAY).status == "matched"


SALES = (
    """title: Item sales
description: Units sold per item over a period.
examples:
  - item sales last month
  - which items sold best this week
keywords: [sales, sold, items, units sold, best sellers]
params:
  period: {type: date_range, default: last month, label: period}""",
    "SELECT item, SUM(units) AS units_sold FROM sales"
    " WHERE day BETWEEN :period_start AND :period_end GROUP BY item",
)


def _reading(**drops: Any) -> SimpleNamespace:
    base = dict(
        foreign_values=[], dropped_bounds=0, second_values=[], dropped_filters=[],
        dropped_breakdowns=[], misread_numbers=0, ignored=[], refusals=[], binds={},
        missing=[], asked=[], covered=frozenset(), grand_total_unmet=False, other_grain=False,
        value_spans=[], lexical=0.0, unshown=0, misplaced=0,
    )  # fmt: skip
    return SimpleNamespace(**{**base, **drops})


def test_of_a_near_tie_the_query_taking_every_value_goes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"item_sales": SALES, "short_items": SHELF})
    index = index_for(lib)
    sales, shelf = lib.queries["item_sales"], lib.queries["short_items"]
    # the best reading drops "under 8"; one 0.01 behind takes it
    results = [
        (0.76, sales, _reading(foreign_values=["8"], dropped_bounds=1)),
        (0.75, shelf, _reading(binds={"limit_units": 8})),
    ]
    monkeypatch.setattr(index, "score", lambda *_a: (results, find_entities("x", TODAY)))
    d = match("items nearly sold out (under 8)", lib, TODAY)
    assert (d.status, d.query, d.params) == ("matched", "short_items", {"limit_units": 8})
    assert d.candidates[0].query == "short_items"
    monkeypatch.setattr(signals, "NEAR_TIE_TAKES_ALL", False)
    # (and without the takers shown beside the dropping best, near_ties.DROPPER_SHOWS_TAKERS)
    monkeypatch.setattr(near_ties, "DROPPER_SHOWS_TAKERS", False)
    assert match("items nearly sold out (under 8)", lib, TODAY).status == "unmatched"


TREND = (
    """title: Revenue trend
examples:
  - weekly revenue last quarter
  - revenue per month this year
keywords: [revenue, trend, daily, weekly, monthly]
params:
  period: {type: date_range, default: last 3 months, label: period}
  grain:
    type: choice
    choices: [day, week, month]
    default: day
    synonyms: {daily: day, weekly: week, monthly: month}""",
    "SELECT date_trunc(:grain, day) AS period, SUM(amount) AS revenue FROM orders"
    " WHERE day BETWEEN :period_start AND :period_end GROUP BY 1",
)


def test_a_frequency_written_short_is_spelled_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"revenue_trend": TREND})
    assert match("revenue wkly last 6 months", lib, TODAY).params["grain"] == "week"
    monkeypatch.setattr(textnorm, "SPELL_OUT_FREQUENCIES", False)
    assert match("revenue wkly last 6 months", lib, TODAY).params.get("grain") != "week"


def test_first_n_days_is_a_window_of_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = library_of(tmp_path / "lib", {"member_upgrades": UPGRADE_WINDOW})
    text = "upgrade rate of new members last month, upgraded in their first 7 days"
    assert match(text, lib, TODAY).params["days"] == 7
    monkeypatch.setattr(bound_pairs, "FIRST_SPAN_IS_A_WINDOW", False)
    assert match(text, lib, TODAY).params.get("days") != 7


UPGRADE_WINDOW = (
    """title: Member upgrade rate
description: Of the members who joined in a period, the share who upgraded within N days.
examples:
  - upgrade rate of new members last month
  - share of new members who upgraded within 14 days
keywords: [upgrade, upgraded, rate, share, within, days]
params:
  period: {type: date_range, default: last month, label: join period}
  days: {type: int, default: 30, min: 1, max: 365, label: days after joining}""",
    "SELECT COUNT(*) AS new_members,\\n"
    "COUNT(*) FILTER (WHERE upgraded_on <= join_date + :days) AS upgraded\\nFROM members\\n"
    "WHERE join_date BETWEEN :period_start AND :period_end",
)


def test_a_candidate_behind_the_best_has_its_own_unused_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the near-tie rule may run the second: its words said but not used decide a ticket
    lib = library_of(tmp_path / "lib", {"item_sales": SALES, "short_items": SHELF})
    index = index_for(lib)
    results, _ent = index.score("items nearly sold out (under 8)", TODAY, 1)
    second = {q.name: x for _s, q, x in results}["short_items"]
    assert results[0][1].name == "item_sales" and second.ignored == ["sold"]
    monkeypatch.setattr(signals, "IGNORED_FOR_EVERY_CANDIDATE", False)
    results, _ent = index.score("items nearly sold out (under 8)", TODAY, 1)
    assert {q.name: x for _s, q, x in results}["short_items"].ignored == []


ACCOUNT = (
    """title: Account lookup
examples:
  - look up account 5512
  - details of account number 1207
keywords: [account, account number, lookup, look up, details]
params:
  account_id: {type: int, min: 1, label: account number}""",
    "SELECT * FROM accounts WHERE account_id = :account_id",
)


def test_an_abbreviation_beside_a_number_ties_it_to_its_parameter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "acct #0" is "account #0": an account number that cannot be meant, refused
    lib = library_of(tmp_path / "lib", {"account_lookup": ACCOUNT})
    with pytest.raises(UserFacingError, match="at least 1"):
        match("pls pull up acct #0", lib, TODAY)
    monkeypatch.setattr(numbers, "ABBREVIATIONS_BESIDE_NUMBERS", False)
    assert match("pls pull up acct #0", lib, TODAY).status != "matched"
