"""Issue 10, sibling queries: a one-row overview (aggregates only, no GROUP BY) beside a query
grouped per a thing. A request for figures per that thing ("per film", "each affiliation type")
or for its different values ("the different affiliations, and …") is a breakdown the one row
drops, whatever its keywords and columns say (bot.matching.one_row_splits.ONE_ROW_NOT_PER):
never the overview run as if it answered. Small libraries written here, switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.library.loader import load_library
from bot.matching import near_ties, one_row_splits
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

OVERVIEW = (
    "title: Schools overview\n"
    "description: One row over all schools, how many schools and affiliation types, the total "
    "and average enrollment.\n"
    "examples: [schools overview, total enrollment across all universities, how many "
    "affiliation types are there]\n"
    "keywords: [overview, summary, total, enrollment, affiliation types, distinct, different, "
    "schools, universities]",
    "SELECT COUNT(*) AS schools, COUNT(DISTINCT affiliation) AS affiliation_types, "
    "SUM(enrollment) AS total_enrollment, AVG(enrollment) AS average_enrollment FROM university",
)
BY_AFFILIATION = (
    "title: Enrollment by affiliation\n"
    "description: Schools grouped by affiliation, how many schools and their total enrollment.\n"
    "examples: [total enrollment per affiliation, how many public vs private schools]\n"
    "keywords: [affiliation, per affiliation, public, private, enrollment]",
    "SELECT affiliation, COUNT(*) AS schools, SUM(enrollment) AS total_enrollment "
    "FROM university GROUP BY affiliation ORDER BY total_enrollment DESC",
)


def _run(text: str, lib: object) -> tuple[str, str | None, list[str]]:
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    return d.status, d.query, [c.query for c in d.candidates]


@pytest.mark.parametrize(
    "text",
    [
        "What are the total enrollments of universities of each affiliation type?",
        "What are the different affiliations, and what is the total enrollment of schools?",
    ],
)
def test_figures_per_thing_not_from_one_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    lib = _library(tmp_path / "lib", {"school_overview": OVERVIEW, "by_aff": BY_AFFILIATION})
    status, query, _c = _run(text, lib)
    assert (status, query) != ("matched", "school_overview")
    monkeypatch.setattr(one_row_splits, "ONE_ROW_NOT_PER", False)
    clear_index_cache()
    assert _run(text, lib)[:2] == ("matched", "school_overview")


def test_one_row_still_answers_its_own_figures(tmp_path: Path) -> None:
    lib = _library(tmp_path / "lib", {"school_overview": OVERVIEW, "by_aff": BY_AFFILIATION})
    for text in (
        "total enrollment across all universities",
        "how many different affiliations are there",
        "what is the number of distinct affiliation types",
    ):
        assert _run(text, lib)[:2] == ("matched", "school_overview"), text


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("no. of estimates per film", True),
        ("the different statuses, ordered by the number of cities that have each.", True),
        ("what are the different affiliations, and the total enrollment", True),
        ("total enrollment of each affiliation type", True),
        ("how many different affiliations are there", False),
        ("the number of the distinct affiliations", False),
        ("the average of each player's score", False),
        ("how many schools are there in total", False),
        ("the total across every school", False),
        ("schools that each other school beats", False),
        ("<@u04lab> avg hours per project across the lab?", False),
        ("the mean enrollment per school", False),
    ],
)
def test_per_thing_read(text: str, per: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    q = type("Q", (), {"sql": "SELECT COUNT(*) FROM t", "params": ()})()
    assert one_row_splits.per_thing_unmet(q, text.lower(), []) is per  # type: ignore[arg-type]
    monkeypatch.setattr(one_row_splits, "ONE_ROW_NOT_PER", False)
    assert one_row_splits.per_thing_unmet(q, text.lower(), []) is False  # type: ignore[arg-type]


def test_breakdown_read_off_counts_unless_a_rate() -> None:
    q = type("Q", (), {"sql": "SELECT COUNT(*), SUM(h) FROM t", "params": ()})()
    said = one_row_splits.per_thing_unmet
    assert said(q, "total enrollment by affiliation", ["affili"])  # type: ignore[arg-type]
    assert not said(q, "avg hours per project across the lab", ["project"])  # type: ignore[arg-type]
    grouped = type("Q", (), {"sql": "SELECT a, COUNT(*) FROM t GROUP BY a", "params": ()})()
    assert not said(grouped, "total enrollment by affiliation", ["affili"])  # type: ignore[arg-type]


def test_one_row_drop_puts_no_runner_up_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """The one row's drop says the overview cannot answer; it does not make a runner-up within
    the margin the answer (scientist_1's directory is per scientist, not per project): the
    near tie stays one."""
    lib = load_library(Path(__file__).parent / "data" / "holdout" / "scientist_1" / "library")
    text = "Find the number of scientists involved for each project name."
    # (the projects' catalogue, grouped by project, is offered too: GROUPED_RIVAL_OFFERED)
    expected = ["scientist_directory", "project_catalogue", "lab_overview"]
    assert _run(text, lib) == ("ambiguous", None, expected)
    # were it a drop like any other, the runner-up taking everything would go first and run
    monkeypatch.setattr(near_ties, "one_row_drop_only", lambda _x: False)
    clear_index_cache()
    assert _run(text, lib)[:2] == ("matched", "scientist_directory")


def test_rival_grouped_by_the_thing_offered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one row cannot answer "the different affiliations, and …"; the runner-up grouped by
    affiliation is offered beside it whatever the margin (GROUPED_RIVAL_OFFERED), where it
    would otherwise be a ticket."""
    lib = _library(tmp_path / "lib", {"school_overview": OVERVIEW, "by_aff": BY_AFFILIATION})
    text = "What are the different affiliations, and what is the total enrollment of schools?"
    assert _run(text, lib) == ("ambiguous", None, ["by_aff", "school_overview"])
    # a runner-up below the threshold is no offer
    below = "What are the total enrollments of universities of each affiliation type?"
    assert _run(below, lib)[:2] == ("unmatched", None)
    monkeypatch.setattr(one_row_splits, "GROUPED_RIVAL_OFFERED", False)
    clear_index_cache()
    assert _run(text, lib)[:2] == ("unmatched", None)


def test_rival_grouped_offered_on_a_tuning_library(monkeypatch: pytest.MonkeyPatch) -> None:
    lib = load_library(
        Path(__file__).parent / "data" / "holdout" / "university_basketball" / "library"
    )
    text = "What are the total enrollments of universities of each affiliation type?"
    assert _run(text, lib) == ("ambiguous", None, ["enrollment_by_affiliation", "school_overview"])
    monkeypatch.setattr(one_row_splits, "GROUPED_RIVAL_OFFERED", False)
    clear_index_cache()
    assert _run(text, lib)[:2] == ("unmatched", None)


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("no. of estimates per film", {"film"}),
        ("the different statuses, ordered by the number of cities that have each", {"status"}),
        ("total enrollment of each affiliation type", {"affiliation", "type"}),
        ("average amount for different transaction types", {"transaction", "type"}),
    ],
)
def test_things_asked_per(text: str, things: set[str]) -> None:
    from bot.language.textnorm import stem

    assert one_row_splits.per_things(text, []) == frozenset(stem(t) for t in things)


def test_things_asked_per_head_of_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """The head of "different transaction types" counts (PHRASE_THINGS); off, its first word."""
    from bot.language.textnorm import stem

    text = "average amount for different transaction types"
    assert stem("type") in one_row_splits.per_things(text, [])
    monkeypatch.setattr(one_row_splits, "PHRASE_THINGS", False)
    assert one_row_splits.per_things(text, []) == frozenset({stem("transaction")})


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("show the average transaction amount for different transaction types.", True),
        ("the maximum share count across various lots", True),
        ("how many different transaction types are there", False),
        ("the number of different types", False),
        ("the total amount of all transactions", False),
    ],
)
def test_for_different_is_per(text: str, per: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    q = type("Q", (), {"sql": "SELECT COUNT(*) FROM t", "params": ()})()
    assert one_row_splits.per_thing_unmet(q, text, []) is per  # type: ignore[arg-type]
    monkeypatch.setattr(one_row_splits, "FOR_DIFFERENT_IS_PER", False)
    assert one_row_splits.per_thing_unmet(q, text, []) is False  # type: ignore[arg-type]


FILTERED_OVERVIEW = (
    "title: Schools overview\n"
    "description: One row over all schools, how many schools and the total and average "
    "enrollment, optionally of one affiliation.\n"
    "examples: [schools overview, total enrollment across all universities]\n"
    "keywords: [overview, summary, total, enrollment, affiliation, schools, universities]\n"
    "params:\n"
    "  affiliation: {type: choice, choices: [Public, Private], optional: true}",
    "SELECT COUNT(*) AS schools, SUM(enrollment) AS total_enrollment, "
    "AVG(enrollment) AS average_enrollment FROM university WHERE 1 = 1 "
    "{% if affiliation %}AND affiliation = :affiliation{% endif %}",
)


def test_filtering_choice_keeps_one_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A choice bound as a value only filters the one row: asked per affiliation, the overview
    still drops the breakdown (FILTER_CHOICES_KEEP_ONE_ROW); off, any choice might reshape it
    and it runs."""
    lib = _library(tmp_path / "lib", {"school_overview": FILTERED_OVERVIEW})
    text = "What is the total enrollment of universities for each affiliation?"
    assert _run(text, lib)[:2] != ("matched", "school_overview")
    assert _run("total enrollment of all universities", lib)[:2] == ("matched", "school_overview")
    monkeypatch.setattr(one_row_splits, "FILTER_CHOICES_KEEP_ONE_ROW", False)
    clear_index_cache()
    assert _run(text, lib)[:2] == ("matched", "school_overview")
