"""A range of two numbers binds both ends of the min/max pair its subject names, however the
range is said: with a dash ("rent 800-1200"), with its currency signs ("between $800 and
$1,200"), or with no opening word after the pair's own words ("rent 800 to 1200"). On a small
library written here, and switched off to show it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.language.entities import find_entities
from bot.library.loader import parse_query_file
from bot.library.model import QueryDef
from bot.matching import bound_pairs, params

TODAY = dt.date(2026, 11, 22)

FLATS = """/*---
title: Flats
params:
  min_rent: {type: int, optional: true, min: 0, label: rent at least}
  max_rent: {type: int, optional: true, min: 0, label: rent at most}
  rooms_at_least: {type: int, optional: true, min: 0, label: rooms at least}
  rooms_at_most: {type: int, optional: true, min: 0, label: rooms at most}
  floor: {type: int, optional: true, min: 0, label: floor}
  let_after: {type: date, optional: true, label: let after this day}
  let_before: {type: date, optional: true, label: let before this day}
---*/
SELECT f.id, f.rent, f.rooms, f.floor, f.let_on FROM flats AS f
WHERE 1 = 1
{% if min_rent is not none %}AND f.rent >= :min_rent{% endif %}
{% if max_rent is not none %}AND f.rent <= :max_rent{% endif %}
{% if rooms_at_least is not none %}AND f.rooms >= :rooms_at_least{% endif %}
{% if rooms_at_most is not none %}AND f.rooms <= :rooms_at_most{% endif %}
{% if floor is not none %}AND f.floor = :floor{% endif %}
{% if let_after %}AND f.let_on > :let_after{% endif %}
{% if let_before %}AND f.let_on < :let_before{% endif %}
"""

RENT = ("min_rent", "max_rent")
ROOMS = ("rooms_at_least", "rooms_at_most")


def _binds(said: str) -> dict:
    problems: list = []
    query = parse_query_file(Path("flats.sql"), FLATS, problems, "flats.sql")
    assert query is not None, problems
    assert isinstance(query, QueryDef)
    return params.extract(query, find_entities(said, TODAY), TODAY).binds


@pytest.mark.parametrize(
    ("said", "pair", "want"),
    [
        ("flats with a rent of 800-1200", RENT, (800, 1200)),
        ("flats with rent 800 - 1200 a month", RENT, (800, 1200)),
        ("flats whose rent is between $800 and $1,200", RENT, (800, 1200)),
        ("flats with rent ranging 800 to 1200", RENT, (800, 1200)),
        ("flats whose rent is betwen 800 and 1200", RENT, (800, 1200)),  # a letter left out
        ("flats whose rooms number 2 to 4", ROOMS, (2, 4)),
    ],
)
def test_a_range_binds_both_ends_of_the_pair_it_names(
    said: str, pair: tuple[str, str], want: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    binds = _binds(said)
    assert (binds[pair[0]], binds[pair[1]]) == want
    assert binds["floor"] is None
    monkeypatch.setattr(bound_pairs, "RANGE_FORMS", False)
    off = _binds(said)
    assert (off[pair[0]], off[pair[1]]) != want


@pytest.mark.parametrize(
    ("said", "pair", "ends"),
    [
        ("flats 800-1200", RENT, (800, 1200)),  # two pairs and neither named: whose is it?
        ("flats with rent 1200-800", RENT, (1200, 800)),  # no range: the first end is larger
        ("flats with rooms on the top 3-5 floors", ROOMS, (3, 5)),  # a count of rows
    ],
)
def test_no_pair_takes_a_range_it_does_not_name(
    said: str, pair: tuple[str, str], ends: tuple[int, int]
) -> None:
    binds = _binds(said)
    assert (binds[pair[0]], binds[pair[1]]) != ends


def test_ranges_of_dates_stay_dates() -> None:
    binds = _binds("flats let between March 3, 2025 and May 5, 2025")
    assert binds["let_after"] is not None and binds["let_before"] is not None
    assert (binds["min_rent"], binds["max_rent"], binds["floor"]) == (None, None, None)
