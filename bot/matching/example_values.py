"""A word the chosen query's own examples say as a value, left unbound: "which wrestlers won the
title in osaka" matches the example "wrestlers who won the title in Osaka", whose "Osaka" is a
known value of the query's `location`; the word then counts as explained, yet no parameter
takes it, and the query runs for every location. Where exactly one known value of that
unbound parameter holds the word, it names that value (a parameter compared with LIKE takes
the word as said); where several do, the request is a ticket: a wrong number is worse.
The word must not be one of the query's own header words besides its examples (title,
description, keywords, parameters), so a listing's subject ("team") is never read as a value.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.language.textnorm import fold, is_noise, stem, words
from bot.library.model import QueryDef
from bot.matching.value_parts import like_params

# Off: a word an example says as a value, left unbound, runs the query unfiltered.
EXAMPLE_VALUE_UNBOUND = True
_MIN_LENGTH = 4  # shorter words are too common to name a value alone


@lru_cache(maxsize=2048)
def _header_stems(
    title: str, description: str, keywords: tuple[str, ...], params: str
) -> frozenset[str]:
    said = " ".join([title, description, *keywords, params])
    return frozenset(stem(w) for w, _s, _e in words(said.lower()))


def _own_words(query: QueryDef) -> frozenset[str]:
    params = " ".join(
        " ".join([p.name.replace("_", " "), p.label or "", *map(str, p.choices or ()), *p.synonyms])
        for p in query.params
    )
    return _header_stems(query.title, query.description or "", tuple(query.keywords), params)


def _example_stems(query: QueryDef) -> frozenset[str]:
    return _stems_of_examples(tuple(query.examples))


@lru_cache(maxsize=2048)
def _stems_of_examples(examples: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for ex in examples for w, _s, _e in words(ex.lower()))


def unbound_example_value(
    text: str, query: QueryDef, binds: dict[str, Any], values: Any
) -> dict[str, Any] | None:
    """The binds naming a value the request says in a word the query's examples use as one,
    left unbound; {} when several values hold it (a ticket); None when no such word."""
    if not EXAMPLE_VALUE_UNBOUND:
        return None
    open_params = {p.name for p in query.params if p.kind.has_values and binds.get(p.name) is None}
    if not open_params:
        return None
    bound = " ".join(str(v).lower() for v in binds.values() if isinstance(v, str))
    own, examples = _own_words(query), _example_stems(query)
    like = like_params_of(query)
    parts = values._part_keys()
    found: dict[str, Any] = {}
    for w, _s, _e in words(fold(text.lower())):
        if len(w) < _MIN_LENGTH or not w.isalpha() or is_noise(w) or w in bound:
            continue
        st = stem(w)
        if st not in examples or st in own:
            continue
        held = [
            (p, v)
            for key in (w, *parts.get(w, ()))
            for q, p, v in values.known.get(key, ())
            if q == query.name and p in open_params
        ]
        if not held:
            continue
        if {p for p, _v in held} & like:
            found[next(p for p, _v in held if p in like)] = w
            continue
        if len({(p, v) for p, v in held}) > 1:
            return {}
        found[held[0][0]] = held[0][1]
    return found or None


def like_params_of(query: QueryDef) -> frozenset[str]:
    """The parameters `query`'s SQL compares with LIKE or ILIKE."""
    return _like_in(query.name, query.sql)


@lru_cache(maxsize=2048)
def _like_in(name: str, sql: str) -> frozenset[str]:
    return frozenset(p for q, p in like_params([_Named(name, sql)]) if q == name)  # type: ignore[list-item]


class _Named:
    """Only what like_params reads of a query."""

    def __init__(self, name: str, sql: str) -> None:
        self.name, self.sql = name, sql
