"""Slack messages around the ask (issue 10, the starter library worded by others): context
sentences and clauses, greetings, corrections, accepted defaults, abbreviated periods. Each rule
is shown on a small library written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.language import (
    ask_focus,
    corrections,
    period_atoms,
    period_days,
    slack_quotes,
    speaker_context,
    textnorm,
)
from bot.language.corrections import apply_corrections
from bot.language.periods import scan_periods
from bot.library.model import Library
from bot.matching import context_sentences, signals, work_cues
from bot.matching.matcher import clear_index_cache, match
from tests.support import library_of

TODAY = date(2026, 11, 22)  # a Sunday

PARCELS = (
    "title: Parcels delivered per day\n"
    "examples:\n  - parcels delivered last month\n  - deliveries per day this week\n"
    "keywords: [parcels, deliveries, delivered, couriers]\n"
    "params:\n  period: {type: date_range, default: last month, label: period}\n"
    "  grain:\n    type: choice\n    choices: [day, week, month]\n    default: day\n"
    "    synonyms: {daily: day, weekly: week, monthly: month}",
    "SELECT date_trunc(:grain, day) AS day, COUNT(*) AS parcels FROM parcel"
    " WHERE day BETWEEN :period_start AND :period_end GROUP BY 1",
)
LOCKERS = (
    "title: Locker lookup\n"
    "examples:\n  - look up locker 5512\n  - details of locker 3021\n"
    "keywords: [locker, lookup, look up, details]\n"
    "params:\n  locker_id: {type: int, min: 1, label: locker number}",
    "SELECT * FROM locker WHERE id = :locker_id",
)
COURIERS = (
    "title: Couriers by depot\n"
    "examples:\n  - couriers per depot\n  - how many couriers work at each depot\n"
    "keywords: [couriers, depot, depots, drivers, staff]\n"
    "params:\n  depot:\n    type: choice\n    choices: [north, south, harbour]\n    optional: true\n"
    "    synonyms: {partner: harbour}",
    "SELECT depot, COUNT(*) AS couriers FROM courier"
    " {% if depot %} WHERE depot = :depot {% endif %} GROUP BY depot",
)


def _library(root: Path) -> Library:
    clear_index_cache()
    return library_of(root, {"parcels": PARCELS, "locker_lookup": LOCKERS, "couriers": COURIERS})


def _decide(lib: Library, text: str) -> tuple[str, str | None, dict]:
    d = match(text, lib, TODAY)
    return d.status, d.query, d.params


def _span(text: str) -> tuple[date, date] | None:
    periods, _problems = scan_periods(text, TODAY)
    return (periods[0].start, periods[0].end) if periods else None


def test_abbreviated_units_are_periods(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _span("parcels last wk") == (date(2026, 11, 9), date(2026, 11, 15))
    assert _span("parcels this qtr") == (date(2026, 10, 1), TODAY)
    monkeypatch.setattr(period_atoms, "ABBREVIATED_UNITS", False)
    assert _span("parcels last wk") is None


def test_the_past_fortnight_is_fourteen_days(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _span("parcels over the past fortnight") == (date(2026, 11, 9), TODAY)
    monkeypatch.setattr(period_atoms, "FORTNIGHT", False)
    assert _span("parcels over the past fortnight") is None


def test_so_far_today_is_today(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _span("parcels so far today") == (TODAY, TODAY)
    monkeypatch.setattr(period_atoms, "SO_FAR_TODAY", False)
    assert _span("parcels so far today") != (TODAY, TODAY)


def test_a_meeting_on_a_weekday_is_no_period(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _span("parcels for Monday's standup") is None
    assert _span("Monday's parcels") == (date(2026, 11, 16), date(2026, 11, 16))
    monkeypatch.setattr(period_days, "WEEKDAY_EVENTS_ARE_NO_PERIODS", False)
    assert _span("parcels for Monday's standup") is not None


def test_a_telling_sentence_after_the_ask_is_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a")
    text = "can we get parcels delivered last week? Finance want it for the quarterly retro."
    assert _decide(lib, text)[:2] == ("matched", "parcels")
    monkeypatch.setattr(ask_focus, "BLANK_TELLING_SENTENCES", False)
    # a sentence after the ask with no word of the library is context by that rule too
    # (bot.matching.context_sentences): off as well, to show this one
    monkeypatch.setattr(signals, "CONTEXT_SENTENCES_BLANK", False)
    assert _decide(lib, text)[0] == "unmatched"


def test_a_telling_sentence_before_the_ask_is_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "b")
    text = "Jo Bloggs says her key stopped working yesterday afternoon. Can you check locker 4471?"
    assert _decide(lib, text) == ("matched", "locker_lookup", {"locker_id": 4471})
    monkeypatch.setattr(ask_focus, "BLANK_TELLING_SENTENCES", False)
    assert _decide(lib, text)[0] == "unmatched"


def test_a_telling_clause_after_a_comma_is_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "c")
    text = "parcels delivered last month pls, I'm preparing the annual budget forecast slides"
    assert _decide(lib, text)[:2] == ("matched", "parcels")
    monkeypatch.setattr(ask_focus, "BLANK_TELLING_CLAUSES", False)
    assert _decide(lib, text)[0] == "unmatched"


def test_a_greeting_is_no_word_of_the_ask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "d")
    text = "morning everybody in logistics! couriers per depot"
    assert _decide(lib, text)[:2] == ("matched", "couriers")
    monkeypatch.setattr(ask_focus, "BLANK_GREETINGS", False)
    assert _decide(lib, text)[0] == "unmatched"


def test_accepting_the_defaults_is_no_word_of_the_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "e")
    text = "daily parcels, whatever timeframe you normally pick works"
    assert _decide(lib, text)[:2] == ("matched", "parcels")
    monkeypatch.setattr(ask_focus, "BLANK_DEFAULTS_SAID", False)
    assert _decide(lib, text)[0] == "unmatched"


def test_what_is_fine_is_kept_as_a_choice() -> None:
    blanked = ask_focus.blank_context("how did parcels move? week by week is fine")
    assert "week by week" in blanked and "fine" not in blanked


def test_a_correction_replaces_what_it_corrects(monkeypatch: pytest.MonkeyPatch) -> None:
    assert apply_corrections("parcels per day for 2025, sorry, I meant per week") == (
        "parcels per week for 2025"
    )
    assert apply_corrections("locker 4218, sorry, typo, I meant 4212") == "locker 4212"
    assert apply_corrections("parcels since 1 Aug, sorry, since 1 July") == "parcels since 1 July"
    assert apply_corrections("parcels this month vs… actually just this month") == (
        "parcels this month"
    )
    # no anchor: left as it is
    assert apply_corrections("parcels, sorry, forgot to say thanks") == (
        "parcels, sorry, forgot to say thanks"
    )
    monkeypatch.setattr(corrections, "APPLY_CORRECTIONS", False)
    assert "4218" in apply_corrections("locker 4218, sorry, typo, I meant 4212")


def test_a_corrected_value_is_the_one_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "f")
    text = "details of locker 4218, sorry, typo, I meant 4212"
    assert _decide(lib, text) == ("matched", "locker_lookup", {"locker_id": 4212})
    monkeypatch.setattr(corrections, "APPLY_CORRECTIONS", False)
    assert _decide(lib, text) != ("matched", "locker_lookup", {"locker_id": 4212})


def test_the_number_not_meant_is_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "g")
    text = "details of locker 30962 not 30926"
    assert _decide(lib, text) == ("matched", "locker_lookup", {"locker_id": 30962})
    monkeypatch.setattr(corrections, "DROP_NOT_NUMBER", False)
    assert _decide(lib, text) != ("matched", "locker_lookup", {"locker_id": 30962})


def test_a_hyphenated_source_reads_as_its_first_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [w for w, _s, _e in textnorm.words("partner-sourced couriers")] == [
        "partner",
        "couriers",
    ]
    lib = _library(tmp_path / "h")
    text = "partner-sourced couriers"
    assert _decide(lib, text)[2].get("depot") == "harbour"
    monkeypatch.setattr(textnorm, "HYPHEN_SUFFIXES_APART", False)
    assert _decide(lib, text)[2].get("depot") != "harbour"


def test_lead_ins_and_pronoun_clauses_are_blanked() -> None:
    lead = ask_focus.blank_context("for the 9am sync with ops: parcels delivered")
    assert "sync" not in lead and "parcels delivered" in lead
    clause = ask_focus.blank_context("look up locker 12, she's locked out of it")
    assert "locked" not in clause and "look up locker 12" in clause
    # a clause about what it is for keeps a value it may name
    kept = ask_focus.blank_context("couriers, it's the harbour depot")
    assert "harbour" in kept


def test_units_written_short_read_as_their_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "i")
    text = "how did parcels move in the past 3 months? wk by wk is fine"
    assert _decide(lib, text)[:2] == ("matched", "parcels")
    assert _decide(lib, text)[2]["grain"] == "week"
    monkeypatch.setattr(textnorm, "SPELL_OUT_UNITS", False)
    assert _decide(lib, text)[2].get("grain") != "week"


def test_split_by_asks_for_a_breakdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "j")
    text = "couriers, split by depot, for the roster"
    assert _decide(lib, text)[:2] == ("matched", "couriers")
    monkeypatch.setattr(work_cues, "SPLIT_IS_A_BREAKDOWN", False)
    # "for the roster" would be blanked as what the answer is for: kept, to show this rule alone
    monkeypatch.setattr(context_sentences, "PURPOSE_PHRASES_BLANK", False)
    assert _decide(lib, text)[0] == "unmatched"


def test_slack_escapes_are_undone(monkeypatch: pytest.MonkeyPatch) -> None:
    assert slack_quotes.unescape("parcels &gt; 10 &amp; couriers") == "parcels > 10 & couriers"
    monkeypatch.setattr(slack_quotes, "UNESCAPE", False)
    assert slack_quotes.unescape("parcels &gt; 10") == "parcels &gt; 10"


def test_a_quoted_earlier_message_is_no_part_of_the_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "k")
    text = "> can you pull parcels delivered last week?\nthanks! now couriers per depot please"
    assert _decide(lib, text)[:2] == ("matched", "couriers")
    # the quote is the ask when the reply says nothing of its own
    assert _decide(lib, "> couriers per depot\nthis please")[:2] == ("matched", "couriers")
    monkeypatch.setattr(slack_quotes, "DROP_QUOTED_LINES", False)
    assert _decide(lib, text)[:2] != ("matched", "couriers")


def test_a_pleasantry_is_no_period(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _span("hope you all had a good weekend") is None
    assert _span("parcels last weekend") is not None
    monkeypatch.setattr(period_days, "PLEASANTRIES_ARE_NO_PERIODS", False)
    assert _span("hope you all had a good weekend") is not None


def test_politeness_is_no_word_of_the_ask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "l")
    text = "no rush, but whenever you get a chance: couriers per depot. Thanks in advance!"
    assert _decide(lib, text)[:2] == ("matched", "couriers")
    monkeypatch.setattr(ask_focus, "BLANK_GREETINGS", False)
    assert _decide(lib, text)[0] == "unmatched"


def test_a_greeting_s_period_is_no_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "m")
    text = "thx for yesterday! one more: parcels delivered this month?"
    assert _decide(lib, text)[2]["period_start"] == "2026-11-01"
    monkeypatch.setattr(ask_focus, "BLANK_GREETINGS", False)
    assert _decide(lib, text)[2].get("period_start") != "2026-11-01"


def test_what_the_answer_is_needed_for_is_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "n")
    text = "Could you pull couriers per depot? Need it before the quarterly planning offsite."
    assert _decide(lib, text)[:2] == ("matched", "couriers")
    seen = "Heads up: the parcel chart on the dashboard looked low. Can you pull parcels last week?"
    assert _decide(lib, seen)[:2] == ("matched", "parcels")
    monkeypatch.setattr(ask_focus, "BLANK_TELLING_SENTENCES", False)
    monkeypatch.setattr(signals, "CONTEXT_SENTENCES_BLANK", False)  # as above
    assert _decide(lib, text)[0] == "unmatched"
    assert _decide(lib, seen)[0] == "unmatched"


def test_corrections_of_a_month_a_quarter_a_name_and_a_bare_number() -> None:
    assert apply_corrections("parcels for October, actually make that September") == (
        "parcels for September"
    )
    assert apply_corrections("parcels for Q2 — wait, Q3") == "parcels for Q3"
    assert apply_corrections("couriers at HQ, sorry I meant DC") == "couriers at DC"
    assert apply_corrections("parcels by week, no, by month") == "parcels by month"
    assert apply_corrections("lockers under 5 actually 10") == "lockers under 10"


def test_a_remark_in_parentheses_and_a_reason_clause_are_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "o")
    remark = "couriers per depot please (the regional director wants headline totals)"
    reason = "couriers per depot, want to see whether hiring kept pace with seasonal volume"
    assert _decide(lib, remark)[:2] == ("matched", "couriers")
    assert _decide(lib, reason)[:2] == ("matched", "couriers")
    # a value in parentheses stays
    assert "harbour" in ask_focus.blank_context("couriers (harbour only)")
    monkeypatch.setattr(ask_focus, "BLANK_TELLING_CLAUSES", False)
    # "want to see whether …" is a purpose read before values too (bot.language.speaker_context)
    monkeypatch.setattr(speaker_context, "BLANK_PURPOSES", False)
    assert _decide(lib, remark)[0] == "unmatched"
    assert _decide(lib, reason)[0] == "unmatched"


def test_mom_reads_as_month_over_month(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "p")
    text = "MoM parcels for 2025"
    assert _decide(lib, text)[2].get("grain") == "month"
    monkeypatch.setattr(textnorm, "SPELL_OUT_UNITS", False)
    assert _decide(lib, text)[2].get("grain") != "month"


def test_a_sentence_that_tells_a_value_is_kept() -> None:
    for text in (
        "Show the couriers of each depot. Their depot is harbour.",
        "How many couriers (depot is harbour) are there?",
        "Find the busiest depot. The busiest depot is the one that had the most parcels.",
    ):
        assert ask_focus.blank_context(text) == text
