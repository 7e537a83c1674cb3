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
def _by_stem() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, alts = line.partition(":")
        key = stem(word)
        have = out.setdefault(key, [])
        for alt in alts.split():
            s = stem(alt)
            if s != key and s not in have and not is_noise(alt):
                have.append(s)
    return {k: tuple(v) for k, v in out.items() if v}


def synonym_stems(word: str) -> tuple[str, ...]:
    """The stems of `word`'s WordNet synonyms, its most frequent sense's first."""
    return _by_stem().get(stem(word), ())
