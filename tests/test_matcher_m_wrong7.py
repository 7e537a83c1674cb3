"""Wrong answers on libraries the matcher was not written for (issue 10): a plain count of a
thing from a query whose rows are that thing but whose counts, the ones its title is about,
are of another ("the number of customers" from "Accounts per customer"); a period said that a
query whose rows carry a year cannot apply ("the fee in 2005"). Each test runs on a small
library written here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import dated_rows, plain_rows
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
