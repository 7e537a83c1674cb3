"""Wrong answers the matcher gave on libraries it was never tuned for (issue 10): a count
verb read as a subject word, a count of things from a result of figures per thing, a bound
("no more than 10") read as a negation the query lists, a description's empty value read as
rows left out, and rows that have both of two things."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import filler_words, intersection, plain_rows, structure
from bot.matching.intersection import asks_intersection
from bot.matching.matcher import clear_index_cache, match
from bot.matching.plain_rows import figure_share

TODAY = date(2026, 11, 22)

ACCOUNTS = (
    "title: Account list\nkeywords: [account, accounts, name, customer, opened]",
    "SELECT account_id, account_name, customer_id, opened FROM accounts ORDER BY account_id",
)
TRANSACTIONS_PER_ACCOUNT = (
    "title: Transaction summary\nkeywords: [transactions, transaction, count, account, "
    "accounts, amount, total, volume]",
    "SELECT account_id, COUNT(*) AS transactions, SUM(amount) AS total_amount\n"
    "FROM transactions GROUP BY account_id ORDER BY transactions DESC",
)


def test_an_opening_count_verb_says_the_shape_not_the_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(
        tmp_path / "a", {"account_list": ACCOUNTS, "transaction_summary": TRANSACTIONS_PER_ACCOUNT}
    )
    text = "Count the number of accounts."
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "account_list")
    monkeypatch.setattr(filler_words, "COUNT_OPENING_VERB", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query != "account_list"


CLUBS = (
    "title: Club directory\nkeywords: [club, clubs, name, description, location, list]",
    "SELECT c.club_id, c.club_name, c.description, c.location, COUNT(m.student_id) AS members\n"
    "FROM club AS c LEFT JOIN membership AS m ON m.club_id = c.club_id\n"
    "GROUP BY c.club_id, c.club_name, c.description, c.location ORDER BY c.club_name",
)
CLUB_STATS = (
    "title: Club membership statistics\nkeywords: [club, clubs, members, age, average, "
    "youngest, oldest, statistics]\nexamples:\n  - age statistics per club",
    "SELECT c.club_name, COUNT(s.id) AS members, AVG(s.age) AS average_age, MIN(s.age) AS\n"
    "youngest, MAX(s.age) AS oldest FROM club AS c LEFT JOIN membership AS m ON m.club_id =\n"
    "c.club_id LEFT JOIN student AS s ON s.id = m.student_id GROUP BY c.club_name",
)


def test_figures_per_row_share() -> None:
    assert figure_share(CLUBS[1]) == pytest.approx(1 / 5)
    assert figure_share(CLUB_STATS[1]) == pytest.approx(4 / 5)
    assert figure_share("SELECT a, b FROM t") == 0.0


def test_a_plain_count_of_things_prefers_their_listing_to_figures_per_thing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "b", {"club_directory": CLUBS, "club_stats": CLUB_STATS})
    # a figure asked: the result of figures answers it
    assert match("the average age of each club's members", lib, TODAY).query == "club_stats"
    text = "How many clubs are there?"
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "club_directory")
    monkeypatch.setattr(plain_rows, "PLAIN_ROWS_PENALTY", 0.0)
    clear_index_cache()
    assert match(text, lib, TODAY).query != "club_directory"


CAREERS = (
    "title: Driver career totals\nkeywords: [driver, drivers, races, raced, career, wins]\n"
    "examples:\n  - drivers with no more than 10 races\n  - race count per driver\n"
    "params:\n  season: {type: int, optional: true, min: 1950, max: 2030, label: season}\n"
    "  max_races: {type: int, optional: true, min: 1, label: races at most}",
    "SELECT d.name, COUNT(*) AS races FROM results AS r JOIN drivers AS d ON d.id = r.driver\n"
    "JOIN races AS ra ON ra.id = r.race WHERE 1 = 1\n"
    "{% if season %}AND ra.year = :season {% endif %}GROUP BY d.name\n"
    "{% if max_races %}HAVING COUNT(*) <= :max_races {% endif %}",
)


def test_a_bound_in_a_header_is_no_negation_the_query_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "c", {"driver_career": CAREERS})
    assert match("race count per driver in 2009", lib, TODAY).query == "driver_career"
    text = "How many drivers did not race in 2009?"
    assert match(text, lib, TODAY).status == "unmatched"
    monkeypatch.setattr(structure, "BOUND_NEGATIONS_NOT_OWNED", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "driver_career"


def test_a_bound_that_can_be_zero_owns_the_negation(tmp_path: Path) -> None:
    zero = (CAREERS[0].replace("min: 1, label: races at most", "min: 0, label: races at most"),)
    lib = _library(tmp_path / "d", {"driver_career": (zero[0], CAREERS[1])})
    assert match("How many drivers did not race in 2009?", lib, TODAY).query == "driver_career"


PRODUCTS = (
    "title: Product catalogue\ndescription: >\n  One row per product: name, colour, price (empty "
    "where none is recorded)\n  and how many characteristics are recorded for it.\n"
    "keywords: [product, products, catalogue, price, colour, characteristics, record, recorded]",
    "SELECT p.name, p.colour, p.price, COUNT(pc.characteristic_id) AS characteristics\n"
    "FROM products AS p LEFT JOIN product_characteristics AS pc ON pc.product_id = p.id\n"
    "GROUP BY p.name, p.colour, p.price",
)


def test_a_value_left_empty_excludes_no_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "e", {"product_catalog": PRODUCTS})
    assert match("products and their characteristics", lib, TODAY).query == "product_catalog"
    text = "which products have no characteristics recorded at all"
    assert match(text, lib, TODAY).status == "unmatched"
    monkeypatch.setattr(structure, "EMPTY_VALUES_EXCLUDE_NOTHING", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "product_catalog"


def test_both_and_asks_an_intersection() -> None:
    assert asks_intersection("students who play both tennis and golf")
    assert asks_intersection("parties that have both delegates on the budget committee and")
    # two bounds, each a filter; two columns shown
    assert not asks_intersection("days with both humidity above 50 and visibility above 8")
    assert not asks_intersection("Which film has the most copies? List both title and id.")
    assert not asks_intersection("students who play tennis and golf")


PLAYERS = (
    "title: Sports roster\nkeywords: [students, sport, sports, play, players, roster, tennis,"
    " golf, team]",
    "SELECT s.name, p.sport FROM plays AS p JOIN students AS s ON s.id = p.student ORDER BY 1",
)


def test_rows_that_have_both_of_two_things_are_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "f", {"sports_roster": PLAYERS, "account_list": ACCOUNTS})
    assert match("which students play sports?", lib, TODAY).query == "sports_roster"
    text = "which students play both tennis and golf?"
    assert match(text, lib, TODAY).status == "unmatched"
    monkeypatch.setattr(intersection, "INTERSECTION_PENALTY", 0.0)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "sports_roster"
