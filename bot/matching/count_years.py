"""A year-shaped number that counts the ranked rows after it: "list 2000 top buyers ytd" asks
for 2000 rows of a ranking over the period "ytd", not for the year 2000. Such a number is read
as the count it is when a rank word follows it ("2000 top", "1999 best") and the request says
another period; alone ("2025 top customers") it stays a year. General English only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.language.entities import Entities, Number, context_words
from bot.language.wordlists import RANK_AFTER

# Switch (benchmarks/ablation_matcher.py).
YEAR_BEFORE_RANK_COUNTS = True
_YEAR = re.compile(r"(?:19|20)\d\d")
_NEXT_WORD = re.compile(r"\s+([a-z]+)", re.I)


def years_before_ranks(ent: Entities) -> Entities:
    """`ent` with such a year read as a number, when another period is said."""
    if not YEAR_BEFORE_RANK_COUNTS or len(ent.periods) < 2:
        return ent
    periods, numbers = [], list(ent.numbers)
    for period in ent.periods:
        s, e = period.span
        nxt = _NEXT_WORD.match(ent.text, e)
        if _YEAR.fullmatch(ent.text[s:e]) and nxt and nxt.group(1).lower() in RANK_AFTER:
            before, after = context_words(ent.text, s, e, reach=4)
            numbers.append(
                Number(float(ent.text[s:e]), s, e, False, before, after, int(ent.text[s:e]))
            )
        else:
            periods.append(period)
    if len(periods) == len(ent.periods) or not periods:
        return ent
    return replace(ent, periods=periods, numbers=sorted(numbers, key=lambda n: n.start))
