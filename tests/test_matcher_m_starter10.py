"""Rules found on the starter library worded by others (issue 10, m-starter10): words naming
people, who asks or who the answer is for ("Retention team asking, …", "the CFO wants …",
"… for the ops team"), are no subject, value or unknown word of the ask; nor is a word for
people in general ("which people left") another query's subject; a choice's words ("which
novels sold the most") name no rows; a superlative inside a library word ("top line") ranks
nothing; a statement after the ask referring back to its time ("… pricing changed that
month") is context, and so is what the person is busy with before the ask ("we're planning
the 2027 offsite, how many …"); rows asked in the query's own keywords ("which territory" of
rows per zone) are its rows; an opening label in words the library lacks ("finance recap: …") is
context, and so is a bound's default said ("… use the normal cutoff").
Each test runs on a small library written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from support import library_of as _library

from bot.language import ask_focus, speaker_context
from bot.matching import (
    asked_result,
    context_sentences,
    own_rows,
    people_said,
    request_reading,
    subject_fit,
)
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

TREND = (
    "title: Visits over time\nkeywords: [visits, people, trend, over time, daily, weekly, monthly]\n"
    "examples: [visits per week this year, daily visits last month]\n"
    "params:\n  period: {type: date_range, default: this year}\n"
    "  grain: {type: choice, choices: [day, week, month], default: month,\n"
    "          synonyms: {daily: day, weekly: week, monthly: month}}",
    "SELECT date_trunc(:grain, visit_date) AS d, COUNT(*) AS visits FROM visits "
    "WHERE visit_date BETWEEN :period_start AND :period_end GROUP BY 1",
)
LAPSED = (
    "title: Lapsed members\nkeywords: [lapsed, left, cancelled, members who left]\n"
    "examples: [members who left last month, lapsed members this year]\n"
    "params:\n  period: {type: date_range, default: last month}",
    "SELECT member_id, email, left_on FROM members "
    "WHERE left_on BETWEEN :period_start AND :period_end",
)
RETENTION = (
    "title: Retention rate\nkeywords: [retention, retention rate, kept members]\n"
    "examples: [retention rate this year, member retention last quarter]\n"
    "params:\n  period: {type: date_range, default: this year}",
    "SELECT AVG(CASE WHEN left_on IS NULL THEN 1 ELSE 0 END) AS retention FROM members "
    "WHERE joined_on BETWEEN :period_start AND :period_end",
)
FILES = {"visits_trend": TREND, "lapsed_members": LAPSED, "retention_rate": RETENTION}


def _decide(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    lib = _library(tmp_path, FILES)
    clear_index_cache()
    return match(text, lib, TODAY)


@pytest.mark.parametrize(
    ("text", "query"),
    [
        # a team named by another query's subject, asking
        ("Retention team asking, which members left last month?", "lapsed_members"),
        ("retention team asking which members left last month", "lapsed_members"),
        # a person by role, as the subject of the ask
        ("the retention lead wants the members who left last month", "lapsed_members"),
        # a department asking, at the message's start
        ("Member retention needs the members who left last month", "lapsed_members"),
        # who the answer is for, after the ask
        ("which members left last month? need names for the retention team", "lapsed_members"),
        # who the speaker is
        ("I'm new on the retention team, which members left last month?", "lapsed_members"),
    ],
)
def test_people_are_not_subjects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, query: str
) -> None:
    d = _decide(tmp_path / "on", text)
    assert (d.status, d.query) == ("matched", query)
    monkeypatch.setattr(people_said, "WHO_ASKS_IS_CONTEXT", False)
    d = _decide(tmp_path / "off", text)
    assert (d.status, d.query) != ("matched", query)


def _spans(text: str, known: frozenset[str] = frozenset()) -> list[str]:
    spans = people_said.people_spans(text, known.__contains__)
    spans += people_said.people_spans(text, known.__contains__, for_whom=True)
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Growth team asking, who left?", ["Growth team asking"]),
        ("the board wants the numbers", ["the board wants"]),
        ("Finance wants the totals for May", ["Finance wants"]),
        ("totals for May, for my manager", ["for my manager"]),
        ("+1 to Sam's ask, totals for May", ["+1 to Sam's ask"]),
        # a question is never who asks
        ("how many members want a refund", []),
        ("which teams asked for more seats", []),
        ("what members need a renewal", []),
    ],
)
def test_people_spans(text: str, said: list[str]) -> None:
    assert _spans(text) == said


def test_a_head_the_library_knows_is_data() -> None:
    """ "goals for the home team" where teams are rows of the library: no people."""
    assert _spans("goals for the home team", frozenset({"team"})) == []
    assert _spans("goals for the home team") == ["for the home team"]


def test_a_known_value_in_a_people_phrase_stays() -> None:
    """ "for the EMEA team" names a region the query may filter on: never dropped."""
    text = "revenue for the EMEA team"
    spans = people_said.people_spans(text, lambda _s: False, for_whom=True)
    assert people_said.blank_people(text, spans, [(16, 20)]) == text
    assert people_said.blank_people(text, spans, []) == "revenue" + " " * 18


@pytest.mark.parametrize("text", ["which people left last month", "people who left last month"])
def test_people_in_general_are_no_other_querys_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """ "people" is a keyword of the visits query only: whoever left are people too."""
    d = _decide(tmp_path / "on", text)
    assert (d.status, d.query) == ("matched", "lapsed_members")
    monkeypatch.setattr(subject_fit, "PEOPLE_NOT_SUBJECTS", False)
    d = _decide(tmp_path / "off", text)
    assert (d.status, d.query) != ("matched", "lapsed_members")


def test_a_table_of_people_stays_a_subject() -> None:
    """Where "people" is a table of the library, its rows are another query's."""
    person = frozenset({"person"})
    assert subject_fit.fit_penalty({}, {"person"}, ["person"], []) == 0.0
    assert subject_fit.fit_penalty({}, {"person"}, ["person"], [], all_tables=person) > 0.0


SALES = (
    "title: Book sales\nkeywords: [book sales, sold, best sellers, units sold]\n"
    "examples: [book sales last month, which books sold best this year]\n"
    "params:\n  period: {type: date_range, default: last month}\n"
    "  genre: {type: choice, choices: [fiction, science], optional: true,\n"
    "          synonyms: {novels: fiction, novel: fiction}}",
    "SELECT b.title, SUM(s.units) AS units FROM sales s JOIN books b USING (book_id) "
    "WHERE s.sold_on BETWEEN :period_start AND :period_end "
    "{% if genre %}AND b.genre = :genre {% endif %}GROUP BY b.title ORDER BY units DESC",
)
INCOME = (
    "title: Income over time\nkeywords: [income, top line, topline, growth, trend]\n"
    "examples: [income per month this year, weekly income last quarter]\n"
    "params:\n  period: {type: date_range, default: this year}\n"
    "  grain: {type: choice, choices: [week, month], default: month,\n"
    "          synonyms: {weekly: week, monthly: month}}",
    "SELECT date_trunc(:grain, paid_on) AS period, SUM(amount) AS income FROM payments "
    "WHERE paid_on BETWEEN :period_start AND :period_end GROUP BY 1 ORDER BY 1",
)


def test_a_choice_word_names_no_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "which novels sold the most": novels is the genre asked, the rows are books."""
    files = {"book_sales": SALES, "visits_trend": TREND}
    text = "which novels sold the most last month"
    d = match(text, _library(tmp_path / "on", files), TODAY)
    assert (d.status, d.query, d.params.get("genre")) == ("matched", "book_sales", "fiction")
    monkeypatch.setattr(request_reading, "CHOICE_WORDS_NOT_ROWS", False)
    clear_index_cache()
    d = match(text, _library(tmp_path / "off", files), TODAY)
    assert (d.status, d.query) != ("matched", "book_sales")


def test_a_superlative_in_a_library_compound_ranks_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "top line" is the library's word for income: "… for each month" is no best per month."""
    files = {"income_trend": INCOME, "book_sales": SALES}
    text = "is the top line growing? show me income for each month this year"
    d = match(text, _library(tmp_path / "on", files), TODAY)
    assert (d.status, d.query, d.params.get("grain")) == ("matched", "income_trend", "month")
    monkeypatch.setattr(asked_result, "IDIOMS_RANK_NOTHING", False)
    clear_index_cache()
    d = match(text, _library(tmp_path / "off", files), TODAY)
    assert (d.status, d.query) != ("matched", "income_trend")


def test_idioms_blanked() -> None:
    known = {"toplin"}.__contains__
    assert asked_result.idioms_blanked("is the top line growing", known) == (
        "is the     line growing"
    )
    assert asked_result.idioms_blanked("the top customers", known) == "the top customers"


@pytest.mark.parametrize(
    "text",
    [
        "retention rate since july? pricing changed that month",
        "retention rate since july? Pricing changed that month.",
    ],
)
def test_a_sentence_telling_what_happened_then_is_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """The second sentence says why that period ("that month" refers back), nothing asked."""
    files = {**FILES, "income_trend": INCOME}
    d = match(text, _library(tmp_path / "on", files), TODAY)
    assert (d.status, d.query) == ("matched", "retention_rate")
    assert d.params == {"period_start": "2026-07-01", "period_end": "2026-11-22"}
    monkeypatch.setattr(context_sentences, "BACK_REFERENCES_ARE_CONTEXT", False)
    clear_index_cache()
    d = match(text, _library(tmp_path / "off", files), TODAY)
    assert (d.status, d.query) != ("matched", "retention_rate")


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("we're planning the 2027 offsite, how many members left last month?", True),
        ("I'm doing member planning for next year, which members left last month", True),
        ("Prepping the board deck, can you pull lapsed members?", True),
        ("planning visits per week, can you help", True),
        # no ask after it: the message is the work itself
        ("we're planning the 2027 offsite, it was great", False),
        ("which members left last month, planning the offsite", False),
    ],
)
def test_a_busy_lead_in(text: str, blanked: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    first = text.split(",")[0]
    assert (speaker_context.blank_speaker_context(text)[: len(first)].strip() == "") is blanked
    monkeypatch.setattr(speaker_context, "BLANK_BUSY_LEAD_INS", False)
    assert speaker_context.blank_speaker_context(text)[: len(first)] == first


def test_a_busy_lead_ins_period_is_no_period_of_the_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "planning for next year": the work's time, not the rows'."""
    text = "I'm doing member planning for next year, which members left last month?"
    d = match(text, _library(tmp_path / "on", FILES), TODAY)
    assert (d.status, d.query) == ("matched", "lapsed_members")
    assert d.params == {"period_start": "2026-10-01", "period_end": "2026-10-31"}
    monkeypatch.setattr(speaker_context, "BLANK_BUSY_LEAD_INS", False)
    clear_index_cache()
    d = match(text, _library(tmp_path / "off", FILES), TODAY)
    assert (d.status, d.query, d.params) != (
        "matched",
        "lapsed_members",
        {"period_start": "2026-10-01", "period_end": "2026-10-31"},
    )


BY_ZONE = (
    "title: Visits by zone\nkeywords: [zone, territory, visits by zone, busiest]\n"
    "examples: [visits per zone last month, which zone had the most visits]\n"
    "params:\n  period: {type: date_range, default: last month}",
    "SELECT zone, COUNT(*) AS visits FROM visits "
    "WHERE visit_date BETWEEN :period_start AND :period_end GROUP BY zone ORDER BY visits DESC",
)


def test_rows_asked_in_the_querys_own_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "which territory": the keywords call the zones territories, no other grain."""
    files = {**FILES, "visits_by_zone": BY_ZONE}
    text = "which territory had the most visits last month"
    d = match(text, _library(tmp_path / "on", files), TODAY)
    assert (d.status, d.query) == ("matched", "visits_by_zone")
    monkeypatch.setattr(own_rows, "OWN_WORDS_ARE_OWN_ROWS", False)
    clear_index_cache()
    d = match(text, _library(tmp_path / "off", files), TODAY)
    assert (d.status, d.query) != ("matched", "visits_by_zone")


def test_a_table_column_or_shared_word_is_never_own_rows() -> None:
    grouped = SimpleNamespace(groups=frozenset({"zone"}), columns=frozenset({"zone", "visit"}))
    own, one = {"territori": 1.0, "member": 1.0, "area": 1.0}, frozenset({"territori", "member"})

    def rows(st: str, fit: SimpleNamespace = grouped) -> bool:
        return own_rows.rows_in_own_words(frozenset({st}), own, fit, frozenset({"member"}), one)

    assert rows("territori")
    assert not rows("member")  # a table of the library
    assert not rows("zone")  # a column of its SQL (and no keyword)
    assert not rows("area")  # another query's keyword too
    assert not rows("territori", SimpleNamespace(groups=None, columns=frozenset()))  # a listing
    assert own_rows.words_of_one_query([{"a": 1.0, "b": 1.0}, {"b": 1.0, "c": 0.5}]) == {"a"}


def test_an_opening_label_is_context(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "finance recap: which members left last month"
    d = _decide(tmp_path / "on", text)
    assert (d.status, d.query) == ("matched", "lapsed_members")
    monkeypatch.setattr(context_sentences, "LABELS_ARE_CONTEXT", False)
    d = _decide(tmp_path / "off", text)
    assert (d.status, d.query) != ("matched", "lapsed_members")


def test_a_label_in_library_words_stays() -> None:
    """ "retention: …" names what is asked: never blanked."""
    text = "retention: this year"
    assert context_sentences.blank_unknown_sentences(text, text, lambda s: "retention" in s) == (
        text
    )
    text = "finance recap: retention"
    assert context_sentences.blank_unknown_sentences(text, text, lambda s: "retention" in s) == (
        " " * 14 + " retention"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("which items are low? use the normal cutoff", "which items are low?"),
        ("items low in stock with the default threshold", "items low in stock"),
        ("how big is a normal order?", "how big is a normal order?"),
    ],
)
def test_a_bounds_default_said(text: str, kept: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ask_focus.blank_context(text).rstrip() == kept
    monkeypatch.setattr(ask_focus, "DEFAULT_BOUND_SAID", False)
    assert ask_focus.blank_context(text) == text
