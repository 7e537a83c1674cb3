"""General English synonyms from Princeton WordNet 3.0 (issue 10): "nations" for countries,
"pupils" for students, "films" for movies. The table `wordnet_synonyms.txt` beside this module
was made at dev time by scripts/make_wordnet_synonyms.py (its licence: wordnet_LICENSE.txt);
nothing is fetched at run time. Like the hand list (bot.language.synonyms) it is consulted only
for a request word no query knows, and a synonym counts only where the library knows it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.language.textnorm import is_noise, stem

_TABLE = Path(__file__).with_name("wordnet_synonyms.txt")


@cache
def _by_noun() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, alts = line.partition(":")
        stems = [stem(a) for a in alts.split() if not is_noise(a)]
        kept = tuple(dict.fromkeys(s for s in stems if s != stem(word)))
        if kept:
            out[word] = kept
    return out


def _singulars(word: str) -> list[str]:
    """The word and the nouns its plural may be of: "nations" -> nation, "cities" -> city."""
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    return out


def synonym_stems(word: str) -> tuple[str, ...]:
    """The stems of the WordNet synonyms of the noun `word` is (itself or its singular), its
    most frequent sense's first. Looked up by the noun, not by its stem: "added" is no "ad",
    "marketing" no "market"."""
    table = _by_noun()
    for noun in _singulars(word.lower()):
        if noun in table:
            return table[noun]
    return ()


@cache
def _general_words() -> frozenset[str]:
    out: set[str] = set()
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, alts = line.partition(":")
            out.update(w for w in (word, *alts.split()) if w.isalpha())
    return frozenset(out)


def is_general_word(word: str) -> bool:
    """`word` (or the noun its plural is of) is a general English word of the table."""
    return any(noun in _general_words() for noun in _singulars(word.lower()))
