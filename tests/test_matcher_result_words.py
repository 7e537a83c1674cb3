"""'Sort the result', 'order the results': the answer itself, never a subject of the library
("test results"): filler_words.RESULT_OBJECT."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.library.loader import load_library
from bot.library.model import Library
from bot.matching import filler_words
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)


def _library(root: Path, files: dict[str, tuple[str, str]]) -> Library:
    root.mkdir()
    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    return load_library(root)


MEMBERS = (
    "title: Members\nkeywords: [member, members, first name, family name]\n"
    "params:\n  sort: {type: choice, choices: [family_name, joined], default: family_name,\n"
    "         synonyms: {alphabetical: family_name}}",
    "SELECT m.member_id, m.first_name, m.family_name FROM Members AS m ORDER BY "
    "{% if sort == 'joined' %}m.joined{% else %}m.family_name{% endif %}",
)
RESULTS = (
    "title: Exam results\nkeywords: [exam, exams, result, results, pass, fail]",
    "SELECT e.exam_id, e.result FROM Exams AS e ORDER BY e.exam_id",
)


def test_sort_the_result_is_no_subject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "a", {"members": MEMBERS, "exam_results": RESULTS})
    text = (
        "What are the first names and family names of the members? Sort the result by family name."
    )
    said = match(text, lib, TODAY)
    assert said.query == "members"
    monkeypatch.setattr(filler_words, "BLANK_RESULT_OBJECT", False)
    clear_index_cache()
    # "result" counts as another query's subject
    assert match(text, lib, TODAY).confidence < said.confidence - 0.1


PRODUCTS = (
    "title: Product catalogue\nkeywords: [product, products, price, prices, store]",
    "SELECT p.code, p.name, p.price FROM Products AS p ORDER BY p.name",
)


@pytest.mark.parametrize(
    "text",
    ["Select the names of all the products in the store.", "Compute the prices of all products."],
)
def test_a_database_question_s_opening_verb_is_an_instruction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    lib = _library(tmp_path / "a", {"products": PRODUCTS, "members": MEMBERS})
    said = match(text, lib, TODAY)
    assert said.query == "products"
    monkeypatch.setattr(filler_words, "DATABASE_OPENING_VERBS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).confidence < said.confidence - 0.1
