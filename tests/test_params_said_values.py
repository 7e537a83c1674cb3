"""The right query with the right value (issue 10, classes 3 and 6): a year said as a bound
read as the SQL compares it, "to" closing a from/to pair of years. Each rule on a small
library written here, and each switched off to show it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.language import bounds
from bot.library.model import Library
from bot.matching import readings
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
    monkeypatch.setattr(readings, "YEAR_BOUND_STRICTNESS", False)
    assert match("trade fairs held after 2017", fairs, TODAY).params["from_year"] == 2017


def test_a_range_of_years_fills_from_and_to(
    fairs: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = match("trade fairs held between 2009 and 2011", fairs, TODAY)
    assert (d.params["from_year"], d.params["to_year"]) == (2009, 2011)
    monkeypatch.setattr(bounds, "TO_IS_AN_UPPER_BOUND", False)
    d = match("trade fairs held between 2009 and 2011", fairs, TODAY)
    assert d.params["to_year"] is None
