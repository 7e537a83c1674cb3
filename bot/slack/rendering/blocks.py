"""Shared Block Kit helpers and Slack's limits.

Every Slack message the bot sends is built from these helpers, so Slack's limits are enforced
in one place whatever the data: at most 50 blocks in a message (100 in a modal or App Home),
section text at most 3,000 characters, header 150, button text 75, button value 2,000, one table
block a message with at most 100 rows of at most 20 cells, and block_id/action_id unique within
a message. Builders return plain dicts; nothing here imports Slack.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from bot.errors import clip  # noqa: F401  (re-exported: handlers use bk.clip)
from bot.language.value_words import format_value
from bot.library.types.base import slack_len  # noqa: F401  (re-exported: renderers use bk.slack_len)

MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_SECTION_TEXT = 3000
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_PLAIN_LABEL = 2000
MAX_MODAL_TITLE = 24
MAX_TABLE_ROWS = 100  # including the header row
MAX_TABLE_CELLS = 20
MAX_CELL_TEXT = 200  # our own cap so a wide table stays readable and small
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTIONS_ELEMENTS = 25
MAX_FALLBACK_TEXT = 3000  # the notification text; Slack allows far more, people read less
MAX_PRIVATE_METADATA = 3000

Block = dict[str, Any]


# Terminal escape sequences are removed whole; then every control character (Unicode Cc, but
# tab and newline) and format character (Cf: bidirectional overrides and isolates, zero-width
# spaces and joiners, soft hyphens...): none of them belongs in a message.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]")
_KEPT_CONTROLS = frozenset("\n\t")


def clean(text: str) -> str:
    """`text` without control, bidirectional and zero-width characters (see `escape`)."""
    text = str(text)
    if text.isascii() and text.isprintable():
        return text
    text = _ANSI.sub("", text)
    return "".join(
        ch for ch in text if ch in _KEPT_CONTROLS or unicodedata.category(ch) not in ("Cc", "Cf")
    )


def escape(text: str) -> str:
    """Text from people, made safe for Slack: the one sanitiser for everything people typed.

    Control and bidirectional characters are removed (`clean`), and the three characters
    Slack's mrkdwn treats as markup are escaped, so `<!channel>`, `<!here>`, `<!subteam^…>`,
    `<@U…>` and disguised links `<http://evil|ok>` show as typed and ping or link nobody.
    """
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain(text: str, limit: int = MAX_PLAIN_LABEL) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(clean(text), limit) or " ", "emoji": True}


def mrkdwn(text: str, limit: int = MAX_SECTION_TEXT) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": clip(clean(text), limit) or " "}


def section(text: str, *, block_id: str | None = None, accessory: Block | None = None) -> Block:
    block: Block = {"type": "section", "text": mrkdwn(text)}
    if block_id:
        block["block_id"] = block_id
    if accessory:
        block["accessory"] = accessory
    return block


def fields_section(pairs: list[tuple[str, str]], *, block_id: str | None = None) -> Block:
    block: Block = {
        "type": "section",
        "fields": [mrkdwn(f"*{label}*\n{value}", MAX_FIELD_TEXT) for label, value in pairs[:10]],
    }
    if block_id:
        block["block_id"] = block_id
    return block


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text, MAX_HEADER_TEXT)}


def context(*texts: str, block_id: str | None = None) -> Block:
    block: Block = {
        "type": "context",
        "elements": [mrkdwn(t, MAX_FIELD_TEXT) for t in texts[:MAX_CONTEXT_ELEMENTS] if t],
    }
    if not block["elements"]:
        block["elements"] = [mrkdwn(" ")]
    if block_id:
        block["block_id"] = block_id
    return block


def divider() -> Block:
    return {"type": "divider"}


def compact(value: dict[str, Any]) -> str:
    """`value` as compact JSON, letters outside ASCII kept as they are: JSON's `\\u00e9` would
    make each six characters of Slack's limit, so 400 Cyrillic letters passed 2,000."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


def fitted(value: dict[str, Any], limit: int, *, text_key: str = "t") -> str:
    """`value` as compact JSON within `limit`, its `text_key` (a request's words, carried for
    context) cut as far as needed. Raises ValueError when it cannot fit without that text."""
    raw = compact(value)
    text = value.get(text_key)
    while slack_len(raw) > limit and isinstance(text, str) and text:
        text = clip(text, max(len(text) - (slack_len(raw) - limit) - 1, 0))
        text = "" if text == "…" else text
        raw = compact({**value, text_key: text})
    if slack_len(raw) > limit:
        raise ValueError(f"value over {limit} characters")
    return raw


def fits(value: dict[str, Any], limit: int = MAX_BUTTON_VALUE) -> bool:
    return slack_len(compact(value)) <= limit


def button(
    text: str,
    action_id: str,
    value: str | dict[str, Any] = "",
    *,
    style: str | None = None,
    confirm: dict[str, Any] | None = None,
) -> Block:
    """A button; a dict `value` is stored as compact JSON, its request text (`t`) cut to fit
    Slack's 2,000 characters. Raises ValueError when the rest does not fit."""
    raw = value if isinstance(value, str) else fitted(value, MAX_BUTTON_VALUE)
    if slack_len(raw) > MAX_BUTTON_VALUE:
        raise ValueError(f"button value for {action_id} over {MAX_BUTTON_VALUE} characters")
    element: Block = {
        "type": "button",
        "text": plain(text, MAX_BUTTON_TEXT),
        "action_id": action_id,
        "value": raw,
    }
    if style:
        element["style"] = style
    if confirm:
        element["confirm"] = confirm
    return element


def actions(block_id: str, *elements: Block) -> Block:
    return {
        "type": "actions",
        "block_id": block_id,
        "elements": list(elements)[:MAX_ACTIONS_ELEMENTS],
    }


def table(columns: list[str], rows: list[list[Any]], *, numeric: list[bool] | None = None) -> Block:
    """A table block: header row + up to 99 data rows of at most 20 cells (raw_text)."""
    width = min(len(columns), MAX_TABLE_CELLS)

    def cell(value: Any, column: str = "") -> dict[str, str]:
        return {
            "type": "raw_text",
            "text": clip(clean(format_value(value, column)), MAX_CELL_TEXT) or " ",
        }

    body = [[cell(c) for c in columns[:width]]]
    for row in rows[: MAX_TABLE_ROWS - 1]:
        body.append([cell(v, columns[i]) for i, v in enumerate(list(row)[:width])])
    block: Block = {"type": "table", "rows": body}
    if numeric:
        block["column_settings"] = [
            {"align": "right"} if is_num else {"align": "left"} for is_num in numeric[:width]
        ]
    return block


def finalize(blocks: list[Block], *, max_blocks: int = MAX_MESSAGE_BLOCKS) -> list[Block]:
    """Blocks made safe for Slack: at most `max_blocks`, unique block_ids and action_ids.

    When blocks must be dropped, the last kept block says how many were left out; the final
    actions block (the buttons) is always kept.
    """
    out = list(blocks)
    if len(out) > max_blocks:
        tail = [out[-1]] if out and out[-1].get("type") == "actions" else []
        keep = max_blocks - 1 - len(tail)
        dropped = len(out) - keep - len(tail)
        out = out[:keep] + [context(f"_{dropped} more blocks left out._")] + tail
    seen_blocks: set[str] = set()
    seen_actions: set[str] = set()
    for i, block in enumerate(out):
        bid = block.get("block_id")
        if bid:
            while bid in seen_blocks:
                bid = f"{bid}.{i}"
            block["block_id"] = bid
            seen_blocks.add(bid)
        elements = list(block.get("elements") or [])
        if block.get("accessory"):
            elements.append(block["accessory"])
        if block.get("element"):
            elements.append(block["element"])
        for el in elements:
            aid = el.get("action_id") if isinstance(el, dict) else None
            if aid:
                n = 2
                base = aid
                while aid in seen_actions:
                    aid = f"{base}#{n}"
                    n += 1
                el["action_id"] = aid
                seen_actions.add(aid)
    return out


def message(text: str, blocks: list[Block]) -> dict[str, Any]:
    """Keyword arguments for chat.postMessage / chat.update: notification text + blocks."""
    return {"text": clip(clean(text), MAX_FALLBACK_TEXT) or " ", "blocks": finalize(blocks)}


def modal(
    title: str,
    blocks: list[Block],
    *,
    callback_id: str,
    submit: str | None = "Submit",
    private_metadata: str | dict[str, Any] = "",
) -> dict[str, Any]:
    """A modal view; `private_metadata` (a dict is stored as JSON) must fit in 3,000 characters."""
    meta = (
        private_metadata
        if isinstance(private_metadata, str)
        else fitted(private_metadata, MAX_PRIVATE_METADATA)
    )
    if slack_len(meta) > MAX_PRIVATE_METADATA:
        raise ValueError("private_metadata over 3,000 characters")
    view: dict[str, Any] = {
        "type": "modal",
        "callback_id": callback_id,
        "title": plain(title, MAX_MODAL_TITLE),
        "close": plain("Cancel"),
        "blocks": finalize(blocks, max_blocks=MAX_VIEW_BLOCKS),
        "private_metadata": meta,
    }
    if submit:
        view["submit"] = plain(submit, 24)
    return view


def input_block(
    block_id: str,
    label: str,
    element: Block,
    *,
    optional: bool = False,
    hint: str = "",
) -> Block:
    block: Block = {
        "type": "input",
        "block_id": block_id,
        "label": plain(label, MAX_PLAIN_LABEL),
        "element": element,
        "optional": optional,
    }
    if hint:
        block["hint"] = plain(hint, MAX_PLAIN_LABEL)
    return block


def option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain(text, 75), "value": value[:150]}
