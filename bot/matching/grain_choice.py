"""A grouping read from what a request counts and what it filters on.

"How many cities are in Australia?" over a query grouped `by: [city, district, country]` with a
`country` filter: "cities" is what is counted and Australia the country filtered on, so the
rows are per country (one row, its number of cities), not per city (one row for each city,
each counting one). English words only; the choices and filters come from the library.
"""

from __future__ import annotations

from typing import Any

from bot.language.entities import Entities
from bot.language.textnorm import stem, words
from bot.library.model import QueryDef
from bot.library.types import find_choice
from bot.library.types.base import name_stems

# The thing counted ("how many cities") is no grouping when a filter the request fills names
# another choice of it (country = Australia): the rows are per that choice.
COUNTED_IS_NO_GROUP = True
_COUNT_PHRASES = (("how", "many"), ("number", "of"), ("count",), ("count", "the"), ("count", "of"))


def _counted(text: str, start: int) -> bool:
    before = tuple(w for w, _s, _e in words(text[max(0, start - 30) : start]))
    return any(before[-len(p) :] == p for p in _COUNT_PHRASES)


def group_by_filter(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> None:
    """Set a grouping choice to the dimension a filled filter names, when the choice read
    is only what is counted (see the module docstring)."""
    if not COUNTED_IS_NO_GROUP:
        return
    for p in query.params:
        chosen = binds.get(p.name)
        if p.kind.name != "choice" or p.default is None or chosen is None:
            continue
        hit = find_choice(p, ent.masked)
        if hit is None or hit[0] != chosen or not _counted(ent.masked, hit[1]):
            continue
        filled = [
            f
            for f in query.params
            if f is not p
            and f.default is None
            and not f.kind.is_numeric
            and binds.get(f.name) is not None
        ]
        dims = {
            c
            for c in p.choices
            if c != chosen and any(stem(c.lower()) in name_stems(f.name) for f in filled)
        }
        if len(dims) == 1:
            binds[p.name] = dims.pop()
