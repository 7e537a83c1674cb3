"""A year said as a strict bound, read as the SQL compares it.

"Opened after 1950" excludes 1950; a parameter compared inclusively (`year >= :opened_from`)
must then take 1951, and "before 2000" for `year <= :made_to` takes 1999. "Since 1990" and
"until 2000" include their year: for a strict comparison (`year > :after`) they take one less
(or more). The word decides what is meant, the SQL how the parameter reads it; a year bound
as written into the other kind of comparison hands back a year nobody asked for.
"""

from __future__ import annotations

# Off: the year as written, whatever the comparison.
YEAR_AS_COMPARED = True

# Whether each bound word leaves its own year out ("after 1950": 1950 is not in).
_STRICT = {
    "before": True,
    "prior": True,
    "after": True,
    "until": False,
    "till": False,
    "since": False,
}


def year_as_compared(word: str, operator: str | None, year: int) -> int:
    """The value a year bound said with `word` takes in a comparison `operator` ("<", "<=",
    ">", ">=", or None when the SQL says none): the same years in, the same years out."""
    if not YEAR_AS_COMPARED or word not in _STRICT or operator is None:
        return year
    strict_said = _STRICT[word]
    strict_sql = operator in (">", "<")
    if strict_said == strict_sql:
        return year
    upper = operator.startswith("<")
    # said strict, compared inclusively: one year inward; said inclusive, compared strictly:
    # one year outward
    step = 1 if strict_said else -1
    return year - step if upper else year + step


def bound_word(before: list[str] | tuple[str, ...]) -> str:
    """The bound word among the last two words before a year ("opened after" -> "after")."""
    return next((w.lower() for w in reversed(before[-2:]) if w.lower() in _STRICT), "")
