"""A number right after its own parameter's word is named by it: "floor 0 aisles" is floor 0,
the aisles are what it qualifies, not its unit (bot.matching.number_units.
OWN_WORD_BEFORE_NO_UNIT). Switched off, "aisle" (another numeric parameter's word) read as
the unit of 0 made a misread number, so a ticket. A small library written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.library.loader import load_library
from bot.library.model import Library
from bot.matching import number_units
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

AISLES = """/*---
title: Aisle summary
description: One row per aisle with its floor and how many boxes it holds.
keywords: [aisles, aisle, floor, boxes, warehouse]
examples:
  - how many boxes are in each aisle
  - aisles on floor 2
params:
  aisle: {type: int, optional: true, min: 1, max: 999, label: aisle number}
  floor: {type: int, optional: true, min: 0, max: 5, label: floor (0 = ground)}
  min_boxes: {type: int, optional: true, min: 1, label: at least this many boxes}
---*/
SELECT aisle, floor, COUNT(*) AS boxes FROM boxes WHERE 1 = 1
{% if aisle is not none %}AND aisle = :aisle{% endif %}
{% if floor is not none %}AND floor = :floor{% endif %}
GROUP BY aisle, floor
{% if min_boxes is not none %}HAVING COUNT(*) >= :min_boxes{% endif %}
"""

STAFF = """/*---
title: Staff roster
keywords: [staff, workers, shifts]
examples: [who works the night shift]
---*/
SELECT name, shift FROM staff
"""


def _library(root: Path) -> Library:
    root.mkdir()
    (root / "aisle_summary.sql").write_text(AISLES, encoding="utf-8")
    (root / "staff_roster.sql").write_text(STAFF, encoding="utf-8")
    clear_index_cache()
    return load_library(root)


def test_a_number_named_by_its_word_has_no_unit_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib")
    text = "For each floor 0 aisle, report the total number of boxes."
    on = match(text, lib, TODAY)
    assert (on.status, on.query, on.params["floor"]) == ("matched", "aisle_summary", 0)
    monkeypatch.setattr(number_units, "OWN_WORD_BEFORE_NO_UNIT", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status == "unmatched"


@pytest.mark.parametrize(
    "text", ["aisles with at least 4 floors", "which aisles have 4 or more floors"]
)
def test_a_bound_is_not_named_by_its_word(
    tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "at least 4 floors", "4 or more": a comparison says the number's role, no word names it;
    the switch changes nothing."""
    lib = _library(tmp_path / "lib")
    on = match(text, lib, TODAY)
    monkeypatch.setattr(number_units, "OWN_WORD_BEFORE_NO_UNIT", False)
    clear_index_cache()
    off = match(text, lib, TODAY)
    assert (on.status, on.query, on.params) == (off.status, off.query, off.params)
