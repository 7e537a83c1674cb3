"""Block Kit for a query that takes a while: "still running, 12 s…" with *Cancel*, then its end.

The progress message replaces "Working on it" (through the command's response_url, or as a
placeholder message the bot posted); its *Cancel* button carries only the run id, which the
process running the query knows. When the query ends the same message says how it ended,
without the button, and the result follows it.
"""

from __future__ import annotations

from typing import Any

from bot.slack.rendering.blocks import actions, button, clip, escape, message, section

CANCEL_QUERY = "cancel_query"  # action id (a contract with handlers/progress.py)
REQUEST_IN_TEXT = 200


def seconds_words(seconds: float) -> str:
    """Elapsed time as a person reads it: `12 s`, `2 min 5 s`."""
    whole = max(0, int(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes, rest = divmod(whole, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def _request(text: str) -> str:
    return f"_{escape(clip(text, REQUEST_IN_TEXT))}_"


def progress_message(text: str, elapsed_s: float, run_id: str) -> dict[str, Any]:
    """The query is still running: how long so far, and a button that stops it."""
    line = f"Working on it: {_request(text)} — still running, {seconds_words(elapsed_s)}…"
    return message(
        f"Still running, {seconds_words(elapsed_s)}…",
        [
            section(f":hourglass_flowing_sand: {line}", block_id="progress"),
            actions(
                "progress_actions",
                button("Cancel", CANCEL_QUERY, {"r": run_id}, style="danger"),
            ),
        ],
    )


def finished_message(text: str, elapsed_s: float) -> dict[str, Any]:
    """The query ended (answered or failed): the outcome follows this message."""
    line = f"Done after {seconds_words(elapsed_s)}: {_request(text)}"
    return message(f"Done after {seconds_words(elapsed_s)}", [section(line, block_id="progress")])


def cancelled_message(text: str, by: str, elapsed_s: float) -> dict[str, Any]:
    """The query was stopped on its engine because someone clicked *Cancel*."""
    who = f" by <@{by}>" if by else ""
    line = f":no_entry_sign: Cancelled{who} after {seconds_words(elapsed_s)}: {_request(text)}"
    return message(f"Cancelled{who}", [section(line, block_id="progress")])


def cancel_refused_message(reason: str) -> dict[str, Any]:
    """Why a *Cancel* click did nothing (the query ended, or this person may not stop it)."""
    return message(reason, [section(escape(reason), block_id="cancel_refused")])
