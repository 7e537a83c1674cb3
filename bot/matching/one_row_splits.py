"""What a result of one row can be per: nothing. An overview whose outer SELECT is aggregates
only ("SELECT COUNT(*), COUNT(DISTINCT Affiliation) AS affiliation_types, SUM(Enrollment) …")
shows how many affiliations there are, never a figure for each: "total enrollment of each
affiliation type" or "estimates per film" asks a breakdown its single row drops, though its
keywords and columns say "affiliation" or "films". The drop makes the overview a ticket or a
near tie, never a reason to run a runner-up; a runner-up grouped by the very thing asked per is
offered beside it. General SQL and English only: the shape comes from the query file.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.language.textnorm import STOPWORDS, stem
from bot.library.model import QueryDef
from bot.matching.grain import grouping_params
from bot.matching.grand_total import one_row
from bot.matching.sql_words import first_group_key

# A breakdown said ("per film", "each affiliation") is one a one-row result drops, whatever its
# header and columns say (off: its keywords and shown columns count as what its rows are per).
ONE_ROW_NOT_PER = True

# "per film", "each affiliation type", "for each county", "the cities that have each": figures
# per a thing named. Not "each other / one / of them", nor "each player's score" (one figure over
# theirs), nor "every" / "for all" ("across every school": one figure over all).
_PER_THING = re.compile(
    r"\b(?:per|each)\s+(?!(?:of|other|one|and|or|the|them|is|are)\b)[a-z]+\b(?!')"
    r"|\beach\s*(?:[.?!,;]|$)"
)
# "the average amount for different transaction types", "across various lots": figures for each
# of the things named, as "per" says (off: only "per" / "each" / "the different" say it).
FOR_DIFFERENT_IS_PER = True
_FOR_DIFFERENT = re.compile(r"\b(?:for|of|across|among|over|in)\s+(?:different|various)\s+[a-z]+")
# "what are the different affiliations, and …": the values themselves, which a one-row count of
# them does not list; "how many different …" / "the number of distinct …" is that count.
_THE_DIFFERENT = re.compile(r"\b(?:the|all)\s+(?:different|distinct|various|unique)\s+[a-z]+")
# "average hours per project": a rate over every project, one figure.
_RATE = re.compile(r"\b(?:average|avg|mean)\b(?:\s+[a-z]+){0,3}\s*$")
# A runner-up grouped by the very thing asked per ("GROUP BY Affiliation" for "each
# affiliation type") is offered beside the one row whatever the margin (off: only runners-up
# within near_ties.TAKERS_MARGIN are): the words chose the overview, the shape chose it.
GROUPED_RIVAL_OFFERED = True
_THING = re.compile(r"\b(?:per|each|different|distinct|various|unique)\s+([a-z]+(?:\s+[a-z]+)?)")
# "different transaction types": the thing is the noun phrase, so its head ("types") counts
# beside its first word (off: only the word after "per" / "different" counts).
PHRASE_THINGS = True
# What the extraction notes as dropped (the person reads "not used: per").
ONE_ROW_DROP = "per"
_COUNTED = re.compile(r"\b(?:how\s+many|number\s+of|count)\s+(?:of\s+)?(?:the\s+|all\s+)?$")


# A choice bound as a value (":type" in a WHERE) only filters the one row; only a choice the
# template tests to pick columns, groups or order can reshape it (off: any choice might).
FILTER_CHOICES_KEEP_ONE_ROW = True


@lru_cache(maxsize=4096)
def _reshaping(sql: str) -> frozenset[str]:
    return grouping_params([sql])


def _one_row_shape(q: QueryDef) -> bool:
    """`q`'s result is one row whatever its parameters (no choice reshapes it)."""
    if not one_row(q.sql):
        return False
    choices = {p.name for p in q.params if p.choices}
    if FILTER_CHOICES_KEEP_ONE_ROW and choices:
        choices &= _reshaping(q.sql)
    return not choices


def per_thing_unmet(q: QueryDef, lowered: str, breakdowns: list[str]) -> bool:
    """A request saying a breakdown (`breakdowns`, "by affiliation"), figures per a thing
    ("estimates per film", not the rate "average hours per project") or the different values
    of one ("the different statuses") of a one-row result, whose keywords and columns may say
    that thing all the same."""
    if not ONE_ROW_NOT_PER or not _one_row_shape(q):
        return False
    listed = any(
        not _COUNTED.search(lowered[max(0, m.start() - 20) : m.start()])
        for m in _THE_DIFFERENT.finditer(lowered)
    )
    is_rate = [_rate(lowered, m) for m in _PER_THING.finditer(lowered)]
    if FOR_DIFFERENT_IS_PER:  # (not "the number of different teams": one count of them)
        listed = listed or any(
            not _COUNTED.search(lowered[max(0, m.start() - 20) : m.start() + 3])
            for m in _FOR_DIFFERENT.finditer(lowered)
        )
    return bool(breakdowns and not any(is_rate)) or listed or not all(is_rate)


def _rate(lowered: str, m: re.Match[str]) -> bool:
    """The "per X" matched is a rate after an average ("avg hours per project")."""
    return m.group().startswith("per") and bool(_RATE.search(lowered[: m.start()]))


def one_row_drop_only(x: Any) -> bool:
    """Whether extraction `x` leaves unused only a breakdown its one row cannot be per: it says
    what the query cannot answer, never which other query can (no runner-up goes first on it)."""
    return x.dropped_breakdowns == [ONE_ROW_DROP] and not (
        x.foreign_values
        or x.dropped_bounds
        or x.second_values
        or x.dropped_filters
        or x.misread_numbers
    )


def per_things(lowered: str, breakdowns: list[str]) -> frozenset[str]:
    """The stems of what a request asks figures per or the values of ("per film", "the
    different statuses"), beside the breakdowns read off it."""
    out = set(breakdowns)
    for m in _THING.finditer(lowered):
        first, *rest = m.group(1).split()
        out.add(stem(first))
        if PHRASE_THINGS and rest and rest[0] not in STOPWORDS:
            out.add(stem(rest[0]))
    return frozenset(out)


def grouped_by_asked(best_x: Any, rival: QueryDef) -> bool:
    """Whether runner-up `rival` is grouped by what the one row (extraction `best_x`) was
    asked per."""
    if not GROUPED_RIVAL_OFFERED or not one_row_drop_only(best_x):
        return False
    return bool({stem(w) for w in first_group_key(rival.sql)} & best_x.one_row_per)
