"""A value's word used as a verb ("users open the app", where "open" is an order status's
synonym): a single word directly followed by a determiner opens a verb phrase, it names no
value. Read by bot.matching.request_reading on the values a request names.
"""

from __future__ import annotations

import re
from typing import Any

# "open the app", "visit our site": a verb and its object, no value (off: every value word is
# a value wherever it stands).
VALUE_BEFORE_DETERMINER_IS_VERB = True

_DETERMINER_AFTER = re.compile(
    r"\s+(?:the|a|an|their|our|my|your|its|his|her|this|these|those)\s+\w", re.I
)


def values_not_verbs(named: list[Any], masked: str, periods: list[Any]) -> list[Any]:
    """`named` (key, start, end, owners) without a single word followed by a determiner, unless
    it is a participle ("orders shipped the last week") or a period starts at the determiner."""
    if not VALUE_BEFORE_DETERMINER_IS_VERB:
        return named
    starts = {p.span[0] for p in periods}
    out = []
    for item in named:
        _key, vs, ve, _owners = item
        word = masked[vs:ve]
        m = _DETERMINER_AFTER.match(masked, ve)
        verb = (
            m is not None
            and word.isalpha()
            and not word.lower().endswith("ed")
            and not any(ve <= s <= m.end() for s in starts)
        )
        if not verb:
            out.append(item)
    return out
