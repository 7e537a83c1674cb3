"""Known values several queries take (the same column read by several queries): naming one is
no evidence for any of them, so the request's other words decide between them (or it stays a
near tie). Without this, a value that one query's header happens to say ("Finnish" in a
description) counts for that query at the header's weight and for the others at the known-value
weight, and the difference, not the request's words, picks the query."""

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
) -> set[str]:
    """The request's stems of the known values this query binds that two or more queries take."""
    if not SAME_VALUES_WORDS_DECIDE:
        return set()
    bound = {(vs, ve) for pname, (_v, vs, ve) in hits.items() if pname in binds}
    out: set[str] = set()
    for _key, vs, ve, owners in named:
        if (vs, ve) not in bound or sum(1 for o in owners if not o.startswith("param:")) < 2:
            continue
        out |= {st for w, _s, _e in words(masked[vs:ve]) if (st := stem(w)) in weights}
    return out


def own_words_credit(
    said: set[str],
    own: dict[str, float],
    body: frozenset[str],
    shown: frozenset[str],
    weights: dict[str, float],
    total: float,
) -> float:
    """The coverage credit `said` already gave a query through its own words (header or SQL
    body, as bot.matching.lexical counts them): taken back, so the value counts as a value."""
    if not said or not total:
        return 0.0
    got = sum(
        weights[st] * (own.get(st) or signals.body_weight(st, body, shown))
        for st in said
        if st in own or st in body
    )
    return signals.W_COVERAGE * got / total
