"""What one request asks of a query's result, in words the library knows: a count, an
aggregate and of what, rows of one thing, a breakdown, the best of each group, a grand total, a
negation (read by bot.matching.result_fit, bot.matching.grain and bot.matching.row_count).
General English only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.language.textnorm import stem
from bot.language.wordlists import SUPERLATIVES
from bot.matching import signals
from bot.matching.aggregates_asked import asked_aggregates, asked_objects
from bot.matching.asked_rows import asked_rows, each_group
from bot.matching.counted import count_beside_columns, counted, counted_heads, plural
from bot.matching.group_heads import said_pairs
from bot.matching.sql_words import ResultShape, asked_shape, asks_most_times
from bot.matching.structure import negated_stems, negates

SUPERLATIVE = re.compile(rf"(?<!\bat )\b(?:{'|'.join(SUPERLATIVES)})\b")
# A superlative that the library knows joined with the next word ("top line" where a keyword
# says "topline", read as one word by bot.matching.word_forms.joined_pairs): an idiom, no
# ranking, and never the best of each group ("is the top line growing? … each month").
IDIOMS_RANK_NOTHING = True


def idioms_blanked(lowered: str, known: Callable[[str], bool]) -> str:
    """`lowered` with each superlative that forms a library word with the next one blanked."""
    if not IDIOMS_RANK_NOTHING:
        return lowered

    def kept(m: re.Match[str]) -> str:
        after = re.match(r"[\s-]*([a-z]+)", lowered[m.end() :])
        joined = after and known(stem(m.group(0) + after.group(1)))
        return " " * len(m.group(0)) if joined else m.group(0)

    return SUPERLATIVE.sub(kept, lowered)


_GRAND_TOTAL = re.compile(
    r"\b(?:in total|altogether|all together|overall|grand total|total number)\b"
)
# "the average hours of all players": one figure over every row, when an aggregate is asked.
_OVER_ALL = re.compile(r"\b(?:of|among|across)\s+all\b")
_MOST_OF = re.compile(r"(?<!\bat )\b(?:most|fewest|least)\s+(?:number\s+of\s+)?(\w+)")


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
    beside: bool = False  # "the sports and the number of students": a count per row of them
    count_heads: frozenset[str] = frozenset()  # the nouns its counts count ("sports", "games")


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

    # "the sports and the number of students": a count per row, never one over everything
    beside = signals.COUNT_BESIDE_IS_PER_ROW and count_beside_columns(lowered)

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
        if SUPERLATIVE.search(lowered)
        else frozenset(),
        bounded=bounded,
        grand_total=not beside
        and (
            bool(_GRAND_TOTAL.search(lowered))
            or bool(
                signals.OVER_ALL_IS_TOTAL
                and _OVER_ALL.search(lowered)
                and asked_aggregates(lowered)
            )
        ),
        row_tables=kept(_listed(lowered)) & tables,
        counted_tables=kept(counted(lowered)) & tables,
        row_subjects=kept(asked_rows(lowered) + _heads(lowered)) & tables,
        breakdown_tables=frozenset(breakdowns) & tables,
        distinct_count=bool(_DISTINCT_COUNT.search(lowered)),
        pairs=said_pairs(lowered),
        beside=beside,
        count_heads=frozenset(stem(w) for w in counted_heads(lowered)),
        listed=frozenset()
        if _COUNT_WORDS.search(lowered) or asked_aggregates(lowered)
        else kept(_heads(lowered)),
    )


# "find the delegates who …", "list all rooms with …": the first word after the verb.
_HEAD = re.compile(
    r"^(?:\w+\W+){0,2}?(?:find|list|show|give|get|return)\s+(?:me\s+)?((?:\w+\s+){0,2}\w+)"
)
# "show all video game types": four words after the verb, the head noun last.
_LONG_HEAD = re.compile(
    r"^(?:\w+\W+){0,2}?(?:find|list|show|give|get|return)\s+(?:me\s+)?((?:\w+\s+){0,3}\w+)"
)


def _heads(lowered: str) -> list[str]:
    """What a request that opens with a verb asks rows of: the last word of the noun phrase
    after it ("show all product colors" -> colors), skipping "the", "all" and the like; a
    fourth word when it is a plural ("show all video game types" -> types)."""
    said = _phrase(_HEAD, lowered)
    longer = _phrase(_LONG_HEAD, lowered) if signals.LONG_NOUN_PHRASES else []
    if len(longer) > len(said) and plural(longer[-1]):
        said = longer
    return said[-1:]


def _phrase(pattern: re.Pattern[str], lowered: str) -> list[str]:
    m = pattern.search(lowered)
    said: list[str] = []
    for w in m.group(1).split() if m else []:
        if w in _LIST_ENDS or w in ("and", "of", "or"):
            break
        if w not in _HEAD_SKIP:
            said.append(w)
    return said


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


def meets(said: frozenset[str], sql: frozenset[str]) -> bool:
    """A word said is a word of the SQL, or a column abbreviates it ("pPos" for position)."""
    if said & sql:
        return True
    if not signals.ABBREVIATED_COLUMNS:
        return False
    return any(len(c) >= 3 and w.startswith(c) for w in said for c in sql)


# Superlatives of time ("the most recent", "latest", "oldest"): they rank by a date or year.
_RECENCY = re.compile(r"\b(?:most\s+recent(?:ly)?|latest|newest|earliest|oldest)\b")


def asks_recency(lowered: str) -> bool:
    """The request ranks by time ("the most recent movie", "the oldest trip")."""
    return bool(_RECENCY.search(lowered))
