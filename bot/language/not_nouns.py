"""English adverbs that are never nouns ("presently", "currently", "respectively"): such a word
names no data, whichever query's title says it. The list
`not_nouns.txt` beside this module was made at dev time by scripts/make_not_nouns.py from
lemminflect's lexicon (licence: not_nouns_LICENSE.txt); nothing is fetched at run time, and the
list is read only when a request's word is asked about.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_TABLE = Path(__file__).with_name("not_nouns.txt")


@cache
def _codes() -> dict[str, str]:
    out = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, codes = line.partition(" ")
            out[word] = codes
    return out


def is_not_noun(word: str, parts: str = "var") -> bool:
    """Whether English never reads `word` as a noun and reads it as one of `parts` (codes: v
    verb, a adjective, r adverb; the list holds the words with an adverb reading only):
    "presently"; not "order", "cover", "name"."""
    codes = _codes().get(word.lower(), "")
    return any(c in parts for c in codes)
