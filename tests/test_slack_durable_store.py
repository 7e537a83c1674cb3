"""The intake store, replays and the outbox, in one process on SQLite and PostgreSQL.

The store: a delivery is stored once, a claim is a compare-and-set (concurrent claimers never
share a row), a lease that ran out or a dead owner gives the row to someone else, and only the
holder can finish it. Replays: a request whose first run posted (or ticketed) and then died is
run again without a second post or ticket. The outbox: a ticket whose triage post failed five
times is posted later, once.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_helpers import app_settings, command_body, next_id
from sqlalchemy import select, update
from support import Clock

from bot.cli.doctor import deliveries_check
from bot.services import build_services
from bot.slack.app import create_app, runtime_of
from bot.slack.client import is_permanent
from bot.slack.forwarder import job_record
from bot.slack.intake import DONE, IntakeItem, IntakeStore, SlackIntake, delivery_key
from bot.slack.intake_runner import IntakeRunner
from bot.slack.outbox import UNDELIVERED, repost_unposted, undelivered_posts
from bot.slack.posting import Refused, key_metadata
from bot.slack.process import describe_exit
from bot.slack.replay import CURRENT_RUN, IntakeRun, forget_delivery_marks
from bot.tickets.models import Ticket
from handlers.common import ephemeral

START = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


# ---- the store ---------------------------------------------------------------------------------


def test_a_delivery_is_stored_once(factory: Any) -> None:
    store = IntakeStore(factory, clock=Clock(START))
    assert store.add_many([("cmd:1", "{}"), ("cmd:2", "{}"), ("cmd:1", "{}")]) == [
        True,
        True,
        False,
    ]
    assert store.add("cmd:2", "{}") is False
    assert store.counts() == {"pending": 2}


def test_concurrent_claimers_never_take_the_same_request(factory: Any) -> None:
    store = IntakeStore(factory, clock=Clock(START))
    store.add_many([(f"cmd:{i}", "{}") for i in range(120)])
    taken: dict[str, list[int]] = {}
    start = threading.Barrier(4)

    def claimer(owner: str) -> None:
        start.wait()
        mine = taken.setdefault(owner, [])
        while items := store.claim_ready(owner, limit=7):
            mine += [item.id for item in items]

    threads = [threading.Thread(target=claimer, args=(f"host:{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    every = [i for ids in taken.values() for i in ids]
    assert len(every) == 120 and len(set(every)) == 120


def test_a_lapsed_lease_or_a_dead_owner_gives_the_request_to_another(factory: Any) -> None:
    clock = Clock(START)
    store = IntakeStore(factory, clock=clock, lease_s=60)
    store.add("cmd:1", "{}")
    (first,) = store.claim_ready("host:1")
    assert not first.replayed
    assert store.claim_ready("host:2") == []  # held
    clock.advance(seconds=61)
    (again,) = store.claim_ready("host:2")
    assert again.id == first.id and again.replayed
    assert store.finish(first.id, "host:1", "answered") is False  # no longer its holder
    assert store.release_dead_owners(alive=lambda owner: owner != "host:2") == 1
    (third,) = store.claim_ready("host:3")
    assert third.attempts == 3
    assert store.finish(third.id, "host:3", "answered") is True
    assert store.claim_ready("host:4") == [] and store.counts() == {DONE: 1}


def test_renewing_keeps_a_long_job_its_own(factory: Any) -> None:
    clock = Clock(START)
    store = IntakeStore(factory, clock=clock, lease_s=60)
    store.add("cmd:1", "{}")
    (item,) = store.claim_ready("host:1")
    clock.advance(seconds=50)
    store.renew([item.id], "host:1")
    clock.advance(seconds=50)
    assert store.claim_ready("host:2") == []


def test_delivery_keys_follow_slack_identity() -> None:
    assert delivery_key({"command": "/x", "trigger_id": "1.2"}) == "cmd:1.2"
    assert delivery_key({"type": "block_actions", "trigger_id": "1.3"}) == "block_actions:1.3"
    assert delivery_key({"event_id": "Ev1", "event": {}}) == "event:Ev1"
    body = {"type": "odd"}
    assert delivery_key(body) == delivery_key(dict(body)) != delivery_key({"type": "other"})
    assert describe_exit(-9) == "signal SIGKILL" and describe_exit(3) == "exit code 3"


# ---- replays and the outbox, through the real app on a fake Slack ---------------------------------


@pytest.fixture
def world(tmp_path: Path, db_url: str) -> Any:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=db_url)
        clock = Clock(START)
        services = build_services(settings, clock=clock)
        app = create_app(settings, services=services)
        rt = runtime_of(app)
        store = IntakeStore(services.session_factory, clock=clock)
        yield fake, rt, store, clock
        rt.worker.shutdown()
        services.close()


def _store_command(store: IntakeStore, text: str) -> str:
    trigger = next_id("9001.")
    req = AsyncBoltRequest(body=command_body(text, trigger_id=trigger), mode="http")
    record = job_record(req, received_at=START.timestamp(), ack_ms=1.0).decode()
    assert store.add(delivery_key(req.body), record)
    return trigger


def _run_pending(rt: Any, store: IntakeStore, owner: str) -> None:
    """Run the intake until nothing is pending, then wait for the jobs to finish."""
    runner = IntakeRunner(rt, store, owner=owner, poll_s=0.05)

    async def drive() -> None:
        stop = asyncio.Event()
        task = asyncio.ensure_future(runner.run(stop))
        for _ in range(600):
            if store.counts().get("pending", 0) == 0:
                break
            await asyncio.sleep(0.05)
        stop.set()
        await task

    asyncio.run(drive())
    assert rt.worker.wait_idle(30)
    runner.close()
    assert store.counts().get("pending", 0) == 0


def _die_after_finishing(store: IntakeStore, trigger: str) -> None:
    """As if the process died after the work but before marking it done."""
    with store.session_factory.begin() as session:
        session.execute(
            update(SlackIntake)
            .where(SlackIntake.key == f"cmd:{trigger}")
            .values(state="pending", owner="elsewhere:1", lease_until=None)
        )


def _keys(fake: FakeSlack) -> list[str]:
    return [
        ((m.get("metadata") or {}).get("event_payload") or {}).get("key", "") for m in fake.posted()
    ]


def test_a_replayed_answer_is_not_posted_twice(world: Any) -> None:
    fake, rt, store, _clock = world
    trigger = _store_command(store, "revenue by region in October 2026")
    _run_pending(rt, store, "host:1")
    assert _keys(fake).count(f"cmd:{trigger}:1") == 1
    _die_after_finishing(store, trigger)
    _run_pending(rt, store, "host:2")
    assert _keys(fake).count(f"cmd:{trigger}:1") == 1
    assert store.counts() == {DONE: 1}


def test_a_replayed_ticket_is_opened_and_posted_once(world: Any) -> None:
    fake, rt, store, _clock = world
    trigger = _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    _die_after_finishing(store, trigger)
    _run_pending(rt, store, "host:2")
    with rt.services.session_factory() as session:
        tickets = session.scalars(select(Ticket)).all()
    assert [t.idempotency_key for t in tickets] == [f"cmd:{trigger}"]
    keys = _keys(fake)
    assert keys.count(f"ticket:{tickets[0].id}:triage") == 1
    assert keys.count(f"cmd:{trigger}:1") == 1


def test_a_triage_post_that_failed_five_times_is_posted_by_the_outbox_once(world: Any) -> None:
    fake, rt, store, clock = world
    fake.fail_next(5, 500, method="chat.postMessage")
    trigger = _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    with rt.services.session_factory() as session:
        ticket = session.scalars(select(Ticket)).one()
    assert ticket.message_ts is None and f"ticket:{ticket.id}:triage" not in _keys(fake)
    assert f"cmd:{trigger}:1" in _keys(fake)  # the requester was told

    async def outbox() -> int:
        return await repost_unposted(rt)

    assert asyncio.run(outbox()) == 0  # within the grace period: maybe still in progress
    clock.advance(minutes=2)
    assert asyncio.run(outbox()) == 1
    assert asyncio.run(outbox()) == 0
    assert _keys(fake).count(f"ticket:{ticket.id}:triage") == 1
    assert rt.services.tickets.get(ticket.id).message_ts is not None


def test_the_outbox_finds_a_post_slack_stored_before_posting_again(world: Any) -> None:
    fake, rt, store, clock = world
    fake.fail_next(5, 500, method="chat.postMessage")
    _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    with rt.services.session_factory() as session:
        ticket = session.scalars(select(Ticket)).one()

    async def stored_then_lost() -> None:  # Slack took it; the answer never came back
        await rt.client.chat_postMessage(
            channel="C0TRIAGE01", text="x", metadata=key_metadata(f"ticket:{ticket.id}:triage")
        )

    asyncio.run(stored_then_lost())
    clock.advance(minutes=2)
    assert asyncio.run(repost_unposted(rt)) == 1
    assert _keys(fake).count(f"ticket:{ticket.id}:triage") == 1
    assert rt.services.tickets.get(ticket.id).message_ts is not None


def test_an_answer_slack_never_took_is_run_again_later_and_posted_once(world: Any) -> None:
    fake, rt, store, clock = world
    fake.fail_next(40, 500, method="chat.postMessage")  # every try, the DM included
    trigger = _store_command(store, "revenue by region in October 2026")
    runner = IntakeRunner(rt, store, owner="host:1", poll_s=0.05, retry_after_s=30)

    def decision() -> tuple[str | None, str | None]:
        with store.session_factory() as session:
            row = session.scalars(select(SlackIntake)).one()
            return row.state, row.decision

    async def drive(until: Any) -> None:
        stop = asyncio.Event()
        task = asyncio.ensure_future(runner.run(stop))
        for _ in range(600):
            if until():
                break
            await asyncio.sleep(0.05)
        stop.set()
        await task
        assert rt.worker.wait_idle(30)

    asyncio.run(drive(lambda: decision() == ("pending", "post_failed")))
    assert decision() == ("pending", "post_failed")  # kept, for later
    assert f"cmd:{trigger}:1" not in _keys(fake)
    fake.recover()
    clock.advance(seconds=31)
    asyncio.run(drive(lambda: decision()[0] == DONE))
    runner.close()
    assert decision()[0] == DONE
    assert _keys(fake).count(f"cmd:{trigger}:1") == 1


def test_the_runner_marks_a_request_without_work_done(world: Any) -> None:
    _fake, rt, store, _clock = world
    _store_command(store, "help")
    _run_pending(rt, store, "host:1")
    with store.session_factory() as session:
        assert session.scalars(select(SlackIntake.decision)).all() == ["help"]
    # Finished rows are forgotten after two days.
    store.clock = Clock(START + timedelta(days=3))
    store.forget_done()
    assert store.counts() == {}


def test_a_replay_does_not_show_an_ephemeral_reply_twice(world: Any) -> None:
    fake, rt, _store, _clock = world
    item = IntakeItem(1, "cmd:7001.ephemeral", "{}", 1, START)

    async def run_once(run: IntakeRun) -> None:
        CURRENT_RUN.set(run)
        for text in ("Which one did you mean?", "And one more thing."):
            await ephemeral(rt, "C0GENERAL1", "U0REQ00001", {"text": text})

    asyncio.run(run_once(IntakeRun(item, on_done=lambda _decision: None)))
    assert len(fake.calls_to("chat.postEphemeral")) == 2
    # The process died; the replay clears the request's delivery marks and runs it again.
    forget_delivery_marks(rt.services.session_factory, {"trigger_id": "7001.ephemeral"})
    replayed = dataclasses.replace(item, attempts=2)
    asyncio.run(run_once(IntakeRun(replayed, on_done=lambda _decision: None)))
    assert len(fake.calls_to("chat.postEphemeral")) == 2


async def _committed(writer: Any, key: str, record: str) -> bool:
    """True once the request is committed; False for a delivery stored before."""
    return bool(await (await writer.send(key, record)))


def test_the_front_writes_intake_rows_once_each_whatever_arrives_together(factory) -> None:  # type: ignore[no-untyped-def]
    """The front's writer (from the event loop on PostgreSQL, a thread on SQLite): requests
    that arrive together share one commit; a key seen before, or twice in one batch, is
    stored once and reported as not new; the rows are there once the commit is reported."""
    from bot.slack.forwarder import intake_writer_for

    store = IntakeStore(factory, clock=Clock(START))
    writer = intake_writer_for(store)
    keys = [f"cmd:{n % 30}" for n in range(40)]  # ten keys twice

    async def burst() -> list[bool]:
        try:
            first = await _committed(writer, "cmd:first", "{}")
            again = await _committed(writer, "cmd:first", "{}")
            news = await asyncio.gather(*(_committed(writer, k, f'{{"n": "{k}"}}') for k in keys))
            return [first, again, *news]
        finally:
            await writer.aclose()

    news = asyncio.run(burst())
    assert news[:2] == [True, False]
    assert sum(news[2:]) == 30  # each key new exactly once
    # Two copies of a key sent together go out on two connections: either may commit first,
    # so what holds is that exactly one copy of each key is reported new, not which one.
    new_copies = collections.Counter(k for k, new in zip(keys, news[2:], strict=True) if new)
    assert new_copies == collections.Counter(set(keys))
    assert store.counts() == {"pending": 31}
    assert len({item.key for item in store.claim_ready("me", limit=100)}) == 31


def test_the_requests_of_one_turn_leave_together_as_one_insert(pg_url: str) -> None:
    """Requests the event loop handles in one turn go out as one INSERT at the start of the
    next turn (one commit for all; no writer task's turn is awaited); a burst larger than the
    connections waits and goes out in batches; once the replies are in every connection is
    free again, nothing left pending."""
    from bot.db.session import make_engine, make_session_factory, upgrade
    from bot.slack.intake_writer import AsyncIntakeWriter

    upgrade(pg_url)
    store = IntakeStore(make_session_factory(make_engine(pg_url)), clock=Clock(START))
    writer = AsyncIntakeWriter(store, _libpq(pg_url), writers=3)

    async def bursts() -> tuple[list[int], list[int], bool]:
        idle_after = []
        try:
            assert await _committed(writer, "cmd:warm", "{}")  # the connections open
            await asyncio.sleep(0.05)
            sends = [asyncio.ensure_future(writer.send(f"cmd:turn{n}", "{}")) for n in range(5)]
            await asyncio.sleep(0)  # the five run in this turn; the INSERT leaves in the next
            await asyncio.sleep(0)
            batches = [len(link.batch) for link in writer._links if link.batch]
            await asyncio.sleep(0)
            sent = all(send.done() for send in sends)
            assert all([await send.result() for send in sends])
            for size in (1, 7, 1, 25):
                base = len(idle_after) * 100
                keys = [f"cmd:{base + n}" for n in range(size)]
                news = await asyncio.gather(*(_committed(writer, k, "{}") for k in keys))
                assert news == [True] * size
                await asyncio.sleep(0.05)  # the writers go back to waiting
                idle_after.append(sum(link.wake is not None for link in writer._idle))
            assert not writer._pending
            return idle_after, batches, sent
        finally:
            await writer.aclose()

    assert asyncio.run(bursts()) == ([3, 3, 3, 3], [5], True)
    assert store.counts() == {"pending": 40}


def test_an_ack_resumes_right_after_its_insert_leaves_not_behind_the_loops_other_work(
    pg_url: str,
) -> None:
    """Work the loop queued meanwhile (another request's next step, a new connection's read)
    runs after the acks whose INSERT just left: awaiting the hand-off alone put each ack behind
    everything the loop ran in the turn of its flush."""
    from bot.db.session import make_engine, make_session_factory, upgrade
    from bot.slack.intake_writer import AsyncIntakeWriter

    upgrade(pg_url)
    store = IntakeStore(make_session_factory(make_engine(pg_url)), clock=Clock(START))
    writer = AsyncIntakeWriter(store, _libpq(pg_url), writers=2)

    async def turns() -> list[str]:
        order: list[str] = []
        try:
            assert await _committed(writer, "cmd:warm", "{}")  # the connections open
            await asyncio.sleep(0.05)
            loop = asyncio.get_running_loop()

            async def request(n: int) -> None:
                await writer.send(f"cmd:order{n}", "{}")
                order.append(f"acked {n}")

            acks = [asyncio.ensure_future(request(n)) for n in range(2)]
            # Runs in the turn the two requests call `send`, after them; what it queues runs
            # in the turn their INSERT leaves.
            loop.call_soon(lambda: loop.call_soon(order.append, "other work"))
            await asyncio.gather(*acks)
            await asyncio.sleep(0)
            return order
        finally:
            await writer.aclose()

    assert asyncio.run(turns()) == ["acked 0", "acked 1", "other work"]
    assert store.counts() == {"pending": 3}


def test_a_front_writer_that_cannot_reach_its_database_raises_and_stores_nothing(
    pg_url: str,
) -> None:
    """The caller (the forwarder) then runs the request in the front process itself."""
    from bot.db.session import make_engine, make_session_factory
    from bot.slack.intake_writer import AsyncIntakeWriter

    store = IntakeStore(make_session_factory(make_engine(pg_url)))
    writer = AsyncIntakeWriter(store, "postgresql://postgres@127.0.0.1:9/none")

    async def one() -> None:
        try:
            await _committed(writer, "cmd:x", "{}")
        finally:
            await writer.aclose()

    with pytest.raises(Exception):  # noqa: B017, PT011 (the driver's connection error)
        asyncio.run(one())


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def test_a_request_handed_to_postgresql_is_sent_before_its_commit_is_confirmed(
    pg_url: str,
) -> None:
    """`send` returns once the INSERT has left (the ack may go); the commit is reported by the
    future, and a statement the server refuses fails the future, not the send."""
    from bot.db.session import make_engine, make_session_factory
    from bot.slack.intake_writer import AsyncIntakeWriter

    store = IntakeStore(make_session_factory(make_engine(pg_url)))  # not migrated: no table
    writer = AsyncIntakeWriter(store, _libpq(pg_url))

    async def one() -> BaseException | None:
        try:
            committed = await writer.send("cmd:refused", "{}")
            try:
                await committed
            except Exception as exc:  # noqa: BLE001 (the server's error, as the driver's)
                return exc
            return None
        finally:
            await writer.aclose()

    refused = asyncio.run(one())
    assert refused is not None and "slack_intake" in str(refused)


def test_a_write_refused_after_the_ack_is_answered_by_the_front(
    world: Any, pg_url: str, tmp_path: Path
) -> None:
    """The ack went once the row left for the database; the database then refused it: the
    front runs the request itself, so the person still gets the answer."""
    import time

    from bot.slack.forwarder import JobForwarder
    from bot.slack.intake_writer import AsyncIntakeWriter
    from bot.slack.request_log import entry_for

    fake, rt, store, _clock = world
    forwarder = JobForwarder(str(tmp_path / "nobody.sock"), rt)
    asyncio.run(forwarder.writer.aclose())  # replaced: its thread stops with this test
    forwarder.writer = AsyncIntakeWriter(store, _libpq(pg_url))  # a database with no intake
    req = AsyncBoltRequest(
        body=command_body("revenue by region last month", trigger_id=next_id("9101.")),
        mode="http",
    )
    req.context["rt"] = rt

    async def acked_then_refused() -> None:
        await forwarder.send(req, received_at=time.time(), ack_ms=1.0, fallback=entry_for(req))
        await forwarder.aclose()

    asyncio.run(acked_then_refused())
    assert rt.worker.wait_idle(30)
    assert any("Revenue by region" in str(m) for m in fake.posted())
    assert store.counts() == {}  # the intake never had it: it ran here


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "is_archived"])
def test_a_triage_post_slack_refuses_for_good_is_given_up_once_and_counted(
    world: Any, error: str
) -> None:
    fake, rt, store, clock = world
    fake.fail_next(5, 500, method="chat.postMessage")
    _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    with rt.services.session_factory() as session:
        ticket = session.scalars(select(Ticket)).one()
    assert ticket.message_ts is None
    clock.advance(minutes=2)
    fake.fail_next(3, 200, method="chat.postMessage", error=error)

    def tries() -> int:
        return len(fake.calls_to("chat.postMessage", ok_only=False))

    before = tries()
    assert asyncio.run(repost_unposted(rt)) == 0
    assert tries() == before + 1  # one try, refused
    for _ in range(3):  # later passes leave it alone (it was retried on every pass)
        assert asyncio.run(repost_unposted(rt)) == 0
    assert tries() == before + 1
    (event,) = [e for e in rt.services.tickets.events(ticket.id) if e.kind == UNDELIVERED]
    assert event.detail == {"post": "triage", "channel": "C0TRIAGE01", "error": error}
    assert undelivered_posts(rt.services.session_factory) == {error: 1}
    check = deliveries_check(rt.settings)
    assert check.status == "warn" and f"1 triage post could not be delivered: {error} (1)" in (
        check.detail
    )
    # A transient refusal is still tried again on the next pass.
    fake.fail_next(5, 500, method="chat.postMessage")
    _store_command(store, "please build a retention dashboard for the board")
    _run_pending(rt, store, "host:1")
    clock.advance(minutes=2)
    # A code the app does not know may mean Slack stored it: looked up, then sent once more.
    fake.fail_next(1, 200, method="chat.postMessage", error="some_new_error")
    looked = len(fake.calls_to("conversations.history"))
    assert asyncio.run(repost_unposted(rt)) == 1
    assert len(fake.calls_to("conversations.history")) >= looked + 2  # before, and after it
    assert undelivered_posts(rt.services.session_factory) == {error: 1}
    # Slack's own failure (SLACK_TROUBLE) is no refusal: looked up by its key, sent on this pass.
    _store_command(store, "please build a margin dashboard for the board")
    fake.fail_next(5, 500, method="chat.postMessage")
    _run_pending(rt, store, "host:1")
    clock.advance(minutes=2)
    fake.fail_next(1, 200, method="chat.postMessage", error="internal_error")
    assert asyncio.run(repost_unposted(rt)) == 1


def test_slack_refusals_are_classified_in_one_place() -> None:
    for error in ("channel_not_found", "not_in_channel", "is_archived", "invalid_auth"):
        assert is_permanent(error) and Refused(error).permanent
    for error in ("ratelimited", "internal_error", "fatal_error", "service_unavailable", "odd"):
        assert not is_permanent(error)
