"""The right query with the right value (issue 10, classes 3 and 6): a year said as a bound
read as the SQL compares it, "to" closing a from/to pair of years, negated and named bounds,
the bound compared as strictly as the words say, a whole amount past an inclusive decimal
bound, a bare amount that is no count. Each rule on a small library written here, and each
switched off to show it is the rule that does it (more in test_params_said_values2.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.language import bounds
from bot.library.model import Library
from bot.library.types import numbers
from bot.matching import bound_pairs, structure, year_bounds
from bot.matching.matcher import match

TODAY = dt.date(2026, 11, 22)

FAIRS = (
    """title: Trade fairs
description: Every trade fair held, one row per fair, with its city and year.
keywords: [fair, fairs, trade fair, held, city]
params:
  year: {type: int, optional: true, min: 1900, max: 2030, label: "year"}
  from_year: {type: int, optional: true, min: 1900, max: 2030, label: "from year (inclusive)"}
  to_year: {type: int, optional: true, min: 1900, max: 2030, label: "to year (inclusive)"}""",
    """SELECT f.name, f.city, f.year FROM fairs AS f WHERE 1 = 1
{% if year %}AND f.year = :year{% endif %}
{% if from_year %}AND f.year >= :from_year{% endif %}
{% if to_year %}AND f.year <= :to_year{% endif %}
ORDER BY f.year""",
)


@pytest.fixture
def fairs(tmp_path: Path) -> Library:
    return library_of(tmp_path / "lib", {"trade_fairs": FAIRS})


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("trade fairs held after 2017", {"from_year": 2018, "to_year": None}),
        ("trade fairs held before 2000", {"from_year": None, "to_year": 1999}),
        ("trade fairs held since 2010", {"from_year": 2010, "to_year": None}),
        ("trade fairs held until 2010", {"from_year": None, "to_year": 2010}),
    ],
)
def test_a_year_said_as_a_bound_is_read_as_the_sql_compares_it(
    fairs: Library, said: str, expected: dict
) -> None:
    d = match(said, fairs, TODAY)
    assert d.query == "trade_fairs"
    assert {k: d.params[k] for k in expected} == expected


def test_a_strict_year_bound_is_the_year_said_without_the_rule(
    fairs: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(year_bounds, "YEAR_BOUND_STRICTNESS", False)
    assert match("trade fairs held after 2017", fairs, TODAY).params["from_year"] == 2017


def test_a_range_of_years_fills_from_and_to(
    fairs: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = match("trade fairs held between 2009 and 2011", fairs, TODAY)
    assert (d.params["from_year"], d.params["to_year"]) == (2009, 2011)
    monkeypatch.setattr(bounds, "TO_IS_AN_UPPER_BOUND", False)
    d = match("trade fairs held between 2009 and 2011", fairs, TODAY)
    assert d.params["to_year"] is None


MEMBERS = (
    """title: Members
description: Club members with their balance owed and how many visits they made.
keywords: [member, members, balance, owed, owing, visits]
params:
  min_balance: {type: number, optional: true, min: 0, label: at least this much owed}
  max_balance: {type: number, optional: true, min: 0, label: at most this much owed}
  balance_above: {type: number, optional: true, min: 0, label: more than this much owed}
  min_visits: {type: int, optional: true, min: 0, label: at least this many visits}
  max_visits: {type: int, optional: true, min: 0, label: at most this many visits}""",
    """SELECT m.name, m.balance, m.visits FROM members AS m WHERE 1 = 1
{% if min_balance is not none %}AND m.balance >= :min_balance{% endif %}
{% if max_balance is not none %}AND m.balance <= :max_balance{% endif %}
{% if balance_above is not none %}AND m.balance > :balance_above{% endif %}
{% if min_visits is not none %}AND m.visits >= :min_visits{% endif %}
{% if max_visits is not none %}AND m.visits <= :max_visits{% endif %}""",
)
_MEMBER_PARAMS = ("min_balance", "max_balance", "balance_above", "min_visits", "max_visits")


@pytest.fixture
def members(tmp_path: Path) -> Library:
    return library_of(tmp_path / "lib", {"members": MEMBERS})


def _set(d) -> dict:  # type: ignore[no-untyped-def]
    return {k: d.params[k] for k in _MEMBER_PARAMS if d.params.get(k) is not None}


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("members with no more than 10 visits", {"max_visits": 10}),
        ("members with not more than 10 visits", {"max_visits": 10}),
        ("members with no fewer than 10 visits", {"min_visits": 10}),
        ("members with a maximum of 10 visits", {"max_visits": 10}),
        ("members with up to 10 visits", {"max_visits": 10}),
        ("members with a minimum of 10 visits", {"min_visits": 10}),
    ],
)
def test_a_negated_or_named_bound_is_the_inclusive_bound_it_means(
    members: Library, said: str, expected: dict
) -> None:
    d = match(said, members, TODAY)
    assert d.query == "members" and _set(d) == expected


def test_negated_bounds_read_the_other_way_without_the_rule(
    members: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bounds, "NEGATED_AND_NAMED_BOUNDS", False)
    assert _set(match("members with no more than 10 visits", members, TODAY)) != {"max_visits": 10}


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("members owing more than 2000", {"balance_above": 2000}),
        ("members owing at least 2000", {"min_balance": 2000}),
        ("members owing between 1000 and 3000", {"min_balance": 1000, "max_balance": 3000}),
    ],
)
def test_the_bound_compared_as_the_words_say_takes_the_number(
    members: Library, said: str, expected: dict
) -> None:
    assert _set(match(said, members, TODAY)) == expected


def test_strictness_picks_nothing_without_the_rule(
    members: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    header, sql = MEMBERS
    no_max_visits = (
        "\n".join(line for line in header.splitlines() if "max_visits" not in line),
        "\n".join(line for line in sql.splitlines() if "max_visits" not in line),
    )
    ledger = library_of(tmp_path / "ledger", {"members": no_max_visits})
    said = "members with between 1000 and 3000 dollars owed"
    expected = {"min_balance": 1000, "max_balance": 3000}
    # the range goes to the inclusive pair of two even where a count took an end of it
    monkeypatch.setattr(numbers, "COUNTS_NEED_THEIR_NOUN", False)
    assert _set(match(said, ledger, TODAY)) == expected
    monkeypatch.setattr(bound_pairs, "STRICTNESS_PICKS_THE_BOUND", False)
    assert _set(match("members owing more than 2000", members, TODAY)) != {"balance_above": 2000}
    assert _set(match(said, ledger, TODAY)) != expected


def test_a_bare_amount_is_no_count_of_things(
    members: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = "members who have a balance owed to the club of more than 2000"
    assert _set(match(said, members, TODAY)) == {"balance_above": 2000}
    assert _set(match("members with more than 3 visits", members, TODAY)) == {"min_visits": 4}
    monkeypatch.setattr(numbers, "COUNTS_NEED_THEIR_NOUN", False)
    assert "balance_above" not in _set(match(said, members, TODAY))


LOANS = (
    """title: Loans
description: Every loan with its amount.
keywords: [loan, loans, amount]
params:
  min_amount: {type: number, optional: true, min: 0, label: amount at least}""",
    """SELECT l.id, l.amount FROM loans AS l WHERE 1 = 1
{% if min_amount is not none %}AND l.amount >= :min_amount{% endif %}""",
)


def test_more_than_a_whole_amount_steps_past_it_for_an_inclusive_decimal_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loans = library_of(tmp_path / "lib", {"loans": LOANS})
    assert match("loans with amount more than 3000", loans, TODAY).params["min_amount"] == 3001
    assert match("loans with amount at least 3000", loans, TODAY).params["min_amount"] == 3000
    assert match("loans with amount more than 2.5", loans, TODAY).params["min_amount"] == 2.5
    monkeypatch.setattr(bound_pairs, "WHOLE_AMOUNTS_STEP", False)
    assert match("loans with amount more than 3000", loans, TODAY).params["min_amount"] == 3000


def test_a_bound_said_in_the_negative_is_no_negated_request(
    members: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert match("members with no more than 10 visits", members, TODAY).status == "matched"
    monkeypatch.setattr(structure, "BOUND_NEGATIONS_ARE_BOUNDS", False)
    assert match("members with no more than 10 visits", members, TODAY).status != "matched"
