"""A count read as a figure from a one-row overview: "how many ships are there" from a query
whose SELECT shows `(SELECT COUNT(*) FROM ship) AS ships` hands over the number, where a
listing of ships only gives rows to count. On a small library written here, the switch off
shows it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.matching import one_row_counts
from bot.matching.index import index_for
from bot.matching.matcher import match
from bot.matching.one_row_counts import figure_counts

TODAY = dt.date(2026, 11, 22)

SHIPS = (
    """title: Ships
description: One row per ship with its name, type and flag. Optionally one flag.
keywords: [ship, ships, vessel, fleet, name, type, flag]
params:
  flag: {type: string, optional: true}""",
    """SELECT s.name AS ship, s.type, s.flag FROM ship AS s WHERE 1 = 1
{% if flag %}AND s.flag = :flag{% endif %} ORDER BY s.name""",
)

OVERVIEW = (
    """title: Fleet overview
description: One row for the whole fleet with its headline figures.
keywords: [fleet, overview, summary, totals, how many ships, how many flags]
params: {}""",
    """SELECT (SELECT COUNT(*) FROM ship) AS ships,
       (SELECT COUNT(DISTINCT flag) FROM ship) AS flags,
       (SELECT ROUND(AVG(age), 1) FROM crew) AS average_crew_age""",
)


def test_the_figures_of_a_one_row_result_are_read_from_its_sql() -> None:
    counts = figure_counts(OVERVIEW[1])
    assert frozenset({"ship"}) in counts and frozenset({"flag"}) in counts
    assert figure_counts(SHIPS[1]) == ()  # a listing is no one-row result


def test_a_count_the_overview_shows_is_read_from_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"ship_list": SHIPS, "fleet_overview": OVERVIEW})
    said = "how many ships are there?"
    assert match(said, lib, TODAY).query == "fleet_overview"
    # a count of the ships of one flag is the listing's, which takes the flag
    assert match("list the ships with their flag and type", lib, TODAY).query == "ship_list"
    monkeypatch.setattr(one_row_counts, "ONE_ROW_COUNT_BONUS", 0.0)
    assert match(said, lib, TODAY).query != "fleet_overview"


NAMED_OVERVIEW = (
    OVERVIEW[0].replace(
        "params: {}",
        "params:\n  name_word: {type: string, optional: true, label: word in the name}",
    ),
    OVERVIEW[1].replace(
        "FROM ship) AS ships",
        "FROM ship {% if name_word %}WHERE name LIKE '%' || :name_word || '%'{% endif %}) AS ships",
    ),
)


def _overview_score(lib: object, said: str) -> float:
    results, _ent = index_for(lib).score(said, TODAY)  # type: ignore[arg-type]
    return next(s for s, q, _x in results if q.name == "fleet_overview")


def test_a_count_of_rows_a_value_picks_gets_no_figure_bonus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"ship_list": SHIPS, "fleet_overview": NAMED_OVERVIEW})
    plain, named = "how many ships are there?", "how many ships have the word 'Star' in their name?"
    on_plain, on_named = _overview_score(lib, plain), _overview_score(lib, named)
    monkeypatch.setattr(one_row_counts, "ONE_ROW_COUNT_BONUS", 0.0)
    assert _overview_score(lib, plain) < on_plain  # the plain count gets the bonus
    assert _overview_score(lib, named) == on_named  # "the word Star" bound: no bonus


def test_a_count_with_a_name_no_query_knows_gets_no_figure_bonus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"ship_list": SHIPS, "fleet_overview": OVERVIEW})
    said = "how many ships does Zorblax operate?"
    held = _overview_score(lib, said)
    monkeypatch.setattr(one_row_counts, "UNKNOWN_WORDS_NO_FIGURE", False)
    assert _overview_score(lib, said) > held  # the unknown name withheld the bonus
