"""A word asking for distinct values ("the unique names of races", "in how many different
cities") that the best query leaves unused while another candidate's title or keywords say it:
that one returns each value once (a history of race names, banks per city), the best one a row
per record with the values repeated, or a count of its rows. The words do not settle it, so the
two stay a near tie and the person picks. General English only; what says the word comes from
the library's headers.
"""

from __future__ import annotations

from typing import Any

from bot.language.textnorm import stem

# A rival whose header says a distinctness word the best query left unused is a near tie (off:
# only the scores make one). Ships off: it removed 2 wrong answers on the tuning sets and none on
# the 20 held-out sets, where it made one right answer ambiguous (BENCHMARKS.md, fourteenth stop).
DISTINCT_WORD_RIVAL = False
# The least score such a rival needs: below it the rival is no answer either (measured on the
# tuning sets: the rivals that were right scored 0.29 and 0.48, none that would lose a right
# answer scored above 0.19).
RIVAL_FLOOR = 0.2

_DISTINCT = frozenset({"different", "distinct", "unique"})


def distinct_rival(best_x: Any, score: float, x: Any) -> bool:
    """Whether a candidate (`score`, extraction `x`) says, in its title or keywords, a
    distinctness word the best query's extraction `best_x` left unused."""
    if not DISTINCT_WORD_RIVAL or score < RIVAL_FLOOR:
        return False
    said = {stem(w.lower()) for w in best_x.ignored if w.lower() in _DISTINCT}
    return bool(said & x.covered)
