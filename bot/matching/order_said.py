"""An order the request says that the sort it would run does not say: ask, never guess.

"Names of all counties sorted by population in ascending order" bound to a sort by name would
hand over the right rows in the wrong order; when the words after "sort" / "in … order" name
another choice of the query's sort parameter (its choice words and synonyms) and none of the
one bound, the parameter is asked for instead. General English only; the choices come from the
library.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from bot.language.directions import blank_from_to
from bot.language.textnorm import STOPWORDS, stem, words
from bot.library.model import ParamDef, QueryDef
from bot.matching.readings import SORT_PARAMS

# The words that start an order's phrase: how it is sorted, or the rank it asks for.
_SORTING = r"sort|sorts|sorted|sorting|order|ordered"
_RANKS = r"most|least|highest|lowest|largest|smallest|greatest|fewest|biggest|top"
_CUE = re.compile(
    rf"\b(?:{_SORTING}|ascending|descending|alphabetical(?:ly)?|{_RANKS})\b",
    re.I,
)
# "in ascending order of population": the order's words may come before its cue ("in")
_BEFORE = re.compile(r"\bin\s+(?:\w+\s+){0,2}$", re.I)
_SENTENCE_END = re.compile(r"[.!?;]")
# "the names of all counties": what is listed, not what it is sorted by
_LISTED = re.compile(r"\b\w+\s+of\b", re.I)


def _choice_words(p: ParamDef) -> dict[str, set[str]]:
    out = {c: _stems(c.replace("_", " ")) for c in p.choices}
    for said, choice in p.synonyms.items():
        if choice in out:
            out[choice] |= _stems(said)
    return out


def _stems(text: str) -> set[str]:
    return {stem(w) for w, _s, _e in words(text.lower()) if w not in STOPWORDS}


def order_phrase(text: str, cue: re.Pattern[str] = _CUE) -> str:
    """The words that say an order: from each cue ("sorted", "in descending order", "the
    greatest") to the end of its sentence, less "the names of"-style heads."""
    return " ".join(_LISTED.sub(" ", part) for part in _order_parts(text, cue))


def _order_parts(text: str, cue: re.Pattern[str]) -> list[str]:
    return [text[s:e] for s, e in order_spans(text, cue)]


def order_spans(text: str, cue: re.Pattern[str] = _CUE) -> list[tuple[int, int]]:
    """Where each order phrase of `text` stands: from its cue (with an "in" before it) to the
    end of its sentence."""
    out = []
    for m in cue.finditer(text):
        start = m.start()
        if before := _BEFORE.search(text[:start]):
            start = before.start()
        end = _SENTENCE_END.search(text, m.end())
        out.append((start, end.start() if end else len(text)))
    return out


def unread_orders(query: QueryDef, binds: Mapping[str, Any], text: str) -> list[str]:
    """The sort parameters whose bound choice the request's order words contradict (say
    another choice's words and none of its own)."""
    phrase = order_phrase(_bounds_blanked(text))
    if not phrase:
        return []
    said = _stems(phrase)
    out = []
    for p in query.params:
        if p.name.lower() not in SORT_PARAMS or not p.choices or p.name not in binds:
            continue
        choice_words = _choice_words(p)
        if SORT_BY_A_LABEL:
            choice_words = {c: ws | _label_words(query, p, c) for c, ws in choice_words.items()}
        support = {c: _support(said, ws) for c, ws in choice_words.items()}
        bound = support.get(str(binds[p.name]), set())
        # none of its words said and another's are, or another's said words hold all of its
        # own and more ("descending alphabetical" for a choice that says "alphabetical")
        if any(ws > bound for c, ws in support.items() if c != binds[p.name]):
            out.append(p.name)
    return out


def _support(said: set[str], choice_words: set[str]) -> set[str]:
    """The said words a choice says, or abbreviates ("desc" for "descending")."""
    return {
        w for w in said if any(w == c or (len(c) >= 4 and w.startswith(c)) for c in choice_words)
    }


# Words that say which way an order runs, of their own accord.
_DESC_WORDS = frozenset(
    [
        "descending",
        "desc",
        "decreasing",
        "reverse",
        "reversed",
        "highest",
        "high",
        "most",
        "largest",
        "biggest",
        "greatest",
        "max",
        "maximum",
        "top",
        "longest",
        "priciest",
        "newest",
        "latest",
    ]
)
_ASC_WORDS = frozenset(
    [
        "ascending",
        "asc",
        "increasing",
        "lowest",
        "low",
        "least",
        "fewest",
        "smallest",
        "min",
        "minimum",
        "cheapest",
        "shortest",
        "earliest",
        "oldest",
    ]
)
_EXPLICIT = {
    "ascending": 1,
    "asc": 1,
    "increasing": 1,
    "descending": -1,
    "desc": -1,
    "decreasing": -1,
}
# "sorted by price decreasing and name ascending": the first way said is the first key's (the
# one a sort choice is told apart by), not a contradiction that leaves the way unsaid.
FIRST_WAY_SAID = True
_ORDER_CUE = re.compile(
    rf"\b(?:{_SORTING}|rank|ranked|arrange|arranged|ascending|descending|alphabetical(?:ly)?"
    rf"|{_RANKS}|maximum|minimum)\b",
    re.I,
)
# "farms by number of competitions entered": a ranking by the count named (off: no order said).
MEASURE_RANKS_ORDER = True
_MEASURE_CUE = re.compile(rf"{_ORDER_CUE.pattern}|\bby\s+(?:the\s+)?(?:number|count)\s+of\b", re.I)
_SORT_VERB = re.compile(rf"\b(?:{_SORTING}|arrange|arranged)\b", re.I)
# What an order is by: "sorted by their price", "in descending order of training hours",
# "according to the price", "the maximum occupancy".
_KEY_AFTER = re.compile(
    rf"\b(?:by|according\s+to|order\s+of|{_RANKS}|maximum|minimum)\s+(?:the\s+|their\s+|its\s+)?"
    r"((?:(?!(?:by|in|order|according)\b)[\w'-]+\s*){1,4})",
    re.I,
)
# "the employees who get paid the least", "which product costs the most": with nothing after
# the superlative, the word before it says what is ranked.
KEY_BEFORE_SUPERLATIVE = True
_KEY_BEFORE = re.compile(rf"\b([a-z]{{3,}})\s+the\s+(?:{_RANKS})\b\s*(?:[.?!,;]|$)", re.I)
_NOT_KEYS = (
    _DESC_WORDS
    | _ASC_WORDS
    | {stem(w) for w in _DESC_WORDS | _ASC_WORDS | _EXPLICIT.keys()}
    | {"first", "last", "order"}
)
_SQL_WORDS = frozenset(
    [
        "asc",
        "desc",
        "nulls",
        "first",
        "last",
        "count",
        "sum",
        "avg",
        "min",
        "max",
        "cast",
        "coalesce",
        "lower",
        "upper",
        "as",
        "distinct",
    ]
)


@lru_cache(maxsize=2048)
def sql_sort_keys(sql: str, name: str) -> dict[str, tuple[frozenset[str], int]]:
    """Each choice's first ORDER BY key in the query's template, as its column's stems and
    direction (1 ascending, -1 descending): `{% if sort == 'x' %}basePrice DESC, ...`."""
    block = re.search(
        rf"ORDER\s+BY\s*\{{%-?\s*if\s+{re.escape(name)}\s*==.*?\{{%-?\s*endif", sql, re.S | re.I
    )
    if block is None:
        return {}
    out: dict[str, tuple[frozenset[str], int]] = {}
    branch = re.compile(
        rf"\{{%-?\s*(?:(?:el)?if\s+{re.escape(name)}\s*==\s*['\"]([^'\"]+)['\"]|(else))\s*-?%\}}"
        r"(.*?)(?=\{%)",
        re.S,
    )
    for m in branch.finditer(block.group(0)):
        first = _first_term(m.group(3))
        idents = re.findall(r"[A-Za-z_]\w*(?!\s*\.)", first)
        parts = {
            stem(w.lower())
            for ident in idents
            if ident.lower() not in _SQL_WORDS
            for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", ident)
        }
        direction = -1 if re.search(r"\bDESC\b", first, re.I) else 1
        out[m.group(1) or "\0else"] = (frozenset(parts), direction)
    return out


def _first_term(body: str) -> str:
    depth = 0
    for i, ch in enumerate(body):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            return body[:i]
    return body


def _direction(said: list[str]) -> int:
    """Which way the words say an order runs (0: not said, or said both ways)."""
    explicit = [_EXPLICIT[w] for w in said if w in _EXPLICIT]
    if explicit:
        return explicit[0] if FIRST_WAY_SAID or len(set(explicit)) == 1 else 0
    ways = {1 for w in said if w in _ASC_WORDS} | {-1 for w in said if w in _DESC_WORDS}
    return ways.pop() if len(ways) == 1 else 0


def _choice_profiles(query: QueryDef, p: ParamDef) -> dict[str, tuple[frozenset[str], int]]:
    return _profiles(query.sql, p.name, tuple(p.choices), tuple(p.synonyms.items()), str(p.default))


@lru_cache(maxsize=4096)
def _profiles(
    sql: str,
    name: str,
    choices: tuple[str, ...],
    synonyms: tuple[tuple[str, str], ...],
    default: str,
) -> dict[str, tuple[frozenset[str], int]]:
    """Each choice's key stems (its column's, its own and its synonyms' words less the
    direction words) and its direction (from the SQL, else from its words)."""
    columns = sql_sort_keys(sql, name)
    out: dict[str, tuple[frozenset[str], int]] = {}
    for choice in choices:
        said = [choice.replace("_", " ")] + [s for s, c in synonyms if c == choice]
        plain = [w for text in said for w, _s, _e in words(text.lower())]
        keys = {stem(w) for w in plain if w not in STOPWORDS and len(w) > 1} - _NOT_KEYS
        column = columns.get(choice) or (columns.get("\0else") if choice == default else None)
        if column is not None:
            keys |= {w for w in column[0] if len(w) > 1} - _NOT_KEYS
            direction = column[1]
        else:
            direction = _direction(plain)
        out[choice] = (frozenset(keys), direction)
    return out


@lru_cache(maxsize=256)  # read once per request, asked for each candidate query
def _order_reading(text: str) -> tuple[frozenset[str], int]:
    """The stems an order is said to be by, and which way (0: not said)."""
    cue = _MEASURE_CUE if MEASURE_RANKS_ORDER else _ORDER_CUE
    if not cue.search(text):
        return frozenset(), 0
    phrase = order_phrase(text, cue)
    direction = _direction([w for w, _s, _e in words(phrase.lower())])
    keyed = [m.group(1) for part in _order_parts(text, cue) for m in _KEY_AFTER.finditer(part)]
    if KEY_BEFORE_SUPERLATIVE and not keyed:
        keyed = [m.group(1) for m in _KEY_BEFORE.finditer(text)]
    stems = _stems(" ".join(keyed)) if keyed else _stems(phrase)
    # "sorted by price" with no way said runs ascending
    way = direction or (1 if _SORT_VERB.search(text) else 0)
    return frozenset(stems), way


# A sort choice named like another parameter ("origin") is also said by that parameter's
# label: "in alphabetical order by departure cities" for an origin labelled "departure city".
SORT_BY_A_LABEL = True


def _label_words(query: QueryDef, p: ParamDef, choice: str) -> set[str]:
    """The stems of the label of the parameter named like `choice` (none if no such one)."""
    for s in query.params:
        if s.name == choice and s.name != p.name and s.label:
            said = {stem(w) for w, _s, _e in words(s.label.lower()) if len(w) > 1}
            return said - _NOT_KEYS - STOPWORDS
    return set()


def choice_keys(query: QueryDef, p: ParamDef) -> dict[str, frozenset[str]]:
    """Each choice of the sort `p` as the stems it sorts on (its words, its SQL key, a label)."""
    profiles = _choice_profiles(query, p)
    if SORT_BY_A_LABEL:
        profiles = _with_labels(query, p, profiles)
    return {c: keys for c, (keys, _way) in profiles.items()}


def _with_labels(
    query: QueryDef, p: ParamDef, profiles: dict[str, tuple[frozenset[str], int]]
) -> dict[str, tuple[frozenset[str], int]]:
    out = dict(profiles)
    for c, (keys, way) in profiles.items():
        out[c] = (keys | _label_words(query, p, c), way)
    return out


def sort_by_order_words(query: QueryDef, text: str, binds: dict[str, Any]) -> None:
    """A sort choice the order words name by what it sorts on and which way ("sorted by their
    prices" is the cheapest first, "in descending alphabetical order" the name reversed, "the
    maximum occupancy" the largest): its column and direction, read from the query's own SQL
    and words. Changes the bound choice only when it does not fit and exactly one does."""
    sorts = [
        p for p in query.params if p.name.lower() in SORT_PARAMS and p.choices and p.name in binds
    ]
    if not sorts:
        return
    key_stems, way = _order_reading(_bounds_blanked(text))
    if not key_stems:
        return
    if ADVERBS_AS_ADJECTIVES:  # "held most recently": the order of "most recent"
        key_stems = frozenset(_adjective(w) for w in key_stems)
    said = {w.lower() for w, _s, _e in words(text)}
    for p in sorts:
        if NAMED_SUPERLATIVE_KEPT and _superlative_named(p, str(binds.get(p.name)), said):
            continue  # "the largest payment" names the choice largest: no other reading
        profiles = _choice_profiles(query, p)
        if SORT_BY_A_LABEL:
            profiles = _with_labels(query, p, profiles)
        overlap = {
            c: len(key_stems & keys) for c, (keys, d) in profiles.items() if not way or d == way
        }
        best = max(overlap.values(), default=0)
        if best == 0:
            continue
        fits = [c for c, n in overlap.items() if n == best]
        if binds.get(p.name) not in fits and len(fits) == 1:
            binds[p.name] = fits[0]


# A sort choice named by its own superlative ("largest", a synonym "most recent") is the one
# the words mean, whatever column the rest of the phrase names ("the largest payment" is no
# order by payment date).
NAMED_SUPERLATIVE_KEPT = True
_SUPERLATIVES = _DESC_WORDS | _ASC_WORDS


def _superlative_named(p: ParamDef, choice: str, said: set[str]) -> bool:
    """`choice`'s own name or a synonym of it is a superlative the request says."""
    names = [choice.replace("_", " ")] + [s for s, c in p.synonyms.items() if c == choice]
    for name in names:
        ws = name.lower().split()
        if any(w in _SUPERLATIVES for w in ws) and all(w in said for w in ws):
            return True
    return False


# An order said with an adverb ("the race held most recently", "sorted alphabetically") is the
# order its adjective says ("most recent", "alphabetical").
ADVERBS_AS_ADJECTIVES = True


def _adjective(stemmed: str) -> str:
    """The stem of an adverb's adjective ("recentli" -> "recent"); other stems unchanged."""
    if stemmed.endswith("li") and len(stemmed) > 5:
        return stem(stemmed[:-2])
    return stemmed


# "at least 2 races", "at most 30": a bound, no order by the least or the most races.
BOUND_WORDS_NO_ORDER = True
_AT_BOUND = re.compile(r"\bat\s+(?:least|most)\b", re.I)


def _bounds_blanked(text: str) -> str:
    """`text` with "at least" / "at most" blanked (same length) when that is on, and the far
    end of "from most to least"."""
    text = blank_from_to(text)
    if not BOUND_WORDS_NO_ORDER:
        return text
    return _AT_BOUND.sub(lambda m: " " * len(m.group(0)), text)
