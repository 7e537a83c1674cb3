"""What the matcher reads from a query's SQL and from a request's structure (issue 10 signals)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.language.entities import bound_direction, find_entities
from bot.library.loader import parse_query_file
from bot.matching import filler_words, signals, subject_fit, work_cues
from bot.matching.aggregates_asked import asked_aggregates
from bot.matching.asked_rows import asked_rows
from bot.matching.params import extract
from bot.matching.result_fit import asked, fit_score, result_fit
from bot.matching.sql_words import (
    aggregate_words,
    aggregates,
    asks_most_times,
    first_group_key,
    group_words,
    shown_words,
)
from bot.matching.structure import alternatives, negates, owns_negation, refused_words

TODAY = date(2026, 11, 22)

SUMMARY = """
SELECT g.Grape AS grape, COUNT(w.No) AS wines, ROUND(AVG(w.Price), 2) AS average_price
FROM grapes AS g LEFT JOIN wine AS w ON w.Grape = g.Grape
GROUP BY g.Grape, g.Color
ORDER BY wines DESC
"""
PER_MOVIE = (
    "SELECT m.title, COUNT(*) FROM movie AS m JOIN rating AS r ON r.mID = m.mID GROUP BY m.mID"
)


def test_aggregates_and_what_they_are_of() -> None:
    assert aggregates(SUMMARY) == {"avg"}
    assert {"price", "average"} <= aggregate_words(SUMMARY)["avg"]
    assert "max" in aggregates("SELECT max_temperature_f FROM weather")  # a column named for one
    assert asked_aggregates("what is the average latitude and the total duration") == {"avg", "sum"}
    assert asked_aggregates("how many appointments in total") == frozenset()


def test_what_a_row_is() -> None:
    assert group_words(SUMMARY) == {"grape", "color"}
    assert first_group_key(SUMMARY) == {"grape"}
    assert first_group_key(PER_MOVIE) == {"movie"}  # a table's key reads as the table
    assert group_words("SELECT * FROM wine WHERE price > 10") is None
    assert asked_rows("what are the names of wines made from red grapes") == ["wines", "made"]
    assert asked_rows("which winery is it") == ["winery"]
    assert asked_rows("the names and scores of wines made from white grapes")[0] == "wines"
    assert asked_rows("the id, name and city of the station with") == ["station", "with"]
    # "the number of works" is an aggregate of each artist, not rows of works
    assert asked_rows("the names and number of works for all artists") == []


@pytest.mark.parametrize(
    ("text", "most"),
    [
        ("which bike traveled the most often", True),
        ("the bike that traveled the most in 94002", True),
        ("the most expensive wine", False),
    ],
)
def test_the_most_times(text: str, most: bool) -> None:
    assert asks_most_times(text) is most


def test_negations_and_alternatives() -> None:
    assert negates("which physician was not trained in it")
    assert negates("neither Fog nor Rain")
    assert not negates("who directed Avatar? can't remember")
    assert not negates("order no. 90211")
    assert owns_negation("films nobody rated, unrated titles")
    assert not owns_negation("sorted by name unless asked otherwise")
    assert alternatives("wines made before 2000 or after 2010")
    assert not alternatives("wines from 2000 or after")


def test_between_is_two_bounds() -> None:
    assert bound_direction(("have", "between")) == 1
    assert bound_direction(("between", "3", "and")) == -1
    assert bound_direction(("more", "expensive", "than")) == 1


QUERY = """/*---
title: Wine list
params:
  year: {type: int, optional: true, min: 1900, max: 2100}
  made_before: {type: int, optional: true, min: 1900, max: 2100}
  stars: {type: int, optional: true, min: 1, max: 5}
  min_price: {type: number, optional: true}
  max_price: {type: number, optional: true}
  sort: {type: choice, choices: [score, price, name], default: score,
         synonyms: {size bottle: price}}
  n: {type: int, optional: true, min: 1, max: 100}
---*/
SELECT * FROM wine WHERE TRUE
{% if year %} AND year = :year {% endif %}{% if made_before %} AND year < :made_before {% endif %}
{% if stars %} AND stars = :stars {% endif %}
{% if min_price %} AND price >= :min_price {% endif %}{% if max_price %} AND price <= :max_price {% endif %}
ORDER BY {% if sort == 'price' %}price{% elif sort == 'name' %}name{% else %}score{% endif %}
{% if n %}LIMIT :n{% endif %}
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wines made before 2000", {"made_before": 2000, "year": None}),
        ("wines with at most 3 stars", {"stars": None}),  # compared for equality: not a bound
        ("the three cheapest wines", {"n": 3, "stars": None}),
        ("wines priced between 50 and 100", {"min_price": 50, "max_price": 100}),
        ("wine names ordered by price", {"sort": "price"}),
        ("the wine with the highest price", {"sort": "price"}),
        ("the wine whose bottle size was the smallest", {"sort": "price"}),
    ],
)
def test_values_the_words_give(text: str, expected: dict) -> None:
    problems: list = []
    query = parse_query_file(Path("wine_list.sql"), QUERY, problems, "wine_list.sql")
    assert query is not None, problems
    binds = extract(query, find_entities(text, TODAY), TODAY).binds
    assert {k: binds.get(k) for k in expected} == expected


def test_the_most_of_a_table_is_a_count() -> None:
    def known(_stem: str) -> bool:
        return True

    tables = frozenset({"wine"})
    most = asked("which wineries produce the most wines", "", known, [], set(), tables)
    assert most.most_times
    bound = asked("appellations with at most 3 wines", "", known, [], set(), tables)
    assert not bound.most_times
    each = asked("the least rated movie for each reviewer", "", known, [], set(), tables)
    assert each.best_per == {"reviewer"}


def test_one_count_is_not_a_list_of_counts() -> None:
    def known(_stem: str) -> bool:
        return True

    per_patient, log = (
        parse_query_file(
            Path(f"{name}.sql"), f"/*---\ntitle: {name}\n---*/\n{sql}\n", [], f"{name}.sql"
        )
        for name, sql in (
            (
                "per_patient",
                "SELECT p.Name, COUNT(*) FROM appointment a JOIN patient p GROUP BY p.Name",
            ),
            ("log", "SELECT a.id, a.start FROM appointment a"),
        )
    )
    for total in (
        asked("how many appointments are there", "", known, [], set()),
        # "by" here says who made them, not a breakdown; the value is no group of per_patient
        asked("the average duration of appointments by female patients", "", known, [], {"sex"}),
    ):
        assert fit_score(total, result_fit(per_patient)) < fit_score(total, result_fit(log))
    for each in (
        asked("how many appointments per patient", "", known, ["patient"], set()),
        asked("how many patients made more than 1 appointment", "", known, [], set(), bounded=True),
        asked("how many appointments for Smith", "", known, [], {"patient"}),
    ):
        assert fit_score(each, result_fit(per_patient)) >= fit_score(each, result_fit(log)) - 0.05


def _library(root: Path, files: dict[str, tuple[str, str]]):  # type: ignore[no-untyped-def]
    from bot.library.loader import load_library

    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    return load_library(root)


def test_a_number_s_unit_may_follow_an_adverb(tmp_path: Path) -> None:
    from bot.matching.values import unit_mismatches

    lib = _library(
        tmp_path,
        {
            "artists": (
                "title: Artists\nparams:\n  n: {type: int, optional: true, label: how many artists}",
                "SELECT name FROM artist LIMIT :n",
            ),
            "songs": (
                "title: Songs\nparams:\n  n: {type: int, optional: true, label: how many songs}",
                "SELECT title FROM song LIMIT :n",
            ),
        },
    )
    units = {"artist", "song", "how", "mani", "n"}
    q = lib.get("artists")
    for text, mismatches in (
        ("artists of the top three highly rated songs", 1),
        ("the top three artists", 0),
        ("the three oldest artists", 0),
    ):
        ent = find_entities(text, TODAY)
        assert unit_mismatches(q, ent, extract(q, ent, TODAY), units) == mismatches, text


def test_verbs_that_only_tie_things_are_no_unknown_words(tmp_path: Path) -> None:
    from bot.matching.matcher import match

    lib = _library(
        tmp_path,
        {
            "appointments": (
                "title: Appointments\nexamples: [all appointments, appointments for a patient]\n"
                "keywords: [appointment, patient]",
                "SELECT p.name, a.start FROM appointment a JOIN patient p ON p.id = a.patient",
            ),
            "rooms": ("title: Rooms\nkeywords: [room, floor]", "SELECT number FROM room"),
        },
    )
    from bot.matching.matcher import clear_index_cache

    text = "which patients made an appointment?"
    d = match(text, lib, TODAY)
    assert d.status == "matched" and d.query == "appointments"
    saved = filler_words.DROP_LINKING_WORDS
    try:
        filler_words.DROP_LINKING_WORDS = False
        clear_index_cache()
        assert match(text, lib, TODAY).confidence < d.confidence
    finally:
        filler_words.DROP_LINKING_WORDS = saved
        clear_index_cache()


def test_each_x_from_rows_per_another_thing_that_show_x() -> None:
    def known(_stem: str) -> bool:
        return True

    def fit(sql: str):  # type: ignore[no-untyped-def]
        q = parse_query_file(Path("q.sql"), f"/*---\ntitle: q\n---*/\n{sql}\n", [], "q.sql")
        return result_fit(q)  # type: ignore[arg-type]

    per_movie = fit(
        "SELECT m.title, m.director, COUNT(*) AS ratings FROM rating r JOIN movie m "
        "GROUP BY m.mID, m.title, m.director"
    )
    per_director = fit("SELECT m.director, COUNT(*) FROM rating r JOIN movie m GROUP BY m.director")
    each = asked("how many reviews does each director get", "", known, ["director"], set())
    assert fit_score(each, per_movie) < fit_score(each, per_director) - 0.15
    # rows per month and plan are per plan too
    per_month = fit(
        "SELECT m.month, s.plan, SUM(s.mrr) FROM months m JOIN subs s "
        "GROUP BY GROUPING SETS ((m.month, s.plan), (m.month))"
    )
    assert first_group_key("SELECT 1 FROM t GROUP BY ROLLUP (region, plan)") == {"region"}
    by_position = "SELECT s.genre AS genre, COUNT(*) AS songs FROM song AS s GROUP BY 1 ORDER BY 2"
    assert group_words(by_position) == first_group_key(by_position) == {"genre"}
    sets = "SELECT 1 FROM c GROUP BY GROUPING SETS ((), (c.channel)) ORDER BY 1"
    assert group_words(sets) == first_group_key(sets) == {"channel"}
    plan = asked("how much mrr did each plan bring", "", known, ["plan"], set())
    assert fit_score(plan, per_month) >= fit_score(plan, per_director) - 0.1


def test_what_the_outer_select_shows() -> None:
    sql = (
        "WITH r AS (SELECT mID, COUNT(*) AS n FROM rating GROUP BY mID)\n"
        "SELECT rv.name AS reviewer, m.director, COALESCE(r.n, 0) AS ratings\n"
        "FROM reviewer AS rv JOIN movie AS m ON m.mID = rv.mID LEFT JOIN r ON r.mID = m.mID"
    )
    assert shown_words(sql) == {"name", "reviewer", "director", "ratings"}


def test_a_column_the_result_shows_is_no_other_query_s_subject() -> None:

    own = {"reviewer": 1.0, "rate": 0.9}
    stems = ["director", "movi", "rate", "reviewer"]
    subjects = {"director", "movi", "reviewer"}
    shown = frozenset({"director", "reviewer"})
    assert subject_fit.fit_penalty(own, subjects, stems, [], shown) == subject_fit.FOREIGN_PENALTY
    assert subject_fit.fit_penalty(own, subjects, stems, []) == 2 * subject_fit.FOREIGN_PENALTY


def test_a_shown_column_weighs_more_than_a_join_key() -> None:

    body, shown = frozenset({"director", "mid"}), frozenset({"director"})
    assert signals.body_weight("director", body, shown) > signals.body_weight("mid", body, shown)
    assert signals.body_weight("title", body, shown) == 0.0


def test_a_change_to_a_report_is_work_even_in_filler_words() -> None:

    own = {"report": 1.0, "candid": 1.0}
    assert work_cues.cue_penalty(own, [], "could the reqs report also show the source") > 0
    assert work_cues.cue_penalty(own, [], "could the reqs report show the source") == 0


def test_what_a_request_says_it_does_not_want() -> None:
    assert refused_words("top customers by number of orders, not revenue") == {"revenu"}
    assert refused_words("rank by orders rather than revenue") == {"revenu"}
    assert refused_words("customers who did not order") == frozenset()


def test_an_ordering_is_no_breakdown() -> None:
    from bot.language.textnorm import stem
    from bot.matching.subject_fit import find_breakdowns

    assert find_breakdowns("revenue by region") == ["region"]
    assert find_breakdowns("nurses ordered by alphabetical order") == []
    assert find_breakdowns("wines sorted by price per winery") == [stem("winery")]


def test_rows_of_two_things_from_rows_per_one() -> None:
    def known(_stem: str) -> bool:
        return True

    per_reviewer = parse_query_file(
        Path("q.sql"),
        "/*---\ntitle: q\n---*/\nSELECT rv.name, COUNT(*) FROM reviewer rv JOIN rating r "
        "GROUP BY rv.name\n",
        [],
        "q.sql",
    )
    tables = frozenset({"reviewer", "movi"})
    two = asked("the names of all the reviewers and movie names", "", known, [], set(), tables)
    one = asked("the names of all the reviewers", "", known, [], set(), tables)
    f = result_fit(per_reviewer)  # type: ignore[arg-type]
    assert fit_score(two, f) < fit_score(one, f)


def test_a_plural_and_its_singular_share_a_stem() -> None:
    from bot.language.textnorm import stem

    assert stem("movies") == stem("movie") and stem("cities") == stem("city")
    assert stem("days") == stem("day") != stem("die")


def test_rows_of_one_thing_per_group_that_shows_it() -> None:
    def known(_stem: str) -> bool:
        return True

    per_reviewer = parse_query_file(
        Path("q.sql"),
        "/*---\ntitle: q\n---*/\nSELECT rv.name, arg_min(m.title, r.stars) AS lowest_movie "
        "FROM reviewer rv JOIN rating r JOIN movie m GROUP BY rv.name\n",
        [],
        "q.sql",
    )
    f = result_fit(per_reviewer)  # type: ignore[arg-type]
    each = asked(
        "the title of the movie rated least by each reviewer", "", known, ["reviewer"], set()
    )
    plain = asked("the titles of the movies", "", known, [], set())
    assert fit_score(each, f) > fit_score(plain, f)


def test_how_many_of_a_table_from_a_query_counting_another() -> None:
    def known(_stem: str) -> bool:
        return True

    def fit(sql: str):  # type: ignore[no-untyped-def]
        q = parse_query_file(Path("q.sql"), f"/*---\ntitle: q\n---*/\n{sql}\n", [], "q.sql")
        return result_fit(q)  # type: ignore[arg-type]

    trips = fit("SELECT s.city, COUNT(*) AS trips FROM trip t JOIN station s GROUP BY s.city")
    stations = fit("SELECT s.name, s.city FROM station s")
    tables = frozenset({"trip", "station"})
    a = asked("how many stations does mountain view have", "", known, [], {"city"}, tables)
    assert fit_score(a, trips) < fit_score(a, stations)


def test_a_value_s_words_are_no_other_query_s_subject() -> None:

    own = {"song": 1.0}
    subjects = {"song", "english"}
    assert (
        subject_fit.fit_penalty(own, subjects, ["song", "english"], [])
        == subject_fit.FOREIGN_PENALTY
    )
    assert subject_fit.fit_penalty(own, subjects, ["song", "english"], [], values={"english"}) == 0


def test_a_table_the_query_reads_is_no_other_query_s_subject() -> None:

    # "the customers whose orders shipped late" from a query over customers joined to orders
    own = {"customer": 1.0, "late": 1.0}
    subjects = {"customer", "order"}
    stems = ["customer", "order", "late"]
    assert subject_fit.fit_penalty(own, subjects, stems, []) == subject_fit.FOREIGN_PENALTY
    tables = frozenset({"customer", "order"})
    assert subject_fit.fit_penalty(own, subjects, stems, [], tables=tables) == 0
