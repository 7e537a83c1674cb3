"""Rules found on libraries the matcher was never tuned for (issue 10): one test per rule."""

from __future__ import annotations

from pathlib import Path

from bot.library.loader import parse_query_file
from bot.library.model import QueryDef
from bot.matching.result_fit import result_fit


def _query(name: str, header: str, sql: str) -> QueryDef:
    text = f"/*---\ntitle: {name}\n{header}\n---*/\n{sql}\n"
    return parse_query_file(Path(f"{name}.sql"), text, [], f"{name}.sql")


PER_CUSTOMER = (
    "SELECT c.id, COUNT(a.id) AS accounts FROM customers c LEFT JOIN accounts a GROUP BY c.id"
)


def test_a_description_s_zeros_are_no_negation_the_query_answers() -> None:
    # "every customer, zero included" shows the zeros; it does not list who has none
    zeros = _query("per_customer", "description: Every customer (zero included).", PER_CUSTOMER)
    assert not result_fit(zeros).negation
    said = _query("per_customer", "examples: [customers with no account]", PER_CUSTOMER)
    assert result_fit(said).negation
