"""A count per row asked the other way round: "all allergies with the number of students
affected" from one row per student with their number of allergies. The rows asked are of one
thing and the count of another; a result whose rows are of the counted thing and whose count
is of the rows asked holds the same pair swapped, and none of its numbers is the one asked.
General SQL and English only: what a row is and what a count counts come from the query's SQL.
"""

from __future__ import annotations

from bot.matching.asked_result import Asked, meets
from bot.matching.result_fit import ResultFit

# Off: a count per row asked the other way round costs nothing.
SWAPPED_COUNT_PENALTY = 0.2


# "Show all sport name and the number of students": a word said that the result counts stands
# for the rows asked when the request's rows were not read.
SAID_COUNTED_ARE_ROWS = True


def swapped_count(a: Asked, f: ResultFit, said: frozenset[str] = frozenset()) -> bool:
    """Rows of X with a count of Y asked ("allergies with the number of students"), from rows
    per Y that count X (students with their number of allergies) and are not per X (`said`:
    the request's stems, X when its rows were not read)."""
    rows = a.row_subjects
    if not rows and SAID_COUNTED_ARE_ROWS:
        rows = (said & f.shown_counts) - a.counts_of
    if not (a.beside and rows and a.counts_of) or f.groups is None:
        return False
    if rows & a.counts_of or meets(rows, f.per):
        return False
    # (by the names of its count columns: "allergies", "students_affected")
    if meets(a.counts_of, f.shown_counts):
        return False  # it counts what is asked too
    return meets(a.counts_of, f.per) and bool(rows & f.shown_counts)


def swapped_count_penalty(a: Asked, f: ResultFit, said: frozenset[str] = frozenset()) -> float:
    """What a result loses when it holds the count asked the other way round."""
    return SWAPPED_COUNT_PENALTY if swapped_count(a, f, said) else 0.0
