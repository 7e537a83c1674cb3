"""The standup check-in: the DM's *Answer* button opens the form; the answers are stored.

The form is pre-filled with the member's ticket activity (`bot.slack.use_cases.checkin_prefill`); the
submission calls `bot.slack.use_cases.save_checkin`, and the day's digest folds the answers in, with
blockers standing out.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from bot.errors import UserFacingError, words_for_person
from bot.slack import deliveries, payloads, use_cases
from bot.slack.rendering import digest as dr
from handlers.common import dm, key_of, open_modal

log = logging.getLogger("datarequest.slack")


async def on_open(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    await ack()
    rt, entry = context["rt"], context["request_log"]
    value = payloads.json_object(payloads.first_action(body).get("value"))
    local_date = payloads.text(value, "d") or rt.services.today().isoformat()
    user = payloads.user_id(body)
    prefill = await rt.worker.run(use_cases.checkin_prefill, rt.services, user)
    entry.decision = await open_modal(rt, body, dr.checkin_modal(local_date, prefill))


async def on_submit(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    rt, entry = context["rt"], context["request_log"]
    view = payloads.mapping(body, "view")
    form = dr.read_checkin_form(payloads.mapping(payloads.mapping(view, "state"), "values"))
    user = payloads.user_id(body)
    try:
        day = date.fromisoformat(payloads.text(view, "private_metadata"))
    except ValueError:
        day = rt.services.today()
    try:
        answer = await rt.worker.run(lambda: use_cases.save_checkin(rt.services, user, day, **form))
    except UserFacingError as exc:
        await ack(response_action="errors", errors={"today": words_for_person(exc)})
        entry.decision = "invalid_input"
        return
    await ack()

    async def thank() -> str:  # after the ack, and once however often the form is delivered
        key = key_of(body, "checkin")
        if not await rt.worker.run(deliveries.first_delivery, rt.services, key, "checkin"):
            return "duplicate"
        await dm(rt, user, {"text": dr.checkin_thanks(answer.has_blockers)})
        return "checkin"

    rt.job(entry, thank, here=True)


def register(app: Any) -> None:
    app.action(dr.STANDUP_OPEN)(on_open)
    app.view(dr.STANDUP_CALLBACK)(on_submit)
