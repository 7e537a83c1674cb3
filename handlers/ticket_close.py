"""The Close modal's submission: close the ticket, promote its SQL when asked, tell everyone once.

The form is checked before the ack (errors shown in the modal); the close runs as a job under
the ticket's lock, once per delivery. A promotion that fails after the close is committed is
told to the closer, and the close is still announced in the triage thread and to the requester.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from bot.errors import NotFound, UserFacingError, words_for_person
from bot.slack import deliveries, payloads, use_cases
from bot.slack.rendering import results as rr
from bot.slack.rendering import tickets as tr
from bot.slack.runtime import DATABASE_AWAY
from handlers.common import dm, key_of
from handlers.ticket_changes import change_to_tell, made_before
from handlers.ticket_posts import refresh_ticket

log = logging.getLogger("datarequest.slack")

NO_TICKET_IN_FORM = "This ticket no longer exists."


async def on_close_submit(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    rt, entry = context["rt"], context["request_log"]
    view = payloads.mapping(body, "view")
    state = payloads.mapping(payloads.mapping(view, "state"), "values")
    meta = rr.parse_value(payloads.text(view, "private_metadata"))
    ticket_id = payloads.ticket_id(meta.get("ticket"))
    resolution, sql, promote = (
        payloads.input_value(state, "resolution"),
        payloads.input_value(state, "sql"),
        payloads.input_value(state, "promote"),
    )
    if ticket_id is None:
        await ack(response_action="errors", errors={"resolution": NO_TICKET_IN_FORM})
        entry.decision = "no_ticket"
        return
    if not resolution:
        await ack(response_action="errors", errors={"resolution": "Say how it was resolved."})
        return
    if promote and not sql:
        await ack(response_action="errors", errors={"sql": "Add the SQL to promote it."})
        return
    if promote and not re.fullmatch(r"[a-z][a-z0-9_]{2,60}", promote):
        await ack(
            response_action="errors",
            errors={"promote": "Use lower-case letters, digits and _ (3-60)."},
        )
        return
    await ack()
    user = payloads.user_id(body)

    async def job() -> str:
        # The same submission delivered again (a replayed request) closes nothing new and must
        # not tell the closer "already done" once per copy.
        key = key_of(body, "close")
        if not await rt.worker.run(deliveries.first_delivery, rt.services, key, "close"):
            return "duplicate"
        async with rt.lock(("ticket", ticket_id)):
            try:
                event = await made_before(rt, ticket_id, user, ("closed",))
                if event is not None:
                    ticket = await rt.worker.run(rt.services.tickets.get, ticket_id)
                else:
                    ticket = await rt.worker.run(
                        rt.services.tickets.close, ticket_id, user, resolution, sql or None
                    )
                    event = await change_to_tell(rt, ticket_id, user, ("closed",), made=True)
            except UserFacingError as exc:
                # A replay whose dead run closed the ticket tells of that close; a ticket that
                # is not there (a form left open on a ticket since removed) has none to tell.
                event = None
                if not isinstance(exc, NotFound):
                    event = await change_to_tell(rt, ticket_id, user, ("closed",), made=False)
                if event is None:
                    await dm(rt, user, {"text": words_for_person(exc)})
                    return "refused"
                ticket = await rt.worker.run(rt.services.tickets.get, ticket_id)
        if event is None:
            return "told_elsewhere"
        tell = f"tell:{ticket_id}:{event}"
        extra = ""
        if promote:
            try:
                await rt.worker.run(
                    lambda: use_cases.promote_to_library(
                        rt.services, ticket_id=ticket_id, actor=user, name=promote
                    )
                )
                extra = f"The SQL is now the library query `{promote}`."
            except UserFacingError as exc:
                await dm(
                    rt,
                    user,
                    {"text": f"Ticket #{ticket_id} is closed, but {words_for_person(exc)}"},
                )
            except DATABASE_AWAY:
                raise  # run again once it is back: the close is made, its telling follows
            except Exception:
                # The close is committed: a promotion that failed otherwise must not cost the
                # requester and the triage thread their word of it.
                log.exception("promoting ticket %s's SQL as %s failed", ticket_id, promote)
                said = "its SQL was not promoted: something went wrong on our side (logged)."
                await dm(rt, user, {"text": f"Ticket #{ticket_id} is closed, but {said}"})
        note = tr.change_note("closed", user, ticket, extra)
        await refresh_ticket(rt, ticket, note, key=tell, by=user)
        if ticket.requester_id != user:
            msg = tr.dm_message("closed", ticket, user)
            held = {"hold": True, "ticket": ticket, "by": user, "thread_of": (ticket.id, "dm")}
            await dm(rt, ticket.requester_id, msg, key=f"{tell}:dm", **held)
        return f"closed:{ticket_id}"

    rt.job(entry, job)
