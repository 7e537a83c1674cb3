"""Known values several queries take (the same column read by several queries): naming one is
no more evidence for one of them than for another, so the request's other words decide between
them (or it stays a near tie). Without this, a value that one query's header happens to say
weakly ("Finnish" in its description, a column of its SQL) counts for that query at that weight,
below the known-value weight the others get, and the difference, not the request's words, picks
another query. A header that says the value more strongly than a known value counts (its
title, keywords or examples) keeps it: measured, taking that down too cost more than it gained
(a near tie in music_1 run, Spider's mean down 0.001)."""

from __future__ import annotations

from typing import Any

from bot.language.textnorm import stem, words
from bot.matching import signals

SAME_VALUES_WORDS_DECIDE = True

NamedValue = tuple[str, int, int, set[str]]  # key, start, end, owners (queries, param keys)


def shared_value_stems(
    named: list[NamedValue],
    hits: dict[str, tuple[str, int, int]],
    binds: dict[str, Any],
    masked: str,
    weights: dict[str, float],
    own: dict[str, float],
) -> set[str]:
    """The request's stems of the known values this query binds that two or more queries take,
    which its own header (`own`) weighs below a known value, or not at all."""
    if not SAME_VALUES_WORDS_DECIDE:
        return set()
    bound = {(vs, ve) for pname, (_v, vs, ve) in hits.items() if pname in binds}
    out: set[str] = set()
    for _key, vs, ve, owners in named:
        if (vs, ve) not in bound or sum(1 for o in owners if not o.startswith("param:")) < 2:
            continue
        out |= {st for w, _s, _e in words(masked[vs:ve]) if (st := stem(w)) in weights}
    return {st for st in out if own.get(st, 0.0) < signals.W_KNOWN_VALUE}


def own_words_credit(
    said: set[str],
    own: dict[str, float],
    body: frozenset[str],
    shown: frozenset[str],
    weights: dict[str, float],
    total: float,
) -> float:
    """The coverage credit `said` already gave a query through its own words (a weak header
    word, a word of its SQL body, as bot.matching.lexical counts them): taken back, so the
    value counts as a known value."""
    if not said or not total:
        return 0.0
    got = sum(
        weights[st] * (own.get(st) or signals.body_weight(st, body, shown))
        for st in said
        if st in own or st in body
    )
    return signals.W_COVERAGE * got / total
