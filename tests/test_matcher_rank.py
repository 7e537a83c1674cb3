"""Which query runs, or a ticket (issue 10, rank round): request structures a query's filters
cannot take, each behind its switch in bot.matching.signals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.library.loader import load_library
from bot.library.model import Library
from bot.matching import asked_rows as rows_asked
from bot.matching import grain, signals, work_cues
from bot.matching.asked_rows import asked_rows
from bot.matching.matcher import clear_index_cache, match
from bot.matching.structure import asks_method, asks_pattern

TODAY = date(2026, 11, 22)


def _library(root: Path, files: dict[str, tuple[str, str]]) -> Library:
    root.mkdir()
    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    return load_library(root)


STAFF = (
    "title: Staff list\nkeywords: [staff, employee, employees, first name, last name, team]\n"
    "examples: [staff whose first name is Anna, employees in team Blue]\n"
    "params:\n  first_name: {type: string, optional: true, label: first name, values: [Anna, Clara]}\n"
    "  team: {type: string, optional: true, label: team, values: [Blue, Red]}",
    "SELECT first_name, last_name, team FROM staff WHERE 1 = 1\n"
    "{% if first_name %}AND first_name = :first_name{% endif %}\n"
    "{% if team %}AND team = :team{% endif %}",
)
STAFF_SEARCH = (
    "title: Staff search\nkeywords: [staff, employee, employees, first name, last name]\n"
    "params:\n  part: {type: string, optional: true, label: part of the first name}",
    "SELECT first_name, last_name FROM staff WHERE first_name ILIKE '%' || :part || '%'",
)
TEAMS = (
    "title: Team sizes\nkeywords: [team, teams, size, headcount]",
    "SELECT team, COUNT(*) AS staff FROM staff GROUP BY team",
)


@pytest.mark.parametrize(
    "text",
    [
        "staff whose first name contains the letter M",
        "employees whose name starts with 'S'",
        "employees with a 'J' in their first name",
        "staff whose first name has the substring 'an'",
    ],
)
def test_a_filter_on_part_of_a_value_is_a_pattern(text: str) -> None:
    assert asks_pattern(text)


@pytest.mark.parametrize(
    "text",
    [
        "teams which contain at least two employees",
        "staff starting with the newest",
        "orders containing each product",
        "the UK staff list",
    ],
)
def test_whole_values_and_counts_are_no_pattern(text: str) -> None:
    assert not asks_pattern(text)


def test_a_pattern_is_no_value_of_a_query_that_compares_whole_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"staff_list": STAFF, "team_sizes": TEAMS})
    text = "staff whose first name starts with 'A'"
    assert match(text, lib, TODAY).status != "matched"
    monkeypatch.setattr(signals, "PATTERN_PENALTY", 0.0)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "staff_list"


def test_a_query_that_matches_patterns_keeps_the_request(tmp_path: Path) -> None:
    lib = _library(tmp_path / "b", {"staff_list": STAFF, "staff_search": STAFF_SEARCH})
    d = match("list the staff whose first name contains the letter M", lib, TODAY)
    assert d.status != "matched" or d.query == "staff_search"
    assert "staff_search" in [c.query for c in d.candidates]


def test_the_same_team_as_someone_compares_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "c", {"staff_list": STAFF, "team_sizes": TEAMS})
    text = "list the first and last names of staff in the same team as Clara"
    assert match(text, lib, TODAY).status != "matched"
    monkeypatch.setattr(signals, "SAME_X_AS_IS_RELATIVE", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "staff_list"


CERTIFICATES = (
    "title: Type ratings\nkeywords: [certificate, certificates, certified, employee, employees,"
    " aircraft]\nexamples: [who is certified to fly which aircraft]",
    "SELECT e.name AS employee, a.name AS aircraft FROM certificate AS c\n"
    "JOIN employee AS e ON e.eid = c.eid JOIN aircraft AS a ON a.aid = c.aid",
)
EMPLOYEES = (
    "title: Employee directory\nkeywords: [employee, employees, salary, staff, certified]\n"
    "examples: [employees and their salaries]",
    "SELECT e.eid, e.name, e.salary FROM employee AS e ORDER BY e.name",
)


def test_counting_one_thing_from_rows_of_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "d", {"certificate_list": CERTIFICATES, "employee_list": EMPLOYEES})
    text = "how many employees are certified?"
    # a row per certificate counts an employee once per aircraft: never the figure asked
    assert match(text, lib, TODAY).query == "employee_list"
    monkeypatch.setattr(signals, "COUNT_OTHER_ROWS_PENALTY", 0.0)
    monkeypatch.setattr(grain, "COUNTED_HEAD_GRAIN", False)  # (the same case, read from its head)
    clear_index_cache()
    # without it the words do not choose between them
    assert match(text, lib, TODAY).status == "ambiguous"


def test_how_a_figure_decides_is_a_question_about_its_method() -> None:
    assert asks_method("how does signup conversion decide that someone converted?")
    assert asks_method("how is a customer classified as churned")
    assert not asks_method("how many customers decided to cancel")


def test_who_is_asking_is_no_part_of_the_request() -> None:
    text = "can you pull the details of order 38307 for me, customer is asking"
    blanked = work_cues.blank_not_work(text)
    assert "customer" not in blanked and len(blanked) == len(text)
    assert "finance" not in work_cues.blank_not_work("refunds last month - finance asked")
    assert (
        work_cues.blank_not_work("customers asking for refunds") == "customers asking for refunds"
    )


DIRECTORY = (
    "title: Employee directory\nkeywords: [employee, employees, department, department name, name,"
    " names, works, working, headcount, how many, salary, salaries, earn, most]\n"
    "examples: [who works in Shipping, employees and the department they work in]",
    "SELECT e.name, e.salary, d.name AS department_name FROM employee AS e\n"
    "JOIN department AS d ON d.id = e.department_id ORDER BY e.name",
)
HEADCOUNT = (
    "title: Headcount by department\nkeywords: [department, departments, headcount, per department]"
    "\nexamples: [headcount per department]",
    "SELECT d.name AS department_name, COUNT(e.id) AS employees FROM department AS d\n"
    "LEFT JOIN employee AS e ON e.department_id = d.id GROUP BY d.name",
)


def test_a_count_for_each_from_a_plain_listing_is_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(
        tmp_path / "e", {"employee_directory": DIRECTORY, "department_headcount": HEADCOUNT}
    )
    text = "What are the department names and how many employees work in each of them?"
    d = match(text, lib, TODAY)
    assert d.status == "unmatched" and d.candidates[0].query == "employee_directory"
    assert match("who works in Shipping", lib, TODAY).query == "employee_directory"
    monkeypatch.setattr(signals, "TICKET_ON_COUNT_FROM_LIST", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "employee_directory"


def test_the_best_in_their_group_from_rows_not_per_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(
        tmp_path / "f", {"employee_directory": DIRECTORY, "department_headcount": HEADCOUNT}
    )
    text = "What are the department names and names of employees who earn the most in their departments?"
    assert match(text, lib, TODAY).status != "matched"
    assert match("names of employees who earn the most", lib, TODAY).query == "employee_directory"
    monkeypatch.setattr(signals, "BEST_IN_THEIR_GROUP", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "employee_directory"


PAY_BY_JOB = (
    "title: Pay by job\nkeywords: [job, jobs, job title, title, salary, salaries, employees, per job]",
    "SELECT j.title, COUNT(*) AS employees, AVG(e.salary) AS avg_salary FROM employee AS e\n"
    "JOIN job AS j ON j.id = e.job_id GROUP BY j.title",
)


def test_names_asked_for_a_thing_are_rows_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "employees" in asked_rows("what are the names and job titles for employees?")
    assert not asked_rows("the names for each department")
    lib = _library(tmp_path / "g", {"employee_directory": DIRECTORY, "pay_by_job": PAY_BY_JOB})
    text = "what are the names and job titles for employees?"
    # rows per job title never list employees
    assert match(text, lib, TODAY).query != "pay_by_job"
    monkeypatch.setattr(rows_asked, "ROWS_FOR", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "pay_by_job"


def test_columns_of_all_things_are_rows_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "show flight number origin destination of all flights in alphabetical order"
    assert "flights" in asked_rows(text)
    assert "employees" not in asked_rows("what is the average salary of all employees")
    monkeypatch.setattr(rows_asked, "COLUMNS_OF_ALL", False)
    assert "flights" not in asked_rows(text)
