"""A known value said in another form or holding an "or", and a value that alone chose a query:
VALUE_WORD_FORMS_TAKEN, OR_INSIDE_VALUE_JOINS_NOTHING, TICKET_ON_VALUES_AND_SHARED_WORDS."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot.library.model import Library
from bot.matching import signals
from bot.matching.decision import Decision
from bot.matching.index import _INDEX_CACHE
from bot.matching.matcher import decide_by_rules, match
from bot.matching.values_chose import values_chose
from tests.support import library_of

TODAY = date(2026, 11, 22)

SALES = (
    """title: Item sales
examples: [item sales last month, units sold per item this quarter]
keywords: [sales, sold, sell, units, item, items]
params:
  period: {type: date_range, default: last month}
  item: {type: string, optional: true}""",
    "SELECT i.label, SUM(s.qty) AS units FROM sales s JOIN items i ON i.id = s.item_id "
    "WHERE s.day BETWEEN :period_start AND :period_end "
    "{% if item %}AND i.label = :item {% endif %}GROUP BY i.label",
)
COMPLAINTS = (
    """title: Complaints by cause
examples: [complaints by cause last month, why did people complain this quarter]
keywords: [complaints, complaint, complained, cause, causes]
params:
  period: {type: date_range, default: last month}
  cause: {type: string, optional: true}""",
    "SELECT cause, COUNT(*) AS complaints FROM complaints "
    "WHERE day BETWEEN :period_start AND :period_end "
    "{% if cause %}AND cause = :cause {% endif %}GROUP BY cause",
)
SHELF = (
    """title: Shelf stock levels
examples: [shelf stock levels, which items are low on the shelf]
keywords: [stock, shelf, on hand, units, inventory, items]
params:
  under: {type: int, default: 10}""",
    "SELECT label, on_hand FROM items WHERE on_hand < :under ORDER BY on_hand",
)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = library_of(
        tmp_path / "lib", {"item_sales": SALES, "complaints": COMPLAINTS, "shelf": SHELF}
    )
    lib.known_values = {
        "item_sales": {"item": ["Garden Hose", "Stone Planter"]},
        "complaints": {"cause": ["late or lost", "rude staff"]},
    }
    _INDEX_CACHE.clear()
    yield lib
    _INDEX_CACHE.clear()


def _decide(text: str, lib: Library, switch: str, on: bool) -> Decision:
    saved = getattr(signals, switch)
    setattr(signals, switch, on)
    _INDEX_CACHE.clear()
    try:
        return match(text, lib, TODAY)
    finally:
        setattr(signals, switch, saved)
        _INDEX_CACHE.clear()


def _best_ignored(text: str, lib: Library, on: bool) -> list[str]:
    saved = signals.VALUE_WORD_FORMS_TAKEN
    signals.VALUE_WORD_FORMS_TAKEN = on
    _INDEX_CACHE.clear()
    try:
        ruled = decide_by_rules(text, lib, TODAY, 1)
    finally:
        signals.VALUE_WORD_FORMS_TAKEN = saved
        _INDEX_CACHE.clear()
    _s, query, x = ruled.results[0]
    assert query.name == "item_sales" and x.binds["item"] == "Garden Hose"
    return list(x.ignored)


def test_a_value_said_in_the_plural_is_that_value(library: Library) -> None:
    text = "how many Garden Hoses did we sell in October"
    assert _best_ignored(text, library, True) == []
    assert "Hoses" in _best_ignored(text, library, False)


def test_an_or_inside_a_value_joins_no_conditions(library: Library) -> None:
    text = "late or lost complaints in October"
    d = _decide(text, library, "OR_INSIDE_VALUE_JOINS_NOTHING", True)
    assert (d.status, d.query) == ("matched", "complaints")
    assert d.params["cause"] == "late or lost"
    assert d.params["period_start"] == "2026-10-01"
    off = _decide(text, library, "OR_INSIDE_VALUE_JOINS_NOTHING", False)
    assert off.status != "matched"


def test_an_or_between_two_values_still_joins_conditions(library: Library) -> None:
    d = _decide(
        "rude staff or late or lost complaints in October", library,
        "OR_INSIDE_VALUE_JOINS_NOTHING", True,
    )  # fmt: skip
    assert d.status != "matched"


def test_a_value_alone_does_not_choose_a_query_another_titles(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The value gives the sales query its lead; the shelf query's title says "shelf", which the
    # sales query leaves unused, and its words alone score well above the sales query's (this
    # small library's words lead by 0.17: the margin is set just under it).
    monkeypatch.setattr(signals, "VALUES_CHOSE_WORDS_MARGIN", 0.15)
    ruled = decide_by_rules("how many Stone Planter units on the shelf", library, TODAY, 1)
    _s, query, best = ruled.results[0]
    assert query.name == "item_sales" and best.binds["item"] == "Stone Planter"
    assert "shelf" in best.ignored
    assert values_chose(best, ruled.results)
    monkeypatch.setattr(signals, "TICKET_ON_VALUES_AND_SHARED_WORDS", False)
    assert not values_chose(best, ruled.results)
    monkeypatch.setattr(signals, "TICKET_ON_VALUES_AND_SHARED_WORDS", True)
    monkeypatch.setattr(signals, "VALUES_CHOSE_WORDS_MARGIN", 0.2)
    assert not values_chose(best, ruled.results)


def test_a_value_with_the_words_of_its_query_is_no_value_alone(library: Library) -> None:
    ruled = decide_by_rules("units of Stone Planter sold last month", library, TODAY, 1)
    _s, query, best = ruled.results[0]
    assert query.name == "item_sales" and best.binds["item"] == "Stone Planter"
    assert not values_chose(best, ruled.results)
