"""What an answer held for the outbox carries: its files, and whom to tell if it is given up.

`handlers.common.post_answer` attaches these files after its own post, and on the last run of
a request whose answer Slack still refuses hands them to the outbox with the answer
(`bot.slack.outbox.hold_post`, `scheduler.held_files`), with whom the outbox tells if it gives
the answer up (`scheduler.given_up`).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.answering import Answered
from bot.slack.rendering import results as rr
from bot.slack.rendering.charts import time_series_png

RESPONSE_URL_VALID = timedelta(minutes=30)  # Slack: a response_url takes posts for 30 min


async def attachments(rt: Any, answer: Answered) -> list[tuple[str, bytes, str]]:
    """The files an answer's post gets in its thread: a big result's CSV, a time series'
    chart (filename, content, title)."""
    files = []
    if not rr.fits_in_table(answer.result):
        files.append(
            (
                f"{answer.query.name}.csv",
                rr.result_csv(answer.result),
                f"{answer.query.title} — all {len(answer.result.rows):,} rows",
            )
        )
    if rr.is_time_series(answer.result):
        png = await rt.worker.run(
            time_series_png, answer.query.title, list(answer.result.columns), answer.result.rows
        )
        files.append((f"{answer.query.name}.png", png, f"{answer.query.title} — chart"))
    return files


def whom_to_tell(run: Any, answer: Answered, user: str, response_url: str | None) -> dict[str, Any]:
    """Whom the outbox tells if it gives a held answer up: the requester, the command's
    response_url while Slack takes it (30 min after the command), the request and its audit."""
    until = run.item.created_at + RESPONSE_URL_VALID
    return {
        "user": user,
        "response_url": response_url,
        "url_until": until.isoformat() if response_url else None,
        "text": answer.text,
        "request_id": answer.request_id,
    }
