"""A request that asks for a column the chosen query's result does not show is never answered
silently (issue 10, class 4): "when did Linda join the chess club" from a roster with no dates,
"the name of the language of film X" from a film list that shows only a language id. It goes
to the team, or is asked among the queries that show the column; a request for a column the
result shows still runs. Each rule on a small library written here, and switched off to show it
is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.matching import asked_columns, named_by_id
from bot.matching.asked_columns import asked_columns as read_asked
from bot.matching.asked_columns import shown_items
from bot.matching.matcher import match

TODAY = dt.date(2026, 11, 22)

ROSTER = (
    """title: Club membership roster
description: One row per club membership with the member's first and last name and position.
examples:
  - who joined the chess club
  - members of the debate club with their positions
keywords: [club, clubs, member, members, roster, join, joined, belong, position, name]
params:
  club: {type: string, optional: true, label: club name}
  first_name: {type: string, optional: true, label: member's first name}
  last_name: {type: string, optional: true, label: member's last name}""",
    """SELECT c.club_name AS club, m.position, s.first_name, s.last_name
FROM member_of_club AS m JOIN club AS c ON c.club_id = m.club_id
JOIN student AS s ON s.student_id = m.student_id WHERE 1 = 1
{% if club %}AND c.club_name = :club{% endif %}
{% if first_name %}AND s.first_name = :first_name{% endif %}
{% if last_name %}AND s.last_name = :last_name{% endif %}""",
)

HIRES = (
    """title: Employee hires
description: One row per employee with the date they joined the company.
keywords: [employee, employees, hired, joined, join, start, hire date]
params:
  last_name: {type: string, optional: true, label: employee's last name}""",
    """SELECT e.first_name, e.last_name, e.hire_date FROM employee AS e WHERE 1 = 1
{% if last_name %}AND e.last_name = :last_name{% endif %}""",
)

FILMS = (
    """title: Film catalog
description: One row per film with its title, rating, length and language.
keywords: [film, films, movie, movies, title, rating, length, language, catalog]
params:
  title: {type: string, optional: true, label: film title}""",
    """SELECT f.title, f.rating, f.length, f.language_id FROM film AS f WHERE 1 = 1
{% if title %}AND f.title = :title{% endif %}""",
)

LANGUAGES = (
    """title: Languages
description: One row per language with its name and when it was last updated.
keywords: [language, languages, spoken]""",
    """SELECT l.language_id, l.name, l.last_update FROM language AS l ORDER BY l.name""",
)


def _clubs(tmp_path: Path):  # noqa: ANN202
    return library_of(tmp_path / "lib", {"club_roster": ROSTER, "employee_hires": HIRES})


def _films(tmp_path: Path):  # noqa: ANN202
    return library_of(tmp_path / "lib", {"film_catalog": FILMS, "languages": LANGUAGES})


def test_when_from_a_result_without_dates_is_not_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _clubs(tmp_path)
    text = 'when did the members of club "Chess Society" join?'
    monkeypatch.setattr(asked_columns, "ASKED_COLUMNS_SHOWN", True)  # shipped off
    d = match(text, lib, TODAY)
    assert d.status != "matched" and d.query is None
    monkeypatch.setattr(asked_columns, "ASKED_COLUMNS_SHOWN", False)
    assert match(text, lib, TODAY).query == "club_roster"


def test_when_from_a_result_with_a_date_still_runs(tmp_path: Path) -> None:
    d = match("when did the employees join?", _clubs(tmp_path), TODAY)
    assert (d.status, d.query) == ("matched", "employee_hires")


def test_the_name_of_a_column_shown_only_as_an_id_is_not_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _films(tmp_path)
    text = "what is the name of the language of film title 'Alien'?"
    monkeypatch.setattr(asked_columns, "ASKED_COLUMNS_SHOWN", True)  # shipped off
    d = match(text, lib, TODAY)
    assert d.status != "matched" and d.query is None
    monkeypatch.setattr(asked_columns, "ASKED_COLUMNS_SHOWN", False)
    # bot.matching.named_by_id tickets it too (the language shown only by its id)
    monkeypatch.setattr(named_by_id, "NAME_OF_ID_ONLY", False)
    assert match(text, lib, TODAY).query == "film_catalog"


def test_a_column_the_result_shows_still_runs(tmp_path: Path) -> None:
    d = match("what is the rating of the film 'Alien'?", _films(tmp_path), TODAY)
    assert (d.status, d.query) == ("matched", "film_catalog")


def test_what_a_request_asks_to_see() -> None:
    asked = read_asked("what are the first and last name of the members of the club?")
    assert [a.words for a in asked.attributes] == [("first", "name"), ("last", "name")]
    assert read_asked("when did she join?").when
    # a relative clause's "the destination of" is a condition, not a column asked for
    assert not read_asked("the airport which is the destination of most routes").attributes
    # "with" joins a phrase: "all allergies with number of students" asks no column
    assert not read_asked("show all allergies with number of students affected.").attributes


def test_shown_columns_keep_sql_words_and_stars() -> None:
    items = shown_items("SELECT r.date, r.name AS race_name, f.length FROM races AS r")
    assert frozenset({"date"}) in items and frozenset({"length"}) in items
    assert shown_items("SELECT * FROM races") == (frozenset({"*"}),)
