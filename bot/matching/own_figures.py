"""A figure the query's header names in the request's own words ("average ticket" among its
keywords) is the figure it shows, whatever its SQL calls the column: the aggregate asked is not
of something else. Read by bot.matching.index before it weighs what the result can show.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import replace
from typing import Any

from bot.language.textnorm import stem
from bot.matching.sql_words import AGGREGATE_NAMES

# "average ticket" of a query whose keywords say "average ticket": its own figure.
FIGURES_NAMED_BY_HEADER = True

_NAME_STEMS = {agg: frozenset(stem(w) for w in names) for agg, names in AGGREGATE_NAMES.items()}


def header_figures(wants: Any, bigrams: Set[tuple[str, str]], fit: Any) -> Any:
    """`wants` without the objects of an aggregate that the query's result does not aggregate
    (`fit`) but a phrase of its header pairs with that aggregate's name (`bigrams`: the
    header's adjacent stems)."""
    if not FIGURES_NAMED_BY_HEADER or not wants.objects:
        return wants
    objects = {
        agg: frozenset(
            o
            for o in said
            if o in fit.aggregate_stems.get(agg, ())
            or not any((n, o) in bigrams for n in _NAME_STEMS.get(agg, ()))
        )
        for agg, said in wants.objects.items()
    }
    return replace(wants, objects=objects)
