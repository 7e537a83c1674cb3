"""The lexical scores read through postings are those of a plain loop over every query."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from bot.library.loader import load_library
from bot.matching import signals
from bot.matching.index import MatcherIndex

STARTER = Path(__file__).parent.parent / "queries"


def _plain(index: MatcherIndex, uniq: list[str]) -> list[tuple[float, int]]:
    """Every query that shares a word, scored one by one (the loop the postings replace)."""
    weights = {s: index.idf.get(s) or index.body_idf.get(s, index.idf_unknown) for s in uniq}
    total = sum(weights.values())
    norm_req = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    bigrams = set(zip(uniq, uniq[1:], strict=False))
    out = []
    for i, e in enumerate(index.entries):
        if not any(s in e.weights or s in e.body for s in uniq):
            continue
        cov = sum(
            weights[s] * (e.weights.get(s) or signals.body_weight(s, e.body, e.fit.shown))
            for s in uniq
        )
        best_ex = 0.0
        for ex, norm_ex in e.examples:
            inter = sum(weights[s] ** 2 for s in uniq if s in ex)
            if inter:
                best_ex = max(best_ex, inter / (norm_req * norm_ex))
        shared = len(bigrams & e.bigrams) / len(bigrams) if bigrams else 0.0
        score = (
            signals.W_COVERAGE * (cov / total if total else 0.0)
            + signals.W_NEAREST_EXAMPLE * best_ex
            + signals.W_BIGRAMS * shared
        )
        out.append((score, i))
    out.sort(key=lambda r: (-r[0], index.entries[r[1]].query.name))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "revenue by region last month",
        "top 20 customers by revenue this year",
        "how many orders were refunded in october",
        "weekly signups by channel",
        "completely unrelated words here",
    ],
)
def test_postings_give_the_scores_of_a_loop_over_every_query(text: str) -> None:
    index = MatcherIndex(load_library(STARTER))
    uniq = list(dict.fromkeys(index.request_stems(text)))
    weights = {s: index.idf.get(s) or index.body_idf.get(s, index.idf_unknown) for s in uniq}
    total = sum(weights.values())
    norm_req = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    bigrams = set(zip(uniq, uniq[1:], strict=False))
    got = index.postings.top(uniq, weights, total, norm_req, uniq, bigrams, 5)
    assert got == _plain(index, uniq)[:5]  # the same figures to the last bit, the same order
