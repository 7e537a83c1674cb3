"""Rows that have both of two things ("drivers who raced both the Australian and the Chinese
Grand Prix", "products with both hot and fast characteristics"): an intersection of two sets
of rows, which a query's filters (one value each) do not say. General English only.
"""

from __future__ import annotations

import re

# The weight of such a request against every query (like a comparison with other rows).
INTERSECTION_PENALTY = 0.5
# "both … and …" up to the end of the clause.
_BOTH = re.compile(r"\bboth\b(?P<span>[^.?!;]{0,120}?)\band\b", re.I)
# "list both title and id": two columns shown, not two sets of rows.
_SHOWN_BOTH = re.compile(
    r"\b(?:list|show|give|return|display|get|find|see|want|need)\s+(?:me\s+)?both\s*$", re.I
)


def asks_intersection(text: str) -> bool:
    """The request asks rows that have both of two things; "both above 50 and above 8" (two
    bounds, each a filter) and "list both title and id" (two columns) do not."""
    for m in _BOTH.finditer(text):
        if re.search(r"\d", m.group("span") + text[m.end() : m.end() + 40]):
            continue
        if _SHOWN_BOTH.search(text[: m.start() + 4]):
            continue
        return True
    return False
