"""Issue 10, a query confused with a sibling (round 17): a GROUP BY on the outer FROM table's
joined key ("GROUP BY s.SSN" of Scientists, joined on s.SSN) gives a row per row of that table
(bot.matching.own_key.JOIN_KEY_NAMES_ROWS), so counting those things counts its rows, not rows
of another grain. Small libraries written
here, the switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import own_key, request_reading
from bot.matching.matcher import clear_index_cache, match
from bot.matching.own_key import own_key_rows

TODAY = date(2026, 11, 22)

DIRECTORY_SQL = (
    "SELECT s.SSN AS ssn, s.Name AS scientist, COUNT(p.Code) AS projects "
    "FROM Scientists AS s LEFT JOIN AssignedTo AS a ON a.Scientist = s.SSN "
    "LEFT JOIN Projects AS p ON p.Code = a.Project GROUP BY s.SSN, s.Name ORDER BY s.Name"
)
DIRECTORY = (
    "title: Scientists\n"
    "description: Every scientist with the number of projects they work on.\n"
    "examples: [list the scientists, scientists with the most projects]\n"
    "keywords: [scientist, scientists, name, projects, number of projects]",
    DIRECTORY_SQL,
)
ASSIGNMENTS = (
    "title: Assignments\n"
    "description: Every assignment of a scientist to a project, with the project's hours.\n"
    "examples: [who works on which project, assignments of project AeH1]\n"
    "keywords: [assignment, assignments, assigned, scientist, project, hours]",
    "SELECT a.Scientist, a.Project, p.Hours FROM AssignedTo AS a "
    "JOIN Projects AS p ON p.Code = a.Project ORDER BY a.Project",
)


def test_group_by_joined_key_of_the_outer_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(own_key, "JOIN_KEY_NAMES_ROWS", True)  # ships off
    assert own_key_rows(DIRECTORY_SQL) == frozenset({"scientist"})
    # a foreign key of the outer table names the table it keys: rows per customer
    per_customer = (
        "SELECT l.customer_id, COUNT(*) AS lessons FROM Lessons AS l "
        "JOIN Customers AS c ON c.customer_id = l.customer_id GROUP BY l.customer_id"
    )
    assert own_key_rows(per_customer) == frozenset()
    # a column no join matches on says only what it says
    per_city = "SELECT c.city, COUNT(*) AS n FROM Customers AS c GROUP BY c.city"
    assert own_key_rows(per_city) == frozenset()
    monkeypatch.setattr(own_key, "JOIN_KEY_NAMES_ROWS", False)
    assert own_key_rows(DIRECTORY_SQL) == frozenset()


def test_counted_things_are_the_rows_of_a_group_by_joined_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(own_key, "JOIN_KEY_NAMES_ROWS", True)  # ships off
    clear_index_cache()
    lib = _library(tmp_path / "lib", {"scientist_list": DIRECTORY, "assignments": ASSIGNMENTS})
    text = "How many different scientists are assigned to any project?"
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    assert (d.status, d.query) == ("matched", "scientist_list")
    monkeypatch.setattr(own_key, "JOIN_KEY_NAMES_ROWS", False)
    monkeypatch.setattr(request_reading, "OWN_CUES_ARE_WORDS", False)  # "project", a word too
    clear_index_cache()
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    # off: rows "per ssn" are read as rows of another thing than scientists, so no count
    assert (d.status, d.query) == ("unmatched", None)
