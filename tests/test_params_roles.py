"""Which parameter a value is, when two could take it (issue 10): a possessive is no quote, a
sentence's full stop no part of a name, a number the parameter whose words stand next to it
most, a bound said a few words back no exact count, a count before a noun no id, a number
before a superlative no bound. Each rule on a small library written here, each switched off
to show it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.language import entities
from bot.language.entities import find_entities
from bot.library.loader import parse_query_file
from bot.library.model import QueryDef
from bot.library.types import numbers, text
from bot.matching import bound_pairs, params, readings

TODAY = dt.date(2026, 11, 22)

CLIENTS = """/*---
title: Clients and their accounts
params:
  first_name: {type: string, optional: true, label: client's first name}
  last_name: {type: string, optional: true, label: client's last name}
  account_name: {type: string, optional: true, label: account name}
  clerk_id: {type: int, optional: true, min: 1, label: clerk id}
  min_fee: {type: int, optional: true, min: 0, label: fee at least}
  max_fee: {type: int, optional: true, min: 0, label: fee at most}
  n: {type: int, optional: true, min: 1, label: how many clients}
---*/
SELECT c.first_name, c.last_name, a.name AS account_name, c.clerk_id, a.fee
FROM clients AS c JOIN accounts AS a ON a.client_id = c.id
WHERE 1 = 1
{% if first_name %}AND c.first_name = :first_name{% endif %}
{% if last_name %}AND c.last_name = :last_name{% endif %}
{% if account_name %}AND a.name = :account_name{% endif %}
{% if clerk_id is not none %}AND c.clerk_id = :clerk_id{% endif %}
{% if min_fee is not none %}AND a.fee >= :min_fee{% endif %}
{% if max_fee is not none %}AND a.fee <= :max_fee{% endif %}
ORDER BY a.fee DESC
{% if n %}LIMIT :n{% endif %}
"""


def _query(sql: str = CLIENTS) -> QueryDef:
    problems: list = []
    query = parse_query_file(Path("clients.sql"), sql, problems, "clients.sql")
    assert query is not None, problems
    return query


def _binds(said: str, sql: str = CLIENTS) -> dict:
    return params.extract(_query(sql), find_entities(said, TODAY), TODAY).binds


def test_a_possessive_is_no_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    said = "the clients' first names with their accounts' names"
    assert find_entities(said, TODAY).quoted == []
    assert find_entities("accounts named 'Blue Bottle'", TODAY).quoted[0][0] == "Blue Bottle"
    monkeypatch.setattr(entities, "POSSESSIVES_ARE_NO_QUOTES", False)
    assert find_entities(said, TODAY).quoted != []


def test_a_name_ends_at_the_full_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    said = "clients with account Keeling."
    assert _binds(said)["account_name"] == "Keeling"
    monkeypatch.setattr(readings, "NAME_ENDS_AT_FULL_STOP", False)
    assert _binds(said)["account_name"] == "Keeling."


def test_a_number_is_the_name_whose_words_stand_next_to_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = "clients with the account name 900"
    binds = _binds(said)
    assert (binds["account_name"], binds["first_name"], binds["last_name"]) == ("900", None, None)
    monkeypatch.setattr(text, "NUMBER_TO_CLOSEST_NAME", False)
    assert _binds(said)["first_name"] == "900"


def test_a_bound_said_a_few_words_back_is_no_exact_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = "clients who pay at least a fee of 300"
    binds = _binds(said)
    assert (binds["min_fee"], binds["max_fee"]) == (300, None)
    monkeypatch.setattr(bound_pairs, "BOUND_SAID_EARLIER", False)
    assert _binds(said)["max_fee"] == 300


def test_a_count_before_a_noun_is_no_id(monkeypatch: pytest.MonkeyPatch) -> None:
    said = "the 3 clerks whose clients pay the most"
    assert _binds(said)["clerk_id"] is None
    assert _binds("clients of clerk 3")["clerk_id"] == 3
    monkeypatch.setattr(numbers, "COUNTS_ARE_NO_IDS", False)
    assert _binds(said)["clerk_id"] == 3


ROOMS = """/*---
title: Rooms
params:
  beds: {type: int, optional: true, min: 1, max: 4, label: exactly this many beds}
  min_rate: {type: int, optional: true, min: 0, label: rate at least}
  max_rate: {type: int, optional: true, min: 0, label: rate at most}
  min_guests: {type: int, optional: true, min: 1, label: sleeps at least}
---*/
SELECT name, rate FROM rooms WHERE 1 = 1
{% if beds %}AND beds = :beds{% endif %}
{% if min_rate %}AND rate >= :min_rate{% endif %}
{% if max_rate %}AND rate <= :max_rate{% endif %}
{% if min_guests %}AND guests >= :min_guests{% endif %}
"""


def test_a_number_before_a_superlative_is_no_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    said = "the three highest rate rooms"
    assert _binds("the three highest fee accounts")["n"] == 3
    binds = _binds(said, ROOMS)
    assert (binds["min_rate"], binds["max_rate"]) == (None, None)
    monkeypatch.setattr(numbers, "RANKS_ARE_NO_BOUNDS", False)
    assert _binds(said, ROOMS)["max_rate"] == 3


STAFF_PAY = """/*---
title: Staff pay
params:
  sort:
    type: choice
    choices: [name, lowest_salary, highest_salary]
    default: name
    synonyms: {lowest paid: lowest_salary, best paid: highest_salary}
---*/
SELECT name, salary FROM staff
ORDER BY
{% if sort == 'lowest_salary' %}salary, name
{% elif sort == 'highest_salary' %}salary DESC, name
{% else %}name
{% endif %}
"""


def test_the_word_before_a_final_superlative_is_what_is_ranked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.matching import order_said

    said = "the names of the staff who get paid the least?"
    assert _binds(said, STAFF_PAY)["sort"] == "lowest_salary"
    monkeypatch.setattr(order_said, "KEY_BEFORE_SUPERLATIVE", False)
    order_said._order_reading.cache_clear()  # read once per request text
    assert _binds(said, STAFF_PAY)["sort"] == "name"
    order_said._order_reading.cache_clear()


WINDOW = """/*---
title: Orders within a window
params:
  days: {type: int, default: 30, min: 1, max: 365, label: within N days}
---*/
SELECT COUNT(*) AS orders FROM orders WHERE age_days <= :days
"""


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("orders placed within a week", 7),
        ("orders placed within a fortnight", 14),
        ("orders placed within 2 weeks", 14),
        ("orders placed within a day", 1),
    ],
)
def test_one_unit_of_time_is_the_number_one(said: str, want: int) -> None:
    assert _binds(said, WINDOW)["days"] == want


def test_one_unit_is_one_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities, "ONE_UNIT_IS_ONE", False)
    assert _binds("orders placed within a week", WINDOW)["days"] == 30
