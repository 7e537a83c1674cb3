"""A part of a name said as a search is the LIKE parameter's value, as said
(bot.matching.contains_said): "customers with Mrs in their name", "airlines whose names start
with Orbit". Switched off, the word went unread and the query ran unfiltered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.language.entities import find_entities
from bot.library.loader import parse_query_file
from bot.matching import contains_said, params

TODAY = date(2026, 11, 22)

PEOPLE = """/*---
title: Member directory
keywords: [members, member, name]
params:
  member: {type: string, optional: true, label: member name}
  name_contains: {type: string, optional: true, label: word in the member name}
  name_starts_with: {type: string, optional: true, label: member name starts with}
---*/
SELECT id, name FROM members WHERE 1 = 1
{% if member %}AND name = :member{% endif %}
{% if name_contains %}AND lower(name) LIKE '%' || lower(:name_contains) || '%'{% endif %}
{% if name_starts_with %}AND name LIKE :name_starts_with || '%'{% endif %}
"""


def _binds(text: str) -> dict:
    problems: list = []
    query = parse_query_file(Path("people.sql"), PEOPLE, problems, "people.sql")
    assert query is not None, problems
    bound = params.extract(query, find_entities(text, TODAY), TODAY).binds
    return {k: v for k, v in bound.items() if v is not None}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("members with Mrs in their name", {"name_contains": "Mrs"}),
        ('members who have "Lee" in part of their names', {"name_contains": "Lee"}),
        ("members whose name contains Ann", {"name_contains": "Ann"}),
        ("members whose names start with Al", {"name_starts_with": "Al"}),
        ("members whose names begin with 'Jo'", {"name_starts_with": "Jo"}),
    ],
)
def test_the_part_said_is_searched_for(text: str, want: dict) -> None:
    assert _binds(text) == want


def test_a_word_of_no_searched_column_is_no_search() -> None:
    # "city" is no word of a LIKE parameter here: nothing is searched for
    assert "name_contains" not in _binds("members with Leeds in their city")


def test_switched_off_the_word_goes_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contains_said, "PART_SAID_AS_SEARCH", False)
    assert "name_contains" not in _binds("members with Mrs in their name")


def test_a_search_of_another_owner_s_name_is_no_search() -> None:
    # "word in the member name": a sponsor's name is not searched by it
    problems: list = []
    query = parse_query_file(Path("people.sql"), PEOPLE, problems, "people.sql")
    assert query is not None, problems
    for text, want in (
        ("members with a sponsor whose name contains Ann", ""),
        ("members whose name contains Ann", "Ann"),
    ):
        binds: dict = {}
        assert contains_said.part_said(query, find_entities(text, TODAY), binds) == want
