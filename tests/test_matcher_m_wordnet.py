"""WordNet synonyms of a request word no query knows (issue 10): "nations" meets a library's
countries, "pupils" its students, only where the library knows the synonym. The switch is off
as shipped (it did not help on the tuning sets); these tests turn it on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language.textnorm import stem
from bot.language.wordnet import synonym_stems
from bot.matching import word_forms
from bot.matching.matcher import clear_index_cache, match
from bot.matching.word_forms import other_form

TODAY = date(2026, 11, 22)

COUNTRIES = (
    "title: Countries by population\nkeywords: [country, population]",
    "SELECT country, population FROM country ORDER BY population DESC",
)
ROOMS = (
    "title: Rooms per floor\nkeywords: [rooms, floor]",
    "SELECT floor, COUNT(*) AS rooms FROM room GROUP BY floor",
)


def _none(_word: str) -> str | None:
    return None


def test_the_table_ships_and_gives_common_synonyms() -> None:
    assert stem("country") in synonym_stems("nations")
    assert stem("student") in synonym_stems("pupils")
    assert synonym_stems("zzzz") == ()


def test_a_synonym_counts_only_where_the_library_knows_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(word_forms, "WORDNET_SYNONYMS", True)
    assert other_form("nations", {stem("country")}, set(), _none) == [stem("country")]
    assert other_form("nations", {stem("room")}, set(), _none) is None
    monkeypatch.setattr(word_forms, "WORDNET_SYNONYMS", False)
    assert other_form("nations", {stem("country")}, set(), _none) is None


def test_nations_finds_the_countries_query(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_forms, "WORDNET_SYNONYMS", True)
    clear_index_cache()
    lib = _library(tmp_path / "a", {"countries": COUNTRIES, "rooms": ROOMS})
    text = "which nations have the largest population"
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "countries")
    monkeypatch.setattr(word_forms, "WORDNET_SYNONYMS", False)
    clear_index_cache()  # its words were read with the rule on
    assert match(text, lib, TODAY).status == "unmatched"
