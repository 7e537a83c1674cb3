"""Which of several queries over the same tables a request asks for: what each SQL body
returns (counts beside other columns, a row per counted thing) decides, or the request is a
ticket or an ambiguity rather than a wrong run. Synthetic libraries written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.matching import count_other_rows, grain, group_rows, read_off, row_count, signals
from bot.matching.matcher import clear_index_cache, match

TODAY = dt.date(2026, 12, 4)

_ROSTER = (
    """title: Team roster
description: One row per member and team they play for, with hours and matches.
examples:
  - who is on the chess team
  - members of the rowing club
keywords: [roster, team, teams, member, members, club, clubs, hours, matches, ids, id]
params:
  club: {type: string, optional: true, label: club}""",
    """SELECT m.MemberID AS member_id, m.Name AS name, t.ClubName AS club, t.Hours AS hours,
    t.Matches AS matches
FROM Teams AS t JOIN Members AS m ON m.MemberID = t.MemberID
WHERE 1 = 1
{% if club %}AND t.ClubName = :club
{% endif %}ORDER BY t.ClubName""",
)
_LOAD = (
    """title: Member load
description: One row per member, how many clubs they play in and their matches over all.
examples:
  - busiest members
keywords: [load, member, members, busiest, workload]
params: {}""",
    """SELECT t.MemberID AS member_id, COUNT(*) AS clubs, SUM(t.Matches) AS matches
FROM Teams AS t GROUP BY t.MemberID ORDER BY clubs DESC""",
)


@pytest.fixture()
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    clear_index_cache()
    return library_of(tmp_path / "lib", {"team_roster": _ROSTER, "member_load": _LOAD})


def test_a_count_beside_other_columns_is_not_run_from_a_listing(
    library, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "show all member ids with the number of clubs and total number of matches"
    assert match(text, library, TODAY).query != "team_roster"
    monkeypatch.setattr(signals, "COUNT_BESIDE_IS_PER_ROW", False)
    clear_index_cache()
    assert match(text, library, TODAY).query == "team_roster"


_VEHICLES = (
    """title: Vehicles
description: Every vehicle with how many lessons it was booked for.
examples:
  - our fleet
keywords: [vehicle, vehicles, fleet, car, cars, details]
params:
  sort:
    type: choice
    choices: [id, most_lessons]
    default: id""",
    """SELECT v.vehicle_id, v.vehicle_details, COUNT(l.lesson_id) AS lessons
FROM Vehicles AS v LEFT JOIN Lessons AS l ON l.vehicle_id = v.vehicle_id
GROUP BY v.vehicle_id, v.vehicle_details
ORDER BY {% if sort == 'most_lessons' %}lessons DESC{% else %}v.vehicle_id{% endif %}""",
)
_LESSONS = (
    """title: Lessons
description: Every lesson with its date, price, customer and vehicle.
examples:
  - the lesson log
keywords: [lesson, lessons, log, date, price, customer, vehicle, booked]
params: {}""",
    """SELECT l.lesson_id, l.lesson_date, l.price, v.vehicle_details
FROM Lessons AS l JOIN Vehicles AS v ON v.vehicle_id = l.vehicle_id
ORDER BY l.lesson_date DESC""",
)


@pytest.mark.parametrize(
    "switch", ["GRAIN_FROM_FIRST_GROUP", "COUNTED_IN_TOTAL", "ROWS_COUNTED_NOT_GROUPS"]
)
def test_how_many_in_total_is_the_rows_of_a_result_per_that_thing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, switch: str
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "lib", {"vehicle_list": _VEHICLES, "lesson_list": _LESSONS})
    text = "how many vehicles in total?"
    assert match(text, lib, TODAY).query == "vehicle_list"
    # the rules that read a count off grouped rows reach the same answer by another way
    monkeypatch.setattr(group_rows, "ROWS_OF_GROUPS_COUNTED", False)
    monkeypatch.setattr(read_off, "READ_OFF_COUNTS", False)
    monkeypatch.setattr(count_other_rows, "OTHER_ROWS_COUNTED_PENALTY", 0.0)
    # (the lesson log shows vehicles as a column: grain.COUNTED_HEAD_GRAIN would ticket it too)
    monkeypatch.setattr(grain, "COUNTED_HEAD_GRAIN", False)
    # ("vehicles" names a table: row_count.TOTAL_OF_TABLE_COUNTS_ROWS counts its rows too)
    monkeypatch.setattr(row_count, "TOTAL_OF_TABLE_COUNTS_ROWS", False)
    monkeypatch.setattr(signals, switch, False)
    clear_index_cache()
    assert match(text, lib, TODAY).query != "vehicle_list"


_STAFF = (
    """title: Staff activity
description: Per staff member, the payments they took and the amount taken.
examples:
  - who took the most payments
keywords: [staff, payments, amount, taken, activity]
params: {}""",
    """WITH ids AS (SELECT staff_id FROM payment)
SELECT ids.staff_id,
    (SELECT COUNT(*) FROM payment AS p WHERE p.staff_id = ids.staff_id) AS payments_taken,
    (SELECT SUM(p.amount) FROM payment AS p WHERE p.staff_id = ids.staff_id) AS amount_taken
FROM ids ORDER BY ids.staff_id""",
)
_ONE_ROW = (
    """title: Head count
description: How many employees we have.
examples:
  - staff head count
keywords: [head count, headcount, staff, employees, how many]
params: {}""",
    """SELECT COUNT(*) AS employees FROM employee""",
)


def test_one_figure_over_every_row_from_a_result_of_many_rows_is_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "lib", {"staff_activity": _STAFF, "head_count": _ONE_ROW})
    text = "what is the total amount of all payments?"
    assert match(text, lib, TODAY).status == "unmatched"
    # a figure per row asked is no figure over every row
    assert match("the total amount of payments per staff", lib, TODAY).query == "staff_activity"
    monkeypatch.setattr(signals, "TICKET_ON_GRAND_TOTAL", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "staff_activity"


def test_a_result_of_aggregates_only_is_one_row() -> None:
    from bot.matching.grand_total import one_row

    assert one_row("SELECT COUNT(*) AS n, ROUND(AVG(salary), 2) AS a FROM employee")
    assert not one_row("SELECT dept, AVG(salary) FROM employee GROUP BY dept")
    assert not one_row("SELECT s.id, (SELECT SUM(p.amount) FROM payment p) AS t FROM staff s")
    assert not one_row("SELECT id, salary FROM employee")


_CUSTOMERS = (
    """title: Customer directory
description: Every customer with contact details and how many accounts they hold.
examples:
  - contact details of our customers
  - customers with two or more accounts
keywords: [customer, customers, contact, phone, email, accounts, ids, id, names]
params:
  sort:
    type: choice
    choices: [name, id]
    default: name""",
    """WITH account_counts AS (
    SELECT customer_id, COUNT(*) AS accounts FROM Accounts GROUP BY customer_id
)
SELECT c.customer_id, c.first_name, c.phone, COALESCE(a.accounts, 0) AS accounts
FROM Customers AS c LEFT JOIN account_counts AS a ON a.customer_id = c.customer_id
ORDER BY {% if sort == 'id' %}c.customer_id{% else %}c.first_name{% endif %}""",
)
_ACCOUNTS = (
    """title: Account directory
description: Every account with its holder.
examples:
  - details of account 338
keywords: [account details, holder]
params: {}""",
    """SELECT a.account_id, a.customer_id, a.account_name, a.other_account_details
FROM Accounts AS a ORDER BY a.account_id""",
)


def test_rows_of_another_table_from_a_listing_showing_only_a_count_of_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(
        tmp_path / "lib", {"customer_directory": _CUSTOMERS, "account_directory": _ACCOUNTS}
    )
    text = "show ids, customer ids, names for all accounts"
    assert match(text, lib, TODAY).query != "customer_directory"
    monkeypatch.setattr(signals, "TICKET_ON_OTHER_GRAIN", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "customer_directory"


def test_a_column_of_a_with_clause_shows_no_rows_of_its_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.matching import grain

    sql = _CUSTOMERS[1]
    assert "account" not in grain._shown_tables(sql)
    monkeypatch.setattr(grain, "CTE_COLUMNS_NO_ROWS", False)
    assert "account" in grain._shown_tables(sql)


_BY_PLACE = (
    """title: Customers by location
description: How many customers live in each city, state or country.
examples:
  - customers per state
keywords: [location, where, customers, live, per, count]
params:
  by:
    type: choice
    choices: [city, state, country]
    default: city""",
    """SELECT {% if by == 'state' %}a.state{% elif by == 'country' %}a.country{% else %}a.city{% endif %} AS place,
    COUNT(*) AS customers
FROM Customers AS c JOIN Addresses AS a ON a.address_id = c.address_id
GROUP BY place ORDER BY customers DESC, place""",
)
_DIRECTORY = (
    """title: Customers
description: Every customer with their email, phone and home city.
examples:
  - contact list
  - customers in Springfield
keywords: [customer, customers, email, phone, city, address, lives]
params:
  city: {type: string, optional: true, label: customer's city}""",
    """SELECT c.customer_id, c.first_name, c.email, a.city
FROM Customers AS c JOIN Addresses AS a ON a.address_id = c.address_id
WHERE 1 = 1
{% if city %}AND a.city = :city
{% endif %}ORDER BY c.first_name""",
)


def test_rows_per_the_column_a_choice_picks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(
        tmp_path / "lib", {"customers_by_location": _BY_PLACE, "customer_directory": _DIRECTORY}
    )
    text = "which city has the most customers?"
    got = match(text, lib, TODAY)
    assert (got.query, got.params.get("by")) == ("customers_by_location", "city")
    monkeypatch.setattr(signals, "GROUP_BY_CHOICE", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query != "customers_by_location"


_CATALOG = (
    """title: Video game catalogue
description: The video games we hold, with id, title and genre.
examples:
  - what games are in the catalogue
keywords: [video game, video games, game, games, title, titles, catalogue, genre, type, list]
params: {}""",
    """SELECT GameID AS game_id, GName AS game, GType AS game_type FROM Video_Games ORDER BY GName""",
)
_GENRES = (
    """title: Games per genre
description: One row per genre with how many titles it has.
examples:
  - titles per genre
keywords: [genre, genres, kinds, categories, titles, breakdown]
params: {}""",
    """SELECT GType AS game_type, COUNT(*) AS titles FROM Video_Games GROUP BY GType
ORDER BY titles DESC""",
)


def test_the_head_of_a_longer_noun_phrase_after_show(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "lib", {"game_catalog": _CATALOG, "game_types": _GENRES})
    text = "show all video game types"
    assert match(text, lib, TODAY).query != "game_catalog"
    monkeypatch.setattr(signals, "LONG_NOUN_PHRASES", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "game_catalog"


_REVENUE = (
    """title: Revenue by region
description: Revenue per region.
examples:
  - revenue by region
  - how much did we get from APAC
keywords: [revenue, sales, region, regions, how much, get]
params:
  region:
    type: choice
    optional: true
    choices: [APAC, EMEA, AMER]""",
    """SELECT region, SUM(amount) AS revenue FROM orders
WHERE 1 = 1
{% if region %}AND region = :region
{% endif %}GROUP BY region""",
)
_SIGNUPS = (
    """title: Signups
description: New accounts per day.
examples:
  - signups per day
keywords: [signups, signup, new accounts]
params: {}""",
    """SELECT CAST(created_at AS DATE) AS day, COUNT(*) AS signups FROM accounts GROUP BY 1""",
)


def test_a_query_chosen_by_its_values_only_while_another_says_the_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "lib", {"revenue_by_region": _REVENUE, "signups": _SIGNUPS})
    text = "how many signups did we get from APAC?"
    got = match(text, lib, TODAY)
    assert got.status == "unmatched" and got.candidates[0].query == "revenue_by_region"
    assert match("revenue in APAC", lib, TODAY).query == "revenue_by_region"
    # "how many signups" is also a restriction the best query leaves unused (its own rule)
    monkeypatch.setattr(signals, "TICKET_ON_RESTRICTED_UNUSED", False)
    assert match(text, lib, TODAY).status == "unmatched"
    monkeypatch.setattr(signals, "TICKET_ON_VALUES_ONLY", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "revenue_by_region"


_ROSTER_FUNDED = (
    _ROSTER[0].replace(
        "  - members of the rowing club",
        "  - members of the rowing club\n  - players without a grant",
    ),
    _ROSTER[1],
)


def test_a_negation_the_query_says_of_other_words_owns_no_negated_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "lib", {"team_roster": _ROSTER_FUNDED, "member_load": _LOAD})
    text = "show the member ids of members who don't play in any club"
    assert match(text, lib, TODAY).status == "unmatched"
    monkeypatch.setattr(signals, "NEGATION_OF_OWN_WORDS", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "team_roster"
