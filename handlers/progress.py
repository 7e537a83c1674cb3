"""Long queries: "still running, 12 s…" with a *Cancel* button while a request is answered.

`answer_with_progress` runs the one answer path in the worker's pool under a cancel token
(`bot.engines.cancel`). Once the query has run for PROGRESS_AFTER_S, "Working on it" becomes
a progress message with *Cancel*, updated every PROGRESS_EVERY_S; when the query ends the
message says so (without the button) and the outcome follows it. Where the request came with
a response_url (the slash command, a picked candidate) the progress replaces that ephemeral
message; Slack lets one response_url be used five times, so it is updated at most
RESPONSE_URL_UPDATES times and one use is kept for the end. Otherwise (a form) the bot posts a
placeholder where the result will go and edits it with chat.update.

*Cancel* is accepted from the person who asked or a team member. A click that reaches the
process running the query stops it on its engine at once; one that reaches another process
(several `serve` behind one load balancer) is recorded in the shared database, and the
process running the query stops it at its next progress update (`bot.answering.running`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

from slack_sdk.errors import SlackApiError

from bot.answering import Answered, Outcome, running
from bot.answering.context import RequestContext
from bot.engines.base import WATCHDOG
from bot.engines.cancel import cancel_scope
from bot.slack import payloads
from bot.slack.client import make_webhook_client
from bot.slack.posting import HISTORY_MARGIN_S
from bot.slack.rendering import progress as pr
from bot.slack.rendering.results import parse_value
from bot.slack.replay import CURRENT_RUN
from handlers.common import dm, ephemeral, post

log = logging.getLogger("datarequest.slack")

RESPONSE_URL_UPDATES = 3  # of the five uses Slack allows: one stays for the end, one spare


class Surface(Protocol):
    """Where the progress of one request is shown."""

    async def show(self, msg: dict[str, Any], *, final: bool = False) -> None: ...

    async def close_left(self, msg: dict[str, Any]) -> None: ...


class ResponseUrlSurface:
    """Replaces the request's own ephemeral message through its response_url (limited uses)."""

    def __init__(self, rt: Any, url: str) -> None:
        self._rt = rt
        self._url = url
        self._updates = 0

    async def show(self, msg: dict[str, Any], *, final: bool = False) -> None:
        if not final and self._updates >= RESPONSE_URL_UPDATES:
            return  # keep the remaining uses for the end and the answer
        self._updates += 1
        client = make_webhook_client(self._url, policy=self._rt.policy)
        response = await client.send_dict({"replace_original": True, **msg})
        if response.status_code != 200:
            raise RuntimeError(f"response_url answered {response.status_code}")

    async def close_left(self, msg: dict[str, Any]) -> None:
        """An ephemeral message cannot be looked up: nothing to close."""


class PlaceholderSurface:
    """A message the bot posts where the answer will go, then edits in place."""

    def __init__(self, rt: Any, user: str, channel: str | None) -> None:
        self._rt = rt
        self._user = user
        self._channel = channel
        self._posted: tuple[str, str] | None = None
        # Its own key, not the n-th post of the request's run: whether a run shows progress
        # depends on how long its query takes, so a replay of a stored request (`kill -9`)
        # would shift every later post's number (the answer was taken for the dead run's
        # placeholder and never posted; or the placeholder for the answer, which it overwrote).
        run = CURRENT_RUN.get()
        self._key = f"{run.item.key[:240]}:progress" if run is not None else None
        self._replay = run is not None and run.item.replayed
        self._since = run.item.created_at.timestamp() - HISTORY_MARGIN_S if run else 0.0

    async def show(self, msg: dict[str, Any], *, final: bool = False) -> None:
        rt = self._rt
        if self._posted is None:
            if final:
                return  # never shown: nothing to close
            posted = None
            if rt.settings.reply_visibility == "channel" and self._channel:
                posted = await post(rt, self._channel, msg, key=self._key)
            if posted is None:
                posted = await dm(rt, self._user, msg, key=self._key)
            if posted:
                self._posted = (posted["channel"], posted["ts"])
            return
        await self._update(msg)

    async def close_left(self, msg: dict[str, Any]) -> None:
        """On a replay that showed no progress: the placeholder its dead run left, if any,
        says `msg` (done) rather than "still running" for ever."""
        if not self._replay or self._key is None or self._posted is not None:
            return
        rt = self._rt
        places = [self._user]
        if rt.settings.reply_visibility == "channel" and self._channel:
            places.insert(0, self._channel)
        for place in places:
            try:
                found = await rt.poster.find(place, self._key, self._since)
            except Exception as exc:  # history unreadable: the placeholder stays as it is
                log.warning("replay: progress message in %s not looked up (%s)", place, exc)
                continue
            if found is not None:
                self._posted = (found["channel"], found["ts"])
                await self._update(msg)
                return

    async def _update(self, msg: dict[str, Any]) -> None:
        assert self._posted is not None
        channel, ts = self._posted
        try:
            await self._rt.client.chat_update(channel=channel, ts=ts, **msg)
        except SlackApiError as exc:
            log.warning("chat.update of a progress message failed: %s", exc.response.get("error"))


def surface_for(rt: Any, context: RequestContext, response_url: str | None) -> Surface:
    if response_url:
        return ResponseUrlSurface(rt, response_url)
    return PlaceholderSurface(rt, context.user, context.channel)


async def answer_with_progress(
    rt: Any,
    text: str,
    context: RequestContext,
    *,
    response_url: str | None = None,
    **named: Any,
) -> Outcome | None:
    """`rt.services.answer(text, context, **named)`, showing progress while it runs.

    None when someone cancelled the query: the progress message already says so.
    """
    cancels = rt.services.cancels
    run = cancels.start(context.user)

    def answer() -> Outcome:
        with cancel_scope(run.token):
            return rt.services.answer(text, context, **named)  # type: ignore[no-any-return]

    started = time.monotonic()
    task = asyncio.ensure_future(rt.worker.run(answer))
    surface = surface_for(rt, context, response_url)
    shown = announced = False
    try:
        if not await _ends_within(task, rt.settings.progress_after_s):
            # From here the Cancel button shows: a click may reach any process.
            announced = await rt.worker.run(cancels.announce, run)
            while True:
                elapsed = time.monotonic() - started
                msg = pr.progress_message(text, elapsed, run.run_id)
                shown = await _show(surface, msg) or shown
                if (await asyncio.wait({task}, timeout=rt.settings.progress_every_s))[0]:
                    break
                if announced:
                    await rt.worker.run(cancels.poll, run)
        outcome: Outcome = task.result()
    finally:
        if announced:  # its row in the shared database goes too: off the loop
            await rt.worker.run(cancels.finish, run, True)
        else:
            cancels.finish(run, False)
    elapsed = time.monotonic() - started
    # A query that finished as the click came in is still answered.
    if run.token.cancelled and not isinstance(outcome, Answered):
        by = run.token.cancelled_by
        await _show(surface, pr.cancelled_message(text, by, elapsed), final=True)
        return None
    if shown:
        await _show(surface, pr.finished_message(text, elapsed), final=True)
    else:
        try:
            await surface.close_left(pr.finished_message(text, elapsed))
        except Exception:  # never costs the answer
            log.warning("closing a replayed request's progress message failed", exc_info=True)
    return outcome


async def _ends_within(task: asyncio.Future[Any], seconds: float) -> bool:
    """Whether `task` ends within `seconds`.

    Most requests end long before, so the deadline is kept by the engines' shared watchdog
    thread rather than a timer on this loop: a cancelled loop timer stays in the loop's heap
    until its time, which under a burst of requests is one kept object per request.
    """
    loop = asyncio.get_running_loop()
    late: asyncio.Future[None] = loop.create_future()

    def mark_late() -> None:
        if not late.done():
            late.set_result(None)

    def wake() -> None:  # on the watchdog thread
        with contextlib.suppress(RuntimeError):  # the loop has closed
            loop.call_soon_threadsafe(mark_late)

    armed = WATCHDOG.arm(seconds, wake)
    try:
        await asyncio.wait({task, late}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        WATCHDOG.disarm(armed)
    return task.done()


async def _show(surface: Surface, msg: dict[str, Any], *, final: bool = False) -> bool:
    """Show `msg`; a failure to show progress never costs the answer (it is logged)."""
    try:
        await surface.show(msg, final=final)
    except Exception:
        log.warning("showing a query's progress failed", exc_info=True)
        return False
    return True


# ---- the Cancel button ---------------------------------------------------------------------------

NOT_RUNNING = "This query is no longer running."
NOT_YOURS = "Only the person who asked, or someone on the data team, can cancel this query."
REFUSALS = {running.NOT_RUNNING: NOT_RUNNING, running.REFUSED: NOT_YOURS}
REFUSALS_DECISION = {running.NOT_RUNNING: "cancel:not_running", running.REFUSED: "cancel:refused"}


async def on_cancel_query(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    await ack()
    rt, entry = context["rt"], context["request_log"]
    run_id = payloads.text(parse_value(payloads.text(payloads.first_action(body), "value")), "r")
    user = payloads.user_id(body)
    channel = payloads.text(payloads.mapping(body, "channel"), "id") or None

    async def job() -> str:
        # Off the jobs loop: the driver's cancel and the shared table are network calls.
        done = await rt.worker.run(
            rt.services.cancels.cancel, run_id, user, _team_check(rt.services)
        )
        if done in REFUSALS:
            await ephemeral(rt, channel, user, pr.cancel_refused_message(REFUSALS[done]))
        return REFUSALS_DECISION.get(done, "cancel")

    rt.job(entry, job)


def _team_check(services: Any) -> Callable[[str], bool]:
    """Who is on the data team (nobody when the bot keeps no tickets)."""
    tickets = services.tickets
    return tickets.is_member if tickets is not None else (lambda _user: False)


def register(app: Any) -> None:
    app.action(pr.CANCEL_QUERY)(on_cancel_query)
