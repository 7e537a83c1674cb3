"""The soak benchmark's ack figure: each alternating round's ratio, their median and spread."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from bench_soak import ROUND_SIZE, ROUNDS, STEP_LIMIT, round_ratios  # noqa: E402


def test_the_figure_is_the_median_of_the_rounds_ratios_with_their_spread() -> None:
    rounds = [{"ratio": r} for r in (1.2, 3.5, 2.0, 1.9, 2.2, 8.0)]
    figure = round_ratios(rounds)
    # One unlucky round (8.0) moves the spread, not the figure.
    assert figure == {"median": 2.1, "spread": [1.2, 8.0], "rounds": 6}


def test_an_odd_number_of_rounds_gives_the_middle_ratio() -> None:
    assert round_ratios([{"ratio": r} for r in (4.0, 1.0, 2.5)])["median"] == 2.5


def test_rounds_are_several_and_each_round_is_large_enough_for_a_p99() -> None:
    assert ROUNDS >= 5
    for c in (8, 32):
        # A p99 over fewer than ~100 requests is its maximum; the one-serve step sends at
        # least as many requests in its rounds as the old single step did.
        assert ROUND_SIZE[c] >= 100
        assert ROUNDS * ROUND_SIZE[c] >= STEP_LIMIT[c]
