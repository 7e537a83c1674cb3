"""A comparison with other rows that a query's own choice says: "campuses with a fee higher than
average" for a query whose `relative_to_average` choice has the synonym "higher than average".
The library's words say the query compares its rows that way, so the comparison is no sign of a
request it cannot answer (for that query; every other still pays). General: the phrases come
from the library's choices and synonyms.
"""

from __future__ import annotations

from typing import Any

from bot.library.model import QueryDef
from bot.library.types import find_choice

# Off: a comparison with other rows counts against every query alike.
RELATIVE_SAID_BY_CHOICE = True
# The choice's words must hold the comparison's first word ("above average", "higher than
# average"): a sort choice "average amount" that shares only "average" with "trades above the
# average amount" says no comparison (off: any overlap counts).
CHOICE_HOLDS_COMPARATOR = True


def relative_choice_taken(
    query: QueryDef, text: str, spans: list[tuple[int, int]], binds: dict[str, Any]
) -> bool:
    """A choice of `query` bound (not its default) by words that overlap a comparison's span."""
    if not RELATIVE_SAID_BY_CHOICE or not spans:
        return False
    for p in query.params:
        if not p.choices or binds.get(p.name) in (None, p.default):
            continue
        hit = find_choice(p, text)
        if hit is None or hit[0] != binds.get(p.name):
            continue
        if CHOICE_HOLDS_COMPARATOR:
            if any(hit[1] <= s < hit[2] for s, _e in spans):
                return True
        elif any(hit[1] < e and s < hit[2] for s, e in spans):
            return True
    return False
