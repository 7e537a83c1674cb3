"""The jobs process's side of the intake: take stored requests, run them, mark them done.

`IntakeRunner.run` loops until stopped: it frees the leases of dead processes, claims what is
pending (oldest first, at most `max_in_flight` at a time), runs each request through the one
dispatch on the worker, renews the leases of what still runs, and every `outbox_every_s` lets
the outbox (`bot.slack.outbox`) re-post what was stored but never reached Slack; a request
whose answer could not be posted is run again later (RETRY_AFTER_S). It wakes when
the front process writes on the socket, and polls every `poll_s` anyway (a wake-up lost to a
restart costs at most that long). During a burst of acks (the front's wake-ups less than
`burst_gap_s` apart) it holds off claiming until the front has been quiet that long, at most
`hold_max_s` at a time, then claims everything ready at once (`_yield_to_acks`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from slack_bolt.request.async_request import AsyncBoltRequest
from sqlalchemy.exc import OperationalError

from bot.slack import ack_trace
from bot.slack.dispatch import dispatch
from bot.slack.http_body import http_request
from bot.slack.intake import IntakeItem, IntakeStore, process_owner
from bot.slack.intake_writer import reason
from bot.slack.outbox import hold_line, not_run_line, repost_unposted, resend_lines, triage_grace
from bot.slack.payloads import slack_id
from bot.slack.replay import CURRENT_RUN, MAX_ATTEMPTS, IntakeRun, forget_delivery_marks
from bot.slack.request_log import QuietLog, describe
from bot.slack.runtime import DATABASE_AWAY as RUNTIME_DATABASE_AWAY
from bot.slack.runtime import DATABASE_UNAVAILABLE, SLACK_UNAVAILABLE, Runtime

log = logging.getLogger("datarequest.slack")
# The database away (restarted, unreachable): one line every half minute, not a traceback a poll.
DATABASE_AWAY = QuietLog(log, interval=30.0)

POLL_S = 1.0
MAX_IN_FLIGHT = 32
DEAD_OWNER_CHECK_S = 5.0
OUTBOX_EVERY_S = 30.0
# A request whose answer never reached Slack (every retry of the post failed), whose work
# lost the database midway, or that met Slack away at its first auth.test, is run again later:
# after 30 s, 2 min and 8 min (MAX_ATTEMPTS runs), then given up; the last run hands an answer
# Slack still refuses to post to the outbox and tells the person (`bot.slack.outbox.hold_post`),
# or, Slack away, holds a line for them there (`hold_line`). The replay finds a post Slack did
# store.
RETRY_AFTER_S = 30.0
# How long a finish mark waits for a database that went away (half the lease).
MARK_PATIENCE_S = 60.0
RETRIED_DECISIONS = frozenset({"post_failed", DATABASE_UNAVAILABLE, SLACK_UNAVAILABLE})
# On two cores the jobs process answering a burst (its claims, its PostgreSQL backend's writes,
# the posts) takes the core the front needs to ack the rest of the burst within Slack's 3 s,
# while an answer a few tens of milliseconds later costs nobody anything. So two wake-ups less
# than BURST_GAP_S apart mark a burst: the runner claims once the front has been quiet that
# long, or HOLD_MAX_S after it began to wait, whichever comes first, then claims everything
# ready in one go (one claim for the burst, not one per wake-up). Bounded: under acks that
# never pause it still claims at least every HOLD_MAX_S, and what it holds keeps its lease.
BURST_GAP_S = 0.005
HOLD_MAX_S = 0.1


class IntakeRunner:
    """Claims stored requests for this process and runs them (see the module docstring)."""

    def __init__(
        self,
        rt: Runtime,
        store: IntakeStore,
        *,
        owner: str | None = None,
        poll_s: float = POLL_S,
        max_in_flight: int = MAX_IN_FLIGHT,
        outbox_every_s: float = OUTBOX_EVERY_S,
        retry_after_s: float = RETRY_AFTER_S,
        burst_gap_s: float = BURST_GAP_S,
        hold_max_s: float = HOLD_MAX_S,
    ) -> None:
        self.rt = rt
        self.store = store
        self.owner = owner or process_owner()
        self.poll_s = poll_s
        self.max_in_flight = max_in_flight
        self.outbox_every_s = outbox_every_s
        self.retry_after_s = retry_after_s
        self.burst_gap_s = burst_gap_s
        self.hold_max_s = hold_max_s
        self.wake = asyncio.Event()
        # When the front's last two wake-ups came (`front_acked`): a burst while close together.
        self._acks = (float("-inf"), float("-inf"))
        self._in_flight: dict[int, IntakeItem] = {}
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        # Marking done is a short write; it must not wait behind the worker's queries.
        self._finisher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dr-intake-done")
        self._closing = threading.Event()  # stops a finish mark waiting for the database

    @property
    def in_flight(self) -> int:
        with self._lock:
            return len(self._in_flight)

    async def run(self, stop: asyncio.Event) -> None:
        """Claim and run until `stop` is set; then wait for the finish marks to be written."""
        self._loop = asyncio.get_running_loop()
        next_dead_check = next_renew = 0.0
        next_outbox = time.monotonic() + self.outbox_every_s
        await asyncio.to_thread(self.store.forget_done)
        ack_trace.ensure_monitor()
        while not stop.is_set():
            # Cleared before claiming: a wake-up that arrives meanwhile is kept for the wait.
            self.wake.clear()
            now = time.monotonic()
            try:
                if now >= next_dead_check:
                    await asyncio.to_thread(self.store.release_dead_owners)
                    next_dead_check = now + DEAD_OWNER_CHECK_S
                if now >= next_renew:
                    with self._lock:
                        ids = list(self._in_flight)
                    await asyncio.to_thread(self.store.renew, ids, self.owner)
                    next_renew = now + self.store.lease.total_seconds() / 4
                room = self.max_in_flight - self.in_flight
                items = []
                if room > 0:
                    await self._yield_to_acks(stop)
                    items = await asyncio.to_thread(self.store.claim_ready, self.owner, room)
                if items:
                    ack_trace.record("claim", at=time.time(), n=len(items))
                for item in items:
                    with self._lock:
                        self._in_flight[item.id] = item
                    self.rt.worker.spawn(self._run_item(item), name=f"intake:{item.id}")
                if now >= next_outbox:
                    next_outbox = now + self.outbox_every_s
                    self.rt.worker.spawn(repost_unposted(self.rt), name="outbox")
                    self.rt.worker.spawn(resend_lines(self.rt), name="outbox-lines")
                if items and len(items) == room:
                    continue  # more may be waiting
            except OperationalError as exc:
                DATABASE_AWAY.warning(
                    f"intake: the database is unavailable ({reason(exc)}); "
                    "the stored requests wait for it"
                )
            except Exception:
                log.exception("intake: taking stored requests failed; trying again")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wait(stop), timeout=self.poll_s)

    def front_acked(self) -> None:
        """The front stored (and acked) a request: note when, and wake `run`."""
        self._acks = (self._acks[1], time.monotonic())
        self.wake.set()

    async def _yield_to_acks(self, stop: asyncio.Event) -> None:
        """During a burst of the front's acks, wait until it has been quiet for `burst_gap_s`,
        at most `hold_max_s` (see BURST_GAP_S); a lone request is claimed at once."""
        previous, last = self._acks
        if last - previous > self.burst_gap_s:
            return
        held_until = time.monotonic() + self.hold_max_s
        while not stop.is_set():
            now = time.monotonic()
            quiet_at = self._acks[1] + self.burst_gap_s
            if now >= quiet_at or now >= held_until:
                return
            await asyncio.sleep(min(quiet_at, held_until) - now)

    async def _wait(self, stop: asyncio.Event) -> None:
        waiters = [asyncio.ensure_future(self.wake.wait()), asyncio.ensure_future(stop.wait())]
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()

    def close(self) -> None:
        """Write the finish marks still queued (after the worker drained)."""
        self._closing.set()
        self._finisher.shutdown(wait=True)

    async def _run_item(self, item: IntakeItem) -> None:
        run = IntakeRun(item, on_done=lambda decision: self._finish(item, decision, run))
        req = read_record(item.record.encode())
        if req is None:
            log.error("intake: stored request %d is unreadable; dropped", item.id)
            run.done("unreadable")
            return
        if item.replayed:
            log.warning("intake: request %d (%s) taken up again", item.id, item.key)
            try:
                await self.rt.worker.run(
                    forget_delivery_marks, self.rt.services.session_factory, _body(req)
                )
            except Exception as exc:
                # Run with the dead run's marks still there, its job would meet its own
                # "seen" mark and end "duplicate" with nothing done (an acked click lost):
                # it runs again later like any request that lost the database.
                await self._database_away(run, req, f"clearing the marks of {item.id}", exc)
                return
        CURRENT_RUN.set(run)
        started = time.time()
        try:
            response = await dispatch(self.rt, req)
            ack_trace.record("job", at=started, ms=round((time.time() - started) * 1000, 2))
        except RUNTIME_DATABASE_AWAY as exc:
            await self._database_away(run, req, f"request {item.id} stopped", exc)
            return
        except Exception:
            log.exception("intake: request %d failed", item.id)
            run.done("failed")
            return
        entry = req.context.get("request_log")
        if response.status == 503 and req.context.get("unavailable") == SLACK_UNAVAILABLE:
            # Its first auth.test met Slack away (a restarted jobs process): nothing ran; the
            # front acked it long ago, so it runs again later, not refused; the last run
            # leaves the person a line the outbox posts once Slack is back.
            if run.last_attempt:
                await self._slack_away_given_up(item, req)
            run.done(SLACK_UNAVAILABLE)
        elif response.status == 503:
            # The app met the database away before the listener's ack (`bot.slack.app`): the
            # front acked this request long ago, so a 503 here reaches nobody; run it again.
            await self._database_away(run, req, f"request {item.id} answered 503", None)
        elif response.status >= 400:
            run.done(f"refused:{response.status}")
        elif entry is None or not entry.deferred:
            run.done(entry.decision if entry is not None and entry.decision else "acked")

    async def _slack_away_given_up(self, item: IntakeItem, req: AsyncBoltRequest) -> None:
        """The last run of a request that met Slack away every time: nothing can tell its
        person now, so the outbox holds a line for their DM and posts it once Slack takes
        posts again (under its own key: looked up before it is sent, so once). One log line."""
        body = _body(req)
        user = describe(body)[0]
        told = "nobody to tell"
        if slack_id(user):
            key = f"{item.key[:240]}:not_run"
            held = await hold_line(self.rt, key, user, not_run_line(body))
            told = f"{user} told through the outbox" if held else f"{user} not told (not kept)"
        log.warning(
            "intake: request %d (%s) given up after %d runs: Slack was unavailable; %s",
            item.id,
            item.key,
            item.attempts,
            told,
        )

    async def _database_away(
        self, run: IntakeRun, req: AsyncBoltRequest, what: str, exc: BaseException | None
    ) -> None:
        """End a run whose work did not happen for want of the database: run again later;
        the last run (the runner then finishes the row) tells the person instead."""
        cause = f" ({type(exc).__name__})" if exc is not None else ""
        DATABASE_AWAY.warning(f"intake: {what}{cause}; the database is unavailable")
        if run.last_attempt:
            await self.rt.tell_failure(describe(_body(req))[0])
        run.done(DATABASE_UNAVAILABLE)

    def _finish(self, item: IntakeItem, decision: str, run: IntakeRun | None = None) -> None:
        def write() -> None:
            try:
                self._mark(item, decision, run is not None and run.post_in_flight)
            finally:
                with self._lock:
                    self._in_flight.pop(item.id, None)
                self.wake_threadsafe()

        self._finisher.submit(write)

    def _mark(self, item: IntakeItem, decision: str, in_flight: bool = False) -> None:
        """Mark `item` done, or due again later; a database away is waited for (bounded): the
        row's lease would otherwise hold it for LEASE_S, and a request that lost the database
        midway is run again RETRY_AFTER_S after it is back."""
        deadline = time.monotonic() + MARK_PATIENCE_S
        pause = 0.5
        while True:
            try:
                if decision in RETRIED_DECISIONS and item.attempts < MAX_ATTEMPTS:
                    delay = self._delay(item, in_flight)
                    if self.store.retry_later(
                        item.id, self.owner, timedelta(seconds=delay), decision
                    ):
                        log.warning(
                            "intake: request %d (%s); trying again in %.0f s",
                            item.id,
                            decision,
                            delay,
                        )
                elif not self.store.finish(item.id, self.owner, decision):
                    log.warning("intake: request %d was taken by another process", item.id)
                return
            except OperationalError as exc:
                if time.monotonic() + pause > deadline or self._closing.wait(pause):
                    DATABASE_AWAY.warning(  # the row stays taken until its lease runs out
                        f"intake: marking request {item.id} done failed ({reason(exc)})"
                    )
                    return
                pause = min(pause * 2, 5.0)
            except Exception:
                log.exception("intake: marking request %d done failed", item.id)
                return

    def _delay(self, item: IntakeItem, in_flight: bool) -> float:
        """Seconds before `item` runs again. When a post of its run timed out (`in_flight`),
        Slack may still store it after the run gave up: the replay looks its key up no sooner
        than two Web API timeouts on (`triage_grace`, as for a triage post), whatever
        JOB_RETRY_AFTER_S; one that looked sooner (1 s on, the post stored 2.5 s after it was
        sent) posted it a second time."""
        delay = self.retry_after_s * 4 ** (item.attempts - 1)
        if in_flight:
            delay = max(delay, triage_grace(self.rt.settings).total_seconds())
        return delay

    def wake_threadsafe(self) -> None:
        """Wake `run` from any thread (a finished request leaves room for another)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self.wake.set)


def read_record(line: bytes) -> AsyncBoltRequest | None:
    """The request a stored line holds, with its timing seed in the context; None if unreadable."""
    try:
        record = json.loads(line)
        seed = {"received_at": float(record["received_at"]), "ack_ms": record.get("ack_ms")}
        if "body" in record:
            req = http_request(record["body"], headers=record["headers"])
        else:
            req = AsyncBoltRequest(
                body=record["payload"], headers=record["headers"], mode="socket_mode"
            )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    req.context["job_seed"] = seed
    return req


def _body(req: AsyncBoltRequest) -> dict[str, object]:
    return req.body if isinstance(req.body, dict) else {}
