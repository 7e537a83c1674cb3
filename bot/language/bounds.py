"""Which way a bound points: from the words before a number ("more than 3" up, "before 2000"
down) and from a parameter's name ("made_after", "min_stars" up; "price_below" down).
General English only.
"""

from __future__ import annotations

_UP_WORDS = {"over", "above", "after", "since", "exceeding", "exceeds", "exceed", "past"}
_DOWN_WORDS = {"under", "below", "before", "until", "till", "within"}
# "enrollment is greater 18000": a comparison with its "than" left out
_UP_WORDS |= {"greater", "larger", "bigger", "higher"}
_DOWN_WORDS |= {"smaller", "fewer", "lower"}
_UP_BEFORE_THAN = {"more", "greater", "higher", "larger", "bigger", "longer", "later", "older"}
_DOWN_BEFORE_THAN = {
    "less",
    "fewer",
    "lower",
    "smaller",
    "shorter",
    "earlier",
    "younger",
    "cheaper",
}
_UP_NAME_PARTS = {"above", "over", "after", "min", "minimum", "from", "since", "gt", "gte", "least"}
_DOWN_NAME_PARTS = {"below", "under", "before", "max", "maximum", "until", "lt", "lte", "most"}


def bound_direction(before: tuple[str, ...]) -> int:
    """+1 when the words before a number make it a lower bound ("more than", "at least",
    "after"), -1 for an upper bound ("under", "at most", "before"), 0 when they say neither."""
    if not before:
        return 0
    last = before[-1]
    # "between 3 and 5": the first a lower bound, the second an upper one.
    if last == "between":
        return 1
    if last == "and" and len(before) >= 3 and before[-3] == "between":
        return -1
    if last in _UP_WORDS:
        return 1
    if last in _DOWN_WORDS:
        return -1
    if len(before) >= 2:
        prev = before[-2]
        if last == "than":
            if prev not in _UP_BEFORE_THAN | _DOWN_BEFORE_THAN and len(before) >= 3:
                prev = before[-3]  # "more expensive than", "less often than"
            return 1 if prev in _UP_BEFORE_THAN else -1 if prev in _DOWN_BEFORE_THAN else 0
        if prev == "at" and last in ("least", "most"):
            return 1 if last == "least" else -1
    return 0


def name_direction(name: str) -> int:
    """+1 for a parameter that holds a lower bound (`made_after`, `min_stars`), -1 for an
    upper bound (`price_below`, `max_age`), 0 otherwise."""
    if NAME_BOUND_LAST:
        for part in reversed(name.lower().split("_")):
            if part in _UP_NAME_PARTS or part in _DOWN_NAME_PARTS or _range_end(part, name):
                return 1 if part in _UP_NAME_PARTS else -1
        return 0
    parts = set(name.lower().split("_"))
    up, down = bool(parts & _UP_NAME_PARTS), bool(parts & _DOWN_NAME_PARTS)
    return 0 if up == down else (1 if up else -1)


# "opened_to", "to_year": the end of a from/to range of numbers or years (a range's own word,
# as "from" is its start); off: "to" says no bound.
TO_ENDS_A_RANGE = True


def _range_end(part: str, name: str) -> bool:
    """`part` is the "to" of a parameter named for a range's end (never "to" alone)."""
    return TO_ENDS_A_RANGE and part == "to" and "_" in name


# The bound word last in a parameter's name says its bound: `max_salary_at_least` is a lower
# bound on the maximum salary, `min_price_below` an upper bound on the minimum price.
NAME_BOUND_LAST = True
