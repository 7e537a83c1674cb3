"""Chart images for time-series results: a PNG line chart drawn with matplotlib (Agg backend).

matplotlib is imported inside `time_series_png`, never at import time, so the CLI and the
app's ack path stay light; the Agg backend needs no display.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from typing import Any

MAX_SERIES = 6


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        return float(value)
    return None


def time_series_png(
    title: str, columns: list[str], rows: list[tuple[Any, ...]] | list[list[Any]]
) -> bytes:
    """A line chart of every numeric column (up to six) against the first (date) column."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    xs = [r[0] for r in rows]
    xs = [datetime.combine(x, datetime.min.time()) if type(x) is date else x for x in xs]
    series: list[tuple[str, list[float | None]]] = []
    for i, name in enumerate(columns[1:], start=1):
        values = [_number(r[i]) for r in rows]
        if any(v is not None for v in values):
            series.append((name, values))
        if len(series) == MAX_SERIES:
            break
    fig = Figure(figsize=(8, 4), dpi=100)
    ax = fig.add_subplot()
    for name, values in series:
        ax.plot(
            xs,
            [float("nan") if v is None else v for v in values],
            label=name,
            marker="o" if len(xs) <= 31 else None,
            linewidth=1.8,
        )
    ax.set_title(title)
    ax.grid(True, alpha=0.3)
    if len(series) > 1:
        ax.legend(loc="best", fontsize="small")
    fig.autofmt_xdate()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
