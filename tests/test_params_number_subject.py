"""A bound goes to the parameter its subject names (bot.library.types.number_subject): "the
rural share is above 40" is `rural_above`'s, not the first share bound of the query that fits
"above"; "an urban share below 30%" is taken by a bound labelled "urban % below". Switched off,
the first bound in the file took the number (a wrong value run) or none took the share."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.language.entities import find_entities
from bot.library.loader import parse_query_file
from bot.library.types import number_subject
from bot.matching import params

TODAY = date(2026, 11, 22)

REGIONS = """/*---
title: Regions and their make-up
description: One row per region with the share of residents living in towns and on farms.
keywords: [region, regions, urban, rural, farming, share, percentage, population]
examples:
  - regions where the urban share is above 50
params:
  min_population: {type: int, optional: true, min: 0, label: population at least}
  urban_above: {type: number, optional: true, min: 0, max: 100, label: urban % above}
  urban_below: {type: number, optional: true, min: 0, max: 100, label: urban % below}
  rural_above: {type: number, optional: true, min: 0, max: 100, label: rural % above}
  farming_above: {type: number, optional: true, min: 0, max: 100, label: farming % above}
---*/
SELECT region, population, urban_pct, rural_pct, farming_pct FROM regions WHERE 1 = 1
{% if min_population is not none %}AND population >= :min_population{% endif %}
{% if urban_above is not none %}AND urban_pct > :urban_above{% endif %}
{% if urban_below is not none %}AND urban_pct < :urban_below{% endif %}
{% if rural_above is not none %}AND rural_pct > :rural_above{% endif %}
{% if farming_above is not none %}AND farming_pct > :farming_above{% endif %}
"""


def _binds(text: str) -> dict:
    problems: list = []
    query = parse_query_file(Path("regions.sql"), REGIONS, problems, "regions.sql")
    assert query is not None, problems
    bound = params.extract(query, find_entities(text, TODAY), TODAY).binds
    return {k: v for k, v in bound.items() if v is not None}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("regions where the rural share is above 40.5", {"rural_above": 40.5}),
        ("regions in which the farming percentage is greater than 10", {"farming_above": 10}),
        ("regions that have farming percentages of over 20", {"farming_above": 20}),
        ("regions where the urban share is above 50", {"urban_above": 50}),
        ("regions with a population of at least 5000", {"min_population": 5000}),
    ],
)
def test_the_subject_names_the_bound(text: str, want: dict) -> None:
    assert _binds(text) == want


def test_switched_off_the_first_bound_takes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(number_subject, "SUBJECT_NAMES_THE_BOUND", False)
    got = _binds("regions where the rural share is above 40.5")
    assert got != {"rural_above": 40.5}
    assert len(got) == 1  # some other bound took the number


def test_a_share_said_of_its_own_word() -> None:
    assert _binds("regions with an urban share below 30%") == {"urban_below": 30}


def test_a_share_said_of_nobody_binds_nothing() -> None:
    # the subject ("regions") names no bound: several take a share, none is guessed
    assert _binds("regions where more than 20 percent of people farm") == {}


def test_switched_off_the_percent_sign_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(number_subject, "PERCENT_SIGN_IS_A_SHARE", False)
    assert _binds("regions with an urban share below 30%") == {}


def test_the_word_after_the_number_keeps_it() -> None:
    # the subject names farming, but "population" right after the number ties it to its bound
    # ("more than 5000" for `population >= :min_population` is 5001)
    assert _binds("farming regions with more than 5000 population") == {"min_population": 5001}


PEAKS = """/*---
title: Peaks
keywords: [peaks, peak, height, prominence, metres]
params:
  min_height: {type: int, optional: true, min: 0, label: height at least (m)}
  max_height: {type: int, optional: true, min: 0, label: height at most (m)}
  min_prominence: {type: int, optional: true, min: 0, label: prominence at least (m)}
---*/
SELECT peak, height, prominence FROM peaks WHERE 1 = 1
{% if min_height is not none %}AND height >= :min_height{% endif %}
{% if max_height is not none %}AND height <= :max_height{% endif %}
{% if min_prominence is not none %}AND prominence >= :min_prominence{% endif %}
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("peaks with a prominence of at least 3000 m", {"min_prominence": 3000}),
        ("peaks with a height of at least 3000 m", {"min_height": 3000}),
    ],
)
def test_a_unit_every_bound_shares_does_not_decide(text: str, want: dict) -> None:
    problems: list = []
    query = parse_query_file(Path("peaks.sql"), PEAKS, problems, "peaks.sql")
    assert query is not None, problems
    bound = params.extract(query, find_entities(text, TODAY), TODAY).binds
    assert {k: v for k, v in bound.items() if v is not None} == want
