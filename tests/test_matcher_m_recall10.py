"""Answerable requests ticketed on libraries the matcher was not written for (issue 10): an
adverb ("presently", "currently") that another query's title says is no subject the request
shares with that query, so it does not count against the query asked for. Whether a word is
ever a noun comes from a list made from lemminflect's lexicon (bot/language/not_nouns.txt).
Each test runs with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language.not_nouns import is_not_noun
from bot.language.textnorm import stem
from bot.matching import subject_fit
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

EMPLOYEE_DIRECTORY = (
    "title: Employee directory\n"
    "description: Every employee with their department and country.\n"
    "examples: [list the employees, employees in a country]\n"
    "keywords: [employees, employee, department, country]",
    "SELECT e.name, d.name AS department, e.country FROM employees AS e "
    "JOIN departments AS d ON d.id = e.department_id",
)
CURRENT_JOBS = (
    "title: Jobs presently held\n"
    "description: The job each employee presently holds and since when.\n"
    "examples: [current job of each employee, what job does each employee presently hold]\n"
    "keywords: [jobs, job, presently, current job, title]",
    "SELECT e.name, j.title, e.hired FROM employees AS e JOIN jobs AS j ON j.id = e.job_id",
)


@pytest.mark.parametrize(
    ("word", "parts", "expected"),
    [
        ("presently", "r", True),
        ("currently", "r", True),
        ("respectively", "r", True),
        ("located", "var", False),  # a verb: the list holds the words with an adverb reading
        ("open", "r", True),  # an adjective, a verb and an adverb, never a noun
        ("order", "var", False),  # also a noun: "order 30372"
        ("country", "var", False),
        ("salary", "var", False),
        ("Presently", "r", True),
        ("zzyzx", "var", False),  # unknown to the lexicon: no evidence either way
    ],
)
def test_words_never_nouns(word: str, parts: str, expected: bool) -> None:
    assert is_not_noun(word, parts) is expected


def test_not_noun_stems_of_a_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subject_fit, "NOT_NOUN_PARTS", "r")
    said = "which department is each employee presently in"
    assert subject_fit.not_noun_stems(said) == {stem("presently")}
    monkeypatch.setattr(subject_fit, "NOT_NOUNS_NOT_SUBJECTS", False)
    assert subject_fit.not_noun_stems(said) == set()


def test_an_adverb_is_no_foreign_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    own = {"employe": 1.0, "department": 1.0}
    stems = ["department", "employe", stem("presently")]
    subjects = {"employe", "department", stem("presently"), "job"}
    verbal = frozenset({stem("presently")})
    monkeypatch.setattr(subject_fit, "NOT_NOUN_SHARE", 0.0)
    assert subject_fit.fit_penalty(own, subjects, stems, [], not_nouns=verbal) == 0.0
    # a noun of another query's title still counts against this one
    said_job = subject_fit.fit_penalty(own, subjects, [*stems, "job"], [], not_nouns=verbal)
    assert said_job == pytest.approx(subject_fit.FOREIGN_PENALTY)
    assert subject_fit.fit_penalty(own, subjects, stems, []) == pytest.approx(
        subject_fit.FOREIGN_PENALTY
    )


@pytest.mark.parametrize(
    "text",
    [
        "which department is each employee presently in",
        "employees and the department they are presently in",
    ],
)
def test_a_request_saying_an_adverb_of_another_title_is_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    lib = _library(
        tmp_path / "lib",
        {"employee_directory": EMPLOYEE_DIRECTORY, "current_jobs": CURRENT_JOBS},
    )
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "employee_directory")
    monkeypatch.setattr(subject_fit, "NOT_NOUNS_NOT_SUBJECTS", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert d.status != "matched"
    clear_index_cache()


def test_the_adverbs_own_query_still_wins(tmp_path: Path) -> None:
    lib = _library(
        tmp_path / "lib",
        {"employee_directory": EMPLOYEE_DIRECTORY, "current_jobs": CURRENT_JOBS},
    )
    clear_index_cache()
    d = match("what job does each employee presently hold", lib, TODAY)
    assert d.candidates[0].query == "current_jobs"
