"""Demand grouping benchmark: 10,000 unanswered requests grouped by similar wording.

    .venv/bin/python benchmarks/bench_demand.py

Three synthetic sets of 10,000 requests: templated (subjects x splits x phrasings, the shape of
real ticket queues), all distinct (5 rare words + 2 common ones each: nearly every request a
group of its own) and common-word heavy (4 of 8 common words + 1 rare: thousands of groups
sharing every common word). Prints wall time (best of 3) and group counts; no timing is
asserted anywhere.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from bot.tickets.demand import group_requests

N = 10_000


def templated(rng: random.Random) -> list[tuple[int, str]]:
    subjects = ["revenue", "churn", "signups", "refunds", "orders", "LTV", "NPS", "sessions"]
    subjects += ["stock", "coupons", "returns", "margin", "basket size", "retention"]
    splits = ["region", "channel", "plan", "platform", "category", "country", "cohort"]
    frames = [
        "can you pull {s} by {d} for {p}?",
        "{s} per {d} {p} please",
        "<@U0X{n}> need {s} broken down by {d}",
        "what's the {s} split by {d} in {p}",
        "{s} by {d} dashboard :chart_with_upwards_trend:",
    ]
    periods = ["last month", "Q3", "October", "2026-10-01", "last 7 days", "this year"]
    return [
        (
            i,
            rng.choice(frames).format(
                s=rng.choice(subjects),
                d=rng.choice(splits),
                p=rng.choice(periods),
                n=rng.randint(100, 999),
            ),
        )
        for i in range(1, N + 1)
    ]


def _vocab(rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["w" + "".join(rng.choice(letters) for _ in range(6)) for _ in range(3000)]


COMMON = ["customer", "revenue", "order", "region", "dashboard", "report", "weekly", "table"]


def distinct(rng: random.Random) -> list[tuple[int, str]]:
    vocab = _vocab(rng)
    return [(i, " ".join(rng.sample(COMMON, 2) + rng.sample(vocab, 5))) for i in range(N)]


def common_heavy(rng: random.Random) -> list[tuple[int, str]]:
    vocab = _vocab(rng)
    return [(i, " ".join(rng.sample(COMMON, 4) + rng.sample(vocab, 1))) for i in range(N)]


def main() -> None:
    sets: list[tuple[str, Callable[[random.Random], list[tuple[int, str]]]]] = [
        ("templated", templated),
        ("all distinct", distinct),
        ("common-word heavy", common_heavy),
    ]
    for label, make in sets:
        items = make(random.Random(7))
        times = []
        for _ in range(3):
            started = time.perf_counter()
            groups = group_requests(items)
            times.append(time.perf_counter() - started)
        biggest = ", ".join(str(g.count) for g in groups[:3])
        print(
            f"{label:18} {len(items):>6} requests  {min(times):6.2f} s  "
            f"{len(groups):>5} groups (largest {biggest})"
        )


if __name__ == "__main__":
    main()
