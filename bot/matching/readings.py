"""Values a request's words give a query beyond what each parameter type reads itself: the
word it names as one ("the word love"), a name right after a free-text parameter's word
("brand X"), a choice the date reading hid ("of August"), a year said as a bound ("made
before 2000"), and the order asked ("sorted by price", "the highest score"). General English
only; each reading writes into the binds of one query's extraction (bot.matching.params).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.language.directions import blank_from_to
from bot.language.entities import NEGATIONS, Entities, name_direction
from bot.language.textnorm import single_letters, stem, words
from bot.library.model import QueryDef
from bot.library.types import find_choice
from bot.library.types.base import param_cues, sql_operator  # noqa: F401 - re-exported
from bot.library.types.text import blank_bound_words
from bot.matching.none_said import after_negated_have, counted_table_words, says_nothing
from bot.matching.sql_words import bare_sql

# A threshold's unit may be the words of the column its SQL compares ("more than 300 students"
# for `d.student_capacity > :capacity_above`), not only those of its name and label.
COMPARED_COLUMN_WORDS = True
# A threshold on a count of rows (`HAVING COUNT(*) >= :min_reports`) takes the name of the rows
# it counts as its unit ("managing 4 or more employees" over `FROM employees`): the table the
# SQL reads first for COUNT(*), the table behind the alias for COUNT(DISTINCT e.id).
COUNTED_ROWS_ARE_UNITS = True
_COUNT_OP = r"COUNT\s*\(\s*(?:DISTINCT\s+)?(\*|[A-Za-z_][\w.]*)\s*\)"
_OPS = r"(?:>=|<=|<>|!=|=|>|<)"


def compared_words(sql: str, bind: str) -> frozenset[str]:
    """Stems of the column a bind is compared with (`x.student_capacity > :p`: student,
    capacity), read as `column OP :bind` or `:bind OP column`."""
    if not COMPARED_COLUMN_WORDS:
        return frozenset()
    found = _compared_words(sql, bind)
    return found or (_counted_rows(sql, bind) if COUNTED_ROWS_ARE_UNITS else frozenset())


@lru_cache(maxsize=8192)
def _compared_words(sql: str, bind: str) -> frozenset[str]:
    b = re.escape(bind)
    m = re.search(rf"([A-Za-z_][\w.]*)\s*(?:>=|<=|<>|!=|=|>|<)\s*:{b}\b", sql) or re.search(
        rf":{b}\b\s*(?:>=|<=|<>|!=|=|>|<)\s*([A-Za-z_][\w.]*)", sql
    )
    if m is None:
        return frozenset()
    column = m.group(1).rsplit(".", 1)[-1]
    return frozenset(stem(w.lower()) for w in _IDENT_PART.findall(column) if len(w) > 1)


@lru_cache(maxsize=8192)
def _counted_rows(sql: str, bind: str) -> frozenset[str]:
    """Stems of the table whose rows a count compared with `bind` counts, if any."""
    b = re.escape(bind)
    m = re.search(rf"{_COUNT_OP}\s*{_OPS}\s*:{b}\b", sql, re.I) or re.search(
        rf":{b}\b\s*{_OPS}\s*{_COUNT_OP}", sql, re.I
    )
    if m is None:
        return frozenset()
    counted = m.group(1)
    if counted == "*" or "." not in counted:
        t = re.search(r"\bFROM\s+([A-Za-z_][\w.]*)", sql, re.I)
    else:
        alias = re.escape(counted.split(".", 1)[0])
        t = re.search(rf"\b(?:FROM|JOIN)\s+([A-Za-z_][\w.]*)\s+(?:AS\s+)?{alias}\b", sql, re.I)
    if t is None:
        return frozenset()
    table = t.group(1).rsplit(".", 1)[-1]
    return frozenset(stem(w.lower()) for w in _IDENT_PART.findall(table) if len(w) > 1)


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
            if m and any(qs <= m.start(1) <= qe for _v, qs, qe in ent.quoted):
                continue  # part of a quoted value ("station 'Market at 4th'") is no name
            # "last name Keeling.": the sentence's full stop is no part of the name
            name = m.group(1).rstrip(".") if m and NAME_ENDS_AT_FULL_STOP else m and m.group(1)
            if (
                m
                and name
                and stem(name.lower()) not in cues
                and not _column_words(query.sql, m)
                and not _bound_elsewhere(name, binds)
            ):
                binds[p.name] = name
                return 1
    return 0


# A name at the end of a sentence ends before its full stop ("last name Keeling.").
NAME_ENDS_AT_FULL_STOP = True
# A name after a parameter's word that only says the query's own columns ("the student ID",
# "student IDs") names a column to show, not a value.
COLUMN_WORDS_ARE_NO_NAMES = True
_IDENT_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


# A name another parameter took ("students named Karson" bound to personal_name by its known
# value) is not also a second parameter's: one word is one value.
ONE_NAME_ONE_PARAM = True
# Nor is a name of several words each of which other parameters took ("CONRAD SELBIG" with
# CONRAD the first name and SELBIG the last): no room called "CONRAD SELBIG".
NAME_OF_BOUND_WORDS = True


def _bound_elsewhere(name: str, binds: dict[str, Any]) -> bool:
    """Whether a text value already bound holds `name` (any case)."""
    low = name.lower()
    said = [v.lower() for v in binds.values() if isinstance(v, str)]
    if NAME_OF_BOUND_WORDS and len(low.split()) > 1:  # "CONRAD SELBIG": first and last name
        held = {w for v in said for w in v.split()}
        if all(w in held for w in low.split()):
            return True
    return ONE_NAME_ONE_PARAM and any(low == v or low in v.split() for v in said)


def _column_words(sql: str, m: re.Match[str]) -> bool:
    """Whether every word of the name `m` caught is a word of `sql`'s identifiers."""
    if not COLUMN_WORDS_ARE_NO_NAMES:
        return False
    parts = _sql_parts(sql)
    return all(stem(w) in parts for w, _s, _e in words(m.group(1)))


@lru_cache(maxsize=1024)
def _sql_parts(sql: str) -> frozenset[str]:
    """Stems of every part of `sql`'s identifiers, short ones too ("student_id": id)."""
    return frozenset(stem(p.lower()) for p in _IDENT_PART.findall(bare_sql(sql)))


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


# "sorted by price", "ordered by title", "order them by their score".
_ORDERED_BY = re.compile(
    r"\b(?:sort|sorted|order|ordered|rank|ranked|arrange|arranged)\s+(?:them\s+|it\s+)?by\s+"
    r"(?:the\s+|their\s+|its\s+)?(\w+(?:\s+\w+)?)",
    re.I,
)
SORT_PARAMS = frozenset(["sort", "order", "sort_by", "order_by", "ordering"])
# A superlative that names a sort choice itself ("worst" for lowest_acc) keeps it over the
# choice its object names ("acc" for acc_percent).
SUPERLATIVE_NAMES_ITS_CHOICE = True


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
    text = blank_from_to(ent.masked)  # "from most to least": no order by "to least"
    m = _ORDERED_BY.search(text)
    if m is None:
        for m in _SUPERLATIVE_OF.finditer(text):
            for p in query.params:
                hit = find_choice(p, m.group(1)) if p.name.lower() in SORT_PARAMS else None
                if hit is not None and SUPERLATIVE_NAMES_ITS_CHOICE:
                    # "the worst acc pct": a choice the superlative itself says ("worst") is
                    # the order, not the one its object names ("acc")
                    whole = find_choice(p, m.group(0))
                    hit = whole if whole is not None and whole[1] < m.start(1) - m.start() else hit
                if hit is not None:
                    binds[p.name] = hit[0]
        if _SUPERLATIVE_WORD.search(blank_bound_words(ent.masked)):
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
    said = {stem(w) for w, _s, _e in words(blank_bound_words(ent.masked))}
    for p in query.params:
        if p.name.lower() not in SORT_PARAMS or binds.get(p.name) != p.default:
            continue
        for phrase in (*p.choices, *p.synonyms):
            parts = [stem(w) for w, _s, _e in words(phrase.replace("_", " "))]
            if len(parts) >= 2 and all(w in said for w in parts):
                binds[p.name] = p.synonyms.get(phrase, phrase)
                break


# Words that say none of something exists: "no reviews", "zero orders", "without any course".
_NONE_WORDS = frozenset(["no", "zero", "without"])
# Negations that say none only with "any" after them: "not enrolled in any course".
_NONE_WITH_ANY = frozenset(
    w for w in NEGATIONS if w not in ("except", "minus", "excluding", "exclude", "excl")
)
_BOUND_PARTS = frozenset(["max", "maximum", "most", "lte", "lt", "at", "upto", "until"])
_COUNT_WORDS = frozenset(["many", "number", "count", "num"])
_CLAUSE_END = re.compile(r"[,.;:?!()]")


def none_at_all(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> int:
    """An upper bound on a count of things ("max_enrolments", "at most this many
    reviews") takes zero from words that say none exist: "students not enrolled in any
    course", "products with no reviews", "without any orders". Returns how many it set."""
    said: list[tuple[str, int, int]] | None = None  # read for the first parameter it may bound
    placed = 0
    for p in query.params:
        if not getattr(p.kind, "whole", False) or binds.get(p.name) is not None:
            continue
        op = sql_operator(query.sql, p.name)
        if op is None and name_direction(p.name) != -1 or op is not None and op[0] != "<":
            continue
        value = 1 if op == "<" else 0  # "< 1" where the SQL leaves the bound out
        things = _counted_things(p) | {_root(w) for w in counted_table_words(query.sql, p.name)}
        if (
            not things
            or (p.min is not None and p.min > value)
            or (p.max is not None and p.max < value)
        ):
            continue
        said = words(ent.masked) if said is None else said
        if any(_any_said(said, ent.text, i, things) for i in range(len(said))):
            binds[p.name] = value
            placed += 1
    return placed


def _counted_things(p: Any) -> set[str]:
    """The roots of what an upper-bound parameter counts, when its name or label says it
    counts ("max_enrolments": plural; "at most this many courses"), else nothing."""
    name_parts = [w for w in p.name.lower().split("_") if w not in _BOUND_PARTS]
    label = [w for w, _s, _e in words(p.label or "")]
    counts = any(w.endswith("s") and len(w) > 3 for w in name_parts) or bool(
        _COUNT_WORDS & set(label)
    )
    if not counts:
        return set()
    return {
        _root(w)
        for w in name_parts + label
        if w not in _BOUND_PARTS and w not in _COUNT_WORDS and len(w) > 3
    }


def _root(word: str) -> str:
    """A word's stem with doubled letters single ("enrollment" and "enrolment" meet)."""
    return single_letters(stem(word))


def _names_thing(word: str, things: set[str]) -> bool:
    """`word` names one of `things`: the same root, or one root the start of the other
    ("enrolled" and "enrolments")."""
    r = _root(word)
    return any(
        r == t or (min(len(r), len(t)) >= 4 and (r.startswith(t) or t.startswith(r)))
        for t in things
    )


def _any_said(said: list[tuple[str, int, int]], text: str, i: int, things: set[str]) -> bool:
    """Whether the words from `said[i]` say that none of `things` exist, within a clause
    and with no number in it ("no more than 2 courses" is a bound, not none)."""
    w = said[i][0]
    if w in _NONE_WORDS or says_nothing(w):
        span = said[i + 1 : i + 4]
    elif w in _NONE_WITH_ANY:
        after = [x for x, _s, _e in said[i + 1 : i + 5]]
        if skip := after_negated_have(after):  # "do not have actors"
            span = said[i + 1 + skip : i + 4 + skip]
        elif "any" not in after:
            return False
        else:
            span = said[i + 1 : i + 1 + after.index("any") + 3]
    else:
        return False
    if not span:
        return False
    between = text[said[i][2] : span[-1][2]]
    cut = _CLAUSE_END.search(between)
    if cut is not None:
        span = [s for s in span if s[1] < said[i][2] + cut.start()]
        between = between[: cut.start()]
    if any(c.isdigit() for c in between) or any(s[0] in ("more", "less", "than") for s in span):
        return False
    return any(_names_thing(x, things) for x, _s, _e in span)
