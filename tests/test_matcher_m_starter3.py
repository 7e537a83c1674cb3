"""Rules found on the starter library worded by others (issue 10): context clauses after the
ask, a period corrected by a period of another form, a reversed range of two days, a year after
a comma, a number that counts a table's rows, and a negation about one record looked up by id.
Each test runs on a small library written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language import corrections, period_atoms, periods
from bot.language.corrections import apply_corrections
from bot.language.entities import find_entities
from bot.language.periods import scan_periods
from bot.matching import context_sentences, number_units, signals
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

PROFILE = (
    "title: Member profile\nkeywords: [member, profile, details, email]\n"
    "params:\n  member: {type: string}",
    "SELECT * FROM members WHERE email = :member",
)
VISITS = (
    "title: Visits per day\nkeywords: [visits, visitors, traffic]\n"
    "params:\n  period: {type: date_range, default: last month}",
    "SELECT visit_date, COUNT(*) AS visits FROM visits "
    "WHERE visit_date BETWEEN :period_start AND :period_end GROUP BY visit_date",
)
TOP_MEMBERS = (
    "title: Top members by spend\nkeywords: [top, members, spend, most, bought, biggest]\n"
    "examples: [top 10 members this year, which members spent the most last month]\n"
    "params:\n  period: {type: date_range, default: this year}\n"
    "  n: {type: int, default: 10, min: 1, max: 500}",
    "SELECT m.email, SUM(p.amount) AS spend FROM purchases p JOIN members m USING (member_id) "
    "WHERE p.paid_on BETWEEN :period_start AND :period_end GROUP BY m.email "
    "ORDER BY spend DESC LIMIT :n",
)
FIRST_BUY = (
    "title: Join to first purchase rate\nkeywords: [conversion, rate, bought, first purchase]\n"
    "examples: [share of new members who bought within 14 days, conversion rate last month]\n"
    "params:\n  period: {type: date_range, default: last month}\n"
    "  days: {type: int, default: 30, min: 1, max: 365}",
    "SELECT COUNT(*) FILTER (WHERE p.paid_on <= m.joined_on + :days) * 1.0 / COUNT(*) AS rate "
    "FROM members m LEFT JOIN purchases p USING (member_id) "
    "WHERE m.joined_on BETWEEN :period_start AND :period_end",
)
PARCEL = (
    "title: Parcel lookup\nkeywords: [parcel, parcel id, tracking, details, check]\n"
    "examples: [details of parcel 5521, where is parcel 1200, check parcel 881, customer says\n"
    "  parcel 300 was returned can you check it, what happened to parcel 42]\n"
    "params:\n  parcel_id: {type: int}",
    "SELECT * FROM parcels WHERE parcel_id = :parcel_id",
)
CLAIMS = (
    "title: Claims by cause\nkeywords: [claims, claim, compensation, cause]\n"
    "examples: [claims by cause last month, how much compensation did we pay in Q3]\n"
    "params:\n  period: {type: date_range, default: last month}",
    "SELECT cause, COUNT(*) AS claims FROM claims "
    "WHERE filed_on BETWEEN :period_start AND :period_end GROUP BY cause",
)


def test_a_clause_telling_about_someone_is_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"member_profile": PROFILE, "visits": VISITS})
    text = "profile of member ana.lind@example.org please, she wrote to us very angry about a late delivery"
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params) == (
        "matched",
        "member_profile",
        {"member": "ana.lind@example.org"},
    )
    monkeypatch.setattr(context_sentences, "CONTEXT_CLAUSES_BLANK", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status == "unmatched"


def test_a_clause_asking_for_work_or_naming_a_value_stays(tmp_path: Path) -> None:
    lib = _library(tmp_path / "b", {"member_profile": PROFILE, "visits": VISITS})
    # "is that a bug?" asks the team for work: never blanked as context
    assert match("visits per day look doubled, is that a bug?", lib, TODAY).status == "unmatched"
    masked = "visits per day last week, we need the traffic"
    kept = context_sentences.blank_unknown_sentences(masked, masked, lambda s: "traffic" in s)
    assert "traffic" in kept


def test_a_period_corrected_by_another_form(monkeypatch: pytest.MonkeyPatch) -> None:
    said = "new members by source in Q2, sorry I mean last quarter"
    assert apply_corrections(said) == "new members by source in last quarter"
    assert apply_corrections("visits last month, sorry, October") == "visits October"
    assert (
        apply_corrections("claims in Q2 2025, sorry I mean this quarter")
        == "claims in this quarter"
    )
    monkeypatch.setattr(corrections, "PERIOD_FOR_PERIOD", False)
    assert apply_corrections(said) == said


def test_two_days_wrapping_most_of_a_year_are_reversed(monkeypatch: pytest.MonkeyPatch) -> None:
    _found, problems = scan_periods("claims from Nov 30 to Nov 10", TODAY)
    assert problems == ["“Nov 30 to Nov 10” ends before it starts."]
    # a short wrap into a year that has begun is a range, as before
    assert scan_periods("claims from Dec 20 to Jan 5", TODAY)[1] == []
    monkeypatch.setattr(periods, "DAY_WRAPS_REVERSED", False)
    assert scan_periods("claims from Nov 30 to Nov 10", TODAY)[1] == []


def test_a_year_after_a_comma_is_a_year(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "conversion to a first order, 2025, 60 day window"
    got = find_entities(text, TODAY).periods
    assert [(p.start, p.end) for p in got] == [(date(2025, 1, 1), date(2025, 12, 31))]
    monkeypatch.setattr(period_atoms, "YEAR_AFTER_A_COMMA", False)
    assert find_entities(text, TODAY).periods == []


def test_a_number_before_a_table_counts_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "c", {"top_members": TOP_MEMBERS, "first_buy": FIRST_BUY})
    text = "which 50 members bought the most last year"
    d = match(text, lib, TODAY)
    assert d.query != "first_buy"
    monkeypatch.setattr(number_units, "TABLE_NOUN_COUNTS", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.query, d.params.get("days")) == ("first_buy", 50)


def test_a_negation_about_one_record_looked_up_by_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "d", {"parcel_lookup": PARCEL, "claims": CLAIMS})
    text = (
        "customer says parcel 4211 was returned but no compensation yet, can you check the parcel?"
    )
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params) == ("matched", "parcel_lookup", {"parcel_id": 4211})
    monkeypatch.setattr(signals, "ONE_RECORD_HOLDS_NEGATIONS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status == "unmatched"
