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
# Shipped off: on the 20 tuning sets it turned two tickets into answers (mean 0.834 -> 0.835, no
# wrong answer added); on the held-out sets it changed no Spider set and cost starter-blind9 one
# right answer (0.890 -> 0.885). A clip rule that loses on a library it was not built on is not
# kept on; measured and switchable for the next evidence (BENCHMARKS.md, thirteenth stop).
ABBREVIATED_WORDS = False
_VOWELS = frozenset("aeiou")
CLIP_MIN = 4  # "char": shorter clips ("emp", "dep") fit too many words


def _clipped(short: str, full: str) -> bool:
    """`short` (no general word) is `full`'s start, cut before a vowel, at most half of it."""
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
    """`short` (consonants only) keeps `full`'s first and last letters and others in order."""
    return (
        2 <= len(short) < len(full)
        and short[0] == full[0]
        and short[-1] == full[-1]
        and _inside(short[1:-1], full[1:-1])
    )


def _forms(word: str) -> list[str]:
    """The word and, for a plural, its singular: "chars" -> chars, char."""
    if len(word) >= 3 and word.endswith("s") and not word.endswith("ss"):
        return [word, word[:-1]]
    return [word]


# The library's stems by their first letter, per collection (an index's headers or SQL words,
# built once and never changed): a lookup reads a few hundred stems, not all of them.
_BY_FIRST: dict[int, tuple[Collection[str], int, dict[str, tuple[str, ...]]]] = {}
_KEPT = 16


def _starting(stems: Collection[str], first: str) -> tuple[str, ...]:
    got = _BY_FIRST.get(id(stems))
    if got is None or got[0] is not stems or got[1] != len(stems):
        buckets: dict[str, list[str]] = {}
        for s in stems:
            if s.isalpha():
                buckets.setdefault(s[0], []).append(s)
        if len(_BY_FIRST) >= _KEPT:
            _BY_FIRST.clear()
        got = (stems, len(stems), {k: tuple(v) for k, v in buckets.items()})
        _BY_FIRST[id(stems)] = got
    return got[2].get(first, ())


def abbreviated(word: str, known: Iterable[Collection[str]]) -> str | None:
    """The one library stem (of the collections `known`, headers' first) that the unknown
    `word` shortens, or None when none or several fit."""
    if not ABBREVIATED_WORDS or not word.isalpha() or len(word) < 3:
        return None
    forms = _forms(word.lower())
    contractions = [f for f in forms if not _VOWELS & set(f)]
    # "stand" is a word, no clip
    clips = [] if is_general_word(word) else [f for f in forms if len(f) >= CLIP_MIN]
    if not contractions and not clips:
        return None  # most unknown words: no library word is read
    first = forms[0][0]
    for stems in known:
        fits = {
            full
            for full in _starting(stems, first)
            if (
                any(_contracted(f, full) for f in contractions)
                or any(_clipped(f, full) for f in clips)
            )
        }
        if len(fits) == 1:
            return fits.pop()
        if fits:
            return None
    return None


def shortens_one_of(word: str, stems: Collection[str]) -> bool:
    """Whether the request word `word` shortens one of `stems` (a query's own few words, read
    through, not bucketed): the word the query was read by is no word it left unused."""
    if not ABBREVIATED_WORDS or not word.isalpha() or len(word) < 3:
        return False
    forms = _forms(word.lower())
    clips = [] if is_general_word(word) else forms
    return any(
        full.isalpha()
        and (
            any(not _VOWELS & set(f) and _contracted(f, full) for f in forms)
            or any(_clipped(f, full) for f in clips)
        )
        for full in stems
    )
