"""The jobs process yields the cores to the front during a burst of acks, bounded.

`IntakeRunner` holds off claiming while the front's wake-ups come less than `burst_gap_s`
apart, at most `hold_max_s` at a time (`bot.slack.intake_runner.BURST_GAP_S`): a burst is
claimed in one go once it is over, and acks that never pause still get their work claimed.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_helpers import app_settings, command_body, next_id
from support import Clock

from bot.services import build_services
from bot.slack.app import create_app, runtime_of
from bot.slack.forwarder import job_record
from bot.slack.intake import IntakeItem, IntakeStore, delivery_key
from bot.slack.intake_runner import IntakeRunner

START = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


class CountingStore(IntakeStore):
    """The real store (SQLite), counting the claims that took something."""

    claims = 0

    def claim_ready(self, owner: str, limit: int = 16) -> list[IntakeItem]:
        items = super().claim_ready(owner, limit)
        self.claims += bool(items)
        return items


@pytest.fixture
def world(tmp_path: Path) -> Any:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url)
        services = build_services(settings, clock=Clock(START))
        rt = runtime_of(create_app(settings, services=services))
        yield rt, CountingStore(services.session_factory, clock=Clock(START))
        rt.worker.shutdown()
        services.close()


def _store_command(store: IntakeStore) -> None:
    req = AsyncBoltRequest(body=command_body("help", trigger_id=next_id("9101.")), mode="http")
    assert store.add(delivery_key(req.body), job_record(req, received_at=0.0, ack_ms=1.0).decode())


def _drive(runner: IntakeRunner, acks: Any) -> None:
    async def main() -> None:
        stop = asyncio.Event()
        task = asyncio.ensure_future(runner.run(stop))
        try:
            await acks()
        finally:
            stop.set()
            await task

    asyncio.run(main())


def test_acks_that_never_pause_still_get_their_work_claimed(world: Any) -> None:
    """A front acking every millisecond for good: what is stored is still claimed while the acks
    go on, each hold ended by its bound (an unbounded hold would claim nothing here)."""
    rt, store = world
    runner = IntakeRunner(rt, store, owner="host:1", poll_s=30, burst_gap_s=0.5, hold_max_s=0.05)
    claimed_during_acks = False

    async def acks() -> None:
        nonlocal claimed_during_acks
        for _ in range(20):
            _store_command(store)
        for n in range(10_000):  # bounded: 10 s or so
            runner.front_acked()
            await asyncio.sleep(0.001)
            if n % 20 == 0 and store.counts().get("pending", 0) == 0:
                claimed_during_acks = True
                return

    _drive(runner, acks)
    assert rt.worker.wait_idle(30)
    runner.close()
    assert claimed_during_acks


def test_a_burst_of_acks_is_claimed_in_one_go_once_it_is_over(world: Any) -> None:
    """Ten requests acked 10 ms apart (a burst: the gap is 1 s): one claim takes them all, after
    the burst, instead of one claim per wake-up."""
    rt, store = world
    runner = IntakeRunner(rt, store, owner="host:1", poll_s=30, burst_gap_s=1.0, hold_max_s=30)

    async def acks() -> None:
        await asyncio.sleep(0.05)  # the runner waits for its first wake-up
        for _ in range(10):
            _store_command(store)
            runner.front_acked()
            await asyncio.sleep(0.01)
        for _ in range(600):  # bounded: 30 s
            if store.counts().get("pending", 0) == 0:
                return
            await asyncio.sleep(0.05)

    _drive(runner, acks)
    assert rt.worker.wait_idle(30)
    runner.close()
    assert store.counts().get("pending", 0) == 0
    # The first request alone (no burst yet) or with the second, then the rest: one claim per
    # wake-up would be up to ten.
    assert store.claims <= 2


def test_a_lone_request_is_claimed_without_a_hold(world: Any) -> None:
    """One ack with nothing before it is no burst: claimed at its wake-up, whatever the hold."""
    rt, store = world
    runner = IntakeRunner(rt, store, owner="host:1", poll_s=30, burst_gap_s=30, hold_max_s=30)

    async def acks() -> None:
        await asyncio.sleep(0.05)
        _store_command(store)
        runner.front_acked()
        for _ in range(200):  # bounded: 10 s, a third of the hold
            if store.counts().get("pending", 0) == 0:
                return
            await asyncio.sleep(0.05)

    _drive(runner, acks)
    assert rt.worker.wait_idle(30)
    runner.close()
    assert store.counts().get("pending", 0) == 0
