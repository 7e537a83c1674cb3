"""Block Kit as terminal text: messages with numbered choices, and modals as a list of inputs.

`render_message` turns a message's blocks (as the bot posted them) into lines: headers, sections
and fields, context lines, the table block as aligned columns, and every interactive element as
a numbered choice `[1] Change parameters  [2] Not what I asked`. Slack markup becomes plain text:
`<@U…>` the person's name, `<url|label>` the label, `*bold*` and `_italic_` unmarked.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

NameOf = Callable[[str], str]  # a user's or a channel's id to its name

_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_CHANNEL = re.compile(r"<#([CGD][A-Z0-9]+)(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<!(here|channel|everyone)[^>]*>")
_LINK = re.compile(r"<([^<>|]+)\|([^<>]+)>")
_BARE_LINK = re.compile(r"<((?:https?|mailto|local):[^<>]+)>")
_BOLD = re.compile(r"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(\S(?:[^_\n]*\S)?)_(?![\w_])")
_CODE = re.compile(r"`([^`\n]+)`")

EMOJI = {
    ":large_blue_circle:": "🔵",
    ":large_orange_circle:": "🟠",
    ":large_yellow_circle:": "🟡",
    ":white_check_mark:": "✅",
    ":x:": "❌",
    ":ticket:": "🎫",
    ":alarm_clock:": "⏰",
    ":rotating_light:": "🚨",
    ":warning:": "⚠️",
    ":arrow_double_up:": "⏫",
    ":hourglass_flowing_sand:": "⏳",
    ":no_entry_sign:": "🚫",
    ":calendar:": "📅",
    ":bar_chart:": "📊",
    ":wave:": "👋",
}
_EMOJI = re.compile(r":[a-z0-9_+-]+:")

INTERACTIVE = {
    "button",
    "users_select",
    "static_select",
    "conversations_select",
    "channels_select",
    "overflow",
    "datepicker",
}


@dataclass(frozen=True)
class Choice:
    """An interactive element a person can pick by its number."""

    label: str
    element: dict[str, Any]
    block_id: str
    message: dict[str, Any] = field(default_factory=dict)
    channel: str = ""
    ephemeral: bool = False
    view: dict[str, Any] | None = None  # set when the element sits in App Home or a modal


def mrkdwn_text(text: str, name_of: NameOf) -> str:
    """Slack mrkdwn as plain terminal text."""
    text = _USER.sub(lambda m: "@" + name_of(m.group(1)), text)
    text = _CHANNEL.sub(lambda m: "#" + (m.group(2) or name_of(m.group(1))), text)
    text = _SPECIAL.sub(lambda m: "@" + m.group(1), text)
    text = _LINK.sub(lambda m: m.group(2), text)
    text = _BARE_LINK.sub(lambda m: m.group(1), text)
    text = _BOLD.sub(r"\1", text)
    text = _ITALIC.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _EMOJI.sub(lambda m: EMOJI.get(m.group(0), m.group(0)), text)
    return html.unescape(text)


def _text_of(obj: Any, name_of: NameOf) -> str:
    if not isinstance(obj, dict):
        return ""
    raw = str(obj.get("text", ""))
    return mrkdwn_text(raw, name_of) if obj.get("type") == "mrkdwn" else raw


def element_label(element: dict[str, Any], name_of: NameOf) -> str:
    kind = element.get("type", "")
    if kind == "button":
        return _text_of(element.get("text"), name_of)
    placeholder = _text_of(element.get("placeholder"), name_of)
    return placeholder or kind.replace("_", " ")


def table_lines(block: dict[str, Any]) -> list[str]:
    """A table block as aligned columns under a dashed rule; right-aligned where it says so."""
    rows = [
        [str(cell.get("text", "")) if cell.get("type") == "raw_text" else "…" for cell in row]
        for row in block.get("rows") or []
    ]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    settings = block.get("column_settings") or []
    right = [i < len(settings) and settings[i].get("align") == "right" for i in range(width)]
    sizes = [max(len(r[i]) for r in rows) for i in range(width)]

    def line(row: list[str]) -> str:
        cells = [
            row[i].rjust(sizes[i]) if right[i] else row[i].ljust(sizes[i]) for i in range(width)
        ]
        return "  ".join(cells).rstrip()

    return [line(rows[0]), "  ".join("-" * s for s in sizes), *(line(r) for r in rows[1:])]


def render_blocks(
    blocks: list[dict[str, Any]], name_of: NameOf
) -> tuple[list[str], list[tuple[str, dict[str, Any], str]]]:
    """(lines, interactive elements as (label, element, block_id)) of a list of blocks."""
    lines: list[str] = []
    elements: list[tuple[str, dict[str, Any], str]] = []
    for block in blocks:
        kind = block.get("type")
        block_id = str(block.get("block_id", ""))
        if kind == "header":
            title = _text_of(block.get("text"), name_of)
            lines += [title, "=" * min(len(title), 80)]
        elif kind == "section":
            if block.get("text"):
                lines += _text_of(block["text"], name_of).splitlines()
            for f in block.get("fields") or []:
                label, _, value = _text_of(f, name_of).partition("\n")
                lines.append(f"{label}: {value}" if value else label)
            accessory = block.get("accessory")
            if isinstance(accessory, dict) and accessory.get("type") in INTERACTIVE:
                elements.append((element_label(accessory, name_of), accessory, block_id))
        elif kind == "context":
            parts = [_text_of(e, name_of) for e in block.get("elements") or []]
            lines.append("  ".join(p for p in parts if p.strip()))
        elif kind == "divider":
            lines.append("-" * 40)
        elif kind == "table":
            lines += table_lines(block)
        elif kind == "image":
            lines.append(f"[image: {block.get('alt_text', '')}]")
        elif kind == "rich_text":
            lines.append(_rich_text(block, name_of))
        elif kind == "actions":
            for element in block.get("elements") or []:
                if element.get("type") in INTERACTIVE:
                    elements.append((element_label(element, name_of), element, block_id))
    return lines, elements


def _rich_text(block: dict[str, Any], name_of: NameOf) -> str:
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "text":
                out.append(str(node.get("text", "")))
            elif node.get("type") == "user":
                out.append("@" + name_of(str(node.get("user_id", ""))))
            for child in node.get("elements") or []:
                walk(child)

    walk(block)
    return "".join(out)


def render_message(message: dict[str, Any], name_of: NameOf) -> tuple[list[str], list[Choice]]:
    """A posted message as lines plus its choices (blocks first; the text when there are none)."""
    blocks = message.get("blocks") or []
    if not blocks:
        return mrkdwn_text(str(message.get("text", "")), name_of).splitlines(), []
    lines, elements = render_blocks(blocks, name_of)
    choices = [Choice(label, element, block_id, message) for label, element, block_id in elements]
    return lines, choices


def choices_line(choices: list[Choice], first: int) -> str:
    """`[1] Change parameters  [2] Not what I asked`, numbered from `first`."""
    return "  ".join(f"[{first + i}] {c.label}" for i, c in enumerate(choices))
