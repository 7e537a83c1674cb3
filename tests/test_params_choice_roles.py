"""What a named choice of a grouping parameter does in the sentence (measured, counted or
grouped by), on a small library written here: each test fails with its switch off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of

from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

STUDENTS = (
    "title: Students per major, city or age\n"
    "description: How many students there are per major (default), home city or age, with\n"
    "  the mean, lowest and highest age of each group.\n"
    "examples: [student numbers by major, age profile per major, students per city]\n"
    "keywords: [how many, students, per, each, by, major, majors, city, cities, age, ages,\n"
    "  average age, min age, max age, different]\n"
    "params:\n"
    "  by:\n"
    "    type: choice\n"
    "    choices: [major, city, age]\n"
    "    default: major\n"
    "    synonyms: {majors: major, cities: city, ages: age}",
    "SELECT {% if by == 'city' %}city{% elif by == 'age' %}age{% else %}major{% endif %}"
    " AS grp, COUNT(*) AS students, AVG(age) AS mean_age, MIN(age) AS min_age,\n"
    "  MAX(age) AS max_age FROM student GROUP BY 1 ORDER BY 2 DESC",
)


def test_a_choice_after_an_aggregate_is_measured_not_grouped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.library.types.choice_roles as CR

    lib = library_of(tmp_path / "lib", {"students": STUDENTS})
    clear_index_cache()
    text = "show the average, minimum and maximum age for different cities"
    d = match(text, lib, TODAY)
    assert (d.query, d.params["by"]) == ("students", "city")
    # an aggregate before the only choice named leaves it as it is
    assert match("students per age", lib, TODAY).params["by"] == "age"
    monkeypatch.setattr(CR, "MEASURED_IS_NO_GROUP", False)
    assert match(text, lib, TODAY).params["by"] == "age"


PLACES = (
    "title: Cities and addresses by place\n"
    "description: One row per city (default), district or country with the number of cities\n"
    "  and addresses there; optionally one country or one district.\n"
    "examples: [cities per country, addresses in the Alberta district]\n"
    "keywords: [city, cities, district, country, countries, addresses, how many, per]\n"
    "params:\n"
    "  by:\n"
    "    type: choice\n"
    "    choices: [city, district, country]\n"
    "    default: city\n"
    "    synonyms: {cities: city, districts: district, countries: country}\n"
    "  country: {type: string, optional: true, label: country name}\n"
    "  district: {type: string, optional: true, label: district name}",
    "SELECT {% if by == 'country' %}country{% elif by == 'district' %}district"
    "{% else %}city{% endif %} AS place, COUNT(DISTINCT city_id) AS cities, COUNT(*) AS addresses\n"
    "FROM address WHERE 1 = 1 {% if country %}AND country = :country{% endif %}\n"
    "{% if district %}AND district = :district{% endif %} GROUP BY 1",
)


def test_what_is_counted_is_no_grouping_when_a_filter_names_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.matching.grain_choice as GC

    lib = library_of(tmp_path / "lib", {"places": PLACES})
    lib.known_values = {"places": {"country": ["Australia", "Japan"], "district": ["Alberta"]}}
    clear_index_cache()
    d = match("how many cities are in Australia?", lib, TODAY)
    assert (d.query, d.params) == (
        "places",
        {"by": "country", "country": "Australia", "district": None},
    )
    # counted with no filter, or grouped outright: as read
    assert match("how many cities per country", lib, TODAY).params["by"] == "country"
    d = match("list the cities in Japan", lib, TODAY)
    assert d.query is None or d.params["by"] == "city"
    monkeypatch.setattr(GC, "COUNTED_IS_NO_GROUP", False)
    assert match("how many cities are in Australia?", lib, TODAY).params["by"] == "city"


BY_STATE = (
    "title: Enrollment by state\n"
    "description: Per state, the number of colleges and their average and total enrollment.\n"
    "examples: [average enrollment per state, total enrollment by state]\n"
    "keywords: [enrollment, enrolment, state, states, per state, average, total, colleges]",
    "SELECT state, COUNT(*) AS colleges, AVG(enr) AS avg_enrollment, SUM(enr) AS total\n"
    "FROM college GROUP BY state ORDER BY state",
)
COLLEGES = (
    "title: College list\n"
    "description: Every college with its state and enrollment; optionally one state.\n"
    "examples: [colleges in LA, list of colleges]\n"
    "keywords: [college, colleges, list, name, names]\n"
    "params:\n"
    "  state: {type: string, optional: true, label: state code}",
    "SELECT name, state, enr FROM college WHERE 1 = 1\n"
    "{% if state %}AND state = :state{% endif %} ORDER BY name",
)


def test_a_value_of_what_the_rows_are_grouped_by_is_shown_in_its_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.matching.values as MV

    lib = library_of(tmp_path / "lib", {"enrollment_by_state": BY_STATE, "colleges": COLLEGES})
    lib.known_values = {"colleges": {"state": ["FL", "LA", "AZ"]}}
    clear_index_cache()
    text = "What is the average enrollment of colleges in the state FL?"
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "enrollment_by_state")
    # the filter's own query still takes the value it filters on
    d = match("list the colleges in FL", lib, TODAY)
    assert (d.query, d.params) == ("colleges", {"state": "FL"})
    monkeypatch.setattr(MV, "GROUPED_VALUES_SHOWN", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query != "enrollment_by_state"
