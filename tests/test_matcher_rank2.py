"""Answerable requests a penalty left unmatched (issue 10, second rank round): each rule behind
its switch, on a small library written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.library.loader import load_library
from bot.library.model import Library
from bot.matching import aggregates_asked, values
from bot.matching.aggregates_asked import asked_aggregates
from bot.matching.index import index_for
from bot.matching.matcher import clear_index_cache

TODAY = date(2026, 11, 22)

FLIGHTS = (
    "title: Flight list\nkeywords: [flights, distance, price]\n"
    "examples: [flights longer than 2000 miles]\n"
    "params:\n  origin: {type: string, optional: true, label: origin}",
    "SELECT flight_number, distance, price FROM flight WHERE 1 = 1\n"
    "{% if origin %}AND origin = :origin{% endif %}",
)
FARES = (
    "title: Fares per mile\nkeywords: [fare, fares, mile]\n"
    "params:\n  sort:\n    type: choice\n    choices: [fare, flight_number]\n    default: fare\n"
    "    synonyms: {flight number: flight_number}",
    "SELECT flight_number, price / distance AS fare FROM flight ORDER BY\n"
    "{% if sort == 'flight_number' %}flight_number{% else %}fare{% endif %}",
)


def _library(root: Path, files: dict[str, tuple[str, str]]) -> Library:
    root.mkdir()
    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    return load_library(root)


def _dropped(lib: Library, text: str, query: str) -> list[str]:
    clear_index_cache()
    results, _ent = index_for(lib).score(text, TODAY)
    return next(x.foreign_values for _s, q, x in results if q.name == query)


def test_a_value_naming_a_column_of_the_query_is_no_dropped_filter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"flight_list": FLIGHTS, "fare_per_mile": FARES})
    text = "show the flight number and distance of every flight"
    assert _dropped(lib, text, "flight_list") == []
    monkeypatch.setattr(values, "COLUMN_WORDS_NOT_VALUES", False)
    monkeypatch.setattr(values, "ORDER_CHOICES_NOT_DROPPED", False)  # a sort's phrase too
    assert _dropped(lib, text, "flight_list") == ["flight number"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("the distance of the flight with maximum price", set()),
        ("the room that has the minimum rate", set()),
        ("the maximum price of all flights", {"max"}),
        ("which dorm has the maximum capacity", set()),
        ("the maximum price, and the flight with the minimum distance", {"max"}),
    ],
)
def test_the_row_with_the_maximum_asks_no_figure(text: str, asked: set[str]) -> None:
    assert asked_aggregates(text) == asked


def _score(lib: Library, text: str, query: str) -> float:
    clear_index_cache()
    results, _ent = index_for(lib).score(text, TODAY)
    return next(s for s, q, _x in results if q.name == query)


def test_the_flight_with_the_maximum_price_is_read_off_a_listing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"flight_list": FLIGHTS, "fare_per_mile": FARES})
    text = "the distance of the flight with the maximum price"
    on = _score(lib, text, "flight_list")
    monkeypatch.setattr(aggregates_asked, "WITH_EXTREME_RANKS", False)
    assert _score(lib, text, "flight_list") < on


STAYS = (
    "title: Reservation list\nkeywords: [reservations, guests]\n"
    "params:\n  guest: {type: string, optional: true, label: guest}",
    "SELECT guest, day, check_in, check_out FROM reservation WHERE 1 = 1\n"
    "{% if guest %}AND guest = :guest{% endif %}",
)
STAYS_BY = (
    "title: Stays by month\nkeywords: [stays, nights, month]\n"
    "params:\n  sort:\n    type: choice\n    choices: [nights, check_in, per_day]\n"
    "    default: nights\n    synonyms: {check in: check_in, per day: per_day}",
    "SELECT check_in, nights FROM stay ORDER BY\n"
    "{% if sort == 'check_in' %}check_in{% elif sort == 'per_day' %}day{% else %}nights{% endif %}",
)


def test_a_column_said_with_its_little_word_is_no_dropped_filter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"reservation_list": STAYS, "stays_by_month": STAYS_BY})
    text = "the guest and check in date of each reservation"
    assert _dropped(lib, text, "reservation_list") == []
    # a little word first names no column of the query ("per day": a breakdown)
    assert _dropped(lib, "reservations per day", "reservation_list") == ["per day"]
    monkeypatch.setattr(values, "COLUMN_WORDS_NOT_VALUES", False)
    monkeypatch.setattr(values, "ORDER_CHOICES_NOT_DROPPED", False)  # a sort's phrase too
    assert _dropped(lib, text, "reservation_list") == ["check in"]


AMENITIES = (
    "title: Dorm amenities\nkeywords: [amenities, dorm]\n"
    "params:\n  dorm: {type: string, label: dorm, values: [Smith Hall, Fawlty Hall]}",
    "SELECT amenity FROM amenities WHERE dorm = :dorm",
)
DORMS = (
    "title: Dorm list\nkeywords: [dorms, capacity]\n"
    "params:\n  sort:\n    type: choice\n    choices: [capacity, name]\n    default: capacity\n"
    "    synonyms: {alphabetic: name}",
    "SELECT dorm, capacity FROM dorm ORDER BY\n"
    "{% if sort == 'name' %}dorm{% else %}capacity DESC{% endif %}",
)


def test_an_order_said_is_no_dropped_filter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"dorm_amenities": AMENITIES, "dorm_list": DORMS})
    text = "the amenities of Smith Hall, sorted in alphabetic order"
    assert _dropped(lib, text, "dorm_amenities") == []
    monkeypatch.setattr(values, "ORDER_WORDS_NOT_DROPPED", False)
    monkeypatch.setattr(values, "ORDER_CHOICES_NOT_DROPPED", False)  # a sort's phrase too
    assert _dropped(lib, text, "dorm_amenities") == ["alphabetic"]
