"""A negation the request says that only an unchosen choice of the query reads.

"Students who never attended a course" against a query whose status choice says "did not
attend" (no_show): bound to another choice (all), the query would list every student with
their courses, the negation unread. When the request negates words that a negated choice or
synonym of the query says, and the run binds none of those choices, the query is marked down as
one that cannot give what is asked (a ticket, or the right choice when another reading binds
it). General English only; the choices and synonyms come from the library.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.language.textnorm import STOPWORDS, stem, words
from bot.library.model import QueryDef
from bot.matching.structure import negated_stems, negates

# Shipped off: measured only on the tuning sets whose queries have negated choices (no loss,
# one ambiguity resolved) and the fresh sets. Stop 38: no held-out set moves with it (the 28
# older and six new ones), so there is no evidence it generalises; it stays off.
NEGATION_NEEDS_ITS_CHOICE = False
UNCHOSEN_NEGATION_PENALTY = 0.3
_NEGATION = re.compile(r"\b(?:not|no|never|without|none)\b|n't\b|\bun(?=[a-z]{3,})", re.I)
_NEGATION_WORDS = frozenset(["not", "no", "never", "without", "none", "did", "does", "do"])


_SEEN: dict[tuple[str, str], tuple[tuple[str, frozenset[str], frozenset[str]], ...]] = {}


def _negated_choices(query: QueryDef) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Per choice parameter of `query`: its name, the choices said in the negative, and the
    stems those negative phrases are about ("did not attend": attend); read once per query."""
    key = (query.name, query.sql)
    if key not in _SEEN:
        _SEEN[key] = _read_negated_choices(query)
    return _SEEN[key]


def _read_negated_choices(
    query: QueryDef,
) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    out = []
    for p in query.params:
        if not p.choices:
            continue
        said = [(c.replace("_", " "), c) for c in p.choices] + list(p.synonyms.items())
        negative = [(text, c) for text, c in said if _NEGATION.search(text)]
        if not negative:
            continue
        about = {
            stem(w)
            for text, _c in negative
            for w, _s, _e in words(text.lower())
            if w not in STOPWORDS and w not in _NEGATION_WORDS and len(w) > 2
        }
        out.append((p.name, frozenset(c for _t, c in negative), frozenset(about)))
    return tuple(out)


def unchosen_negation(query: QueryDef, binds: Mapping[str, object], text: str) -> float:
    """The penalty for a run whose bound choices leave the request's negation unread."""
    if not NEGATION_NEEDS_ITS_CHOICE or not negates(text):
        return 0.0
    negated = negated_stems(text)
    for name, choices, about in _negated_choices(query):
        if about & negated and binds.get(name) not in choices:
            return UNCHOSEN_NEGATION_PENALTY
    return 0.0
