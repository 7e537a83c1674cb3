"""Numbers in their slot (issue 10, class 3): a year said as a time is no name ("the fee of a
campus in 1996" binds no campus called "1996"), and a number right after a parameter's noun is
its value though a row count names the same noun ("who advises student 1004"), and a range goes
to the pair that can hold it ("wines costing between 50 and 100" is no range of vintages), a
bare one before a plural to the pair that counts ("2 to 4 employees"). On small libraries
written here, each rule switched off to show it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.library.types import number_said
from bot.matching import bound_pairs, signals
from bot.matching.matcher import match

TODAY = dt.date(2026, 11, 22)

FEES = (
    """title: Campus fees
description: The fee each campus charges, by campus name.
keywords: [fee, fees, campus, campuses, charge, average]
params:
  campus: {type: string, optional: true, label: campus name}""",
    """SELECT c.name, c.fee FROM campuses AS c WHERE 1 = 1
{% if campus %}AND c.name = :campus{% endif %}""",
)


def test_a_year_after_a_word_of_time_names_no_text_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"fees": FEES})
    said = "the fee of a campus in 1996"
    assert match(said, lib, TODAY).params.get("campus") != "1996"
    # a number said as the campus's own ("campus 4021") is still the campus's
    assert match("the fee of campus 4021", lib, TODAY).params.get("campus") == "4021"
    monkeypatch.setattr(number_said, "A_YEAR_IS_NO_NAME", False)
    assert match(said, lib, TODAY).params.get("campus") == "1996"


DIRECTORY = (
    """title: Student directory
description: Every student with their advisor, by student id or advisor id.
keywords: [student, students, advisor, advises, who]
params:
  stuid: {type: int, optional: true, min: 1, label: student id}
  advisor: {type: int, optional: true, min: 0, label: advisor id}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n students}""",
    """SELECT s.stuid, s.name, s.advisor FROM students AS s WHERE 1 = 1
{% if stuid is not none %}AND s.stuid = :stuid{% endif %}
{% if advisor is not none %}AND s.advisor = :advisor{% endif %}
ORDER BY s.stuid {% if n is not none %}LIMIT :n{% endif %}""",
)


def test_a_number_after_a_noun_of_a_parameter_is_its_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"directory": DIRECTORY})
    said = "who advises student 1004?"
    assert match(said, lib, TODAY).params.get("stuid") == 1004
    # before its noun a number is still a row count, no id
    d = match("show the first 5 students", lib, TODAY)
    assert (d.params.get("n"), d.params.get("stuid")) == (5, None)
    monkeypatch.setattr(number_said, "NOUN_BEFORE_NAMES_IT", False)
    assert match(said, lib, TODAY).params.get("stuid") != 1004


WINES = (
    """title: Wine list
description: Every wine with its vintage, score and price.
keywords: [wine, wines, vintage, score, price, cost, costing, list]
params:
  made_after: {type: int, optional: true, min: 1900, max: 2100, label: vintage after}
  made_before: {type: int, optional: true, min: 1900, max: 2100, label: vintage before}
  score_above: {type: int, optional: true, min: 0, max: 100, label: score higher than}
  price_above: {type: number, optional: true, min: 0, label: price higher than}
  price_below: {type: number, optional: true, min: 0, label: price lower than}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n wines}""",
    """SELECT w.name, w.year, w.score, w.price FROM wines AS w WHERE 1 = 1
{% if made_after %}AND w.year >= :made_after{% endif %}
{% if made_before %}AND w.year <= :made_before{% endif %}
{% if score_above %}AND w.score > :score_above{% endif %}
{% if price_above %}AND w.price >= :price_above{% endif %}
{% if price_below %}AND w.price <= :price_below{% endif %}
ORDER BY w.name {% if n %}LIMIT :n{% endif %}""",
)


@pytest.mark.parametrize("switch", ["RANGE_FITS_THE_PAIR", "ROW_COUNT_NAMES_NO_RANGE"])
def test_a_range_goes_to_the_pair_that_can_hold_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, switch: str
) -> None:
    lib = library_of(tmp_path / "lib", {"wines": WINES})
    said = "the wines costing between 50 and 100"
    d = match(said, lib, TODAY)
    assert (d.params.get("price_above"), d.params.get("price_below")) == (50, 100)
    assert match("wines made between 1990 and 2000", lib, TODAY).params.get("made_after")
    monkeypatch.setattr(bound_pairs, switch, False)
    d = match(said, lib, TODAY)
    assert (d.params.get("price_above"), d.params.get("price_below")) != (50, 100)


EMPLOYEES = (
    """title: Employee directory
description: Every employee with their job title, department and salary.
keywords: [employee, employees, job, title, department, salary, list]
params:
  department_id: {type: int, optional: true, min: 1, label: department id}
  min_salary: {type: int, optional: true, min: 0, label: salary at least}""",
    """SELECT e.id, e.job_title, e.department_id, e.salary FROM employees AS e WHERE 1 = 1
{% if department_id %}AND e.department_id = :department_id{% endif %}
{% if min_salary %}AND e.salary >= :min_salary{% endif %}""",
)


def test_a_typo_beside_a_number_still_names_its_parameter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"employees": EMPLOYEES})
    said = "job titles of the employees in departmnet 80 with a salary of at least 5000"
    d = match(said, lib, TODAY)
    assert (d.params.get("department_id"), d.params.get("min_salary")) == (80, 5000)
    monkeypatch.setattr(signals, "TYPOS_BESIDE_NUMBERS", False)
    assert match(said, lib, TODAY).params.get("department_id") != 80


STAFF = (
    """title: Staff per location
description: How many staff live in each city or state.
keywords: [staff, employees, city, state, states, live, living, how many]
params:
  by:
    type: choice
    choices: [city, state]
    default: city
  min_staff: {type: int, optional: true, min: 0, label: at least this many staff}
  max_staff: {type: int, optional: true, min: 0, label: at most this many staff}""",
    """SELECT {% if by == 'state' %}a.state{% else %}a.city{% endif %} AS place, COUNT(*) AS staff
FROM staff AS s JOIN addresses AS a ON a.id = s.address GROUP BY place
HAVING 1 = 1
{% if min_staff is not none %}AND COUNT(*) >= :min_staff{% endif %}
{% if max_staff is not none %}AND COUNT(*) <= :max_staff{% endif %}""",
)


def test_a_bare_range_before_a_plural_is_the_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"staff": STAFF})
    said = "the names of the states that have 2 to 4 employees living there"
    d = match(said, lib, TODAY).params
    assert (d.get("min_staff"), d.get("max_staff")) == (2, 4)
    monkeypatch.setattr(bound_pairs, "BARE_RANGE_OF_A_COUNT", False)
    d = match(said, lib, TODAY).params
    assert (d.get("min_staff"), d.get("max_staff")) != (2, 4)
