"""Issue 10, wave 2: numbers by role, what the SQL body says, request structures no query
answers, and the "not used" line of an answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from bot.language.entities import bound_direction, find_entities, name_direction
from bot.library.loader import ParamDef, QueryDef, load_library
from bot.matching.matcher import match
from bot.matching.params import extract, sql_operator
from bot.matching.sql_words import asked_shape, identifier_words, result_shape
from bot.matching.structure import alternatives, negated_before, relative_comparison
from bot.slack.rendering import results

TODAY = date(2026, 11, 22)


def _write(root: Path, name: str, header: str, sql: str) -> None:
    (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def wines(tmp_path_factory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("wines")
    _write(
        root,
        "wine_list",
        "title: Wine list\n"
        "examples: [wines above 90 points, wines priced over 30]\n"
        "keywords: [wine, wines]\n"
        "params:\n"
        "  score_above: {type: int, optional: true, label: score higher than}\n"
        "  price_above: {type: number, optional: true, label: price higher than}\n"
        "  made_after: {type: int, optional: true, min: 1900, max: 2100, label: made after year}\n"
        "  made_before: {type: int, optional: true, min: 1900, max: 2100, label: made before year}\n"
        "  min_stars: {type: int, optional: true, min: 1, max: 5}\n"
        "  winery: {type: string, optional: true}",
        "SELECT w.Name, w.Price, w.Score, w.VintageYear FROM wine AS w WHERE TRUE\n"
        "{% if score_above %}AND w.Score > :score_above{% endif %}\n"
        "{% if price_above %}AND w.Price > :price_above{% endif %}\n"
        "{% if made_after %}AND w.VintageYear > :made_after{% endif %}\n"
        "{% if made_before %}AND w.VintageYear < :made_before{% endif %}\n"
        "{% if min_stars %}AND w.Stars >= :min_stars{% endif %}\n"
        "{% if winery %}AND w.Winery = :winery{% endif %}",
    )
    return load_library(root)


def _binds(library, text: str) -> dict:  # type: ignore[no-untyped-def]
    return extract(library.get("wine_list"), find_entities(text, TODAY), TODAY).binds


def test_a_bound_points_the_way_its_words_say() -> None:
    assert bound_direction(("prices", "higher", "than")) == 1
    assert bound_direction(("made", "before")) == -1
    assert bound_direction(("at", "least")) == 1
    assert bound_direction(("with", "the")) == 0
    assert name_direction("made_after") == 1 and name_direction("price_below") == -1
    assert name_direction("winery") == 0


def test_a_number_goes_to_the_parameter_its_words_name(wines) -> None:  # type: ignore[no-untyped-def]
    binds = _binds(wines, "wines with prices higher than 50")
    assert binds["price_above"] == 50 and binds["score_above"] is None
    # A quantity is not a name: the winery stays empty.
    assert binds["winery"] is None


def test_before_a_year_is_no_lower_bound(wines) -> None:  # type: ignore[no-untyped-def]
    binds = _binds(wines, "wines made before 2000")
    assert binds["made_before"] == 2000 and binds["made_after"] is None


def test_a_whole_number_bound_follows_the_sql_operator(wines) -> None:  # type: ignore[no-untyped-def]
    assert sql_operator("AND w.Stars >= :min_stars", "min_stars") == ">="
    assert sql_operator("AND :p < w.x", "p") == ">"
    binds = _binds(wines, "wines rated more than 3 stars")
    assert binds["min_stars"] == 4  # "more than 3" is ">= 4"


def test_the_sql_body_names_columns_and_shapes() -> None:
    sql = (
        "-- note: ignore me\nSELECT c.LifeExpectancy, COUNT(*) AS n FROM country AS c "
        "WHERE c.max_temperature_f > :t AND c.name = 'Ignored Literal' "
        "GROUP BY 1 ORDER BY 2 DESC {% if n %}LIMIT :n{% endif %}"
    )
    words = identifier_words(sql)
    assert {"life", "expectancy", "max", "temperature", "country"} <= set(words)
    assert "ignore" not in words and "literal" not in words and "select" not in words
    shape = result_shape(sql)
    assert shape.counts and shape.groups and shape.ranks
    asked = asked_shape("how many wines per winery")
    assert asked.counts and asked.groups and not asked.ranks


def test_structures_no_filter_can_say() -> None:
    assert relative_comparison("songs with a higher rating than some blues song")
    assert not relative_comparison("songs with a rating higher than 8")
    assert alternatives("songs on mp4 or with a resolution above 720")
    assert not alternatives("songs of 4 minutes or more")
    text = "movies not reviewed by Brittany Harris"
    assert negated_before(text, text.index("Brittany"))
    text = "order no. 90211 refunded?"
    assert not negated_before(text, text.index("90211"))


def test_or_between_two_values_is_a_ticket(wines) -> None:  # type: ignore[no-untyped-def]
    d = match("wines above 90 points or priced over 100 dollars", wines, TODAY)
    assert d.status != "matched"


@dataclass
class _Result:
    columns: list[str]
    rows: list[tuple]
    column_types: list[str] = field(default_factory=list)
    row_count: int = 1
    elapsed_ms: float = 3.0
    truncated: bool = False


def test_the_answer_says_what_it_did_not_use() -> None:
    query = QueryDef(name="top_customers", title="Top customers", sql="SELECT 1", params=())
    query_params = (ParamDef("n", "int", default=10),)
    assert query_params  # the rendering needs no parameter to show the line
    msg = results.result_message(query, {}, _Result(["a"], [(1,)]), ignored=["APAC"])
    lines = [b for b in msg["blocks"] if b.get("block_id") == "ignored"]
    assert lines and "not used: APAC" in str(lines[0])
    plain = results.result_message(query, {}, _Result(["a"], [(1,)]))
    assert not [b for b in plain["blocks"] if b.get("block_id") == "ignored"]
