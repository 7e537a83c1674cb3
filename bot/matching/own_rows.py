"""Rows asked in the query's own words: "which geography had the highest revenue" of a query
whose keywords say "geography" and whose rows are per region. The library's header tells what
the query's rows are called by the people who ask; such a word names no other grain.

Only a word that names nothing in the warehouse (no table, no column of the query's SQL) and
that no other query's title or keywords say, of a query whose rows are groups: "the names of
wines" from rows per grape stays rows of another grain, whatever the keywords say, and so do
"all airplanes" where every aircraft query says "airplane".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from bot.language.textnorm import stem, words
from bot.matching import signals

# Switch (benchmarks/ablation_matcher.py).
OWN_WORDS_ARE_OWN_ROWS = True


def words_of_one_query(weights: Iterable[Mapping[str, float]]) -> frozenset[str]:
    """The stems that the title or keywords of exactly one query say."""
    said = Counter(st for w in weights for st, v in w.items() if v >= signals.W_KEYWORD)
    return frozenset(st for st, n in said.items() if n == 1)


def value_words(named: Iterable[tuple[Any, int, int, Any]], masked: str) -> frozenset[str]:
    """The stems of the values a request names (`named`: key, start, end, owners): "male" in
    "all male students" says which students, never what the rows are called."""
    return frozenset(stem(w) for _k, vs, ve, _o in named for w, _s, _e in words(masked[vs:ve]))


def rows_in_own_words(
    rows: frozenset[str],
    weights: Mapping[str, float],
    fit: Any,
    tables: frozenset[str],
    one_query: frozenset[str],
) -> bool:
    """Whether every stem of the rows asked (`rows`) is a title or keyword word of this query
    alone (`weights`, `one_query`), whose rows are groups (`fit`, a ResultFit), and names no
    column of its SQL nor a table of the library (`tables`)."""
    return (
        OWN_WORDS_ARE_OWN_ROWS
        and bool(rows and fit.groups)
        and all(
            weights.get(st, 0.0) >= signals.W_KEYWORD
            and st in one_query
            and st not in fit.columns
            and st not in tables
            for st in rows
        )
    )
