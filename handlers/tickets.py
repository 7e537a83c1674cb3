"""Ticket buttons: Claim, Reassign, Close (modal), Waiting on requester, Run suggested query.

Each click acks at once; the job calls one TicketService method, then updates the triage message
in place, notes the change in its thread and DMs the requester when their ticket is claimed or
closed. Of many simultaneous claims exactly one wins (the service's compare-and-set); the others
are told "already claimed by @x" ephemerally. A refusal (not on the team, wrong state) is shown to
the clicker only.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from bot.answering import Answered, Failed
from bot.errors import GENERIC_FAILURE, UserFacingError, words_for_person
from bot.slack import deliveries, payloads, threads
from bot.slack.rendering import results as rr
from bot.slack.rendering import tickets as tr
from bot.slack.replay import CURRENT_RUN
from bot.slack.runtime import DATABASE_AWAY
from handlers.common import (
    dm,
    ephemeral,
    key_of,
    open_modal,
    post_answer,
    post_or_hold,
)
from handlers.context import request_context
from handlers.home import publish_home
from handlers.ticket_changes import change_to_tell, made_before, the_change
from handlers.ticket_close import on_close_submit
from handlers.ticket_posts import refresh_ticket

log = logging.getLogger("datarequest.slack")


NO_TICKET = "This button no longer points to a ticket."
NOT_ON_TEAM = "Only members of the data team can do this."


def _ticket_id(body: dict[str, Any]) -> int | None:
    action = payloads.first_action(body)
    raw = payloads.text(action, "value")
    if not raw:  # users_select carries no value: the ticket is in the block id
        m = re.match(r"^(?:ticket|mine_actions):([0-9]+)", payloads.text(action, "block_id"))
        raw = m.group(1) if m else ""
    return payloads.ticket_id(raw)


def _where(body: dict[str, Any]) -> str | None:
    container = payloads.mapping(body, "container")
    channel = payloads.text(container, "channel_id") or payloads.text(
        payloads.mapping(body, "channel"), "id"
    )
    return channel or None


async def _refuse(rt: Any, body: dict[str, Any], text: str) -> None:
    await ephemeral(rt, _where(body), payloads.user_id(body), {"text": text})


async def _told(rt: Any, body: dict[str, Any], text: str, decision: str) -> str:
    """A job that only tells the clicker why nothing happened."""
    await _refuse(rt, body, text)
    return decision


async def _on_the_team(rt: Any, body: dict[str, Any]) -> bool:
    """Checked before a team action runs anything; the refusal is shown to the clicker only."""
    if await rt.worker.run(rt.services.tickets.is_member, payloads.user_id(body)):
        return True
    await _refuse(rt, body, NOT_ON_TEAM)
    return False


async def _refresh_home(rt: Any, body: dict[str, Any]) -> None:
    if (body.get("container") or {}).get("type") == "view":
        await publish_home(rt, body["user"]["id"])


TicketJob = Callable[[Any, dict[str, Any], int, str], Awaitable[str]]


def _ticket_button(job: TicketJob, *, here: bool = False) -> Any:
    """A listener for a button on a ticket: ack, then `job(rt, body, ticket_id, user)`.

    A button that no longer points to a ticket only tells the clicker so.
    """

    async def listener(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
        await ack()
        rt, entry = context["rt"], context["request_log"]
        ticket_id = _ticket_id(body)
        if ticket_id is None:
            rt.job(entry, lambda: _told(rt, body, NO_TICKET, "no_ticket"))
            return
        user = payloads.user_id(body)
        rt.job(entry, lambda: job(rt, body, ticket_id, user), here=here)

    return listener


def _ticket_action(
    change: Any, *, note_kind: str, dm_kind: str | None = None, kinds: tuple[str, ...] = ()
) -> Any:
    """A listener for one ticket button: ack, then `change(services, ticket_id, user, body)`.

    `kinds`: the ticket event kinds the change records (default `note_kind`).
    """
    kinds = kinds or (note_kind,)

    async def job(rt: Any, body: dict[str, Any], ticket_id: int, user: str) -> str:
        # The same click delivered again (a replay, or a run without the durable intake that
        # drops repeated deliveries) is not a new click: a late Claim would undo a Waiting.
        # A stored click run again after its process died had this mark forgotten first.
        key = key_of(body, "click", note_kind)
        if not await rt.worker.run(deliveries.first_delivery, rt.services, key, "click"):
            return "duplicate"
        async with rt.lock(("ticket", ticket_id)):
            try:
                earlier = await made_before(rt, ticket_id, user, kinds)
                before = await rt.worker.run(rt.services.tickets.get, ticket_id)
                ticket = before
                if earlier is None:
                    ticket = await rt.worker.run(change, rt.services, ticket_id, user, body)
            except UserFacingError as exc:
                await _refuse(rt, body, words_for_person(exc))
                return f"refused:{type(exc).__name__}"
            except DATABASE_AWAY:
                # The database went away: the runtime ends a stored click `database_unavailable`
                # and it is run again once the database is back (caught here, it was dropped).
                raise
            except Exception:
                log.exception("ticket %s: %s failed", ticket_id, note_kind)
                await _refuse(rt, body, GENERIC_FAILURE)
                return "error"
        made = not (ticket.updated_at == before.updated_at and ticket.state == before.state)
        event = earlier or await change_to_tell(rt, ticket.id, user, kinds, made=made)
        if event is None:
            return "told_elsewhere" if made else "unchanged"
        tell = f"tell:{ticket.id}:{event}"
        note = tr.change_note(note_kind, user, ticket)
        await refresh_ticket(rt, ticket, note, key=tell, by=user)
        if dm_kind and ticket.requester_id != user:
            msg = tr.dm_message(dm_kind, ticket, user)
            held = {"hold": True, "ticket": ticket, "by": user, "thread_of": (ticket.id, "dm")}
            await dm(rt, ticket.requester_id, msg, key=f"{tell}:dm", **held)
        if note_kind == "waiting":
            thread = await rt.worker.run(threads.thread_of, rt.services, ticket.id, "requester")
            if thread is not None:
                await post_or_hold(
                    rt,
                    thread[0],
                    {
                        "text": f"<@{ticket.requester_id}>, "
                        f"{tr.change_note('waiting', user, ticket)} Reply here."
                    },
                    thread_ts=thread[1],
                    key=f"{tell}:ask",
                    ticket=ticket,
                    by=user,
                )
        await _refresh_home(rt, body)
        return f"{note_kind}:{ticket.id}"

    return _ticket_button(job)


def _claim(services: Any, ticket_id: int, user: str, body: dict[str, Any]) -> Any:
    return services.tickets.claim(ticket_id, user)


def _reassign(services: Any, ticket_id: int, user: str, body: dict[str, Any]) -> Any:
    # Written into the note as a mention: anything but a Slack id is nobody.
    selected = payloads.slack_id(payloads.first_action(body).get("selected_user"))
    return services.tickets.reassign(ticket_id, user, selected)


def _waiting(services: Any, ticket_id: int, user: str, body: dict[str, Any]) -> Any:
    return services.tickets.mark_waiting(ticket_id, user)


async def _close_form(rt: Any, body: dict[str, Any], ticket_id: int, user: str) -> str:
    """Open the close form (a modal must open within 3 s: the job stays in this process)."""
    if not await _on_the_team(rt, body):
        return "refused:not_on_team"
    try:
        ticket = await rt.worker.run(rt.services.tickets.get, ticket_id)
    except UserFacingError as exc:
        await _refuse(rt, body, exc.reason)
        return "refused:not_found"
    if not ticket.is_open:
        await _refuse(rt, body, f"Ticket #{ticket.id} is already {ticket.state_label}.")
        return "already_closed"
    return await open_modal(rt, body, tr.close_modal(ticket))


on_close = _ticket_button(_close_form, here=True)


async def _confirm_job(rt: Any, body: dict[str, Any], ticket_id: int, user: str) -> str:
    """Run the ticket's best candidate; the answer goes to the requester's thread; close it."""
    if not await _on_the_team(rt, body):  # before the query runs, not after
        return "refused:not_on_team"
    # A double click finds the ticket closed and stops.
    async with rt.lock(("ticket", ticket_id)):
        try:
            return await _confirm(rt, body, ticket_id, user)
        except UserFacingError as exc:  # e.g. the ticket does not exist
            await _refuse(rt, body, exc.reason)
            return "refused"


on_confirm = _ticket_button(_confirm_job)


async def _state_of(rt: Any, ticket_id: int) -> int:
    """The id of the change that names the ticket's current state (0: none yet)."""
    events = await rt.worker.run(rt.services.tickets.events, ticket_id)
    state = the_change(events, ())
    return state.id if state is not None else 0


async def _first_to_answer(rt: Any, ticket_id: int) -> tuple[str, Any] | None:
    """The mark this run took to answer the ticket in its current state and the ticket as it
    stands under that mark, or None when another click (in any process) took it first: the lock
    above is this process's only, and two `serve` processes each ran the query and posted the
    answer. The state is named by its latest change, not the latest event: a comment landing
    between two clicks gave each its own mark. The ticket is read after the mark is taken and
    the state read again after it: a ticket read open before the mark let a slow click take the
    mark of the state the other click's close had just made, and answer it a second time. A
    replay of a run that died is the holder of its own mark (or nobody is): it goes on."""
    run = CURRENT_RUN.get()
    replayed = run is not None and run.item.replayed
    for _ in range(3):  # the state moved under the mark (a claim between two reads): again
        state = await _state_of(rt, ticket_id)
        key = f"confirm:{ticket_id}:{state}"
        if not replayed and not await rt.worker.run(
            deliveries.first_delivery, rt.services, key, "confirm"
        ):
            return None
        try:
            ticket = await rt.worker.run(rt.services.tickets.get, ticket_id)
        except BaseException:  # e.g. no such ticket: its mark guards nothing
            if not replayed:
                await rt.worker.run(deliveries.forget_delivery, rt.services, key)
            raise
        if replayed or await _state_of(rt, ticket_id) == state:
            return key, ticket
        await rt.worker.run(deliveries.forget_delivery, rt.services, key)
    return None


async def _confirm(rt: Any, body: dict[str, Any], ticket_id: int, user: str) -> str:
    taken = await _first_to_answer(rt, ticket_id)
    if taken is None:
        return "answered_elsewhere"
    mark, ticket = taken
    decision = "error"
    try:
        if not ticket.best_query or not ticket.is_open:
            await _refuse(rt, body, f"Ticket #{ticket_id} is {ticket.state_label}: nothing to run.")
            decision = "refused"
        else:
            decision = await _answer_and_close(rt, body, ticket, user)
    finally:
        if not decision.startswith("answered:"):  # not answered: the next click may try again
            await rt.worker.run(deliveries.forget_delivery, rt.services, mark)
    return decision


async def _answer_and_close(rt: Any, body: dict[str, Any], ticket: Any, user: str) -> str:
    ticket_id = ticket.id
    # The result is shown to the requester in their channel: their permissions apply.
    context = request_context(
        rt, user=ticket.requester_id, channel=ticket.channel_id, source="suggested"
    )
    answer = await rt.worker.run(
        lambda: rt.services.answer(
            ticket.text, context, query=ticket.best_query, binds=ticket.best_params or {}
        )
    )
    if not isinstance(answer, Answered):
        reason = answer.reason if isinstance(answer, Failed) else ""
        await _refuse(rt, body, reason or "The query did not run.")
        return "failed"
    thread = await rt.worker.run(threads.thread_of, rt.services, ticket_id, "requester")
    await post_answer(
        rt, answer, user=ticket.requester_id, channel=ticket.channel_id, thread=thread
    )
    words = rr.params_words(answer.query, answer.binds)
    try:
        ticket = await rt.worker.run(
            rt.services.tickets.close,
            ticket_id,
            user,
            f"Answered by the query {answer.query.title} ({words}).",
            None,
        )
    except UserFacingError as exc:
        await _refuse(rt, body, words_for_person(exc))
        return "refused"
    await refresh_ticket(rt, ticket, tr.change_note("answered", user, ticket), by=user)
    msg = tr.dm_message("closed", ticket, user)
    await dm(rt, ticket.requester_id, msg, hold=True, ticket=ticket, by=user)
    return f"answered:{ticket_id}"


def register(app: Any) -> None:
    app.action(tr.CLAIM)(
        _ticket_action(_claim, note_kind="claimed", dm_kind="claimed", kinds=("claimed", "resumed"))
    )
    app.action(tr.REASSIGN)(_ticket_action(_reassign, note_kind="reassigned"))
    app.action(tr.WAITING)(_ticket_action(_waiting, note_kind="waiting"))
    app.action(tr.CLOSE)(on_close)
    app.view(tr.CLOSE_CALLBACK)(on_close_submit)
    app.action(tr.CONFIRM)(on_confirm)
