"""Rows asked in the query's own words: "which geography had the highest revenue" of a query
whose keywords say "geography" and whose rows are per region. The library's header tells what
the query's rows are called by the people who ask; such a word names no other grain.

Only a word that names nothing in the warehouse (no table, no column of the query's SQL): "the
names of wines" from rows per grape stays rows of another grain, whatever the keywords say.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.matching import signals

# Switch (benchmarks/ablation_matcher.py).
OWN_WORDS_ARE_OWN_ROWS = True


def rows_in_own_words(
    rows: frozenset[str],
    weights: Mapping[str, float],
    columns: frozenset[str],
    tables: frozenset[str],
) -> bool:
    """Whether every stem of the rows asked (`rows`) is a title or keyword word of the query
    (`weights`) and names no column of its SQL (`columns`) nor a table of the library."""
    return (
        OWN_WORDS_ARE_OWN_ROWS
        and bool(rows)
        and all(
            weights.get(st, 0.0) >= signals.W_KEYWORD and st not in columns and st not in tables
            for st in rows
        )
    )
