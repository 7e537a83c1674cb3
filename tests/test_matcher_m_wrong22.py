"""Issue 10, wrong answers (round 22): a scale word said after a number its parameter is already
measured in (bot.library.types.said_scale), a number before a superlative counts rows
(bot.language.superlatives), and a range of years ending after today keeps its last year
(bot.matching.year_bounds.FUTURE_END_YEAR_KEPT). Small libraries written here, each switch on
and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language import superlatives
from bot.language.superlatives import is_superlative, ranks_before
from bot.library.types import said_scale
from bot.matching import example_values, structure, unmet_statistic, year_bounds
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

BUILDINGS = (
    "title: Office buildings\n"
    "description: One row per building with its name, city, height (metres) and stories.\n"
    "  Optionally height at least so much; tallest first or by name; `n` for a top list.\n"
    "examples: [list all buildings, tallest towers]\n"
    "keywords: [building, buildings, tower, towers, height, tall, tallest, stories]\n"
    "params:\n"
    "  building: {type: string, optional: true, label: building name}\n"
    "  min_height: {type: int, optional: true, min: 0, label: height at least (m)}\n"
    "  sort:\n"
    "    type: choice\n"
    "    choices: [name, tallest]\n"
    "    default: name\n"
    "    synonyms: {tallest: tallest, highest: tallest}\n"
    "  n: {type: int, optional: true, min: 1, max: 1000, label: how many}",
    "SELECT b.name, b.city, b.height, b.stories FROM buildings AS b WHERE 1 = 1\n"
    "{% if building %}AND b.name = :building{% endif %}\n"
    "{% if min_height is not none %}AND b.height >= :min_height{% endif %}\n"
    "ORDER BY {% if sort == 'tallest' %}b.height DESC{% else %}b.name{% endif %}\n"
    "{% if n %}LIMIT :n{% endif %}",
)
COMPANIES = (
    "title: Companies\n"
    "description: One row per company with its industry, sales and assets. Optionally assets\n"
    "  or sales at least so much.\n"
    "examples: [list all companies, companies with big assets]\n"
    "keywords: [company, companies, firm, assets, sales, revenue]\n"
    "params:\n"
    "  min_assets: {type: number, optional: true, min: 0, label: assets at least}\n"
    "  min_sales: {type: number, optional: true, min: 0, label: sales at least}",
    "SELECT c.name, c.Assets_billion, c.sales FROM companies AS c WHERE 1 = 1\n"
    "{% if min_assets is not none %}AND c.Assets_billion >= :min_assets{% endif %}\n"
    "{% if min_sales is not none %}AND c.sales >= :min_sales{% endif %}",
)
MOVES = (
    "title: Office move-ins\n"
    "description: One row per office with the year the company moves in. Optionally move-in\n"
    "  years from and to a year.\n"
    "examples: [office move-ins, move-ins after 2020]\n"
    "keywords: [office, offices, move-in, move-ins, moves, year]\n"
    "params:\n"
    "  from_year: {type: int, optional: true, min: 1900, max: 2100, label: move-in year from}\n"
    "  to_year: {type: int, optional: true, min: 1900, max: 2100, label: move-in year to}",
    "SELECT o.company, o.move_in_year FROM offices AS o WHERE 1 = 1\n"
    "{% if from_year %}AND o.move_in_year >= :from_year{% endif %}\n"
    "{% if to_year %}AND o.move_in_year <= :to_year{% endif %}",
)


def _run(lib, text: str):  # type: ignore[no-untyped-def]
    clear_index_cache()
    return match(text, lib, TODAY)  # type: ignore[arg-type]


def test_superlative_words() -> None:
    assert is_superlative("tallest") and is_superlative("heaviest") and is_superlative("oldest")
    assert not is_superlative("interest") and not is_superlative("request")
    assert not is_superlative("west") and not is_superlative("est")
    assert ranks_before(("tallest", "buildings"))
    assert not ranks_before(("most", "recently"))
    assert not ranks_before(("guests",))


def test_a_scale_the_parameter_is_measured_in_is_its_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"buildings": BUILDINGS, "companies": COMPANIES})
    monkeypatch.setattr(said_scale, "SCALE_ALREADY_THE_UNIT", True)
    tall = _run(lib, "buildings at least 300m tall")
    rich = _run(lib, "companies with assets of at least 2000 billion")
    # sales are counted in no scale: "5 billion" is 5e9 still
    sales = _run(lib, "companies with sales of at least 5 billion")
    monkeypatch.setattr(said_scale, "SCALE_ALREADY_THE_UNIT", False)
    off_tall = _run(lib, "buildings at least 300m tall")
    off_rich = _run(lib, "companies with assets of at least 2000 billion")
    assert (tall.query, tall.params["min_height"]) == ("buildings", 300)
    assert (rich.query, rich.params["min_assets"]) == ("companies", 2000)
    assert (sales.query, sales.params["min_sales"]) == ("companies", 5e9)
    assert off_tall.params["min_height"] == 300_000_000
    assert off_rich.params["min_assets"] == 2e12


def test_a_number_before_a_superlative_counts_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"buildings": BUILDINGS, "companies": COMPANIES})
    monkeypatch.setattr(superlatives, "NUMBER_BEFORE_SUPERLATIVE_RANKS", True)
    on = _run(lib, "3 tallest buildings")
    named = _run(lib, "height of building 3")  # a number after its noun still names one
    monkeypatch.setattr(superlatives, "NUMBER_BEFORE_SUPERLATIVE_RANKS", False)
    off = _run(lib, "3 tallest buildings")
    assert (on.query, on.params["n"], on.params["building"]) == ("buildings", 3, None)
    assert (named.query, named.params["building"]) == ("buildings", "3")
    assert off.params["n"] is None  # off: building "3", the whole list


def test_a_range_of_years_ending_after_today_keeps_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"moves": MOVES, "buildings": BUILDINGS})
    monkeypatch.setattr(year_bounds, "FUTURE_END_YEAR_KEPT", True)
    on = _run(lib, "office move-ins from 2025 to 2028")
    since = _run(lib, "office move-ins since 2025")  # no end said: none bound
    monkeypatch.setattr(year_bounds, "FUTURE_END_YEAR_KEPT", False)
    off = _run(lib, "office move-ins from 2025 to 2028")
    assert (on.query, on.params["from_year"], on.params["to_year"]) == ("moves", 2025, 2028)
    assert (since.params["from_year"], since.params["to_year"]) == (2025, None)
    assert off.params["to_year"] is None


MEDIANS = (
    "title: Company medians\n"
    "description: The median market value of the companies.\n"
    "examples: [median market value]\n"
    "keywords: [median, market value, companies]",
    "SELECT MEDIAN(c.market_value) AS median_market_value FROM companies AS c",
)


def test_a_statistic_no_sql_computes_is_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert unmet_statistic.asked_statistics("the standard deviation of profits") == {"stddev"}
    assert unmet_statistic.computed_statistics(MEDIANS[1]) == {"median"}
    lib = _library(tmp_path / "lib", {"companies": COMPANIES, "buildings": BUILDINGS})
    text = "median assets of the companies"
    monkeypatch.setattr(unmet_statistic, "UNMET_STATISTIC_TICKET", True)
    on = _run(lib, text)
    plain = _run(lib, "assets of the companies")  # no statistic said: the listing runs
    monkeypatch.setattr(unmet_statistic, "UNMET_STATISTIC_TICKET", False)
    off = _run(lib, text)
    assert on.status == "unmatched" and "median" in on.ignored
    assert (plain.status, plain.query) == ("matched", "companies")
    assert (off.status, off.query) == ("matched", "companies")
    # a query that computes the median answers it
    lib2 = _library(tmp_path / "lib2", {"medians": MEDIANS, "buildings": BUILDINGS})
    monkeypatch.setattr(unmet_statistic, "UNMET_STATISTIC_TICKET", True)
    kept = _run(lib2, "median market value of the companies")
    assert (kept.status, kept.query) == ("matched", "medians")


def test_above_average_and_below_the_maximum_compare_with_other_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(structure, "PAST_EXTREME_IS_RELATIVE", True)
    assert structure.relative_comparison("branches with above-average spend per member")
    assert structure.relative_comparison("balances below the maximum checking balance")
    assert not structure.relative_comparison("branches with spend above 500")
    assert not structure.relative_comparison("the maximum balance of each branch")
    monkeypatch.setattr(structure, "PAST_EXTREME_IS_RELATIVE", False)
    assert not structure.relative_comparison("branches with above-average spend per member")
    assert structure.relative_comparison("spend above the average spend")


def test_a_bound_against_the_maximum_runs_no_listing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"companies": COMPANIES, "buildings": BUILDINGS})
    text = "companies whose assets are below the maximum assets"
    monkeypatch.setattr(structure, "PAST_EXTREME_IS_RELATIVE", True)
    on = _run(lib, text)
    monkeypatch.setattr(structure, "PAST_EXTREME_IS_RELATIVE", False)
    off = _run(lib, text)
    assert on.status != "matched"
    assert (off.status, off.query) == ("matched", "companies")


REIGNS = (
    "title: Wrestlers and their reigns\n"
    "description: One row per wrestler with the days held and where the title was won.\n"
    "  Optionally one location or one team.\n"
    "examples: [list all the wrestlers, wrestlers who won the title in Osaka, title wins in Japan]\n"
    "keywords: [wrestler, wrestlers, reign, days held, location, won, team]\n"
    "params:\n"
    "  location: {type: string, optional: true, label: location}\n"
    "  team: {type: string, optional: true, label: team}",
    "SELECT w.name, w.days_held, w.location, w.team FROM wrestler AS w WHERE 1 = 1\n"
    "{% if location %}AND w.location = :location{% endif %}\n"
    "{% if team %}AND w.team = :team{% endif %}",
)


def test_a_value_an_example_says_is_bound_or_ticketed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"reigns": REIGNS, "buildings": BUILDINGS})
    lib.known_values = {
        "reigns": {
            "location": ["Osaka , Japan", "Tokyo , Japan"],
            "team": ["Team Orton", "Team Batista"],
        }
    }
    monkeypatch.setattr(example_values, "EXAMPLE_VALUE_UNBOUND", True)
    on = _run(lib, "which wrestlers won the title in osaka")
    # "team" is the query's own word, never a value; "japan" is in two values: no guess
    team = _run(lib, "wrestlers and their team")
    japan = _run(lib, "wrestlers who won in japan")
    monkeypatch.setattr(example_values, "EXAMPLE_VALUE_UNBOUND", False)
    off = _run(lib, "which wrestlers won the title in osaka")
    assert (on.query, on.params["location"]) == ("reigns", "Osaka , Japan")
    assert (team.status, team.params.get("team")) == ("matched", None)
    assert japan.status == "unmatched"
    assert (off.query, off.params["location"]) == ("reigns", None)
