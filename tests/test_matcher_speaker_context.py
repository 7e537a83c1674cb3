"""Who asks and why, around the ask (bot.language.speaker_context): a role label before it,
a purpose after it, a thanks and a name closing the message. Each rule on a small library
written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.errors import UserFacingError
from bot.language import speaker_context
from bot.library.model import Library
from bot.matching.matcher import clear_index_cache, match
from tests.support import library_of

TODAY = date(2026, 11, 22)

PARCELS = (
    "title: Parcels delivered per day\n"
    "examples:\n  - parcels delivered last month\n  - deliveries per day this week\n"
    "keywords: [parcels, deliveries, delivered]\n"
    "params:\n  period: {type: date_range, default: last month, label: period}",
    "SELECT day, COUNT(*) AS parcels FROM parcel"
    " WHERE day BETWEEN :period_start AND :period_end GROUP BY 1",
)
COURIERS = (
    "title: Couriers by depot\n"
    "examples:\n  - couriers per depot\n  - how many couriers work at each depot\n"
    "keywords: [couriers, depot, depots, drivers]\n"
    "params:\n  depot:\n    type: choice\n    choices: [north, south, harbour]\n    optional: true",
    "SELECT depot, COUNT(*) AS couriers FROM courier"
    " {% if depot %} WHERE depot = :depot {% endif %} GROUP BY depot",
)


def _library(root: Path) -> Library:
    clear_index_cache()
    return library_of(root, {"parcels": PARCELS, "couriers": COURIERS})


def _decide(lib: Library, text: str) -> tuple[str, str | None, dict]:
    d = match(text, lib, TODAY)
    return d.status, d.query, d.params


def test_a_role_label_is_no_word_of_the_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a")
    for text in (
        "Rota supervisor lead here: couriers per depot?",
        "Rostering intern q: couriers per depot",
        "Rostering squad team needs couriers per depot",
    ):
        assert _decide(lib, text)[:2] == ("matched", "couriers"), text
    monkeypatch.setattr(speaker_context, "BLANK_ROLE_LABELS", False)
    assert _decide(lib, "Rota supervisor lead here: couriers per depot?")[0] == "unmatched"


def test_a_purpose_after_the_ask_says_no_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "b")
    text = "parcels delivered last month? trying to size the rota for next week"
    assert _decide(lib, text) == (
        "matched",
        "parcels",
        {"period_start": "2026-10-01", "period_end": "2026-10-31"},
    )
    clause = "parcels delivered last month so I can sanity-check the rota for next week"
    assert _decide(lib, clause)[:2] == ("matched", "parcels")
    monkeypatch.setattr(speaker_context, "BLANK_PURPOSES", False)
    with pytest.raises(UserFacingError):  # "next week" has not begun
        _decide(lib, text)


def test_a_closing_thanks_and_name_are_no_words_of_the_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "c")
    text = "couriers per depot please. Thanks, Helena (rostering office)"
    assert _decide(lib, text)[:2] == ("matched", "couriers")
    monkeypatch.setattr(speaker_context, "BLANK_SIGN_OFFS", False)
    assert _decide(lib, text)[0] == "unmatched"
