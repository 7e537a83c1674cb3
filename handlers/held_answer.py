"""What an answer held for the outbox carries: its files, and whom to tell if it is given up.

`handlers.common.post_answer` attaches these files after its own post, and on the last run of
a request whose answer Slack still refuses hands them to the outbox with the answer
(`bot.slack.outbox.hold_post`, `scheduler.held_files`), with whom the outbox tells if it gives
the answer up (`scheduler.given_up`). What a held row keeps of them is capped
(HELD_FILES_MAX_MB, `within_cap`): a file past the cap is not kept, and the held answer says so
in one line, with how to get it (`too_big_line`).
"""

from __future__ import annotations

from collections.abc import Sequence
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


File = tuple[str, bytes, str]  # filename, content, title


def within_cap(files: Sequence[File], max_bytes: int) -> tuple[list[File], list[File]]:
    """The files a held answer keeps (in order, while their sizes add up to at most
    `max_bytes`) and those it does not."""
    kept: list[File] = []
    dropped: list[File] = []
    total = 0
    for file in files:
        if total + len(file[1]) <= max_bytes:
            kept.append(file)
            total += len(file[1])
        else:
            dropped.append(file)
    return kept, dropped


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    return f"{max(1, round(n / 1000))} KB"


def too_big_line(dropped: Sequence[File], query_name: str) -> str:
    """The one line a held answer carries about the files it could not keep."""
    named = [f"`{name}` ({_size(len(content))})" for name, content, _ in dropped]
    which = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    verb = "was" if len(named) == 1 else "were"
    return (
        f"{which} {verb} too big to keep while Slack was refusing the bot's posts. Ask again "
        f"for it, or run `datarequest ask {query_name} --format csv` from the command line."
    )


def with_line(msg: dict[str, Any], line: str) -> dict[str, Any]:
    """`msg` with `line` added at its end (a context block, and in its text fallback)."""
    blocks = list(msg.get("blocks") or [])
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": line}]})
    text = str(msg.get("text") or "")
    return {**msg, "text": f"{text}\n{line}" if text else line, "blocks": blocks}
