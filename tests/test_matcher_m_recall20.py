"""A noun followed by a value it names is no breakdown (issue 10, m-recall20): "how many
students are taught by teacher TARRING LEIA" asks for one teacher's row, not a figure per
teacher; read as "by teacher", a query with a row per teacher that counts its students lost
its count (no GROUP BY) and the request became a ticket. The test runs with the switch on and
off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import per_row_counts, subject_fit
from bot.matching.matcher import clear_index_cache, match
from bot.matching.subject_fit import VALUE_MARK, find_breakdowns

TODAY = date(2026, 11, 22)

TEACHERS = (
    "title: Teachers\nkeywords: [teacher, teachers, taught, teaches, classroom, students]\n"
    "examples: [list of teachers and their rooms, class size of each teacher]\n"
    "params:\n  teacher:\n    type: choice\n    optional: true\n"
    "    choices: [Tarring, Kawa, Moyer]",
    "SELECT t.last_name, t.classroom, (SELECT COUNT(*) FROM pupils AS p "
    "WHERE p.classroom = t.classroom) AS students FROM teachers AS t "
    "WHERE (:teacher IS NULL OR t.last_name = :teacher) ORDER BY t.last_name",
)
GRADES = (
    "title: Students per grade\nkeywords: [grade, grades, students, pupils]\n"
    "examples: [how many students in each grade]",
    "SELECT p.grade, COUNT(*) AS students FROM pupils AS p GROUP BY p.grade",
)
FILES = {"teachers": TEACHERS, "students_per_grade": GRADES}


def test_a_noun_before_a_value_is_no_breakdown(monkeypatch: pytest.MonkeyPatch) -> None:
    said = f"how many students are taught by teacher {VALUE_MARK} leia"
    assert find_breakdowns(said) == []
    assert find_breakdowns(f"students taught by teacher named {VALUE_MARK}") == []
    assert find_breakdowns("how many students by teacher") == ["teacher"]
    monkeypatch.setattr(subject_fit, "NOUN_BEFORE_VALUE_NOT_BREAKDOWN", False)
    assert find_breakdowns(said) == ["teacher"]


def test_one_teachers_count_is_read_off_their_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "How many students are taught by teacher TARRING LEIA?"
    clear_index_cache()
    d = match(text, _library(tmp_path / "on", FILES), TODAY)
    assert (d.status, d.query, d.params.get("teacher")) == ("matched", "teachers", "Tarring")
    monkeypatch.setattr(subject_fit, "NOUN_BEFORE_VALUE_NOT_BREAKDOWN", False)
    # (a count per teacher from rows per teacher that count students beside each also answers
    # "by teacher": bot.matching.per_row_counts, switched off to see this rule alone)
    monkeypatch.setattr(per_row_counts, "ROWS_CARRY_COUNTS", False)
    clear_index_cache()
    d = match(text, _library(tmp_path / "off", FILES), TODAY)
    assert (d.status, d.query) != ("matched", "teachers")
