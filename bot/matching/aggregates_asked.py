"""The aggregates a request asks for by name, and the words they are of.

"the average latitude and the total duration" asks for avg and sum; "the average number of
international passengers" is an average of the passengers; "the flight with the maximum price"
asks for a ranked row, not a figure.
"""

from __future__ import annotations

import re

from bot.matching.sql_words import AGGREGATE_NAMES, aggregate_patterns


def asked_objects(lowered: str, reach: int = 2) -> dict[str, list[str]]:
    """Per aggregate a request names, the words just after it ("the average latitude and
    longitude": avg -> latitude, longitude), other aggregate words and "of the" skipped."""
    skip = {w for ws in AGGREGATE_NAMES.values() for w in ws} | _FILLER
    if NUMBER_OF_IS_ITS_OBJECT:
        skip |= _AMOUNT_WORDS
    out: dict[str, list[str]] = {}
    for f, pattern in aggregate_patterns().items():
        for m in pattern.finditer(lowered):
            after = [w for w in lowered[m.end() :].split() if w not in skip][:reach]
            out.setdefault(f, []).extend(after)
    return out


_FILLER_TEXT = "and or of the a an all their its his her our per each for in"
# "the average number of international passengers": the average is of the passengers, "number"
# only says they are counted.
NUMBER_OF_IS_ITS_OBJECT = True
_AMOUNT_WORDS = frozenset(["number", "amount"])
_FILLER = frozenset(_FILLER_TEXT.split())


def asked_aggregates(lowered: str) -> frozenset[str]:
    """The aggregates a request asks for by name ("the average rating", "total duration");
    "the flight with the maximum price" asks for a row ranked by it, no figure."""
    return frozenset(
        f
        for f, pattern in aggregate_patterns().items()
        if any(not _ranks_a_row(f, lowered, m.start()) for m in pattern.finditer(lowered))
    )


# "The flight with (the) maximum price", "the room that has the minimum rate": the row at the
# top of a ranking, like "the most expensive flight", not the maximum as a figure.
WITH_EXTREME_RANKS = True
_WITH_BEFORE = re.compile(r"\b(?:with|has|have|had)\s+(?:the\s+)?$")


def _ranks_a_row(f: str, lowered: str, at: int) -> bool:
    return WITH_EXTREME_RANKS and f in ("max", "min") and bool(_WITH_BEFORE.search(lowered[:at]))
