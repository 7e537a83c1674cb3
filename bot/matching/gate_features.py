"""The learned decision gate's features: general numbers about a request's best candidates.

Nothing here names a domain, a set or a query: the scores of the best three candidates and
their margins, the words' score before values and shapes (its coverage and closest example's
cosine, and their margins over the runner-up's), how much of the request the best
one's title and keywords say, the words no query knows, the values it took, dropped or left
to other queries, what it would still ask for, and which hand rule decided. Every number is
already computed when the rules decide (bot.matching.matcher), so the gate costs a few
multiplications.
"""

from __future__ import annotations

import math
from typing import Any

from bot.matching.decision import Ruled
from bot.matching.signals import MATCH_THRESHOLD

# The rules' decisions the gate may change, and the feature that says which one it was.
GATED_KINDS = ("matched", "ambiguous", "below", "ticket")

NAMES = (
    "best",
    "above_threshold",
    "margin2",
    "margin3",
    "lexical",
    "lexical_margin2",
    "adjustments",
    "covered_share",
    "coverage",
    "coverage_margin2",
    "example",
    "example_margin2",
    "request_words",
    "unknown_penalty",
    "ignored",
    "foreign",
    "dropped",
    "missing",
    "evidence",
    "absorbed",
    "other_rows",
    "second_says_same",
    "second_drops",
    "above_count",
    "periods",
    "numbers",
    *(f"kind_{k}" for k in GATED_KINDS),
)


def _drops(x: Any) -> int:
    return (
        int(x.dropped_bounds)
        + len(x.second_values)
        + len(x.dropped_filters)
        + len(x.dropped_breakdowns)
        + int(x.misread_numbers)
    )


def features(ruled: Ruled) -> list[float]:
    """The gate's features of one decided request, in the order of NAMES."""
    res = ruled.results
    ent = ruled.ent
    s = [max(-1.0, min(1.5, c[0])) for c in res[:3]]
    s1 = s[0]
    s2 = s[1] if len(s) > 1 else s1 - 0.5
    s3 = s[2] if len(s) > 2 else s2 - 0.5
    x = res[0][2]
    lex1 = x.lexical
    lex2 = res[1][2].lexical if len(res) > 1 else lex1 - 0.5
    x2 = res[1][2] if len(res) > 1 else None
    uniq = x.request_words
    return [
        s1,
        s1 - MATCH_THRESHOLD,
        min(0.5, s1 - s2),
        min(0.5, s1 - s3),
        lex1,
        max(-0.5, min(0.5, lex1 - lex2)),
        s1 - lex1,
        len(x.covered) / uniq if uniq else 0.0,
        x.coverage,
        x.coverage - (x2.coverage if x2 is not None else 0.0),
        x.example,
        x.example - (x2.example if x2 is not None else 0.0),
        math.log1p(uniq),
        float(x.unknown_penalty),
        float(min(3, len(x.ignored))),
        float(min(3, len(x.foreign_values))),
        float(min(3, _drops(x))),
        float(min(3, len(x.missing) + len(x.asked))),
        float(min(3.0, x.evidence)),
        float(min(3, x.absorbed)),
        float(bool(x.other_grain or x.grand_total_unmet)),
        float(bool(x2 is not None and len(x.covered) >= 1 and x2.covered >= x.covered)),
        float(x2 is not None and _drops(x2) > 0),
        float(sum(1 for c in s if c >= MATCH_THRESHOLD)),
        float(min(2, len(ent.periods))) if ent is not None else 0.0,
        float(min(3, len(ent.numbers))) if ent is not None else 0.0,
        *(float(ruled.kind == k) for k in GATED_KINDS),
    ]
