"""Issue 10, out-of-scope runs (round 23): requests the library cannot answer that ran a query.
Conditions joined by "or" found where the request says them ("more than 5000 or …" binds 5001,
"Florida" a state code), a sort choice that shares a word with "above the average", and a
negation before a comparison word that governs no number ("aren't under construction").
Small libraries written here, each switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import either_values, relative_choice, structure
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

TRACKS = (
    "title: Track directory\n"
    "description: Every race track with its state, the year it opened and its seating.\n"
    "examples: [tracks in Florida, tracks opened in 1950, tracks with more than 5000 seats]\n"
    "keywords: [track, tracks, opened, seating, seats, state, located]\n"
    "params:\n  state:\n    type: choice\n    optional: true\n    choices: [FL, CA]\n"
    "    synonyms: {florida: FL, california: CA}\n"
    "  opened_in: {type: int, optional: true, label: opened in year}\n"
    "  min_seating: {type: int, optional: true, min: 0, label: at least (seats)}",
    "SELECT name, state, year_opened, seating FROM track WHERE 1 = 1 "
    "{% if state %}AND state = :state{% endif %} "
    "{% if opened_in %}AND year_opened = :opened_in{% endif %} "
    "{% if min_seating %}AND seating >= :min_seating{% endif %} ORDER BY name",
)
RACES = (
    "title: Race schedule\n"
    "description: Every race with its date and class.\n"
    "examples: [list the races, races this year]\n"
    "keywords: [race, races, schedule, class, date]",
    "SELECT name, class, date FROM race ORDER BY date",
)


def _run(text: str, lib: object) -> tuple[str, str | None]:
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    return d.status, d.query


def test_conditions_joined_by_or(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "lib", {"track_directory": TRACKS, "race_schedule": RACES})
    texts = [
        "tracks opened in 2001 or located in Florida",
        "tracks with more than 5000 seats or in California",
    ]
    for text in texts:
        assert _run(text, lib)[0] != "matched", text
    # the same conditions joined by "and", or said alone, still run
    assert _run("tracks opened in 2001 and located in Florida", lib) == (
        "matched",
        "track_directory",
    )
    assert _run("tracks with more than 5000 seats", lib) == ("matched", "track_directory")
    assert _run("tracks with 5000 seats or more", lib) == ("matched", "track_directory")
    monkeypatch.setattr(either_values, "EITHER_CONDITIONS_TICKET", False)
    clear_index_cache()
    assert _run(texts[0], lib) == ("matched", "track_directory")


TRADES = (
    "title: Trading activity per lot\n"
    "description: Per lot, number of transactions, total and average transaction amount.\n"
    "examples: [average transaction amount per lot, which lots are traded most]\n"
    "keywords: [lot, lots, traded, trades, average amount, total amount]\n"
    "params:\n  sort:\n    type: choice\n    choices: [most_transactions, avg_amount]\n"
    "    default: most_transactions\n"
    "    synonyms: {most traded: most_transactions, average amount: avg_amount}",
    "SELECT lot_id, COUNT(*) AS transactions, AVG(amount) AS avg_amount FROM trades "
    "GROUP BY lot_id ORDER BY {% if sort == 'avg_amount' %}avg_amount DESC"
    "{% else %}transactions DESC{% endif %}",
)
FEES = (
    "title: Campus fees\n"
    "description: Every campus with its fee; optionally those above or below the average fee.\n"
    "examples: [campus fees, campuses with a fee above average]\n"
    "keywords: [campus, campuses, fee, fees]\n"
    "params:\n  relative_to_average:\n    type: choice\n    optional: true\n"
    "    choices: [above, below]\n"
    "    synonyms: {above average: above, higher than average: above, below average: below}",
    "SELECT campus, fee FROM fees WHERE 1 = 1 {% if relative_to_average == 'above' %}"
    "AND fee > (SELECT AVG(fee) FROM fees){% endif %} ORDER BY campus",
)


def test_sort_choice_sharing_a_word_with_a_comparison(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"lot_activity": TRADES, "campus_fees": FEES})
    text = "trades above the average amount"
    assert _run(text, lib)[0] != "matched"
    # a choice that says the comparison itself still answers it
    assert _run("campuses with a fee higher than average", lib) == ("matched", "campus_fees")
    assert _run("average amount per lot", lib) == ("matched", "lot_activity")
    monkeypatch.setattr(relative_choice, "CHOICE_HOLDS_COMPARATOR", False)
    clear_index_cache()
    assert _run(text, lib) == ("matched", "lot_activity")


def test_negation_before_a_comparison_word_without_a_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "construction" in structure.negated_stems("buildings that aren't under construction")
    assert structure.negated_stems("accounts with no more than 2 loans") == frozenset()
    assert "over" not in structure.negated_stems("stays not over 5 nights")
    monkeypatch.setattr(structure, "COMPARATOR_WITHOUT_NUMBER_NEGATES", False)
    assert structure.negated_stems("buildings that aren't under construction") == frozenset()
