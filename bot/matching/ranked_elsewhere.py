"""A superlative only another likely query ranks by: "the ship commanded by the youngest
captain" from a row per ship (sorted by its captains or its name) that cannot put the youngest
captain first, while a roster of captains takes "youngest" as its order. Running the first
drops the ranking silently, so the person picks between them (ambiguous). General English
(the superlatives); the orders come from each query's choice parameters and their synonyms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot.language.wordlists import SUPERLATIVES
from bot.library.model import QueryDef
from bot.library.types.text import find_choice

# Off: a superlative the best query cannot rank by, taken by another query, costs nothing.
RANKED_ELSEWHERE_AMBIGUOUS = True
_SUPERLATIVE = re.compile(r"\b(?:" + "|".join(SUPERLATIVES) + r")\b", re.I)


def _ranks_by(query: QueryDef, binds: dict[str, Any], text: str, start: int, end: int) -> bool:
    """A choice parameter of `query` took the choice the superlative at start..end says."""
    alone = " " * start + text[start:end] + " " * (len(text) - end)
    for p in query.params:
        hit = find_choice(p, alone) if p.choices else None
        if hit is not None and binds.get(p.name) == hit[0]:
            return True
    return False


def ranked_elsewhere(text: str, results: Iterable[Any], threshold: float) -> list[Any]:
    """The results (score, query, extraction) after the best, at or above `threshold`, that
    rank by a superlative the request says which the best query's choices do not take."""
    results = list(results)
    if not RANKED_ELSEWHERE_AMBIGUOUS or len(results) < 2:
        return []
    _s, best, best_x = results[0]
    out: list[Any] = []
    for m in _SUPERLATIVE.finditer(text):
        if _ranks_by(best, best_x.binds, text, m.start(), m.end()):
            continue
        for r in results[1:]:
            if (
                r[0] >= threshold
                and r not in out
                and _ranks_by(r[1], r[2].binds, text, m.start(), m.end())
            ):
                out.append(r)
    return out
