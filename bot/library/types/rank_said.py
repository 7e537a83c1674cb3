"""A number right after a word of rank counts rows: "top 3 farms", "busiest 3 airports",
"longest 5 reigns" ("the first 7 days" is a span of time). A query's row limit (`n`) takes it; another number parameter whose words
happen to sit beside it does not ("top 3 farms" is no farm id 3, "top 3 farms by pigs" no
bound of 3 pigs). A superlative ("busiest", "longest") ranks as "top" does. General English
only: which parameter is a row count comes from its name (bot.library.types.numbers).
"""

from __future__ import annotations

from bot.language.entities import RANK_WORDS, Number
from bot.language.superlatives import is_superlative
from bot.language.textnorm import stem

# A number after a rank word ("top 3 farms") is only a row count's, as one before a rank word
# ("the 3 largest") already is.
RANK_WORD_BEFORE_RANKS_ROWS = True
# A superlative ending in -est ("busiest 3 airports") is a rank word before a number.
SUPERLATIVES_RANK = True


# "in their first 7 days", "the last 3 months": a span of time, no count of rows.
_SPAN_WORDS = frozenset(["first", "last", "next", "past", "previous"])
_TIME_STEMS = frozenset(["second", "minut", "hour", "day", "week", "fortnight", "month", "year"])


def rank_word(word: str) -> bool:
    """A word of rank: "top", "largest", or (with SUPERLATIVES_RANK) any superlative."""
    if word in RANK_WORDS:
        return True
    # Only a word formed with -est: "least" and "most" before a number bound it ("at least 300").
    return SUPERLATIVES_RANK and word.endswith("est") and is_superlative(word)


def after_rank_word(num: Number) -> bool:
    """`num` follows a word of rank ("top 3", "busiest 3") and is a plain count (no id, share
    or amount)."""
    if not (RANK_WORD_BEFORE_RANKS_ROWS and num.before and rank_word(num.before[-1])):
        return False
    if num.before[-1] in _SPAN_WORDS and num.after and stem(num.after[0]) in _TIME_STEMS:
        return False
    return not (num.id_like or num.percent or num.money)
