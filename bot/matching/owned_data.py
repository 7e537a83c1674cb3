"""Possession said of data rather than of work: "who owns card 5484846021884483" (a record
named by its id) and "the cards owned by each customer" (a relation between two things of the
query) ask about rows the query has; "who owns the orders pipeline" asks who maintains a piece
of work. The verb "own" is then no request for work (bot.matching.work_cues) from a query whose
own words name both sides. Where neither says it ("which store owns most items"), "own" stays a
cue: a query about items rented most would answer another question. General English only:
which things are data comes from the query's own words and columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.language.textnorm import STOPWORDS, stem

# Off: "own" asks for work wherever it stands (unless the query's own words say "own").
OWNED_DATA_NO_CUE = True

OWN_STEM = stem("owns")
# "owns card 5484846021884483": the thing owned, then the id of one of them (the words the
# matcher reads have the id taken out: it is the request's id, and the phrase ends there)
# ("my own query", "their own cards": an adjective, no verb)
_NOT_POSSESSIVE = "".join(
    rf"(?<!\b{w} )" for w in ("my", "your", "our", "their", "its", "his", "her")
)
_ACTIVE = re.compile(
    _NOT_POSSESSIVE + r"\b(?:owns|own|owned|owning)\s+(?:the\s+|a\s+|an\s+)?([a-z]+)\s*(?:#?\d+|$)"
)
# "cards (that are) owned by each customer": what is owned, and by what
_PASSIVE = re.compile(
    r"\b([a-z]+)\s+(?:(?:that|which)\s+)?(?:(?:is|are|was|were|being|been)\s+)?owned\s+by\s+"
    r"(?:(?:each|every|a|an|the|their|one|some)\s+)?([a-z]+)"
)


def owned_things(lowered: str, has_id: bool = True) -> list[tuple[str, ...]]:
    """Per use of the verb "own" said of data, the stems of the things it ties ("owns card
    548…": (card,), when the request names an id, `has_id`; "cards owned by each customer":
    (card, customer))."""
    active = _ACTIVE.finditer(lowered) if has_id else ()
    out: list[tuple[str, ...]] = [(stem(m.group(1)),) for m in active]
    out += [
        (stem(m.group(1)), stem(m.group(2)))
        for m in _PASSIVE.finditer(lowered)
        if m.group(1) not in STOPWORDS and m.group(2) not in STOPWORDS
    ]
    return out


def own_is_data(lowered: str, is_own_word: Callable[[str], bool], has_id: bool = True) -> bool:
    """Whether `lowered` says "own" of data (a record by its id, or "X owned by Y") whose
    things `is_own_word` says are the query's, and says it in no other way (so "own" asks for
    no work from that query)."""
    if not OWNED_DATA_NO_CUE:
        return False
    owned = owned_things(lowered, has_id)
    uses = len(re.findall(r"\bown(?:s|ed|ing)?\b", lowered))
    return len(owned) == uses and all(is_own_word(st) for said in owned for st in said)
