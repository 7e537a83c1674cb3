"""A best query just under the match threshold whose values the runner-up cannot take runs
(issue 10, m-recall23): "how many lessons were in cancelled state?" took the lessons query's
status choice, which no other query takes; its words alone left it under the threshold and
the request became a ticket (or the learned gate's "did you mean"). The tests run with the
switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from support import library_of as _library

from bot.matching import evidence_lead
from bot.matching.matcher import clear_index_cache, index_for, match
from bot.matching.signals import MATCH_THRESHOLD


@pytest.fixture(autouse=True)
def _switches_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both switches ship off (held-out evidence in bot/matching/evidence_lead.py); on here."""
    monkeypatch.setattr(evidence_lead, "EVIDENCE_LEAD_LOWERS_BAR", True)
    monkeypatch.setattr(evidence_lead, "SILENT_EXAMPLES_RELIEF", True)


TODAY = date(2026, 11, 22)

LESSONS = (
    "title: Lessons\nkeywords: [lessons, lesson]\n"
    "examples: [lessons booked last week, list all lessons]\n"
    "params:\n  status:\n    type: choice\n    optional: true\n"
    "    choices: [Cancelled, Completed]",
    "SELECT l.lesson_id, l.lesson_date, l.status FROM lessons AS l "
    "WHERE (:status IS NULL OR l.status = :status)",
)
STAFF = (
    "title: Staff directory\nkeywords: [staff, employees, instructors]\n"
    "examples: [who teaches lessons]",
    "SELECT s.name FROM staff AS s",
)
FILES = {"lesson_list": LESSONS, "staff_directory": STAFF}
# The same query under a title and examples that share no word with the requests below.
REGISTER = (
    "title: Class register\nkeywords: [lessons, lesson]\n"
    "examples: [what was booked last week, everything on the calendar]\n"
    + LESSONS[0].split("\n", 3)[3],
    LESSONS[1],
)


def test_the_bar_is_lower_only_for_a_lead_in_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    index = index_for(_library(tmp_path / "lib", FILES))
    took, _ent = index.score("lessons in cancelled state", TODAY)
    assert took[0][1].name == "lesson_list" and took[0][2].binds["status"] == "Cancelled"
    assert evidence_lead.threshold(took) == MATCH_THRESHOLD - evidence_lead.EVIDENCE_RELIEF
    plain, _ent = index.score("all the lessons please", TODAY)
    assert plain[0][1].name == "lesson_list"
    assert evidence_lead.threshold(plain) == MATCH_THRESHOLD  # no value taken: the full bar
    assert evidence_lead.threshold([]) == MATCH_THRESHOLD
    # a runner-up within the ambiguity margin: no near tie is looked for under the threshold
    best, second = took[0], took[1]
    close = [best, (best[0] - 0.01, second[1], second[2])]
    assert second[2].evidence == 0 and evidence_lead.threshold(close) == MATCH_THRESHOLD
    # the runner-up took as much: no lead
    same = [best, (best[0] - 0.2, second[1], SimpleNamespace(evidence=best[2].evidence))]
    assert evidence_lead.threshold(same) == MATCH_THRESHOLD
    monkeypatch.setattr(evidence_lead, "EVIDENCE_LEAD_LOWERS_BAR", False)
    assert evidence_lead.threshold(took) == MATCH_THRESHOLD


def test_a_near_miss_with_its_own_value_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "How many lessons were in cancelled state?"
    # This toy library leaves the request at 0.405 (its words: "state" is said nowhere): the
    # relief is widened to reach it, as the shipped one reaches the tuning sets' near misses.
    monkeypatch.setattr(evidence_lead, "EVIDENCE_RELIEF", 0.06)
    clear_index_cache()
    lib = _library(tmp_path / "lib", FILES)
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params.get("status")) == ("matched", "lesson_list", "Cancelled")
    assert d.confidence < MATCH_THRESHOLD  # the score itself is not raised
    monkeypatch.setattr(evidence_lead, "EVIDENCE_LEAD_LOWERS_BAR", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"


def test_silent_examples_lower_the_bar_further(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "How many lessons were in cancelled state?"
    clear_index_cache()
    lib = _library(tmp_path / "lib", {"lesson_list": REGISTER, "staff_directory": STAFF})
    scored, _ent = index_for(lib).score(text, TODAY)
    assert scored[0][2].example == 0.0 and scored[0][0] < MATCH_THRESHOLD - 0.2
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params.get("status")) == ("matched", "lesson_list", "Cancelled")
    monkeypatch.setattr(evidence_lead, "SILENT_EXAMPLES_RELIEF", False)
    bar = MATCH_THRESHOLD - evidence_lead.EVIDENCE_RELIEF
    assert evidence_lead.threshold(scored) == bar > scored[0][0]  # the smaller relief only
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"
