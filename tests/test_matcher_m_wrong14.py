"""Issue 10, wrong answers on unseen libraries (round 14): a total count of a thing from rows
of another thing (bot.matching.grand_total.TOTAL_COUNT_OF_OTHER_ROWS: "the total number of
customers across banks" from one row per bank), and a distinctness word the best query leaves
unused that a rival's header says (bot.matching.distinct_said: "the unique names of races").
Small libraries written here, each switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import asked_rows, distinct_said, grand_total, over_groups
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

BANKS = (
    "title: Bank branches\n"
    "description: Every bank branch with its name, city, state and number of customers.\n"
    "examples: [list the bank branches, branches in New York, banks with the most customers]\n"
    "keywords: [bank, banks, branch, branches, city, state, customers, number of customers]\n"
    "params:\n  city: {type: string, optional: true, label: city}",
    "SELECT branch_id, bname, city, state, no_of_customers FROM bank WHERE 1 = 1 "
    "{% if city %}AND city = :city{% endif %} ORDER BY bname",
)
LOANS = (
    "title: Loans\n"
    "description: Every loan with its type, amount and the branch that made it.\n"
    "examples: [the largest loans, mortgages over 3000]\n"
    "keywords: [loan, loans, amount, type, mortgage]",
    "SELECT loan_id, loan_type, amount, branch_id FROM loan ORDER BY amount DESC",
)
BY_TYPE = (
    "title: Transactions by type\n"
    "description: Per transaction type, the number of transactions and their total and "
    "average amount.\n"
    "examples: [transactions per type, which type moves the most money]\n"
    "keywords: [transaction, transactions, transaction amount, type, amount, total, average, per type]",
    "SELECT transaction_type, COUNT(*) AS transactions, SUM(amount) AS total_amount, "
    "AVG(amount) AS average_amount FROM transactions GROUP BY transaction_type "
    "ORDER BY total_amount DESC",
)
CATALOG = (
    "title: Allergy catalog\n"
    "description: The allergies on record, one row per allergy with its type.\n"
    "examples: [list the allergies, which allergies are food allergies]\n"
    "keywords: [allergy, allergies, type, catalog]",
    "SELECT a.allergy, a.allergy_type FROM allergy_type AS a ORDER BY a.allergy_type, a.allergy",
)
TYPES = (
    "title: Allergy types\n"
    "description: One row per allergy type with how many allergies of that type and how many "
    "students have one.\n"
    "examples: [how many allergies of each type, allergy types]\n"
    "keywords: [allergy, allergies, type, types, allergy types]",
    "SELECT t.AllergyType AS allergy_type, COUNT(DISTINCT t.Allergy) AS allergies, "
    "COUNT(h.StuID) AS students FROM allergy_type AS t LEFT JOIN has_allergy AS h "
    "ON h.Allergy = t.Allergy GROUP BY t.AllergyType ORDER BY allergies DESC",
)
RACES = (
    "title: Race calendar\n"
    "description: Every race held, with its year, round, name, date and circuit.\n"
    "examples: [races held in 2009, the race calendar, races at Monza]\n"
    "keywords: [race, races, calendar, held, year, round, date, circuit, circuits]",
    "SELECT r.year, r.round, r.name, r.date, c.name AS circuit FROM races AS r "
    "JOIN circuits AS c ON c.circuitid = r.circuitid ORDER BY r.year, r.round",
)
PRIX = (
    "title: Grand prix history\n"
    "description: Each grand prix name once, with the first and last year it was held and how "
    "many times.\n"
    "examples: [which grand prix have been held the most, the unique race names]\n"
    "keywords: [grand prix, race names, unique, distinct, history, times held]",
    "SELECT r.name, MIN(r.year) AS first_year, MAX(r.year) AS last_year, COUNT(*) AS times_held "
    "FROM races AS r GROUP BY r.name ORDER BY times_held DESC",
)


def _run(text: str, lib: object) -> tuple[str, str | None]:
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    return d.status, d.query


def test_total_count_of_things_the_rows_are_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grand_total, "TOTAL_COUNT_OF_OTHER_ROWS", True)  # ships off
    clear_index_cache()
    lib = _library(tmp_path / "lib", {"branch_list": BANKS, "loan_list": LOANS})
    text = "What is the total number of customers at the banks?"
    assert _run(text, lib) == ("unmatched", None)
    assert _run("total number of bank customers", lib) == ("unmatched", None)
    # the rows' own thing counted, or one row a value picks, still run
    assert _run("What is the total number of banks?", lib) == ("matched", "branch_list")
    assert _run("the number of customers of banks in New York", lib)[1] == "branch_list"
    monkeypatch.setattr(grand_total, "TOTAL_COUNT_OF_OTHER_ROWS", False)
    clear_index_cache()
    assert _run(text, lib) == ("matched", "branch_list")


def test_distinct_word_said_only_by_a_rival(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(distinct_said, "DISTINCT_WORD_RIVAL", True)  # ships off
    clear_index_cache()
    lib = _library(tmp_path / "lib", {"race_calendar": RACES, "grand_prix_history": PRIX})
    text = "What are the unique names of races held at circuits?"
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    assert d.status == "ambiguous"
    assert {c.query for c in d.candidates} == {"race_calendar", "grand_prix_history"}
    # without the word, the calendar still runs
    assert _run("the races held at circuits and their dates", lib) == ("matched", "race_calendar")
    monkeypatch.setattr(distinct_said, "DISTINCT_WORD_RIVAL", False)
    clear_index_cache()
    assert _run(text, lib) == ("matched", "race_calendar")


def test_aggregate_over_every_row_from_rows_per_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"transactions_by_type": BY_TYPE, "loan_list": LOANS})
    text = "What is the average and total transaction amount?"
    assert _run(text, lib) == ("unmatched", None)
    # the groups asked beside the figures still run
    both = "Show the transaction types and the total amount of transactions."
    assert _run(both, lib) == ("matched", "transactions_by_type")
    assert _run("average amount per transaction type", lib) == ("matched", "transactions_by_type")
    monkeypatch.setattr(over_groups, "AGGREGATE_OVER_GROUPS", False)
    clear_index_cache()
    assert _run(text, lib) == ("matched", "transactions_by_type")


def test_things_and_their_column_are_rows_of_the_things(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "lib", {"allergy_catalog": CATALOG, "allergy_types": TYPES})
    text = "What are the allergies and their types?"
    assert _run(text, lib) != ("matched", "allergy_types")
    assert _run("how many allergies of each type", lib) == ("matched", "allergy_types")
    monkeypatch.setattr(asked_rows, "THINGS_AND_THEIR", False)
    clear_index_cache()
    assert _run(text, lib) == ("matched", "allergy_types")
