"""*Download CSV* on a result: the whole result as a CSV file in the result's thread.

The button carries the query and its values (never the rows), so the click runs the query again
through the one answer path (permissions, row cap, timeout, request log; progress and *Cancel*
when it is slow) and uploads what it returns with the same CSV writer as a result too big for a
table.
"""

from __future__ import annotations

from typing import Any

from bot.answering import Answered, Failed
from bot.slack import payloads
from bot.slack.deliveries import first_delivery
from bot.slack.rendering import results as rr
from handlers.common import ephemeral, key_of, upload
from handlers.context import request_context
from handlers.progress import answer_with_progress

SOURCE = "download"  # the request log's status for these
TEXT = "Download CSV"


async def on_download_csv(ack: Any, body: dict[str, Any], context: dict[str, Any]) -> None:
    await ack()
    rt, entry = context["rt"], context["request_log"]
    value = rr.parse_value(payloads.text(payloads.first_action(body), "value"))
    user = payloads.user_id(body)
    container = payloads.mapping(body, "container")
    channel = payloads.text(container, "channel_id") or payloads.text(
        payloads.mapping(body, "channel"), "id"
    )
    # A result that is itself a reply (Run suggested query posts in the requester's ticket
    # thread): the file goes under its thread's parent, as Slack asks (never a reply's ts).
    ts = payloads.text(container, "thread_ts") or payloads.text(container, "message_ts")
    thread_ts = ts if ts and container.get("is_ephemeral") is not True else None

    async def job() -> str:
        if not await rt.worker.run(first_delivery, rt.services, key_of(body, "csv"), "csv"):
            return "duplicate"
        ctx = request_context(rt, user=user, channel=channel or None, source=SOURCE, body=body)
        outcome = await answer_with_progress(
            rt, TEXT, ctx, query=payloads.text(value, "q"), binds=payloads.mapping(value, "p")
        )
        if outcome is None:
            return "cancelled"
        if isinstance(outcome, Failed):
            msg = rr.failure_message(TEXT, outcome.reason)
            await ephemeral(rt, channel or None, user, msg)
            return outcome.decision
        if not isinstance(outcome, Answered) or not channel:
            return "csv:nothing"
        result = outcome.result
        await upload(
            rt,
            channel,
            thread_ts,
            f"{outcome.query.name}.csv",
            rr.result_csv(result),
            f"{outcome.query.title} — {'first' if result.truncated else 'all'} "
            f"{len(result.rows):,} rows",
            user=user,
        )
        return f"csv:{len(result.rows)}"

    rt.job(entry, job)


def register(app: Any) -> None:
    app.action(rr.DOWNLOAD_CSV)(on_download_csv)
