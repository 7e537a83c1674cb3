"""A ranking by a count of a table ("the dorm with the most amenities") from a query that
counts, shows and groups by none of it is not run (bot.matching.rank_fit)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.language.textnorm import stem
from bot.library.loader import load_library
from bot.library.model import Library
from bot.matching import restricted, signals, superlative_head
from bot.matching.matcher import clear_index_cache, match
from bot.matching.rank_fit import ranked_by

TODAY = date(2026, 11, 22)

RESIDENTS = (
    "title: Who lives where\nkeywords: [residents, live, living, students, hall, halls]\n"
    "examples:\n  - which students live in halls with a gym\n"
    "params:\n  feature: {type: string, optional: true, label: feature the hall offers}",
    "SELECT s.first_name, h.hall_name FROM Lives_in AS l JOIN Student AS s ON s.id = l.stu\n"
    "JOIN Hall AS h ON h.id = l.hall WHERE TRUE {% if feature %}AND l.hall IN (SELECT hf.hall "
    "FROM Hall_feature AS hf WHERE hf.name = :feature){% endif %} ORDER BY h.hall_name",
)


def _library(root: Path, files: dict[str, tuple[str, str]]) -> Library:
    root.mkdir()
    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    return load_library(root)


def test_what_a_ranking_counts() -> None:
    tables = frozenset({stem("feature"), stem("course"), stem("student")})
    assert ranked_by("the hall with the most features", tables) == {stem("feature")}
    assert ranked_by("the hall with the least number of features", tables) == {stem("feature")}
    # the noun a table's name modifies; an adjective's superlative ranks by no table
    assert ranked_by("the student with the most course enrolments", tables) == frozenset()
    assert ranked_by("the most recent student", tables) == frozenset()
    assert ranked_by("the course with the most students in it", tables) == {stem("student")}


def test_a_ranking_the_query_cannot_make_is_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"residents": RESIDENTS})
    text = "what are the first names of the students who live in the hall with the most features?"
    assert match(text, lib, TODAY).status == "unmatched"
    monkeypatch.setattr(signals, "UNRANKED_COUNT_PENALTY", 0.0)
    # a listing that cannot rank is a ticket by restricted.UNRANKED_SUPERLATIVES too: off here,
    # to show this penalty alone
    monkeypatch.setattr(restricted, "UNRANKED_SUPERLATIVES", False)
    # and "students who live in the hall with the most features" is a nested ranking
    # (superlative_head.NESTED_RANKING_TICKET): off here too
    monkeypatch.setattr(superlative_head, "NESTED_RANKING_TICKET", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "residents"
