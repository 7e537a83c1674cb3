"""A compound parameter name's head as its cue: "room 111" for `classroom`, "count 5" for
`headcount`, when the query's own header says the head as a word of its own ("in room").

People shorten a compound to its last word; the library's header, not a word list, says which
shortenings its team uses: the head must be at least MIN_HEAD letters, the rest at least
MIN_REST, and the head a word of the query's title, keywords or examples.
"""

from __future__ import annotations

from functools import lru_cache

from bot.language.textnorm import STOPWORDS, stem, words
from bot.library.types.base import ParamDef

# Switch: a numeric parameter's compound name announces it by its head too.
COMPOUND_HEADS_ARE_CUES = True
MIN_HEAD = 4
MIN_REST = 3


@lru_cache(maxsize=4096)
def header_words(
    title: str, keywords: tuple[str, ...], examples: tuple[str, ...]
) -> frozenset[str]:
    """The lower-case words a query's title, keywords and examples say."""
    text = " ".join([title, *keywords, *examples]).lower()
    return frozenset(w for w, _s, _e in words(text) if w.isalpha() and w not in STOPWORDS)


def head_cues(param: ParamDef, header: frozenset[str]) -> set[str]:
    """Stems of the heads of `param`'s name and label words the header says on their own."""
    if not COMPOUND_HEADS_ARE_CUES or not header:
        return set()
    return set(_heads(param.name, param.label, header))


@lru_cache(maxsize=8192)
def _heads(name: str, label: str, header: frozenset[str]) -> frozenset[str]:
    own = [w for w in name.lower().split("_")] + [w for w, _s, _e in words(label.lower())]
    out = set()
    for w in own:
        if not w.isalpha():
            continue
        for cut in range(MIN_REST, len(w) - MIN_HEAD + 1):
            head = w[cut:]
            if head in header:
                out.add(stem(head))
                break
    return frozenset(out)
