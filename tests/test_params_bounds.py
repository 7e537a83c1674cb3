"""The right query with the right value (issue 10): dates said as bounds for date parameters
named as bounds, with/without choices read as flags, a flag named by the absence its label
says, and the bound word last in a parameter's name. Each rule on a small library written
here, and each switched off to show it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.language import bounds
from bot.language.entities import find_entities, name_direction
from bot.library.loader import parse_query_file
from bot.library.model import QueryDef
from bot.library.types import date_bounds, flags, text
from bot.matching import params

TODAY = dt.date(2026, 11, 22)

STAFF = """/*---
title: Staff
params:
  surname: {type: string, optional: true, label: surname}
  joined_after: {type: date, optional: true, label: joined after this day}
  joined_before: {type: date, optional: true, label: joined before this day}
  bonus:
    type: choice
    choices: [with, without]
    optional: true
    synonyms: {bonused: with, on bonus: with, no bonus: without}
  no_team: {type: bool, default: false, label: only staff without a team}
  mentor:
    type: choice
    choices: [with, without]
    optional: true
    synonyms: {mentored: with, unmentored: without}
---*/
SELECT s.id, s.surname, s.joined, s.bonus_pct, s.team_id
FROM staff AS s
WHERE 1 = 1
{% if surname %}AND s.surname = :surname{% endif %}
{% if joined_after %}AND s.joined > CAST(:joined_after AS DATE){% endif %}
{% if joined_before %}AND s.joined < CAST(:joined_before AS DATE){% endif %}
{% if bonus == 'with' %}AND s.bonus_pct > 0{% elif bonus == 'without' %}AND s.bonus_pct = 0{% endif %}
{% if no_team %}AND s.team_id IS NULL{% endif %}
{% if mentor == 'with' %}AND s.mentor_id IS NOT NULL{% endif %}
"""

ONLY_AFTER = """/*---
title: Staff who joined
params:
  joined_after: {type: date, optional: true, label: joined after this day}
---*/
SELECT s.id FROM staff AS s WHERE 1 = 1
{% if joined_after %}AND s.joined >= :joined_after{% endif %}
"""

BANDS = """/*---
title: Pay bands
params:
  top_pay_at_least: {type: int, optional: true, min: 0, label: band top at least}
  top_pay_at_most: {type: int, optional: true, min: 0, label: band top at most}
---*/
SELECT band, top_pay FROM bands WHERE 1 = 1
{% if top_pay_at_least is not none %}AND top_pay >= :top_pay_at_least{% endif %}
{% if top_pay_at_most is not none %}AND top_pay <= :top_pay_at_most{% endif %}
"""


def _query(text: str = STAFF) -> QueryDef:
    problems: list = []
    query = parse_query_file(Path("staff.sql"), text, problems, "staff.sql")
    assert query is not None, problems
    return query


def _binds(said: str, query: QueryDef | None = None) -> dict:
    return params.extract(query or _query(), find_entities(said, TODAY), TODAY).binds


@pytest.mark.parametrize(
    ("said", "after", "before"),
    [
        ("staff who joined before June 21, 2002", None, "2002-06-21"),
        ("staff who joined after 7th September, 1987", "1987-09-07", None),
        # inclusive words, moved a day for the strict comparisons of the SQL
        (
            "staff who joined between November 5th, 2007 and July 5th, 2009",
            "2007-11-04",
            "2009-07-06",
        ),
        ("staff who joined after Nov 5, 2007 and before Jul 5, 2009", "2007-11-05", "2009-07-05"),
        ("staff who joined in 2005", "2004-12-31", "2006-01-01"),
        ("staff who joined since March 2001", "2001-02-28", None),
        ("staff who joined on or before 2002-06-21", None, "2002-06-22"),
    ],
)
def test_a_date_goes_to_the_bound_its_words_say(said: str, after: str, before: str) -> None:
    binds = _binds(said)
    assert (binds["joined_after"], binds["joined_before"]) == (after, before)


def test_a_date_said_the_other_way_is_no_value_for_a_lone_bound() -> None:
    # "before" for a query that can only say "after": binding it would return the other rows
    assert _binds("staff who joined before 2002-06-21", _query(ONLY_AFTER))["joined_after"] is None
    assert _binds("staff who joined after 2002-06-21", _query(ONLY_AFTER))["joined_after"] == (
        "2002-06-22"  # `>=`: the day after
    )


def test_dates_as_bounds_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(date_bounds, "DATES_AS_BOUNDS", False)
    binds = _binds("staff who joined before June 21, 2002")
    assert binds["joined_before"] is None


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("staff with null bonuses", "without"),
        ("staff who do not have any value for bonus", "without"),
        ("staff whose bonus is null", "without"),
        ("staff who get a bonus", "with"),
        ("staff with surname King", None),  # a bare "with" says nothing of the bonus
        ("staff with no bonus", "without"),  # a synonym, as before
    ],
)
def test_a_with_or_without_choice_reads_as_a_flag(said: str, want: str | None) -> None:
    assert _binds(said)["bonus"] == want


def test_with_without_choices_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flags, "WITH_WITHOUT_CHOICES_AS_FLAGS", False)
    assert _binds("staff with surname King")["bonus"] == "with"


def test_the_parameters_own_word_is_no_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    # "mentor" is not another form of the synonym "mentored"
    assert _binds("the mentor of every member of staff")["mentor"] is None
    monkeypatch.setattr(text, "NAME_WORD_NO_CHOICE", False)
    assert _binds("the mentor of every member of staff")["mentor"] == "with"


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("staff without a team", True),
        ("staff and their teams", False),  # the subject of every row, not the flag
        ("surnames of all staff", False),
    ],
)
def test_a_flag_is_named_by_the_absence_its_label_says(said: str, want: bool) -> None:
    assert _binds(said)["no_team"] is want


def test_flag_label_negation_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flags, "FLAG_LABEL_NEGATION", False)
    assert _binds("surnames of all staff")["no_team"] is True


def test_the_bound_word_last_in_a_name_says_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    assert name_direction("max_salary_at_least") == 1
    assert name_direction("min_price_below") == -1
    assert _binds("bands whose top pay is under 5000", _query(BANDS))["top_pay_at_least"] is None
    monkeypatch.setattr(bounds, "NAME_BOUND_LAST", False)
    assert name_direction("max_salary_at_least") == 0


PEOPLE = """/*---
title: People
params:
  first_name: {type: string, optional: true, label: first name}
  boss_first_name: {type: string, optional: true, label: boss's first name}
  min_pay: {type: int, optional: true, min: 0, label: pay at least}
  max_pay: {type: int, optional: true, min: 0, label: pay at most}
  top_band_above: {type: int, optional: true, min: 0, label: band top above}
  top_band_below: {type: int, optional: true, min: 0, label: band top below}
  min_age: {type: int, optional: true, min: 0, label: age at least}
---*/
SELECT p.first_name, b.first_name AS boss, p.pay, p.band_top, p.age
FROM people AS p LEFT JOIN people AS b ON b.id = p.boss_id
WHERE 1 = 1
{% if first_name %}AND p.first_name = :first_name{% endif %}
{% if boss_first_name %}AND b.first_name = :boss_first_name{% endif %}
{% if min_pay is not none %}AND p.pay >= :min_pay{% endif %}
{% if max_pay is not none %}AND p.pay <= :max_pay{% endif %}
{% if top_band_above is not none %}AND p.band_top > :top_band_above{% endif %}
{% if top_band_below is not none %}AND p.band_top < :top_band_below{% endif %}
{% if min_age is not none %}AND p.age >= :min_age{% endif %}
"""


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("people with pay between 8000 and 12000", {"min_pay": 8000, "max_pay": 12000}),
        # the pair the subject names, each end as its strict SQL compares
        (
            "people whose band top is between 12000 and 18000",
            {"top_band_above": 11999, "top_band_below": 18001},
        ),
        (
            "people with a band top in the range 12000 to 18000",
            {"top_band_above": 11999, "top_band_below": 18001},
        ),
    ],
)
def test_a_range_goes_to_the_pair_its_subject_names(said: str, want: dict) -> None:
    binds = _binds(said, _query(PEOPLE))
    assert {k: binds[k] for k in want} == want
    assert binds["min_age"] is None


def test_ranges_to_pairs_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.matching import bound_pairs

    said = "people whose band top is between 12000 and 18000"
    monkeypatch.setattr(bound_pairs, "RANGES_TO_PAIRS", False)
    binds = _binds(said, _query(PEOPLE))
    assert (binds["top_band_above"], binds["top_band_below"]) != (11999, 18001)


def test_a_name_after_a_relation_word_is_the_related_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.matching import relations

    q = _query(PEOPLE)
    said = "people who report to Payam"
    ent = find_entities(said, TODAY)
    # the known value of first names, as the index finds it, for the employee's first name
    known = {"first_name": ("Payam", said.index("Payam"), len(said))}
    binds = params.extract(q, ent, TODAY, known).binds
    assert (binds["first_name"], binds["boss_first_name"]) == (None, "Payam")
    monkeypatch.setattr(relations, "RELATION_WORDS_CHOOSE", False)
    binds = params.extract(q, ent, TODAY, known).binds
    assert (binds["first_name"], binds["boss_first_name"]) == ("Payam", None)


OFFICES = """/*---
title: Offices
params:
  city: {type: string, optional: true, label: city}
  street: {type: string, optional: true, label: street}
---*/
SELECT city, street FROM offices WHERE 1 = 1
{% if city %}AND city = :city{% endif %}
{% if street %}AND street = :street{% endif %}
"""


def test_a_bare_number_is_no_name_when_several_could_take_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = "offices and 2500"
    binds = _binds(said, _query(OFFICES))
    assert (binds["city"], binds["street"]) == (None, None)
    # next to its own word it still is one
    assert _binds("offices in city 2500", _query(OFFICES))["city"] == "2500"
    monkeypatch.setattr(text, "BARE_IDS_ONE_TAKER", False)
    assert _binds(said, _query(OFFICES))["city"] == "2500"


def test_a_date_no_date_parameter_can_take_is_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.library.loader import load_library
    from bot.matching import unread
    from bot.matching.matcher import match

    said = "staff who joined before 2002-06-21"
    x = params.extract(_query(ONLY_AFTER), find_entities(said, TODAY), TODAY)
    assert x.binds["joined_after"] is None and x.asked == ["joined_after"]
    (tmp_path / "staff_who_joined.sql").write_text(ONLY_AFTER)
    decision = match(said, load_library(tmp_path), TODAY)
    assert (decision.status, decision.missing) == ("matched", ["joined_after"])
    monkeypatch.setattr(unread, "ASK_UNREAD_DATES", False)
    assert params.extract(_query(ONLY_AFTER), find_entities(said, TODAY), TODAY).asked == []


TRIPS = """/*---
title: Trips
params:
  start_station: {type: string, optional: true, label: start station}
  end_station: {type: string, optional: true, label: end station}
---*/
SELECT id FROM trips WHERE 1 = 1
{% if start_station %}AND start_station = :start_station{% endif %}
{% if end_station %}AND end_station = :end_station{% endif %}
"""


def test_a_quoted_value_neither_parameter_is_named_for_is_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = "trips with station 'Market at 4th'"
    x = params.extract(_query(TRIPS), find_entities(said, TODAY), TODAY)
    assert (x.binds["start_station"], x.binds["end_station"]) == (None, None)
    assert x.asked == ["start_station", "end_station"]
    monkeypatch.setattr(params, "ASK_UNREAD_QUOTES", False)
    assert params.extract(_query(TRIPS), find_entities(said, TODAY), TODAY).asked == []
