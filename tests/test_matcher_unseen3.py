"""Rules found on libraries the matcher was never tuned for (issue 10, third round): other forms
of a request word the library knows, and words that only restate the question."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language import ask_focus
from bot.language.textnorm import stem
from bot.matching import filler_words, signals, subject_fit, word_forms, work_cues
from bot.matching.matcher import clear_index_cache, match
from bot.matching.word_forms import joined, split_compound, unknown_form, verb_bases

TODAY = date(2026, 11, 22)


AUDITIONS = (
    "title: Auditions per stage\nkeywords: [auditions, stage, callback]",
    "SELECT stage, COUNT(*) AS auditions FROM audition GROUP BY stage",
)
MEMBERS = (
    "title: Member list\nkeywords: [members, name, city]",
    "SELECT first_name, last_name, city, join_date FROM member ORDER BY last_name",
)
TRYOUTS = (
    "title: Tryout list\nkeywords: [tryout, tryouts, team]",
    "SELECT player, team FROM tryout ORDER BY player",
)


def test_verb_bases_undo_inflections() -> None:
    assert "try" in verb_bases("tried")
    assert "try" in verb_bases("trying")
    assert "log" in verb_bases("logged")
    assert verb_bases("team") == ["team"]


def test_a_verb_and_particle_meet_the_library_s_compound() -> None:
    vocab = {stem("tryout")}
    assert joined("trying", "out", vocab.__contains__) == "tryout"
    assert joined("tried", "out", vocab.__contains__) == "tryout"
    assert joined("trying", "hard", vocab.__contains__) is None
    # the library knows the verb itself: "checked in" stays two words
    assert joined("checked", "in", {stem("check"), stem("checkin")}.__contains__) is None


def test_a_compound_meets_the_library_s_verb() -> None:
    vocab = {stem("sign")}
    assert unknown_form("signups", vocab.__contains__) == stem("sign")
    assert unknown_form("signups", set().__contains__) is None


def test_trying_out_finds_the_tryout_query(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path / "a", {"tryout_list": TRYOUTS, "member_list": MEMBERS})
    text = "which players were trying out for a team?"
    assert match(text, lib, TODAY).query == "tryout_list"
    monkeypatch.setattr(signals, "WORD_FORMS", False)
    clear_index_cache()  # its words were read with the rule on
    assert match(text, lib, TODAY).status == "unmatched"


def test_words_that_restate_the_question_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "b", {"member_list": MEMBERS, "auditions": AUDITIONS})
    text = "quick q: full names and city of the members who attended"
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "member_list")
    monkeypatch.setattr(filler_words, "DROP_RESTATING_WORDS", False)
    clear_index_cache()  # its words were read with the rule on
    assert match(text, lib, TODAY).status != "matched"


def test_another_query_s_subject_naming_an_unread_table_counts_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    own = {stem("player"): 1.0, stem("hours"): 1.0}
    subjects = {stem("tryout"), stem("player")}
    stems = [stem("player"), stem("hours"), stem("tryout")]
    tables = frozenset({stem("tryout"), stem("player")})
    plain = subject_fit.fit_penalty(own, subjects, stems, [], frozenset(), frozenset(), frozenset())
    unread = subject_fit.fit_penalty(
        own, subjects, stems, [], frozenset(), frozenset(), frozenset({stem("player")}), tables
    )
    assert unread == pytest.approx(plain + subject_fit.FOREIGN_TABLE_PENALTY)
    monkeypatch.setattr(subject_fit, "FOREIGN_TABLE_PENALTY", 0.0)
    assert subject_fit.fit_penalty(
        own, subjects, stems, [], frozenset(), frozenset(), frozenset({stem("player")}), tables
    ) == pytest.approx(plain)


def test_an_unknown_compound_splits_into_two_known_words() -> None:
    vocab = {stem("rating"), stem("date")}
    assert split_compound("ratingdate", vocab.__contains__) == [stem("rating"), stem("date")]
    assert split_compound("ratingdate", {stem("rating")}.__contains__) is None
    assert split_compound("rated", vocab.__contains__) is None


def test_a_compound_column_name_finds_its_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "c", {"member_list": MEMBERS, "auditions": AUDITIONS})
    text = "joindate and city of every member"
    d = match(text, lib, TODAY)
    assert d.query == "member_list"
    monkeypatch.setattr(signals, "SPLIT_COMPOUNDS", False)
    clear_index_cache()  # its words were read with the rule on
    assert match(text, lib, TODAY).confidence < d.confidence - 0.05


def test_who_the_answer_is_for_is_blanked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "which stage has the most auditions? asking for the directors"
    assert "directors" not in work_cues.blank_not_work(text)
    assert len(work_cues.blank_not_work(text)) == len(text)
    assert "asking for refunds" in work_cues.blank_not_work("customers asking for refunds")
    monkeypatch.setattr(work_cues, "BLANK_PURPOSE", False)
    # bot.language.ask_focus blanks the telling sentence too (m-starter): its own switch
    monkeypatch.setattr(ask_focus, "BLANK_TELLING_SENTENCES", False)
    assert work_cues.blank_not_work(text) == text


GUESTS = (
    "title: Frequent guests\nkeywords: [guests, returning, regulars]",
    "SELECT guest, COUNT(*) AS stays FROM stay GROUP BY guest",
)
DECOR = (
    "title: Room decor\nkeywords: [room, decor, style]",
    "SELECT room, decor FROM room ORDER BY room",
)


def test_an_opening_verb_is_an_instruction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert filler_words.blank_opening_verb("Return the decor").strip() == "the decor"
    assert filler_words.blank_opening_verb("Return policy") == "Return policy"
    lib = _library(tmp_path / "d", {"frequent_guests": GUESTS, "room_decor": DECOR})
    text = "Return the decor of every room."
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "room_decor")
    monkeypatch.setattr(filler_words, "BLANK_OPENING_VERB", False)
    clear_index_cache()  # its words were read with the rule on
    assert match(text, lib, TODAY).confidence < d.confidence


def test_a_verb_meets_its_noun(monkeypatch: pytest.MonkeyPatch) -> None:
    assert unknown_form("playing", {stem("player")}.__contains__) == stem("player")
    assert unknown_form("enrollment", {stem("enroll")}.__contains__) == stem("enroll")
    assert unknown_form("enrolled", {stem("enrollment")}.__contains__) == stem("enrollment")
    assert unknown_form("products", {stem("production")}.__contains__) is None
    monkeypatch.setattr(word_forms, "DERIVED_FORMS", False)
    assert unknown_form("playing", {stem("player")}.__contains__) is None
