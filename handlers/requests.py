"""`/datarequest TEXT` and what follows from an answer: choices, parameters, "not what I asked".

Every listener acks first (a short "working on it" for the command), then one background job
calls one service function from `bot.services` in the worker's thread pool and posts what it
returns; a request that runs a query shows its progress and a *Cancel* button while it runs
(`handlers.progress`). Parameter modals are validated before the ack so a wrong value is shown
under its field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from bot.answering import (
    Ambiguous,
    Answered,
    Failed,
    NeedsValues,
    Outcome,
    RequestContext,
    TicketOpened,
)
from bot.errors import UserFacingError, words_for_person
from bot.language.request_text import bare_words
from bot.matching.params import coerce_inputs, default_binds
from bot.slack import deliveries, payloads, use_cases
from bot.slack.client import slack_response_url
from bot.slack.rendering import results as rr
from bot.slack.rendering import tickets as tr
from handlers.common import ephemeral, key_of, open_modal, post_answer
from handlers.context import form_query, help_context, request_context
from handlers.form_seal import sealed, sealed_channel
from handlers.progress import answer_with_progress
from handlers.ticket_posts import publish_ticket

COMMAND = "/datarequest"


@dataclass(frozen=True)
class _Click:
    """A button on a message: its value, who clicked, and the message it sits on."""

    value: dict[str, Any]
    user: str
    channel: str | None
    ts: str | None
    ephemeral: bool
    thread_ts: str | None = None  # the thread's parent when the message is a reply in one


async def _clicked(ack: Any, body: dict[str, Any]) -> _Click:
    """Ack a button on an answer, then read what it carries."""
    await ack()
    c = payloads.mapping(body, "container")
    channel = payloads.text(c, "channel_id") or payloads.text(
        payloads.mapping(body, "channel"), "id"
    )
    return _Click(
        value=rr.parse_value(payloads.text(payloads.first_action(body), "value")),
        user=payloads.user_id(body),
        channel=channel or None,
        ts=payloads.text(c, "message_ts") or None,
        ephemeral=c.get("is_ephemeral") is True,
        thread_ts=payloads.text(c, "thread_ts")
        or payloads.text(payloads.mapping(body, "message"), "thread_ts")
        or None,
    )


# ---- the command ------------------------------------------------------------------------------


async def _first_context(
    rt: Any,
    body: dict[str, Any],
    key: str,
    kind: str,
    *,
    user: str,
    channel: str | None,
    source: str,
) -> RequestContext | None:
    """The request's context, or None when this delivery was handled already (a Slack retry)."""
    if not await rt.worker.run(deliveries.first_delivery, rt.services, key, kind):
        return None
    return request_context(rt, user=user, channel=channel, source=source, body=body)


async def on_command(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    rt, entry = context["rt"], context["request_log"]
    text = payloads.text(body, "text").strip()
    word = text.lower()
    if bare_words(text) in ([], ["help"]):  # no readable word, or "help" however decorated
        runnable = rt.services.visible_queries(help_context(rt, body))
        await ack(response_type="ephemeral", **rr.help_message(runnable))
        entry.decision = "help"
        return
    if word in ("tickets", "my tickets"):
        await ack(response_type="ephemeral", text="Looking up your tickets…")
        rt.job(entry, lambda: tickets_job(rt, body))
        return
    if len(text) > rr.MAX_REQUEST_CHARS:
        await ack(response_type="ephemeral", text=rr.too_long_message(text))
        entry.decision = "refused:too_long"
        return
    await ack(response_type="ephemeral", text=rr.working_message(text))
    rt.job(entry, lambda: request_job(rt, body))


async def tickets_job(rt: Any, body: dict[str, Any]) -> str:
    user = body["user_id"]
    tickets = await rt.worker.run(use_cases.my_tickets, rt.services, user)
    msg = tr.tickets_list_message(tickets, tz=rt.settings.timezone)
    url = slack_response_url(body.get("response_url"), rt.settings)
    await ephemeral(rt, body.get("channel_id"), user, msg, url)
    return f"tickets:{len(tickets)}"


async def request_job(rt: Any, body: dict[str, Any]) -> str:
    key = key_of(body, "cmd")
    if not await rt.worker.run(deliveries.first_delivery, rt.services, key, "command"):
        return "duplicate"
    user, channel = body["user_id"], body.get("channel_id")
    context = request_context(rt, user=user, channel=channel, source="slash", key=key, body=body)
    return await _answer_and_deliver(
        rt, body.get("text", ""), context, user=user, channel=channel, body=body
    )


async def _answer_and_deliver(
    rt: Any,
    text: str,
    context: RequestContext,
    *,
    user: str,
    channel: str | None,
    body: dict[str, Any] | None = None,
    **named: Any,
) -> str:
    """Answer showing progress, then show the outcome; `body` lends its response_url/trigger_id."""
    slack = body or {}
    response_url = slack_response_url(slack.get("response_url"), rt.settings)
    outcome = await answer_with_progress(rt, text, context, response_url=response_url, **named)
    if outcome is None:
        return "cancelled"
    return await deliver(
        rt,
        outcome,
        user=user,
        channel=channel,
        response_url=response_url,
        trigger_id=slack.get("trigger_id"),
    )


async def deliver(
    rt: Any,
    outcome: Outcome,
    *,
    user: str,
    channel: str | None,
    response_url: str | None = None,
    trigger_id: str | None = None,
) -> str:
    """Show an Outcome: result, choices, a modal for missing values, or the new ticket."""
    if isinstance(outcome, Answered | Failed):
        return await post_answer(rt, outcome, user=user, channel=channel, response_url=response_url)
    if isinstance(outcome, Ambiguous):
        msg = rr.ambiguous_message(outcome.text, list(outcome.candidates))
        await ephemeral(rt, channel, user, msg, response_url)
        return outcome.decision
    if isinstance(outcome, NeedsValues):
        missing = list(outcome.missing)
        meta = sealed(
            rt,
            {
                "q": outcome.query.name,
                "c": channel,
                "t": outcome.text[:500],
                "p": rr._jsonable(dict(outcome.binds)),
            },
            user=user,
        )
        if trigger_id:
            view = rr.params_modal(outcome.query, outcome.binds, only=missing, metadata=meta)
            opened = await open_modal(rt, {"trigger_id": trigger_id}, view)
            if opened != "modal:refused":  # opened now, or by this command's earlier delivery
                return "missing:modal"
            # the trigger expired (3 s): offer a button that opens it
        msg = rr.missing_values_message(outcome.query, missing, channel)
        await ephemeral(rt, channel, user, msg, response_url)
        return "missing:button"
    if isinstance(outcome, TicketOpened):
        if outcome.note:  # e.g. over the daily budget: say why it waits for a team member
            await ephemeral(rt, channel, user, {"text": outcome.note}, response_url)
        return await publish_ticket(
            rt, outcome.ticket, channel=channel, user=user, response_url=response_url
        )
    # Unmatched: Slack requests always open a ticket, so this is only a safety net.
    await ephemeral(rt, channel, user, {"text": "No query in the library fits this."}, response_url)
    return outcome.decision


# ---- buttons on answers --------------------------------------------------------------------------


async def on_change_params(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    click = await _clicked(ack, body)
    rt, entry = context["rt"], context["request_log"]

    async def job() -> str:
        query, refused = await form_query(rt, body, payloads.text(click.value, "q"), click.channel)
        if query is None:
            return refused or "unknown_query"
        binds = payloads.mapping(click.value, "p")
        meta = sealed(rt, {"q": query.name, "c": click.channel, "p": binds}, user=click.user)
        return await open_modal(rt, body, rr.params_modal(query, binds, metadata=meta))

    rt.job(entry, job, here=True)


async def on_open_params(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    click = await _clicked(ack, body)
    value = click.value
    rt, entry = context["rt"], context["request_log"]

    async def job() -> str:
        query, refused = await form_query(rt, body, payloads.text(value, "q"), click.channel)
        if query is None:
            return refused or "unknown_query"
        binds = rr._jsonable(default_binds(query, rt.services.today()))
        # The channel is the one the button was clicked in, not the value's (which a forged
        # click can set to a channel the query is allowed in).
        meta = sealed(rt, {"q": query.name, "c": click.channel}, user=click.user)
        missing = value.get("m")
        only = [m for m in missing if isinstance(m, str)] if isinstance(missing, list) else []
        view = rr.params_modal(query, binds, only=only or None, metadata=meta)
        return await open_modal(rt, body, view)

    rt.job(entry, job, here=True)


async def on_params_submit(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    rt, entry = context["rt"], context["request_log"]
    view = payloads.mapping(body, "view")
    meta = rr.parse_value(payloads.text(view, "private_metadata"))
    query = rt.services.library.get(payloads.text(meta, "q"))
    state = payloads.mapping(payloads.mapping(view, "state"), "values")
    if query is None:
        errors = rr.form_error("This query is no longer available.", state)
        await ack(response_action="errors", errors=errors)
        entry.decision = "unknown_query"
        return
    user = payloads.user_id(body)
    try:
        channel = sealed_channel(rt, meta, user)
    except UserFacingError as exc:  # opened for another person, or expired
        await ack(response_action="errors", errors=rr.form_error(exc.reason, state))
        entry.decision = "form_refused"
        return
    raw: dict[str, Any] = dict(payloads.mapping(meta, "p"))
    try:
        raw.update(rr.read_param_inputs(query, state))
        binds = coerce_inputs(query, raw, rt.services.today())
    except (AttributeError, TypeError) as exc:  # a state this modal never sends
        errors = rr.form_error("This form could not be read.", state)
        await ack(response_action="errors", errors=errors)
        entry.decision = f"malformed:{type(exc).__name__}"
        return
    except UserFacingError as exc:
        errors = rr.field_errors(query, words_for_person(exc), state)
        await ack(response_action="errors", errors=errors)
        entry.decision = "invalid_input"
        return
    await ack()

    async def job() -> str:
        context = await _first_context(
            rt, body, key_of(body, "view"), "view", user=user, channel=channel, source="params"
        )
        if context is None:
            return "duplicate"
        text = payloads.text(meta, "t")
        return await _answer_and_deliver(
            rt, text, context, user=user, channel=channel, query=query.name, binds=binds
        )

    rt.job(entry, job)


def _message_key(kind: str, click: _Click, body: dict[str, Any]) -> str:
    """One key per person and message: a double click on the same button counts once."""
    return f"{kind}:{click.channel}:{click.ts or body.get('trigger_id')}:{click.user}"


async def on_pick_candidate(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    click = await _clicked(ack, body)
    rt, entry = context["rt"], context["request_log"]
    user, channel = click.user, click.channel

    async def job() -> str:
        key = _message_key("pick", click, body)
        context = await _first_context(
            rt, body, key, "pick", user=user, channel=channel, source="pick"
        )
        if context is None:
            return "duplicate"
        text, query = payloads.text(click.value, "t"), payloads.text(click.value, "q")
        return await _answer_and_deliver(
            rt, text, context, user=user, channel=channel, body=body, query=query
        )

    rt.job(entry, job)


async def on_refresh(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    """*Refresh* on a cached result: run the query again, bypassing the cache."""
    click = await _clicked(ack, body)
    rt, entry = context["rt"], context["request_log"]
    user, channel, value = click.user, click.channel, click.value

    async def job() -> str:
        key = key_of(body, "refresh")
        context = await _first_context(
            rt, body, key, "refresh", user=user, channel=channel, source="refresh"
        )
        if context is None:
            return "duplicate"
        outcome = await rt.worker.run(
            lambda: rt.services.answer(
                payloads.text(value, "t"),
                replace(context, refresh=True),
                query=payloads.text(value, "q"),
                binds=payloads.mapping(value, "p"),
            )
        )
        return await deliver(rt, outcome, user=user, channel=channel)

    rt.job(entry, job)


def _ticket_button(kind: str, source: str) -> Any:
    """A listener for a button that turns the answer's request into a ticket."""

    async def listener(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
        click = await _clicked(ack, body)
        rt = context["rt"]
        rt.job(context["request_log"], lambda: _open_ticket(rt, body, click, kind, source))

    return listener


async def _open_ticket(rt: Any, body: dict[str, Any], click: _Click, kind: str, source: str) -> str:
    key = _message_key(kind, click, body)
    if not await rt.worker.run(deliveries.first_delivery, rt.services, key, kind):
        return "duplicate"
    value, channel = click.value, click.channel
    ticket = await rt.worker.run(
        lambda: use_cases.open_ticket(
            rt.services,
            payloads.text(value, "t") or "(no text)",
            user=click.user,
            channel=channel,
            source=source,
            key=key,
            best_query=payloads.text(value, "q") or None,
            best_params=payloads.mapping(value, "p") or None,
        ),
    )
    # A result that is itself a reply (Run suggested query's, in the requester's ticket thread):
    # the news goes under the thread's parent, as Slack asks (never under a reply's ts).
    where = click.thread_ts or click.ts
    thread = (channel, where) if channel and where and not click.ephemeral else None
    url = payloads.text(body, "response_url") or None
    return await publish_ticket(
        rt, ticket, channel=channel, user=click.user, thread=thread, response_url=url
    )


on_not_what_i_asked = _ticket_button("reject", "rejected")
on_none_of_these = _ticket_button("none", "ambiguous")
on_make_ticket = _ticket_button("failed", "error")


def register(app: Any) -> None:
    app.command(COMMAND)(on_command)
    app.action(rr.CHANGE_PARAMS)(on_change_params)
    app.action(rr.REFRESH)(on_refresh)
    app.action(rr.OPEN_PARAMS)(on_open_params)
    app.view(rr.PARAMS_CALLBACK)(on_params_submit)
    app.action(re.compile(rf"^{rr.PICK_CANDIDATE}_\d+$"))(on_pick_candidate)
    app.action(rr.NOT_WHAT_I_ASKED)(on_not_what_i_asked)
    app.action(rr.NONE_OF_THESE)(on_none_of_these)
    app.action(rr.MAKE_TICKET)(on_make_ticket)
