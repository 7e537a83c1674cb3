"""Issue 10, wrong answers (round 20): an order asked of a result that is one row
(bot.matching.sorted_one_row), and a negated value of what a query's rows are grouped by
(bot.matching.values.NEGATED_NOT_SHOWN). Small libraries written here, each switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import sorted_one_row, superlative_head, values
from bot.matching.matcher import clear_index_cache, match
from bot.matching.sorted_one_row import is_one_row, order_said

TODAY = date(2026, 11, 22)

TOTALS = (
    "title: Bank totals\n"
    "description: One row for the whole bank with its customers, total and average checking and\n"
    "  savings balance.\n"
    "examples: [bank totals, total deposits]\n"
    "keywords: [total, totals, sum, checking, savings, balance, balances, customers, accounts]",
    "SELECT count(*) AS customers, sum(checking) AS total_checking,\n"
    "  avg(checking) AS average_checking, sum(savings) AS total_savings,\n"
    "  sum(checking) + (SELECT sum(savings) FROM accounts) AS total_deposits FROM accounts",
)
NAMES = (
    "title: Customer names\n"
    "description: The customers' names and ids.\n"
    "examples: [customer names]\n"
    "keywords: [name, names, id, roster]",
    "SELECT custid, name FROM accounts ORDER BY name",
)


def test_order_words_and_one_row_results() -> None:
    assert order_said("balances sorted by their total")
    assert order_said("statuses, ordered by the number of cities")
    assert order_said("the names in descending order")
    assert not order_said("we split them in order to compare")
    assert not order_said("the total of order 42")
    assert is_one_row(TOTALS[1])
    assert not is_one_row(NAMES[1])
    # a window function keeps every row
    assert not is_one_row("SELECT name, count(*) OVER () AS n FROM accounts")


def test_an_order_asked_of_one_row_is_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"bank_totals": TOTALS, "customer_names": NAMES})
    text = "total checking and savings balances of the customers, sorted by the total descending"
    monkeypatch.setattr(sorted_one_row, "SORTED_ONE_ROW_TICKET", True)  # shipped on
    clear_index_cache()
    on = match(text, lib, TODAY)  # type: ignore[arg-type]
    monkeypatch.setattr(sorted_one_row, "SORTED_ONE_ROW_TICKET", False)
    clear_index_cache()
    off = match(text, lib, TODAY)  # type: ignore[arg-type]
    # off: one row of totals runs, in no order, for a request asking rows sorted by their total
    assert (off.status, off.query) == ("matched", "bank_totals")
    assert on.status == "unmatched"
    # no order said: the totals still run
    monkeypatch.setattr(sorted_one_row, "SORTED_ONE_ROW_TICKET", True)
    clear_index_cache()
    plain = match("total checking and savings balances", lib, TODAY)  # type: ignore[arg-type]
    assert (plain.status, plain.query) == ("matched", "bank_totals")


PER_PLATFORM = (
    "title: Devices per platform\n"
    "description: How many devices each software platform or carrier has.\n"
    "examples: [devices per platform, how many devices per carrier]\n"
    "keywords: [devices, platform, platforms, carrier, carriers, count, per platform]\n"
    "params:\n"
    "  by: {type: choice, choices: [platform, carrier], default: platform,\n"
    "       synonyms: {platforms: platform, carriers: carrier}}",
    "SELECT {% if by == 'carrier' %}carrier{% else %}platform{% endif %} AS grp,\n"
    "  COUNT(*) AS devices FROM devices GROUP BY 1 ORDER BY devices DESC",
)
DEVICES = (
    "title: Handset list\n"
    "description: One row per handset; optionally one platform.\n"
    "examples: [list of handsets, android handsets]\n"
    "keywords: [handset, handsets, phone, phones, list]\n"
    "params:\n"
    "  platform: {type: choice, choices: [Android, iOS, Tizen], optional: true}",
    "SELECT device, carrier, platform FROM devices\n"
    "{% if platform %}WHERE platform = :platform{% endif %} ORDER BY device",
)


def test_a_negated_value_is_not_read_off_its_own_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"per_platform": PER_PLATFORM, "device_list": DEVICES})
    text = "carriers of devices per platform where the platform is not Android"
    clear_index_cache()
    on = match(text, lib, TODAY)  # type: ignore[arg-type]
    monkeypatch.setattr(values, "NEGATED_NOT_SHOWN", False)
    clear_index_cache()
    off = match(text, lib, TODAY)  # type: ignore[arg-type]
    # off: the rows per platform show Android's row, as if "not Android" were read off it
    assert (off.status, off.query) == ("matched", "per_platform")
    assert not (on.status == "matched" and on.query == "per_platform")


BY_YEAR = (
    "title: System figures by year\n"
    "description: One row per year with the degrees conferred and faculty lines over the system.\n"
    "examples: [degrees per year, faculty by year, the year with the most degrees]\n"
    "keywords: [year, years, degrees, conferred, faculty, lines, per year]\n"
    "params:\n"
    "  sort: {type: choice, choices: [year, most_degrees], default: year,\n"
    "         synonyms: {most degrees: most_degrees}}",
    "SELECT year, SUM(degrees) AS degrees, SUM(faculty) AS faculty FROM campus_years\n"
    "GROUP BY year ORDER BY {% if sort == 'most_degrees' %}degrees DESC{% else %}year{% endif %}",
)


def test_ranked_heads_are_read() -> None:
    assert superlative_head.ranked_heads(
        "faculty in the university that conferred the most degrees"
    ) == ["university"]
    assert superlative_head.ranked_heads("the project with the fewest hours") == ["project"]
    # a bound, no ranking
    assert superlative_head.ranked_heads("the campus with at most 3 faculty") == []


CAMPUSES = (
    "title: Campus directory\n"
    "description: One row per campus with its city and county.\n"
    "examples: [list the campuses]\n"
    "keywords: [campus, campuses, university, universities, city, county]",
    "SELECT campus, city, county FROM campuses ORDER BY campus",
)


def test_what_a_superlative_picks_unknown_to_the_query_is_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"system_by_year": BY_YEAR, "campuses": CAMPUSES})
    text = "How many faculty lines are in the university that conferred the most degrees?"
    monkeypatch.setattr(superlative_head, "UNKNOWN_RANKED_HEAD_TICKET", True)  # shipped off
    clear_index_cache()
    on = match(text, lib, TODAY)  # type: ignore[arg-type]
    monkeypatch.setattr(superlative_head, "UNKNOWN_RANKED_HEAD_TICKET", False)
    # "faculty lines … in the university that conferred the most" is a nested ranking too
    # (superlative_head.NESTED_RANKING_TICKET): off here, to show this switch alone
    monkeypatch.setattr(superlative_head, "NESTED_RANKING_TICKET", False)
    clear_index_cache()
    off = match(text, lib, TODAY)  # type: ignore[arg-type]
    # off: the year with the most degrees runs, for a question about one university
    assert (off.status, off.query) == ("matched", "system_by_year")
    assert on.status == "unmatched" and "university" in on.ignored
    # the thing ranked is the query's own: it runs
    monkeypatch.setattr(superlative_head, "UNKNOWN_RANKED_HEAD_TICKET", True)
    clear_index_cache()
    own = match("the year that conferred the most degrees", lib, TODAY)  # type: ignore[arg-type]
    assert (own.status, own.query) == ("matched", "system_by_year")
