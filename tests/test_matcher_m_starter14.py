"""Rules found on the starter library worded by others (issue 10, m-starter14): a value said
right after "which" before a noun ("which fiction books sold the most") picks the rows, the
noun names them; a figure the header names ("average ticket" among its keywords) is the
query's own, whatever its column is called. Each test runs on a small library written here,
with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language.textnorm import stem
from bot.matching import (
    filler_words,
    own_figures,
    people_said,
    structure,
    value_modifier,
    value_verbs,
    word_forms,
    work_cues,
)
from bot.matching.matcher import clear_index_cache, match
from bot.matching.value_modifier import value_modifiers_dropped

TODAY = date(2026, 11, 22)

SALES = (
    "title: Book sales\nkeywords: [book sales, sold, best sellers, units sold, takings]\n"
    "examples: [book sales last month, which books sold best this year]\n"
    "params:\n  period: {type: date_range, default: last month}\n"
    "  genre: {type: choice, choices: [fiction, science], optional: true}",
    "SELECT b.title, SUM(s.units) AS units, SUM(s.units * s.price) AS takings "
    "FROM sales s JOIN books b USING (book_id) "
    "WHERE s.sold_on BETWEEN :period_start AND :period_end "
    "{% if genre %}AND b.genre = :genre {% endif %}GROUP BY b.title ORDER BY takings DESC",
)
VISITS = (
    "title: Visits over time\nkeywords: [visits, people, trend, daily, weekly]\n"
    "examples: [visits per week this year, daily visits last month]\n"
    "params:\n  period: {type: date_range, default: this year}",
    "SELECT visit_date, COUNT(*) AS visits FROM visits "
    "WHERE visit_date BETWEEN :period_start AND :period_end GROUP BY 1",
)
FILES = {"book_sales": SALES, "visits_trend": VISITS}


def test_a_value_before_a_noun_is_no_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "which fiction books brought in the most takings last month"
    clear_index_cache()
    d = match(text, _library(tmp_path / "on", FILES), TODAY)
    assert (d.status, d.query, d.params.get("genre")) == ("matched", "book_sales", "fiction")
    monkeypatch.setattr(value_modifier, "VALUE_MODIFIES_ROW_NOUN", False)
    clear_index_cache()
    d = match(text, _library(tmp_path / "off", FILES), TODAY)
    assert (d.status, d.query) != ("matched", "book_sales")


def test_only_a_value_followed_by_a_noun_is_dropped() -> None:
    named = [("fiction", 6, 13, {"param:genre"})]
    assert value_modifiers_dropped(
        "which fiction books sold", "which fiction books sold", named
    ) == ("which books sold")
    # a plural value names the rows itself, and "sold" is no noun of rows
    named_pl = [("fiction", 6, 13, {"param:genre"})]
    assert value_modifiers_dropped("which novels sold", "which novels sold", named_pl) == (
        "which novels sold"
    )
    # the value is what is asked about, nothing follows it
    assert value_modifiers_dropped("which fiction", "which fiction", named) == "which fiction"
    # not at the opening question word: left as said
    named = [("fiction", 9, 16, {"param:genre"})]
    assert value_modifiers_dropped("the best fiction books", "the best fiction books", named) == (
        "the best fiction books"
    )


BASKETS = (
    "title: Basket value\nkeywords: [basket value, average basket, typical basket]\n"
    "examples: [basket value last month, mean basket value this year]\n"
    "params:\n  period: {type: date_range, default: last month}",
    "SELECT AVG(amount) AS avg_amount, COUNT(*) AS orders FROM orders "
    "WHERE order_date BETWEEN :period_start AND :period_end",
)


def test_a_figure_the_header_names_is_the_query_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "average basket": the keywords pair the aggregate's name with the word, so the AVG
    shown is of it, though its column says amount."""
    files = {"basket_value": BASKETS, "visits_trend": VISITS}
    text = "average basket yesterday"
    clear_index_cache()
    on = match(text, _library(tmp_path / "on", files), TODAY)
    assert (on.status, on.query) == ("matched", "basket_value")
    monkeypatch.setattr(own_figures, "FIGURES_NAMED_BY_HEADER", False)
    clear_index_cache()
    off = match(text, _library(tmp_path / "off", files), TODAY)
    # off: an average of baskets, which the query (averaging amounts) is taken not to show
    assert off.confidence <= on.confidence - 0.2


STOCK = (
    "title: Low stock books\nkeywords: [stock, low stock, sold out, running out]\n"
    "examples: [books low on stock, which books are running out]\n"
    "params:\n  threshold: {type: int, default: 5, min: 0, max: 1000}",
    "SELECT title, on_hand FROM books WHERE on_hand < :threshold ORDER BY on_hand",
)


def test_a_phrasal_keyword_is_read_as_the_phrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "nearly sold out": the stock query's phrase, not the sales query's "sold"."""
    assert word_forms.phrasal_stems("running out") >= {stem("runningout"), stem("runout")}
    files = {"book_sales": SALES, "low_stock": STOCK}
    text = "fiction books nearly sold out"
    clear_index_cache()
    on = match(text, _library(tmp_path / "on", files), TODAY)
    assert on.query != "book_sales" and (on.candidates or [None])[0] != "book_sales"
    monkeypatch.setattr(word_forms, "PHRASAL_KEYWORDS", False)
    clear_index_cache()
    off = match(text, _library(tmp_path / "off", files), TODAY)
    assert (off.status, off.query) == ("matched", "book_sales")  # the bare verb chose sales


LOOKUP = (
    "title: Parcel lookup\nkeywords: [parcel, parcel number, tracking, delivered, verify]\n"
    "examples: [where is parcel 5512, has parcel 3021 been delivered]\n"
    "params:\n  parcel_id: {type: int, min: 1, label: parcel number}",
    "SELECT parcel_id, status, delivered_on FROM parcels WHERE parcel_id = :parcel_id",
)


def test_a_bare_check_is_a_lookup_that_verifies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "… never arrived, can you check": checking is what a lookup whose words say "verify"
    does; without it the bare check stays an investigation (a ticket)."""
    files = {"parcel_lookup": LOOKUP, "visits_trend": VISITS}
    text = "the sender says parcel #4412 never arrived, can you check"
    clear_index_cache()
    on = match(text, _library(tmp_path / "on", files), TODAY)
    assert (on.status, on.query, on.params.get("parcel_id")) == ("matched", "parcel_lookup", 4412)
    monkeypatch.setattr(work_cues, "OWN_CHECK_VERB", False)
    clear_index_cache()
    off = match(text, _library(tmp_path / "off", files), TODAY)
    assert off.status != "matched"


def test_a_department_before_any_determiner_is_who_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Finance wants every …": who asks, whichever determiner opens the ask."""
    text = "Finance wants every pro subscription that ended"
    assert people_said.people_spans(text, lambda st: False) == [(0, len("Finance wants"))]
    monkeypatch.setattr(people_said, "ANY_DETERMINER_AFTER_DEPARTMENT", False)
    # (an asker the library does not know may ask for anything: m-starter15's switch)
    monkeypatch.setattr(people_said, "UNKNOWN_ASKER_ANY_OBJECT", False)
    assert people_said.people_spans(text, lambda st: False) == []
    # the narrower reading still holds
    assert people_said.people_spans("Finance wants the refunds", lambda st: False) == [
        (0, len("Finance wants"))
    ]


def test_a_negation_inside_quotes_is_the_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "'not as described' refunds": the quoted reason says "not", the request does not."""
    text = "how much did 'not as described' refunds cost in Q2"
    assert not structure.negates(text) and not structure.negated_stems(text)
    assert structure.negates("refunds that were not 'damaged' last month")  # said outside
    monkeypatch.setattr(structure, "QUOTED_NEGATIONS_ARE_VALUES", False)
    assert structure.negates(text)


def test_count_of_says_number_of(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "count of accounts": the words of "number of accounts", a count the shape reads."""
    text = "count of accounts created in 2025"
    assert "count" not in filler_words.blank_opening_verb(text).split()
    assert "count" in filler_words.blank_opening_verb("the count went up").split()  # a word
    monkeypatch.setattr(filler_words, "COUNT_OF_IS_NUMBER_OF", False)
    assert filler_words.blank_opening_verb(text) == text


def test_a_value_word_before_a_determiner_is_a_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "users open the app": "open" (a status's synonym) is the verb, no status."""
    text = "how many users open the app each day"
    at = text.index("open")
    named = [("open", at, at + 4, {"param:status"})]
    assert value_verbs.values_not_verbs(named, text, []) == []
    # a value before its noun, and a participle before a period, stay values
    assert value_verbs.values_not_verbs(named, "open orders this week", []) == named
    shipped = "orders shipped the last week"
    s = shipped.index("shipped")
    kept = [("shipped", s, s + 7, {"param:status"})]
    assert value_verbs.values_not_verbs(kept, shipped, []) == kept
    monkeypatch.setattr(value_verbs, "VALUE_BEFORE_DETERMINER_IS_VERB", False)
    assert value_verbs.values_not_verbs(named, text, []) == named
