"""`benchmarks/soak_sides.py`: each `serve`'s figure is the median of its rounds' ratios."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from soak_sides import figures  # noqa: E402


def test_each_serve_gets_the_median_of_its_rounds_ratios_over_bare_bolt() -> None:
    sides = [
        {"name": "floor", "db": None},
        {"name": "main", "db": "pg"},
        {"name": "new", "db": "pg"},
    ]
    rounds = [
        {"floor": {"p99_ms": 10.0}, "main": {"p99_ms": 30.0}, "new": {"p99_ms": 15.0}},
        {"floor": {"p99_ms": 20.0}, "main": {"p99_ms": 20.0}, "new": {"p99_ms": 60.0}},
        {"floor": {"p99_ms": 5.0}, "main": {"p99_ms": 25.0}, "new": {"p99_ms": 10.0}},
    ]
    out = figures(rounds, sides)
    # Ratios main 3, 1, 5; new 1.5, 3, 2: one bad round moves the spread, not the median.
    assert out["main"] == {"p99_ms": 25.0, "ratio": 3.0, "spread": [1.0, 5.0]}
    assert out["new"] == {"p99_ms": 15.0, "ratio": 2.0, "spread": [1.5, 3.0]}
    assert out["floor"] == {"p99_ms": 10.0}


def test_per_request_figures_are_given_as_medians_when_every_round_has_them() -> None:
    sides = [{"name": "floor", "db": None}, {"name": "main", "db": "pg"}]
    rounds = [
        {"floor": {"p99_ms": 10.0, "wait_ms": 1.0}, "main": {"p99_ms": 20.0, "wait_ms": 2.0}},
        {"floor": {"p99_ms": 10.0, "wait_ms": 3.0}, "main": {"p99_ms": 20.0}},
    ]
    out = figures(rounds, sides)
    assert out["floor"]["wait_ms"] == 2.0
    assert "wait_ms" not in out["main"]  # missing in one round: not a median of one
