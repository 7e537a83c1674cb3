"""One value for two parameters the request joins: "routes whose source and destination
airports are in the United States" filters both the source country and the destination country
on the one value named. The two parameters are named by their own words (`from_country`,
`to_country`) or by words for the same end of a movement ("source" for `from`,
bot.language.directions), joined by "and" / "both … and" before the value, in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from bot.language.directions import NAME_ONLY_STEMS, end_words
from bot.language.textnorm import stem, words
from bot.library.types.base import name_stems

# Two parameters a value fits, named together ("source and destination … in X"): both take it.
JOINED_PARAMS_SHARE_VALUE = True
_REACH = 80  # characters before a value its parameters' words may stand in
_SENTENCE = re.compile(r"[.!?;]")


def _words_of(name: str) -> frozenset[str]:
    own = name_stems(name)
    return own | end_words(own)


def joined_with(chosen: str, fits: Sequence[str], text: str, start: int) -> list[str]:
    """The other parameters of `fits` that the words before the value (at `start`) join with
    `chosen` ("source and destination"), each named by words the other does not have."""
    if not JOINED_PARAMS_SHARE_VALUE or len(fits) < 2 or not text:
        return []
    lead = text[max(0, start - _REACH) : start]
    cut = max((m.end() for m in _SENTENCE.finditer(lead)), default=0)
    toks = [stem(w) for w, _s, _e in words(lead[cut:])]
    if toks and toks[-1] in NAME_ONLY_STEMS:
        return []  # "from LA": the value's own end is said right before it
    out = []
    mine = _words_of(chosen)
    for other in fits:
        if other == chosen:
            continue
        theirs = _words_of(other)
        a, b = mine - theirs, theirs - mine
        if a and b and _joined(toks, a, b):
            out.append(other)
    return out


def _joined(toks: list[str], a: frozenset[str], b: frozenset[str]) -> bool:
    """`toks` say a word of `a` and one of `b` joined by "and" ("source and destination")."""
    for i in range(1, len(toks) - 1):
        if toks[i] != "and":
            continue
        left, right = toks[i - 1], toks[i + 1]
        if (left in a and right in b) or (left in b and right in a):
            return True
    return False


def fits_another(
    known: Mapping[str, Any], query: str, pname: str, key: str, named: Sequence[Any]
) -> bool:
    """Another value the request names (`named`: key, start, end, owners) fits `query`'s
    parameter `pname` ("from LA to Honolulu": Honolulu is the destination's, not LA too)."""
    return any(
        k != key and any(q == query and p == pname for q, p, _v in known.get(k, ()))
        for k, _s, _e, _o in named
    )
