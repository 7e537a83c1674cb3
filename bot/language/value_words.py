"""Values as people read them, the same in Slack and in the terminal.

Numbers are formatted by meaning, told by their column's name: identifiers, years, codes and
phone numbers are written as they are (`2026`, `order_id 10423`); counts and amounts get
thousands separators (`12,480`, `29,265.39`). Pure functions, no Slack.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

# The last word of a column name that marks a number as a label rather than a quantity.
IDENTIFIER_WORDS = frozenset(
    {"id", "ids", "year", "yr", "zip", "zipcode", "postcode", "code", "phone", "number", "no"}
    | {"sku", "ean", "isbn", "version", "port", "account", "key"}
)
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def is_identifier_column(column: str) -> bool:
    """True when numbers in `column` name things (ids, years, codes) rather than count them."""
    words = [w.lower() for w in _WORDS.findall(column or "")]
    return bool(words) and words[-1] in IDENTIFIER_WORDS


def format_value(value: Any, column: str = "", *, empty: str = "—") -> str:
    """One value for a table cell; `column` (its name) decides whether separators apply."""
    if value is None:
        return empty
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | Decimal):
        return _number(value, plain=is_identifier_column(column), empty=empty)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _number(value: int | float | Decimal, *, plain: bool, empty: str) -> str:
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return empty
    if isinstance(value, int):
        return str(value) if plain else f"{value:,}"
    if plain and value == int(value):
        return str(int(value))
    if isinstance(value, float) and abs(value) < 1:
        return f"{value:.4g}"
    return f"{value:,.2f}"
