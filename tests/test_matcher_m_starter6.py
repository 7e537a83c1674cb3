"""Rules found on the starter library worded by others (issue 10, m-starter6): an id said with
its noun ("order no. 5", "order #5") belongs to the query whose id parameter is for that noun;
a follow-up that only refers back ("same but weekly") is unmatched.
Each test runs on a small library written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language import follow_ups
from bot.language.entities import find_entities
from bot.matching import id_owners
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
