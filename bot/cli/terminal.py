"""Plain-text rendering for the terminal: result tables, CSV/JSON output, Slack markup undone.

Values are formatted by `bot.language.value_words`, the formatter Slack's tables use, so a number
reads the same in both places (ids and years plain, counts and amounts with separators).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from bot.csv_export import csv_text
from bot.language.value_words import format_value

_MENTION = re.compile(r"<([@#!])([^>|]+)(?:\|([^>]*))?>")
_LINK = re.compile(r"<((?:https?|mailto):[^>|]+)\|([^>]*)>|<((?:https?|mailto):[^>]+)>")


def plain(text: str) -> str:
    """Slack markup as a person reads it: `<@U1|alice>` → `@alice`, `<url|label>` → `label (url)`."""

    def link(m: re.Match[str]) -> str:
        if m.group(3):
            return m.group(3)
        return f"{m.group(2)} ({m.group(1)})" if m.group(2) else m.group(1)

    def mention(m: re.Match[str]) -> str:
        sigil, ident, label = m.groups()
        if sigil == "!":
            return f"@{(label or ident).split('^')[0]}"
        return f"{sigil}{label or ident}"

    text = _LINK.sub(link, text)
    text = _MENTION.sub(mention, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def format_cell(value: Any, column: str = "") -> str:
    return format_value(value, column, empty="").replace("\n", " ")


def _is_numeric(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def render_table(columns: list[str], rows: list[tuple], *, max_width: int = 40) -> str:
    """A fixed-width table: numbers right-aligned, long cells cut with an ellipsis."""
    cells = [[format_cell(v, columns[i]) for i, v in enumerate(row)] for row in rows]
    for row in cells:
        for i, cell in enumerate(row):
            if len(cell) > max_width:
                row[i] = cell[: max_width - 1] + "…"
    widths = [len(c) for c in columns]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    numeric = [
        bool(rows) and all(_is_numeric(r[i]) or r[i] is None for r in rows)
        for i in range(len(columns))
    ]

    def line(values: list[str]) -> str:
        parts = [
            v.rjust(w) if numeric[i] else v.ljust(w)
            for i, (v, w) in enumerate(zip(values, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    out = [line(list(columns)), "  ".join("-" * w for w in widths)]
    out.extend(line(row) for row in cells)
    return "\n".join(out)


def render_csv(columns: list[str], rows: list[tuple]) -> str:
    """The rows as CSV (header first); values as the engine returned them, not formatted,
    through the writer every export shares (no cell starts a spreadsheet formula)."""
    return csv_text(columns, rows, lineterminator="\n")


def render_json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, default=_jsonable, indent=2)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
