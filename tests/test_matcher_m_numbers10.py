"""A number's role from the words that name it (issue 10, m-numbers10): "client no. 988",
"shopper number 988" and "ID: 988" name one thing, so a top-N never takes them as its count; a
number right after a noun the library gives ids to ("parcel 2024") names that one, it is
neither a count of rows nor the year 2024. Each test runs on the starter library or a small
library written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import REPO_ROOT
from support import library_of as _library

from bot.language import number_names
from bot.language.entities import find_entities
from bot.library.loader import load_library
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

TOP = (
    "title: Top shoppers by spend\nkeywords: [top, biggest, best, shoppers, clients, ranking]\n"
    "examples: [top 10 shoppers this year, our 25 biggest clients last quarter]\n"
    "params:\n  n: {type: int, default: 10, min: 1, max: 1000, label: how many}\n"
    "  period: {type: date_range, default: last 3 months, label: period}",
    "SELECT shopper_id, SUM(amount) AS spend FROM sales"
    " WHERE sold_on BETWEEN :period_start AND :period_end"
    " GROUP BY shopper_id ORDER BY spend DESC LIMIT :n",
)
PROFILE = (
    "title: Shopper profile\nkeywords: [shopper, client, profile, details, lookup, who is]\n"
    "examples: [look up shopper 1234, details for shopper id 52, who is ana@example.org]\n"
    "params:\n  shopper: {type: string, label: shopper email or id}",
    "SELECT * FROM shoppers WHERE email = :shopper OR CAST(shopper_id AS VARCHAR) = :shopper",
)
PARCEL = (
    "title: Parcel lookup\nkeywords: [parcel, tracking, details, lookup, where is]\n"
    "examples: [details of parcel 5521, where is parcel 1200, check parcel 881]\n"
    "params:\n  parcel_id: {type: int, min: 1, label: parcel number}",
    "SELECT * FROM parcels WHERE parcel_id = :parcel_id",
)
HEAVIEST = (
    "title: Heaviest parcels\nkeywords: [heaviest, parcels, top, largest, weight]\n"
    "examples: [the 10 heaviest parcels, top 5 parcels by weight, largest parcels this month]\n"
    "params:\n  n: {type: int, default: 10, min: 1, max: 5000, label: how many}\n"
    "  period: {type: date_range, default: last 30 days, label: period}",
    "SELECT parcel_id, weight FROM parcels WHERE sent_on BETWEEN :period_start AND :period_end"
    " ORDER BY weight DESC LIMIT :n",
)
BY_YEAR = (
    "title: Parcels sent in a year\nkeywords: [parcels, sent, shipped, year, yearly]\n"
    "examples: [parcels sent in 2023, how many parcels shipped in 2021, parcels of 2024]\n"
    "params:\n  year: {type: int, min: 2000, max: 2100, label: year sent}",
    "SELECT COUNT(*) AS parcels FROM parcels WHERE year(sent_on) = :year",
)


@pytest.mark.parametrize(
    ("text", "is_id"),
    [
        ("client no. 988", True),
        ("the shopper number 988", True),
        ("account ID: 988", True),
        ("the one with id 42", True),
        ("acct nr 988", True),
        ("the number 5", False),  # no noun before "number"
        ("ranked number 1", False),
        ("no 5 star reviews", False),
        ("top 5 clients", False),
    ],
)
def test_id_words_make_ids(text: str, is_id: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    assert find_entities(text, TODAY).numbers[0].id_like is is_id
    monkeypatch.setattr(number_names, "ID_WORDS_MAKE_IDS", False)
    assert find_entities(text, TODAY).numbers[0].id_like is False


@pytest.mark.parametrize(
    "text",
    [
        "client no. 988",
        "show client number 988",
        "details for client no. 988",
        "details for client nr 988",  # "nr" said whose the number is: no unknown word
        "details for client No.988",  # glued to its id word
    ],
)
def test_an_id_is_no_count_of_rows(
    tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "shop", {"top_shoppers": TOP, "shopper_profile": PROFILE})
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params) == ("matched", "shopper_profile", {"shopper": "988"})
    assert not {"no", "nr", "number"} & {w.lower().rstrip(".") for w in d.ignored}
    monkeypatch.setattr(number_names, "ID_WORDS_MAKE_IDS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query != "shopper_profile"  # top 988, or a ticket


def test_starter_client_number_is_a_customer() -> None:
    lib = load_library(REPO_ROOT / "queries")
    clear_index_cache()
    d = match("what do we have on client no. 988?", lib, TODAY)
    assert (d.status, d.query, d.params) == ("matched", "customer_lookup", {"customer": "988"})
    d = match("top 5 clients last quarter", lib, TODAY)
    assert (d.query, d.params["n"]) == ("top_customers", 5)


def _parcels(root: Path):  # type: ignore[no-untyped-def]
    files = {"parcel_lookup": PARCEL, "heaviest_parcels": HEAVIEST, "parcels_by_year": BY_YEAR}
    return _library(root, files)


@pytest.mark.parametrize("text", ["weight of parcel 300", "parcel 300 weight"])
def test_a_number_after_an_id_noun_is_no_row_count(
    tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _parcels(tmp_path / "p")
    clear_index_cache()
    assert match(text, lib, TODAY).params.get("n") != 300
    monkeypatch.setattr(number_names, "NOUN_BEFORE_NO_ROW_COUNT", False)
    clear_index_cache()
    assert match(text, lib, TODAY).params.get("n") == 300


@pytest.mark.parametrize(
    ("text", "query", "params"),
    [
        ("parcel 2024", "parcel_lookup", {"parcel_id": 2024}),
        ("where is parcel 2019?", "parcel_lookup", {"parcel_id": 2019}),
        ("parcels 2024", "parcels_by_year", {"year": 2024}),  # a plural: parcels of the year
        ("parcels sent in 2024", "parcels_by_year", {"year": 2024}),
        ("parcel, 2024", "parcels_by_year", {"year": 2024}),  # a comma parts them
    ],
)
def test_a_year_after_an_id_noun_is_an_id(
    tmp_path: Path, text: str, query: str, params: dict
) -> None:
    lib = _parcels(tmp_path / "p")
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params) == ("matched", query, params)


def test_a_year_after_an_id_noun_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _parcels(tmp_path / "p")
    monkeypatch.setattr(number_names, "ID_NOUN_YEARS_ARE_IDS", False)
    clear_index_cache()
    assert match("parcel 2024", lib, TODAY).params.get("parcel_id") != 2024


def test_a_query_with_no_id_pays_for_an_id_its_noun_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "customer 1993" names a customer: a ranking of customers that leaves it unused is no
    close rival of the customer lookup that takes it."""
    lib = load_library(REPO_ROOT / "queries")
    text = "what has customer 1993 spent with us in total?"
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params) == ("matched", "customer_lookup", {"customer": "1993"})
    monkeypatch.setattr(number_names, "NOUN_BEFORE_NO_ROW_COUNT", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status == "ambiguous"


def test_a_year_after_an_id_noun_is_no_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "shop", {"top_shoppers": TOP, "shopper_profile": PROFILE})
    text = "spend of shopper 2011 overall"
    clear_index_cache()
    assert match(text, lib, TODAY).query != "top_shoppers"
    monkeypatch.setattr(number_names, "ID_NOUN_YEARS_ARE_IDS", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.query, d.params["period_start"]) == ("top_shoppers", "2011-01-01")


def test_an_abbreviated_id_noun_names_one(monkeypatch: pytest.MonkeyPatch) -> None:
    lib = load_library(REPO_ROOT / "queries")
    text = "what has cust 1993 spent with us in total?"
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params) == ("matched", "customer_lookup", {"customer": "1993"})
    monkeypatch.setattr(number_names, "ABBREVIATED_ID_NOUNS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"
