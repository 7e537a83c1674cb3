"""Count bounds read wrong on libraries nobody tuned for (issue 10, stop 41): "at least two
sites" taken as a year opened from 2 or as a bound on seats, and words that say none exist
("do not have workers", "nothing on the rota", "without any rota"). Each rule is shown on a small
library written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.language import bounds
from bot.language.entities import find_entities
from bot.library.loader import parse_query_file
from bot.library.model import Library
from bot.library.types import number_said, number_types
from bot.matching import (
    aggregate_bound,
    either_values,
    none_said,
    superlative_head,
    values_compared,
)
from bot.matching.matcher import clear_index_cache, match
from bot.matching.params import extract
from tests.support import library_of

TODAY = date(2026, 11, 22)

PER_TOWN = (
    "title: Sites per town\n"
    "examples:\n  - how many sites in each town\n  - towns with two or more sites\n"
    "keywords: [town, towns, sites, number of sites]\n"
    "params:\n"
    "  opened_from: {type: int, optional: true, label: counting sites opened from year}\n"
    "  min_seats: {type: int, optional: true, min: 0,"
    " label: counting sites with at least (seats)}\n"
    "  min_sites: {type: int, optional: true, min: 0, label: at least (sites)}\n"
    "  max_sites: {type: int, optional: true, min: 0, label: at most (sites)}",
    "SELECT town, COUNT(*) AS sites FROM site WHERE 1 = 1"
    " {% if opened_from is not none %}AND opened >= :opened_from{% endif %}"
    " {% if min_seats is not none %}AND seats >= :min_seats{% endif %}"
    " GROUP BY town HAVING 1 = 1"
    " {% if min_sites is not none %}AND COUNT(*) >= :min_sites{% endif %}"
    " {% if max_sites is not none %}AND COUNT(*) <= :max_sites{% endif %}",
)
OPENINGS = (
    "title: Openings per town\n"
    "examples:\n  - how many sites opened in each town\n"
    "keywords: [town, towns, sites]\n"
    "params:\n"
    "  opened_from: {type: int, optional: true, label: counting sites opened from year}\n"
    "  opened_to: {type: int, optional: true, label: counting sites opened up to year}\n"
    "  min_sites: {type: int, optional: true, min: 0, label: at least (sites)}\n"
    "  max_sites: {type: int, optional: true, min: 0, label: at most (sites)}",
    "SELECT town, COUNT(*) AS sites FROM site WHERE 1 = 1"
    " {% if opened_from is not none %}AND opened >= :opened_from{% endif %}"
    " {% if opened_to is not none %}AND opened <= :opened_to{% endif %}"
    " GROUP BY town HAVING 1 = 1"
    " {% if min_sites is not none %}AND COUNT(*) >= :min_sites{% endif %}"
    " {% if max_sites is not none %}AND COUNT(*) <= :max_sites{% endif %}",
)
STAFFING = (
    "title: Staff per shop\n"
    "examples:\n  - how many workers each shop has\n  - shops with nobody on the rota\n"
    "keywords: [shop, shops, workers, rota, staffing]\n"
    "params:\n"
    "  min_workers: {type: int, optional: true, min: 0, label: at least (workers)}\n"
    "  max_workers: {type: int, optional: true, min: 0, label: at most (workers)}",
    "SELECT s.name, COUNT(r.person_id) AS workers FROM shop AS s"
    " LEFT JOIN rota AS r ON r.shop_id = s.id GROUP BY s.id, s.name HAVING 1 = 1"
    " {% if min_workers is not none %}AND COUNT(r.person_id) >= :min_workers{% endif %}"
    " {% if max_workers is not none %}AND COUNT(r.person_id) <= :max_workers{% endif %}",
)


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    clear_index_cache()
    return library_of(
        tmp_path / "lib", {"per_town": PER_TOWN, "openings": OPENINGS, "staffing": STAFFING}
    )


def _binds(lib: Library, name: str, text: str) -> dict:
    return extract(lib.queries[name], find_entities(text, TODAY), TODAY).binds


def test_a_small_number_is_no_calendar_year(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _binds(lib, "openings", "towns with at most one site")["max_sites"] == 1
    assert _binds(lib, "openings", "towns with at least 2 sites")["min_sites"] == 2
    assert _binds(lib, "openings", "sites per town opened from 2012")["opened_from"] == 2012
    monkeypatch.setattr(number_said, "NAMED_COUNT_CLAIMS", False)  # claims these numbers too
    assert _binds(lib, "openings", "towns with at most one site")["max_sites"] == 1
    monkeypatch.setattr(number_said, "NO_YEAR_BELOW_YEARS", False)
    assert _binds(lib, "openings", "towns with at most one site")["opened_to"] == 1
    assert _binds(lib, "openings", "towns with at least 2 sites")["opened_from"] == 2


def test_the_count_a_name_says_claims_its_number(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "towns with at least two sites with at least 300 seats"
    binds = _binds(lib, "per_town", text)
    assert (binds["min_sites"], binds["min_seats"], binds["opened_from"]) == (2, 300, None)
    monkeypatch.setattr(number_said, "NAMED_COUNT_CLAIMS", False)
    assert _binds(lib, "per_town", "towns with at least two sites")["min_seats"] == 2


def test_a_negated_have_says_none(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _binds(lib, "staffing", "shops that do not have workers")["max_workers"] == 0
    assert _binds(lib, "staffing", "shops that don't have workers")["max_workers"] == 0
    # a bound after the "have" stays a bound
    assert _binds(lib, "staffing", "shops that don't have more than 3 workers")["max_workers"] != 0
    monkeypatch.setattr(none_said, "NEGATED_HAVE_IS_NONE", False)
    assert _binds(lib, "staffing", "shops that do not have workers")["max_workers"] is None


def test_nothing_and_the_counted_table_say_none(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _binds(lib, "staffing", "shops with nothing on the rota")["max_workers"] == 0
    assert _binds(lib, "staffing", "shops without any rota")["max_workers"] == 0
    monkeypatch.setattr(none_said, "NOTHING_IS_NONE", False)
    assert _binds(lib, "staffing", "shops with nothing on the rota")["max_workers"] is None
    monkeypatch.setattr(none_said, "COUNTED_TABLE_NAMES_IT", False)
    assert _binds(lib, "staffing", "shops without any rota")["max_workers"] is None


def test_the_counted_table_is_read_from_the_sql() -> None:
    sql = STAFFING[1]
    assert none_said.counted_table_words(sql, "max_workers") == ["rota"]
    assert none_said.counted_table_words(PER_TOWN[1], "max_sites") == []


PEOPLE = (
    "title: People\n"
    "examples:\n  - people taller than 190 cm\n"
    "keywords: [people, person, height, weight, tall, heavy]\n"
    "params:\n"
    "  min_height: {type: int, optional: true, min: 0, label: at least (cm)}\n"
    "  max_height: {type: int, optional: true, min: 0, label: at most (cm)}\n"
    "  min_weight: {type: int, optional: true, min: 0, label: at least (kg)}\n"
    "  max_weight: {type: int, optional: true, min: 0, label: at most (kg)}",
    "SELECT name, height, weight FROM people WHERE 1 = 1"
    " {% if min_height is not none %}AND height >= :min_height{% endif %}"
    " {% if max_height is not none %}AND height <= :max_height{% endif %}"
    " {% if min_weight is not none %}AND weight >= :min_weight{% endif %}"
    " {% if max_weight is not none %}AND weight <= :max_weight{% endif %}",
)
OTHER = (
    "title: Teams\nexamples:\n  - list the teams\nkeywords: [team, teams]",
    "SELECT team FROM teams",
)


@pytest.fixture
def people(tmp_path: Path) -> Library:
    clear_index_cache()
    return library_of(tmp_path / "people", {"people": PEOPLE, "teams": OTHER})


def test_size_comparatives_point_their_way(
    people: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _binds(people, "people", "people taller than 195 cm")["min_height"] == 196
    assert _binds(people, "people", "people lighter than 80 kg")["max_weight"] == 79
    monkeypatch.setattr(bounds, "SIZE_COMPARATIVES", False)
    assert _binds(people, "people", "people taller than 195 cm")["min_height"] != 196


def test_or_than_starts_another_bound(people: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    # a comparative it does not know ("aged over", a size word switched off) leaves "200" bare
    monkeypatch.setattr(bounds, "SIZE_COMPARATIVES", False)
    text = "people taller than 200 or shorter than 190"
    assert _binds(people, "people", text)["max_height"] == 189
    # said after its number, "or shorter" still bounds it
    assert _binds(people, "people", "people 190 cm or shorter")["max_height"] == 190
    monkeypatch.setattr(bounds, "OR_THAN_IS_ANOTHER_BOUND", False)
    assert _binds(people, "people", text)["max_height"] == 200


def test_two_bounds_joined_by_or_are_a_ticket(
    people: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "people heavier than 90 kg or shorter than 190 cm"
    assert match(text, people, TODAY).status == "unmatched"
    monkeypatch.setattr(either_values, "SECOND_CONDITION_IN_VIEW", False)
    assert match(text, people, TODAY).status == "matched"


def test_a_stepped_bound_is_found_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    problems: list = []
    query = parse_query_file(
        Path("types.sql"),
        "/*---\ntitle: Types\nparams:\n"
        "  min_total: {type: int, optional: true, min: 0, label: total at least}\n---*/\n"
        "SELECT kind, SUM(n) AS total FROM t GROUP BY kind HAVING 1 = 1"
        " {% if min_total is not none %}AND SUM(n) >= :min_total{% endif %}\n",
        problems,
        "types.sql",
    )
    assert query is not None, problems
    text = "types where the average count is above 5000"
    # "above 5000" is bound as 5001 for `>=`: the same number, said of an average
    assert aggregate_bound.misread_aggregate(text, query, {"min_total": 5001})
    assert not aggregate_bound.misread_aggregate(
        "types whose total is above 5000", query, {"min_total": 5001}
    )
    monkeypatch.setattr(aggregate_bound, "STEPPED_BOUND_FOUND", False)
    assert not aggregate_bound.misread_aggregate(text, query, {"min_total": 5001})


SITES = (
    "title: Sites\n"
    "examples:\n  - list the sites\n"
    "keywords: [site, sites, opened]\n"
    "params:\n"
    "  opened_in: {type: int, optional: true, label: opened in year}\n"
    "  opened_from: {type: int, optional: true, label: opened from year}\n"
    "  opened_to: {type: int, optional: true, label: opened up to year}",
    "SELECT name, opened FROM site WHERE 1 = 1"
    " {% if opened_in is not none %}AND opened = :opened_in{% endif %}"
    " {% if opened_from is not none %}AND opened >= :opened_from{% endif %}"
    " {% if opened_to is not none %}AND opened <= :opened_to{% endif %}",
)


def test_a_year_bounded_after_is_no_exact_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "sites", {"sites": SITES})
    binds = _binds(lib, "sites", "sites opened in 2010 or later")
    assert (binds["opened_in"], binds["opened_from"]) == (None, 2010)
    assert _binds(lib, "sites", "sites opened in 2010")["opened_in"] == 2010
    monkeypatch.setattr(number_types, "YEAR_BOUND_AFTER_NO_EXACT_YEAR", False)
    assert _binds(lib, "sites", "sites opened in 2010 or later")["opened_in"] == 2010


RATES = (
    "title: Rate summary\n"
    "examples:\n  - average rate\n"
    "keywords: [rate, average rate]\n"
    "params:\n"
    "  by:\n    type: choice\n    choices: [overall, sex]\n    default: overall\n"
    "  sex:\n    type: choice\n    optional: true\n    choices: [M, F]\n"
    "    synonyms: {men: M, male: M, women: F, female: F}",
    "SELECT {% if by == 'sex' %}sex{% else %}'all'{% endif %} AS grp, AVG(rate) AS rate"
    " FROM t WHERE 1 = 1 {% if sex %}AND sex = :sex{% endif %}"
    " GROUP BY {% if by == 'sex' %}sex{% else %}1{% endif %}",
)


def test_two_values_compared_group_by_their_dimension(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "rates", {"rates": RATES})
    binds = _binds(lib, "rates", "average rate for men vs women")
    assert (binds["by"], binds["sex"]) == ("sex", None)
    binds = _binds(lib, "rates", "average rate for women")
    assert (binds["by"], binds["sex"]) == ("overall", "F")
    monkeypatch.setattr(values_compared, "COMPARED_VALUES_GROUP", False)
    assert _binds(lib, "rates", "average rate for men vs women")["by"] == "overall"


def test_rows_of_the_thing_a_superlative_picks_are_a_ticket(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nested = "names of the cities that are in the county with the most officers"
    assert superlative_head.nested_ranking(nested)
    assert superlative_head.nested_ranking("students in the class with most absences")
    assert superlative_head.nested_ranking("engineers working on the project with the most hours")
    # "was" is no plural of rows
    assert not superlative_head.nested_ranking("who was trained in the procedure that costs most")
    # one row picked by the superlative, its own fields asked: no nesting
    assert not superlative_head.nested_ranking("the city with the largest population")
    assert not superlative_head.nested_ranking(
        "the stories of the building with the largest height"
    )
    assert not superlative_head.nested_ranking("counties with the most officers")
    monkeypatch.setattr(superlative_head, "NESTED_RANKING_TICKET", False)
    assert not superlative_head.nested_ranking(nested)


def test_a_nested_ranking_is_not_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "towns", {"per_town": PER_TOWN, "teams": OTHER})
    text = "the towns in the region with the most sites"
    assert match(text, lib, TODAY).status != "matched"
    monkeypatch.setattr(superlative_head, "NESTED_RANKING_TICKET", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status == "matched"
