"""Issue 10, wrong answers on unseen libraries (round 11): "how much … in total" asks for one
sum, as "the total amount" does; a listing of payments that shows no sum cannot answer it, so
the request is not run on it (HOW_MUCH_IN_TOTAL_IS_SUM). A small library written here, with the
switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import aggregates_asked, sql_words
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

PAYMENT_LIST = (
    "title: Payments received\n"
    "description: Every payment with its date, method (Card, Transfer), amount and the payer.\n"
    "examples: [recent payments, payments made by card, payment history]\n"
    "keywords: [payment, payments, paid, pay, received, amount, method, card, transfer]\n"
    "params:\n  method:\n    type: choice\n    choices: [Card, Transfer]\n    optional: true\n"
    "    synonyms: {card: Card, transfer: Transfer, bank transfer: Transfer}",
    "SELECT paid_on, method, amount, payer FROM payment WHERE 1 = 1 "
    "{% if method %}AND method = :method{% endif %} ORDER BY paid_on DESC",
)
MEMBER_LIST = (
    "title: Member directory\n"
    "description: Every member with their town and the date they joined.\n"
    "examples: [list our members, members in a town]\n"
    "keywords: [member, members, town, joined, directory]",
    "SELECT member_name, town, joined_on FROM member ORDER BY member_name",
)
LIBRARY = {"payment_list": PAYMENT_LIST, "member_list": MEMBER_LIST}


def _run(text: str, lib: object) -> tuple[str, str | None]:
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    return d.status, d.query


def test_how_much_in_total_is_a_sum(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "lib", LIBRARY)
    text = "How much have we received in card payments in total?"
    assert _run(text, lib) != ("matched", "payment_list")
    other = "how much have we received from card payments altogether?"
    assert _run(other, lib) != ("matched", "payment_list")
    # the listing itself is still asked for, and "how many … in total" stays a count
    assert _run("show the payments made by card", lib) == ("matched", "payment_list")
    assert aggregates_asked.asked_aggregates("how many payments were made in total?") == frozenset()
    assert aggregates_asked.asked_aggregates("how much did we receive in total?") == {"sum"}
    monkeypatch.setattr(sql_words, "HOW_MUCH_IN_TOTAL_IS_SUM", False)
    clear_index_cache()
    assert _run(text, lib) == ("matched", "payment_list")
    assert _run(other, lib) == ("matched", "payment_list")
