"""A quoted number said right after its parameter's own word: "whose major is "600"" fills a
whole-number `major` parameter; a quote elsewhere ("codes that start with '8'") stays a piece of
text to match. General English: the cue words come from the parameter's name and label.
"""

from __future__ import annotations

from bot.language.textnorm import stem

# Off: every quoted number is text, never a parameter's number.
QUOTED_NUMBER_OF_ITS_PARAM = True
# The words that join a parameter's word to its value ("major is 600", "majoring in 600").
_LINKS = frozenset(["is", "in", "of", "equals", "equal", "to", "=", "was", "being", "be"])


def quoted_for(before: tuple[str, ...], cues: set[str]) -> bool:
    """The words right before a quoted number name the parameter whose cues are `cues`: its
    own word, maybe joined by a linking word ("major is", "major in")."""
    if not QUOTED_NUMBER_OF_ITS_PARAM or not before:
        return False
    words = list(before[-3:])
    while words and words[-1] in _LINKS:
        words.pop()
    return bool(words) and stem(words[-1]) in cues
