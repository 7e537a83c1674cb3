"""Rules found on the starter library worded by others (issue 10, m-starter6): an id said with
its noun ("order no. 5", "order #5") belongs to the query whose id parameter is for that noun;
what the person is busy with (", planning the holiday reorder") and asides (", nothing
fancy") are context; "the top dozen" is 12; a follow-up that only refers back ("same but weekly") is unmatched; a unit glued to its number
("inside 7d") and "a fortnight" read as the days they are; the words of a known value a query
binds ("wrong item") are no request for work against it; a date quoted as an SQL literal is a
date.
Each test runs on a small library written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language import follow_ups, numwords, speaker_context, textnorm
from bot.language.entities import find_entities
from bot.matching import id_owners, work_cues
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

PROFILE = (
    "title: Member profile\nkeywords: [member, profile, details, email, check, lookup]\n"
    "examples: [look up member 1234, details for member id 52, who is ana@example.org]\n"
    "params:\n  member: {type: string, label: member email or id}",
    "SELECT * FROM members WHERE email = :member OR CAST(member_id AS VARCHAR) = :member",
)
PARCEL = (
    "title: Parcel lookup\nkeywords: [parcel, parcel id, tracking, details, check, lookup]\n"
    "examples: [details of parcel 5521, where is parcel 1200, check parcel no. 881]\n"
    "params:\n  parcel_id: {type: int, min: 1, label: parcel number}",
    "SELECT * FROM parcels WHERE parcel_id = :parcel_id",
)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("member says parcel no. 4211 never came", "parcel"),
        ("member says parcel #4211 never came", "parcel"),
        ("the parcel number 4211", "parcel"),
        ("prcl no. 4211", "prcl"),
        ("4211 parcels", ""),
        ("top 5 members", ""),
    ],
)
def test_the_noun_said_with_an_id(text: str, owner: str) -> None:
    ent = find_entities(text, TODAY)
    assert id_owners.said_owner(ent, ent.numbers[0]) == owner


@pytest.mark.parametrize(
    "text",
    [
        "member says parcel no. 42117 never arrived, can you check the details?",
        "member says parcel #42117 never arrived, can you check the details?",
    ],
)
def test_an_id_of_another_noun_goes_to_its_query(tmp_path: Path, text: str) -> None:
    lib = _library(tmp_path / "a", {"member_profile": PROFILE, "parcel_lookup": PARCEL})
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params) == ("matched", "parcel_lookup", {"parcel_id": 42117})


def test_an_id_of_another_noun_is_not_this_querys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "b", {"member_profile": PROFILE, "parcel_lookup": PARCEL})
    text = "member says parcel no. 42117 never arrived, can you check the member details?"
    clear_index_cache()
    assert match(text, lib, TODAY).query != "member_profile"
    monkeypatch.setattr(id_owners, "ID_OF_ANOTHER_NOUN", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.query, d.params) == ("member_profile", {"member": "42117"})


def test_an_id_of_its_own_noun_is_kept(tmp_path: Path) -> None:
    lib = _library(tmp_path / "c", {"member_profile": PROFILE, "parcel_lookup": PARCEL})
    clear_index_cache()
    d = match("details for member no. 4211", lib, TODAY)
    assert (d.status, d.query, d.params) == ("matched", "member_profile", {"member": "4211"})


TREND = (
    "title: Visits over time\nkeywords: [visits, trend, over time, daily, weekly, monthly]\n"
    "examples: [visits per week this year, daily visits last month]\n"
    "params:\n  period: {type: date_range, default: this year}\n"
    "  grain: {type: choice, choices: [day, week, month], default: month,\n"
    "          synonyms: {daily: day, weekly: week, monthly: month}}",
    "SELECT date_trunc(:grain, visit_date) AS d, COUNT(*) AS visits FROM visits "
    "WHERE visit_date BETWEEN :period_start AND :period_end GROUP BY 1",
)


@pytest.mark.parametrize(
    ("text", "refers_back"),
    [
        ("same but weekly", True),
        ("and for last month?", True),
        ("what about EMEA?", True),
        ("ok, same for October please", True),
        ("now by region", True),
        ("what about the visits per week for the whole of this year by region?", False),
        ("weekly visits", False),
        ("same-day deliveries last week", False),
    ],
)
def test_a_follow_up_only_refers_back(text: str, refers_back: bool) -> None:
    assert follow_ups.only_refers_back(text) is refers_back


def test_a_follow_up_is_unmatched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "d", {"visits_trend": TREND, "parcel_lookup": PARCEL})
    clear_index_cache()
    assert match("same but weekly", lib, TODAY).status == "unmatched"
    assert match("weekly visits", lib, TODAY).query == "visits_trend"
    monkeypatch.setattr(follow_ups, "FOLLOW_UPS_UNMATCHED", False)
    clear_index_cache()
    assert match("same but weekly", lib, TODAY).status != "unmatched"


RATE = (
    "title: Join to first purchase rate\nkeywords: [conversion, rate, bought, first purchase]\n"
    "examples: [share of new members who bought within 14 days, bought within 2 weeks]\n"
    "params:\n  period: {type: date_range, default: last month}\n"
    "  days: {type: int, default: 30, min: 1, max: 365}",
    "SELECT COUNT(*) FILTER (WHERE p.paid_on <= m.joined_on + :days) * 1.0 / COUNT(*) AS rate "
    "FROM members m LEFT JOIN purchases p USING (member_id) "
    "WHERE m.joined_on BETWEEN :period_start AND :period_end",
)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("bought inside 7d", "bought inside 7 days"),
        ("last 3days", "last 3 days"),
        ("within 2wks", "within 2 weeks"),
        ("first 1d", "first 1 day"),
        ("a 3D chart", "a 3D chart"),
        ("version 2.5d", "version 2.5d"),
    ],
)
def test_a_unit_glued_to_its_number(said: str, read: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert textnorm.clean(said) == read
    monkeypatch.setattr(textnorm, "SPELL_OUT_GLUED_UNITS", False)
    assert textnorm.clean(said).startswith(said.split()[0])
    assert textnorm.clean("inside 7d") == "inside 7d"


def test_glued_days_bind_the_day_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "e", {"first_buy": RATE, "visits_trend": TREND})
    text = "last month joiners -> bought inside 10d, what rate?"
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.query, d.params.get("days")) == ("first_buy", 10)
    monkeypatch.setattr(textnorm, "SPELL_OUT_GLUED_UNITS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).params.get("days") != 10


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("bought within a fortnight", "bought within 2 weeks"),
        ("refunds the last fortnight", "refunds the last 2 weeks"),
        ("fortnightly visits", "fortnightly visits"),
    ],
)
def test_a_fortnight_is_two_weeks(said: str, read: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert textnorm.clean(said) == read
    monkeypatch.setattr(textnorm, "FORTNIGHT_AS_WEEKS", False)
    assert textnorm.clean(said) == said


def test_a_fortnight_binds_fourteen_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "f", {"first_buy": RATE, "visits_trend": TREND})
    text = "what rate of October joiners bought within a fortnight?"
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params.get("days")) == ("matched", "first_buy", 14)
    monkeypatch.setattr(textnorm, "FORTNIGHT_AS_WEEKS", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.params.get("days")) != ("matched", 14)


def test_an_id_of_a_noun_in_the_querys_keywords_is_read(tmp_path: Path) -> None:
    profile = (PROFILE[0].replace("keywords: [member,", "keywords: [member, account,"), PROFILE[1])
    account = (
        "title: Account balance\nkeywords: [balance]\n"
        "params:\n  account_id: {type: int, label: account number}",
        "SELECT balance FROM accounts WHERE account_id = :account_id",
    )
    lib = _library(tmp_path / "g", {"member_profile": profile, "account": account})
    owners = id_owners.IdOwners(lib)
    ent = find_entities("details of account #4211", TODAY)
    assert owners.held("member_profile", ent) == ()
    plain = _library(tmp_path / "h", {"member_profile": PROFILE, "account": account})
    span = (ent.numbers[0].start, ent.numbers[0].end)
    assert id_owners.IdOwners(plain).held("member_profile", ent) == (span,)


CLAIMS = (
    "title: Claims by cause\nkeywords: [claims, claim, cause]\n"
    "examples: [claims by cause last month, how many claims in Q3]\n"
    "params:\n  period: {type: date_range, default: last month}\n"
    "  cause: {type: string, optional: true, values: [wrong address, late, lost]}",
    "SELECT cause, COUNT(*) AS claims FROM claims WHERE filed_on BETWEEN :period_start AND "
    ":period_end AND (:cause IS NULL OR cause = :cause) GROUP BY cause",
)


def test_a_known_values_words_ask_for_no_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "i", {"claims": CLAIMS, "parcel_lookup": PARCEL})
    text = "how many claims were for wrong address in September"
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params.get("cause")) == ("matched", "claims", "wrong address")
    monkeypatch.setattr(work_cues, "VALUE_WORDS_NO_CUES", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"


def test_a_date_quoted_as_an_sql_literal_is_a_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert textnorm.clean("claims between '2026-06-01' and '2026-06-30'") == (
        "claims between  2026-06-01  and  2026-06-30 "
    )
    lib = _library(tmp_path / "j", {"claims": CLAIMS, "parcel_lookup": PARCEL})
    text = "claims where filed_on between '2026-06-01' and '2026-06-30'"
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.query, d.params.get("period_start"), d.params.get("period_end")) == (
        "claims",
        "2026-06-01",
        "2026-06-30",
    )
    monkeypatch.setattr(textnorm, "UNQUOTE_DATES", False)
    clear_index_cache()
    assert match(text, lib, TODAY).params.get("period_start") != "2026-06-01"


@pytest.mark.parametrize(
    ("switch", "text", "context"),
    [
        ("BLANK_BUSY_CLAUSES", "visits per day last week, planning the spring campaign", True),
        ("BLANK_BUSY_CLAUSES", "visits last week, prepping the board deck", True),
        ("BLANK_BUSY_CLAUSES", "visits last week, excluding the test traffic", False),
        ("BLANK_ASIDES", "visits per day last week, nothing fancy", True),
        ("BLANK_ASIDES", "visits last week, no rush", True),
    ],
)
def test_context_after_the_ask_is_blank(
    switch: str, text: str, context: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    ask = text.split(",")[0]
    blanked = speaker_context.blank_speaker_context(text)
    assert len(blanked) == len(text)
    assert (blanked.rstrip(" ,") == ask) is context
    monkeypatch.setattr(speaker_context, switch, False)
    assert speaker_context.blank_speaker_context(text) == text


@pytest.mark.parametrize(
    ("switch", "text"),
    [
        ("BLANK_BUSY_CLAUSES", "weekly visits this year, planning the spring fundraiser"),
        ("BLANK_ASIDES", "weekly visits this year, nothing fancy"),
    ],
)
def test_context_after_the_ask_is_no_unknown_word(
    switch: str, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "k", {"visits_trend": TREND, "parcel_lookup": PARCEL})
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "visits_trend")
    monkeypatch.setattr(speaker_context, switch, False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"


@pytest.mark.parametrize(
    ("text", "n"),
    [("the top dozen members", 12), ("first dozen rows", 12), ("a dozen members", 12)],
)
def test_a_dozen_after_a_rank_is_twelve(text: str, n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [x.value for x in find_entities(text, TODAY).numbers] == [n]
    monkeypatch.setattr(numwords, "BARE_DOZEN_AFTER_RANK", False)
    left = [x.value for x in find_entities(text, TODAY).numbers]
    assert left == ([] if not text.startswith("a ") else [n])


TOP_MEMBERS = (
    "title: Top members by spend\nkeywords: [top, members, spend, most, bought, biggest]\n"
    "examples: [top 10 members this year, which members spent the most last month]\n"
    "params:\n  period: {type: date_range, default: this year}\n"
    "  n: {type: int, default: 10, min: 1, max: 500}",
    "SELECT m.email, SUM(p.amount) AS spend FROM purchases p JOIN members m USING (member_id) "
    "WHERE p.paid_on BETWEEN :period_start AND :period_end GROUP BY m.email "
    "ORDER BY spend DESC LIMIT :n",
)


def test_the_top_dozen_binds_twelve(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "l", {"top_members": TOP_MEMBERS, "visits_trend": TREND})
    text = "who spent the most last month? just the top dozen"
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params.get("n")) == ("matched", "top_members", 12)
    monkeypatch.setattr(numwords, "BARE_DOZEN_AFTER_RANK", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.params.get("n")) != ("matched", 12)
