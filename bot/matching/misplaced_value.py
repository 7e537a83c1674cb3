"""A text value bound to a parameter whose known values are complete and lack it, while another
parameter knows it: `companies whose industry is "Banking"` bound to a headquarters filter (whose
known values are the countries, all of them) would filter on the wrong column and return nothing,
a wrong answer. The value is dropped from that parameter when another parameter of the same query
took it and knows it; otherwise the best query is not run (bot.matching.matcher: ambiguous with
the queries that know it, or a ticket).

A parameter's known values count as complete only when read in full (fewer than the cap), from
the one column it is compared with by equality: never for a LIKE parameter, nor one the SQL names
more than once ("p.Name = :project OR p.Code = :project" is read from one column only).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

from bot.library.known_values import CAP_PER_PARAM, header_values
from bot.library.model import Library, QueryDef
from bot.library.sqltext import find_binds
from bot.library.value_keys import all_entries, words_key
from bot.matching.signals import MATCH_THRESHOLD, MAX_CANDIDATES

# A value bound where the known values say it is not, and known elsewhere: dropped there, or the
# query is not run (off: bound as read).
MISPLACED_KNOWN_VALUE = True


class ValueCounts:
    """How many known values each (query, parameter) has, counted once per library on first use."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._counts: dict[tuple[str, str], int] | None = None

    def warm(self) -> dict[tuple[str, str], int]:
        """The counts, counted now if not yet (at start-up: no request pays for them)."""
        if self._counts is None:
            self._counts = _count(self._library)
        return self._counts

    def get(self, query: str, param: str) -> int:
        return self.warm().get((query, param), 0)


def _count(library: Library) -> dict[tuple[str, str], int]:
    seen: dict[tuple[str, str], set[str]] = {}
    for known in (library.known_values, header_values(library)):
        for q, params in known.items():
            for p, values in params.items():
                seen.setdefault((q, p), set()).update(values)
    for q, p, v in all_entries(library.value_keys):
        seen.setdefault((q, p), set()).add(v)
    return {k: len(v) for k, v in seen.items()}


@lru_cache(maxsize=4096)
def _bind_counts(sql: str) -> Counter[str]:
    return Counter(name for name, _line in find_binds(sql))


def _named_once(sql: str, param: str) -> bool:
    """The SQL names `:param` exactly once (one column compared with it); a `:param` in a
    string or a comment is no bind."""
    return _bind_counts(sql)[param] == 1


def misplaced_values(
    query: QueryDef,
    binds: dict[str, Any],
    known: Any,
    counts: ValueCounts,
    like: frozenset[tuple[str, str]],
) -> tuple[list[str], set[str]]:
    """(parameters of `query` to unset: each holds a value another of its parameters holds and
    knows; the queries that know a value bound where it is known not to be, when no parameter of
    `query` holds it where it is known). `known` is the matcher's known-value lookup."""
    if not MISPLACED_KNOWN_VALUE:
        return [], set()
    unset: list[str] = []
    elsewhere: set[str] = set()
    for p in query.params:
        value = binds.get(p.name)
        if p.kind.name != "string" or not isinstance(value, str) or value == p.default:
            continue
        if (query.name, p.name) in like or not _named_once(query.sql, p.name):
            continue
        entries = known.get(words_key(value), ())
        if not entries or any(q == query.name and name == p.name for q, name, *_r in entries):
            continue
        # counted last: the first count reads every stored value once
        if not 0 < counts.get(query.name, p.name) < CAP_PER_PARAM:
            continue
        holders = [
            name
            for q, name, *_r in entries
            if q == query.name and name != p.name and binds.get(name) == value
        ]
        if holders:
            unset.append(p.name)
        else:
            elsewhere |= {q for q, _name, *_r in entries}
    return unset, elsewhere


def knowing(results: list[Any], knowers: set[str]) -> list[Any]:
    """The runners-up (score, query, extraction) among `knowers` that score as a match."""
    return [
        r for r in results[1:MAX_CANDIDATES] if r[1].name in knowers and r[0] >= MATCH_THRESHOLD
    ]
