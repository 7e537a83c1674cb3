"""Answerable requests ticketed on libraries the matcher was not written for (issue 10): a
"by" that says how rows are ordered ("order the countries by decreasing number of airports",
"sort the rooms by price") is no breakdown the query would drop; a sort bound to a ranking
none of whose words are said, while another ranking of the same way is, is asked for rather
than guessed; the "or equal to" of an inclusive bound ("a price larger than or equal to $180")
is neither an unknown word nor a comparison with other rows; a threshold on a count of rows
(`HAVING COUNT(*) >= :n`) takes the counted rows' name as its unit ("4 or more employees"). Each test runs with its switch on
and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import readings, sort_choice, structure, subject_fit
from bot.matching.matcher import clear_index_cache, match
from bot.matching.subject_fit import find_breakdowns

TODAY = date(2026, 11, 22)

AIRPORTS_PER_COUNTRY = (
    "title: Airports per country\n"
    "description: One row per country with how many airports it has, most first.\n"
    "examples: [number of airports in each country, which country has the most airports]\n"
    "keywords: [airports, countries, country, per country, number of airports, count]",
    "SELECT country, COUNT(*) AS airports FROM airports GROUP BY country ORDER BY airports DESC",
)
AIRPORT_LIST = (
    "title: Airport directory\n"
    "description: Every airport with its city, country and elevation.\n"
    "examples: [list the airports, airports in a city]\n"
    "keywords: [airports, airport, city, elevation, directory, list]",
    "SELECT name, city, country, elevation FROM airports ORDER BY name",
)


@pytest.mark.parametrize(
    "text",
    [
        "order the countries by decreasing number of airports",
        "arrange the airlines by their size",
        "sort the rooms by price",
        "rank the clubs by their size",
    ],
)
def test_an_order_by_is_no_breakdown(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert find_breakdowns(text) == []
    monkeypatch.setattr(subject_fit, "ORDER_BY_NOT_BREAKDOWN", False)
    assert find_breakdowns(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "revenue by region",
        "top customers by region",
        "sort the rooms by price and revenue by region",
        "mark order 30372 as delivered the courier confirmed by region",
    ],
)
def test_a_breakdown_stays_one(text: str) -> None:
    assert "region" in find_breakdowns(text)


def test_an_ordered_count_per_group_is_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(
        tmp_path / "lib",
        {"airports_per_country": AIRPORTS_PER_COUNTRY, "airport_list": AIRPORT_LIST},
    )
    text = "How many airports are there per country? Order the countries by decreasing number."
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "airports_per_country")
    monkeypatch.setattr(subject_fit, "ORDER_BY_NOT_BREAKDOWN", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert d.status != "matched"


ROUTES_BY_AIRPORT = (
    "title: Routes by airport\n"
    "description: One row per airport with the routes departing from it, arriving at it and both.\n"
    "examples: [busiest airports by departures, top 20 hubs by total routes]\n"
    "keywords: [airport, airports, routes, departures, arrivals, source, destination, most, top]\n"
    "params:\n"
    "  sort:\n"
    "    type: choice\n"
    "    choices: [most_departures, most_arrivals, most_routes, name]\n"
    "    default: most_departures\n"
    "    synonyms: {departures: most_departures, source: most_departures,\n"
    "               arrivals: most_arrivals, destination: most_arrivals, total: most_routes,\n"
    "               most routes: most_routes, by name: name}",
    "SELECT a.name, d.departures, r.arrivals, d.departures + r.arrivals AS routes "
    "FROM airports AS a JOIN departures AS d ON d.apid = a.apid "
    "JOIN arrivals AS r ON r.apid = a.apid ORDER BY "
    "{% if sort == 'most_arrivals' %}r.arrivals DESC{% elif sort == 'most_routes' %}routes DESC"
    "{% elif sort == 'name' %}a.name{% else %}d.departures DESC{% endif %}",
)


def test_a_ranking_none_of_whose_words_are_said_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"routes_by_airport": ROUTES_BY_AIRPORT})
    text = (
        "Find the number of routes for each source airport, order the results by decreasing "
        "number of routes."
    )
    d = match(text, lib, TODAY)
    assert d.query == "routes_by_airport"
    assert d.params["sort"] != "most_departures" and "sort" in d.missing
    monkeypatch.setattr(sort_choice, "UNSAID_RANK_ASKS", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert "sort" not in d.missing


PRODUCT_CATALOG = (
    "title: Product catalog\n"
    "description: Every product with its price and maker, within an optional price range.\n"
    "examples: [products under $100, products priced between 50 and 200]\n"
    "keywords: [products, product, price, catalog]\n"
    "params:\n"
    "  min_price: {type: number, default: null}\n"
    "  max_price: {type: number, default: null}",
    "SELECT name, price FROM products "
    "WHERE (:min_price IS NULL OR price >= :min_price) "
    "AND (:max_price IS NULL OR price <= :max_price) ORDER BY name",
)


@pytest.mark.parametrize(
    ("text", "param", "value"),
    [
        (
            "Select the name of the products with a price less than or equal to $200.",
            "max_price",
            200,
        ),
        ("products with a price larger than or equal to 180", "min_price", 180),
        ("products priced greater than or equals to 75", "min_price", 75),
    ],
)
def test_an_inclusive_bound_is_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, param: str, value: int
) -> None:
    lib = _library(tmp_path / "lib", {"product_catalog": PRODUCT_CATALOG})
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "product_catalog")
    assert float(d.params[param]) == value
    monkeypatch.setattr(structure, "INCLUSIVE_WORDS_BLANKED", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"


def test_or_equal_to_another_row_stays_relative() -> None:
    assert not structure.relative_comparison("products with a price larger than or equal to 180")
    assert structure.relative_comparison("products priced higher than or equal to the average")
    assert structure.without_or_equal("less than or equal to $5") == "less than             $5"


REPORTING_LINES = (
    "title: Reporting lines\n"
    "description: Each manager with how many direct reports they have.\n"
    "examples: [managers and their direct reports, who manages the most people]\n"
    "keywords: [managers, manager, reports, direct reports, team]\n"
    "params:\n"
    "  min_reports: {type: int, optional: true, min: 0, label: at least this many direct reports}",
    "SELECT m.name AS manager, e.department_id, COUNT(*) AS direct_reports "
    "FROM employees AS e JOIN employees AS m ON m.id = e.manager_id "
    "GROUP BY m.name, e.department_id HAVING 1 = 1 "
    "{% if min_reports is not none %}AND COUNT(*) >= :min_reports{% endif %}",
)
DEPARTMENT_HEADCOUNT = (
    "title: Department headcount\n"
    "description: Each department with its number of employees.\n"
    "examples: [headcount per department, departments with more than 10 employees]\n"
    "keywords: [departments, department, headcount, employees]\n"
    "params:\n"
    "  min_employees: {type: int, optional: true, min: 0, label: at least this many employees}",
    "SELECT department_id, COUNT(*) AS employees FROM employees GROUP BY department_id "
    "HAVING 1 = 1 {% if min_employees is not none %}AND COUNT(*) >= :min_employees{% endif %}",
)


def test_a_count_threshold_takes_the_counted_rows_as_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(
        tmp_path / "lib",
        {"reporting_lines": REPORTING_LINES, "department_headcount": DEPARTMENT_HEADCOUNT},
    )
    text = "Find the managers who are managing 4 or more employees with their direct reports."
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params.get("min_reports")) == ("matched", "reporting_lines", 4)
    monkeypatch.setattr(readings, "COUNTED_ROWS_ARE_UNITS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"


def test_counted_rows_are_read_from_the_sql() -> None:
    sql = "SELECT a.x FROM employees AS e JOIN depts AS d ON 1=1 HAVING COUNT(*) >= :n"
    assert readings.compared_words(sql, "n") == {"employe"}
    sql = "SELECT 1 FROM depts AS d JOIN course_takes AS t ON 1=1 HAVING COUNT(DISTINCT t.id) > :n"
    assert readings.compared_words(sql, "n") == {"cours", "take"}
