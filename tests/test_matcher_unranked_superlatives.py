"""A superlative the chosen query leaves unused and cannot rank by is a ticket
(bot.matching.restricted.UNRANKED_SUPERLATIVES): on a small library written here, and with the
switch off to show it is the rule that does it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.library.model import Library
from bot.library.types import choice_roles
from bot.matching import restricted
from bot.matching.matcher import match
from tests.support import library_of

TODAY = date(2026, 11, 22)

LAPS = (
    """title: Lap times
description: Every lap time per race and driver, by race then lap.
examples:
  - lap times of the drivers
  - lap times at the Monaco race
keywords: [lap, laps, lap time, driver, drivers, race]""",
    "SELECT race, driver, lap, lap_time FROM laps ORDER BY race, lap",
)
WAGES = (
    """title: Wages of the staff
description: Each staff member's wage, highest paid first.
examples:
  - wages of the staff
keywords: [wage, wages, staff, paid]""",
    "SELECT name, wage FROM staff ORDER BY wage DESC",
)
RATINGS = (
    """title: Rating range
description: The range of the ratings given.
examples:
  - range of ratings
keywords: [rating, ratings, range, stars]""",
    "SELECT MIN(stars) AS low, MAX(stars) AS high FROM ratings",
)


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    return library_of(
        tmp_path / "lib", {"lap_times": LAPS, "staff_wages": WAGES, "rating_range": RATINGS}
    )


def test_a_superlative_a_listing_cannot_rank_by_is_a_ticket(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert match("lap times of the drivers", lib, TODAY).query == "lap_times"
    text = "which driver has the smallest lap time"
    d = match(text, lib, TODAY)
    assert d.status == "unmatched" and "smallest" in d.ignored
    monkeypatch.setattr(restricted, "UNRANKED_SUPERLATIVES", False)
    assert match(text, lib, TODAY).query == "lap_times"


def test_a_result_sorted_by_a_figure_or_showing_an_extreme_is_read_off(lib: Library) -> None:
    # the first row of wages sorted down is the largest; a minimum and maximum are shown
    assert match("the staff member with the largest wage", lib, TODAY).query == "staff_wages"
    assert match("the lowest and highest rating stars", lib, TODAY).query == "rating_range"


def test_a_superlative_the_header_says_is_its_own(lib: Library) -> None:
    assert restricted.unranked_top([], False, False, "the most laps", "")
    assert not restricted.unranked_top([], False, False, "the most laps", "laps driven the most")


def test_the_rule_reads_the_sql() -> None:
    assert restricted.reads_off_extremes("SELECT a FROM t ORDER BY b DESC", frozenset())
    assert restricted.reads_off_extremes("SELECT MAX(a) FROM t", frozenset({"max"}))
    assert not restricted.reads_off_extremes("SELECT a FROM t ORDER BY a", frozenset())
    assert restricted.unranked_top(["smallest"], False, False)
    assert not restricted.unranked_top(["smallest"], False, True)
    assert not restricted.unranked_top(["smallest"], True, False)
    assert restricted.unranked_top(["top"], False, True)


ROSTER = (
    """title: Team roster
description: Every player with their team, hours and games, by team.
examples:
  - players of each team
  - which players train the most hours
keywords: [players, player, team, roster, hours, games]
params:
  sort:
    type: choice
    choices: [team, most_hours, most_games]
    default: team
    synonyms: {most hours: most_hours, most games: most_games}""",
    "SELECT team, player, hours, games FROM players ORDER BY"
    " {% if sort == 'most_hours' %}hours DESC{% elif sort == 'most_games' %}games DESC"
    "{% else %}team{% endif %}",
)


@pytest.fixture
def roster(tmp_path: Path) -> Library:
    return library_of(tmp_path / "lib", {"team_roster": ROSTER})


def test_a_superlative_the_bound_sort_does_not_say_is_a_ticket(
    roster: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(restricted, "UNREAD_SUPERLATIVE_SORT", True)
    assert match("which players train the most hours", roster, TODAY).params["sort"] == "most_hours"
    # no choice ranks teams by their players: the roster comes sorted by team
    text = "the team with the most players"
    assert match(text, roster, TODAY).status == "unmatched"
    monkeypatch.setattr(restricted, "UNREAD_SUPERLATIVE_SORT", False)
    assert match(text, roster, TODAY).query == "team_roster"


def test_at_most_is_a_bound_not_a_superlative(roster: Library) -> None:
    q = next(iter(roster.queries.values()))
    assert restricted.superlative_unsorted("the most players", q, {"sort": "team"})
    assert not restricted.superlative_unsorted("at most 3 players", q, {"sort": "team"})
    assert not restricted.superlative_unsorted("the most hours", q, {"sort": "most_hours"})
    # a ranking choice bound says the order, whichever superlative read it
    assert not restricted.superlative_unsorted("the greatest hours", q, {"sort": "most_hours"})


COURSES = (
    """title: Course enrolments
description: Each course with its number of enrolled students, most first.
examples:
  - course enrolments
  - most popular courses
keywords: [course, courses, enrolments, enrolled, students]
params:
  sort:
    type: choice
    choices: [most_enrolments, name]
    default: most_enrolments
    synonyms: {popular: most_enrolments, alphabetical: name, by name: name}""",
    "SELECT c.name, COUNT(*) AS enrolments FROM courses c JOIN enrolments e ON e.course = c.id"
    " GROUP BY c.name ORDER BY {% if sort == 'name' %}c.name{% else %}enrolments DESC, c.name"
    "{% endif %}",
)


def test_the_one_choice_saying_the_superlative_is_bound_instead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(restricted, "UNREAD_SUPERLATIVE_SORT", True)
    lib = library_of(tmp_path / "lib", {"course_enrolments": COURSES})
    assert match("course enrolments by name", lib, TODAY).params == {"sort": "name"}
    # "the name of" bound `name`; "most" is said by `most_enrolments` alone
    text = "What is the name of the course that has the most enrolled students?"
    assert match(text, lib, TODAY).params == {"sort": "most_enrolments"}
    monkeypatch.setattr(restricted, "SUPERLATIVE_PICKS_SORT", False)
    # ("the name of" is listed, no order, by a later rule too: off for this one's effect)
    monkeypatch.setattr(choice_roles, "LISTED_IS_NO_ORDER", False)
    assert match(text, lib, TODAY).status == "unmatched"
