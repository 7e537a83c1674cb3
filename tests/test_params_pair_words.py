"""A min/max pair's shared noun claims a number against a third numeric parameter
(bot.library.types.numbers.PAIR_WORDS_CLAIM): "nightly rates under 90" is a bound on the rate,
never a year, though "nightly rate" is each bound's word and so neither's own cue. Switched
off, the year (read first, then its upper bound) took 90 and the misread bound made a ticket."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.language.entities import find_entities
from bot.library.loader import load_library, parse_query_file
from bot.library.types import number_said, numbers
from bot.matching import params
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

ROOMS = """/*---
title: Hotel rooms
description: One row per room with the year it was built and its nightly rate.
keywords: [rooms, room, hotel, nightly rate, rate, year built]
examples:
  - rooms built in 1990
  - rooms with a nightly rate above 120
params:
  built: {type: int, optional: true, label: year built}
  built_after: {type: int, optional: true, label: built after year}
  built_before: {type: int, optional: true, label: built before year}
  min_rate: {type: number, optional: true, label: nightly rate above}
  max_rate: {type: number, optional: true, label: nightly rate below}
---*/
SELECT room, built, rate FROM rooms WHERE 1 = 1
{% if built is not none %}AND built = :built{% endif %}
{% if built_after is not none %}AND built > :built_after{% endif %}
{% if built_before is not none %}AND built < :built_before{% endif %}
{% if min_rate is not none %}AND rate > :min_rate{% endif %}
{% if max_rate is not none %}AND rate < :max_rate{% endif %}
"""

GUESTS = """/*---
title: Guest list
keywords: [guests, guest, visitors]
examples: [list every guest]
---*/
SELECT guest, country FROM guests
"""


def _binds(text: str) -> dict:
    problems: list = []
    query = parse_query_file(Path("rooms.sql"), ROOMS, problems, "rooms.sql")
    assert query is not None, problems
    bound = params.extract(query, find_entities(text, TODAY), TODAY).binds
    return {k: v for k, v in bound.items() if v is not None}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("show room and year built for rooms with nightly rates under 90", {"max_rate": 90}),
        ("rooms and the year built where the nightly rate is lower than 90", {"max_rate": 90}),
        ("rooms with a nightly rate above 150", {"min_rate": 150}),
        ("rooms built in 1990", {"built": 1990}),
    ],
)
def test_the_pairs_noun_claims_the_number(text: str, want: dict) -> None:
    assert _binds(text) == want


def test_switched_off_the_year_takes_the_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "show room and year built for rooms with nightly rates under 90"
    monkeypatch.setattr(numbers, "PAIR_WORDS_CLAIM", False)
    monkeypatch.setattr(number_said, "NO_YEAR_BELOW_YEARS", False)  # 90 is no year either
    assert _binds(text) == {"built_before": 90}


def test_the_request_runs_with_the_rate_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "hotel_rooms.sql").write_text(ROOMS, encoding="utf-8")
    (root / "guest_list.sql").write_text(GUESTS, encoding="utf-8")
    clear_index_cache()
    lib = load_library(root)
    text = "Show room and year built for all rooms with nightly rates lower than 90."
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "hotel_rooms")
    assert d.params["max_rate"] == 90 and d.params["built"] is None
    monkeypatch.setattr(numbers, "PAIR_WORDS_CLAIM", False)
    monkeypatch.setattr(number_said, "NO_YEAR_BELOW_YEARS", False)  # 90 is no year either
    clear_index_cache()
    assert match(text, lib, TODAY).status == "unmatched"  # the year took 90: a misread bound
