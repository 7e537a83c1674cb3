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
from dataclasses import dataclass

from bot.language.textnorm import stem, words
from bot.language.wordlists import SUPERLATIVES
from bot.library.model import QueryDef
from bot.matching import read_off, signals
from bot.matching.asked_rows import asked_rows, each_group
from bot.matching.counted import counted, plural
from bot.matching.group_heads import group_compounds, outer_table, row_groups, said_pairs
from bot.matching.group_rows import counts_the_groups, groups_own_rows
from bot.matching.read_off import reads_off_count
from bot.matching.sql_words import (
    TIME_WORDS,
    ResultShape,
    aggregate_words,
    aggregates,
    asked_aggregates,
    asked_objects,
    asked_shape,
    asks_most_times,
    asks_recency,
    first_group_key,
    group_words,
    identifier_words,
    order_words,
    result_shape,
    shape_fit,
    shown_words,
    table_words,
)
from bot.matching.structure import excluded_words, negated_stems, negates, owns_negation

_RANK_PARAMS = {"n", "limit", "top", "top_n", "k"}  # a row count: the query can rank
_TIME_STEMS = frozenset(stem(w) for w in TIME_WORDS)
_SUPERLATIVE = re.compile(rf"(?<!\bat )\b(?:{'|'.join(SUPERLATIVES)})\b")
_GRAND_TOTAL = re.compile(
    r"\b(?:in total|altogether|all together|overall|grand total|total number)\b"
)
# "the average hours of all players": one figure over every row, when an aggregate is asked.
_OVER_ALL = re.compile(r"\b(?:of|among|across)\s+all\b")
_MOST_OF = re.compile(r"(?<!\bat )\b(?:most|fewest|least)\s+(?:number\s+of\s+)?(\w+)")


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
    own_groups: bool = False  # grouped by its own FROM table's columns (bot.matching.group_rows)
    from_table: frozenset[str] = frozenset()  # the outer FROM table's words, grouped or not


def splits(q: QueryDef, weights: Mapping[str, float], fit: ResultFit) -> frozenset[str]:
    """What a query's rows can be per: the words of its title and keywords (`weights` at least
    W_KEYWORD) and of its parameters (a grain's "month"), its GROUP BY and the columns it
    shows; not words its examples or description happen to hold ("last month")."""
    out = {t for t, w in weights.items() if w >= signals.W_KEYWORD}
    for p in q.params:
        for text in (p.name.replace("_", " "), p.label, *p.choices, *p.synonyms):
            out.update(stem(w) for w, _s, _e in words(text))
    return frozenset(out | (fit.groups or frozenset()) | fit.per | fit.shown)


def result_fit(q: QueryDef) -> ResultFit:
    """Read what `q`'s result can show from its SQL and header."""
    shape = result_shape(q.sql)
    if any(p.name.lower() in _RANK_PARAMS or p.name == "sort" for p in q.params):
        shape = ResultShape(shape.counts, shape.groups, True)
    agg_stems = {f: _stems(ws) for f, ws in aggregate_words(q.sql).items()}
    groups = group_words(q.sql)
    header = " ".join([q.title, q.description, *q.keywords, *q.examples])
    # what it is asked for; a description's "(zero included)" says what its rows show
    asked_of = " ".join([q.title, *q.keywords, *q.examples])
    return ResultFit(
        shape=shape,
        aggregates=aggregates(q.sql),
        aggregate_stems=agg_stems,
        groups=_stems(groups) if groups else None,
        per=_stems(first_group_key(q.sql)),
        tables=_stems(table_words(q.sql)),
        columns=frozenset(stem(w) for w in identifier_words(q.sql)),
        shown=_stems(shown_words(q.sql)),
        shown_counts=_stems([w for w in shown_words(q.sql) if plural(w)]),
        rows_of=frozenset() if groups else _stems(outer_table(q.sql)),
        ranks_by_time=_ranks_by_time(q, agg_stems),
        # a yes/no parameter is said either way ("without contractors")
        negation=any(p.kind.name == "bool" for p in q.params)
        or owns_negation(asked_of if signals.NEGATION_NOT_FROM_DESCRIPTION else header),
        negated_subject=owns_negation(q.title),
        excludes=excluded_words(q.description),
        heads=_stems(heads) if (heads := group_words(q.sql, heads=True)) else None,
        compounds=group_compounds(q.sql),
        own_groups=groups_own_rows(q.sql),
        from_table=_stems(outer_table(q.sql)),
    )


@dataclass(frozen=True)
class Asked:
    """What one request asks of a result, in words the library knows."""

    shape: ResultShape
    aggregates: frozenset[str]
    objects: Mapping[str, frozenset[str]]  # per aggregate, what it is of ("average latitude")
    rows: frozenset[str]  # what a row of the answer is ("the names of wines")
    counts_of: frozenset[str]  # what "how many" counts
    breakdowns: frozenset[str]  # "for each director"
    named_params: frozenset[str]  # the parameters the named values are for ("female": gender)
    most_times: bool
    recency: bool
    negated: bool
    best_per: frozenset[str] = frozenset()  # "the least rating for each reviewer": reviewer
    bounded: bool = False  # it gives a number or a period ("more than one", "in Q2")
    grand_total: bool = False  # "in total", "altogether": one figure for everything
    row_tables: frozenset[str] = frozenset()  # the tables among `rows` ("reviewers and movies")
    counted_tables: frozenset[str] = frozenset()  # the tables among `counts_of`
    listed: frozenset[str] = frozenset()  # "show the delegates …", no count said
    negated_words: frozenset[str] = frozenset()  # the words its negations govern
    breakdown_tables: frozenset[str] = frozenset()  # the tables among `breakdowns`
    # the tables a row of the answer is ("which delegates")
    row_subjects: frozenset[str] = frozenset()
    distinct_count: bool = False  # "how many different colleges": a COUNT(DISTINCT …)
    pairs: frozenset[tuple[str, str]] = frozenset()  # stems of words said next to each other


def asked(
    lowered: str,
    text: str,
    known: Callable[[str], bool],
    breakdowns: list[str],
    named_params: set[str],
    tables: frozenset[str] = frozenset(),
    bounded: bool = False,
) -> Asked:
    """What the request (`lowered` words, `text` as written) asks of a result; `known` says
    whether a stem is a word of the library, `tables` are the stems of its tables ("the most
    songs" counts songs)."""

    def kept(said: list[str]) -> frozenset[str]:
        return frozenset(st for w in said if known(st := stem(w)))

    return Asked(
        shape=asked_shape(lowered),
        aggregates=asked_aggregates(lowered),
        objects={f: kept(ws) for f, ws in asked_objects(lowered).items()},
        rows=kept(asked_rows(lowered)),
        counts_of=kept(counted(lowered)),
        breakdowns=frozenset(breakdowns),
        named_params=frozenset(named_params),
        most_times=asks_most_times(lowered)
        or any(stem(m.group(1)) in tables for m in _MOST_OF.finditer(lowered)),
        recency=asks_recency(lowered),
        negated=negates(text),
        negated_words=negated_stems(text),
        best_per=kept([m.group(1) for m in each_group().finditer(lowered)])
        if _SUPERLATIVE.search(lowered)
        else frozenset(),
        bounded=bounded,
        grand_total=bool(_GRAND_TOTAL.search(lowered))
        or bool(
            signals.OVER_ALL_IS_TOTAL and _OVER_ALL.search(lowered) and asked_aggregates(lowered)
        ),
        row_tables=kept(_listed(lowered)) & tables,
        counted_tables=kept(counted(lowered)) & tables,
        row_subjects=kept(asked_rows(lowered) + _heads(lowered)) & tables,
        breakdown_tables=frozenset(breakdowns) & tables,
        distinct_count=bool(_DISTINCT_COUNT.search(lowered)),
        pairs=said_pairs(lowered),
        listed=frozenset()
        if _COUNT_WORDS.search(lowered) or asked_aggregates(lowered)
        else kept(_heads(lowered)),
    )


# "find the delegates who …", "list all rooms with …": the first word after the verb.
_HEAD = re.compile(
    r"^(?:\w+\W+){0,2}?(?:find|list|show|give|get|return)\s+(?:me\s+)?((?:\w+\s+){0,2}\w+)"
)


def _heads(lowered: str) -> list[str]:
    """What a request that opens with a verb asks rows of: the last word of the noun phrase
    after it ("show all product colors" -> colors), skipping "the", "all" and the like."""
    m = _HEAD.search(lowered)
    said: list[str] = []
    for w in m.group(1).split() if m else []:
        if w in _LIST_ENDS or w in ("and", "of", "or"):
            break
        if w not in _HEAD_SKIP:
            said.append(w)
    return said[-1:]


_DISTINCT_COUNT = re.compile(
    r"\b(?:how\s+many|numbers?\s+of|count(?:\s+of)?(?:\s+the)?)\s+(?:distinct|different|unique)\b"
)
_COUNT_WORDS = re.compile(r"\b(?:how\s+many|number|count|counts|total)\b")
_HEAD_SKIP_TEXT = "the all a an each every distinct different unique me us"
_HEAD_SKIP = frozenset(_HEAD_SKIP_TEXT.split())


_LISTED = re.compile(r"\b(?:names?|titles?|ids?)\s+of\s+((?:\w+\s+){0,5}\w+)")
_LIST_ENDS_TEXT = "that who which whose with in from for by on at where whom"
_LIST_ENDS = frozenset(_LIST_ENDS_TEXT.split())


def _listed(lowered: str) -> list[str]:
    """The words of what "the names of …" lists, up to its first clause ("the names of all
    the reviewers and movie names" -> all, the, reviewers, and, movie, names)."""
    out: list[str] = []
    for m in _LISTED.finditer(lowered):
        for w in m.group(1).split():
            if w in _LIST_ENDS:
                break
            out.append(w)
    return out


def fit_score(a: Asked, f: ResultFit) -> float:
    """How well `f` can show what `a` asks: the result-shape bonus less each mismatch."""
    s = signals.W_RESULT_SHAPE * shape_fit(a.shape, f.shape)
    s += read_off.READ_OFF_COUNT_BONUS * reads_off_count(a, f)
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
        read = frozenset()  # "the number of distinct bed types" is no row's "beds" column
    if a.counts_of and not f.shape.groups and f.tables and not a.counts_of & f.tables and not read:
        s -= signals.COUNT_GRAIN_PENALTY  # "the number of bikes" from a trip log
    counts = f.aggregate_stems.get("count", frozenset())
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
    if a.shape.counts and a.breakdowns and not f.shape.groups:
        s -= signals.UNGROUPED_COUNT_PENALTY  # "how many songs for each format"
    elif (
        signals.COUNT_PER_ROW_FROM_LIST
        and a.shape.counts
        and a.shape.groups
        and not (f.shape.groups or f.shape.counts or a.counts_of & f.shown_counts)
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
    ):
        # "how many appointments" from counts per patient, "the average rating of songs by
        # female artists" from averages per artist: a list of figures, not the one asked for
        s -= signals.GRAND_TOTAL_PENALTY if a.grand_total else signals.TOTAL_FROM_GROUPS_PENALTY
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


def best_per_unmet(lowered: str, f: ResultFit, known: Callable[[str], bool]) -> bool:
    """ "The smallest enrollment per state" from a query whose rows are not per state: it can
    give the best overall, never the best of each group."""
    if not _SUPERLATIVE.search(lowered):
        return False
    per = frozenset(st for m in each_group().finditer(lowered) if known(st := stem(m.group(1))))
    return bool(per) and not meets(per, f.per)


def _counted_only(listed: frozenset[str], f: ResultFit, groups: frozenset[str] | None) -> bool:
    """The rows asked for are things the query only counts (a COUNT of them, no row each)."""
    counted = f.aggregate_stems.get("count", frozenset())
    per = f.per if groups is f.groups else frozenset()
    return bool(listed) and listed <= counted and not listed & (groups or per)


def meets(said: frozenset[str], sql: frozenset[str]) -> bool:
    """A word said is a word of the SQL, or a column abbreviates it ("pPos" for position)."""
    if said & sql:
        return True
    if not signals.ABBREVIATED_COLUMNS:
        return False
    return any(len(c) >= 3 and w.startswith(c) for w in said for c in sql)


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
