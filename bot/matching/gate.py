"""The learned decision gate: the hand rules' decision weighed against calibrated odds.

Four small logistic models over general features of the best candidates
(bot.matching.gate_features) estimate, for one request:
  * Q: the best query is the one meant (for a run the rules chose),
  * A: the best query with its values is the right answer,
  * C: the one meant is among the candidates the person would be shown,
  * U: no query of the library answers it (a ticket is right).
Each decision's expected credit is then: a run 0.5 (Q + A), less WRONG_PENALTY per expected
wrong answer (1 - A); ambiguous 0.5 C (the person picks, never a wrong number); a ticket U.
The gate picks the best of the decisions the rule that decided allows: a run may become
ambiguous or a ticket, a near tie a ticket, a ticket or a near miss ambiguous; it never makes
a run of a ticket, of a near tie, of a refusal or of a run that asks for a value first.
The weights come from `scripts/train_gate.py` (trained on every tuning set; BENCHMARKS.md,
"Learned decision gate", gives the leave-one-library-out figures).
"""

from __future__ import annotations

import math
from dataclasses import replace

from bot.matching.decision import Candidate, Decision, Ruled
from bot.matching.gate_features import GATED_KINDS, features
from bot.matching.signals import MAX_CANDIDATES

# A wrong number handed to a person costs this much more than the credit it misses: a ticket
# is better than a run the models think more likely wrong than right.
WRONG_PENALTY = 1.5
# A decision other than the rules' must be better by this much (expected credit).
SWITCH_MARGIN = 0.0

# Weights over gate_features.NAMES, intercept last (written by scripts/train_gate.py).
W_QUERY: tuple[float, ...] = ()
W_ANSWER: tuple[float, ...] = ()
W_AMONG: tuple[float, ...] = ()
W_TICKET: tuple[float, ...] = ()


def _p(weights: tuple[float, ...], f: list[float]) -> float:
    z = weights[-1] + sum(w * v for w, v in zip(weights, f, strict=False))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def shown(ruled: Ruled) -> list[Candidate]:
    """The candidates the gate's `ambiguous` shows: the near tie's own, else the best three."""
    if ruled.kind == "ambiguous":
        return list(ruled.decision.candidates)
    return [
        Candidate(q.name, round(max(0.0, min(1.0, s)), 4))
        for s, q, _x in ruled.results[:MAX_CANDIDATES]
    ]


def expected_credits(
    ruled: Ruled, weights: tuple[tuple[float, ...], ...] | None = None
) -> dict[str, float]:
    """Each allowed decision's expected credit (run, ambiguous, ticket) under the models."""
    wq, wa, wc, wu = weights or (W_QUERY, W_ANSWER, W_AMONG, W_TICKET)
    f = features(ruled)
    among, ticket = _p(wc, f), _p(wu, f)
    out = {"ambiguous": 0.5 * among, "unmatched": ticket}
    if ruled.kind == "matched":
        q, a = _p(wq, f), _p(wa, f)
        out["matched"] = 0.5 * (q + a) - WRONG_PENALTY * (1.0 - a)
    return out


def choice(ruled: Ruled, weights: tuple[tuple[float, ...], ...] | None = None) -> str:
    """The status the gate gives `ruled` (its own when the rules' kind is not gated)."""
    own = ruled.decision.status
    if ruled.kind not in GATED_KINDS or not (weights or W_TICKET):
        return own
    credits = expected_credits(ruled, weights)
    best = max(credits, key=lambda k: credits[k])
    return best if credits[best] > credits[own] + SWITCH_MARGIN else own


def apply(ruled: Ruled) -> Decision:
    """The rules' decision, or the one the gate finds better (see the module docstring)."""
    status = choice(ruled)
    d = ruled.decision
    if status == d.status:
        return d
    if status == "ambiguous":
        return Decision("ambiguous", None, confidence=d.confidence, candidates=shown(ruled))
    top = [Candidate(c.query, c.score) for c in d.candidates] or shown(ruled)
    return replace(d, status="unmatched", query=None, params={}, missing=[], candidates=top)
