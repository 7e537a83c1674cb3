"""Rules found on the starter library worded by others (issue 10, m-starter22): a status said
of one record its lookup shows ("ticket 4411 still not closed?"), "the top hundred" as 100, and
"wants" as request filler. Each test runs with its switch on and off, on a small library built
here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language import numwords, value_idioms
from bot.language.entities import find_entities
from bot.matching import record_values
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

LOOKUP = (
    "title: Ticket lookup\nkeywords: [ticket, ticket number, lookup, details]\n"
    "examples: [look up ticket 5512, details of ticket 3021]\n"
    "params:\n  ticket_id: {type: int, min: 1, label: ticket number}",
    "SELECT t.ticket_id, t.opened_on, t.state, t.owner FROM tickets AS t "
    "WHERE t.ticket_id = :ticket_id",
)
BY_STATE = (
    "title: Tickets by state\nkeywords: [tickets, state, states, count, how many]\n"
    "examples: [tickets per state last week, how many tickets are closed]\n"
    "params:\n  period: {type: date_range, default: last 7 days}\n"
    "  state:\n    type: choice\n    choices: [open, waiting, closed]\n    optional: true\n"
    "    synonyms: {resolved: closed, pending: waiting}",
    "SELECT state, COUNT(*) AS tickets FROM tickets "
    "WHERE opened_on BETWEEN :period_start AND :period_end "
    "{% if state %}AND state = :state{% endif %} GROUP BY 1",
)
BY_OWNER = (
    "title: Tickets by owner\nkeywords: [tickets, owner, owners, agent]\n"
    "examples: [tickets per owner last month]\n"
    "params:\n  period: {type: date_range, default: last month}\n"
    "  tier:\n    type: choice\n    choices: [gold, silver]\n    optional: true",
    "SELECT owner, COUNT(*) AS tickets FROM tickets "
    "WHERE opened_on BETWEEN :period_start AND :period_end "
    "{% if tier %}AND tier = :tier{% endif %} GROUP BY 1",
)
FILES = {"ticket_lookup": LOOKUP, "tickets_by_state": BY_STATE, "tickets_by_owner": BY_OWNER}


def test_compared_column_is_read_from_the_sql() -> None:
    assert record_values.compared_column("WHERE o.status = :status", "status") == {"status"}
    assert record_values.compared_column("AND lower(c.home_country) = lower(:c)", "c") == {
        "home",
        "countri",
    }
    assert record_values.compared_column("WHERE x > :status_from", "status") == frozenset()


def test_a_state_of_the_one_record_is_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "is ticket 4411 resolved?"
    clear_index_cache()
    d = match(text, _library(tmp_path / "on", FILES), TODAY)
    assert (d.status, d.query, d.params) == ("matched", "ticket_lookup", {"ticket_id": 4411})
    monkeypatch.setattr(record_values, "RECORD_SHOWS_VALUES", False)
    clear_index_cache()
    d = match(text, _library(tmp_path / "off", FILES), TODAY)
    assert (d.status, d.query) != ("matched", "ticket_lookup")


def test_a_value_the_record_does_not_show_is_still_dropped(tmp_path: Path) -> None:
    # the lookup shows no tier: "gold" would be a filter it drops
    clear_index_cache()
    d = match("ticket 4411 for gold", _library(tmp_path / "lib", FILES), TODAY)
    assert (d.status, d.query) != ("matched", "ticket_lookup")


def test_without_an_identifier_no_record_shows_it(tmp_path: Path) -> None:
    # no ticket number: the lookup returns no one record, and the state is a filter
    clear_index_cache()
    d = match("how many tickets are resolved last week", _library(tmp_path / "lib", FILES), TODAY)
    assert d.query != "ticket_lookup"


def test_the_top_hundred_is_a_number(monkeypatch: pytest.MonkeyPatch) -> None:
    def numbers(text: str) -> list[float]:
        return [n.value for n in find_entities(text, TODAY).numbers]

    assert numbers("top hundred customers for 2025") == [100]
    assert numbers("two hundred orders") == [200]
    assert numbers("a hundred orders") == [100]
    assert numbers("hundred orders") == []  # no word of rank before it
    monkeypatch.setattr(numwords, "BARE_HUNDRED_AFTER_RANK", False)
    assert numbers("top hundred customers for 2025") == []


def test_wants_is_filler(tmp_path: Path) -> None:
    clear_index_cache()
    lib = _library(tmp_path / "lib", FILES)
    d = match("the support team wants tickets per state last week", lib, TODAY)
    assert (d.status, d.query) == ("matched", "tickets_by_state")


def test_make_it_a_number_hands_the_number_over(monkeypatch: pytest.MonkeyPatch) -> None:
    said = "top customers since june, make it 12"
    blanked = value_idioms.blank_value_idioms(said)
    assert len(blanked) == len(said)
    assert blanked.split() == ["top", "customers", "since", "june,", "12"]
    # after a number said, "make that 20" corrects it (bot.language.corrections): left as is
    said = "top 5 customers this year, make that 20"
    assert value_idioms.blank_value_idioms(said) == said
    # no number after it: a request for work ("make it a dashboard") keeps its words
    said = "revenue per week, make it a dashboard"
    assert value_idioms.blank_value_idioms(said) == said
    monkeypatch.setattr(value_idioms, "MAKE_IT_NUMBER_BLANK", False)
    said = "top customers since june, make it 12"
    assert value_idioms.blank_value_idioms(said) == said


def test_make_it_a_number_matches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top = (
        "title: Top owners\nkeywords: [top, owners, most tickets, busiest]\n"
        "examples: [top 10 owners by tickets last month, busiest owners]\n"
        "params:\n  period: {type: date_range, default: last month}\n"
        "  n: {type: int, default: 10, min: 1, max: 1000}",
        "SELECT owner, COUNT(*) AS tickets FROM tickets "
        "WHERE opened_on BETWEEN :period_start AND :period_end GROUP BY 1 ORDER BY 2 DESC "
        "LIMIT :n",
    )
    # a library where "make" is a word (a device's make): counted, it would pull elsewhere
    devices = (
        "title: Devices by make\nkeywords: [devices, make, model, brand]\n"
        "examples: [devices per make, which make is most used]",
        "SELECT make, COUNT(*) AS devices FROM devices GROUP BY 1",
    )
    files = {**FILES, "top_owners": top, "devices_by_make": devices}
    text = "top owners by tickets last month, make it 12"
    clear_index_cache()
    on = match(text, _library(tmp_path / "on", files), TODAY)
    assert (on.status, on.query, on.params.get("n")) == ("matched", "top_owners", 12)
    monkeypatch.setattr(value_idioms, "MAKE_IT_NUMBER_BLANK", False)
    clear_index_cache()
    off = match(text, _library(tmp_path / "off", files), TODAY)
    # "make" counted as the library's word: the top owners no longer run
    assert (off.status, off.query) != ("matched", "top_owners")
