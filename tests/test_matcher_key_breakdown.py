"""Issue 10, sibling queries: a grouped query's rows are per its first GROUP BY key. A breakdown
it only shows as a column beside that key ("each director" from ratings grouped per movie that
show the director) is dropped (bot.matching.key_breakdown.GROUPED_ROWS_PER_KEY): never run as if
its rows were per director. Small libraries written here, switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import key_breakdown
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

PER_MOVIE = (
    "title: Ratings per movie\n"
    "description: For each rated film, its title, year, director, number of ratings and "
    "average stars.\n"
    "examples: [best rated films, average stars per movie, most reviewed movie]\n"
    "keywords: [rating, ratings, stars, average, reviews, reviewed, movie, movies, film, films]",
    "SELECT m.mID AS movie_id, m.title, m.director, COUNT(*) AS ratings, AVG(r.stars) AS avg "
    "FROM Rating AS r JOIN Movie AS m ON m.mID = r.mID "
    "GROUP BY m.mID, m.title, m.director ORDER BY avg DESC",
)
STUDIOS = (
    "title: Studio list\n"
    "description: Every studio with its city.\n"
    "examples: [list the studios]\n"
    "keywords: [studio, studios, city]",
    "SELECT s.name, s.city FROM Studio AS s ORDER BY s.name",
)


def _run(text: str, lib: object) -> tuple[str, str | None]:
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    return d.status, d.query


def test_breakdown_beside_the_key_is_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"per_movie": PER_MOVIE, "studios": STUDIOS})
    text = "How many movie reviews does each director get?"
    assert _run(text, lib) != ("matched", "per_movie")
    monkeypatch.setattr(key_breakdown, "GROUPED_ROWS_PER_KEY", False)
    clear_index_cache()
    assert _run(text, lib) == ("matched", "per_movie")


@pytest.mark.parametrize(
    "text", ["average stars per movie", "how many ratings does each film have", "best rated films"]
)
def test_breakdown_by_the_key_or_its_header_runs(tmp_path: Path, text: str) -> None:
    lib = _library(tmp_path / "lib", {"per_movie": PER_MOVIE, "studios": STUDIOS})
    assert _run(text, lib) == ("matched", "per_movie")


def test_only_grouped_queries_read(tmp_path: Path) -> None:
    """A listing (no GROUP BY) is not read here: its rows are its table's."""
    lib = _library(tmp_path / "lib", {"per_movie": PER_MOVIE, "studios": STUDIOS})
    q = lib.get("studios")
    from bot.matching.result_fit import result_fit

    fit = result_fit(q)
    assert key_breakdown.unkeyed_breakdowns(q, {}, fit, ["citi"], lambda w: {w}) == []
