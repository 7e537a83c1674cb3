"""An order asked of a result that is one row: "the names and balances of all accounts sorted
by their total" answered by one row of bank totals, "the statuses ordered by the number of
cities that have each" by one row of city figures. One row cannot be in any order, so the
request asks for rows the query does not give: running it hands over other figures than the
ones asked for (a ticket, or the person picks among near runners-up that take every value).
General English and SQL only: the order words are English, one row is read off the SQL
(bot.matching.grand_total.one_row, or every item of the outer SELECT an aggregate:
bot.matching.summary_rows.one_row_of_totals).
"""

from __future__ import annotations

import re

from bot.library.model import QueryDef
from bot.matching.grand_total import one_row
from bot.matching.summary_rows import one_row_of_totals

# Switch: an order said of a query whose result is one row makes a ticket. Shipped off at
# first (m-wrong20: three wrong answers fewer on the tuning sets at the same mean, two held-out
# right answers lost: storm_record, entrepreneur); on since stop 38, when six new held-out sets
# gave three wrong answers fewer and no right answer lost (company_office_b 12.5 -> 11.1 %,
# gymnast 5.7 -> 2.9 %): six wrong numbers avoided against two answers ticketed.
SORTED_ONE_ROW_TICKET = True

# "sorted by", "ordered by", "in descending order", "ascending", "alphabetically": words that
# order rows. "in order to" says a purpose; a bare "order" may be a thing sold ("order 42").
_ORDER_SAID = re.compile(
    r"\b(?:(?:sort|sorts|sorted|sorting|order|ordered|ordering|rank|ranked|arrange|arranged)"
    r"\s+(?:them\s+|it\s+|(?:the\s+)?results?\s+)?(?:by|from)\b"
    r"|in\s+(?:\w+\s+){0,3}order\b(?!\s+to\b)"
    r"|ascending|descending|alphabetical(?:ly)?)",
    re.I,
)


def order_said(text: str) -> bool:
    """Whether `text` asks for its rows in some order."""
    return bool(_ORDER_SAID.search(text))


_WINDOW = re.compile(r"\bOVER\s*\(", re.I)


def is_one_row(sql: str) -> bool:
    """Whether the result of `sql` is one row (a window function keeps every row)."""
    return (one_row(sql) or one_row_of_totals(sql)) and not _WINDOW.search(sql)


def sorts_one_row(text: str, query: QueryDef) -> bool:
    """An order said of `query`, whose result is one row (SORTED_ONE_ROW_TICKET)."""
    return SORTED_ONE_ROW_TICKET and order_said(text) and is_one_row(query.sql)
