"""A count of everything ("how many students are there", "the number of distinct projects")
is no lookup that asks for one value first: the best query taking no value is run instead.

A query that needs a value the request does not give ("One student", "Project team") shares
the counted noun and often wins on its words alone; its rows are one record's, never the
number asked. Only a count whose words close on the noun or a "whole" phrase counts here:
"how many students are taught by MOYER" says a value (or one the matcher missed), so the
lookup's question for it stays.
"""

from __future__ import annotations

import re
from typing import Any

from bot.matching.signals import MATCH_THRESHOLD, MAX_CANDIDATES

# Switch: a count of the whole goes to the best query that needs no value.
WHOLE_COUNT_NEEDS_NO_VALUE = True

_COUNT = r"(?:how\s+many|(?:the\s+)?(?:total\s+)?number\s+of|count\s+of)"
_WHOLE = (
    r"(?:are\s+there|is\s+there|do\s+we\s+have|do\s+you\s+have|we\s+have|in\s+total|"
    r"altogether|in\s+all|overall|exist|there\s+are)"
)
_WHOLE_COUNT = re.compile(
    rf"\b{_COUNT}\s+(?:(?:distinct|different|unique)\s+)?[a-z-]+(?:\s+{_WHOLE})?\s*(?:[.?!]|$)"
)


def asks_whole_count(lowered: str) -> bool:
    """Whether the request counts a noun with nothing after it but a "whole" phrase."""
    return bool(_WHOLE_COUNT.search(lowered.strip()))


def needs_no_value_first(text: str, results: list[Any]) -> list[Any]:
    """`results` with the best candidate that needs no value first, when the best needs one
    and the request counts the whole (see the module docstring)."""
    if not WHOLE_COUNT_NEEDS_NO_VALUE or len(results) < 2 or not results[0][2].missing:
        return results
    if not asks_whole_count(" ".join(re.findall(r"[\w'-]+|[.?!]", text.lower()))):
        return results
    for r in results[1:MAX_CANDIDATES]:
        if r[0] >= MATCH_THRESHOLD and not r[2].missing and not r[2].foreign_values:
            return [r, *[o for o in results if o is not r]]
    return results
