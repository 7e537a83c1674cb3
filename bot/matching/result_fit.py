"""What a query's result can show, set against what a request asks of it.

A query's SQL says what one row of its result is (its GROUP BY, or its tables), which
aggregates it shows and of what, whether it can rank by a date; its header says whether it
lists a negation ("films with no rating"). A request asks for an aggregate ("the average
latitude"), rows of one thing ("the names of wines"), a count per group, "the most often",
"the most recent", a negation. A query whose result cannot show what is asked would hand over
a wrong number, so each mismatch counts against it (weights in bot.matching.signals, each one
measured by benchmarks/ablation_matcher.py). General English only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from bot.language.textnorm import stem, words
from bot.library.model import QueryDef
from bot.matching import distinct_columns, signals, summary_rows, total_row
from bot.matching import read_off as read_off_counts
from bot.matching.asked_result import SUPERLATIVE, Asked, asked, meets  # noqa: F401 (re-exported)
from bot.matching.asked_rows import each_group
from bot.matching.counted import plural
from bot.matching.distinct_columns import distinct_count_columns, distinct_read_off
from bot.matching.group_heads import (
    chosen_groups,
    group_compounds,
    outer_table,
    row_groups,
)
from bot.matching.group_rows import counts_the_groups, groups_own_rows
from bot.matching.own_key import own_key_rows
from bot.matching.per_row_counts import counted_per_row, per_row_splits
from bot.matching.read_off import reads_off_count
from bot.matching.sql_words import (
    TIME_WORDS,
    ResultShape,
    _select_items,
    aggregate_words,
    aggregates,
    first_group_key,
    group_words,
    identifier_words,
    order_words,
    result_shape,
    shape_fit,
    shown_words,
    table_words,
)
from bot.matching.structure import excluded_words, negated_stems, owns_negation
from bot.matching.summary_rows import best_row_unnamed, one_row_of_totals

_COUNT_STAR = re.compile(r"\bCOUNT\s*\(\s*(?:\*|1)\s*\)", re.I)
_AGGREGATE = re.compile(r"\b(?:COUNT|SUM|AVG|MIN|MAX|STRING_AGG|LIST)\s*\(", re.I)
_SCALAR_SUBQUERY = re.compile(r"\s*\(\s*select\b", re.I)
_RANK_PARAMS = {"n", "limit", "top", "top_n", "k"}  # a row count: the query can rank
_TIME_STEMS = frozenset(stem(w) for w in TIME_WORDS)


@dataclass(frozen=True)
class ResultFit:
    """What one query's result can show, read once from its file."""

    shape: ResultShape
    aggregates: frozenset[str]  # avg / sum / max / min the result shows
    aggregate_stems: Mapping[str, frozenset[str]]  # per aggregate, what it is of
    groups: frozenset[str] | None  # stems of what a row is, when the result is grouped
    per: frozenset[str]  # stems of its first GROUP BY column
    tables: frozenset[str]  # stems of the tables it reads
    columns: frozenset[str]  # stems of every identifier of its SQL
    shown: frozenset[str]  # stems of the columns its outer SELECT shows
    shown_counts: frozenset[str]  # of those, the plural ones: numbers of things ("Kids")
    rows_of: frozenset[str]  # stems of its outer FROM table when it does not group: a row each
    ranks_by_time: bool  # it can sort by (or take the latest of) a date or a year
    negation: bool  # its header says a negation, or a yes/no parameter can
    negated_subject: bool  # its title says one: what it lists is what is missing
    excludes: frozenset[str] = frozenset()  # what its description leaves out ("not cancelled")
    # what a row is, a compound column read as its last word ("AllergyType": a type)
    heads: frozenset[str] | None = None
    compounds: frozenset[tuple[str, str]] = frozenset()  # (allergi, type) of "AllergyType"
    negated_own: frozenset[str] = frozenset()  # the words its own negations govern
    chooser: str | None = None  # the choice parameter that picks what a row is per ("by")
    chosen: Mapping[str, frozenset[str]] = field(default_factory=dict)  # per choice, its stems
    star_counted: frozenset[str] = frozenset()  # what COUNT(*) counts: its outer FROM table
    own_groups: bool = False  # grouped by its own FROM table's columns (bot.matching.group_rows)
    from_table: frozenset[str] = frozenset()  # the outer FROM table's words, grouped or not
    truncated: frozenset[str] = frozenset()  # date_trunc units: rows per month
    own_params: frozenset[str] = frozenset()  # its parameters' names, as named values' keys
    total_row: bool = False  # its groups come with a row over every row (bot.matching.total_row)
    # its outer SELECT shows a column of each row (not only aggregates): a row per `rows_of`
    rows_shown: bool = False
    # stems naming its COUNT(DISTINCT …) columns (bot.matching.distinct_columns)
    distinct_counts: frozenset[str] = frozenset()
    one_row_totals: bool = False  # one row of totals (bot.matching.summary_rows)
    # ungrouped rows of its FROM table with a count beside each (bot.matching.per_row_counts)
    counted_per_row: frozenset[str] = frozenset()


def splits(q: QueryDef, weights: Mapping[str, float], fit: ResultFit) -> frozenset[str]:
    """What a query's rows can be per: the words of its title and keywords (`weights` at least
    W_KEYWORD) and of its parameters (a grain's "month"), its GROUP BY and the columns it
    shows; not words its examples or description happen to hold ("last month")."""
    out = {t for t, w in weights.items() if w >= signals.W_KEYWORD}
    for p in q.params:
        for text in (p.name.replace("_", " "), p.label, *p.choices, *p.synonyms):
            out.update(stem(w) for w, _s, _e in words(text))
    return frozenset(out | (fit.groups or frozenset()) | fit.per | fit.shown | fit.truncated)


def result_fit(q: QueryDef) -> ResultFit:
    """Read what `q`'s result can show from its SQL and header."""
    shape = result_shape(q.sql)
    if any(p.name.lower() in _RANK_PARAMS or p.name == "sort" for p in q.params):
        shape = ResultShape(shape.counts, shape.groups, True)
    agg_stems = {f: _stems(ws) for f, ws in aggregate_words(q.sql).items()}
    groups = group_words(q.sql)
    choices = {p.name: tuple(p.choices) for p in q.params if p.choices}
    chosen = chosen_groups(q.sql, choices) if signals.GROUP_BY_CHOICE else {}
    chooser = next((p for p, cs in choices.items() if chosen and set(cs) == set(chosen)), None)
    header = " ".join([q.title, q.description, *q.keywords, *q.examples])
    # what it is asked for; a description's "(zero included)" says what its rows show
    asked_of = " ".join([q.title, *q.keywords, *q.examples])
    return ResultFit(
        shape=shape,
        aggregates=aggregates(q.sql),
        aggregate_stems=agg_stems,
        groups=_stems(groups) if groups else None,
        per=_stems(first_group_key(q.sql)) | own_key_rows(q.sql),
        tables=_stems(table_words(q.sql)),
        columns=frozenset(stem(w) for w in identifier_words(q.sql)),
        shown=_stems(shown_words(q.sql)),
        shown_counts=_stems([w for w in shown_words(q.sql) if plural(w)]),
        rows_of=frozenset() if groups else _stems(outer_table(q.sql)),
        ranks_by_time=_ranks_by_time(q, agg_stems),
        # a yes/no parameter is said either way ("without contractors")
        negation=any(p.kind.name == "bool" for p in q.params)
        or owns_negation(
            asked_of if signals.NEGATION_NOT_FROM_DESCRIPTION else header,
            any(p.kind.is_numeric and (p.min is None or p.min <= 0) for p in q.params),
        ),
        negated_subject=owns_negation(q.title),
        # what its own negations are about ("athletes without a scholarship"); for a yes/no
        # parameter, said either way, every word of it (or none: any word)
        negated_own=_yes_no_words(q) | negated_stems(asked_of)
        if BOOL_NEGATES_ITS_OWN_WORDS
        else frozenset()
        if any(p.kind.name == "bool" for p in q.params)
        else negated_stems(asked_of),
        excludes=excluded_words(q.description),
        heads=_stems(heads) if (heads := group_words(q.sql, heads=True)) else None,
        compounds=group_compounds(q.sql),
        chooser=chooser,
        chosen=chosen,
        star_counted=_stems(outer_table(q.sql)) if _COUNT_STAR.search(q.sql) else frozenset(),
        own_groups=groups_own_rows(q.sql),
        from_table=_stems(outer_table(q.sql)),
        truncated=truncated_to(q.sql) if TRUNCATED_UNITS_SPLIT else frozenset(),
        own_params=frozenset(stem(p.name.lower()) for p in q.params),
        total_row=total_row.total_row_in(q.sql),
        rows_shown=_rows_shown(q.sql),
        distinct_counts=distinct_count_columns(q.sql),
        one_row_totals=one_row_of_totals(q.sql),
        counted_per_row=counted_per_row(q.sql, _stems(outer_table(q.sql)), bool(groups)),
    )


def _rows_shown(sql: str) -> bool:
    """Whether one item of the outer SELECT is no aggregate (or a scalar subquery): its rows
    are the FROM table's, not one row of totals."""
    return any(
        not _AGGREGATE.search(i) or _SCALAR_SUBQUERY.match(i)
        for i in _select_items(sql)
        if i.strip()
    )


# "signups per month" from a query whose rows are months only inside a WITH clause
# (`date_trunc('month', …) AS period_start`): the unit a date is truncated to, anywhere in the
# body, is what its rows can be per.
# A yes/no parameter ("codeshare_only") owns the negations of its own words ("not codeshares"),
# not one of the rows themselves ("airports with no routes" from a list of routes).
BOOL_NEGATES_ITS_OWN_WORDS = True


def _yes_no_words(q: QueryDef) -> frozenset[str]:
    """Stems of the names and labels of `q`'s yes/no parameters."""
    said = " ".join(f"{p.name} {p.label}" for p in q.params if p.kind.name == "bool")
    return frozenset(stem(w) for w, _s, _e in words(said.replace("_", " ")))


TRUNCATED_UNITS_SPLIT = True
_TRUNCATED = re.compile(r"\bdate_trunc\s*\(\s*['\"](\w+)['\"]", re.I)


def truncated_to(sql: str) -> frozenset[str]:
    """The units the SQL truncates dates to (`date_trunc('month', …)`: month)."""
    return frozenset(stem(m.group(1).lower()) for m in _TRUNCATED.finditer(sql))


def with_choice(f: ResultFit, binds: Mapping[str, object]) -> ResultFit:
    """`f` with the column its rows are per that the bound choice picks ("by: city")."""
    said = f.chosen.get(str(binds.get(f.chooser))) if f.chooser else None
    if not said:
        return f
    return replace(
        f,
        groups=(f.groups or frozenset()) | said,
        per=f.per | said,
        heads=None if f.heads is None else f.heads | said,
    )


def fit_score(a: Asked, f: ResultFit, rows_counted: bool = False) -> float:
    """How well `f` can show what `a` asks: the result-shape bonus less each mismatch
    (`rows_counted`: a row of `f` is one of the things a count asks for)."""
    s = signals.W_RESULT_SHAPE * shape_fit(a.shape, f.shape)
    s += read_off_counts.READ_OFF_COUNT_BONUS * reads_off_count(a, f)
    s -= signals.MISSING_AGGREGATE_PENALTY * len(a.aggregates - f.aggregates)
    if a.grand_total and a.aggregates - f.aggregates:
        s -= signals.MISSING_TOTAL_PENALTY  # "the total enrollment of all colleges" from a list
    s -= signals.MISPLACED_AGGREGATE_PENALTY * _misplaced(a.objects, f)
    # ("the movie rated least by each reviewer" from rows per reviewer that show that movie)
    per_asked = a.breakdowns & f.per and a.rows & f.shown
    groups = row_groups(f.groups, f.heads, f.compounds, a.pairs)
    if a.rows and groups and not meets(a.rows, groups) and not per_asked:
        s -= signals.ROW_GRAIN_PENALTY  # "names of wines" from a summary per grape
    elif signals.COUNTED_NOT_LISTED and _counted_only(a.listed, f, groups):
        s -= signals.ROW_GRAIN_PENALTY  # "show the delegates and their party" from counts
    elif f.groups and len(a.row_tables) >= 2 and not a.row_tables <= f.groups:
        s -= signals.TWO_LISTS_PENALTY  # "the reviewers and the movies" from rows per reviewer
    # ("how many kids stay in …" from a row that shows its kids: the number is read off)
    read = a.counts_of & f.shown_counts if signals.COUNT_READ_OFF else frozenset()
    if signals.DISTINCT_NOT_READ_OFF and a.distinct_count:
        # "the number of distinct bed types" is no row's "beds" column; a one-row summary's
        # COUNT(DISTINCT …) AS beds is that number
        read = distinct_read_off(a, f)
        s += distinct_columns.DISTINCT_COLUMN_BONUS * bool(read)
    # "the project which has the most scientists" from one row of totals
    s -= summary_rows.BEST_ROW_PENALTY * best_row_unnamed(a, f.one_row_totals)
    if a.counts_of and not f.shape.groups and f.tables and not a.counts_of & f.tables and not read:
        s -= signals.COUNT_GRAIN_PENALTY  # "the number of bikes" from a trip log
    counts = f.aggregate_stems.get("count", frozenset())
    if signals.COUNT_STAR_COUNTS_ROWS:
        counts = counts | f.star_counted  # "how many customers" from COUNT(*) over customers
    if a.counted_tables and counts and not a.counted_tables & (counts | f.per | f.shown):
        s -= signals.MISCOUNT_PENALTY  # "how many stations" from a query counting trips
    if a.breakdowns and f.per and f.shape.groups and not meets(a.breakdowns, f.per):
        # rows per day with a column per channel show a breakdown by channel too
        pivot = f.per & _TIME_STEMS and a.breakdowns & f.shown
        if not (pivot and signals.BREAKDOWN_COLUMN_PENALTY):
            s -= signals.BREAKDOWN_KEY_PENALTY  # "for each director" from rows per movie
        # it shows the director, per movie: never a figure per director
        if a.breakdowns & f.columns and not f.per & _TIME_STEMS:
            s -= signals.BREAKDOWN_COLUMN_PENALTY
    if (
        signals.FIGURE_PER_OTHER_ROWS
        and a.breakdown_tables
        and f.rows_of
        and (a.aggregates or a.shape.counts)
        and not meets(a.breakdown_tables, f.rows_of | f.tables)
        and a.breakdown_tables & f.shown
    ):
        # "the total quantity for each product" from rows per order that show their products
        s -= signals.BREAKDOWN_KEY_PENALTY + signals.BREAKDOWN_COLUMN_PENALTY
    counted_here = f.aggregate_stems.get("count", frozenset()) | f.shown_counts
    # (a breakdown the result also shows as a column of its own, not a number of, is no count)
    if (
        a.breakdown_tables & counted_here - (f.shown - f.shown_counts)
        and not f.per
        and f.rows_of
        and not meets(a.breakdown_tables, f.rows_of)
    ):
        # "for each delegate, the party" from rows per party that count their delegates
        s -= signals.COUNTED_BREAKDOWN_PENALTY
    if (a.aggregates or a.shape.counts) and f.per and a.named_params & f.per:
        s += signals.GROUP_VALUE_BONUS  # "average rating of female artists": rows per gender
    if a.best_per and not a.best_per & f.per:
        s -= signals.BEST_PER_GROUP_PENALTY  # "the least rating for each reviewer" from a log
    if a.recency and not f.ranks_by_time:
        s -= signals.RECENCY_PENALTY  # "the most recent movie" from a ranking by stars
    if a.most_times and not f.shape.counts:
        s -= signals.MOST_WITHOUT_COUNT_PENALTY  # "which bike traveled the most"
    if (
        a.shape.counts
        and a.breakdowns
        and not f.shape.groups
        and not meets(a.breakdowns, per_row_splits(f.counted_per_row))
    ):
        s -= signals.UNGROUPED_COUNT_PENALTY  # "how many songs for each format"
    elif (
        signals.COUNT_PER_ROW_FROM_LIST
        and a.shape.counts
        and (a.shape.groups or a.beside)
        and not (f.shape.groups or f.shape.counts or read_off(a, f))
    ):
        # "all customers and the number of accounts" from a listing that counts nothing
        s -= signals.UNGROUPED_COUNT_PENALTY
    if (
        (a.shape.counts or a.aggregates)
        and not (a.shape.ranks or a.breakdowns or a.bounded)
        and f.shape.groups
        and not a.named_params & f.per
        and not counts_the_groups(a, f)
        and not reads_off_count(a, f)
        # "the total capacity of all dorms" from ROLLUP's total row
        and not (total_row.TOTAL_ROW_HOLDS_TOTAL and f.total_row)
    ):
        # "how many appointments" from counts per patient, "the average rating of songs by
        # female artists" from averages per artist: a list of figures, not the one asked for
        # ("how many vehicles in total" from a row per vehicle: no more than without "in total")
        total = a.grand_total and not (signals.ROWS_COUNTED_NOT_GROUPS and rows_counted)
        s -= signals.GRAND_TOTAL_PENALTY if total else signals.TOTAL_FROM_GROUPS_PENALTY
        if "avg" in a.aggregates and not a.grand_total:
            s -= signals.AVERAGE_FROM_GROUPS_PENALTY  # no average of averages is the average
    seen = f.tables | f.shown | f.per | (f.groups or frozenset())
    if a.row_subjects and not a.row_subjects & seen:
        s -= signals.FOREIGN_ROWS_PENALTY  # "which delegates are from …" from a county list
    if a.negated and not f.negation and not a.negated_words & f.excludes:
        s -= signals.NEGATION_PENALTY  # "which physician was not trained in"
    elif not a.negated and f.negated_subject:
        s -= signals.NEGATION_PENALTY  # "the movies they reviewed" from "films with no rating"
    return s


def read_off(a: Asked, f: ResultFit) -> bool:
    """The numbers of things asked are columns of the listing ("rooms and their beds"); beside
    other columns, every one of them must be ("ids with the number of sports and of games")."""
    if not a.beside or a.shape.groups:
        return bool(a.counts_of & f.shown_counts)
    return bool(a.count_heads) and a.count_heads <= f.shown_counts


def best_per_unmet(lowered: str, f: ResultFit, known: Callable[[str], bool]) -> bool:
    """ "The smallest enrollment per state" from a query whose rows are not per state: it can
    give the best overall, never the best of each group."""
    if not SUPERLATIVE.search(lowered):
        return False
    per = frozenset(st for m in each_group().finditer(lowered) if known(st := stem(m.group(1))))
    return bool(per) and not meets(per, f.per)


def _counted_only(listed: frozenset[str], f: ResultFit, groups: frozenset[str] | None) -> bool:
    """The rows asked for are things the query only counts (a COUNT of them, no row each)."""
    counted = f.aggregate_stems.get("count", frozenset())
    per = f.per if groups is f.groups else frozenset()
    if signals.OWN_ROWS_NOT_COUNTED and listed and f.rows_shown and listed <= f.rows_of:
        return False  # a row per screen mode, with a count of the phones of each
    return bool(listed) and listed <= counted and not listed & (groups or per)


def _stems(said: frozenset[str] | list[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in said)


def _ranks_by_time(q: QueryDef, agg_stems: Mapping[str, frozenset[str]]) -> bool:
    """The query can say what is latest or oldest: it sorts by, or takes the max or min of, a
    date or a year (a sort choice counts)."""
    said = {stem(w) for w in order_words(q.sql)}
    said |= agg_stems.get("max", frozenset()) | agg_stems.get("min", frozenset())
    for p in q.params:
        if p.choices:
            said.update(stem(w) for c in (*p.choices, *p.synonyms) for w, _s, _e in words(c))
    return bool(said & _TIME_STEMS)


def _misplaced(objects: Mapping[str, frozenset[str]], f: ResultFit) -> int:
    """Aggregates the query shows, but not of what the request names: "the average latitude"
    from a query that averages durations. A total may be of a count ("total headcount")."""
    out = 0
    for agg, said in objects.items():
        if agg not in f.aggregates or not said:
            continue
        of = f.aggregate_stems.get(agg, frozenset())
        if agg == "sum":
            of = of | f.aggregate_stems.get("count", frozenset())
        out += not said & of
    return out
