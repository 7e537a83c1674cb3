"""The progress line: drawn in place on a terminal, silent anywhere else (pipes, CI, tests)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from bot.answering.selftest import validate_library
from bot.cli.progress import ProgressLine, render
from bot.engines.demo_data import generate
from bot.settings import Settings

TODAY = date(2026, 11, 23)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_render_draws_a_bar_and_a_counter() -> None:
    assert render("validate", 0, 4, "a", width=8) == "validate [--------] 0/4 a"
    assert render("validate", 2, 4, "b", width=8) == "validate [####----] 2/4 b"
    assert render("validate", 4, 4, width=8) == "validate [########] 4/4"
    assert render("nothing", 0, 0, width=4) == "nothing [####] 0/0"


def test_the_line_is_redrawn_in_place_then_cleared_on_a_terminal() -> None:
    screen = Terminal()
    with ProgressLine("work", screen) as line:
        line.step("first", 0, 2)
        line.step("second", 1, 2)
        line(2, 2, "done")
    text = screen.getvalue()
    assert text.count("\r") >= 4 and "work [" in text and "2/2 done" in text
    assert text.endswith("\r") and "\n" not in text  # cleared: the next output starts clean


def test_nothing_is_written_when_the_stream_is_not_a_terminal() -> None:
    pipe = io.StringIO()
    with ProgressLine("work", pipe) as line:
        line(1, 2, "x")
        line.step("y", 2, 2)
    assert pipe.getvalue() == ""


def test_demo_data_and_the_library_self_test_report_their_steps(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    warehouse = tmp_path / "w.duckdb"
    generate(warehouse, scale=0.002, progress=lambda d, t, w: seen.append((d, t, w)))
    assert [w for _, _, w in seen][:3] == ["macros", "days", "customers"]
    assert all(t == len(seen) for _, t, _ in seen)
    seen.clear()
    settings = Settings(data_dir=tmp_path, warehouse_path=warehouse)
    report = validate_library(
        settings, today=TODAY, progress=lambda d, t, w: seen.append((d, t, w))
    )
    planned = [s for s in seen if s[2].startswith("planning ")]
    matched = [s for s in seen if s[2].startswith("matching ")]
    assert len(planned) == report.queries and planned[-1][0] == planned[-1][1]
    assert len(matched) == report.examples and matched[-1][0] == matched[-1][1]
