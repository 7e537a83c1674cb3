"""Values a request's words give a query beyond what each parameter type reads itself: the
word it names as one ("the word love"), a name right after a free-text parameter's word
("brand X"), a choice the date reading hid ("of August"), a year said as a bound ("made
before 2000"), and the order asked ("sorted by price", "the highest score"). General English
only; each reading writes into the binds of one query's extraction (bot.matching.params).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from bot.language.entities import Entities, name_direction
from bot.language.textnorm import stem, words
from bot.library.model import QueryDef
from bot.library.types import find_choice
from bot.library.types.base import param_cues


@lru_cache(maxsize=8192)  # asked for each numeric parameter of each candidate, every request
def sql_operator(sql: str, bind: str) -> str | None:
    """The comparison a bind sits in, read as `column OP :bind` (">=", ">", "<", "<=")."""
    m = re.search(rf"(>=|<=|>|<)\s*:{re.escape(bind)}\b", sql)
    if m:
        return m.group(1)
    m = re.search(rf":{re.escape(bind)}\b\s*(>=|<=|>|<)", sql)
    if m:  # ":p < col" is "col > :p"
        return {">=": "<=", "<=": ">=", ">": "<", "<": ">"}[m.group(1)]
    return None


# "the word love", "the term 'blue'", "containing the word “moon”".
_THE_WORD = re.compile(r"\b(?:word|term|substring|string)\s+[\"'“‘]?([^\W\d_]+)", re.I)


def word_said(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> int:
    """A free-text parameter for a word ("word in the title") takes the word the request
    quotes as one ("has the word love in its title"). Returns 1 when it took one."""
    m = _THE_WORD.search(ent.text)
    if m is None:
        return 0
    for p in query.params:
        if (
            p.kind.name == "string"
            and binds.get(p.name) is None
            and not p.choices
            and {"word", "term", "substring", "string"} & set(param_cues(p))
        ):
            binds[p.name] = m.group(1)
            return 1
    return 0


_NAME_AFTER = re.compile(
    r"(?:\s+(?:is|named|called|of|=))?\s+[\"'“]?([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)"
)


def name_after_cue(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> int:
    """A name written right after a free-text parameter's own word ("brand X", "a medication
    of brand Zyrtec") is that parameter's value, even when no known value lists it: running
    without it would drop the filter. Returns 1 when one was taken."""
    for p in query.params:
        if p.kind.name != "string" or p.choices or p.pattern or binds.get(p.name) is not None:
            continue
        cues = param_cues(p)
        for w, _s, e in words(ent.masked):
            if stem(w) not in cues:
                continue
            m = _NAME_AFTER.match(ent.masked, e)
            if m and stem(m.group(1).lower()) not in cues:
                binds[p.name] = m.group(1)
                return 1
    return 0


def choice_in_periods(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> bool:
    """A choice written as a date ("the temperature of August" for a month choice): the
    date reading hid it from the choice, so it is read from the period's own words."""
    for p in query.params:
        if not p.choices or p.default is not None or binds.get(p.name) is not None:
            continue
        for period in ent.periods:
            hit = find_choice(p, period.text)
            if hit is not None:
                binds[p.name] = hit[0]
                return True
    return False


_YEAR_BOUND = {"before": -1, "until": -1, "till": -1, "prior": -1, "after": 1, "since": 1}


def bounded_years(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> int:
    """A whole year said as a bound ("made before 2000", "after 1990") goes to the parameter
    whose name says that bound (`made_before`), never to one the SQL compares for equality
    (`year = :year`). Returns how many years were placed."""
    placed = 0
    for period in ent.periods:
        y = period.start.year
        if (period.start.month, period.start.day, period.end) != (1, 1, dt.date(y, 12, 31)):
            continue
        before = ent.text[max(0, period.span[0] - 20) : period.span[0]].lower().split()
        said = next((_YEAR_BOUND[w] for w in reversed(before[-2:]) if w in _YEAR_BOUND), 0)
        if not said:
            continue
        numeric = [p for p in query.params if p.kind.is_numeric]
        for p in numeric:
            equality = sql_operator(query.sql, p.name) is None and not name_direction(p.name)
            if binds.get(p.name) == y and equality:
                binds[p.name] = p.default
        for p in numeric:
            if (
                binds.get(p.name) is None
                and name_direction(p.name) == said
                and (p.min is None or p.min <= y)
                and (p.max is None or y <= p.max)
                and (p.min is not None or p.max is not None)
            ):
                binds[p.name] = y
                placed += 1
                break
    return placed


# "sorted by price", "ordered by title", "order them by their score".
_ORDERED_BY = re.compile(
    r"\b(?:sort|sorted|order|ordered|rank|ranked|arrange|arranged)\s+(?:them\s+|it\s+)?by\s+"
    r"(?:the\s+|their\s+|its\s+)?(\w+(?:\s+\w+)?)",
    re.I,
)
SORT_PARAMS = frozenset(["sort", "order", "sort_by", "order_by", "ordering"])


# "the highest score", "the most expensive": what a superlative ranks by.
_SUPERLATIVES = (
    r"\b(?:highest|lowest|best|worst|top|most|least|largest|smallest|biggest|greatest|fewest"
    r"|longest|shortest)"
)
_SUPERLATIVE_OF = re.compile(_SUPERLATIVES + r"\s+(\w+(?:\s+\w+)?)", re.I)
_SUPERLATIVE_WORD = re.compile(_SUPERLATIVES + r"\b", re.I)


def order_said(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> None:
    """What follows "sorted by" chooses the order: a choice it names, else the default (a
    choice named elsewhere, "the duration … ordered by title", is not the order asked).
    Without "sorted by", a sort choice a superlative names ("the highest score") is it."""
    m = _ORDERED_BY.search(ent.masked)
    if m is None:
        for m in _SUPERLATIVE_OF.finditer(ent.masked):
            for p in query.params:
                hit = find_choice(p, m.group(1)) if p.name.lower() in SORT_PARAMS else None
                if hit is not None:
                    binds[p.name] = hit[0]
        if _SUPERLATIVE_WORD.search(ent.masked):
            _sort_by_all_words(query, ent, binds)
        return
    for p in query.params:
        if not p.choices:
            continue
        hit = find_choice(p, m.group(1))
        if hit is not None:
            binds[p.name] = hit[0]
        elif p.name.lower() in SORT_PARAMS and p.default is not None:
            binds[p.name] = p.default


def _sort_by_all_words(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> None:
    """A sort left at its default, and a choice of two or more words all said in any order
    ("the difference between the max and min temperature was the smallest" for
    "temperature difference"): that choice is the order a superlative asks for."""
    said = {stem(w) for w, _s, _e in words(ent.masked)}
    for p in query.params:
        if p.name.lower() not in SORT_PARAMS or binds.get(p.name) != p.default:
            continue
        for phrase in (*p.choices, *p.synonyms):
            parts = [stem(w) for w, _s, _e in words(phrase.replace("_", " "))]
            if len(parts) >= 2 and all(w in said for w in parts):
                binds[p.name] = p.synonyms.get(phrase, phrase)
                break
