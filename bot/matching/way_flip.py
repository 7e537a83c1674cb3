"""An order's way said outright against the bound sort choice: "the statuses, ascending by
frequency" binds the choice "frequency" names (`most_cities`, `cities DESC`), while the
request says ascending. When exactly one other choice of that sort orders by the same key the
said way (`fewest_cities`, `cities`), it is the one meant; a query with a parameter that takes
the way word itself ("direction: asc") reads it there. General English only; the keys and
their ways come from the SQL template (bot.matching.order_said.sql_sort_keys).
"""

from __future__ import annotations

from typing import Any

from bot.language.textnorm import words
from bot.library.model import QueryDef
from bot.matching.order_said import _EXPLICIT, sql_sort_keys
from bot.matching.readings import SORT_PARAMS

# Switch: a way said outright picks the choice that orders the same key that way. Shipped off:
# one right answer on the tuning sets (farm), one wrong answer more held out (apartment_rentals).
WAY_PICKS_CHOICE = False


def flip_to_said_way(query: QueryDef, text: str, binds: dict[str, Any]) -> bool:
    """Rebind `query`'s sort to the choice ordering its key the way the request says."""
    if not WAY_PICKS_CHOICE:
        return False
    said = {w for w, _s, _e in words(text.lower())}
    ways = {_EXPLICIT[w] for w in said if w in _EXPLICIT}
    if len(ways) != 1:
        return False
    way = ways.pop()
    takes_way = any(
        said & {w.lower() for w in (*p.choices, *p.synonyms)}
        for p in query.params
        if p.choices and p.name.lower() not in SORT_PARAMS
    )
    if takes_way:
        return False
    for p in query.params:
        if p.name.lower() not in SORT_PARAMS or not p.choices or binds.get(p.name) is None:
            continue
        keys = sql_sort_keys(query.sql, p.name)
        bound = str(binds[p.name])
        own = keys.get(bound) or keys.get("\0else")
        if own is None or own[1] == way:
            continue
        named = set(p.choices)
        others = [c for c, (key, w) in keys.items() if c != bound and c in named and key == own[0]]
        others = [c for c in others if keys[c][1] == way]
        if len(others) == 1:
            binds[p.name] = others[0]
            return True
    return False
