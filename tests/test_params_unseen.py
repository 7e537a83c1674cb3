"""Parameter values on libraries the matcher was never tuned for (issue 10, third round): a
sort choice read from what it sorts on and which way; one test per rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.language.textnorm import stem
from bot.library.loader import parse_query_file
from bot.library.model import QueryDef
from bot.matching import params
from bot.matching.order_said import sort_by_order_words, sql_sort_keys

SHIPS = """/*---
title: Ship list
params:
  sort:
    type: choice
    choices: [title, title_desc, lightest, heaviest, roomiest]
    default: title
    synonyms: {a to z: title, reverse alphabetical: title_desc, low tonnage: lightest}
---*/
SELECT shipTitle, grossTonnage, maxCrew FROM ships
ORDER BY
{% if sort == 'title_desc' %}s.shipTitle DESC
{% elif sort == 'lightest' %}grossTonnage, shipTitle
{% elif sort == 'heaviest' %}grossTonnage DESC, shipTitle
{% elif sort == 'roomiest' %}maxCrew DESC, grossTonnage DESC
{% else %}shipTitle
{% endif %}
"""


def _ships() -> QueryDef:
    return parse_query_file(Path("ships.sql"), SHIPS, [], "ships.sql")


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in text.split())


def test_each_choice_s_first_key_and_direction_come_from_the_sql() -> None:
    keys = sql_sort_keys(_ships().sql, "sort")
    assert keys["lightest"] == (_stems("gross tonnage"), 1)
    assert keys["heaviest"] == (_stems("gross tonnage"), -1)
    assert keys["title_desc"] == (_stems("ship title"), -1)  # no table alias
    assert keys["\0else"] == (_stems("ship title"), 1)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ships sorted by their tonnage", "lightest"),  # a plain "by" runs ascending
        ("ships in descending order of gross tonnage", "heaviest"),
        ("ships sorted by tonnage, highest first", "heaviest"),
        ("the ship with the maximum crew", "roomiest"),  # the column's own words
        ("sort the ships in descending alphabetical order", "title_desc"),
        ("ships sorted by title in ascending order", "title"),
        ("the ships with the most passengers", "title"),  # nothing it sorts on: unchanged
        ("the top 3 ships by gross tonnage", "heaviest"),
    ],
)
def test_a_sort_choice_is_read_from_its_key_and_direction(text: str, want: str) -> None:
    binds = {"sort": "title"}
    sort_by_order_words(_ships(), text, binds)
    assert binds["sort"] == want


def test_a_bound_choice_that_fits_is_kept() -> None:
    binds = {"sort": "heaviest"}
    sort_by_order_words(_ships(), "the ships with the largest tonnage", binds)
    assert binds["sort"] == "heaviest"


def test_the_reading_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from bot.language.entities import find_entities

    today = date(2026, 11, 22)
    ent = find_entities("ships sorted by their tonnage", today)
    assert params.extract(_ships(), ent, today).binds["sort"] == "lightest"
    monkeypatch.setattr(params, "SORT_BY_ORDER_WORDS", False)
    assert params.extract(_ships(), ent, today).binds["sort"] != "lightest"


HARBOURS = """/*---
title: Harbour list
params:
  berths_above: {type: int, optional: true, min: 0, label: berths more than}
  berths_below: {type: int, optional: true, min: 0, label: berths less than}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n harbours}
---*/
SELECT name, berths FROM harbour WHERE 1 = 1
{% if berths_above %}AND berths > :berths_above{% endif %}
{% if berths_below %}AND berths < :berths_below{% endif %}
ORDER BY name {% if n %}LIMIT :n{% endif %}
"""


def _extract(text: str) -> params.Extraction:
    from datetime import date

    from bot.language.entities import find_entities

    today = date(2026, 11, 22)
    query = parse_query_file(Path("harbours.sql"), HARBOURS, [], "harbours.sql")
    return params.extract(query, find_entities(text, today), today)


def test_a_lower_bound_is_no_row_count_and_the_count_s_noun_does_not_claim_it() -> None:
    x = _extract("how many harbours have more than 15000 moorings")
    assert (x.binds["n"], x.binds["berths_above"], x.refusals) == (None, 15000, [])
    assert _extract("the first 5 harbours").binds["n"] == 5


def test_at_least_one_says_one_exists_and_is_no_value_left_unused() -> None:
    x = _extract("harbours that have at least one ferry")
    assert x.binds["n"] is None
    assert x.used_numbers == {0}


FERRIES = """/*---
title: Ferry trips
params:
  min_trips: {type: int, optional: true, min: 0, label: at least this many trips}
  ferry_name: {type: string, optional: true, label: ferry name}
  port_code: {type: string, optional: true, pattern: '^\\d{5}$', label: home port code}
  ferry_id: {type: int, optional: true, min: 1, max: 100000, label: ferry id}
---*/
SELECT * FROM trips WHERE 1 = 1
{% if min_trips %}AND n >= :min_trips{% endif %}
{% if ferry_name %}AND name = :ferry_name{% endif %}
{% if port_code %}AND port = :port_code{% endif %}
{% if ferry_id %}AND id = :ferry_id{% endif %}
"""


def _ferries(text: str, known: dict[str, tuple[str, int, int]] | None = None) -> dict:
    from datetime import date

    from bot.language.entities import find_entities

    today = date(2026, 11, 22)
    query = parse_query_file(Path("ferries.sql"), FERRIES, [], "ferries.sql")
    return params.extract(query, find_entities(text, today), today, known).binds


def test_a_number_right_after_a_name_word_is_a_name() -> None:
    binds = _ferries("trips of the ferry with name 337")
    assert (binds["min_trips"], binds["ferry_id"], binds["ferry_name"]) == (None, None, "337")


def test_a_number_inside_another_parameter_s_known_value_is_its_own() -> None:
    text = "trips of ferry 4711"
    assert _ferries(text)["ferry_id"] == 4711
    at = text.index("4711")
    assert _ferries(text, {"ferry_name": ("4711", at, at + 4)})["ferry_id"] is None


def test_a_shaped_number_goes_to_the_parameter_of_its_shape_when_switched_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.library.types import base

    monkeypatch.setattr(base, "SHAPE_TAKES_THE_NUMBER", True)
    binds = _ferries("which ferry sailed the most from 94002")
    assert (binds["ferry_id"], binds["port_code"]) == (None, "94002")
    binds = _ferries("trips of ferry id 94002")
    assert (binds["ferry_id"], binds["port_code"]) == (94002, None)


def test_a_choice_said_by_another_form_of_its_word() -> None:
    from bot.library.types import find_choice
    from bot.library.types.text import word_root

    assert {word_root(w) for w in ("succeeded", "successful", "successfully")} == {"success"}
    query = parse_query_file(
        Path("trials.sql"),
        '/*---\ntitle: Trials\nparams:\n  outcome:\n    type: choice\n    choices: ["yes", "no"]\n'
        '    optional: true\n    synonyms: {successful: "yes", rejected: "no"}\n---*/\n'
        "SELECT * FROM trial {% if outcome %}WHERE ok = :outcome{% endif %}\n",
        [],
        "trials.sql",
    )
    outcome = query.params[0]
    assert find_choice(outcome, "riders who succeeded in the trial")[0] == "yes"
    assert find_choice(outcome, "riders who were rejects")[0] == "no"
    assert find_choice(outcome, "riders who did not succeed") is None  # negated: not said


def test_with_a_plural_of_the_counted_thing_says_at_least_one() -> None:
    from datetime import date

    from bot.language.entities import find_entities

    today = date(2026, 11, 22)
    query = parse_query_file(
        Path("per_owner.sql"),
        "/*---\ntitle: Boats per owner\nparams:\n"
        "  min_boats: {type: int, optional: true, min: 1, label: at least this many boats}\n"
        "---*/\nSELECT o.name, COUNT(*) FROM owner o JOIN boat b ON b.o = o.id GROUP BY o.name"
        " {% if min_boats %}HAVING COUNT(*) >= :min_boats{% endif %}\n",
        [],
        "per_owner.sql",
    )
    for text, want in (("owners with boats", 1), ("owners without boats", None)):
        assert params.extract(query, find_entities(text, today), today).binds["min_boats"] == want


def test_a_comparison_with_its_than_left_out_is_a_bound() -> None:
    from bot.language.entities import bound_direction

    assert bound_direction(("is", "greater")) == 1
    assert bound_direction(("fewer",)) == -1
    assert _extract("harbours whose berths are greater 40").binds["berths_above"] == 40
