"""An alphabetical order said with no key is by what is listed: "the first names of people in
alphabetical order" sorts on the first name, "the carriers of devices, listed alphabetically" on
the carrier. When the order words name no column ("sorted by …", "in order of …"), the words of
the listed head ("first names") pick the sort choice whose own words say most of them. General
English only; the choices and their words come from the library.
"""

from __future__ import annotations

import re
from typing import Any

from bot.language.textnorm import STOPWORDS, stem, words
from bot.library.model import ParamDef, QueryDef
from bot.matching.readings import SORT_PARAMS

# "in alphabetical order" / "alphabetically" with no key: the key is the listed head's.
ALPHABETICAL_BY_LISTED = True
_ALPHABETICAL = re.compile(r"\b(?:alphabetic(?:al)?(?:ly)?|lexicographic(?:al)?(?:ly)?)\b", re.I)
# "sorted by name", "in alphabetical order of family name": a key said; this reading is mute.
_KEY_SAID = re.compile(r"\b(?:by|order\s+of|according\s+to)\s+(?!alphabet|lexicograph)\w", re.I)
_REVERSED = re.compile(r"\b(?:descending|reverse|reversed|decreasing|z\s*-\s*a)\b", re.I)
# The listed head: the words before the first "of" / "for" ("the first names of people").
_HEAD = re.compile(r"\b((?:[a-z]+\s+)?[a-z]+)\s+(?:of|for)\b", re.I)
_NO_HEAD = frozenset(["list", "show", "find", "give", "get", "return", "what", "are", "is"])


def _listed_stems(text: str) -> set[str]:
    m = _HEAD.search(text)
    if m is None:
        return set()
    said = [w.lower() for w, _s, _e in words(m.group(1))]
    return {stem(w) for w in said if w not in STOPWORDS and w not in _NO_HEAD and len(w) > 1}


def _choice_stems(p: ParamDef, choice: str) -> set[str]:
    said = [choice.replace("_", " ")] + [s for s, c in p.synonyms.items() if c == choice]
    return {stem(w) for t in said for w, _s, _e in words(t.lower()) if w not in STOPWORDS}


def alphabetical_by_listed(query: QueryDef, text: str, binds: dict[str, Any]) -> bool:
    """Bind the sort choice the listed head names when the request asks for an alphabetical
    order and says no key; True when a choice was changed."""
    if not ALPHABETICAL_BY_LISTED or not _ALPHABETICAL.search(text):
        return False
    if _KEY_SAID.search(text) or _REVERSED.search(text):
        return False
    listed = _listed_stems(text)
    if not listed:
        return False
    changed = False
    for p in query.params:
        if p.name.lower() not in SORT_PARAMS or not p.choices or p.name not in binds:
            continue
        overlap = {c: len(listed & _choice_stems(p, c)) for c in p.choices}
        best = max(overlap.values(), default=0)
        fits = [c for c, n in overlap.items() if n == best]
        bound = binds.get(p.name)
        if best and len(fits) == 1 and bound != fits[0] and overlap.get(bound, 0) < best:
            binds[p.name] = fits[0]
            changed = True
    return changed
