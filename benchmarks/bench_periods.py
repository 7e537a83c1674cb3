"""Period and due-date parsing speed: microseconds per call on real request texts.

    .venv/bin/python benchmarks/bench_periods.py [--quick]

Prints the figures recorded in BENCHMARKS.md ("Periods and due dates"). No timing is asserted
anywhere; the tests check behaviour only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from bot.language.duedates import find_due
from bot.language.numwords import parse_number_words
from bot.language.periods import find_periods, parse_period

ROOT = Path(__file__).resolve().parent.parent
PUBLIC = ROOT / "docs" / "requests-public.jsonl"  # the contract's copy (tests/test_docs.py)
DEV = ROOT / "tests" / "data" / "requests-dev.jsonl"
TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 18, 18, 0, tzinfo=UTC)
# 20 words, two periods, numbers in digits and words.
TWENTY_WORDS = (
    "compare weekly revenue for the top twenty customers in EMEA between Sep 5 and Oct 3 "
    "with the last 3 months please"
)


def _texts() -> list[str]:
    texts = []
    for path in (PUBLIC, DEV):
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    return texts


def _per_call_us(fn: Callable[[str], object], texts: list[str], rounds: int) -> dict[str, float]:
    samples = []
    for _ in range(rounds):
        for t in texts:
            started = time.perf_counter_ns()
            fn(t)
            samples.append((time.perf_counter_ns() - started) / 1000)
    samples.sort()
    return {
        "mean_us": round(statistics.fmean(samples), 1),
        "p50_us": round(samples[len(samples) // 2], 1),
        "p99_us": round(samples[int(len(samples) * 0.99)], 1),
        "max_us": round(samples[-1], 1),
        "calls": len(samples),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args()
    rounds = 20 if args.quick else 200
    texts = _texts()
    find_periods(TWENTY_WORDS, TODAY)  # warm the regex cache and imports
    figures = {
        "requests": len(texts),
        "find_periods (20-word request)": _per_call_us(
            lambda t: find_periods(t, TODAY), [TWENTY_WORDS], rounds * 10
        ),
        "find_periods (request texts)": _per_call_us(
            lambda t: find_periods(t, TODAY), texts, rounds
        ),
        "parse_period (phrase)": _per_call_us(
            lambda t: parse_period(t, TODAY), ["last 3 months", "2026-10-01 to 2026-10-31"], rounds
        ),
        "parse_number_words (request texts)": _per_call_us(parse_number_words, texts, rounds),
        "find_due (request texts)": _per_call_us(
            lambda t: find_due(t, NOW, "America/Los_Angeles"), texts, rounds
        ),
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
