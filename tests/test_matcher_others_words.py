"""Requests worded by others over a small library (issue 10): each rule on a library written
here, and each switched off to show it is the rule that does it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.library.model import Library
from bot.library.types import numbers
from bot.matching.matcher import match
from tests.support import library_of

TODAY = date(2026, 11, 22)

SHELF = (
    """title: Items short on the shelf
description: Items whose count on the shelf is under a limit.
examples:
  - items short on the shelf
  - items with fewer than 5 on the shelf
keywords: [shelf, short, items]
params:
  limit_units: {type: int, default: 10, min: 0, label: shelf count}""",
    "SELECT item, shelf_count FROM items WHERE shelf_count < :limit_units ORDER BY shelf_count",
)


@pytest.fixture
def shelf(tmp_path: Path) -> Library:
    return library_of(tmp_path / "lib", {"short_items": SHELF})


def test_a_bound_the_sql_points_the_other_way_is_no_value(
    shelf: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `shelf_count < :limit_units` is an upper bound: "more than 40" cannot be its value
    assert match("items short on the shelf with fewer than 5", shelf, TODAY).params == {
        "limit_units": 5
    }
    text = "items short on the shelf with more than 40"
    assert match(text, shelf, TODAY).status == "unmatched"
    monkeypatch.setattr(numbers, "SQL_SAYS_THE_BOUND", False)
    assert match(text, shelf, TODAY).params == {"limit_units": 40}
