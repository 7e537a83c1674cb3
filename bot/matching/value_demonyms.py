"""Known places said by the adjective of their people ("routes to Canadian airports" for the
stored country "Canada", "Italian", "Chinese", "Mexican", "Pakistani"): a word written with a
capital inside a sentence, with an ending English makes such adjectives with, whose stem with
the place's ending is exactly one known value.

Demonyms are written with a capital in English; in lower case, or opening a sentence, the same
endings make everyday words ("musician", "comedian", "librarian"), so those are not read.
General English endings only, no list of places."""

from __future__ import annotations

from typing import Any

# Off: "Canadian" names no known value "Canada". Shipped off: on the 27 tuning sets it changed
# no score (flight_4's "Canadian airport", "Italian airports" bind the country but stay
# ambiguous between two route queries), Spider 5 and the starter sets unchanged; kept
# switchable with its ablation row and tests for the next evidence.
DEMONYM_VALUES = False
_MIN_LENGTH = 5  # "Thai", "Lao": too short to strip an ending from safely
# (adjective ending, the place's ending it replaces), most likely first
_ENDINGS = (
    ("n", ""),  # Russian, Indian, Korean, American
    ("ian", "a"),  # Canadian
    ("ian", "y"),  # Italian, Hungarian
    ("ian", ""),  # Brazilian, Egyptian
    ("can", "co"),  # Mexican, Moroccan
    ("an", ""),  # European
    ("ese", "a"),  # Chinese
    ("ese", ""),  # Japanese, Vietnamese
    ("i", ""),  # Pakistani, Israeli
)


def places(word: str) -> list[str]:
    """The place names `word` may be the adjective of (folded), by its ending."""
    if len(word) < _MIN_LENGTH:
        return []
    out = [word[: len(word) - len(end)] + place for end, place in _ENDINGS if word.endswith(end)]
    return [p for p in dict.fromkeys(out) if len(p) >= 4]


def demonym_value(
    known: Any, toks: list[tuple[str, int, int]], i: int, text: str
) -> tuple[str, int] | None:
    """(the one known value key the word at `i` is the demonym of, 1), or None."""
    if not DEMONYM_VALUES or not known:
        return None
    word, start, end = toks[i]
    written = text[start:end]
    if not written[:1].isupper() or not word.isalpha() or word in known:
        return None
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?:\"'(“":
        return None  # opening a sentence, a capital says nothing
    fits = [p for p in places(word) if p in known]
    return (fits[0], 1) if len(fits) == 1 else None
