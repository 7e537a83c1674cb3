"""A near tie a superlative decides (issue 10, bot.matching.ranked_tie): "which club has the most
members" between a query sorted by members and an overview in no order runs the one ranking by
the measure. Each test runs on a small library written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from support import library_of

from bot.library.model import Library
from bot.matching import ranked_tie
from bot.matching.matcher import clear_index_cache, index_for, match

TODAY = date(2026, 11, 22)

CLUB_SIZES = (
    "title: Club sizes\n"
    "description: One row per club with its number of members.\n"
    "examples: [members per club, club sizes]\n"
    "keywords: [club, clubs, members, size]\n"
    "params:\n"
    "  sort: {type: choice, choices: [most_members, name], default: name,\n"
    "         synonyms: {biggest: most_members, alphabetical: name}}",
    "SELECT c.ClubName AS club, COUNT(m.StuID) AS members FROM Club AS c\n"
    "LEFT JOIN Member AS m ON m.ClubID = c.ClubID GROUP BY c.ClubName\n"
    "ORDER BY {% if sort == 'most_members' %}members DESC{% else %}club{% endif %}",
)
CLUB_OVERVIEW = (
    "title: Clubs overview\n"
    "description: One row for the whole school, how many clubs and club members there are.\n"
    "examples: [how many clubs and members are there, the club members overall]\n"
    "keywords: [club, clubs, members, overview, totals]",
    "SELECT COUNT(DISTINCT c.ClubID) AS clubs, COUNT(m.StuID) AS members\n"
    "FROM Club AS c LEFT JOIN Member AS m ON m.ClubID = c.ClubID",
)


def _clubs(tmp_path: Path) -> Library:
    clear_index_cache()
    return library_of(tmp_path / "lib", {"club_sizes": CLUB_SIZES, "club_overview": CLUB_OVERVIEW})


def test_the_one_tied_query_ranking_by_the_measure_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _clubs(tmp_path)
    d = match("Which club has the most members?", lib, TODAY)
    assert (d.status, d.query, d.params.get("sort")) == ("matched", "club_sizes", "most_members")
    monkeypatch.setattr(ranked_tie, "RANKED_MEASURE_BREAKS_TIE", False)
    clear_index_cache()
    d = match("Which club has the most members?", lib, TODAY)
    assert d.status == "ambiguous"
    assert {c.query for c in d.candidates} == {"club_sizes", "club_overview"}


@pytest.mark.parametrize(
    "text",
    [
        # no choice sorts by fewest members: the club sizes would come by name
        "the club with the fewest members",
        # the figure itself is asked, not the row a ranking picks
        "What is the largest number of members of a club?",
        # "youngest" ranks by age, a measure neither query sorts by
        "which club has the youngest members",
    ],
)
def test_a_superlative_no_tied_query_ranks_by_leaves_the_tie(tmp_path: Path, text: str) -> None:
    d = match(text, _clubs(tmp_path), TODAY)
    assert d.status == "ambiguous"


MEMBER_LIST = (
    "title: Member list\n"
    "description: One row per club member with the club they belong to.\n"
    "examples: [list the club members, who is in which club]\n"
    "keywords: [member, members, club]",
    "SELECT m.StuID AS member, c.ClubName AS club FROM Member AS m\n"
    "JOIN Club AS c ON c.ClubID = m.ClubID ORDER BY club",
)


def _three(tmp_path: Path) -> tuple[Library, object]:
    clear_index_cache()
    lib = library_of(
        tmp_path / "lib",
        {
            "club_sizes": CLUB_SIZES,
            "club_sizes_too": CLUB_SIZES,
            "club_overview": CLUB_OVERVIEW,
            "member_list": MEMBER_LIST,
        },
    )
    return lib, index_for(lib).fit_of


def _tied(lib: Library, *named: tuple[str, str | None]) -> list[tuple[float, object, object]]:
    """A near tie of the named queries, each with its sort bound (or no binds)."""
    return [
        (0.9, lib.get(n), SimpleNamespace(binds={"sort": b} if b else {}, missing=[]))
        for n, b in named
    ]


def test_the_measure_is_read_after_the_superlative_past_number_of(tmp_path: Path) -> None:
    lib, fit_of = _three(tmp_path)
    tied = _tied(lib, ("club_overview", None), ("club_sizes", "most_members"))
    assert ranked_tie.ranked_first("the club with the largest number of members", tied, fit_of) == 1


@pytest.mark.parametrize(
    "text",
    [
        "the club with the most members in each school",  # a best per group
        "the club with the oldest members",  # names the thing ranked, not the measure
        "clubs with at most 3 members",  # a bound
        "what is the highest members count of a club",  # the figure asked
        "list the clubs and their members",  # no superlative
    ],
)
def test_no_ranking_said_breaks_no_tie(tmp_path: Path, text: str) -> None:
    lib, fit_of = _three(tmp_path)
    tied = _tied(lib, ("club_overview", None), ("club_sizes", "most_members"))
    assert ranked_tie.ranked_first(text, tied, fit_of) is None


def test_rows_the_other_way_break_no_tie(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the biggest clubs first answer no "fewest members"
    lib, fit_of = _three(tmp_path)
    tied = _tied(lib, ("club_overview", None), ("club_sizes", "most_members"))
    assert ranked_tie.ranked_first("the club with the fewest members", tied, fit_of) is None
    monkeypatch.setattr(ranked_tie, "SAME_WAY_ONLY", False)
    assert ranked_tie.ranked_first("the club with the fewest members", tied, fit_of) == 1


def test_another_that_could_rank_by_it_leaves_the_tie(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib, fit_of = _three(tmp_path)
    tied = _tied(lib, ("club_sizes_too", "name"), ("club_sizes", "most_members"))
    assert ranked_tie.ranked_first("the club with the most members", tied, fit_of) is None
    monkeypatch.setattr(ranked_tie, "OTHERS_CANNOT_RANK", False)
    assert ranked_tie.ranked_first("the club with the most members", tied, fit_of) == 1


def test_the_thing_picked_must_be_a_row_of_the_ranking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # clubs ranked by members answer no "school with the most members"
    lib, fit_of = _three(tmp_path)
    tied = _tied(lib, ("club_overview", None), ("club_sizes", "most_members"))
    text = "which school has the most members"
    assert ranked_tie.ranked_first(text, tied, fit_of) is None
    monkeypatch.setattr(ranked_tie, "HEAD_IS_A_ROW", False)
    assert ranked_tie.ranked_first(text, tied, fit_of) == 1


def test_off_breaks_no_tie(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib, fit_of = _three(tmp_path)
    tied = _tied(lib, ("club_overview", None), ("club_sizes", "most_members"))
    assert ranked_tie.ranked_first("the club with the most members", tied, fit_of) == 1
    monkeypatch.setattr(ranked_tie, "RANKED_MEASURE_BREAKS_TIE", False)
    assert ranked_tie.ranked_first("the club with the most members", tied, fit_of) is None
