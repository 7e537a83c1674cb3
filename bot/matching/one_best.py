"""A request for the one row a ranking puts first: "the city with the largest population",
"the employee who has the most certificates", "which farm record had the most sheep". The
head noun is singular and a superlative ranks it, so a query with a row limit (`LIMIT :n`)
left unset returns one row, not every row in that order. Plural heads ("the cities with the
most …") and rankings within groups ("… in each city") keep every row. General English only.
"""

from __future__ import annotations

import re
from typing import Any

from bot.language.entities import Entities
from bot.library.model import QueryDef
from bot.matching.counted import plural_ending

# Switch: a singular head ranked by a superlative binds an unset row limit to 1.
ONE_BEST_ROW = True
# A row limit holding only its default ("n" 10, no number said) is unset for that rule: "which
# single customer has spent the most" asks for one row, not the default ten.
ONE_BEST_OVER_DEFAULT = True

_SUPERLATIVE = (
    r"(?:most|least|fewest|greatest|largest|highest|biggest|smallest|lowest|oldest|youngest"
    r"|longest|shortest|best|worst)"
)
# "the city with the largest", "which farm record had the most", "the city that has hosted the
# greatest number": a head noun, a relative word or verb, at most two words, the superlative.
_ONE_BEST = re.compile(
    r"\b(?:the|which|what)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+"
    r"(?:with|that|which|who|whose|having|has|had)\s+(?:[a-z]+\s+){0,2}?"
    rf"the\s+{_SUPERLATIVE}\b"
)
_GROUPS = re.compile(r"\b(?:each|per|every)\b")


def one_best_row(
    query: QueryDef, ent: Entities, binds: dict[str, Any], said: frozenset[str] = frozenset()
) -> bool:
    """Bind `query`'s unset row limit to 1 when the request asks for the one best row; a limit
    the request did not say (`said`: the parameters its words gave) is unset at its default."""
    if not ONE_BEST_ROW:
        return False
    limits = [
        p.name
        for p in query.params
        if p.kind.is_numeric
        and (
            binds.get(p.name) is None
            or (ONE_BEST_OVER_DEFAULT and p.name not in said and binds[p.name] == p.default)
        )
        and re.search(rf"\blimit\s+:{re.escape(p.name)}\b", query.sql, re.I)
    ]
    if len(limits) != 1:
        return False
    text = ent.masked.lower()
    m = _ONE_BEST.search(text)
    if m is None or plural_ending(m.group(1)) or _GROUPS.search(text[m.end() :]):
        return False
    binds[limits[0]] = 1
    return True
