"""A named value that modifies the noun after it ("which beauty products sold best"): the rows
asked are of the noun (products), not of the value (beauty), which says which ones. Read by
bot.matching.request_reading before it reads what the request asks of a result.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot.language.textnorm import words
from bot.matching.counted import plural

# "which beauty products", "what EMEA customers": the value picks rows, the noun names them.
VALUE_MODIFIES_ROW_NOUN = True

_QUESTION_WORD = re.compile(r"^(?:(?:in|on|at|for|from|with|to|by)\s+)?(?:which|what)\s+")


def value_modifiers_dropped(lowered: str, masked: str, named: Iterable[Any]) -> str:
    """`lowered` without a value said right after the opening "which"/"what" when a word
    follows it: the rows are then of that word."""
    if not VALUE_MODIFIES_ROW_NOUN:
        return lowered
    opening = _QUESTION_WORD.match(lowered)
    if opening is None:
        return lowered
    for _key, vs, ve, _owners in named:
        said = " ".join(w for w, _s, _e in words(masked[vs:ve])).lower()
        if not said:
            continue
        rest = lowered[opening.end() :]
        after = rest[len(said) + 1 :].split(" ", 1)[0]
        # a singular value before a plural noun ("beauty products"); a plural value names the
        # rows itself ("which gadgets sold": request_reading.CHOICE_WORDS_NOT_ROWS)
        if rest.startswith(said + " ") and not plural(said) and plural(after) and after.isalpha():
            return lowered[: opening.end()] + rest[len(said) + 1 :]
    return lowered
