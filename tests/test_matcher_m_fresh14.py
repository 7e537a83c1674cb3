"""Issue 10, fresh libraries (round 14): what newer hands write that the matcher missed.

A compound parameter name said by its head ("shop 12" for `workshop`, when the header says
"shop" on its own: compound_cues.COMPOUND_HEADS_ARE_CUES); a one-row overview built of scalar
subqueries read as one row (grand_total.SCALAR_SUBQUERIES_ONE_ROW) whose aliases are its shown
columns (sql_words.ITEMS_APART); a count of the whole never given to a lookup that asks for a
value first (whole_count.WHOLE_COUNT_NEEDS_NO_VALUE). Small libraries written here, each
behaviour with its switch on and off.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.library.types import compound_cues
from bot.matching import grand_total, one_row_counts, ordinal_values, sql_words, whole_count
from bot.matching.grand_total import one_row
from bot.matching.matcher import clear_index_cache, match
from bot.matching.sql_words import shown_words
from bot.matching.whole_count import asks_whole_count

TODAY = date(2026, 11, 22)

JOBS = (
    "title: Repair jobs\n"
    "description: One row per repair job with ticket, customer, workshop and status. Optionally"
    " one workshop.\n"
    "examples: [jobs at shop 3, open repairs this week]\n"
    "keywords: [job, jobs, repair, repairs, shop, workshop, status]\n"
    "params:\n"
    "  workshop: {type: int, optional: true, min: 1, max: 999, label: workshop number}\n"
    "  bay: {type: int, optional: true, min: 1, max: 99, label: bay number}",
    "SELECT j.ticket, j.customer, j.workshop, j.bay, j.status FROM jobs AS j WHERE 1 = 1\n"
    "{% if workshop %}AND j.workshop = :workshop{% endif %}\n"
    "{% if bay %}AND j.bay = :bay{% endif %}\nORDER BY j.ticket",
)
STAFF = (
    "title: Mechanics\n"
    "description: One row per mechanic with their workshop.\n"
    "examples: [list of mechanics, who works where]\n"
    "keywords: [mechanic, mechanics, staff, employee]",
    "SELECT m.name, m.workshop FROM mechanics AS m ORDER BY m.name",
)
OVERVIEW = (
    "title: Depot at a glance\n"
    "description: One row with how many parcels and couriers, and the total and average weight.\n"
    "examples: [depot headline numbers, total weight of parcels]\n"
    "keywords: [overview, summary, depot, headline]",
    "SELECT\n    (SELECT COUNT(*) FROM parcels) AS parcels,\n"
    "    (SELECT COUNT(*) FROM couriers) AS couriers,\n"
    "    (SELECT SUM(weight) FROM parcels) AS total_weight,\n"
    "    (SELECT AVG(weight) FROM parcels) AS average_weight",
)
PARCEL = (
    "title: One parcel\n"
    "description: For one parcel by its label, its weight, courier and destination.\n"
    "examples: [details for parcel AB12, where is parcel XY9]\n"
    "keywords: [parcel, parcels, package, details, lookup]\n"
    "params:\n"
    "  parcel: {type: string, label: parcel label}",
    "SELECT p.label, p.weight, p.courier, p.destination FROM parcels AS p WHERE p.label = :parcel",
)
COURIERS = (
    "title: Couriers\n"
    "description: One row per courier with how many parcels they carry.\n"
    "examples: [courier list, busiest courier]\n"
    "keywords: [courier, couriers, driver, drivers]",
    "SELECT c.name, COUNT(p.label) AS parcels FROM couriers AS c "
    "LEFT JOIN parcels AS p ON p.courier = c.name GROUP BY c.name ORDER BY c.name",
)


def _lib(tmp_path: Path, files: dict) -> object:
    clear_index_cache()
    return _library(tmp_path / "lib", files)


def test_compound_head_announces_its_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _lib(tmp_path, {"jobs": JOBS, "staff": STAFF})
    d = match("repair jobs in shop 12", lib, TODAY)  # type: ignore[arg-type]
    assert (d.status, d.query, d.params.get("workshop")) == ("matched", "jobs", 12)
    monkeypatch.setattr(compound_cues, "COMPOUND_HEADS_ARE_CUES", False)
    clear_index_cache()
    d = match("repair jobs in shop 12", lib, TODAY)  # type: ignore[arg-type]
    assert d.params.get("workshop") != 12


def test_compound_head_needs_the_header_to_say_it() -> None:
    class P:
        name, label = "classroom", "classroom number"

    assert compound_cues.head_cues(P(), frozenset({"room", "list"})) == {"room"}  # type: ignore[arg-type]
    assert compound_cues.head_cues(P(), frozenset({"list"})) == set()  # type: ignore[arg-type]


def test_scalar_subqueries_are_one_row(monkeypatch: pytest.MonkeyPatch) -> None:
    sql = OVERVIEW[1]
    assert one_row(sql)
    # correlated subqueries beside a table's columns are a row per that table's row
    assert not one_row("SELECT c.name, (SELECT COUNT(*) FROM p WHERE p.c = c.id) AS n FROM c AS c")
    assert one_row("SELECT COUNT(*) AS n FROM parcels")
    monkeypatch.setattr(grand_total, "SCALAR_SUBQUERIES_ONE_ROW", False)
    assert not one_row(sql)


def test_select_items_read_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ships off (sql_words says why): checked switched on."""
    sql = OVERVIEW[1]
    monkeypatch.setattr(sql_words, "ITEMS_APART", True)
    assert {"parcels", "couriers", "weight"} <= shown_words(sql)
    monkeypatch.setattr(sql_words, "ITEMS_APART", False)
    assert "parcels" not in shown_words(sql)


def test_total_of_all_from_an_overview_of_subqueries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _lib(tmp_path, {"overview": OVERVIEW, "couriers": COURIERS})
    text = "What is the total weight of all parcels?"
    assert match(text, lib, TODAY).query == "overview"  # type: ignore[arg-type]
    monkeypatch.setattr(grand_total, "SCALAR_SUBQUERIES_ONE_ROW", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status == "unmatched"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("How many parcels are there?", True),
        ("Find the number of distinct couriers.", True),
        ("@ops how many parcels do we have? thx", True),
        ("how many parcels does courier Smith carry", False),
        ("How many different couriers carry a parcel to Lyon?", False),
    ],
)
def test_whole_count_read(text: str, whole: bool) -> None:
    import re

    assert asks_whole_count(" ".join(re.findall(r"[\w'-]+|[.?!]", text.lower()))) is whole


def test_whole_count_goes_to_the_query_needing_no_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _lib(tmp_path, {"overview": OVERVIEW, "parcel": PARCEL, "couriers": COURIERS})
    text = "How many parcels are there?"
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    assert d.query != "parcel" and "parcel" not in d.missing
    monkeypatch.setattr(whole_count, "WHOLE_COUNT_NEEDS_NO_VALUE", False)
    # the one-row query's own count also sends it there (m-wrong15): off too, to see this one
    monkeypatch.setattr(one_row_counts, "ONE_ROW_COUNT_BONUS", 0.0)
    clear_index_cache()
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    assert (d.query, d.missing) == ("parcel", ["parcel"])


FLOORS = (
    "title: Offices\n"
    "description: One row per office with its floor and desks. Optionally one floor.\n"
    "examples: [offices on floor 2, which offices have the most desks]\n"
    "keywords: [office, offices, floor, desks, building]\n"
    "params:\n"
    "  floor: {type: int, optional: true, min: 0, max: 40, label: floor}",
    "SELECT o.name, o.floor, o.desks FROM offices AS o WHERE 1 = 1\n"
    "{% if floor is not none %}AND o.floor = :floor{% endif %}\nORDER BY o.name",
)


@pytest.mark.parametrize(
    ("text", "want"), [("offices on the fifth floor", 5), ("offices on the 3rd floor", 3)]
)
def test_ordinal_before_its_word_is_the_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, want: int
) -> None:
    lib = _lib(tmp_path, {"offices": FLOORS, "staff": STAFF})
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    assert (d.query, d.params.get("floor")) == ("offices", want)
    monkeypatch.setattr(ordinal_values, "ORDINAL_BEFORE_CUE", False)
    clear_index_cache()
    assert match(text, lib, TODAY).params.get("floor") is None  # type: ignore[arg-type]


def test_ordinal_before_another_word_is_no_value(tmp_path: Path) -> None:
    lib = _lib(tmp_path, {"offices": FLOORS, "staff": STAFF})
    d = match("the first office on each floor", lib, TODAY)  # type: ignore[arg-type]
    assert d.params.get("floor") is None
