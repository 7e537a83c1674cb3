"""The sign said in words just before a number ("minus ten", "negative 5")."""

from __future__ import annotations

import re

SIGN_WORD = re.compile(r"\b(?:minus|negative)\s+$", re.I)
_LONGEST = len("negative")


def sign_word_before(text: str, s: int) -> re.Match[str] | None:
    """SIGN_WORD searched in `text[:s]` (its positions are `text`'s), looking at the few
    characters where it can match: a search of the whole slice per number made a long text
    quadratic (the word can only end where the blanks before `s` begin)."""
    w = s
    while w > 0 and text[w - 1].isspace():
        w -= 1
    return SIGN_WORD.search(text, max(0, w - _LONGEST), s)
