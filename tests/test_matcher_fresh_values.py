"""Values read wrong on libraries nobody tuned for (issue 10, fresh sets): a bound said of "the
year of 1850", a number too large to be a year, "registered some courses" as at least one, an
alphabetical order by the listed column, and a superlative that names its own sort choice. Each
rule is shown on a small library written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.language import year_filler
from bot.language.entities import find_entities
from bot.library.model import Library
from bot.library.types import number_said, number_types
from bot.matching import alphabetical_key, negated_choice, readings, structure
from bot.matching.matcher import clear_index_cache, match
from bot.matching.params import extract
from tests.support import library_of

TODAY = date(2026, 11, 22)

SCHOOLS = (
    "title: Schools\n"
    "examples:\n  - list schools founded after 1900\n  - schools with more than 5000 students\n"
    "keywords: [school, schools, founded, enrollment, students]\n"
    "params:\n"
    "  founded_before: {type: int, optional: true, label: founded before (year)}\n"
    "  founded_after: {type: int, optional: true, label: founded after (year)}\n"
    "  min_enrollment: {type: int, optional: true, min: 0, label: enrollment above}",
    "SELECT name, founded, enrollment FROM school WHERE 1 = 1"
    " {% if founded_before is not none %}AND founded < :founded_before{% endif %}"
    " {% if founded_after is not none %}AND founded > :founded_after{% endif %}"
    " {% if min_enrollment is not none %}AND enrollment > :min_enrollment{% endif %}",
)
LOAD = (
    "title: Student course load\n"
    "examples:\n  - course load per student\n  - students with at least 2 registrations\n"
    "keywords: [student, students, course load, registered, courses]\n"
    "params:\n"
    "  min_registered: {type: int, optional: true, min: 0,"
    " label: registered for at least (courses)}",
    "SELECT student_id, registered FROM load WHERE 1 = 1"
    " {% if min_registered is not none %}AND registered >= :min_registered{% endif %}",
)
PEOPLE = (
    "title: People directory\n"
    "examples:\n  - people directory\n"
    "keywords: [people, person, first name, last name]\n"
    "params:\n  sort:\n    type: choice\n    choices: [last_name, first_name, id]\n"
    "    default: last_name\n"
    "    synonyms: {surname: last_name, first name: first_name, by id: id}",
    "SELECT first_name, last_name FROM people ORDER BY"
    " {% if sort == 'first_name' %}first_name{% elif sort == 'id' %}id"
    "{% else %}last_name{% endif %}",
)
TEAMS = (
    "title: Team records\n"
    "examples:\n  - team records\n"
    "keywords: [team, teams, acc, percent, record]\n"
    "params:\n  sort:\n    type: choice\n    choices: [acc_percent, lowest_acc, name]\n"
    "    default: acc_percent\n"
    "    synonyms: {best: acc_percent, acc: acc_percent, worst: lowest_acc,"
    " lowest acc: lowest_acc, by name: name}",
    "SELECT team, acc_percent FROM teams ORDER BY"
    " {% if sort == 'lowest_acc' %}acc_percent{% elif sort == 'name' %}team"
    "{% else %}acc_percent DESC{% endif %}",
)


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    clear_index_cache()
    return library_of(
        tmp_path / "lib",
        {"schools": SCHOOLS, "load": LOAD, "people": PEOPLE, "teams": TEAMS, "ages": AGES},
    )


AGES = (
    "title: Club members\n"
    "examples:\n  - members older than 30\n"
    "keywords: [members, member, age, older, younger]\n"
    "params:\n  min_age: {type: int, optional: true, min: 0, label: age at least}",
    "SELECT name, age FROM member WHERE 1 = 1"
    " {% if min_age is not none %}AND age >= :min_age{% endif %}",
)


def _binds(lib: Library, name: str, text: str) -> dict:
    return extract(lib.queries[name], find_entities(text, TODAY), TODAY).binds


def test_the_year_of_between_a_bound_and_its_year(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "schools founded after the year of 1850"
    binds = _binds(lib, "schools", text)
    assert (binds["founded_before"], binds["founded_after"]) == (None, 1850)
    binds = _binds(lib, "schools", "schools founded before the year 1850")
    assert (binds["founded_before"], binds["founded_after"]) == (1850, None)
    monkeypatch.setattr(year_filler, "YEAR_FILLER_IS_NO_WORD", False)
    binds = _binds(lib, "schools", text)
    assert (binds["founded_before"], binds["founded_after"]) != (None, 1850)


def test_no_year_beyond_years(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    binds = _binds(lib, "schools", "list schools with more than 20000 students")
    assert (binds["founded_after"], binds["min_enrollment"]) == (None, 20000)
    assert _binds(lib, "schools", "schools founded after 1900")["founded_after"] == 1900
    monkeypatch.setattr(number_said, "NO_YEAR_BEYOND_YEARS", False)
    binds = _binds(lib, "schools", "list schools with more than 20000 students")
    assert binds["founded_after"] == 20000


def test_registered_some_courses_is_at_least_one(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "ids of students who registered some courses but the least number of courses"
    assert _binds(lib, "load", text)["min_registered"] == 1
    assert _binds(lib, "load", "students who registered for any course")["min_registered"] == 1
    # a negation before the verb says none, never at least one
    never = "students who never registered for any course"
    assert _binds(lib, "load", never)["min_registered"] != 1
    monkeypatch.setattr(number_types, "SOME_NOUN_SAYS_ONE", False)
    assert _binds(lib, "load", text)["min_registered"] is None


def test_alphabetical_order_is_by_the_listed_column(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "List the first names of people in alphabetical order"
    assert _binds(lib, "people", text)["sort"] == "first_name"
    # a key said ("by id") or a reversed order is another reading's
    assert _binds(lib, "people", "the first names of people sorted by id")["sort"] == "id"
    monkeypatch.setattr(alphabetical_key, "ALPHABETICAL_BY_LISTED", False)
    assert _binds(lib, "people", text)["sort"] == "last_name"


def test_a_superlative_names_its_own_choice(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _binds(lib, "teams", "which team had the worst acc pct")["sort"] == "lowest_acc"
    assert _binds(lib, "teams", "which team had the best acc pct")["sort"] == "acc_percent"
    monkeypatch.setattr(readings, "SUPERLATIVE_NAMES_ITS_CHOICE", False)
    assert _binds(lib, "teams", "which team had the worst acc pct")["sort"] == "acc_percent"


def test_an_age_bound_is_an_ages(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _binds(lib, "load", "list students older than 25")["min_registered"] is None
    assert _binds(lib, "ages", "members older than 25")["min_age"] == 26
    monkeypatch.setattr(number_said, "AGE_BOUNDS_ONLY_AGES", False)
    assert _binds(lib, "load", "list students older than 25")["min_registered"] == 26


def test_non_before_a_value_negates_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "the newest non public school"
    at = text.index("public")
    assert structure.negated_before(text, at)
    assert not structure.negated_before("the newest public school", text.index("public") - 4)
    monkeypatch.setattr(structure, "NON_NEGATES_A_VALUE", False)
    assert not structure.negated_before(text, at)


STATUS = (
    "title: Student course status\n"
    "examples:\n  - registration vs attendance per student\n"
    "  - students who registered but didn't attend\n"
    "keywords: [student, students, courses, attended, registered, no-show, did not attend]\n"
    "params:\n  status:\n    type: choice\n    choices: [all, no_show]\n    default: all\n"
    "    synonyms: {no-show: no_show, did not attend: no_show, not attended: no_show}",
    "SELECT student_id, course, attended FROM pairs"
    " {% if status == 'no_show' %}WHERE attended IS NULL{% endif %}",
)


def test_a_negation_only_an_unchosen_choice_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    status = library_of(tmp_path / "status", {"status": STATUS})
    never = "ids of students who never attended a course"
    monkeypatch.setattr(negated_choice, "NEGATION_NEEDS_ITS_CHOICE", False)
    assert match(never, status, TODAY).status == "matched"
    monkeypatch.setattr(negated_choice, "NEGATION_NEEDS_ITS_CHOICE", True)
    assert match(never, status, TODAY).status != "matched"
    # the negated choice bound reads the negation: it runs
    said = match("students who registered but did not attend", status, TODAY)
    assert (said.status, said.params.get("status")) == ("matched", "no_show")
