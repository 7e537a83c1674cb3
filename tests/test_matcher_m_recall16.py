"""Issue 10, answerable requests left unmatched (round 16): a year said of a query whose rows
are one per year is read off its rows (year_rows.YEARS_READ_OFF_ROWS); one figure over every row
is read off a grouped result's total row (GROUPING SETS with (), ROLLUP, CUBE:
total_row.TOTAL_ROW_HOLDS_TOTAL). Small libraries written here, each behaviour with its switch on
and off.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language.entities import find_entities
from bot.matching import total_row, year_rows
from bot.matching.matcher import clear_index_cache, match
from bot.matching.total_row import total_row_in
from bot.matching.year_rows import groups_by_year, read_off_rows

TODAY = date(2026, 11, 22)

SUMMARY = (
    "title: Parking fee summary per year\n"
    "description: One row per year with how many car parks, the average, lowest and highest fee.\n"
    "examples: [typical parking fee across the city, range of parking fees]\n"
    "keywords: [fee, fees, average, mean, typical, lowest, highest, range, city, year]",
    "SELECT f.Year AS fee_year, COUNT(*) AS car_parks, AVG(f.Fee) AS average_fee,\n"
    "    MIN(f.Fee) AS lowest_fee, MAX(f.Fee) AS highest_fee\n"
    "FROM fees AS f GROUP BY f.Year ORDER BY f.Year",
)
FEES = (
    "title: Parking fees per car park\n"
    "description: One row per car park and year with its parking fee. Optionally one car park.\n"
    "examples: [parking fee at the harbour car park, which car park charges the most]\n"
    "keywords: [fee, fees, parking fee, car park, car parks, charge, most, least]\n"
    "params:\n"
    "  park: {type: string, optional: true, label: car park name}",
    "SELECT p.Name AS car_park, f.Year AS fee_year, f.Fee AS parking_fee\n"
    "FROM fees AS f JOIN parks AS p ON p.Id = f.Park WHERE 1 = 1\n"
    "{% if park %}AND p.Name = :park{% endif %}\nORDER BY p.Name, f.Year",
)
TICKETS = (
    "title: Parking tickets per car park\n"
    "description: One row per car park with the tickets issued. Optionally one year.\n"
    "examples: [tickets issued in 2003, busiest car park]\n"
    "keywords: [ticket, tickets, issued, car park, car parks, busiest]\n"
    "params:\n"
    "  year: {type: int, optional: true, min: 1900, max: 2100, label: year}",
    "SELECT p.Name AS car_park, COUNT(*) AS tickets FROM tickets AS t\n"
    "JOIN parks AS p ON p.Id = t.Park WHERE 1 = 1\n"
    "{% if year %}AND t.Year = :year{% endif %}\nGROUP BY p.Name ORDER BY 2 DESC",
)


def _lib(tmp_path: Path) -> object:
    clear_index_cache()
    return _library(tmp_path / "lib", {"summary": SUMMARY, "fees": FEES, "tickets": TICKETS})


def test_year_of_a_per_year_result_is_read_off_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails before this round: the year counted as a value only `tickets` takes."""
    lib = _lib(tmp_path)
    text = "What was the average parking fee in the year of 1996?"
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    assert (d.status, d.query) == ("matched", "summary")
    monkeypatch.setattr(year_rows, "YEARS_READ_OFF_ROWS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"  # type: ignore[arg-type]


def test_year_of_one_named_rows_listing_is_read_off_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _lib(tmp_path)
    text = 'What is the parking fee of the car park "Harbour" in 1996?'
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    assert (d.status, d.query, d.params.get("park")) == ("matched", "fees", "Harbour")
    monkeypatch.setattr(year_rows, "YEARS_READ_OFF_ROWS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"  # type: ignore[arg-type]


def test_a_listing_of_every_row_does_not_read_a_year_off(tmp_path: Path) -> None:
    """Every car park's fee each year is many rows for 1996: not its answer."""
    lib = _lib(tmp_path)
    d = match("Which car park charges the most in 1996?", lib, TODAY)  # type: ignore[arg-type]
    assert d.query != "fees"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("the average fee in 1996", True),
        ("the average fee in the year of 1996", True),
        ("the average fee during 1996", True),
        ("the average fee after 1996", False),
        ("the average fee since 1996", False),
        ("the average fee in 1750", False),
        ("the average fee above 1996 dollars", False),
    ],
)
def test_which_numbers_are_years_read_off(tmp_path: Path, text: str, read: bool) -> None:
    q = next(q for q in _lib(tmp_path) if q.name == "summary")  # type: ignore[attr-defined]
    numbers = find_entities(text, TODAY).numbers
    assert any(read_off_rows(n, q, {}, frozenset({"year"})) for n in numbers) is read


def test_groups_by_year_columns() -> None:
    assert groups_by_year("SELECT Year, COUNT(*) FROM t GROUP BY Year")
    assert groups_by_year("SELECT f.fee_year, COUNT(*) FROM t AS f GROUP BY f.fee_year")
    assert groups_by_year("SELECT FeeYear, COUNT(*) FROM t GROUP BY FeeYear")
    assert not groups_by_year("SELECT Yearly, COUNT(*) FROM t GROUP BY Yearly")
    assert not groups_by_year("SELECT Campus, COUNT(*) FROM t GROUP BY Campus")
    assert not groups_by_year("SELECT Year FROM t")


CAPACITY = (
    "title: Hall capacity by gender\n"
    "description: One row per hall gender type, and one for all halls, with the number of halls"
    " and their total and average capacity.\n"
    "examples: [capacity of female halls, how many beds per gender type]\n"
    "keywords: [capacity, beds, hall, halls, gender, total, average]",
    "SELECT COALESCE(gender, 'all halls') AS gender, COUNT(*) AS halls,\n"
    "    SUM(capacity) AS total_capacity, AVG(capacity) AS average_capacity\n"
    "FROM Hall GROUP BY GROUPING SETS ((gender), ())\nORDER BY GROUPING(gender), gender",
)
HALLS = (
    "title: Hall list\n"
    "description: One row per hall with its name, gender type and capacity.\n"
    "examples: [list of halls, which halls are for women]\n"
    "keywords: [hall, halls, name, list, gender]",
    "SELECT name, gender, capacity FROM Hall ORDER BY name",
)


def test_total_row_holds_one_figure_over_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails before this round: a grouped result was never read for "of all halls"."""
    clear_index_cache()
    lib = _library(tmp_path / "lib", {"capacity": CAPACITY, "halls": HALLS})
    text = "What is the total capacity of all halls?"
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    assert (d.status, d.query) == ("matched", "capacity")
    monkeypatch.setattr(total_row, "TOTAL_ROW_HOLDS_TOTAL", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"  # type: ignore[arg-type]


def test_which_groupings_have_a_total_row() -> None:
    assert total_row_in("SELECT g, SUM(c) FROM t GROUP BY GROUPING SETS ((g), ())")
    assert total_row_in("SELECT g, SUM(c) FROM t GROUP BY ROLLUP (g)")
    assert total_row_in("SELECT g, h, SUM(c) FROM t GROUP BY CUBE (g, h)")
    assert not total_row_in("SELECT g, h, SUM(c) FROM t GROUP BY GROUPING SETS ((g, h), (g))")
    assert not total_row_in("SELECT g, SUM(c) FROM t GROUP BY g")
    assert not total_row_in("SELECT SUM(c) FROM t")
