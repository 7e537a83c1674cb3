"""CSV files that people open in a spreadsheet: every export of the bot is written here.

A cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by
Excel, LibreOffice and Google Sheets as a formula (CSV injection: `=HYPERLINK(...)` in a
requester's words, or in a warehouse value, would run when the file is opened). Such a cell
is written with a leading `'`, which spreadsheets show as text. Numbers, dates and other
non-text values are written as they are.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """`value`, with a leading `'` when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def csv_text(
    header: Sequence[Any], rows: Iterable[Sequence[Any]], *, lineterminator: str = "\r\n"
) -> str:
    """`header` then `rows` as CSV text (None as an empty cell); no cell starts a formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=lineterminator)
    writer.writerow([safe_cell(v) for v in header])
    for row in rows:
        writer.writerow(["" if v is None else safe_cell(v) for v in row])
    return out.getvalue()
