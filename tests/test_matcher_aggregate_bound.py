"""A number said of one aggregate bound to a parameter that compares another ("shows with an
average attendance over 200" bound to a bound on the total) is a ticket
(aggregate_bound.AGGREGATE_OF_BOUND_TICKET); said of the aggregate it compares, it runs. A small
library written here, the switch on and off. A number said inside an exception ("except for
those older than 40") is a ticket too (excepted_bound.EXCEPTED_BOUND_TICKET)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import aggregate_bound, excepted_bound
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

SHOWS = (
    "title: Attendance per show\n"
    "description: One row per show with its total and average daily attendance. Optionally"
    " totals above an amount (strict).\n"
    "examples: [attendance for each show, shows with more than 10000 visitors in total]\n"
    "keywords: [attendance, visitors, show, shows, total, average]\n"
    "params:\n"
    "  min_total: {type: int, optional: true, label: total attendance above}",
    "SELECT s.name, COALESCE(sum(r.attendance), 0) AS total_attendance,"
    " avg(r.attendance) AS average_attendance\n"
    "FROM shows AS s LEFT JOIN records AS r ON r.show_id = s.id\nGROUP BY s.id, s.name\n"
    "{% if min_total is not none %}HAVING COALESCE(sum(r.attendance), 0) > :min_total\n"
    "{% endif %}ORDER BY total_attendance DESC",
)


@pytest.fixture
def lib(tmp_path: Path):  # type: ignore[no-untyped-def]
    clear_index_cache()
    yield _library(tmp_path / "lib", {"show_attendance": SHOWS})
    clear_index_cache()


@pytest.mark.parametrize(
    "text",
    [
        "shows with an average attendance over 200",
        "which shows draw over 200 visitors on average?",
    ],
)
def test_average_bound_on_a_total_is_a_ticket(lib, text: str) -> None:  # type: ignore[no-untyped-def]
    # (the learned gate may show it as a near miss: never a run either way)
    assert match(text, lib, TODAY).status != "matched"
    assert aggregate_bound.misread_aggregate(text, lib.get("show_attendance"), {"min_total": 200})


def test_switched_off_the_average_bound_runs_on_the_total(lib, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "shows with an average attendance over 200"
    monkeypatch.setattr(aggregate_bound, "AGGREGATE_OF_BOUND_TICKET", False)
    clear_index_cache()
    off = match(text, lib, TODAY)
    assert (off.status, off.query, off.params["min_total"]) == ("matched", "show_attendance", 200)


def test_total_bound_on_a_total_runs(lib) -> None:  # type: ignore[no-untyped-def]
    d = match("shows with more than 10000 visitors in total", lib, TODAY)
    assert (d.status, d.query, d.params["min_total"]) == ("matched", "show_attendance", 10000)


DRIVERS = (
    "title: Drivers\n"
    "description: One row per driver with name, home city and age. Optionally age bounds"
    " (strict).\n"
    "examples: [list the drivers, drivers older than 40, home cities of the drivers]\n"
    "keywords: [driver, drivers, home, city, cities, age, old, older, young]\n"
    "params:\n"
    "  older_than: {type: int, optional: true, min: 0, max: 120, label: age above}",
    "SELECT d.name, d.home_city, d.age FROM drivers AS d WHERE 1 = 1\n"
    "{% if older_than is not none %}AND d.age > :older_than\n{% endif %}ORDER BY d.name",
)


def test_a_bound_said_in_an_exception_is_a_ticket(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clear_index_cache()
    lib = _library(tmp_path / "lib", {"drivers": DRIVERS})
    text = "show all home cities except for those having a driver older than 40"
    assert match(text, lib, TODAY).status != "matched"
    ok = match("home cities of the drivers older than 40", lib, TODAY)
    assert (ok.status, ok.params["older_than"]) == ("matched", 40)
    monkeypatch.setattr(excepted_bound, "EXCEPTED_BOUND_TICKET", False)
    clear_index_cache()
    off = match(text, lib, TODAY)
    assert (off.status, off.params["older_than"]) == ("matched", 40)
    clear_index_cache()
