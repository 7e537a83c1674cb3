"""`kill -9` at random moments, repeatedly, then every invariant (bounded, fixed seeds).

Rounds of a mixed burst (commands, Claim clicks, Close submits; a minutely digest and deadline
reminders running; Slack failing some posts after storing them) with a kill of the jobs
process, the front, or the whole `serve` at a seeded random moment, and a restart of what died;
then every invariant of `tests/chaos.py` must hold. benchmarks/bench_chaos.py runs the same with
many seeds.
"""

from __future__ import annotations

import random
from pathlib import Path

from chaos import Chaos
from fake_slack import FakeSlack


def test_kill_9_of_jobs_front_or_serve_at_random_moments_keeps_every_invariant(
    tmp_path: Path,
) -> None:
    database = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    with FakeSlack() as fake:
        chaos = Chaos(tmp_path, fake, database, random.Random(9001))
        try:
            for target in ("jobs", "front", "group"):
                chaos.round(target)
                chaos.settle(20)  # tickets posted: the next round's clicks have buttons
            assert chaos.settle(40) == []
            assert chaos.probe() == []
        finally:
            orphans = chaos.close()
    assert orphans == []
    assert sum(chaos.record.kills.values()) == 3
    assert chaos.record.claims and chaos.record.commands  # clicks were sent


def test_kill_9_of_one_of_two_serves_on_postgresql_keeps_every_invariant(
    tmp_path: Path, pg_url: str
) -> None:
    with FakeSlack() as fake:
        chaos = Chaos(tmp_path, fake, pg_url, random.Random(9002), serves=2)
        try:
            for target in ("jobs", "front"):
                chaos.round(target)
                chaos.settle(20)
            assert chaos.settle(40) == []
            assert chaos.probe() == []
        finally:
            orphans = chaos.close()
    assert orphans == []
    assert sum(chaos.record.kills.values()) == 2
