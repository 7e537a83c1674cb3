"""The learned decision gate: the hand rules' decision changed where, on the tuning libraries,
the change won.

Each change the gate may make (CHANGES: a run made ambiguous, a near miss below the threshold
made ambiguous, ...) has a region learnt by `scripts/train_gate.py`: one or two bounds on
general features of the best candidates (bot.matching.gate_features: margins between them,
how much of the request the words explain, what the values and shapes added). The region is
the one whose tuning requests gained the most from the change under the spec's scoring, each
wrong answer avoided counting WRONG_PENALTY more (a wrong number handed to a person is worse
than a ticket), winning in most of the libraries it touches; the gain's mean inside it is its
calibrated expected gain, and where two regions hold the larger one wins. Its generalisation is measured
by leaving each library out (BENCHMARKS.md, "Learned decision gate").

Never a run: the gate makes a run, or a near miss the rules made a ticket, ambiguous (the
person picks among at most three candidates, best first, with "None of these" for a ticket);
refusals, ticket rules on dropped constraints, runs that ask for a value first and empty
requests stay as the rules said.
"""

from __future__ import annotations

from dataclasses import replace

from bot.matching.decision import Candidate, Decision, Ruled, candidates_of
from bot.matching.gate_features import GATED_KINDS, NAMES, features
from bot.matching.gate_weights import REGIONS
from bot.matching.signals import MAX_CANDIDATES

# What a wrong answer avoided is worth, in credit, when the regions are learnt: a wrong answer
# weighs about three tickets, so it costs two credits more than one; chosen by leaving each
# tuning library out (1.5, 2, 3, 4 and 6 tried; BENCHMARKS.md).
WRONG_PENALTY = 2.0
# The changes the gate may make: (the rules' kind, the gate's status). A ticket rule made
# ambiguous, a run or a near tie made a ticket were tried too and lost on libraries left out
# (BENCHMARKS.md): a ticket rule's requests are mostly unanswerable where examples abound.
CHANGES = (("matched", "ambiguous"), ("below", "ambiguous"))
Bound = tuple[str, str, float]  # a feature, ">=" or "<=", a threshold
Region = tuple[tuple[Bound, ...], float]  # bounds that must all hold, the mean gain inside


def _holds(bound: Bound, f: dict[str, float]) -> bool:
    name, op, t = bound
    return f[name] >= t if op == ">=" else f[name] <= t


def status_of(
    kind: str,
    status: str,
    f: dict[str, float],
    regions: dict[tuple[str, str], Region] | None = None,
) -> str:
    """The status the gate gives a request the rules' `kind` gave `status`, features `f`."""
    regions = REGIONS if regions is None else regions
    held = [
        (gain, to)
        for (k, to), (bounds, gain) in regions.items()
        if k == kind and all(_holds(b, f) for b in bounds)
    ]
    return max(held)[1] if held else status


def shown(ruled: Ruled) -> list[Candidate]:
    """The candidates the gate's `ambiguous` shows: the near tie's own, else the best three."""
    if ruled.kind == "ambiguous":
        return list(ruled.decision.candidates)
    return candidates_of(ruled.results[:MAX_CANDIDATES])


def apply(ruled: Ruled) -> Decision:
    """The rules' decision, or the one the gate's regions give it (see the module docstring)."""
    d = ruled.decision
    if ruled.kind not in GATED_KINDS or not REGIONS:
        return d
    status = status_of(ruled.kind, d.status, dict(zip(NAMES, features(ruled), strict=True)))
    if status == d.status:
        return d
    if status == "ambiguous":
        return Decision("ambiguous", None, confidence=d.confidence, candidates=shown(ruled))
    return replace(d, status="unmatched", query=None, params={}, missing=[])
