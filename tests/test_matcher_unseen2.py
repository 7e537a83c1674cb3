"""Rules found on libraries the matcher was never tuned for (issue 10, second round): one test
per rule."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bot.language.textnorm import stem
from bot.library.loader import load_library, parse_query_file
from bot.library.model import Library, QueryDef
from bot.matching import said_elsewhere, signals
from bot.matching.lexical import in_capital_name
from bot.matching.matcher import match
from bot.matching.order_said import order_phrase, unread_orders
from bot.matching.result_fit import asked, best_per_unmet, fit_score, result_fit

TODAY = date(2026, 11, 22)


def _query(name: str, sql: str) -> QueryDef:
    text = f"/*---\ntitle: {name}\n---*/\n{sql}\n"
    return parse_query_file(Path(f"{name}.sql"), text, [], f"{name}.sql")


def _library(root: Path, files: dict[str, tuple[str, str]]) -> Library:
    root.mkdir()
    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    return load_library(root)


PER_COUNTY = (
    "title: Delegates per county\nkeywords: [delegates, county, number of delegates]\n"
    "params:\n  min_delegates: {type: int, optional: true, label: at least this many delegates}",
    "SELECT c.name, COUNT(d.id) AS delegates FROM county c JOIN delegate d ON d.c = c.id\n"
    "GROUP BY c.name\n{% if min_delegates %}HAVING COUNT(d.id) >= :min_delegates{% endif %}",
)
TOWNS = (
    "title: Town sizes\nkeywords: [towns, inhabitants]\n"
    "params:\n  min_population: {type: int, optional: true, label: population at least}",
    "SELECT name FROM town WHERE 1 = 1 {% if min_population %}AND pop >= :min_population"
    "{% endif %}",
)


def test_a_number_whose_unit_is_another_parameter_s_is_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"delegates_per_county": PER_COUNTY, "towns": TOWNS})
    d = match("counties with at least 3 delegates", lib, TODAY)
    assert (d.status, d.query, d.params) == (
        "matched",
        "delegates_per_county",
        {"min_delegates": 3},
    )
    text = "number of delegates per county, counties with population above 50000"
    assert match(text, lib, TODAY).status == "unmatched"
    monkeypatch.setattr(signals, "TICKET_ON_MISREAD_UNIT", False)
    # bot.matching.said_elsewhere tickets it too (population, compared, is not a delegates word)
    monkeypatch.setattr(said_elsewhere, "COMPARED_THING_UNUSED", False)
    assert match(text, lib, TODAY).status == "matched"


def test_for_each_x_from_rows_of_another_thing_that_count_x(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def known(_stem: str) -> bool:
        return True

    per_party = _query(
        "party_summary",
        "WITH d AS (SELECT party, COUNT(*) AS delegates FROM election GROUP BY party)\n"
        "SELECT parties.party, d.delegates FROM parties LEFT JOIN d ON d.party = parties.party",
    )
    delegates = _query(
        "delegate_list", "SELECT e.delegate, p.party FROM election e JOIN parties p ON p.id = e.p"
    )
    tables = frozenset({stem("parties"), stem("delegates"), stem("election")})
    text = "for each delegate, find the names of the party they are part of"
    wants = asked(text, text, known, [stem("delegate")], set(), tables)
    gap = fit_score(wants, result_fit(delegates)) - fit_score(wants, result_fit(per_party))
    assert gap >= 0.2
    monkeypatch.setattr(signals, "COUNTED_BREAKDOWN_PENALTY", 0.0)
    gap = fit_score(wants, result_fit(delegates)) - fit_score(wants, result_fit(per_party))
    assert gap <= 0.0


SORTED = (
    "title: Room list\nkeywords: [rooms, price]\nparams:\n  sort:\n    type: choice\n"
    "    choices: [name, cheapest, most_expensive]\n    default: name\n"
    "    synonyms: {alphabetical: name, lowest price: cheapest, highest price: most_expensive}",
    "SELECT name, price FROM rooms ORDER BY {% if sort == 'cheapest' %}price"
    "{% elif sort == 'most_expensive' %}price DESC{% else %}name{% endif %}",
)


def test_an_order_said_that_the_bound_sort_does_not_say_is_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"room_list": SORTED})
    d = match("list the rooms in alphabetical order", lib, TODAY)
    assert (d.status, d.params["sort"], d.missing) == ("matched", "name", [])
    assert match("list the rooms", lib, TODAY).missing == []
    text = "names of the rooms, sort them by their price"
    q = lib.get("room_list")
    assert q is not None
    assert unread_orders(q, {"sort": "name"}, text) == ["sort"]
    assert unread_orders(q, {"sort": "cheapest"}, text) == []
    assert unread_orders(q, {"sort": "name"}, "the names of the rooms") == []
    d = match(text, lib, TODAY)
    assert d.params["sort"] != "name" or d.missing == ["sort"]
    monkeypatch.setattr(signals, "ASK_UNREAD_ORDER", False)
    d = match("the names of rooms sorted by price", lib, TODAY)
    assert d.params["sort"] != "name" or d.missing == []


def test_the_order_words_run_from_each_cue_to_its_sentence_end() -> None:

    assert "population" in order_phrase("counties in ascending order of population")
    assert "names" not in order_phrase("sort the names of all counties by size")
    said = order_phrase("Which room is the largest? List them sorted by price.")
    assert "largest" in said and "price" in said
    assert order_phrase("list all rooms") == ""


def test_a_count_of_distinct_values_is_never_read_off_a_column(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def known(_stem: str) -> bool:
        return True

    rooms = _query("room_list", "SELECT name, bed_type, beds FROM rooms")
    tables = frozenset({stem("rooms")})
    read = "how many beds does room Recluse have"
    wants = asked(read, read, known, [], set(), tables)
    assert not wants.distinct_count
    distinct = "find the number of distinct bed types"
    wants_distinct = asked(distinct, distinct, known, [], set(), tables)
    assert wants_distinct.distinct_count
    gap = fit_score(wants, result_fit(rooms)) - fit_score(wants_distinct, result_fit(rooms))
    assert gap >= 0.2
    monkeypatch.setattr(signals, "DISTINCT_NOT_READ_OFF", False)
    assert fit_score(wants_distinct, result_fit(rooms)) == fit_score(wants, result_fit(rooms))


_BY_NAME = "SELECT name FROM county ORDER BY name{% if sort == 'name_desc' %} DESC{% endif %}"


def test_an_order_another_choice_says_more_of_is_asked_for(tmp_path: Path) -> None:
    header = (
        "title: County list\nkeywords: [counties]\nparams:\n  sort:\n    type: choice\n"
        "    choices: [name, name_desc]\n    default: name\n"
        "    synonyms: {alphabetical: name, reverse alphabetical: name_desc}"
    )
    lib = _library(tmp_path / "a", {"county_list": (header, _BY_NAME)})
    q = lib.get("county_list")
    assert q is not None
    text = "sort the counties in descending alphabetical order"
    assert unread_orders(q, {"sort": "name"}, text) == ["sort"]
    assert unread_orders(q, {"sort": "name_desc"}, text) == []
    assert unread_orders(q, {"sort": "name"}, "the counties in alphabetical order") == []


def test_the_best_of_each_group_from_rows_not_per_group() -> None:
    def known(_stem: str) -> bool:
        return True

    colleges = result_fit(_query("college_list", "SELECT name, state, enr FROM college"))
    per_state = result_fit(
        _query("by_state", "SELECT state, MIN(enr) AS smallest FROM college GROUP BY state")
    )
    text = "the name of the school with the smallest enrollment per state"
    assert best_per_unmet(text, colleges, known)
    assert not best_per_unmet(text, per_state, known)
    assert not best_per_unmet("the school with the smallest enrollment", colleges, known)


def test_words_in_capitals_side_by_side_are_a_name_not_an_acronym() -> None:
    text = "how many kids stay in the rooms reserved by ROY SWEAZY"
    m = re.search(r"\bROY\b", text)
    assert m is not None and in_capital_name(text, m, [])
    alone = "what is our NPS by region"
    m = re.search(r"\bNPS\b", alone)
    assert m is not None and not in_capital_name(alone, m, [])
    # inside a known value's span
    assert in_capital_name(alone, m, [("k", 12, 15, set())])


def test_a_count_per_row_from_a_listing_that_counts_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def known(_stem: str) -> bool:
        return True

    accounts = result_fit(
        _query("account_list", "SELECT a.id, c.first_name FROM accounts a JOIN customers c")
    )
    text = "show the first name for all customers and the number of accounts"
    tables = frozenset({stem("accounts"), stem("customers")})
    wants = asked(text, text, known, [], set(), tables)
    with_rule = fit_score(wants, accounts)
    monkeypatch.setattr(signals, "COUNT_PER_ROW_FROM_LIST", False)
    assert fit_score(wants, accounts) - with_rule >= 0.2


def test_one_average_from_averages_per_group_counts_more_against_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def known(_stem: str) -> bool:
        return True

    per_state = result_fit(
        _query(
            "by_state", "SELECT state, AVG(enr) AS average_enrollment FROM college GROUP BY state"
        )
    )
    text = "what is the average enrollment"
    wants = asked(text, text, known, [], set(), frozenset({stem("college")}))
    with_rule = fit_score(wants, per_state)
    monkeypatch.setattr(signals, "AVERAGE_FROM_GROUPS_PENALTY", 0.0)
    assert fit_score(wants, per_state) - with_rule >= 0.2
