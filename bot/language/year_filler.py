"""A bound said of a year with "the year" between them: "founded after the year of 1850",
"before the year 1900" say the same bound as "after 1850" and "before 1900". The number's
words before it are read without the filler, so every reading of a bound sees the bound word
next to the year. General English only.
"""

from __future__ import annotations

import re

from bot.language.bounds import bound_direction
from bot.language.textnorm import words

# "after the year of 1850": the bound word, then "the year (of)", then a year-like number.
YEAR_FILLER_IS_NO_WORD = True
_FILLER = re.compile(r"\b(?:the\s+)?(?:calendar\s+)?year(?:\s+of)?\s*$", re.I)
# The span of numbers that can be a year said in full (also a year parameter's limit).
FIRST_YEAR, LAST_YEAR = 1000, 2200


def without_year_filler(
    text: str, start: int, value: float, before: tuple[str, ...]
) -> tuple[str, ...]:
    """`before` (the words before a number at `start`) with a "the year (of)" just before a
    year-like number left out, so "after the year of 1850" reads "… after"; unchanged
    otherwise."""
    if not YEAR_FILLER_IS_NO_WORD or not FIRST_YEAR <= value <= LAST_YEAR or value % 1:
        return before
    head = text[max(0, start - 80) : start]
    m = _FILLER.search(head)
    if m is None:
        return before
    kept = tuple(w for w, _s, _e in words(head[: m.start()]))
    if not before or not kept or not bound_direction(kept[-len(before) :]):
        return before  # "opened in year 1500": no bound said, the year's words stay
    return kept[-len(before) :]
