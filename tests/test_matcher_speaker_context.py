"""Wording around and inside the ask (issue 10, the starter library worded by others): who
asks and why (bot.language.speaker_context), yesterday written short, days between two dates of
one month, general synonyms of unknown words, aside words. Each rule with its switch on and
off, on a small library written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.errors import UserFacingError
from bot.language import ask_focus, period_atoms, period_days, speaker_context
from bot.language.periods import scan_periods
from bot.library.model import Library
from bot.matching import context_sentences, filler_words, signals, word_forms, work_cues
from bot.matching.matcher import clear_index_cache, match
from bot.matching.structure import asks_action
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


def test_a_value_named_in_a_lead_in_is_still_a_value_of_the_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "v")
    text = "for the harbour shift review: couriers per depot"
    assert _decide(lib, text) == ("matched", "couriers", {"depot": "harbour"})
    monkeypatch.setattr(signals, "VALUES_IN_LEAD_IN", False)
    assert _decide(lib, text) == ("matched", "couriers", {"depot": None})


def test_where_after_who_is_asking_opens_the_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "w")
    text = "Rota supervisor here where can I see couriers per depot?"
    assert _decide(lib, text)[:2] == ("matched", "couriers")
    monkeypatch.setattr(speaker_context, "WHERE_OPENS_AN_ASK", False)
    monkeypatch.setattr(signals, "LEARNED_GATE", False)  # the rules' own decision, no gate
    assert _decide(lib, text)[0] == "unmatched"


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


def test_yesterday_written_short_is_a_period(monkeypatch: pytest.MonkeyPatch) -> None:
    periods, _ = scan_periods("parcels yday", TODAY)
    assert (periods[0].start, periods[0].end) == (date(2026, 11, 21), date(2026, 11, 21))
    monkeypatch.setattr(period_days, "SHORT_YESTERDAY", False)
    assert scan_periods("parcels yday", TODAY)[0] == []


def test_days_between_in_one_month(monkeypatch: pytest.MonkeyPatch) -> None:
    periods, _ = scan_periods("parcels between 24 and 30 Nov 2025", TODAY)
    assert (periods[0].start, periods[0].end) == (date(2025, 11, 24), date(2025, 11, 30))
    monkeypatch.setattr(period_atoms, "DAYS_BETWEEN_IN_A_MONTH", False)
    periods, _ = scan_periods("parcels between 24 and 30 Nov 2025", TODAY)
    assert periods[0].start == date(2025, 11, 30)


TRENDS = (
    "title: Parcels trend\n"
    "examples:\n  - parcels trend by week\n"
    "keywords: [parcels, trend, trends]\n"
    "params:\n  period: {type: date_range, default: last month, label: period}",
    "SELECT week, COUNT(*) AS parcels FROM parcel"
    " WHERE day BETWEEN :period_start AND :period_end GROUP BY 1",
)


def test_a_general_synonym_of_an_unknown_word_is_the_library_s_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "d", {"trend": TRENDS, "couriers": COURIERS})
    assert _decide(lib, "show me the parcels trajectory")[:2] == ("matched", "trend")
    clear_index_cache()
    monkeypatch.setattr(word_forms, "SYNONYMS_OF_UNKNOWN", False)
    assert _decide(lib, "show me the parcels trajectory")[0] == "unmatched"


def test_an_aside_word_is_no_unknown_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "e")
    text = "couriers per depot, anything unusual?"
    assert _decide(lib, text)[:2] == ("matched", "couriers")
    monkeypatch.setattr(filler_words, "DROP_ASIDE_WORDS", False)
    monkeypatch.setattr(signals, "LEARNED_GATE", False)  # the rules' own decision, no gate
    assert _decide(lib, text)[0] == "unmatched"


def test_what_the_answer_is_for_is_no_word_of_the_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "f")
    text = "couriers per depot for the rota planning doc, plaintext is fine"
    assert _decide(lib, text)[:2] == ("matched", "couriers")
    # a phrase the library knows stays: "for the north depot" is a filter
    assert _decide(lib, "couriers for the north depot")[2] == {"depot": "north"}
    monkeypatch.setattr(context_sentences, "PURPOSE_PHRASES_BLANK", False)
    assert _decide(lib, text)[0] == "unmatched"


def test_a_full_year_phrase_is_one_period(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in ("parcels 2025 full year", "parcels for the whole year 2025"):
        periods, _ = scan_periods(text, TODAY)
        assert (periods[0].start, periods[0].end) == (date(2025, 1, 1), date(2025, 12, 31))
        assert "year" in periods[0].text
    monkeypatch.setattr(period_atoms, "FULL_YEAR_PHRASES", False)
    assert "full" not in scan_periods("parcels 2025 full year", TODAY)[0][0].text


def test_a_bare_check_after_a_statement_is_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "g")
    text = "the couriers per depot list shows drivers who left, can someone check?"
    assert _decide(lib, text)[0] == "unmatched"
    monkeypatch.setattr(work_cues, "CHECK_WITHOUT_OBJECT", False)
    assert _decide(lib, text)[:2] == ("matched", "couriers")


def test_what_the_ask_goes_beyond_is_no_second_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "h")
    text = "parcels delivered over the last six months, not just Sept?"
    assert _decide(lib, text) == (
        "matched",
        "parcels",
        {"period_start": "2026-05-01", "period_end": "2026-10-31"},
    )
    monkeypatch.setattr(speaker_context, "BLANK_NOT_JUST", False)
    assert _decide(lib, text)[0] != "matched"


def test_why_in_a_clause_after_the_ask_says_no_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "i")
    text = "parcels delivered for week 45, want to see if the outage on the 4th shows up"
    on = match(text, lib, TODAY)
    assert (on.status, on.params) == (
        "matched",
        {"period_start": "2026-11-02", "period_end": "2026-11-08"},
    )
    monkeypatch.setattr(speaker_context, "BLANK_PURPOSES", False)
    # "on the 4th" counts as a second period: a comparison, so a lower score
    assert match(text, lib, TODAY).confidence < on.confidence - 0.2


def test_the_usual_period_said_inside_the_ask_is_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "j")
    text = "couriers per depot for the usual period, whatever you normally use"
    on = match(text, lib, TODAY)
    assert on.query == "couriers" and "usual" not in on.ignored
    monkeypatch.setattr(ask_focus, "BLANK_DEFAULTS_SAID", False)
    assert "usual" in match(text, lib, TODAY).ignored


def test_a_deadline_is_no_period_of_the_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "k")
    text = "parcels delivered in October before the rota pack goes out on Tuesday"
    on = match(text, lib, TODAY)
    assert (on.status, on.params) == (
        "matched",
        {"period_start": "2026-10-01", "period_end": "2026-10-31"},
    )
    monkeypatch.setattr(speaker_context, "BLANK_DEADLINES", False)
    assert match(text, lib, TODAY).confidence < on.confidence - 0.2


def test_a_date_after_a_noun_is_no_record_acted_on() -> None:
    assert not asks_action("refund reasons 11/2025")
    assert not asks_action("refund reasons 2025-11-01")
    assert asks_action("refund order 44105 in full")
    assert asks_action("cancel order #49393.")


LOCKERS = (
    "title: Locker lookup\n"
    "examples:\n  - look up locker 5512\n  - details of locker 3021\n"
    "keywords: [locker, lookup, look up, details]\n"
    "params:\n  locker_id: {type: int, min: 1, label: locker number}",
    "SELECT * FROM locker WHERE id = :locker_id",
)


def test_a_reported_clause_before_a_request_is_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "l", {"locker_lookup": LOCKERS, "couriers": COURIERS})
    text = "hi! tenant says locker no. 4471 is broken, can I see its details?"
    assert _decide(lib, text) == ("matched", "locker_lookup", {"locker_id": 4471})
    monkeypatch.setattr(ask_focus, "BLANK_REPORTED_CLAUSES", False)
    assert _decide(lib, text)[0] == "unmatched"


def test_an_abbreviation_s_full_stop_ends_no_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "tenant says locker no. 4471 is broken, can I see its details?"
    assert "broken" not in ask_focus.blank_context(text)
    monkeypatch.setattr(ask_focus, "ABBREVIATION_STOPS_END_NOTHING", False)
    assert "broken" in ask_focus.blank_context(text)
