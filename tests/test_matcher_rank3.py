"""Which query runs, or the person picks (issue 10, third rank round): what a row of a grouped
result is, each rule behind its switch in bot.matching.signals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.language import ask_focus
from bot.language.entities import find_entities
from bot.library.loader import load_library
from bot.library.model import Library
from bot.matching import signals, sql_words, subject_fit
from bot.matching.context_sentences import blank_unknown_sentences
from bot.matching.group_heads import group_compounds
from bot.matching.matcher import clear_index_cache, index_for, match
from bot.matching.sql_words import group_words

TODAY = date(2026, 11, 22)


def _library(root: Path, files: dict[str, tuple[str, str]]) -> Library:
    root.mkdir()
    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    return load_library(root)


GADGETS = (
    "title: Gadget catalogue\nkeywords: [gadget, gadgets, kind, kinds, list]\n"
    "examples: [list of gadgets we sell]",
    "SELECT Gadget AS gadget, GadgetKind AS kind FROM Gadget_Kind ORDER BY GadgetKind, Gadget",
)
KINDS = (
    "title: Gadget kinds overview\nkeywords: [gadget kind, gadget kinds, kind, kinds, gadgets,"
    " number, count, most, common]\nexamples: [how many gadgets fall under each kind]",
    "SELECT t.GadgetKind AS kind, COUNT(DISTINCT t.Gadget) AS gadgets_in_catalogue\n"
    "FROM Gadget_Kind AS t GROUP BY t.GadgetKind ORDER BY gadgets_in_catalogue DESC",
)


def test_a_compound_group_column_is_a_row_per_its_last_word() -> None:
    sql = KINDS[1]
    assert group_words(sql, heads=True) == frozenset({"kind"})
    assert group_words(sql) == frozenset({"gadget", "kind"})
    assert group_compounds(sql) == frozenset({("gadget", "kind")})
    # a column naming what it keys keeps its words: rows per name, per city code
    assert group_words("SELECT last_name, COUNT(*) FROM a GROUP BY last_name", heads=True) == {
        "last",
        "name",
    }


def test_rows_of_things_are_not_rows_per_their_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"gadget_catalog": GADGETS, "gadget_kinds": KINDS})
    text = "Show all gadgets and their kinds."
    d = match(text, lib, TODAY)
    assert d.query != "gadget_kinds"
    assert "gadget_catalog" in [c.query for c in d.candidates]
    monkeypatch.setattr(signals, "HEADS_OF_GROUP_COLUMNS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "gadget_kinds"


def test_the_compound_said_whole_asks_rows_per_it(tmp_path: Path) -> None:
    lib = _library(tmp_path / "b", {"gadget_catalog": GADGETS, "gadget_kinds": KINDS})
    assert match("Which gadget kind is most common?", lib, TODAY).query == "gadget_kinds"


MEMBERS = (
    "title: Member directory\nkeywords: [member, members, club, town, age, list]\n"
    "examples: [members who live in Leeds, list of members and their towns]",
    "SELECT member_id, first_name, last_name, age, town FROM member ORDER BY member_id",
)
MEMBERS_PER_GROUP = (
    "title: Members per group\nkeywords: [members, number, count, how many, age, town, group]\n"
    "examples: [members per town]\n"
    "params:\n  by: {type: choice, choices: [town, age], default: town}",
    "SELECT {% if by == 'age' %}age{% else %}town{% endif %} AS grp, COUNT(*) AS members\n"
    "FROM member GROUP BY 1 ORDER BY 1",
)


def test_a_corresponding_number_is_one_for_each_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "c", {"member_list": MEMBERS, "members_per_group": MEMBERS_PER_GROUP})
    text = "Show all ages and corresponding number of members."
    d = match(text, lib, TODAY)
    assert (d.query, d.params.get("by")) == ("members_per_group", "age")
    monkeypatch.setattr(sql_words, "CORRESPONDING_PER_ROW", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query != "members_per_group"


SHOPS = (
    "title: Shops per town\nkeywords: [shops, shop, town, towns, different, distinct, count]\n"
    "examples: [how many shops in each town]",
    "SELECT town, COUNT(*) AS shops FROM shop GROUP BY town ORDER BY shops DESC",
)


def test_a_qualifier_in_one_query_keywords_is_no_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(
        tmp_path / "d",
        {"gadget_catalog": GADGETS, "gadget_kinds": KINDS, "shops_per_town": SHOPS},
    )
    text = "What are the different gadget kinds?"
    on = match(text, lib, TODAY)
    assert on.query == "gadget_kinds"
    monkeypatch.setattr(subject_fit, "QUALIFIERS_NOT_SUBJECTS", False)
    clear_index_cache()
    # "different" counted as the shops query's subject, which the kinds overview lacks
    assert match(text, lib, TODAY).confidence <= on.confidence - subject_fit.FOREIGN_PENALTY


SALES = (
    "title: Sales by shop\nkeywords: [sales, revenue, shop, shops, per shop]\n"
    "examples: [sales per shop last month, revenue by shop this year]\n"
    "params:\n  period: {type: date_range, default: last month}",
    "SELECT shop, SUM(amount) AS sales FROM sale\n"
    "WHERE sold_at BETWEEN :period_start AND :period_end GROUP BY shop",
)
STOCK = (
    "title: Stock on hand\nkeywords: [stock, inventory, units, on hand]\n"
    "examples: [how much stock do we hold]",
    "SELECT item, units FROM stock ORDER BY units",
)


def test_a_sentence_of_context_after_the_ask_is_no_unknown_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "e", {"sales_by_shop": SALES, "stock_on_hand": STOCK})
    text = "sales per shop last month? Marketing wants it for their retro, cheers mate"
    # bot.language.ask_focus blanks such a sentence by its English form; this rule, by the
    # library's words, does it alone too
    monkeypatch.setattr(ask_focus, "BLANK_TELLING_SENTENCES", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "sales_by_shop"
    monkeypatch.setattr(signals, "CONTEXT_SENTENCES_BLANK", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status == "unmatched"


def test_an_ask_the_library_lacks_stays_unanswered_before_known_words(tmp_path: Path) -> None:
    lib = _library(tmp_path / "f", {"sales_by_shop": SALES, "stock_on_hand": STOCK})
    assert match("how happy are our cashiers lately? sales looked fine", lib, TODAY).query is None
    # a sentence with a date or a number in it is no mere context: it stays
    ent = find_entities("sales per shop last month? cheers, sorry: in October 2025", TODAY)
    kept = blank_unknown_sentences(ent.masked, ent.text, index_for(lib).knows_words_of)
    assert kept == ent.masked
    ent = find_entities("sales per shop last month? cheers, sorry", TODAY)
    blanked = blank_unknown_sentences(ent.masked, ent.text, index_for(lib).knows_words_of)
    assert len(blanked) == len(ent.masked) and blanked.rstrip().endswith("shop           ?")


TOWNS = (
    "title: Membership by area\nkeywords: [area, areas, membership]\nexamples: [members per town]",
    "SELECT town, COUNT(*) AS members FROM member GROUP BY town ORDER BY town",
)


def test_a_column_asked_for_alone_is_not_read_off_a_listing_repeating_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "g", {"member_list": MEMBERS, "towns": TOWNS})
    text = "What towns do members live in?"
    assert match(text, lib, TODAY).query == "towns"
    monkeypatch.setattr(signals, "REPEATED_VALUES_PENALTY", 0.0)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "member_list"
    # the listing's own rows asked for: the listing answers
    monkeypatch.setattr(signals, "REPEATED_VALUES_PENALTY", 0.3)
    clear_index_cache()
    assert match("Show all members and their towns.", lib, TODAY).query != "towns"
