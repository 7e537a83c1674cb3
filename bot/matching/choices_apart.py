"""Several choices of a grouped-by filter named at once ("delivered vs returned vs cancelled
orders" from rows per status): each is a row of the result, so the filter is left unset rather
than set to one of them. Read by bot.matching.values for the index's scoring."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.language.textnorm import stem
from bot.library.model import QueryDef


def choices_apart(
    choices: Mapping[str, Sequence[tuple[str, str, str]]],
    query: QueryDef,
    binds: Mapping[str, Any],
    named: Sequence[tuple[str, int, int, Any]],
    per: frozenset[str],
) -> list[str]:
    """The filters of `query` on what its rows are grouped by (`per`) for which the request
    names two or more of the choices (`choices`: key -> query, parameter, choice)."""
    out = []
    for p in query.params:
        if p.default is None and stem(p.name) in per and isinstance(binds.get(p.name), str):
            named_choices = {
                t
                for key, _s, _e, _o in named
                for q, pname, t in choices.get(key, ())
                if q == query.name and pname == p.name
            }
            if len(named_choices) >= 2:
                out.append(p.name)
    return out
