"""Answerable requests that became tickets (issue 10, m-recall): words that only say a thing is
on record ("how many vehicles exist?"), and "each one" read as a breakdown by "one"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import filler_words, signals, subject_fit
from bot.matching.matcher import clear_index_cache, match
from bot.matching.subject_fit import find_breakdowns

TODAY = date(2026, 11, 22)

VANS = (
    "title: Vans\nkeywords: [van, vans, details]",
    "SELECT van_id, van_details FROM vans ORDER BY van_id",
)
DRIVERS = (
    "title: Drivers per depot\nkeywords: [driver, drivers, depot, depots]",
    "SELECT depot, COUNT(*) AS drivers FROM driver GROUP BY depot",
)
PARCELS = (
    "title: Parcels per courier\nkeywords: [parcel, parcels, courier, couriers, delivered]",
    "SELECT courier, COUNT(*) AS parcels FROM parcel GROUP BY courier ORDER BY courier",
)


@pytest.mark.parametrize("text", ["How many vans exist?", "how many vans are in the database?"])
def test_words_that_say_a_thing_is_on_record_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    lib = _library(tmp_path / "a", {"van_list": VANS, "drivers_per_depot": DRIVERS})
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "van_list")
    monkeypatch.setattr(filler_words, "DROP_EXISTENCE_WORDS", False)
    monkeypatch.setattr(signals, "LEARNED_GATE", False)  # the rules' own decision, no gate
    clear_index_cache()  # its words were read with the rule on
    assert match(text, lib, TODAY).status == "unmatched"


def test_each_one_is_no_breakdown(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "what are the couriers and how many parcels did each one deliver?"
    assert find_breakdowns(text) == []
    assert find_breakdowns("parcels by courier") == ["courier"]
    monkeypatch.setattr(subject_fit, "PRONOUNS_NOT_BREAKDOWNS", False)
    assert find_breakdowns(text) == ["one"]


def test_each_one_runs_the_query_per_thing_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "b", {"parcels_per_courier": PARCELS, "van_list": VANS})
    text = "What are the couriers, and how many parcels did each one deliver?"
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "parcels_per_courier")
    monkeypatch.setattr(subject_fit, "PRONOUNS_NOT_BREAKDOWNS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status == "unmatched"
