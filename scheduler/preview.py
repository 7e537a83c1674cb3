"""A dry run of a schedule: the messages it would post, collected instead of sent.

`PreviewOutbox` stands where the `Outbox` does (`Jobs` only calls `send_once`, `status` and
`poster`): it records nothing in the database and posts nothing, so a preview can be run at
any time without using up the slot or the message keys.
"""

from __future__ import annotations

from typing import Any

from scheduler.delivery import Delivery, Message


class PreviewOutbox:
    """Collects what would be sent; every message counts as delivered, nothing is uploaded."""

    poster = None  # no file uploads in a preview
    max_attempts = 1

    def __init__(self) -> None:
        self.messages: list[Message] = []

    def status(self, key: str) -> str | None:
        return None

    def send_once(self, message: Message) -> Delivery:
        self.messages.append(message)
        return Delivery(message.key, "sent", None, message.channel)


def _cell_text(cell: Any) -> str:
    if isinstance(cell, dict):
        if "text" in cell:
            return str(cell["text"])
        return "".join(_cell_text(e) for e in cell.get("elements") or [])
    return str(cell)


def _table_text(block: dict[str, Any]) -> str:
    rows = [[_cell_text(c) for c in row] for row in block.get("rows") or []]
    if not rows:
        return ""
    widths = [max(len(r[i]) for r in rows if i < len(r)) for i in range(len(rows[0]))]
    right = [s.get("align") == "right" for s in block.get("column_settings") or []]
    right += [False] * (len(widths) - len(right))
    return "\n".join(
        "  ".join(
            (c.rjust(w) if r else c.ljust(w)) for c, w, r in zip(row, widths, right, strict=False)
        ).rstrip()
        for row in rows
    )


def message_as_text(message: Message) -> str:
    """A message for the terminal: where it goes, its text, and the text of its blocks."""
    where = f"{message.channel}" + (f" (thread {message.thread_ts})" if message.thread_ts else "")
    lines = [f"--- {message.kind} to {where} ---"]
    texts: list[str] = []
    for block in message.blocks:
        if block.get("type") == "table":
            texts.append(_table_text(block))
            continue
        body = block.get("text")
        if isinstance(body, dict) and body.get("text"):
            texts.append(str(body["text"]))
        for item in block.get("fields") or []:
            if isinstance(item, dict) and item.get("text"):
                texts.append(str(item["text"]))
        for item in block.get("elements") or []:
            if isinstance(item, dict) and item.get("type") in ("mrkdwn", "plain_text"):
                texts.append(str(item.get("text", "")))
    lines.extend(texts or [message.text])
    return "\n".join(lines)
