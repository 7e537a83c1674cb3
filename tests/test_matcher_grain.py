"""A listing's rows are of one table: a request for rows of (or per) another table of the
library, which another query's rows are of, is not answered by it (bot.matching.grain)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.library.loader import load_library
from bot.library.model import Library
from bot.matching import signals
from bot.matching.grain import grain_of, other_grain
from bot.matching.matcher import clear_index_cache, index_for, match
from bot.matching.result_fit import Asked
from bot.matching.sql_words import ResultShape

TODAY = date(2026, 11, 22)

MEMBERS = (
    "title: Members\nkeywords: [member, members, name, bookings, booked, class, classes, classes booked]\n"
    "examples:\n  - members with 3 or more bookings\n  - who booked the most classes\n"
    "params:\n  sort: {type: choice, choices: [name, most_bookings], default: name}",
    "WITH counts AS (SELECT member_id, COUNT(*) AS bookings FROM Member_Class_Booking "
    "GROUP BY member_id)\nSELECT m.member_id, m.full_name, COALESCE(counts.bookings, 0) AS "
    "bookings\nFROM Members AS m LEFT JOIN counts ON counts.member_id = m.member_id\n"
    "ORDER BY {% if sort == 'most_bookings' %}bookings DESC{% else %}m.full_name{% endif %}",
)
CLASSES = (
    "title: Bookings per class\nkeywords: [class, per class, bookings, popularity]\n"
    "examples:\n  - class popularity",
    "WITH counts AS (SELECT class_id, COUNT(*) AS bookings FROM Member_Class_Booking "
    "GROUP BY class_id)\nSELECT c.class_id, c.class_title, COALESCE(counts.bookings, 0) AS "
    "bookings\nFROM Gym_Classes AS c LEFT JOIN counts ON counts.class_id = c.class_id\n"
    "ORDER BY bookings DESC",
)
BOOKING_LOG = (
    "title: Booking log\nkeywords: [booking log, booked on]",
    "SELECT m.full_name, c.class_title, b.booked_on FROM Member_Class_Booking AS b\n"
    "JOIN Members AS m ON m.member_id = b.member_id JOIN Gym_Classes AS c ON "
    "c.class_id = b.class_id ORDER BY b.booked_on",
)


def _library(root: Path, files: dict[str, tuple[str, str]]) -> Library:
    root.mkdir()
    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    return load_library(root)


def test_a_row_is_its_outer_table_not_a_with_clause(tmp_path: Path) -> None:
    lib = _library(tmp_path / "a", {"members": MEMBERS, "booking_log": BOOKING_LOG})
    index = index_for(lib)
    assert grain_of(index.fit_of("members"), MEMBERS[1]) == {"member"}
    cte = "WITH recent AS (SELECT a FROM t) SELECT a FROM recent"
    assert not grain_of(replace(index.fit_of("members"), rows_of=frozenset({"recent"})), cte)


def test_rows_of_another_table_are_not_read_off_a_listing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"members": MEMBERS, "classes": CLASSES})
    text = "which class has the most bookings? just need the class name"
    assert match(text, lib, TODAY).query == "classes"
    monkeypatch.setattr(signals, "FOREIGN_GRAIN_PENALTY", 0.0)
    clear_index_cache()  # its words were read with the rule on
    assert match(text, lib, TODAY).query != "classes"


def test_a_listing_that_shows_the_table_s_columns_lists_it_too(tmp_path: Path) -> None:
    # a log of bookings that shows each class's title lists classes too; the members do not
    lib = _library(
        tmp_path / "a", {"booking_log": BOOKING_LOG, "classes": CLASSES, "members": MEMBERS}
    )
    index = index_for(lib)
    shape = ResultShape(False, False, False)
    nothing: frozenset[str] = frozenset()
    said = frozenset({"class"})
    a = Asked(shape, nothing, {}, said, nothing, nothing, nothing, False, False, False)
    a = replace(a, row_subjects=said)
    assert not other_grain(a, index.fit_of("booking_log"), BOOKING_LOG[1], index.grains)
    assert other_grain(a, index.fit_of("members"), MEMBERS[1], index.grains)
    # no query's rows are classes: the word is the person's name for what there is
    lone = _library(tmp_path / "b", {"members": MEMBERS})
    lone_index = index_for(lone)
    assert not other_grain(a, lone_index.fit_of("members"), MEMBERS[1], lone_index.grains)


STUDENTS = (
    "title: Student list\nkeywords: [student, students, major, majors, city, cities, age]\n"
    "params:\n  major: {type: string, optional: true, label: major}",
    "SELECT s.StuID, s.Fname, s.Major, s.City FROM Student AS s\n"
    "WHERE TRUE {% if major %}AND s.Major = :major{% endif %} ORDER BY s.StuID",
)
MAJORS = (
    "title: Students per major\nkeywords: [major, majors, per major, students]",
    "SELECT Major, COUNT(*) AS students FROM Student GROUP BY Major ORDER BY Major",
)


def _score(lib: Library, text: str, name: str) -> float:
    results, _ent = index_for(lib).score(text, TODAY)
    return next(s for s, q, _x in results if q.name == name)


def test_a_count_of_different_values_is_not_read_off_a_listing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"student_list": STUDENTS, "students_per_major": MAJORS})
    text = "how many distinct majors do the students have?"
    assert match(text, lib, TODAY).query == "students_per_major"  # a row per major
    # "the numbers of …" asks for a count as "the number of …" does
    said = "the numbers of different majors"
    assert _score(lib, said, "student_list") < _score(lib, said, "students_per_major")
    listed = _score(lib, text, "student_list")
    monkeypatch.setattr(signals, "DISTINCT_FROM_ROWS_PENALTY", 0.0)
    clear_index_cache()
    assert _score(lib, text, "student_list") > listed + 0.2
