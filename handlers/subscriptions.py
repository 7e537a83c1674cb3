"""Subscribe / Unsubscribe: a result becomes a scheduled report, and a scheduled post stops it.

*Subscribe* (on every result) opens a small modal: how often, at what hour, which channel, and
each date parameter as a period phrase ("last week") worked out again at every run. The
submission calls `bot.slack.use_cases.subscribe`; *Unsubscribe* (on scheduled reports made from
Slack) calls `bot.slack.use_cases.unsubscribe`. Refusals are shown to the person only.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.exc import OperationalError

from bot.errors import GENERIC_FAILURE, UserFacingError, words_for_person
from bot.slack import deliveries, payloads, use_cases
from bot.slack.rendering import reminders as rm
from bot.slack.rendering import results as rr
from handlers.common import ephemeral, key_of, open_modal
from handlers.context import form_query

log = logging.getLogger("datarequest.slack")


def _value(body: dict[str, Any]) -> dict[str, Any]:
    return payloads.json_object(payloads.first_action(body).get("value"))


def _channel(body: dict[str, Any]) -> str | None:
    c = payloads.mapping(body, "container")
    channel = payloads.text(c, "channel_id") or payloads.text(
        payloads.mapping(body, "channel"), "id"
    )
    return channel or None


async def on_subscribe(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    await ack()
    rt, entry = context["rt"], context["request_log"]
    value = _value(body)
    query, refused = await form_query(rt, body, payloads.text(value, "q"), _channel(body))
    if query is None:
        entry.decision = refused or "unknown_query"
        return
    # views.open straight away: the trigger_id is only good for 3 seconds.
    view = rm.subscribe_modal(query, payloads.mapping(value, "p"), _channel(body))
    entry.decision = await open_modal(rt, body, view)


async def on_subscribe_submit(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    rt, entry = context["rt"], context["request_log"]
    form = rm.read_subscribe_form(payloads.mapping(body, "view"))
    user = payloads.user_id(body)
    if not form["channel"]:
        await ack(response_action="errors", errors={"channel": "Choose a channel."})
        return
    # The same submission delivered again (a replay, a retry) subscribes once: four copies
    # made four schedules, each posting the report.
    key = key_of(body, "subscribe")
    if not await rt.worker.run(deliveries.first_delivery, rt.services, key, "subscribe"):
        await ack()
        entry.decision = "duplicate"
        return
    try:
        schedule = await rt.worker.run(
            lambda: use_cases.subscribe(
                rt.services,
                query_name=form["query"],
                params=form["params"],
                channel=form["channel"],
                frequency=form["frequency"],
                hour=form["hour"],
                user=user,
            )
        )
    except UserFacingError as exc:
        state = payloads.mapping(payloads.mapping(body["view"], "state"), "values")
        periods = [k for k in state if k.startswith("period_")]
        await ack(
            response_action="errors", errors={(periods or ["frequency"])[0]: words_for_person(exc)}
        )
        entry.decision = "invalid_input"
        return
    except OperationalError:
        raise  # the database went away: 503 and one line (`bot.slack.app` on_error)
    except Exception:
        log.exception("subscribe failed")
        await ack(response_action="errors", errors={"frequency": GENERIC_FAILURE[:150]})
        entry.decision = "error"
        return
    await ack()

    async def tell() -> str:  # after the ack: a slow Slack must not hold the form past 3 s
        await ephemeral(rt, form["channel"], user, {"text": rm.subscribed_text(schedule)})
        return f"subscribed:{schedule.id}"

    rt.job(entry, tell, here=True)


async def on_unsubscribe(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    await ack()
    rt, entry = context["rt"], context["request_log"]
    schedule_id = payloads.text(_value(body), "s")
    user = payloads.user_id(body)

    async def job() -> str:
        try:
            schedule = await rt.worker.run(use_cases.unsubscribe, rt.services, schedule_id, user)
        except UserFacingError as exc:
            await ephemeral(rt, _channel(body), user, {"text": words_for_person(exc)})
            return f"refused:{type(exc).__name__}"
        await ephemeral(
            rt,
            _channel(body),
            user,
            {"text": f"Unsubscribed: `{schedule.id}` ({schedule.query}) will not be posted again."},
        )
        return "unsubscribed"

    rt.job(entry, job)


def register(app: Any) -> None:
    app.action(rr.SUBSCRIBE)(on_subscribe)
    app.view(rm.SUBSCRIBE_CALLBACK)(on_subscribe_submit)
    app.action(rm.UNSUBSCRIBE)(on_unsubscribe)
