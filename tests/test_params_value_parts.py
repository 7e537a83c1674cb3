"""Known values said in part (issue 10, class 1): a run of words that is part of exactly one
longer stored value names it ("San Jose State", "the airline Jetblue"); a run that is part of
several names none of them; and where the words beside a value do not say which of two
parameters takes it, those of its clause do ("destination airports are in Canada"); a stored
value that is only a parameter's own name ("a driver with the last name Lewis") is no value;
a value of what rows are per, by the bound choice ("from Los Angeles", by origin), is shown;
a first and a last name said together go each to its own parameter ("CONRAD SELBIG"), and a
name in capitals one letter off a stored one beside a known name is read as it ("ROY SWEAZ").
Each rule on a small library written here, switched off to show it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.matching import readings, signals, value_parts, value_roles, value_typos
from bot.matching.matcher import match

TODAY = dt.date(2026, 11, 22)

ROUTES = (
    """title: Routes by airline
description: The routes each airline flies, with their origin and destination cities.
keywords: [route, routes, airline, airlines, fly, flies, origin, destination]
params:
  airline: {type: string, optional: true, label: airline name}
  origin: {type: string, optional: true, label: origin city}""",
    """SELECT r.airline, r.origin, r.destination FROM routes AS r WHERE 1 = 1
{% if airline %}AND r.airline = :airline{% endif %}
{% if origin %}AND r.origin = :origin{% endif %}""",
)

AIRLINES = [
    "JetBlue Airways",
    "Delta Air Lines",
    "Delta Connection",
    "San Jose Air Express",
    "Destination Airlines Group",
]
CITIES = ["San Jose", "Aberdeen Regional", "Boston"]


def _routes(tmp_path: Path):  # noqa: ANN202 - a Library
    lib = library_of(tmp_path / "lib", {"routes": ROUTES})
    lib.known_values = {"routes": {"airline": AIRLINES, "origin": CITIES}}
    return lib


def test_a_value_said_in_part_names_the_one_value_it_is_part_of(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _routes(tmp_path)
    said = "which routes does the airline Jetblue fly?"
    assert match(said, lib, TODAY).params["airline"] == "JetBlue Airways"
    longer = "routes flown by San Jose Air from Boston"  # longer than the city San Jose
    d = match(longer, lib, TODAY)
    assert (d.params["airline"], d.params["origin"]) == ("San Jose Air Express", "Boston")
    assert match("routes from San Jose", lib, TODAY).params["origin"] == "San Jose"
    monkeypatch.setattr(value_parts, "PARTIAL_VALUES", False)
    assert match(said, lib, TODAY).params.get("airline") != "JetBlue Airways"
    assert match(longer, lib, TODAY).params.get("airline") != "San Jose Air Express"


def test_a_part_of_several_values_or_a_plain_word_names_none(tmp_path: Path) -> None:
    lib = _routes(tmp_path)
    # "Delta" is part of two airlines: no one of them is picked
    delta = match("routes of the airline Delta", lib, TODAY).params.get("airline")
    assert delta not in ("Delta Air Lines", "Delta Connection")
    # a lone word must be written as a name, inside a sentence
    lower = match("routes of the airline jetblue", lib, TODAY).params.get("airline")
    assert lower != "JetBlue Airways"
    # a word the library uses is no name, even written with a capital
    said = "routes sorted by Destination"
    assert match(said, lib, TODAY).params.get("airline") != "Destination Airlines Group"
    # library words with capitals name a value, unless the whole request is in title case
    said = "the routes the Destination Airlines fleet flies"
    assert match(said, lib, TODAY).params.get("airline") == "Destination Airlines Group"
    said = "The Routes The Destination Airlines Fleet Flies"
    assert match(said, lib, TODAY).params.get("airline") != "Destination Airlines Group"


DIRECTORY = (
    """title: Airline directory
description: Airlines whose name starts with the given letters, with their country.
keywords: [airline, airlines, name, starts, start, country]
params:
  name_starts_with: {type: string, optional: true, label: start of the airline name}""",
    """SELECT a.name, a.country FROM airlines AS a WHERE 1 = 1
{% if name_starts_with %}AND a.name ILIKE :name_starts_with || '%'{% endif %}""",
)


def test_no_part_names_a_value_a_like_parameter_takes(tmp_path: Path) -> None:
    lib = library_of(tmp_path / "lib", {"routes": ROUTES, "directory": DIRECTORY})
    lib.known_values = {
        "routes": {"airline": AIRLINES},
        "directory": {"name_starts_with": AIRLINES},
    }
    # "start with Jetblue" may mean every Jetblue...: the part names no one stored airline
    d = match("which routes does the airline Jetblue fly?", lib, TODAY)
    assert d.params.get("airline") != "JetBlue Airways"


ENDS = (
    """title: Routes between countries
description: How many routes start in one country and end in another.
keywords: [route, routes, country, countries, airport, airports, from, to, destination, source]
params:
  from_country: {type: string, optional: true, label: country the routes start in}
  to_country: {type: string, optional: true, label: country the routes end in}""",
    """SELECT COUNT(*) AS routes FROM routes AS r WHERE 1 = 1
{% if from_country %}AND r.src_country = :from_country{% endif %}
{% if to_country %}AND r.dst_country = :to_country{% endif %}""",
)


def test_the_clause_of_a_value_names_which_end_takes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"ends": ENDS})
    countries = ["Canada", "Italy", "France"]
    lib.known_values = {"ends": {"from_country": countries, "to_country": countries}}
    said = "how many routes whose destination airports are in Canada"
    assert match(said, lib, TODAY).params["to_country"] == "Canada"
    said_from = "how many routes whose source airports are in Canada"
    assert match(said_from, lib, TODAY).params["from_country"] == "Canada"
    monkeypatch.setattr(value_roles, "CLAUSE_NAMES_THE_END", False)
    assert match(said, lib, TODAY).params.get("to_country") != "Canada"


RACES = (
    """title: Race entries
description: The races each driver took part in, with the race name and year.
keywords: [race, races, driver, drivers, entries, year]
params:
  driver: {type: string, optional: true, label: driver first or last name}""",
    """SELECT r.name, r.year, d.surname FROM results AS x
JOIN races AS r ON r.id = x.race JOIN drivers AS d ON d.id = x.driver WHERE 1 = 1
{% if driver %}AND d.surname = :driver{% endif %}""",
)


def test_a_value_that_is_only_the_parameters_own_name_is_no_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"races": RACES})
    lib.known_values = {"races": {"driver": ["Driver", "Lewis", "Hamilton"]}}
    said = "the races that had a driver with the last name Lewis"
    assert match(said, lib, TODAY).params["driver"] == "Lewis"
    # written as a name, the stored surname is still bound
    assert match("the races of Driver", lib, TODAY).params["driver"] == "Driver"
    monkeypatch.setattr(value_roles, "OWN_NAME_NO_VALUE", False)
    assert match(said, lib, TODAY).params.get("driver") != "Lewis"


PER_CITY = (
    """title: Flights per city
description: The number of flights per origin city (default) or per destination city, with
  their average distance and average price.
keywords: [flights, city, origin, from, destination, to, average, distance, price, per city]
params:
  by:
    type: choice
    choices: [origin, destination]
    default: origin
    synonyms: {from: origin, to: destination}""",
    """SELECT {% if by == 'destination' %}destination{% else %}origin{% endif %} AS city,
    COUNT(*) AS flights, AVG(distance) AS avg_distance, AVG(price) AS avg_price
FROM flight GROUP BY city ORDER BY flights DESC""",
)
FLIGHT_LIST = (
    """title: Flight list
description: Every flight with its number, origin and destination.
keywords: [flight, flights, number, numbers, origin, destination, from, to, list]
params:
  origin: {type: string, optional: true, label: origin city}""",
    """SELECT f.number, f.origin, f.destination FROM flight AS f WHERE 1 = 1
{% if origin %}AND f.origin = :origin{% endif %}""",
)


def test_a_value_of_the_chosen_group_is_shown_in_its_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"per_city": PER_CITY, "flight_list": FLIGHT_LIST})
    lib.known_values = {"flight_list": {"origin": ["Los Angeles", "Chicago"]}}
    said = "what is the average distance and average price for flights from Los Angeles"
    d = match(said, lib, TODAY)
    assert (d.status, d.query) == ("matched", "per_city")
    monkeypatch.setattr(signals, "CHOSEN_GROUP_SHOWS_VALUES", False)
    d = match(said, lib, TODAY)
    assert (d.status, d.query) != ("matched", "per_city")


STAYS = (
    """title: Reservations
description: Every reservation with its room, guest name, adults and kids.
keywords: [reservation, reservations, room, guest, adults, kids, stay, stayed]
params:
  first_name: {type: string, optional: true, label: guest first name}
  last_name: {type: string, optional: true, label: guest last name}
  room: {type: string, optional: true, label: room name}""",
    """SELECT r.room, r.first_name, r.last_name, r.adults, r.kids FROM reservations AS r
WHERE 1 = 1
{% if first_name %}AND r.first_name = :first_name{% endif %}
{% if last_name %}AND r.last_name = :last_name{% endif %}
{% if room %}AND r.room = :room{% endif %}""",
)


def test_a_first_and_last_name_go_each_to_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"stays": STAYS})
    # CONRAD is stored as a last name first, and as a first name
    lib.known_values = {
        "stays": {"last_name": ["CONRAD", "SELBIG"], "first_name": ["CONRAD", "ROY"]}
    }
    said = "reservations of the room CONRAD SELBIG stayed in"
    d = match(said, lib, TODAY).params
    assert (d.get("first_name"), d.get("last_name"), d.get("room")) == ("CONRAD", "SELBIG", None)
    monkeypatch.setattr(readings, "NAME_OF_BOUND_WORDS", False)
    assert match(said, lib, TODAY).params.get("room") == "CONRAD SELBIG"
    monkeypatch.setattr(value_roles, "NEXT_VALUE_TAKES_ITS_OWN", False)
    assert match(said, lib, TODAY).params.get("first_name") != "CONRAD"


def test_a_name_in_capitals_one_letter_off_beside_a_known_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"stays": STAYS})
    lib.known_values = {"stays": {"first_name": ["ROY"], "last_name": ["SWEAZY", "SELBIG"]}}
    said = "reservations of the guest ROY SWEAZ"
    assert match(said, lib, TODAY).params.get("last_name") == "SWEAZY"
    # a request written all in capitals says nothing of names
    assert match("RESERVATIONS OF THE GUEST ROY SWEAZ", lib, TODAY).params.get("last_name") != (
        "SWEAZY"
    )
    monkeypatch.setattr(value_typos, "CAPS_NAME_TYPOS", False)
    assert match(said, lib, TODAY).params.get("last_name") != "SWEAZY"


def test_a_warmed_index_has_every_lookup_built_and_decides_the_same(tmp_path: Path) -> None:
    """`serve` builds the lookups a request would build on first use (typos, initials, values
    said in part) before its first request; the decisions do not change."""
    from bot.matching.matcher import clear_index_cache, index_for, warm_index

    requests = [
        "which routes does the airline Jetblue fly?",
        "routes from Bostn",
        "routes flown by San Jose Air from Boston",
        "routes from SJ",
    ]
    lib = _routes(tmp_path)
    cold = [match(r, lib, TODAY).to_json() for r in requests]
    clear_index_cache()
    values = warm_index(lib).values
    assert index_for(lib).values is values
    assert None not in (values._short, values._fuzzy, values._initials, values._parts)
    assert values._parts.get("jetblue") == ["jetblue airways"]
    # initials are keys of their own (a refresh stores them): nothing built for them
    assert values._initials == {}
    assert {v for _q, _p, v in values.known.get("~sj")} == {"San Jose"}
    assert [match(r, lib, TODAY).to_json() for r in requests] == cold


def test_stored_values_said_in_part_are_found_through_the_parts_file(tmp_path: Path) -> None:
    """`queries refresh-values` stores each value's words beside its keys; the matcher searches
    that file in place instead of indexing every stored value's words on its first request,
    and decides the same as with no such file (a folder refreshed before it existed)."""
    from bot.library.known_values import attach_known_values, save_values, values_file
    from bot.library.value_parts_file import open_parts_file
    from bot.matching.matcher import clear_index_cache, index_for

    lib = library_of(tmp_path / "lib", {"routes": ROUTES})
    data, warehouse = tmp_path / "data", tmp_path / "w.duckdb"
    path = values_file(data, lib.root, warehouse)
    many = [f"Harbour {i:05d} Airways" for i in range(2000)]
    known = {"routes": {"airline": [*AIRLINES, *many], "origin": CITIES}}
    save_values(path, known, library=str(lib.root), warehouse=str(warehouse))
    parts = open_parts_file(path.with_suffix(".parts"))
    assert parts is not None and parts["jetblue"] == ["jetblue airways"]
    assert parts.size("harbour") == 2000 and parts.size("airways") == 2001
    assert parts.size("delta") == 2 and parts.size("nowhere") == 0 and "the" not in parts
    requests = [
        "which routes does the airline Jetblue fly?",
        "routes flown by San Jose Air from Boston",
        "routes of the airline Delta",
        "routes of Harbour 01234",
    ]
    attach_known_values(lib, data, warehouse)
    assert lib.value_parts is not None
    with_file = [match(r, lib, TODAY).to_json() for r in requests]
    assert with_file[0]["params"]["airline"] == "JetBlue Airways"
    assert index_for(lib).values._parts.memory == {}  # nothing indexed in memory
    path.with_suffix(".parts").unlink()
    clear_index_cache()
    attach_known_values(lib, data, warehouse)
    assert lib.value_parts is None
    assert [match(r, lib, TODAY).to_json() for r in requests] == with_file
