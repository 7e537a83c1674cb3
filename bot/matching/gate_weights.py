"""The learned decision gate's regions (written by scripts/train_gate.py; do not edit).

(the rules' kind, the gate's status): (bounds on the features that must all hold, the
mean gain of the tuning requests inside)."""

from __future__ import annotations

REGIONS: dict[tuple[str, str], tuple[tuple[tuple[str, str, float], ...], float]] = {
    ("matched", "ambiguous"): ((("covered_share", "<=", 0.8), ("above_count", ">=", 3.0)), 0.3448),
    ("below", "ambiguous"): (
        (("best", ">=", 0.3892307930855866), ("adjustments", ">=", -0.04999999999999999)),
        0.1739,
    ),
}
