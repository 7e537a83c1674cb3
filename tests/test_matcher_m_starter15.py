"""Rules found on the starter library worded by others, second round (issue 10, m-starter15):
a past-tense verb after its subject or before its object names no subject ("which members
generated the most spend": another query's keyword "generated" is no subject this request
shares with it); whoever the library does not know asking at the very start may ask for
anything ("investor update needs daily visits"); "and the same for X?" refers back. Each
test runs with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language import follow_ups, verb_reading
from bot.language.verb_reading import past_verbs
from bot.matching import people_said
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

TOP = (
    "title: Top members by spend\nkeywords: [top, biggest, members, spend, spent, most]\n"
    "examples: [top 10 members last quarter, which members spent the most this year]\n"
    "params:\n  n: {type: int, default: 10, min: 1, max: 100}\n"
    "  period: {type: date_range, default: last 3 months}",
    "SELECT m.member_id, m.name, SUM(p.amount) AS spend FROM purchases p "
    "JOIN members m USING (member_id) WHERE p.bought_on BETWEEN :period_start AND :period_end "
    "GROUP BY 1, 2 ORDER BY spend DESC LIMIT :n",
)
BY_CLUB = (
    "title: Spend by club\nkeywords: [club, clubs, generated, earned, brought, split]\n"
    "examples: [spend by club last month, which club generated the most this year]\n"
    "params:\n  period: {type: date_range, default: last month}",
    "SELECT c.club, SUM(p.amount) AS spend FROM purchases p JOIN clubs c USING (club_id) "
    "WHERE p.bought_on BETWEEN :period_start AND :period_end GROUP BY 1",
)
FILES = {"top_members": TOP, "spend_by_club": BY_CLUB}


def _verbs(text: str) -> set[str]:
    return past_verbs(text.split())


def test_past_verbs_read_from_neighbours() -> None:
    assert _verbs("which 25 members generated the most spend") == {"generated"}
    assert _verbs("members who joined this year") == {"joined"}
    assert _verbs("new members came in through ads") == {"came"}
    # after a determiner it may name data; "need", "hundred" are no past forms
    assert _verbs("show the generated report") == set()
    assert _verbs("stores need two hundred items") == set()


def test_a_passive_participle_stays_a_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "payments handled by a staff member": how rows relate, which a query may be about."""
    assert _verbs("the payments handled by a staff member") == set()
    assert _verbs("members came in through ads") == {"came"}  # never a participle
    monkeypatch.setattr(verb_reading, "PASSIVES_RELATE", False)
    assert _verbs("the payments handled by a staff member") == {"handled"}


def test_a_past_verb_is_no_other_querys_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "which 5 members generated most in 2025"
    monkeypatch.setattr(verb_reading, "PAST_VERBS_NOT_SUBJECTS", True)  # ships off
    clear_index_cache()
    d = match(text, _library(tmp_path / "on", FILES), TODAY)
    assert (d.status, d.query, d.params.get("n")) == ("matched", "top_members", 5)
    monkeypatch.setattr(verb_reading, "PAST_VERBS_NOT_SUBJECTS", False)
    clear_index_cache()
    d = match(text, _library(tmp_path / "off", FILES), TODAY)
    assert (d.status, d.query) != ("matched", "top_members")


def test_an_unknown_asker_may_ask_for_anything(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "investor update needs daily visits for Q3"
    assert people_said.people_spans(text, lambda st: False) == [(0, len("investor update needs"))]
    # a head the library knows stays a word of the ask ("stock needs restocking")
    assert people_said.people_spans("stock needs restocking", lambda st: st == "stock") == []
    assert people_said.people_spans("what needs restocking", lambda st: False) == []
    monkeypatch.setattr(people_said, "UNKNOWN_ASKER_ANY_OBJECT", False)
    assert people_said.people_spans(text, lambda st: False) == []


def test_the_same_for_refers_back(monkeypatch: pytest.MonkeyPatch) -> None:
    assert follow_ups.only_refers_back("and the same for EMEA?")
    assert not follow_ups.only_refers_back("the same customers as last month by region")
    monkeypatch.setattr(follow_ups, "THE_SAME_REFERS_BACK", False)
    assert not follow_ups.only_refers_back("and the same for EMEA?")
    assert follow_ups.only_refers_back("same for EMEA?")
