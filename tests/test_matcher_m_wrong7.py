"""Wrong answers on libraries the matcher was not written for (issue 10): a plain count of a
thing from a query whose rows are that thing but whose counts, the ones its title is about,
are of another ("the number of customers" from "Accounts per customer"); a period said that a
query whose rows carry a year cannot apply ("the fee in 2005"). Each test runs on a small
library written here, with its switch on and off; a number before a table's noun taken by a
parameter of another unit ("clubs with more than 1 member" as an age above 1); a bound
measured against an average of the other rows ("priced above the average price"); a negation
of the rows themselves from a query whose yes/no parameter is about something else."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import dated_rows, number_units, plain_rows, result_fit, structure
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

ACCOUNTS_PER_CUSTOMER = (
    "title: Accounts per customer\n"
    "description: Every customer with their phone number and how many accounts they hold.\n"
    "examples: [number of accounts of each customer, which customers have the most accounts]\n"
    "keywords: [accounts, holders, customers, clients, number of accounts, count, per customer]",
    "SELECT c.customer_id, c.customer_name, c.phone_number, COUNT(a.account_id) AS accounts "
    "FROM Customers AS c LEFT JOIN Accounts AS a ON a.customer_id = c.customer_id "
    "GROUP BY c.customer_id, c.customer_name, c.phone_number ORDER BY accounts DESC",
)
CUSTOMER_LIST = (
    "title: Customer directory\n"
    "description: Customers with their id, name, email, phone and address.\n"
    "examples: [customer directory, contact details of the customers]\n"
    "keywords: [customers, customer, clients, directory, contact, email, phone, address, list]",
    "SELECT customer_id, customer_name, email_address, phone_number, town_city FROM Customers "
    "ORDER BY customer_id",
)


@pytest.mark.parametrize("text", ["Show the number of customers.", "count the customers pls"])
def test_a_count_of_rows_is_not_the_count_a_title_is_about(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    lib = _library(
        tmp_path / "lib",
        {"accounts_per_customer": ACCOUNTS_PER_CUSTOMER, "customer_list": CUSTOMER_LIST},
    )
    d = match(text, lib, TODAY)
    assert d.query != "accounts_per_customer"
    assert d.candidates[0].query == "customer_list"
    monkeypatch.setattr(plain_rows, "COUNT_OF_OTHER_PENALTY", 0.0)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert d.candidates[0].query == "accounts_per_customer"


def test_the_count_asked_is_the_one_shown(tmp_path: Path) -> None:
    lib = _library(
        tmp_path / "lib",
        {"accounts_per_customer": ACCOUNTS_PER_CUSTOMER, "customer_list": CUSTOMER_LIST},
    )
    d = match("how many accounts does each customer hold", lib, TODAY)
    assert (d.status, d.query) == ("matched", "accounts_per_customer")


FEES = (
    "title: Campus fees\n"
    "description: One row per campus with its fee and the year the fee is for.\n"
    "examples: [campus fee at each campus, most expensive campus fees]\n"
    "keywords: [fee, fees, campus, campuses, average, cost]",
    "SELECT c.Campus AS campus, f.Year AS fee_year, f.CampusFee AS campus_fee "
    "FROM csu_fees AS f JOIN Campuses AS c ON c.Id = f.Campus ORDER BY c.Campus",
)
HEADCOUNT = (
    "title: Students per campus\n"
    "description: One row per campus from the enrolment reported for 2004, the only year.\n"
    "examples: [students at each campus]\n"
    "keywords: [students, headcount, campus, campuses, 2004]",
    "SELECT c.Campus AS campus, MAX(e.Year) AS academic_year, SUM(e.Students) AS students "
    "FROM enrollments AS e JOIN Campuses AS c ON c.Id = e.Campus GROUP BY c.Campus",
)


def test_a_period_on_dated_rows_no_parameter_takes_is_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"campus_fees": FEES, "headcount": HEADCOUNT})
    text = "what was the campus fee at each campus in 2005?"
    d = match(text, lib, TODAY)
    assert d.status != "matched"
    monkeypatch.setattr(dated_rows, "PERIOD_ON_DATED_ROWS", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "campus_fees")


def test_a_period_the_header_names_is_not_dropped(tmp_path: Path) -> None:
    lib = _library(tmp_path / "lib", {"campus_fees": FEES, "headcount": HEADCOUNT})
    d = match("how many students at each campus in 2004", lib, TODAY)
    assert (d.status, d.query) == ("matched", "headcount")
    assert dated_rows.rows_dated(FEES[1]) and not dated_rows.rows_dated("SELECT campus FROM c")


CLUB_STATS = (
    "title: Club membership statistics\n"
    "description: One row per club with how many members and their average age. Optionally"
    " only members older than an age.\n"
    "examples: [membership numbers per club, members older than 20 per club]\n"
    "keywords: [club, clubs, members, member, how many, average, age, older, list]\n"
    "params:\n  older_than: {type: int, optional: true, min: 0, max: 99, label: age above}",
    "SELECT c.ClubName AS club, COUNT(s.StuID) AS members, AVG(s.Age) AS average_age "
    "FROM Club AS c LEFT JOIN Member_of_club AS m ON m.ClubID = c.ClubID "
    "LEFT JOIN Student AS s ON s.StuID = m.StuID "
    "WHERE 1 = 1 {% if older_than %}AND s.Age > :older_than{% endif %} GROUP BY c.ClubName",
)
BIG_CLUBS = (
    "title: Clubs by size\n"
    "examples: [clubs with at least 3 members]\n"
    "keywords: [club, clubs, members, member, size, list]\n"
    "params:\n  min_members: {type: int, optional: true, min: 1, label: members at least}",
    "SELECT c.ClubName AS club, COUNT(m.StuID) AS members FROM Club AS c "
    "JOIN Member_of_club AS m ON m.ClubID = c.ClubID GROUP BY c.ClubName "
    "{% if min_members %}HAVING COUNT(m.StuID) >= :min_members{% endif %}",
)


def test_a_number_of_a_tables_rows_is_no_quantity_of_another_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"club_stats": CLUB_STATS})
    text = "pls list clubs with more than 1 member"
    d = match(text, lib, TODAY)
    assert d.status != "matched"
    monkeypatch.setattr(number_units, "TABLE_NOUN_ANY_PARAM", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query, d.params["older_than"]) == ("matched", "club_stats", 1)


def test_a_bound_on_a_count_takes_the_number_of_rows(tmp_path: Path) -> None:
    lib = _library(tmp_path / "lib", {"big_clubs": BIG_CLUBS})
    d = match("clubs with more than 1 member", lib, TODAY)
    assert (d.status, d.query) == ("matched", "big_clubs")
    assert number_units._bounds_count(BIG_CLUBS[1], "min_members")
    assert not number_units._bounds_count(CLUB_STATS[1], "older_than")


PRODUCTS = (
    "title: Product catalogue\n"
    "examples: [list of products with their selling price, price of cumin]\n"
    "keywords: [product, products, price, selling price, priced, catalogue, list, average]",
    "SELECT product_name, typical_selling_price, AVG(typical_selling_price) OVER () AS average "
    "FROM Products ORDER BY product_name",
)
FEES_ABOVE = (
    "title: Campus fees\n"
    "keywords: [fee, fees, campus, campuses, average, above, below]\n"
    "params:\n  relative_to_average:\n    type: choice\n    optional: true\n"
    "    choices: [above, below]\n    synonyms: {above the average: above}",
    "SELECT campus, fee FROM fees WHERE 1 = 1 "
    "{% if relative_to_average == 'above' %}AND fee > (SELECT AVG(fee) FROM fees){% endif %}",
)


def test_a_bound_past_the_average_is_a_comparison_with_other_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"products": PRODUCTS})
    text = "products priced above the average selling price pls"
    d = match(text, lib, TODAY)
    assert d.status != "matched"
    monkeypatch.setattr(structure, "PAST_AVERAGE_IS_RELATIVE", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "products")


def test_a_query_that_says_the_comparison_takes_it(tmp_path: Path) -> None:
    lib = _library(tmp_path / "lib", {"campus_fees": FEES_ABOVE})
    d = match("campuses with a fee above the average", lib, TODAY)
    assert (d.status, d.query, d.params["relative_to_average"]) == (
        "matched",
        "campus_fees",
        "above",
    )


ROUTES = (
    "title: Route list\n"
    "examples: [list every route, routes out of an airport]\n"
    "keywords: [route, routes, airport, airports, airline, codeshare, list, which]\n"
    "params:\n  codeshare_only: {type: bool, default: false}",
    "SELECT r.rid, r.src_ap, r.dst_ap, r.codeshare FROM routes AS r WHERE 1 = 1 "
    "{% if codeshare_only %}AND r.codeshare = 'Y'{% endif %} ORDER BY r.rid",
)


def test_a_yes_no_parameter_owns_only_negations_of_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"route_list": ROUTES})
    text = "which airports have no routes at all?"
    assert match(text, lib, TODAY).status != "matched"
    d = match("routes that are not codeshares", lib, TODAY)
    assert (d.status, d.query) == ("matched", "route_list")
    monkeypatch.setattr(result_fit, "BOOL_NEGATES_ITS_OWN_WORDS", False)
    clear_index_cache()
    assert (match(text, lib, TODAY).status, match(text, lib, TODAY).query) == (
        "matched",
        "route_list",
    )
