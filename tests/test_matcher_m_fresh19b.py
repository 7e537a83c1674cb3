"""Issue 10, a fresh library's answers (round 19b): what two new hands' libraries showed.

A choice whose name joins a superlative and another word (`latest_joined`) is also said by
those words in another order or form, side by side ("joined latest", "the latest join year"),
and then beats a synonym sharing only its other word (choice_phrases.CHOICE_BY_ITS_WORDS). A
column merely named for an aggregate ("total_balance", the row's two balances added) is no
aggregate of one column beside its siblings: naming a sibling misplaces nothing
(misplaced_figure.CALLED_AGGREGATES_ONLY). A number said right after a comparison word ("members
under 47") is no free-text value (text.BOUND_NUMBER_NO_TEXT). Small libraries written here, each behaviour with
its switch on and off.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.library.types import choice_phrases
from bot.library.types import text as text_types
from bot.matching import misplaced_figure
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

MEMBERS = (
    "title: Members\n"
    "description: One row per member with name and the year they joined. Sorted by name"
    " (default), earliest or latest to join.\n"
    "examples: [list our members, members by year they joined]\n"
    "keywords: [member, members, name, joined, join year]\n"
    "params:\n"
    "  club: {type: string, optional: true, label: member's club}\n"
    "  sort:\n"
    "    type: choice\n"
    "    choices: [name, earliest_joined, latest_joined]\n"
    "    default: name\n"
    "    synonyms: {alphabetical: name, join year: earliest_joined, newest: latest_joined}",
    "SELECT m.name, m.year_join FROM members AS m\n"
    "{% if club %}WHERE m.club = :club\n{% endif %}"
    "ORDER BY {% if sort == 'earliest_joined' %}m.year_join{% elif sort == 'latest_joined' %}"
    "m.year_join DESC{% else %}m.name{% endif %}",
)
HOLDINGS = (
    "title: Holdings per client\n"
    "description: One row per client with the stock and bond holdings and the two added"
    " together. Sorted by the largest total (default) or the smallest total.\n"
    "examples: [holdings of every client, clients by total holdings]\n"
    "keywords: [client, clients, stock, bond, holdings, total, combined]\n"
    "params:\n"
    "  sort:\n"
    "    type: choice\n"
    "    choices: [total, lowest_total]\n"
    "    default: total\n"
    "    synonyms: {smallest total: lowest_total}",
    "SELECT c.name, s.amount AS stock_holdings, b.amount AS bond_holdings,\n"
    "       s.amount + b.amount AS total_holdings\n"
    "FROM clients AS c JOIN stocks AS s ON s.client = c.id JOIN bonds AS b ON b.client = c.id\n"
    "ORDER BY total_holdings {% if sort == 'lowest_total' %}ASC{% else %}DESC{% endif %}",
)


def _lib(tmp_path: Path) -> object:
    clear_index_cache()
    return _library(tmp_path / "lib", {"members": MEMBERS, "client_holdings": HOLDINGS})


@pytest.mark.parametrize(
    "text",
    ["What is the name of the member who joined latest?", "the member with the latest join year"],
)
def test_choice_said_by_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    lib = _lib(tmp_path)
    on = match(text, lib, TODAY)
    assert (on.query, on.params["sort"]) == ("members", "latest_joined")
    assert match("members by join year", lib, TODAY).params["sort"] == "earliest_joined"
    monkeypatch.setattr(choice_phrases, "CHOICE_BY_ITS_WORDS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).params.get("sort") != "latest_joined"


def test_named_total_is_no_misplaced_aggregate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _lib(tmp_path)
    text = "the sum of stock and bond holdings of every client, ordered by the total holdings"
    on = match(text, lib, TODAY)
    assert (on.status, on.query) == ("matched", "client_holdings")
    monkeypatch.setattr(misplaced_figure, "CALLED_AGGREGATES_ONLY", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status == "unmatched"


def test_number_after_a_comparison_is_no_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _lib(tmp_path)
    text = "members under 47"
    assert match(text, lib, TODAY).params.get("club") is None
    assert match("members of club 47", lib, TODAY).params.get("club") == "47"
    monkeypatch.setattr(text_types, "BOUND_NUMBER_NO_TEXT", False)
    clear_index_cache()
    assert match(text, lib, TODAY).params.get("club") == "47"
