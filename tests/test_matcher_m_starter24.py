"""Rules found on the starter library worded by others (issue 10, m-starter24): a singular head
ranked by a superlative asks for one row even where the row limit has a default; "who" after a
noun opens no clause of its own; "sold out" keeps the rows at zero; and "$20" is no value of a
whole-number parameter whose words name no money. Each test runs with its switch on and off,
on a small library built here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import REPO_ROOT
from support import library_of as _library

from bot.language import clauses
from bot.library.types import number_cues
from bot.matching import none_left, one_best
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

GROWERS = (
    "title: Top growers by crates\nkeywords: [top, biggest, growers, farmers, crates, most]\n"
    "examples: [top 10 growers last month, which growers sent the most crates this year]\n"
    "params:\n  n: {type: int, default: 10, min: 1, max: 1000, label: how many}\n"
    "  period: {type: date_range, default: last 3 months}",
    "SELECT grower_id, COUNT(*) AS crates FROM crates "
    "WHERE sent_on BETWEEN :period_start AND :period_end "
    "GROUP BY 1 ORDER BY crates DESC LIMIT :n",
)
SHELF = (
    "title: Short shelves\nkeywords: [shelf, shelves, short, running low, sold out, empty]\n"
    "examples: [which shelves are running low, shelves under 4 boxes]\n"
    "params:\n  threshold: {type: int, default: 10, min: 0, label: box threshold}",
    "SELECT shelf_id, boxes FROM shelves WHERE boxes < :threshold ORDER BY boxes",
)


def _run(tmp: Path, files: dict[str, tuple[str, str]], text: str):  # type: ignore[no-untyped-def]
    clear_index_cache()
    return match(text, _library(tmp, files), TODAY)


def test_one_best_row_over_a_default_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "which single grower has sent the most crates this year"
    d = _run(tmp_path / "on", {"growers": GROWERS}, text)
    assert (d.status, d.query, d.params.get("n")) == ("matched", "growers", 1)
    monkeypatch.setattr(one_best, "ONE_BEST_OVER_DEFAULT", False)
    d = _run(tmp_path / "off", {"growers": GROWERS}, text)
    assert d.params.get("n") == 10


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("which growers sent the most crates this year", 10),  # a plural head: every row
        ("the 5 growers who sent the most crates", 5),  # a number said is the limit
    ],
)
def test_a_plural_or_a_said_limit_is_kept(tmp_path: Path, text: str, want: int) -> None:
    d = _run(tmp_path / "lib", {"growers": GROWERS}, text)
    assert (d.query, d.params.get("n")) == ("growers", want)


def test_who_after_a_noun_opens_no_clause(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "the 5 growers who sent the most crates last month"
    assert len(clauses.clauses(text)) == 1
    d = _run(tmp_path / "on", {"growers": GROWERS}, text)
    assert (d.status, d.params.get("n")) == ("matched", 5)
    monkeypatch.setattr(clauses, "RELATIVE_PRONOUNS_JOIN", False)
    assert len(clauses.clauses(text)) == 2
    d = _run(tmp_path / "off", {"growers": GROWERS}, text)
    assert d.params.get("n") != 5  # "the 5 growers" read as a clause that only tells


def test_a_question_after_a_clause_still_splits() -> None:
    spans = clauses.clauses("hey team which region sold most")
    assert len(spans) == 2
    assert clauses.telling_spans("we spent 40k on ads in Sept how many signups came from paid")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("which shelves are sold out", 1),
        ("which shelves have sold out", 1),
        ("shelves that are almost sold out", 10),  # close to none is the default
    ],
)
def test_sold_out_keeps_the_rows_at_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, want: int
) -> None:
    d = _run(tmp_path / "on", {"shelf": SHELF}, text)
    assert (d.query, d.params.get("threshold")) == ("shelf", want)
    monkeypatch.setattr(none_left, "GONE_IDIOMS_KEEP_ZERO", False)
    d = _run(tmp_path / "off", {"shelf": SHELF}, text)
    assert d.params.get("threshold") == 10


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("shelves we have completely run out of", True),
        ("which shelves will run out soon", False),  # not yet: a low bound
        ("shelves running out", False),
        ("which shelves are about to sell out", False),
    ],
)
def test_gone_idioms(tmp_path: Path, text: str, gone: bool) -> None:
    query = _library(tmp_path / "lib", {"shelf": SHELF}).queries["shelf"]
    assert none_left._gone(query, text) is gone


def test_sold_out_needs_the_idiom_in_the_query_words(tmp_path: Path) -> None:
    plain = (SHELF[0].replace(" sold out,", ""), SHELF[1])
    d = _run(tmp_path / "lib", {"shelf": plain}, "which shelves are sold out")
    assert d.params.get("threshold") != 1


def test_money_is_no_value_of_a_count_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "short shelves priced under $20"
    d = _run(tmp_path / "on", {"shelf": SHELF}, text)
    assert d.params.get("threshold") != 20
    assert d.status != "matched"  # a bound the query cannot take: no answer
    monkeypatch.setattr(number_cues, "MONEY_NEEDS_MONEY_WORDS", False)
    d = _run(tmp_path / "off", {"shelf": SHELF}, text)
    assert (d.status, d.params.get("threshold")) == ("matched", 20)


def test_money_still_bounds_a_price(tmp_path: Path) -> None:
    prices = (
        "title: Cheap shelves\nkeywords: [shelf, shelves, cheap, price]\n"
        "examples: [shelves priced under 30, cheap shelves]\n"
        "params:\n  max_price: {type: int, default: 50, min: 0, label: price}",
        "SELECT shelf_id, price FROM shelves WHERE price < :max_price ORDER BY price",
    )
    d = _run(tmp_path / "lib", {"prices": prices}, "shelves priced under $20")
    assert (d.status, d.params.get("max_price")) == ("matched", 20)


def test_a_year_before_a_rank_word_counts_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.matching import count_years

    text = "list 500 top growers this year"
    d = _run(tmp_path / "small", {"growers": GROWERS}, text)
    assert (d.status, d.params.get("n")) == ("matched", 500)
    text = "list 2000 top growers this month"  # 2000 rows: more than the limit allows
    d = _run(tmp_path / "on", {"growers": GROWERS}, text)
    assert d.status != "matched"
    monkeypatch.setattr(count_years, "YEAR_BEFORE_RANK_COUNTS", False)
    d = _run(tmp_path / "off", {"growers": GROWERS}, text)
    assert (d.status, d.params.get("period_start")) == ("matched", "2000-01-01")


def test_a_year_before_a_rank_word_alone_is_the_year(tmp_path: Path) -> None:
    d = _run(tmp_path / "lib", {"growers": GROWERS}, "2025 top growers")
    assert (d.status, d.params.get("period_start")) == ("matched", "2025-01-01")


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("what does AOV stand for exactly", True),
        ("what's MRR short for?", True),
        ("what is DAU short for", True),
        ("AOV for the stand last month", False),
    ],
)
def test_what_a_name_abbreviates_is_no_figure(
    monkeypatch: pytest.MonkeyPatch, text: str, asks: bool
) -> None:
    from bot.matching import structure

    assert structure.asks_method(text) is asks
    monkeypatch.setattr(structure, "ABBREVIATION_QUESTIONS", False)
    assert structure.asks_method(text) is False


def test_an_abbreviation_question_gets_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.library.loader import load_library
    from bot.matching import structure

    lib = load_library(REPO_ROOT / "queries")  # the starter library: average_order_value (AOV)
    text = "what does AOV stand for exactly"
    clear_index_cache()
    assert match(text, lib, TODAY).status == "unmatched"
    monkeypatch.setattr(structure, "ABBREVIATION_QUESTIONS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "unmatched"  # the figure's query is offered
    clear_index_cache()


@pytest.mark.parametrize(
    ("breakdown", "text", "ranked"),
    [
        ("revenue", "top fruits by revenue last month", True),
        ("revenue", "the best selling fruits by total revenue", True),
        ("region", "top fruits by region last month", False),  # no sort key: a breakdown
        ("revenue", "fruit crates by revenue", False),  # no ranking said
    ],
)
def test_a_ranking_by_the_sort_key_is_no_breakdown(
    monkeypatch: pytest.MonkeyPatch, breakdown: str, text: str, ranked: bool
) -> None:
    from bot.matching import ranked_by_key

    sorts = frozenset({"revenu", "fruit"})
    assert ranked_by_key.ranked_by_sort_key(breakdown, text, sorts) is ranked
    monkeypatch.setattr(ranked_by_key, "RANKED_BY_SORT_KEY", False)
    assert ranked_by_key.ranked_by_sort_key(breakdown, text, sorts) is False


def test_top_things_by_the_sort_key_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.library.loader import load_library
    from bot.matching import ranked_by_key

    lib = load_library(REPO_ROOT / "queries")  # product_sales: ORDER BY revenue DESC
    text = "top products by revenue last month"
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "product_sales")
    monkeypatch.setattr(ranked_by_key, "RANKED_BY_SORT_KEY", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"
    clear_index_cache()


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("top customers 2025", True),  # 2025's customers
        ("orders 2025 by status", True),
        ("customer 2025", False),  # one customer
        ("top 2025 customers", False),  # how many
    ],
)
def test_a_plural_before_a_year_names_the_year(
    monkeypatch: pytest.MonkeyPatch, text: str, year: bool
) -> None:
    from bot.language import period_atoms
    from bot.language.periods import find_periods

    assert bool(find_periods(text, TODAY)) is year
    monkeypatch.setattr(period_atoms, "PLURAL_BEFORE_YEAR_IS_YEAR", False)
    assert not find_periods(text, TODAY)
