"""A day said as when a person needs the answer ("need it by Friday", "want this today") is a
deadline, not the period the request is about."""

from __future__ import annotations

import re

from bot.language.periods import Period

# "need it today", "needed this by Friday": when the answer is wanted, not what it is about.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:need|needs|needed|want|wanted)\s+(?:it|this|that|these|those|them)\s+"
    r"(?:(?:by|before|until)\s+)?$",
    re.I,
)
DEADLINES_ARE_NO_PERIODS = True


def said_as_deadline(text: str, period: Period) -> bool:
    """`period` is one day said as when a person needs the answer ("need it by Friday")."""
    if not DEADLINES_ARE_NO_PERIODS or period.start != period.end:
        return False
    start = period.span[0]
    # the phrase may include its preposition ("by friday"): look before it, and at it
    head = text[max(0, start - 40) : start] + re.sub(
        r"^\s*((?:by|before|until)\s+)?.*$", r"\1", text[start : period.span[1]], flags=re.I
    )
    return bool(_DEADLINE_BEFORE.search(head))
