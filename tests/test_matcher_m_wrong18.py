"""Issue 10, a query confused with a sibling (round 18): "how many different cities" is read
off a one-row summary's COUNT(DISTINCT city) AS cities (bot.matching.distinct_columns), and
"who are the drivers over 45" asks rows of drivers, not figures per party
(bot.matching.asked_rows.WHO_ARE_ROWS). Small libraries written here, each switch on and
off; and "the project which has the most scientists" is no row of totals
(bot.matching.summary_rows)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import asked_rows, distinct_columns, summary_rows
from bot.matching.asked_rows import asked_rows as rows_asked
from bot.matching.distinct_columns import distinct_count_columns
from bot.matching.matcher import clear_index_cache, match
from bot.matching.summary_rows import one_row_of_totals

TODAY = date(2026, 11, 22)

SUMMARY = (
    "title: Airport summary\n"
    "description: One row over every airport with how many airports, cities and countries, and\n"
    "  the lowest and highest elevation.\n"
    "examples: [airport overview, how many airports are there]\n"
    "keywords: [summary, overview, airports, cities, countries, how many, elevation]",
    "SELECT COUNT(*) AS airports, COUNT(DISTINCT NULLIF(city, '')) AS cities,\n"
    "  COUNT(DISTINCT country) AS countries, MIN(elevation) AS lowest_elevation,\n"
    "  MAX(elevation) AS highest_elevation FROM airports",
)
BY_CITY = (
    "title: Airports by city\n"
    "description: One row per city with its number of airports and their names.\n"
    "examples: [cities with the most airports, airports per city]\n"
    "keywords: [city, cities, airports, per city, each city, number of airports]",
    "SELECT city, country, COUNT(*) AS airports FROM airports GROUP BY city, country\n"
    "ORDER BY airports DESC, city",
)


def test_distinct_count_columns_are_read_from_the_outer_select() -> None:
    assert distinct_count_columns(SUMMARY[1]) == frozenset({"citi", "countri"})
    assert distinct_count_columns(BY_CITY[1]) == frozenset()


def test_how_many_different_reads_a_distinct_count_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"airport_summary": SUMMARY, "airports_by_city": BY_CITY})
    text = "How many different cities have an airport?"
    clear_index_cache()
    on = match(text, lib, TODAY)  # type: ignore[arg-type]
    monkeypatch.setattr(distinct_columns, "DISTINCT_COLUMN_READ_OFF", False)
    clear_index_cache()
    off = match(text, lib, TODAY)  # type: ignore[arg-type]
    # off: the summary's cities column is never read, and the rows per city are counted
    assert (off.status, off.query) == ("matched", "airports_by_city")

    def summary(d: object) -> float:
        return next(c.score for c in d.candidates if c.query == "airport_summary")  # type: ignore[attr-defined]

    # on: the summary answers with its own column, near the rows to count: the person picks
    assert on.status == "ambiguous"
    assert summary(on) >= summary(off) + 0.3


def test_who_are_the_things_asks_rows_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    assert rows_asked("who are the drivers over 45") == ["drivers"]
    assert rows_asked("who were the governors of the parties") == ["governors"]
    # one person's column of a record, or columns named: no rows
    assert rows_asked("who is the advisor of student 1004") == []
    assert rows_asked("who are the lieutenant governor and comptroller") == []
    monkeypatch.setattr(asked_rows, "WHO_ARE_ROWS", False)
    assert rows_asked("who are the drivers over 45") == []


DRIVERS = (
    "title: Bus drivers\n"
    "description: One row per driver with name, party, home city and age; optionally only\n"
    "  drivers older than an age.\n"
    "examples: [list the drivers, drivers from Hartford]\n"
    "keywords: [driver, drivers, name, party, home city, age, older]\n"
    "params:\n  older_than: {type: int, optional: true, label: older than (age)}",
    "SELECT d.Name AS name, d.Party AS party, d.Home_city AS home_city, d.Age AS age\n"
    "FROM driver AS d WHERE 1 = 1\n"
    "{% if older_than %}AND d.Age > :older_than\n{% endif %}ORDER BY d.Name",
)
PER_PARTY = (
    "title: Drivers by party\n"
    "description: Drivers grouped by party with how many drivers and their average age;\n"
    "  optionally only drivers older than an age.\n"
    "examples: [drivers per party, which party has the most drivers]\n"
    "keywords: [party, per party, drivers, how many drivers, number of drivers, average age]\n"
    "params:\n  older_than: {type: int, optional: true, label: only drivers older than}",
    "SELECT d.Party AS party, COUNT(*) AS drivers, AVG(d.Age) AS average_age\n"
    "FROM driver AS d WHERE 1 = 1\n"
    "{% if older_than %}AND d.Age > :older_than\n{% endif %}GROUP BY d.Party\n"
    "ORDER BY drivers DESC",
)


def test_who_are_the_drivers_is_no_summary_per_party(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"driver_list": DRIVERS, "drivers_by_party": PER_PARTY})
    text = "who are the drivers older than 45?"
    clear_index_cache()
    on = match(text, lib, TODAY)  # type: ignore[arg-type]
    monkeypatch.setattr(asked_rows, "WHO_ARE_ROWS", False)
    clear_index_cache()
    off = match(text, lib, TODAY)  # type: ignore[arg-type]

    def per_party(d: object) -> float:
        return next(c.score for c in d.candidates if c.query == "drivers_by_party")  # type: ignore[attr-defined]

    assert (on.status, on.query, on.params) == ("matched", "driver_list", {"older_than": 45})
    # off: figures per party are no further from "who are the drivers" than from any ask
    assert per_party(on) <= per_party(off) - 0.2


OVERVIEW = (
    "title: Lab overview\n"
    "description: One row of totals for the lab, the number of scientists and projects\n"
    "  and the total and most hours of a project.\n"
    "examples: [lab overview, how many scientists are there]\n"
    "keywords: [overview, scientists, projects, hours, total hours, most hours]",
    "SELECT (SELECT COUNT(*) FROM Scientists) AS scientists,\n"
    "  (SELECT COUNT(*) FROM Projects) AS projects,\n"
    "  (SELECT SUM(Hours) FROM Projects) AS total_hours,\n"
    "  (SELECT MAX(Hours) FROM Projects) AS most_hours",
)
PROJECTS = (
    "title: Project catalogue\n"
    "description: Every project with its hours and how many scientists are assigned to it.\n"
    "examples: [projects by hours, the project with the most scientists assigned]\n"
    "keywords: [project, projects, name, hours, scientists, assigned, most]\n"
    "params:\n  n: {type: int, optional: true, label: show only the first n}",
    "SELECT p.Name AS name, p.Hours AS hours, COUNT(a.Scientist) AS scientists\n"
    "FROM Projects AS p LEFT JOIN AssignedTo AS a ON a.Project = p.Code\n"
    "GROUP BY p.Code, p.Name, p.Hours ORDER BY scientists DESC\n"
    "{% if n %}LIMIT :n{% endif %}",
)


def test_one_row_of_totals_is_read_from_the_outer_select() -> None:
    assert one_row_of_totals(OVERVIEW[1])
    assert one_row_of_totals("SELECT COUNT(*) AS n, MAX(x) AS m FROM t WHERE 1 = 1")
    assert not one_row_of_totals(PROJECTS[1])  # grouped: a row per project
    assert not one_row_of_totals("SELECT name, COUNT(*) AS n FROM t GROUP BY name")
    # an aggregate naming the row it picks shows the best one
    assert not one_row_of_totals("SELECT ARG_MAX(name, hours) AS top, MAX(hours) AS h FROM t")


def test_the_best_of_many_is_no_row_of_totals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"lab_overview": OVERVIEW, "project_catalogue": PROJECTS})
    text = "What is the name and hours for the project which has the most scientists?"

    def overview(d: object) -> float:
        return next(c.score for c in d.candidates if c.query == "lab_overview")  # type: ignore[attr-defined]

    monkeypatch.setattr(summary_rows, "BEST_ROW_NOT_FROM_TOTALS", True)  # ships off
    clear_index_cache()
    on = match(text, lib, TODAY)  # type: ignore[arg-type]
    monkeypatch.setattr(summary_rows, "BEST_ROW_NOT_FROM_TOTALS", False)
    clear_index_cache()
    off = match(text, lib, TODAY)  # type: ignore[arg-type]
    assert overview(on) <= overview(off) - 0.25
    assert on.query != "lab_overview"
    # a figure of the totals themselves is still theirs
    monkeypatch.setattr(summary_rows, "BEST_ROW_NOT_FROM_TOTALS", True)
    clear_index_cache()
    d = match("how many scientists are there in the lab overview", lib, TODAY)  # type: ignore[arg-type]
    assert (d.status, d.query) == ("matched", "lab_overview")
