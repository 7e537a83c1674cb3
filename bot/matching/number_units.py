"""A number's unit word: "more than 3 stars" read as at least N ratings is a number taken
under another numeric parameter's unit, which counts against the query that took it.

The unit is the word after the number ("3 highly rated songs" reads past an adverb), or, with
none, the word before its comparison ("population larger than 50000").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.language.entities import COMPARATORS, RANK_WORDS, Entities, bound_direction
from bot.language.textnorm import STOPWORDS, stem
from bot.library.model import QueryDef
from bot.library.types.rank_said import after_rank_word
from bot.matching.params import numbers_taken, unit_cues

# How many words after a number may hold its unit ("the top three highly rated songs"); 0
# reads only the next word.
UNIT_REACH = 3
# A number with no unit after it may have one before its comparison ("population above 50000").
UNIT_BEFORE_COMPARISON = True
# A number right before a table of the library ("which 50 customers") counts that table's rows:
# only a row limit (`LIMIT :n`) or a parameter whose words name that table takes it, never a
# window of days.
TABLE_NOUN_COUNTS = True
# And so for a numeric parameter of another unit that bounds no count: "clubs with more than 1
# member" is no age above 1 (a bound on a count, "more than one movie" as films_by_director,
# may take it).
TABLE_NOUN_ANY_PARAM = True
# A word before the comparison that names the table whose column the parameter is compared
# with is the rows being filtered, not the number's unit: "drivers over 45" are drivers whose
# age is over 45 (`d.Age > :older_than`, `driver AS d`), not a number of drivers.
# Shipped off: on tuning it turned school_bus's "who are the drivers over 45?" into the right
# answer, but on a held-out set (architecture) it added one wrong answer (0.0 % -> 2.3 %).
OWN_TABLE_IS_SUBJECT = False
# "top 5 films" taken by the row limit of a query FROM films: its own rows are its unit, even
# where another parameter counts films (off: a misread number, a ticket). "top 3 wineries" for a
# limit of wines stays misread.
RANKED_LIMIT_ANY_UNIT = True
# A number right after its own parameter's word is named by it ("grade 0 classroom", "room
# 111 students"): the noun after it is what the number qualifies, not its unit (off: grade 0
# read as a number of classrooms, a misread number, so a ticket).
OWN_WORD_BEFORE_NO_UNIT = True
_TIME_UNITS = frozenset(
    stem(w) for w in ("second", "minute", "hour", "day", "week", "month", "quarter", "year")
)


def unit_mismatches(
    query: QueryDef,
    ent: Entities,
    extraction: Any,
    unit_words: set[str],
    tables: frozenset[str] = frozenset(),
) -> int:
    """Numbers a parameter took whose unit word announces another numeric parameter of the
    library (`unit_words`): "more than 3 stars" taken as at least N ratings; or names a table
    (`tables`) that a window of time took: "which 50 customers" as 50 days."""
    out = 0
    for num, p in numbers_taken(query, ent, extraction.used_numbers, extraction.binds):
        cues = unit_cues(query, p)
        if (
            TABLE_NOUN_COUNTS
            and num.after
            and (num.after[0].endswith("s") or (TABLE_NOUN_ANY_PARAM and num.value == 1))
            # a plural noun: "50 customers", not "order 1 refunded"; or one ("1 member")
            and stem(num.after[0]) in tables - cues
            # a window or a duration ("within :days days"), or any quantity of another unit
            and (
                cues & _TIME_UNITS
                or (TABLE_NOUN_ANY_PARAM and cues and not _bounds_count(query.sql, p.name))
            )
            and not num.id_like
            and not (num.before and stem(num.before[-1]) in cues)  # "order 300001 items"
            and not _limits(query, p.name)
        ):
            out += 1
            continue
        # ("busiest 3 airports": a superlative ranks as "top" does, bot.library.types.rank_said)
        ranked = bool(num.before) and (num.before[-1] in RANK_WORDS or after_rank_word(num))
        own_rows = bool(num.after) and stem(num.after[0]) in _from_tables(query.sql)
        if RANKED_LIMIT_ANY_UNIT and ranked and own_rows and _limits(query, p.name):
            continue
        if OWN_WORD_BEFORE_NO_UNIT and _named_by(num, cues):
            continue
        reach = num.after[:UNIT_REACH] if UNIT_REACH else num.after[:1]
        for k, word in enumerate(reach):
            if word.endswith(("ed", "ing")) and k == 0:  # "below 100 started": a verb
                break
            if word.endswith(("ly", "ed")) and word not in STOPWORDS:
                continue  # "3 highly rated songs": the unit comes after
            unit = stem(word)
            out += unit in unit_words and unit not in cues
            break
        else:
            # "with population larger than 50000": the unit before the comparison
            unit = _unit_before(num.before) if UNIT_BEFORE_COMPARISON and not num.money else None
            if OWN_TABLE_IS_SUBJECT and unit and unit == _compared_table(query.sql, p.name):
                continue
            out += unit is not None and unit in unit_words and unit not in cues
    return out


@lru_cache(maxsize=8192)
def _compared_table(sql: str, name: str) -> str | None:
    """The stem of the table whose column parameter `name` is compared with, through the
    column's alias (`d.Age > :older_than` with `FROM driver AS d`); None when unqualified."""
    m = re.search(rf"\b(\w+)\.\w+\s*(?:>=|<=|<>|!=|=|>|<)\s*:{re.escape(name)}\b", sql)
    if m is None:
        return None
    alias = re.escape(m.group(1))
    t = re.search(rf"\b(?:from|join)\s+(\w+)(?:\s+as)?\s+{alias}\b", sql, re.I)
    if t is None and re.search(rf"\b(?:from|join)\s+{alias}\b", sql, re.I):
        return stem(m.group(1).lower())
    return stem(t.group(1).lower()) if t else None


@lru_cache(maxsize=4096)
def _from_tables(sql: str) -> frozenset[str]:
    """The stems of the tables `sql` reads FROM (`FROM film AS f`: film)."""
    return frozenset(stem(t.lower()) for t in re.findall(r"\bfrom\s+(\w+)", sql, re.I))


def _limits(query: QueryDef, name: str) -> bool:
    """Whether parameter `name` is the query's row limit (`LIMIT :name`)."""
    return bool(re.search(rf"\blimit\s+:{re.escape(name)}\b", query.sql, re.I))


def _bounds_count(sql: str, name: str) -> bool:
    """Whether parameter `name` bounds a count: `HAVING COUNT(*) >= :name`, or a comparison
    with a column the SQL computes as a COUNT (`COUNT(*) … AS films`, `films >= :name`)."""
    for m in re.finditer(rf"[<>=]+\s*:{re.escape(name)}\b", sql):
        before = re.split(r"\b(?:and|or|where|having|when)\b", sql[: m.start()], flags=re.I)[-1]
        if re.search(r"\bcount\s*\(", before, re.I):
            return True
        for ident in set(re.findall(r"\b([a-z_]\w*)\b", before, re.I)):
            alias = rf"\bcount\s*\([^;]{{0,80}}?\bas\s+{re.escape(ident)}\b"
            if re.search(alias, sql, re.I | re.S):
                return True
    return False


# Words between a number's unit and the number itself: "population (is) larger than 50000".
_COMPARING_TEXT = """
    than more less fewer greater higher larger bigger smaller lower longer shorter under below
    over above exceeding exceeds exceed least most at is are was were of or equal to
"""
_COMPARING = frozenset(_COMPARING_TEXT.split())


def _unit_before(before: tuple[str, ...]) -> str | None:
    """The stem of the word just before a comparison that ends at a number, if there is one."""
    k = len(before)
    while k and before[k - 1] in _COMPARING:
        k -= 1
    if k == len(before) or not k or before[k - 1] in STOPWORDS:
        return None
    return stem(before[k - 1])


def _named_by(num: Any, cues: set[str]) -> bool:
    """`num` right after one of `cues` as a noun ("grade 0"), no comparison ("at least 4")
    nor a small word ("did 2") between."""
    if not num.before or bound_direction(num.before):
        return False
    word = num.before[-1]
    return (
        word.isalpha() and word not in STOPWORDS and word not in COMPARATORS and stem(word) in cues
    )
