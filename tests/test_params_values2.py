"""Values and numbers by role, on small libraries written here (issue 10, classes 1, 3, 4, 6):
one test per rule, each failing with its switch off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.library.loader import load_library
from bot.library.model import Library
from bot.library.types import choice_roles
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)


def _library(root: Path, files: dict[str, tuple[str, str]]) -> Library:
    root.mkdir()
    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    clear_index_cache()
    return load_library(root)


ROSTER = (
    "title: Member roster\n"
    "description: Every member with age and club; one member, one club, an exact age or an\n"
    "  age window.\n"
    "examples: [member 1021, members of club 3, members aged 19 to 21]\n"
    "keywords: [member, members, roster, age, old, years old, club]\n"
    "params:\n"
    "  member: {type: int, optional: true, min: 1, label: member id}\n"
    "  club: {type: int, optional: true, min: 1, label: club number}\n"
    "  age: {type: int, optional: true, min: 0, label: exact age}\n"
    "  min_age: {type: int, optional: true, min: 0, label: age at least}\n"
    "  max_age: {type: int, optional: true, min: 0, label: age at most}",
    "SELECT id, age, club FROM member WHERE 1 = 1\n"
    "{% if member %}AND id = :member{% endif %}\n"
    "{% if club %}AND club = :club{% endif %}\n"
    "{% if age %}AND age = :age{% endif %}\n"
    "{% if min_age %}AND age >= :min_age{% endif %}\n"
    "{% if max_age %}AND age <= :max_age{% endif %}",
)


def _set(params: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in params.items() if v is not None}


def _binds(tmp_path: Path, text: str) -> dict[str, object]:
    """The roster query's binds (those set) for `text`."""
    from bot.language.entities import find_entities
    from bot.matching.params import extract

    root = tmp_path / "lib"
    lib = load_library(root) if root.exists() else _library(root, {"member_roster": ROSTER})
    return _set(extract(next(iter(lib)), find_entities(text, TODAY), TODAY).binds)


def test_a_bound_given_back_by_one_equality_is_given_back_by_every_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.matching.params as MP

    # "members above 30": member 30 gives it back (an id is compared for equality), and so
    # must club 30; the age window's lower bound compares it
    assert _binds(tmp_path, "members above 30") == {"min_age": 31}
    monkeypatch.setattr(MP, "EVERY_EQUALITY_GIVES_BACK", False)
    assert _binds(tmp_path, "members above 30") == {"club": 30}


def test_what_a_number_measures_chooses_its_parameter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.language.entities as LE

    said = {
        "how many members are 18 years old?": {"age": 18},
        "members aged 30": {"age": 30},
        "members older than 30": {"min_age": 31},
        "members younger than 20": {"max_age": 19},
        "members under 20 years of age": {"max_age": 19},
        "member 18": {"member": 18},
    }
    for text, params in said.items():
        assert _binds(tmp_path, text) == params, text
    d = match("how many members are 18 years old?", load_library(tmp_path / "lib"), TODAY)
    assert (d.query, _set(d.params)) == ("member_roster", {"age": 18})
    d = match("members older than 30", load_library(tmp_path / "lib"), TODAY)
    assert _set(d.params) == {"min_age": 31} and d.ignored == []  # "older" said the age
    monkeypatch.setattr(LE, "MEASURE_WORDS", False)
    assert _binds(tmp_path, "members aged 30") == {"member": 30}
    assert _binds(tmp_path, "how many members are 18 years old?") == {"member": 18}


def test_measures_read_in_general_english() -> None:
    from bot.language.measures import measured

    assert measured(("older", "than"), ()) == {"age"}
    assert measured(("are",), ("years", "old")) == {"age"}
    assert measured(("under",), ("years", "of", "age")) == {"age"}
    assert measured(("lasted", "more", "than"), ("minutes",)) == {"length", "duration"}
    assert measured(("more", "expensive", "than"), ()) == measured(("costs",), ())
    assert measured(("top",), ("songs",)) == frozenset()
    assert measured(("the",), ("old", "songs")) == frozenset()  # "3 old songs": no unit


FLIGHTS = (
    "title: Flight list\n"
    "description: Every flight with its origin, destination and aircraft; optionally from one\n"
    "  city, to one city or on one aircraft.\n"
    "examples: [flights from Chicago, flights on a Boeing 747-400]\n"
    "keywords: [flight, flights, flight number, origin, destination, aircraft, from, to]\n"
    "params:\n"
    "  origin: {type: string, optional: true, label: origin city}\n"
    "  destination: {type: string, optional: true, label: destination city}\n"
    "  aircraft: {type: string, optional: true, label: aircraft name}",
    "SELECT f.flno, f.origin, f.destination, a.name FROM flight f JOIN aircraft a USING (aid)\n"
    "WHERE 1 = 1 {% if origin %}AND f.origin = :origin{% endif %}\n"
    "{% if destination %}AND f.destination = :destination{% endif %}\n"
    "{% if aircraft %}AND a.name = :aircraft{% endif %}",
)


def test_a_known_value_may_hold_numbers_and_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.library.types.text as TT
    import bot.matching.values as MV

    lib = _library(tmp_path / "lib", {"flight_list": FLIGHTS})
    lib.known_values = {
        "flight_list": {
            "aircraft": ["Airbus A340-300", "Boeing 737-800", "Boeing 747-400"],
            "origin": ["Los Angeles", "Chicago", "1200 Harbor Point"],
        }
    }
    clear_index_cache()
    d = match("flight numbers for the aircraft airbus a340-300?", lib, TODAY)
    assert (d.query, _set(d.params)) == ("flight_list", {"aircraft": "Airbus A340-300"})
    d = match("flights from '1200 Harbor Point'", lib, TODAY)
    assert _set(d.params) == {"origin": "1200 Harbor Point"}
    monkeypatch.setattr(TT, "CODES_IN_VALUES_HELD", False)
    d = match("flight numbers for the aircraft airbus a340-300?", lib, TODAY)
    assert d.params["origin"] == "a340-300"  # the code read again as a city
    monkeypatch.setattr(MV, "VALUES_HOLD_NUMBERS", False)
    clear_index_cache()
    d = match("flight numbers for the aircraft airbus a340-300?", lib, TODAY)
    assert d.params.get("aircraft") != "Airbus A340-300"


def test_a_choice_said_as_a_superlative_ranks_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.library.types.text as TT

    sorted_roster = (
        ROSTER[0] + "\n  sort:\n    type: choice\n    choices: [name, id, youngest, oldest]\n"
        "    default: name\n    synonyms: {member id: id, by id: id, oldest first: oldest}",
        ROSTER[1] + "\nORDER BY {% if sort == 'oldest' %}age DESC{% else %}id{% endif %}",
    )
    lib = _library(tmp_path / "lib", {"member_roster": sorted_roster})
    d = match("show the member id of the oldest member", lib, TODAY)
    assert (d.query, d.params["sort"]) == ("member_roster", "oldest")
    assert match("list members by id", lib, TODAY).params["sort"] == "id"
    monkeypatch.setattr(TT, "SUPERLATIVE_CHOICE_FIRST", False)
    # ("the member id of" is listed, no order, by a later rule too: off for this one's effect)
    monkeypatch.setattr(choice_roles, "LISTED_IS_NO_ORDER", False)
    assert match("show the member id of the oldest member", lib, TODAY).params["sort"] == "id"


WINDOW = (
    "title: Repeat buyers\n"
    "description: Share of buyers who order again within a window of days, optionally for one\n"
    "  customer.\n"
    "examples: [repeat buyers within 30 days, repeat rate for customer C-1001]\n"
    "keywords: [repeat, buyers, repeat rate, window, days, customer]\n"
    "params:\n"
    "  days: {type: int, default: 30, min: 1, max: 365, label: window in days}\n"
    "  customer: {type: string, optional: true, label: customer code}",
    "SELECT 1 AS repeat_rate FROM orders WHERE age <= :days\n"
    "{% if customer %}AND customer = :customer{% endif %}",
)


def test_a_number_hyphened_to_its_unit_is_no_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.language.entities as LE

    lib = _library(tmp_path / "lib", {"repeat_buyers": WINDOW})
    d = match("repeat buyers, 60-day window", lib, TODAY)
    assert (d.query, _set(d.params)) == ("repeat_buyers", {"days": 60})
    assert _set(match("repeat rate for customer C-1001", lib, TODAY).params)["customer"] == "C-1001"
    monkeypatch.setattr(LE, "UNIT_HYPHENS", False)
    assert _set(match("repeat buyers, 60-day window", lib, TODAY).params).get("days") != 60


def test_a_sign_said_in_words_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.language.entities as LE
    from bot.errors import UserFacingError
    from bot.language.entities import find_entities

    assert [n.value for n in find_entities("below minus ten units", TODAY).numbers] == [-10]
    assert [n.value for n in find_entities("a negative 5 balance", TODAY).numbers] == [-5]
    lib = _library(tmp_path / "lib", {"repeat_buyers": WINDOW})
    with pytest.raises(UserFacingError):  # a window of -10 days cannot be meant: refused
        match("repeat buyers within minus ten days", lib, TODAY)
    monkeypatch.setattr(LE, "SIGN_WORDS", False)
    assert match("repeat buyers within minus ten days", lib, TODAY).params["days"] == 10
