"""General English about which way things go: an order said as a span ("from most to least",
"from the highest to the lowest"), and the two ends of a movement (a route's source and its
destination, where a trip starts and where it ends).

Nothing here knows a domain: a library's own choices and parameters say what is ordered or
moved; these words only say which end or which way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.textnorm import stem

# "ordered from most to least", "from the highest to the lowest": the order runs the way its
# first word says; the second word names no choice of its own (no "least" sort).
FROM_TO_ORDER = True

_DOWN = "most|highest|largest|biggest|greatest|high|max|maximum|newest|latest|longest|best"
_UP = "least|fewest|lowest|smallest|low|min|minimum|oldest|earliest|shortest|worst"
_FROM_TO = re.compile(
    rf"\bfrom\s+(?:the\s+)?({_DOWN}|{_UP})(\s+to\s+(?:the\s+)?({_DOWN}|{_UP}))\b", re.I
)
_DOWN_SET = frozenset(_DOWN.split("|"))


def blank_from_to(text: str) -> str:
    """`text` with the far end of "from X to Y" blanked (same length) when X and Y run opposite
    ways: "ordered from most to least" reads as "ordered from most"."""
    if not FROM_TO_ORDER:
        return text
    out = text
    for m in _FROM_TO.finditer(text):
        first, last = m.group(1).lower(), m.group(3).lower()
        if (first in _DOWN_SET) != (last in _DOWN_SET):
            out = out[: m.start(2)] + " " * (m.end(2) - m.start(2)) + out[m.end(2) :]
    return out


# The two ends of a movement. "from" / "to" / "into" say an end only in a parameter's or a
# choice's own name (`from_country`); in a request they are too common to name one.
_LEAVING = (
    "depart departs departed departing departure departures source sources origin origins "
    "start starts started starting begin begins began beginning leave leaves leaving left "
    "outbound from"
)
_ARRIVING = (
    "arrive arrives arrived arriving arrival arrivals destination destinations end ends ended "
    "ending land lands landed landing inbound terminate terminates to into"
)
_NAME_ONLY = frozenset(["from", "to", "into", "left"])
ENDS = (
    frozenset(stem(w) for w in _LEAVING.split()),
    frozenset(stem(w) for w in _ARRIVING.split()),
)
NAME_ONLY_STEMS = frozenset(stem(w) for w in _NAME_ONLY)


@lru_cache(maxsize=4096)
def end_words(stems: frozenset[str]) -> frozenset[str]:
    """The stems of every word for an end of a movement that `stems` (a parameter's or a
    choice's own words) name: `from_country` and "source" both gain "origin", "start", …"""
    out: set[str] = set()
    for end in ENDS:
        if stems & end:
            out |= end
    return frozenset(out)
