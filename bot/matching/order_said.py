"""An order the request says that the sort it would run does not say: ask, never guess.

"Names of all counties sorted by population in ascending order" bound to a sort by name would
hand over the right rows in the wrong order; when the words after "sort" / "in … order" name
another choice of the query's sort parameter (its choice words and synonyms) and none of the
one bound, the parameter is asked for instead. General English only; the choices come from the
library.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.language.textnorm import STOPWORDS, stem, words
from bot.library.model import ParamDef, QueryDef

SORT_PARAMS = frozenset({"sort", "sort_by", "order", "order_by", "ordering"})
_CUE = re.compile(
    r"\b(?:sort|sorts|sorted|sorting|order|ordered|ascending|descending|alphabetical(?:ly)?"
    r"|most|least|highest|lowest|largest|smallest|greatest|fewest|biggest|top)\b",
    re.I,
)
# "in ascending order of population": the order's words may come before its cue ("in")
_BEFORE = re.compile(r"\bin\s+(?:\w+\s+){0,2}$", re.I)
_SENTENCE_END = re.compile(r"[.!?;]")
# "the names of all counties": what is listed, not what it is sorted by
_LISTED = re.compile(r"\b\w+\s+of\b", re.I)


def _choice_words(p: ParamDef) -> dict[str, set[str]]:
    out = {c: _stems(c.replace("_", " ")) for c in p.choices}
    for said, choice in p.synonyms.items():
        if choice in out:
            out[choice] |= _stems(said)
    return out


def _stems(text: str) -> set[str]:
    return {stem(w) for w, _s, _e in words(text.lower()) if w not in STOPWORDS}


def order_phrase(text: str) -> str:
    """The words that say an order: from each cue ("sorted", "in descending order", "the
    greatest") to the end of its sentence, less "the names of"-style heads."""
    out = []
    for m in _CUE.finditer(text):
        start = m.start()
        if before := _BEFORE.search(text[:start]):
            start = before.start()
        end = _SENTENCE_END.search(text, m.end())
        out.append(_LISTED.sub(" ", text[start : end.start() if end else len(text)]))
    return " ".join(out)


def unread_orders(query: QueryDef, binds: Mapping[str, Any], text: str) -> list[str]:
    """The sort parameters whose bound choice the request's order words contradict (say
    another choice's words and none of its own)."""
    phrase = order_phrase(text)
    if not phrase:
        return []
    said = _stems(phrase)
    out = []
    for p in query.params:
        if p.name.lower() not in SORT_PARAMS or not p.choices or p.name not in binds:
            continue
        support = {c: _support(said, ws) for c, ws in _choice_words(p).items()}
        bound = support.get(str(binds[p.name]), set())
        # none of its words said and another's are, or another's said words hold all of its
        # own and more ("descending alphabetical" for a choice that says "alphabetical")
        if any(ws > bound for c, ws in support.items() if c != binds[p.name]):
            out.append(p.name)
    return out


def _support(said: set[str], choice_words: set[str]) -> set[str]:
    """The said words a choice says, or abbreviates ("desc" for "descending")."""
    return {
        w for w in said if any(w == c or (len(c) >= 4 and w.startswith(c)) for c in choice_words)
    }
