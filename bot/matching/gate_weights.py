"""The learned decision gate's regions (written by scripts/train_gate.py; do not edit).

(the rules' kind, the gate's status): (bounds on the features that must all hold, the
mean gain of the tuning requests inside)."""

from __future__ import annotations

REGIONS: dict[tuple[str, str], tuple[tuple[tuple[str, str, float], ...], float]] = {
    ("matched", "ambiguous"): (
        (("margin2", "<=", 0.17354377759166806), ("adjustments", ">=", 0.3382229379294246)),
        0.7069,
    ),
    ("below", "ambiguous"): (
        (("best", ">=", 0.3885550127344243), ("adjustments", ">=", -0.10199999999999998)),
        0.2606,
    ),
}
