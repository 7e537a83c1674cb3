"""Issue 10, recall on unseen libraries (round 22): words about a result's order ("in
descending order of height", "sorted in ascending order") that a library says only in its
examples weigh nothing, as form words it does not know; and a number beside any superlative
("the tallest 3 buildings", "2 youngest players") is a count of rows, as beside "top"; an instruction opening the clause
after a comma ("For each company, return the name …") asks for nothing. Each
test runs on a small library written here, with its switch on and off, and a case where the
rule must not fire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language import superlatives
from bot.library.types import rank_said
from bot.matching import filler_words, form_words
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

BUILDINGS = (
    "title: Building list\n"
    "description: One row per building with its name, city, height in metres and stories.\n"
    "examples: [list the buildings in a city, which buildings are taller than 200 m, "
    "the tallest buildings]\n"
    "keywords: [building, buildings, tower, name, names, city, height, tall, stories]\n"
    "params:\n"
    "  city: {type: string, optional: true, label: city}\n"
    "  min_height: {type: int, optional: true, min: 0, label: height at least (m)}\n"
    "  sort:\n    type: choice\n    choices: [name, tallest]\n    default: name\n"
    "    synonyms: {tallest: tallest, height: tallest}\n"
    "  n: {type: int, optional: true, min: 1, max: 1000, label: how many}",
    "SELECT name, city, height, stories FROM building WHERE 1 = 1 "
    "{% if city %}AND city = :city{% endif %}"
    "{% if min_height %} AND height >= :min_height{% endif %} "
    "ORDER BY {% if sort == 'tallest' %}height DESC{% else %}name{% endif %}"
    "{% if n %} LIMIT :n{% endif %}",
)
COMPANIES = (
    "title: Company list\n"
    "description: One row per company with its name, industry and assets.\n"
    "examples: [list every company with its assets in descending order, companies in banking]\n"
    "keywords: [company, companies, firm, name, industry, assets, sector]\n"
    "params:\n  industry: {type: string, optional: true, label: industry}",
    "SELECT name, industry, assets FROM company WHERE 1 = 1 "
    "{% if industry %}AND industry = :industry{% endif %} ORDER BY name",
)
OFFICES = (
    "title: Offices per building\n"
    "description: Each building with the number of company offices in it.\n"
    "examples: [how many offices does each building hold, buildings by number of tenants]\n"
    "keywords: [office, offices, tenants, building, buildings, per building]",
    "SELECT b.name, COUNT(*) AS offices FROM office AS o JOIN building AS b "
    "ON b.id = o.building_id GROUP BY b.name ORDER BY offices DESC",
)
LIBRARY = {"building_list": BUILDINGS, "company_list": COMPANIES, "offices": OFFICES}


def test_form_words_known_only_from_examples(tmp_path: Path) -> None:
    lib = _library(tmp_path / "lib", LIBRARY)
    assert form_words.example_only_forms(lib) == frozenset({"descend", "order"})
    # a library whose SQL says "order" (a table `orders`) keeps the word as data
    sql_lib = _library(
        tmp_path / "lib2",
        {
            "order_list": (
                "title: Order list\nexamples: [orders in descending order of value]",
                "SELECT id, value FROM orders ORDER BY value DESC",
            )
        },
    )
    assert form_words.example_only_forms(sql_lib) == frozenset({"descend"})


def test_an_order_said_only_in_examples_weighs_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(form_words, "FORM_WORDS_FROM_EXAMPLES_DROPPED", True)  # shipped off
    lib = _library(tmp_path / "lib", LIBRARY)
    text = "List the names of buildings in descending order of building height."
    on = match(text, lib, TODAY)
    assert (on.status, on.query) == ("matched", "building_list")
    monkeypatch.setattr(form_words, "FORM_WORDS_FROM_EXAMPLES_DROPPED", False)
    clear_index_cache()
    off = match(text, lib, TODAY)
    assert off.confidence < on.confidence


def test_a_form_word_a_title_says_still_counts(tmp_path: Path) -> None:
    # "order" in a query's title names its data: it is no form word there
    lib = _library(
        tmp_path / "lib",
        {
            **LIBRARY,
            "order_log": (
                "title: Order log\nexamples: [every order with its date]\n"
                "keywords: [order, orders, purchase]",
                "SELECT id, placed_on FROM purchase ORDER BY placed_on",
            ),
        },
    )
    assert "order" not in form_words.example_only_forms(lib)


def test_a_number_beside_a_superlative_counts_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", LIBRARY)
    for text in ("tallest 3 buildings pls", "the 3 tallest buildings"):
        d = match(text, lib, TODAY)
        assert (d.status, d.query) == ("matched", "building_list")
        assert d.params["n"] == 3 and d.params["sort"] == "tallest"
    # a bound stays a bound: no row count
    d = match("buildings taller than 300 m", lib, TODAY)
    # "taller than" is strict, as "more than": `height >= :min_height` takes 301
    assert d.params.get("n") is None and d.params["min_height"] == 301
    monkeypatch.setattr(superlatives, "NUMBER_BEFORE_SUPERLATIVE_RANKS", False)
    monkeypatch.setattr(rank_said, "SUPERLATIVES_RANK", False)
    clear_index_cache()
    d = match("tallest 3 buildings pls", lib, TODAY)
    assert d.status != "matched" or d.params.get("n") != 3


def test_words_ending_in_est_that_are_no_superlatives() -> None:
    assert superlatives.is_superlative("busiest") and superlatives.is_superlative("youngest")
    for w in ("interest", "request", "harvest", "guest", "forest", "contest", "pretest"):
        assert not superlatives.is_superlative(w)


def test_an_instruction_after_a_comma_asks_for_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert filler_words.blank_opening_verb("For each company, return the name").split() == [
        "For",
        "each",
        "company,",
        "the",
        "name",
    ]
    # a verb after a comma that is no instruction ("…, returns in the last month") stays
    kept = "refunds, returns and exchanges by month"
    assert filler_words.blank_opening_verb(kept) == kept
    monkeypatch.setattr(filler_words, "OPENING_AFTER_COMMA", False)
    said = "For each company, return the name"
    assert filler_words.blank_opening_verb(said) == said
