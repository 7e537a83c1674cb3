"""What one row of a listing is, set against what the request asks rows of.

A query that does not group its outer SELECT returns a row per row of its outer FROM table
(students, with a count of their enrolments joined in). A request for rows of another table
of the library ("the name of the course with the most enrolments", "for each course") cannot
be answered from it unless it shows that thing as a column: its rows are of another grain, and
the number handed over would be per student, not per course. General SQL and English only;
the tables and columns come from the query file. Likewise "the number of different majors"
from a listing of students: its rows repeat each major.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from bot.language.textnorm import stem, words
from bot.matching import signals
from bot.matching.result_fit import Asked, ResultFit, meets, read_off
from bot.matching.sql_words import _TABLE_ALIAS, _select_items, bare_sql, identifier_words
from bot.matching.subject_fit import ATTRIBUTE_STEMS

_QUALIFIED = re.compile(r"\b(\w+)\s*\.\s*\"?\w")
_CTE = re.compile(r"(?:\bwith(?:\s+recursive)?|,)\s+\"?(\w+)\"?\s+as\s*\(", re.I)


@lru_cache(maxsize=4096)
def _cte_stems(sql: str) -> frozenset[str]:
    """The stems of the names a query's WITH clause defines (not tables of the warehouse)."""
    return frozenset(
        stem(w) for m in _CTE.finditer(bare_sql(sql)) for w in identifier_words(f'"{m.group(1)}"')
    )


def _shown_tables(sql: str) -> frozenset[str]:
    """The stems of the tables whose columns the outer SELECT shows (see _tables_shown)."""
    return _tables_shown(sql, CTE_COLUMNS_NO_ROWS)


@lru_cache(maxsize=4096)
def _tables_shown(sql: str, skip_ctes: bool) -> frozenset[str]:
    """The stems of the tables whose columns the outer SELECT shows ("m.title" with "JOIN
    Movie AS m" -> movie): a log of ratings that shows each movie's title lists movies too."""
    tables = {m.group(2).lower(): m.group(1) for m in _TABLE_ALIAS.finditer(bare_sql(sql))}
    tables.update({t.lower(): t for t in tables.values()})
    if skip_ctes:
        # "a.accounts" from "account_counts AS a": a figure per customer, no row of accounts
        ctes = {m.group(1).lower() for m in _CTE.finditer(bare_sql(sql))}
        tables = {k: t for k, t in tables.items() if t.lower() not in ctes}
    out: set[str] = set()
    for item in _select_items(sql):
        for m in _QUALIFIED.finditer(item):
            if (table := tables.get(m.group(1).lower())) is not None:
                out.update(stem(w) for w in identifier_words(f'"{table}"'))
    return frozenset(out)


# A column of a WITH clause's rows ("account_counts AS a" … "a.accounts") shows no rows of the
# tables its name says.
CTE_COLUMNS_NO_ROWS = True


def grain_of(f: ResultFit, sql: str) -> frozenset[str]:
    """What one row of a query's result is: its GROUP BY columns, or its outer FROM table
    (nothing for rows of a WITH clause)."""
    if f.groups is not None:
        return f.groups | f.per
    return frozenset() if f.rows_of & _cte_stems(sql) else f.rows_of


def other_grain(a: Asked, f: ResultFit, sql: str, grains: frozenset[str]) -> bool:
    """The request asks rows of (or a row per) a table of the library that another query's
    rows are of (`grains`: every query's grain_of), that this listing's rows are not of and
    that its result does not show as a column of its own."""
    asked_of = a.row_subjects or a.breakdown_tables  # "the name of the course", else "each course"
    if not asked_of or f.groups is not None or not f.rows_of or not meets(asked_of, grains):
        return False
    if f.rows_of & _cte_stems(sql):
        return False  # rows of a WITH clause: what they are is not read here
    if meets(asked_of, f.rows_of) or meets(asked_of, _shown_tables(sql)):
        return False
    # a column of its own ("course_name"), not a count of them ("students")
    return not asked_of & (f.shown - f.shown_counts)


# "How many video game types exist" from a listing of games, "count the number of stores" from
# rentals per film: the rows are of another thing than the one counted, while another query's
# rows are of it (bot.matching.grain.counts_another_grain).
COUNTED_HEAD_GRAIN = True


def counts_another_grain(
    a: Asked, f: ResultFit, sql: str, grains: frozenset[str], valued: bool = False
) -> bool:
    """One count over every row of a thing (`a.count_heads`, the noun counted) that some
    query's rows are of (`grains`), from a result whose rows are of something else and that
    shows no count of it: counting its rows does not count the thing. Not when the query
    takes a value the request names (`valued`): its rows are those of the value."""
    if not COUNTED_HEAD_GRAIN or not (a.shape.counts and a.count_heads) or valued:
        return False
    if a.breakdowns or a.shape.groups or a.aggregates or a.beside or a.named_params & f.per:
        return False  # "stores per city", "the total …", "the number for female": other figures
    heads = a.count_heads
    if not heads <= grains:
        return False
    if a.bounded:
        return False  # "how many patients stayed in room 112": stays in it, one per patient
    rows = f.per if f.groups is not None else f.rows_of
    if not rows or (f.groups is None and f.rows_of & _cte_stems(sql)) or meets(heads, rows):
        return False
    if any(_keys(h, r) for h in heads for r in rows):
        return False  # "GROUP BY dormid", "amenid": a row per dorm, per amenity
    if f.groups is None and not heads <= f.shown - f.shown_counts:
        return False  # a listing counts its rows' thing unless it shows the counted as a column
    if FIRST_KEY_NAMES_ROWS and f.groups is None and first_key(sql) in heads:
        return False  # "branch_ID" first, from a table called bank: a row per branch
    return not heads & (f.shown_counts | f.aggregate_stems.get("count", frozenset()))


# "How many bank branches are there?" from branches counted per state: each row holds the count
# of one group, none the number asked (it would have to be summed), while a listing of branches
# gives it as its number of rows.
PLAIN_COUNT_NOT_PER_GROUP = True


def counts_per_other_group(
    a: Asked,
    f: ResultFit,
    grains: frozenset[str],
    valued: bool = False,
    grouping: frozenset[str] = frozenset(),
) -> bool:
    """One count over every row of a thing (`a.count_heads`) that some query's rows are of
    (`grains`), from a result grouped by something else that counts the thing per group: no
    row holds the number asked. Not when a value, bound or breakdown is said ("branches in
    Texas", "per state"): one group's row, or every group's, is then the answer; a choice of a
    parameter in `grouping` ("branches" for `by: branch`) shapes a query and is no value."""
    if not PLAIN_COUNT_NOT_PER_GROUP or not (a.shape.counts and a.count_heads) or valued:
        return False
    if (
        a.breakdowns
        or a.shape.groups
        or a.aggregates
        or a.beside
        or a.bounded
        or a.named_params - grouping
    ):
        return False
    if a.shape.ranks or a.best_per or a.most_times or a.negated:
        return False  # "which city has the most customers": one group's row is the answer
    heads = a.count_heads
    if f.groups is None or not heads <= grains or meets(heads, f.groups | f.per):
        return False
    if any(_keys(h, r) for h in heads for r in f.groups | f.per):
        return False
    return bool(heads & (f.shown_counts | f.aggregate_stems.get("count", frozenset())))


# "SELECT branch_ID, bname … FROM bank": a listing whose first column is an id named after the
# thing counted is one row per that thing, whatever its table is called.
FIRST_KEY_NAMES_ROWS = True
_ID_COLUMN = re.compile(r"^\s*(?:\w+\s*\.\s*)?\"?([A-Za-z]+?)_?id\"?\s*$", re.I)


@lru_cache(maxsize=4096)
def first_key(sql: str) -> str | None:
    """The stem of what the first column of the outer SELECT is the id of ("branch_ID",
    "c.clubid" -> branch, club), if it is a bare id column."""
    items = _select_items(sql)
    m = _ID_COLUMN.match(items[0]) if items else None
    return stem(m.group(1).lower()) if m and len(m.group(1)) >= 3 else None


def _keys(head: str, key: str) -> bool:
    """A key column names the counted thing, abbreviated ("amenid" for amenities)."""
    key = key.removesuffix("id")
    return len(key) >= 3 and (head.startswith(key) or key.startswith(head))


def distinct_from_rows(a: Asked, f: ResultFit, sql: str, bound: frozenset[str]) -> bool:
    """ "The number of different majors" from a listing of students (its rows repeat each
    major) or from counts per dorm (each counts a dorm's own): only rows of majors, or one
    count over every row, give it."""
    if not (a.distinct_count and a.counts_of) or a.breakdowns or a.shape.groups:
        return False  # "different products in each city": counts per group are asked
    grain = grain_of(f, sql)
    if not grain or meets(a.counts_of, grain) or a.counts_of & bound:
        return False  # (rows per person, for the office "governor" it takes)
    # one figure over every row that counts them (a COUNT(DISTINCT …) without groups)
    return f.groups is not None or not a.counts_of & f.aggregate_stems.get("count", frozenset())


def counts_other_rows(a: Asked, f: ResultFit, sql: str, listings: frozenset[str]) -> bool:
    """ "How many customers have an account" from a listing of accounts, when another query
    lists customers (`listings`: the tables other listings' rows are of): counting its rows
    counts accounts (a customer with two is counted twice), and it shows no number of
    customers to read off."""
    if not a.counted_tables & listings or a.breakdowns or a.shape.groups or f.groups is not None:
        return False
    if not f.rows_of or f.rows_of & _cte_stems(sql) or meets(a.counted_tables, f.rows_of):
        return False
    return not a.counted_tables & (f.shown_counts | f.aggregate_stems.get("count", frozenset()))


_TESTED = re.compile(r"\{%-?\s*(?:if|elif)\s+(\w+)\s*==")
# "cities" naming a choice of what another query's rows are grouped by ("by: city"), or of how
# one is sorted, is no value of a filter: "what cities do students live in" still asks rows per
# city.
GROUPING_CHOICES_NO_VALUES = True


def grouping_params(sqls: Iterable[str]) -> frozenset[str]:
    """The parameters that shape a query rather than filter it (its columns, groups or order):
    compared in a template ("SELECT {% if by == 'city' %}…") and never bound as a value."""
    out: set[str] = set()
    for sql in sqls:
        for t in _TESTED.finditer(sql):
            if not re.search(rf":{t.group(1)}\b", sql):
                out.add(t.group(1))
    return frozenset(out)


def repeats_column(
    a: Asked, f: ResultFit, grains: frozenset[str], grouping: frozenset[str] = frozenset()
) -> bool:
    """ "Show all majors", "what cities do students live in" from a listing of students that
    shows each one's major: its rows repeat every value, while another query's rows are one per
    value (`grains`). Only a column asked for with no value, number or table named (a choice
    of a parameter in `grouping` shapes the query, no value)."""
    said = (a.listed | a.rows) - ATTRIBUTE_STEMS
    named = a.named_params - grouping if GROUPING_CHOICES_NO_VALUES else a.named_params
    if not said or a.row_subjects or named or a.bounded or a.negated:
        return False
    if a.shape.counts or a.aggregates or f.groups is not None or not f.rows_of:
        return False
    if OWNER_SAID_ROWS and _owner_said(a, said, f.rows_of):
        return False
    return said <= f.shown and said <= grains and not meets(said, f.rows_of)


# "the countries of markets", "carriers of devices": the column said of the listing's own rows
# is one per row, no repeated value (off: a column a grouped query lists repeats here).
OWNER_SAID_ROWS = True


def _owner_said(a: Asked, said: frozenset[str], rows_of: frozenset[str]) -> bool:
    owners = {w for f, w in a.pairs if f == "of"}
    return any((s, "of") in a.pairs for s in said) and bool(owners & rows_of)


def counts_per_row_unmet(a: Asked, f: ResultFit) -> bool:
    """ "The departments and how many employees work in each" from a listing that neither
    counts nor groups nor shows a number of them: its rows hold no such figure."""
    if not (a.shape.counts and (a.shape.groups or a.beside)) or a.aggregates:
        return False
    return not (f.shape.groups or f.shape.counts or read_off(a, f))


def grain_penalty(
    a: Asked,
    f: ResultFit,
    sql: str,
    grains: frozenset[str],
    binds: Mapping[str, object],
    listings: frozenset[str] = frozenset(),
    grouping: frozenset[str] = frozenset(),
    whole_grains: frozenset[str] | None = None,
) -> float:
    """How much rows of another grain count against a query (`binds`: the values it takes,
    `listings`: the tables the library's listings are rows of, `grouping`: the parameters that
    shape a query rather than filter it, `whole_grains`: the grains of queries that need no
    value, whose rows are every X and so can count them)."""
    bound = frozenset(
        stem(w) for v in binds.values() if isinstance(v, str) for w, _s, _e in words(v)
    )
    s = signals.FOREIGN_GRAIN_PENALTY if other_grain(a, f, sql, grains) else 0.0
    valued = any(isinstance(v, str) and p not in grouping for p, v in binds.items())
    if counts_another_grain(a, f, sql, grains, valued):
        s += signals.FOREIGN_GRAIN_PENALTY
    whole = grains if whole_grains is None else whole_grains
    if counts_per_other_group(a, f, whole, valued, grouping):
        s += signals.FOREIGN_GRAIN_PENALTY
    if distinct_from_rows(a, f, sql, bound):
        s += signals.DISTINCT_FROM_ROWS_PENALTY
    if counts_other_rows(a, f, sql, listings):
        s += signals.COUNT_OTHER_ROWS_PENALTY
    if signals.REPEATED_VALUES_PENALTY and repeats_column(a, f, grains - listings, grouping):
        s += signals.REPEATED_VALUES_PENALTY
    return s
