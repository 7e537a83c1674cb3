"""Parameter values on libraries the matcher was never tuned for (issue 10, values round):
"none" as an upper bound of zero on a count, and a column's own words never taken as a name;
one test per rule, each switched off to show it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.language.entities import find_entities
from bot.language.textnorm import stem
from bot.library.loader import parse_query_file
from bot.library.model import QueryDef
from bot.matching import params, readings, year_bounds

TODAY = dt.date(2026, 11, 22)

MEMBERS = """/*---
title: Members
params:
  surname: {type: string, optional: true, label: member's surname}
  min_bookings: {type: int, optional: true, min: 0, label: at least this many bookings}
  max_bookings: {type: int, optional: true, min: 0, label: at most this many bookings}
  max_age: {type: int, optional: true, min: 0, label: oldest age}
---*/
WITH b AS (SELECT member_id, COUNT(*) AS n FROM bookings GROUP BY member_id)
SELECT m.member_id, m.surname, m.age, COALESCE(b.n, 0) AS bookings
FROM members AS m LEFT JOIN b ON b.member_id = m.member_id
WHERE 1 = 1
{% if surname %}AND m.surname = :surname{% endif %}
{% if min_bookings is not none %}AND COALESCE(b.n, 0) >= :min_bookings{% endif %}
{% if max_bookings is not none %}AND COALESCE(b.n, 0) <= :max_bookings{% endif %}
{% if max_age is not none %}AND m.age <= :max_age{% endif %}
"""

STRICT = MEMBERS.replace("<= :max_bookings", "< :max_bookings").replace(
    "min: 0, label: at most", "min: 1, label: fewer than"
)


def _query(text: str = MEMBERS) -> QueryDef:
    problems: list = []
    query = parse_query_file(Path("members.sql"), text, problems, "members.sql")
    assert query is not None, problems
    return query


def _binds(text: str, query: QueryDef | None = None) -> dict:
    q = query or _query()
    return params.extract(q, find_entities(text, TODAY), TODAY).binds


@pytest.mark.parametrize(
    "text",
    [
        "members who have not made any booking",
        "members with no bookings",
        "which members never made any booking?",
        "members without any bookings",
        "how many members did not have any bookings",
        "members that were never booked in any way, zero bookings",
    ],
)
def test_none_said_is_an_upper_bound_of_zero(text: str) -> None:
    binds = _binds(text)
    assert binds["max_bookings"] == 0
    assert binds["min_bookings"] in (None, 0)  # "zero bookings": exactly 0 both ways
    assert binds["max_age"] is None  # an age counts nothing: no zero for it


@pytest.mark.parametrize(
    "text",
    [
        "members with bookings",
        "members with no more than 2 bookings",  # a bound with its number
        "members who are not old, with any bookings",  # the negation is in another clause
        "no surname needed, just the bookings per member",  # nothing says there are none
    ],
)
def test_no_zero_where_the_words_do_not_say_none(text: str) -> None:
    assert _binds(text)["max_bookings"] != 0


def test_a_strict_upper_bound_takes_one() -> None:
    assert _binds("members with no bookings", _query(STRICT))["max_bookings"] == 1


def test_none_is_zero_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(params, "NONE_IS_ZERO", False)
    assert _binds("members who have not made any booking")["max_bookings"] is None


def test_a_column_s_own_word_after_a_cue_is_no_name(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "the member ID and the surname of the members with 3 bookings or more"
    assert _binds(text)["surname"] is None  # "ID" is the query's member_id column
    assert _binds("the bookings of member Okafor")["surname"] == "Okafor"
    monkeypatch.setattr(readings, "COLUMN_WORDS_ARE_NO_NAMES", False)
    assert _binds(text)["surname"] == "ID"


CARS = """/*---
title: Cars
params:
  warranty:
    type: choice
    choices: ["yes", "no"]
    optional: true
  sort:
    type: choice
    choices: [model, cheapest, dearest]
    default: model
---*/
SELECT model, price, warranty FROM cars
WHERE 1 = 1 {% if warranty %}AND warranty = :warranty{% endif %}
ORDER BY
{% if sort == 'cheapest' %}price, model
{% elif sort == 'dearest' %}price DESC, model
{% else %}model
{% endif %}
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("cars that came with a warranty", "yes"),
        ("which cars have any warranty left", "yes"),
        ("cars sold without a warranty", "no"),
        ("the models and their warranty", None),  # only named: says neither
    ],
)
def test_a_yes_no_choice_reads_as_a_flag(text: str, want: str | None) -> None:
    assert _binds(text, _query(CARS))["warranty"] == want


def test_yes_no_choices_as_flags_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.library.types import flags

    monkeypatch.setattr(flags, "YES_NO_CHOICES_AS_FLAGS", False)
    assert _binds("cars that came with a warranty", _query(CARS))["warranty"] is None


def test_the_first_way_said_orders_the_first_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.matching import order_said

    text = "models and prices of the cars, sorted by price decreasing and model ascending"
    assert _binds(text, _query(CARS))["sort"] == "dearest"
    monkeypatch.setattr(order_said, "FIRST_WAY_SAID", False)
    order_said._order_reading.cache_clear()  # read once per request text
    assert _binds(text, _query(CARS))["sort"] != "dearest"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("members with 3 or more bookings", (3, None)),
        ("members with three or fewer bookings", (None, 3)),
        ("members with 5+ bookings", (5, None)),
        ("members with 3 bookings or more", (3, None)),  # the unit between
    ],
)
def test_a_bound_said_after_the_number(
    text: str, want: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    binds = _binds(text)
    assert (binds["min_bookings"], binds["max_bookings"]) == want
    assert binds["surname"] is None
    from bot.language import bounds

    monkeypatch.setattr(bounds, "BOUND_AFTER_NUMBER", False)
    binds = _binds(text)
    assert (binds["min_bookings"], binds["max_bookings"]) != want


@pytest.mark.parametrize(
    "text",
    [
        "members with exactly 2 bookings",
        "members with just two bookings",
        "members with 2 bookings",
    ],
)
def test_an_exact_count_binds_both_bounds(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    binds = _binds(text)
    assert (binds["min_bookings"], binds["max_bookings"]) == (2, 2)
    monkeypatch.setattr(params, "EXACT_COUNTS_BOTH_BOUNDS", False)
    binds = _binds(text)
    assert (binds["min_bookings"], binds["max_bookings"]) != (2, 2)


def test_exactly_for_a_lone_bound_is_given_back() -> None:
    lone = MEMBERS.replace(
        "  max_bookings: {type: int, optional: true, min: 0, label: at most this many bookings}\n",
        "",
    ).replace(
        "{% if max_bookings is not none %}AND COALESCE(b.n, 0) <= :max_bookings{% endif %}", ""
    )
    query = _query(lone)
    assert _binds("members with exactly 2 bookings", query)["min_bookings"] is None
    assert _binds("members with at least 2 bookings", query)["min_bookings"] == 2


COURSES = """/*---
title: Courses
params:
  min_enrolments: {type: int, optional: true, min: 0, label: at least this many enrolments}
  max_enrolments: {type: int, optional: true, min: 0, label: at most this many enrolments}
---*/
SELECT course_name, enrolments FROM course_counts
WHERE 1 = 1
{% if min_enrolments is not none %}AND enrolments >= :min_enrolments{% endif %}
{% if max_enrolments is not none %}AND enrolments <= :max_enrolments{% endif %}
"""


def test_a_pair_s_shared_words_in_another_spelling(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.library.types import numbers

    text = "courses that have exactly 1 student enrollment"
    binds = _binds(text, _query(COURSES))
    assert (binds["min_enrolments"], binds["max_enrolments"]) == (1, 1)
    monkeypatch.setattr(numbers, "SPELLINGS_MEET", False)
    binds = _binds(text, _query(COURSES))
    assert (binds["min_enrolments"], binds["max_enrolments"]) == (None, None)
    monkeypatch.setattr(numbers, "SPELLINGS_MEET", True)
    monkeypatch.setattr(numbers, "EXACT_FITS_A_PAIR", False)
    binds = _binds(text, _query(COURSES))
    assert (binds["min_enrolments"], binds["max_enrolments"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("members with bookings greater than or equal to 3", (3, None)),
        ("members whose bookings are less than or equal to 2", (None, 2)),
        ("members with bookings >= 4", (4, None)),
        ("members with bookings > 4", (5, None)),  # the SQL's >= takes one more
        ("members with bookings ≤ 1", (None, 1)),
    ],
)
def test_an_or_equal_comparison_is_an_inclusive_bound(
    text: str, want: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    binds = _binds(text)
    assert (binds["min_bookings"], binds["max_bookings"]) == want
    from bot.language import bounds

    monkeypatch.setattr(bounds, "INCLUSIVE_COMPARISONS", False)
    binds = _binds(text)
    assert (binds["min_bookings"], binds["max_bookings"]) != want


PEOPLE = """/*---
title: Students
params:
  family_name: {type: string, optional: true, label: student's family name}
  personal_name: {type: string, optional: true, label: student's personal name}
---*/
SELECT student_id, personal_name, family_name FROM students
WHERE 1 = 1
{% if family_name %}AND family_name = :family_name{% endif %}
{% if personal_name %}AND personal_name = :personal_name{% endif %}
"""


def test_a_name_one_parameter_took_is_not_another_s(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "students named Karson"
    at = text.index("Karson")
    known = {"personal_name": ("Karson", at, at + len("Karson"))}
    query = _query(PEOPLE)

    def binds() -> dict:
        return params.extract(query, find_entities(text, TODAY), TODAY, known).binds

    assert binds()["personal_name"] == "Karson"
    assert binds()["family_name"] is None  # one word, one value
    monkeypatch.setattr(readings, "ONE_NAME_ONE_PARAM", False)
    assert binds()["family_name"] == "Karson"


HALLS = """/*---
title: Halls
params:
  capacity_above: {type: int, optional: true, min: 0, label: capacity more than}
  min_residents: {type: int, optional: true, min: 0, label: at least this many residents}
---*/
SELECT hall_name, student_capacity FROM halls
WHERE 1 = 1
{% if capacity_above %}AND student_capacity > :capacity_above{% endif %}
{% if min_residents %}AND residents >= :min_residents{% endif %}
"""


def test_a_threshold_s_unit_may_be_its_compared_column_s_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    query = _query(HALLS)
    p = next(p for p in query.params if p.name == "capacity_above")
    assert {stem("students"), stem("capacity")} <= params.unit_cues(query, p)
    amount = _query(HALLS.replace("capacity_above: {type: int", "capacity_above: {type: number"))
    q = next(p for p in amount.params if p.name == "capacity_above")
    assert stem("students") not in params.unit_cues(amount, q)  # an amount counts no things
    monkeypatch.setattr(readings, "COMPARED_COLUMN_WORDS", False)
    assert stem("students") not in params.unit_cues(query, p)


WINES = """/*---
title: Wines
params:
  min_price: {type: number, optional: true, min: 0}
  min_score: {type: number, optional: true, min: 0}
---*/
SELECT name, price, score FROM wines WHERE 1 = 1
{% if min_price %}AND price >= :min_price{% endif %}
{% if min_score %}AND score >= :min_score{% endif %}
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("wines with a score at least 90", "min_score"),
        ("wines with a price at least 90", "min_price"),
        ("wines with a score of 90 or more", "min_score"),
    ],
)
def test_the_subject_before_at_least_chooses_the_parameter(
    text: str, want: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    binds = _binds(text, _query(WINES))
    assert binds[want] == 90
    assert [k for k, v in binds.items() if v is not None] == [want]
    if want == "min_score":  # min_price is first: without the subject it takes the number
        from bot.library.types import number_subject, numbers

        monkeypatch.setattr(numbers, "SUBJECT_BEFORE_AT_LEAST", False)
        # (the bound's subject, read by bot.library.types.number_subject, says it too)
        monkeypatch.setattr(number_subject, "SUBJECT_NAMES_THE_BOUND", False)
        assert _binds(text, _query(WINES))[want] is None


FILMS = """/*---
title: Films
params:
  made_after: {type: int, optional: true, min: 1880, label: released after year}
  min_films: {type: int, optional: true, min: 1, label: directors with at least this many films}
---*/
SELECT title, director, year FROM films WHERE 1 = 1
{% if made_after %}AND year > :made_after{% endif %}
{% if min_films %}AND director_films >= :min_films{% endif %}
"""


def test_exactly_given_back_is_refused_by_no_other_parameter() -> None:
    text = "films of directors who made only one film"
    x = params.extract(_query(FILMS), find_entities(text, TODAY), TODAY)
    assert x.binds["min_films"] is None  # at least 1 is not only 1
    assert x.refusals == []  # nor is "one" a year made, to refuse


def test_a_refusal_needs_the_words_next_to_the_number(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.library.types import numbers

    def refusals(text: str) -> list[str]:
        return params.extract(_query(FILMS), find_entities(text, TODAY), TODAY).refusals

    text = "which directors made exactly one movie"
    assert refusals(text) == []
    assert refusals("films released after year 1500")  # the year is tied to it: refused
    monkeypatch.setattr(numbers, "REFUSE_ONLY_TIED", False)
    assert refusals(text)


CATALOG = """/*---
title: Catalog
params:
  made_after: {type: int, optional: true, min: 1880, max: 2100, label: released after year}
  made_before: {type: int, optional: true, min: 1880, max: 2100, label: released before year}
---*/
SELECT title, release_year FROM films WHERE 1 = 1
{% if made_after %}AND release_year > :made_after{% endif %}
{% if made_before %}AND release_year < :made_before{% endif %}
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("films made between 1990 and 2000", (1989, 2001)),  # as the SQL's > and < compare
        ("films from 1990 to 2000", (1989, 2001)),
        ("films made since 1995", (1994, None)),
        ("films made in 1999", (1998, 2000)),  # one year: both bounds of the pair
    ],
)
def test_a_range_of_years_goes_to_the_year_bounds(
    text: str, want: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    binds = _binds(text, _query(CATALOG))
    assert (binds["made_after"], binds["made_before"]) == want
    if "1999" not in text:
        monkeypatch.setattr(year_bounds, "YEAR_RANGES_TO_BOUNDS", False)
        binds = _binds(text, _query(CATALOG))
        assert (binds["made_after"], binds["made_before"]) == (None, None)


CELLAR = """/*---
title: Cellar
params:
  score_above: {type: int, optional: true, min: 0, max: 100, label: score higher than}
  price_above: {type: number, optional: true, min: 0, label: price higher than}
  price_below: {type: number, optional: true, min: 0, label: price lower than}
  min_bottles: {type: int, optional: true, min: 1, label: at least this many bottles}
  n: {type: int, optional: true, min: 1, max: 1000, label: number of wines}
---*/
SELECT name, score, price, bottles FROM wines WHERE 1 = 1
{% if score_above %}AND score > :score_above{% endif %}
{% if price_above %}AND price > :price_above{% endif %}
{% if price_below %}AND price < :price_below{% endif %}
{% if min_bottles %}AND bottles >= :min_bottles{% endif %}
{% if n %}LIMIT :n{% endif %}
"""


@pytest.mark.parametrize(
    ("text", "want", "switch"),
    [
        ("wines over $100", "price_above", "MONEY_TO_AMOUNTS"),
        ("wines under $30", "price_below", "AMOUNTS_NO_ROW_COUNT"),
        ("wines of 3 bottles under $30", "price_below", "MONEY_TO_AMOUNTS"),
    ],
)
def test_money_goes_to_an_amount(
    text: str, want: str, switch: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.library.types import number_cues, numbers

    binds = _binds(text, _query(CELLAR))
    assert [k for k, v in binds.items() if v is not None and k != "min_bottles"] == [want]
    monkeypatch.setattr(numbers, switch, False)
    # which also keeps "$100" from the score, a whole number whose words name no money
    monkeypatch.setattr(number_cues, "MONEY_NEEDS_MONEY_WORDS", False)
    assert _binds(text, _query(CELLAR))[want] is None


TRIPS = """/*---
title: Trips
params:
  start_station: {type: string, optional: true, label: start station}
  end_station: {type: string, optional: true, label: end station}
  title_word: {type: string, optional: true, label: word in the title}
  duration_above: {type: int, optional: true, min: 0, label: longer than N seconds}
---*/
SELECT id, duration FROM trips WHERE 1 = 1
{% if start_station %}AND start_station = :start_station{% endif %}
{% if end_station %}AND end_station = :end_station{% endif %}
{% if title_word %}AND contains(title, :title_word){% endif %}
{% if duration_above %}AND duration > :duration_above{% endif %}
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("trips from station 'Market at 4th'", "start_station"),
        ("trips ending at 'Market at 4th'", "end_station"),
        ("trips named 'Market at 4th' in the title", "title_word"),
        ("trips with 'Market at 4th'", None),  # nothing says which: neither
    ],
)
def test_a_quoted_value_is_one_parameter_s(
    text: str, want: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    binds = _binds(text, _query(TRIPS))
    took = [k for k, v in binds.items() if v == "Market at 4th"]
    assert took == ([want] if want else [])
    monkeypatch.setattr(params, "ONE_QUOTE_ONE_PARAM", False)
    assert len([k for k, v in _binds(text, _query(TRIPS)).items() if v == "Market at 4th"]) > 1


@pytest.mark.parametrize(
    ("text", "want"), [("trips longer than 1 hour", 3600), ("trips longer than 10 minutes", 600)]
)
def test_a_time_unit_converts_to_the_parameter_s(
    text: str, want: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.library.types import numbers

    assert _binds(text, _query(TRIPS))["duration_above"] == want
    monkeypatch.setattr(numbers, "SECONDS_TO_YEARS", False)
    assert _binds(text, _query(TRIPS))["duration_above"] != want


def test_money_has_no_unit_before_its_comparison() -> None:
    from bot.matching.values import unit_mismatches

    query = _query(CELLAR)
    ent = find_entities("wines over $100", TODAY)
    x = params.extract(query, ent, TODAY)
    assert x.binds["price_above"] == 100
    # "wines" before "over $100" says what is priced, not the unit of the amount
    assert unit_mismatches(query, ent, x, {stem("wines"), stem("bottles")}) == 0
