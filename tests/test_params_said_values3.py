"""The right query with the right value (issue 10, classes 3 and 6), third part: a bare noun
after a verb of having, and the other rules of the second values session. Each rule on a small
library written here, and each switched off to show it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.language.entities import find_entities
from bot.library.types import choice_roles, number_types
from bot.matching import bound_label, order_said, value_initials, value_typos
from bot.matching.matcher import match
from bot.matching.params import extract

TODAY = dt.date(2026, 11, 22)

STAFF = (
    """title: Staff list
description: Every employee with their salary and how many certificates they hold.
keywords: [employee, employees, staff, salary, certificate, certificates, how many]
params:
  min_certificates: {type: int, optional: true, min: 0, label: at least this many certificates}""",
    """SELECT e.name, e.salary, e.certificates FROM employees AS e WHERE 1 = 1
{% if min_certificates is not none %}AND e.certificates >= :min_certificates{% endif %}""",
)


def test_a_bare_noun_after_a_verb_of_having_says_one_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff = library_of(tmp_path / "lib", {"staff": STAFF})
    said = "how many employees have certificate?"
    assert match(said, staff, TODAY).params["min_certificates"] == 1
    assert match("employees by salary", staff, TODAY).params["min_certificates"] is None
    no = "how many employees don't have certificate?"
    assert match(no, staff, TODAY).params.get("min_certificates") != 1
    monkeypatch.setattr(number_types, "BARE_NOUN_SAYS_ONE", False)
    assert match(said, staff, TODAY).params.get("min_certificates") is None


FLIGHTS = (
    """title: Flights
description: Every flight with its origin and destination city.
keywords: [flight, flights, from, to, origin, destination]
params:
  origin: {type: string, optional: true, label: origin city}""",
    """SELECT f.number, f.origin, f.destination FROM flights AS f WHERE 1 = 1
{% if origin %}AND f.origin = :origin{% endif %}""",
)


def test_a_known_value_said_by_its_initials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flights = library_of(tmp_path / "lib", {"flights": FLIGHTS})
    cities = ["Los Angeles", "New York", "Chicago", "Salt Lake City", "San Diego", "Sand Dunes"]
    flights.known_values = {"flights": {"origin": cities}}
    assert match("flights from LA", flights, TODAY).params["origin"] == "Los Angeles"
    assert match("flights from SLC", flights, TODAY).params["origin"] == "Salt Lake City"
    # "SD" could be either of two cities; "la" is no abbreviation written in capitals
    assert match("flights from SD", flights, TODAY).params.get("origin") is None
    assert match("flights from la", flights, TODAY).params.get("origin") is None
    monkeypatch.setattr(value_initials, "INITIALS_NAME_VALUES", False)
    assert match("flights from LA", flights, TODAY).params.get("origin") is None


LESSONS = (
    """title: Lessons per customer
description: How many lessons each customer took, by first and last name.
keywords: [lessons, lesson, customer, customers, complete, took]
params:
  first_name: {type: string, optional: true, label: customer first name}
  last_name: {type: string, optional: true, label: customer last name}""",
    """SELECT c.first_name, c.last_name, COUNT(*) AS lessons
FROM lessons AS l JOIN customers AS c ON c.id = l.customer WHERE 1 = 1
{% if first_name %}AND c.first_name = :first_name{% endif %}
{% if last_name %}AND c.last_name = :last_name{% endif %}
GROUP BY c.first_name, c.last_name""",
)


def test_a_short_name_one_edit_off_beside_a_known_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lessons = library_of(tmp_path / "lib", {"lessons": LESSONS})
    lessons.known_values = {
        "lessons": {"first_name": ["Rylan", "Ella", "Marco", "Maria"], "last_name": ["Goodwin"]}
    }
    said = "how many lessons did the customer Ryan Goodwin complete?"
    assert match(said, lessons, TODAY).params["first_name"] == "Rylan"
    # alone, a real name one letter from a stored one is not taken for it; nor a name one
    # edit from two stored ones ("Mario": Marco, Maria)
    assert match("lessons of the customer Elsa", lessons, TODAY).params.get("first_name") != "Ella"
    d = match("lessons of the customer Mario Goodwin", lessons, TODAY)
    assert d.params.get("first_name") not in ("Marco", "Maria")
    monkeypatch.setattr(value_typos, "SHORT_NAME_TYPOS", False)
    assert match(said, lessons, TODAY).params.get("first_name") != "Rylan"


LENT = (
    """title: Lending by branch, city or state
description: What the branches have lent, per branch (default), per city or per state.
keywords: [lending, lent, loans, provided, amount, branch, branches, city, state, bank]
params:
  by:
    type: choice
    choices: [branch, city, state]
    default: branch
    synonyms: {bank: branch, branches: branch, cities: city, states: state}""",
    """SELECT {% if by == 'city' %}b.city{% elif by == 'state' %}b.state{% else %}b.name{% endif %},
SUM(l.amount) AS lent FROM loans AS l JOIN branches AS b ON b.id = l.branch
GROUP BY 1""",
)
BRANCHES = (
    """title: Bank branches
description: Every bank branch, optionally in one state.
keywords: [bank, banks, branch, branches, state]
params:
  state: {type: string, optional: true, label: state}""",
    """SELECT b.name FROM branches AS b WHERE 1 = 1 {% if state %}AND b.state = :state{% endif %}""",
)


def test_the_choice_of_a_name_groups_by_that_choice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"lent": LENT, "branches": BRANCHES})
    lib.known_values = {"branches": {"state": ["New York", "Texas"]}}
    said = "total amount of loans provided by bank branches in the state of New York"
    assert extract(lib.get("lent"), find_entities(said, TODAY), TODAY).binds["by"] == "state"
    listed = "names of bank branches in the state of New York"
    assert match(listed, lib, TODAY).params == {"state": "New York"}
    monkeypatch.setattr(choice_roles, "THE_CHOICE_OF_A_NAME", False)
    assert extract(lib.get("lent"), find_entities(said, TODAY), TODAY).binds["by"] != "state"


SCHEDULE = (
    """title: Flight schedule
description: Every flight with its origin and destination city and departure date.
keywords: [flight, flights, origin, destination, departure, city, cities]
params:
  origin: {type: string, optional: true, label: departure city}
  sort:
    type: choice
    choices: [flight_number, origin, departure]
    default: flight_number
    synonyms: {by origin: origin, by departure: departure, earliest: departure}""",
    """SELECT f.number, f.origin, f.destination, f.departure_date FROM flights AS f WHERE 1 = 1
{% if origin %}AND f.origin = :origin{% endif %}
ORDER BY {% if sort == 'origin' %}f.origin{% elif sort == 'departure' %}f.departure_date
{% else %}f.number{% endif %}""",
)


def test_a_sort_said_by_another_parameters_label(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"schedule": SCHEDULE})
    said = (
        "flight numbers and destinations of all flights in alphabetical order by departure cities"
    )
    d = match(said, lib, TODAY)
    assert (d.status, d.params["sort"]) == ("matched", "origin")
    assert "by departure" not in d.ignored  # read by origin's label, not dropped
    assert match("flights sorted by departure", lib, TODAY).params["sort"] == "departure"
    monkeypatch.setattr(bound_label, "CHOICE_IN_BOUND_LABEL", False)
    assert "by departure" in match(said, lib, TODAY).ignored
    monkeypatch.setattr(order_said, "SORT_BY_A_LABEL", False)
    assert match(said, lib, TODAY).params.get("sort") != "origin"


def test_a_request_that_starts_with_a_number_beside_a_bound_matches(tmp_path: Path) -> None:
    """A number with no word before it, in a request to a query with an inclusive bound,
    once raised an IndexError out of the matcher (a batch of requests stopped there)."""
    staff = library_of(tmp_path / "lib", {"staff": STAFF})
    decision = match("4 employees with certificates", staff, TODAY)
    assert decision.status in ("matched", "ambiguous", "unmatched")
    assert (
        match("3 certificates or more: which employees?", staff, TODAY).params["min_certificates"]
        == 3
    )
