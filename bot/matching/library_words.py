"""A library text as the matcher's words: content stems, with emails and identifiers as
placeholder words (so an example "who is jane@example.com" teaches that a bare email belongs
to its query), and the acronyms of a title or keyword ("daily active users" -> "dau"); the
weight of each stem a query's header gives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.entities import EMAIL_RE, ID_CODE_RE
from bot.language.textnorm import STOPWORDS, expand, is_noise, stem, words
from bot.library.model import QueryDef
from bot.matching import signals
from bot.matching.word_forms import phrasal_stems

EMAIL_TOKEN = "xemailx"
ID_TOKEN = "xidx"
# "#4402", "48213", "1234" (not a year): identifiers, as bot.matching.params.find_entities sees them.
_ID_NUMBER = re.compile(r"#\d+\b|(?<![\d,.])\b(?!(?:19|20)\d\d\b)\d{4,}\b(?![,.]\d)")


@lru_cache(maxsize=65536)
def analyze(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(content stems, raw content words of 4+ letters) of a library text, tokenized once."""
    stems, raw = [], []
    # Emails and identifiers become placeholder words, so an example such as
    # "who is jane@example.com" teaches that a bare email belongs to this query.
    text = EMAIL_RE.sub(f" {EMAIL_TOKEN} ", text)
    text = _ID_NUMBER.sub(f" {ID_TOKEN} ", text)
    text = ID_CODE_RE.sub(f" {ID_TOKEN} ", text)
    for w, _s, _e in words(text):
        if len(w) >= 4 and not w.isdigit() and not is_noise(w):
            raw.append(w)
        for part in expand(w):
            if not part.isdigit() and not is_noise(part):
                stems.append(stem(part))
    return tuple(stems), tuple(raw)


def stems_of(text: str) -> tuple[str, ...]:
    return analyze(text)[0]


def acronyms(text: str) -> set[str]:
    """Initials of runs of 2 to 4 content words ("daily active users" -> "dau")."""
    toks = [w for w, _s, _e in words(text) if not is_noise(w) and not w.isdigit()]
    out = set()
    for n in (2, 3, 4):
        for i in range(len(toks) - n + 1):
            out.add("".join(t[0] for t in toks[i : i + n]))
    return {a for a in out if len(a) >= 3}


def names_columns(key: str, columns: frozenset[str]) -> bool:
    """`key` (a value's words) names a column in `columns` (stems of a query's SQL): every
    word does, but for little words after the first ("check in"; never "per day")."""
    first, *rest = key.split()
    return stem(first) in columns and all(w in STOPWORDS or stem(w) in columns for w in rest)


def header_weights(q: QueryDef, raw_vocab: dict[str, str]) -> dict[str, float]:
    """Each stem `q`'s header gives, weighted by the strongest place it stands in (title and
    name, keywords, examples, parameters, description); its raw words are added to `raw_vocab`
    (the typo corrector's words)."""
    weights: dict[str, float] = {}

    def add(text: str, weight: float) -> None:
        stems, raw = analyze(text)
        for s in stems:
            if weights.get(s, 0) < weight:
                weights[s] = weight
        for w in raw:
            if w not in raw_vocab:
                raw_vocab[w] = stem(w)

    add(q.title, signals.W_TITLE)
    add(q.name.replace("_", " "), signals.W_TITLE)
    for k in q.keywords:
        add(k, signals.W_KEYWORD)
    for ex in q.examples:
        add(ex, signals.W_EXAMPLE)
    for p in q.params:
        add(" ".join([p.name.replace("_", " "), p.label]), signals.W_PARAM)
        for c in p.choices:
            add(c, signals.W_PARAM)
        for syn in p.synonyms:
            add(syn, signals.W_PARAM)
    add(q.description, signals.W_DESCRIPTION)
    for k in q.keywords:
        joined = phrasal_stems(k)
        # a compound the header writes solid ("signup") is joined from the request already
        if not joined & weights.keys():
            weights.update(dict.fromkeys(joined, signals.W_KEYWORD))
    for acr in acronyms(q.title) | {a for k in q.keywords for a in acronyms(k)}:
        if acr not in weights:
            weights[acr] = signals.W_KEYWORD
    return weights
