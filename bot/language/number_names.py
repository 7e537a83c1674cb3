"""A number's role from the words that name it: "client no. 988", "order number 5521", "account
ID: 988" name one thing (an identifier), they count or bound nothing. Which nouns take ids is the
library's to say (bot.matching.request_reading passes them); the id words are general English.
"""

from __future__ import annotations

import math
from collections.abc import Collection

from bot.language.bounds import bound_direction
from bot.language.textnorm import STOPWORDS, expand, stem

# "client no. 988", "order number 5521", "id 988", "ID: 988": a number after an id word (after
# a noun for "no." and "number") is an identifier, whatever its number of digits.
ID_WORDS_MAKE_IDS = True
# A number right after a noun the library gives ids to ("client 988", "order 5521") names that
# one: no count of rows to show, nor a bound.
NOUN_BEFORE_NO_ROW_COUNT = True
# The same for a number written as a year: "order 2024" is order 2024, not the year.
ID_NOUN_YEARS_ARE_IDS = True

# "cust 1993", "acct 858": an abbreviated noun the library gives ids to names one as well.
ABBREVIATED_ID_NOUNS = True

# Words that say the number after them is an id; "no", "nr", "num" and "number" only after a
# noun ("the number 5" and "no 3 star reviews" are no ids).
ID_WORDS = frozenset(["id", "no", "nr", "num", "number"])
_NEED_NOUN = frozenset(["no", "nr", "num", "number"])
# General words before an id word that name no thing ("ranked number 1", "top no. 3").
_NOT_THINGS = frozenset(
    ["top", "bottom", "rank", "ranked", "over", "under", "than", "least", "most", "last", "past"]
    + ["next", "first", "previous", "name"]
)


def _a_thing(word: str) -> bool:
    """`word` may be a noun naming a thing: a word of 3+ letters, no stopword, verb form or
    rank word."""
    return (
        word.isalpha()
        and len(word) >= 3
        and word not in STOPWORDS
        and word not in _NOT_THINGS
        and not word.endswith(("ed", "ing", "ly"))
    )


def _whole(value: float) -> bool:
    return math.isfinite(value) and value > 0 and value == int(value)


def said_as_id(before: tuple[str, ...], value: float) -> bool:
    """The words `before` a number (`value`) say it is an id: "id 988", "client no. 988"."""
    if not ID_WORDS_MAKE_IDS or not before or before[-1] not in ID_WORDS or not _whole(value):
        return False
    if bound_direction(before):
        return False
    if before[-1] in _NEED_NOUN:
        return len(before) >= 2 and _a_thing(before[-2])
    return True


def written_as_year(value: float) -> bool:
    """A whole number 1900-2099: read as a year unless its words say otherwise."""
    return _whole(value) and 1900 <= value <= 2099


def after_id_noun(
    before: tuple[str, ...], value: float, money: bool, percent: bool, nouns: Collection[str]
) -> bool:
    """The word right before a number is the singular of one of `nouns` (stems of the nouns
    the library gives ids to), with no bound said: "client 988", "order 2024" name one."""
    if not NOUN_BEFORE_NO_ROW_COUNT or money or percent or not before or not _whole(value):
        return False
    if written_as_year(value) and not ID_NOUN_YEARS_ARE_IDS:
        return False
    word = before[-1]
    if not _a_thing(word) or (word.endswith("s") and not word.endswith("ss")):
        return False  # "orders 2024": the orders of a year
    # "cust 1993", "ord 5521": an abbreviation of the noun names it as the noun does
    said = {stem(w) for w in expand(word)} if ABBREVIATED_ID_NOUNS else {stem(word)}
    return not bound_direction(before) and bool(said & nouns)
