"""Eighth red team: the CLI given requests of a size Slack never sends.

Slack's path refused a request past 8,000 characters at the ack, but `datarequest match -` (one
request per line of standard input) and `ask` went straight to the matcher, whose time grows
with the square of the text: 20 s at 64,000 characters, a 2 MB line still running after 120 s.
The matcher itself now refuses such a text in one line, whoever calls it.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from slack_helpers import make_test_library, make_test_warehouse

from bot.cli import main
from bot.errors import UserFacingError
from bot.library.loader import load_library
from bot.matching.matcher import match
from bot.slack.rendering.results import MAX_REQUEST_CHARS

LONG = "revenue by region " * 1200  # 21,600 characters


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> Path:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite3'}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("QUERY_LIBRARY", str(make_test_library(tmp_path / "queries")))
    monkeypatch.setenv("WAREHOUSE_PATH", str(make_test_warehouse(tmp_path / "wh.duckdb")))
    monkeypatch.chdir(tmp_path)
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    return tmp_path


def test_the_matcher_refuses_a_request_longer_than_slack_takes(tmp_path: Path) -> None:
    library = load_library(make_test_library(tmp_path / "queries"))
    with pytest.raises(UserFacingError, match="too long"):
        match(LONG, library, dt.date(2026, 12, 6))
    at_limit = ("revenue by region last month " * 300)[:MAX_REQUEST_CHARS]
    assert match(at_limit, library, dt.date(2026, 12, 6)).query == "revenue_by_region"


def test_match_from_standard_input_refuses_a_long_line_and_goes_on(
    cli: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{LONG}\nrevenue by region last month\n"))
    assert main(["match", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2, lines
    assert lines[0] == (
        f"refused: That request is too long ({len(LONG):,} characters): "
        f"please ask in fewer than {MAX_REQUEST_CHARS:,}."
    )
    assert lines[1].startswith("matched revenue_by_region")


def test_ask_refuses_a_long_request_in_one_line(cli: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["ask", LONG]) == 1
    err = capsys.readouterr().err.strip()
    assert "too long" in err and len(err.splitlines()) == 1, err
    assert "unexpected error" not in err
