"""A progress line on stderr for work that takes seconds (no dependency).

`progress_line("validating")` returns a callable `(done, total, what)` that redraws one line in
place (`validating [########--------]  12/30 revenue_by_region`) when stderr is a terminal,
and does nothing otherwise (pipes, CI logs and tests stay clean). `close()` clears the line.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

BAR_WIDTH = 24
REDRAW_EVERY_S = 0.1  # a fast loop must not spend its time writing to the terminal


class ProgressLine:
    """One line redrawn in place; inert when `stream` is not a terminal."""

    def __init__(self, title: str, stream: TextIO | None = None, *, force: bool = False) -> None:
        self.title = title
        self.stream = stream or sys.stderr
        self.enabled = force or _is_terminal(self.stream)
        self._drawn_at = 0.0
        self._width = 0

    def __call__(self, done: int, total: int, what: str = "") -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._drawn_at < REDRAW_EVERY_S:
            return
        self._drawn_at = now
        self._draw(render(self.title, done, total, what))

    def step(self, what: str, done: int, total: int) -> None:
        """A named stage of a job with `total` stages (drawn whatever the time since the last)."""
        if self.enabled:
            self._drawn_at = time.monotonic()
            self._draw(render(self.title, done, total, what))

    def close(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _draw(self, text: str) -> None:
        padding = " " * max(0, self._width - len(text))
        self.stream.write("\r" + text + padding)
        self.stream.flush()
        self._width = len(text)


def render(title: str, done: int, total: int, what: str = "", width: int = BAR_WIDTH) -> str:
    """`title [####----]  done/total what` (the bar full when total is 0)."""
    share = done / total if total > 0 else 1.0
    filled = round(width * min(max(share, 0.0), 1.0))
    counter = f"{done:>{len(str(total))}}/{total}"
    return f"{title} [{'#' * filled}{'-' * (width - filled)}] {counter} {what}".rstrip()[:120]


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or fake stream
        return False
