"""Issue 10, answerable requests that became tickets (round 13): a request word no query
knows that shortens exactly one library word ("chars" for characteristics, "hrs" for hours)
stands for that word (abbreviated.ABBREVIATED_WORDS). Small libraries written here, the
behaviour with its switch on and off, and the shapes it reads and refuses.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language import wordlists
from bot.matching import abbreviated
from bot.matching.abbreviated import abbreviated as shortened
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The signal ships off (abbreviated.py says why): these tests check it switched on."""
    monkeypatch.setattr(abbreviated, "ABBREVIATED_WORDS", True)


FEATURES = (
    "title: Product characteristics\n"
    "description: Each product with its characteristics and their values.\n"
    "examples: [characteristics of the basil, what characteristics does cumin have]\n"
    "keywords: [product, products, characteristic, characteristics, feature, features, value]",
    "SELECT p.product_name, c.characteristic_name, pc.value FROM product_characteristics AS pc "
    "JOIN products AS p ON p.product_id = pc.product_id "
    "JOIN characteristics AS c ON c.characteristic_id = pc.characteristic_id ORDER BY 1",
)
PRICES = (
    "title: Product prices\n"
    "description: Each product with its typical buying and selling price.\n"
    "examples: [selling price of basil, cheapest products]\n"
    "keywords: [product, products, price, prices, buying, selling, cost]",
    "SELECT product_name, typical_buying_price, typical_selling_price FROM products ORDER BY 1",
)
PLAYTIME = (
    "title: Hours played per game\n"
    "description: Total hours played of each video game by all students.\n"
    "examples: [total hours played per game, most played games]\n"
    "keywords: [hours, hours played, play time, game, games, total, played]",
    "SELECT g.gname, SUM(p.hours_played) AS hours FROM plays_games AS p "
    "JOIN video_games AS g ON g.gameid = p.gameid GROUP BY g.gname ORDER BY hours DESC",
)
ROSTER = (
    "title: Game roster\n"
    "description: Each video game with its type.\n"
    "examples: [list of games, games of type sports]\n"
    "keywords: [game, games, type, types, list, catalog]",
    "SELECT gname, gtype FROM video_games ORDER BY gname",
)


def _run(text: str, lib: object) -> tuple[str, str | None]:
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    return d.status, d.query


@pytest.mark.parametrize(
    ("text", "libs", "want"),
    [
        ("chars of every product w/ their values pls", {"f": FEATURES, "p": PRICES}, "f"),
        ("total hrs per game?", {"t": PLAYTIME, "r": ROSTER}, "t"),
    ],
)
def test_shortened_word_stands_for_its_library_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, libs: dict, want: str
) -> None:
    lib = _library(tmp_path / "lib", libs)
    clear_index_cache()
    assert _run(text, lib) == ("matched", want)
    monkeypatch.setattr(abbreviated, "ABBREVIATED_WORDS", False)
    # the hand list has since learnt "hrs" (m-recall18): off, only its shape would read it
    monkeypatch.delitem(wordlists.ABBREVIATIONS, "hrs", raising=False)
    clear_index_cache()
    assert _run(text, lib) != ("matched", want)


@pytest.mark.parametrize(
    ("word", "stems", "want"),
    [
        ("chars", {"characteristic", "value"}, "characteristic"),
        ("hrs", {"hour", "game"}, "hour"),
        ("pts", {"point", "driver"}, "point"),
        ("spec", {"specification", "name"}, "specification"),
        ("cust", {"customer"}, "customer"),
        ("stand", {"standard"}, None),  # more than half the word
        ("season", {"seasonaliti"}, None),
        ("stand", {"standardization"}, None),  # a general English word
        ("prs", {"price", "part"}, None),  # two words fit: none counts
        ("work", {"workload"}, None),  # not cut before a vowel
        ("emp", {"employee"}, None),  # too short a clip
        ("live", {"lives"}, None),  # a clip ends with a consonant
        ("char", {"chart"}, None),  # the full word is hardly longer
    ],
)
def test_shapes_of_a_shortened_word(word: str, stems: set[str], want: str | None) -> None:
    assert shortened(word, (stems,)) == want


def test_header_words_before_sql_words() -> None:
    assert shortened("hrs", ({"hour"}, {"hour", "holder"})) == "hour"
    assert shortened("hrs", (set(), {"hour"})) == "hour"
    assert shortened("hrs", ({"hour", "hunter"}, set())) is None


def test_shortened_word_is_not_left_unused(tmp_path: Path) -> None:
    lib = _library(tmp_path / "lib", {"f": FEATURES, "p": PRICES})
    clear_index_cache()
    d = match("chars of every product w/ their values pls", lib, TODAY)  # type: ignore[arg-type]
    assert (d.status, d.query, d.ignored) == ("matched", "f", [])
