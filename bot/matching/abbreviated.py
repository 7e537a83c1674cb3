"""A request word no query knows that is a shortened form of exactly one library word (issue
10): "chars" for characteristics, "hrs" for hours, "spec" for specification. The hand list
(bot.language.wordlists.ABBREVIATIONS) knows the common ones; this reads the others by their
shape, the way people shorten a word, and asks the library which of its words fits:

  * a clipped word: its first four letters or more, cut before a vowel ("char|acteristics",
    "spec|ification"), at most half the word, and no general English word itself ("stand" is
    no clip of standard, "season" none of seasonality); a plural "s" may follow ("chars");
  * a contracted word: consonants only ("hrs", "pts", "mgr"), its first and last consonant
    those of the word, the others in order inside it; a plural "s" may follow.

A form counts only when one library word fits it: "prs" that could be prices or parts is no
word of the library's.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from bot.language.wordnet import is_general_word

# Off: an unknown shortened word stays unknown (the hand list still expands its own).
ABBREVIATED_WORDS = True
_VOWELS = frozenset("aeiou")
CLIP_MIN = 4  # "char": shorter clips ("emp", "dep") fit too many words


def _clipped(short: str, full: str) -> bool:
    return (
        len(short) >= CLIP_MIN
        and 2 * len(short) <= len(full)
        and full.startswith(short)
        and short[-1] not in _VOWELS
        and full[len(short)] in _VOWELS
    )


def _inside(short: str, full: str) -> bool:
    """`short`'s letters appear in `full` in order."""
    rest = iter(full)
    return all(c in rest for c in short)


def _contracted(short: str, full: str) -> bool:
    return (
        2 <= len(short) < len(full)
        and not _VOWELS & set(short)
        and short[0] == full[0]
        and short[-1] == full[-1]
        and _inside(short[1:-1], full[1:-1])
    )


def _forms(word: str) -> list[str]:
    """The word and, for a plural, its singular: "chars" -> chars, char."""
    if len(word) >= 3 and word.endswith("s") and not word.endswith("ss"):
        return [word, word[:-1]]
    return [word]


def abbreviated(word: str, known: Iterable[Collection[str]]) -> str | None:
    """The one library stem (of the collections `known`, headers' first) that the unknown
    `word` shortens, or None when none or several fit."""
    if not ABBREVIATED_WORDS or not word.isalpha() or len(word) < 3:
        return None
    forms = _forms(word.lower())
    clips = [] if is_general_word(word) else forms  # "stand" is a word, no clip
    for stems in known:
        fits = {
            full
            for full in stems
            if full.isalpha()
            and (any(_contracted(f, full) for f in forms) or any(_clipped(f, full) for f in clips))
        }
        if len(fits) == 1:
            return fits.pop()
        if fits:
            return None
    return None
