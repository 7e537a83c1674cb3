"""The right query run with the right value when the words name several (issue 10, class 3):
which sort choice the order words mean ("ordered from most to least", "per club in descending
order", "the destination of the most trips"), one value for two parameters the request joins
("source and destination stations in France"), "twice" as a count of times, and "non-" before a
choice. Each rule on a small library written here, and each switched off to show it is the
rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.language import directions, entities
from bot.library.types import choice_roles
from bot.matching import joined_params, readings, sort_choice
from bot.matching.matcher import match

TODAY = dt.date(2026, 11, 22)

CLUBS = (
    """title: Members per club
description: One row per club with how many members it has.
keywords: [club, clubs, members, member, per club, how many, number]
params:
  sort:
    type: choice
    choices: [most_members, fewest_members, club]
    default: most_members
    synonyms: {most: most_members, descending: most_members, least: fewest_members,
               fewest: fewest_members, alphabetical: club}""",
    """SELECT c.club, COUNT(*) AS members FROM members AS c GROUP BY c.club ORDER BY
{% if sort == 'most_members' %}members DESC{% elif sort == 'fewest_members' %}members
{% else %}c.club{% endif %}""",
)

STATIONS = (
    """title: Trips by station
description: One row per station with the trips that start there, end there, and both.
keywords: [station, stations, trips, start, end, busiest, most]
params:
  sort:
    type: choice
    choices: [most_departures, most_arrivals, most_trips, name]
    default: most_departures
    synonyms: {source: most_departures, destination: most_arrivals, most trips: most_trips,
               total: most_trips, alphabetical: name}""",
    """SELECT s.name, s.departures, s.arrivals, s.departures + s.arrivals AS total_trips
FROM station_counts AS s ORDER BY
{% if sort == 'most_arrivals' %}s.arrivals DESC{% elif sort == 'most_trips' %}total_trips DESC
{% elif sort == 'name' %}s.name{% else %}s.departures DESC{% endif %}""",
)

TRIPS = (
    """title: Trip list
description: Every trip with its source and destination station and their countries.
keywords: [trip, trips, list, source, destination, country, from, to]
params:
  from_country: {type: string, optional: true, label: country the trips start in}
  to_country: {type: string, optional: true, label: country the trips end in}""",
    """SELECT t.id, t.src, t.dst FROM trips AS t WHERE 1 = 1
{% if from_country %}AND t.src_country = :from_country{% endif %}
{% if to_country %}AND t.dst_country = :to_country{% endif %}""",
)

TAGS = (
    """title: Tag usage
description: One row per tag with how many products carry it and how many times it is used.
keywords: [tag, tags, used, usage, products, times, at least, across]
params:
  min_products: {type: int, optional: true, min: 1, label: tags on at least this many products}
  min_uses: {type: int, optional: true, min: 1, label: tags assigned at least this many times}""",
    """SELECT t.tag, t.products, t.uses FROM tag_usage AS t WHERE 1 = 1
{% if min_products %}AND t.products >= :min_products{% endif %}
{% if min_uses %}AND t.uses >= :min_uses{% endif %}""",
)

ATHLETES = (
    """title: Athletes per sport
description: One row per sport with its athletes; optionally only the scholarship or the
  non-scholarship ones.
keywords: [athletes, sport, sports, per sport, scholarship, how many]
params:
  scholarship:
    type: choice
    optional: true
    choices: ["Y", "N"]
    synonyms: {scholarship: "Y", scholarship athletes: "Y", no scholarship: "N"}""",
    """SELECT a.sport, COUNT(*) AS athletes FROM athletes AS a WHERE 1 = 1
{% if scholarship %}AND a.on_scholarship = :scholarship{% endif %} GROUP BY a.sport""",
)


def test_an_order_from_one_end_to_the_other_runs_the_first_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"club_members": CLUBS})
    said = "how many members per club, ordered from most to least?"
    assert match(said, lib, TODAY).params["sort"] == "most_members"
    assert match("members per club from least to most", lib, TODAY).params["sort"] == (
        "fewest_members"
    )
    monkeypatch.setattr(directions, "FROM_TO_ORDER", False)
    # "most" also names most_members itself (readings.SUPERLATIVE_NAMES_ITS_CHOICE): off too,
    # to show this switch alone
    monkeypatch.setattr(readings, "SUPERLATIVE_NAMES_ITS_CHOICE", False)
    assert match(said, lib, TODAY).params["sort"] != "most_members"


def test_the_order_phrase_names_the_sort_not_a_word_said_in_passing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"club_members": CLUBS})
    said = "how many members does each club have in descending order?"
    d = match(said, lib, TODAY)
    assert (d.params["sort"], d.missing) == ("most_members", [])
    monkeypatch.setattr(sort_choice, "ORDER_PHRASE_CHOICE", False)
    d = match(said, lib, TODAY)
    assert d.params["sort"] != "most_members" or "sort" in d.missing


def test_a_ranking_s_qualifier_chooses_among_rankings_of_one_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"station_trips": STATIONS})
    dest = "which station is the destination of the most trips?"
    ends = "the station where the most trips end"
    src = "the busiest source station with the most number of trips"
    for said, want in ((dest, "most_arrivals"), (ends, "most_arrivals"), (src, "most_departures")):
        d = match(said, lib, TODAY)
        assert (d.status, d.params["sort"], d.missing) == ("matched", want, []), said
    # the counted noun itself says the ranking: no qualifier needed
    assert match("station with the most trips", lib, TODAY).params["sort"] == "most_trips"
    monkeypatch.setattr(sort_choice, "QUALIFIED_RANK", False)
    assert match(dest, lib, TODAY).params["sort"] != "most_arrivals"
    assert match(ends, lib, TODAY).params["sort"] != "most_arrivals"


def test_two_rankings_qualified_at_once_are_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"station_trips": STATIONS})
    said = "which station is the destination of the most trips that start at night?"
    d = match(said, lib, TODAY)
    assert d.status != "matched" or "sort" in d.missing
    monkeypatch.setattr(sort_choice, "RANK_CONFLICT_ASKS", False)
    d = match(said, lib, TODAY)
    assert d.status == "matched" and "sort" not in d.missing


def test_one_value_fills_two_parameters_the_request_joins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"trip_list": TRIPS})
    countries = ["France", "Spain", "Italy"]
    lib.known_values = {"trip_list": {"from_country": countries, "to_country": countries}}
    said = "ids of trips whose source and destination stations are in France"
    d = match(said, lib, TODAY)
    assert (d.params["from_country"], d.params["to_country"]) == ("France", "France")
    # each end said with its own value: no sharing
    d = match("trips from France to Spain", lib, TODAY)
    assert (d.params["from_country"], d.params["to_country"]) == ("France", "Spain")
    d = match("source and destination of the trips from France to Spain", lib, TODAY)
    assert (d.params["from_country"], d.params["to_country"]) == ("France", "Spain")
    monkeypatch.setattr(joined_params, "JOINED_PARAMS_SHARE_VALUE", False)
    d = match(said, lib, TODAY)
    assert [d.params["from_country"], d.params["to_country"]].count("France") == 1


def test_twice_counts_times(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = library_of(tmp_path / "lib", {"tag_usage": TAGS})
    said = "which tags are used at least twice across all products?"
    d = match(said, lib, TODAY)
    assert (d.params["min_uses"], d.params["min_products"]) == (2, None)
    d = match("tags on at least 2 products", lib, TODAY)
    assert (d.params["min_uses"], d.params["min_products"]) == (None, 2)
    monkeypatch.setattr(entities, "IDIOMS_COUNT_TIMES", False)
    assert match(said, lib, TODAY).params["min_uses"] is None


def test_non_before_a_choice_is_the_other_of_two(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"athletes": ATHLETES})
    said = "how many non-scholarship athletes per sport?"
    assert match(said, lib, TODAY).params["scholarship"] == "N"
    assert match("scholarship athletes per sport", lib, TODAY).params["scholarship"] == "Y"
    monkeypatch.setattr(choice_roles, "NON_PREFIX_NEGATES", False)
    assert match(said, lib, TODAY).params["scholarship"] == "Y"
