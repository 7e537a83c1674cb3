"""A year parameter refuses a number only when the words tie that number to it: a count of
things ("2+ stores", "opened one store") or a piece of a clock time is no year out of range."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.language.entities import find_entities
from bot.library.types import numbers
from bot.matching.params import extract

TODAY = dt.date(2026, 12, 4)

# The label speaks of the thing counted ("year the store opened"): "2+ stores" still counts.
STORES = (
    """title: Store directory
description: Every store with its city and the year it opened.
keywords: [store, stores, city, opened]
params:
  opened_in: {type: int, optional: true, min: 1800, max: 2100, label: year the store opened}""",
    """SELECT s.name, s.city FROM stores AS s WHERE 1 = 1
{% if opened_in %}AND s.opened = :opened_in{% endif %}""",
)


@pytest.mark.parametrize(
    "said",
    [
        "cities with 2+ stores",
        "owners who opened one store",
        "stores opened before 09:00:00",
    ],
)
def test_a_count_or_a_clock_time_is_no_year_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: str
) -> None:
    (stores,) = library_of(tmp_path / "lib", {"stores": STORES})
    ent = find_entities(said, TODAY)
    assert extract(stores, ent, TODAY).refusals == []
    monkeypatch.setattr(numbers, "COUNT_OR_CLOCK_NO_YEAR", False)
    assert extract(stores, ent, TODAY).refusals != []


def test_a_year_said_out_of_range_is_still_refused(tmp_path: Path) -> None:
    (stores,) = library_of(tmp_path / "lib", {"stores": STORES})
    for said in ("stores opened in year 1500", "stores opened after 1500"):
        assert extract(stores, find_entities(said, TODAY), TODAY).refusals != [], said


# A parameter that holds no year, labelled with a word said beside a year ("2025 signups").
CONVERSION = (
    """title: Signup conversion
description: Share of signups that ordered within some days of signing up.
keywords: [conversion, signup, signups]
params:
  days: {type: int, default: 30, min: 1, max: 365, label: days after signup}""",
    """SELECT COUNT(*) AS n FROM signups AS s WHERE s.days_to_order <= :days""",
)


def test_a_year_beside_a_label_word_is_no_other_value_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (conversion,) = library_of(tmp_path / "lib", {"conversion": CONVERSION})
    ent = find_entities("conversion 2025 signups 10d", TODAY)
    assert extract(conversion, ent, TODAY).refusals == []
    said = find_entities("conversion within 2025 days", TODAY)
    assert extract(conversion, said, TODAY).refusals != []  # its unit ties it
    monkeypatch.setattr(numbers, "A_YEAR_IS_NO_OTHER_VALUE", False)
    assert extract(conversion, ent, TODAY).refusals != []
