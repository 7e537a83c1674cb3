"""A near tie a superlative decides: "the club that has the most members", "which chip has the
biggest ROM" between a query whose rows are sorted by what the superlative ranks (its bound sort
choice, or its ORDER BY, says the measure named after "the most") and queries whose rows are in
some other order. The first row of the one that ranks by it is the answer; the others' first
rows answer another question. The tie is broken only where one tied candidate is sorted by the
measure, the way the superlative ranks (SAME_WAY_ONLY), no other could be sorted by it
(OTHERS_CANNOT_RANK), and its rows are the things picked (HEAD_IS_A_ROW); never for a best per
group ("in each state") or a figure asked ("what is the highest elevation"). General English
only; what a query sorts by, and what its rows are, come from its SQL and its sort choices.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from bot.language.textnorm import STOPWORDS, stem, words
from bot.matching.result_fit import ResultFit
from bot.matching.row_count import row_grain
from bot.matching.sort_choice import sortable_by, sorted_by, sorted_way

# Off: a near tie between a query ranking by the measure a superlative names and others stays
# ambiguous.
RANKED_MEASURE_BREAKS_TIE = True
# Only where the query's rows run the way the superlative ranks (off: whichever way).
SAME_WAY_ONLY = True
# Only where the thing the superlative picks ("the club that has the most") is what a row of
# the ranking query is (off: whatever its rows are).
HEAD_IS_A_ROW = True
# Only where no other tied query could be sorted by the measure (off: its bound sort decides).
OTHERS_CANNOT_RANK = True

# The superlatives whose next words say the measure ranked ("the most members", "the highest
# credit score"); "the youngest captain", "the top 3 exhibitions" name the thing ranked instead.
# "at most", "at least" are bounds.
_DOWN = frozenset(["most", "highest", "largest", "biggest", "greatest"])
_UP = frozenset(["least", "fewest", "lowest", "smallest"])
_SUPERLATIVE = re.compile(rf"(?<!\bat )\b(?:{'|'.join(sorted(_DOWN | _UP))})\b")
# "what is the highest elevation of …": the figure itself is asked, not a row it picks.
_FIGURE_ASKED = re.compile(r"\b(?:is|are|was|were|'s)\s+the\s+$")
# "the smallest enrollment in each state": a best per group, not one ranking.
_GROUPS = re.compile(r"\b(?:each|per|every)\b")
# "the club that has the most", "which chip has the biggest", "the driver with most wins": the
# noun before the relative word is what the ranking picks a row of.
_PICKED = re.compile(
    r"\b([a-z]+)\s+"
    r"(?:with|that|which|who|whose|having|has|have|had)\s+(?:[a-z]+\s+){0,2}?"
    rf"(?:the\s+)?(?:{'|'.join(sorted(_DOWN | _UP))})\b"
)
_COUNTING = frozenset(["number", "numbers", "amount", "count", "total", "quantity", "of"])


def _way(lowered: str) -> int:
    """Which way the superlatives rank (-1 the most first, 1 the least first, 0 both said)."""
    ways = {-1 if m.group(0) in _DOWN else 1 for m in _SUPERLATIVE.finditer(lowered)}
    return ways.pop() if len(ways) == 1 else 0


def _measure(lowered: str) -> frozenset[str]:
    """The stems of the (up to two) content words after each superlative: what it ranks by
    ("the most female students" -> female, student; "the largest number of international
    passengers" -> international, passeng)."""
    out: set[str] = set()
    for m in _SUPERLATIVE.finditer(lowered):
        if _FIGURE_ASKED.search(lowered[: m.start()]):
            continue
        took = 0
        for w, _s, _e in words(lowered[m.end() :]):
            if w in _COUNTING or w in STOPWORDS or w.isdigit():
                if took:
                    break
                continue
            out.add(stem(w))
            took += 1
            if took == 2:
                break
    return frozenset(out)


def _heads(lowered: str) -> frozenset[str]:
    """The stems of the nouns a superlative picks a row of ("the club that has the most",
    "which chip has the biggest", "the customer with the highest")."""
    return frozenset(stem(m.group(1)) for m in _PICKED.finditer(lowered))


def ranked_first(
    lowered: str,
    tied: Sequence[tuple[float, Any, Any]],
    fit_of: Callable[[str], ResultFit],
) -> int | None:
    """The position in `tied` (a near tie, best first, each (score, query, extraction)) of the
    one candidate sorted by the measure a superlative names; None when it does not decide."""
    if not RANKED_MEASURE_BREAKS_TIE:
        return None
    measure = _measure(lowered)
    if not measure or _GROUPS.search(lowered):
        return None
    way = _way(lowered)
    ranking = [i for i, (_s, q, x) in enumerate(tied) if sorted_by(q, x.binds) & measure]
    if (
        SAME_WAY_ONLY
        and ranking
        and sorted_way(tied[ranking[0]][1], tied[ranking[0]][2].binds) != way
    ):
        return None  # "the fewest members" from the biggest clubs first
    if OTHERS_CANNOT_RANK and len(ranking) == 1:
        others = [q for i, (_s, q, _x) in enumerate(tied) if i != ranking[0]]
        if any(sortable_by(q) & measure for q in others):
            return None  # another could rank by it too: its sort was left at another choice
    if HEAD_IS_A_ROW and len(ranking) == 1:
        q = tied[ranking[0]][1]
        f = fit_of(q.name)
        rows = (
            row_grain(f, q.sql) | (f.groups or frozenset()) | f.rows_of | (f.heads or frozenset())
        )
        if not _heads(lowered) & rows:
            return None  # its first row is not one of the things picked
    if len(ranking) != 1 or tied[ranking[0]][2].missing:
        return None
    return ranking[0]
