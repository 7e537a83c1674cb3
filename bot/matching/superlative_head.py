"""What a superlative ranks, unknown to the query that would run: "how many faculty lines are
there in the university that conferred the most degrees in 2002" from one row per year,
ranked by degrees. The request picks one university by a ranking, then asks about it; a query
that never heard of universities (the word is left unused) ranks something else, and its first
row is the answer to another question. A ticket, as for a dropped value. General English only:
which words the query left unused comes from the library (bot.matching.said_unused).
"""

from __future__ import annotations

import re

from bot.language.wordlists import SUPERLATIVES

# Switch: the thing a superlative picks, left unused by the best query, makes a ticket.
UNKNOWN_RANKED_HEAD_TICKET = True

# "the university that conferred the most", "the project with the fewest", "the customer who
# made the earliest": the noun before the relative word is what is ranked. "at most" and "at
# least" are bounds.
_RANKED_HEAD = re.compile(
    r"\bthe\s+([a-z][\w-]*)\s+(?:that|which|who|whose|with)\b[^.?!;]{0,80}?"
    rf"(?<!\bat )\b(?:{'|'.join(SUPERLATIVES)})\b",
    re.I,
)


def ranked_heads(text: str) -> list[str]:
    """The nouns `text` picks by a superlative in a relative clause or a "with" phrase."""
    return [m.group(1) for m in _RANKED_HEAD.finditer(text)]


def unknown_ranked_head(text: str, ignored: list[str]) -> bool:
    """A noun a superlative picks ("the university that conferred the most …") is among the
    words the query leaves unused (`ignored`)."""
    if not UNKNOWN_RANKED_HEAD_TICKET or not ignored:
        return False
    unused = {w.lower() for w in ignored}
    return any(h.lower() in unused for h in ranked_heads(text))
