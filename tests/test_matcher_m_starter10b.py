"""Rules found on the starter library worded by others, second round (issue 10, m-starter10b):
how often someone did something, told in a clause after the ask ("…, she's emailed us three
times this week"), is context: neither the count nor its time is a value of the ask; and a
clause saying "please" with what it wants ("info on member 4417 please, …") asks; a bare
"can you check" after a question asks that question's answer; a telling clause half in the
library's words is context, but one saying what kind of identifier a value is ("…? it's an
order number") stays; a query saying the best one's words a little behind and taking every
value said where the best drops one goes first ("how much has customer 1988 spent").
Each test runs on a small library written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from support import library_of as _library

from bot.language import clauses, entities
from bot.matching import context_sentences, near_ties, work_cues
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

MEMBER = (
    "title: Member lookup\nkeywords: [member, lookup, look up, details, info, profile, desk]\n"
    "examples: [look up member 1234, details for member 52, who is ann@example.org?]\n"
    "params:\n  member: {type: string, label: member email or id}",
    "SELECT member_id, email, joined_on FROM members "
    "WHERE CAST(member_id AS VARCHAR) = :member OR email = :member",
)
VISITS = (
    "title: Visits over time\nkeywords: [visits, trend, daily, weekly]\n"
    "examples: [visits per week this year, daily visits last month]\n"
    "params:\n  period: {type: date_range, default: this year}",
    "SELECT visit_date, COUNT(*) AS visits FROM visits "
    "WHERE visit_date BETWEEN :period_start AND :period_end GROUP BY 1",
)
TOP = (
    "title: Top members by visits\nkeywords: [top, most visits, best members]\n"
    "examples: [top 10 members by visits this year]\n"
    "params:\n  period: {type: date_range, default: this year}\n"
    "  n: {type: int, default: 10}",
    "SELECT member_id, COUNT(*) AS visits FROM visits "
    "WHERE visit_date BETWEEN :period_start AND :period_end GROUP BY 1 ORDER BY 2 DESC LIMIT :n",
)
INCOME = (
    "title: Income by desk\nkeywords: [income, desk, made, make, earned, brought in]\n"
    "examples: [income by desk last month, how much did each desk make this year]\n"
    "params:\n  period: {type: date_range, default: this year}",
    "SELECT desk, SUM(amount) AS income FROM payments "
    "WHERE paid_on BETWEEN :period_start AND :period_end GROUP BY 1",
)
CONVERSION = (
    "title: New member conversion\nkeywords: [conversion, converted, first purchase, purchase,"
    " new members, joined]\n"
    "examples: [share of new members who bought within 30 days]\n"
    "params:\n  period: {type: date_range, default: last month}\n"
    "  days: {type: int, default: 30}",
    "SELECT AVG(CASE WHEN first_purchase <= joined_on + :days THEN 1 ELSE 0 END) AS share "
    "FROM members WHERE joined_on BETWEEN :period_start AND :period_end",
)
FILES = {
    "member_lookup": MEMBER,
    "visits_trend": VISITS,
    "top_members": TOP,
    "income_by_desk": INCOME,
    "member_conversion": CONVERSION,
}


def _decide(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    lib = _library(tmp_path, FILES)
    clear_index_cache()
    return match(text, lib, TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "can someone look up ann.lee@example.org? she's emailed the desk three times this week",
        "pls find ann.lee@example.org, she's written to the desk 4 times this month",
    ],
)
def test_how_often_told_is_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    d = _decide(tmp_path / "on", text)
    assert (d.status, d.query, d.params.get("member")) == (
        "matched",
        "member_lookup",
        "ann.lee@example.org",
    )
    monkeypatch.setattr(entities, "TOLD_TIMES_ARE_CONTEXT", False)
    d = _decide(tmp_path / "off", text)
    assert (d.status, d.query) != ("matched", "member_lookup")


def test_times_told_are_no_numbers() -> None:
    ent = entities.find_entities("can you look up member 4417, she phoned twice today", TODAY)
    assert [n.value for n in ent.numbers] == [4417]
    assert ent.periods == []
    # a bound on how often stays a value, and so does a period told without how often
    ent = entities.find_entities("members who visited more than 3 times last month", TODAY)
    assert [n.value for n in ent.numbers] == [3] and len(ent.periods) == 1


def test_a_clause_saying_please_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "info on member 4417 please, she phoned the desk twice today"
    assert [t[:2] for t in clauses.telling_spans(text)] == [(27, 59)]
    assert clauses.telling_spans("visits last month, please") == []
    monkeypatch.setattr(clauses, "PLEASE_ASKS", False)
    assert clauses.telling_spans(text) == []


def test_a_check_after_a_question_asks_its_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "member 4417 joined when? can you check"
    d = _decide(tmp_path / "on", text)
    assert (d.status, d.query, d.params.get("member")) == ("matched", "member_lookup", "4417")
    monkeypatch.setattr(work_cues, "CHECK_AFTER_QUESTION_ANSWERS", False)
    d = _decide(tmp_path / "off", text)
    assert (d.status, d.query) != ("matched", "member_lookup")


def test_a_check_after_a_statement_stays_work() -> None:
    said = "the member list shows people who left can someone check"
    assert work_cues.check_of_a_question(said + "?", said) == said
    asked = "member 4417 joined when can you check"
    assert work_cues.check_of_a_question("member 4417 joined when? can you check", asked) == (
        "member 4417 joined when "
    )


def test_a_telling_clause_half_in_library_words_is_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "look up the member, she phoned the desk on visits"

    def knows(said: str) -> bool:
        return any(w in said.lower() for w in ("member", "desk", "visits", "look"))

    kept = context_sentences.blank_unknown_sentences(text, text, knows)
    assert kept.split() == ["look", "up", "the", "member,"]
    monkeypatch.setattr(context_sentences, "TELLING_HALF_KNOWN_IS_CONTEXT", False)
    assert context_sentences.blank_unknown_sentences(text, text, knows) == text
    # a clause mostly in the library's words stays
    text = "look up the member, she visits the desk daily"
    assert "daily" in context_sentences.blank_unknown_sentences(text, text, knows)


def test_a_clause_saying_what_an_identifier_is_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "look up the member, it's a member number"

    def knows(said: str) -> bool:
        return any(w in said.lower() for w in ("member", "look"))

    assert context_sentences.blank_unknown_sentences(text, text, knows) == text
    monkeypatch.setattr(context_sentences, "IDENTIFYING_CLAUSES_KEPT", False)
    assert "number" not in context_sentences.blank_unknown_sentences(text, text, knows)


def test_same_words_a_little_behind_taking_every_value_go_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def x(covered: set[str], drops: bool) -> SimpleNamespace:
        return SimpleNamespace(
            covered=frozenset(covered),
            foreign_values=["1988"] if drops else [],
            dropped_bounds=0,
            second_values=[],
            dropped_filters=[],
            dropped_breakdowns=[],
            misread_numbers=0,
        )

    best = (0.93, "top_spenders", x({"member", "spend"}, True))
    taker = (0.86, "member_lookup", x({"member", "spend"}, False))
    other = (0.86, "visits_trend", x({"member"}, False))
    assert near_ties.takes_all_first([best, taker])[0] is taker
    # fewer words than the best's: the words chose
    assert near_ties.takes_all_first([best, other])[0] is best
    monkeypatch.setattr(near_ties, "SAME_WORDS_TAKE_ALL", False)
    assert near_ties.takes_all_first([best, taker])[0] is best
