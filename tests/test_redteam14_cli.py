"""Ninth red team: the CLI given numbers and bytes no command expects.

Every subcommand was run with hostile arguments. Two classes ended in "unexpected error":
counts with no upper bound (a `--limit` past SQLite's INTEGER, `--days` past any date, a seed
past DuckDB's BIGINT, `--scale 1e308`), and arguments that are not UTF-8 (a user id, a query
name, a path typed in a Latin-1 terminal), which no database or terminal takes. Each is now one
line naming the argument, or the argument read as text with U+FFFD in place of the bad bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from slack_helpers import make_test_library, make_test_warehouse

from bot.cli import main


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


def _run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as stopped:  # argparse's refusal of an argument, after its line
        return int(stopped.code or 0)


HUGE = "99999999999999999999999"


@pytest.mark.parametrize(
    ("argv", "refusal"),
    [
        (["tickets", "list", "--limit", HUGE], "--limit: '9999"),
        (["audit", "--limit", "9223372036854775808"], "--limit: '9223372036854775808' is too"),
        (["audit", "--days", "1000000"], "--days: '1000000' is too large (at most 36,500)"),
        (["tickets", "demand", "--days", "1000000"], "--days: '1000000' is too large"),
        (["tickets", "demand", "--min-count", HUGE], "--min-count"),
        (["tickets", "stats", "--weeks", "1000000"], "--weeks: '1000000' is too large"),
        (["tickets", "stats", "--weeks", HUGE], "--weeks"),
        (["ask", "revenue_by_region", "--max-rows", HUGE], "--max-rows"),
        (["queries", "refresh-values", "--cap", HUGE], "--cap"),
        (["demo-data", "--seed", HUGE, "--path", "x.duckdb"], "--seed"),
        (["demo-data", "--scale", "1e308", "--path", "x.duckdb"], "--scale must be at most 100"),
    ],
)
def test_a_count_past_what_the_command_can_use_is_one_line(
    cli: Path, capsys: pytest.CaptureFixture, argv: list[str], refusal: str
) -> None:
    assert _run(argv) in (1, 2)
    err = capsys.readouterr().err
    assert refusal in err, err
    assert "unexpected error" not in err and "Traceback" not in err
    assert not (cli / "x.duckdb").exists()


def test_the_largest_counts_allowed_still_work(cli: Path, capsys: pytest.CaptureFixture) -> None:
    assert _run(["audit", "--days", "36500", "--limit", "2147483647"]) == 0
    assert _run(["tickets", "demand", "--days", "36500"]) == 0
    assert _run(["tickets", "stats", "--weeks", "520"]) == 0
    assert _run(["tickets", "list", "--limit", "2147483647"]) == 0
    err = capsys.readouterr().err
    assert "error" not in err, err


LATIN1 = os.fsdecode(b"J\xf6rg")  # what Python makes of "Jörg" typed in a Latin-1 terminal


@pytest.mark.parametrize(
    "argv",
    [
        ["tickets", "create", "--as", LATIN1, "--channel", LATIN1, LATIN1],
        ["tickets", "list", "--mine", LATIN1],
        ["roster", "opt-out", LATIN1],
        ["roster", "set-ooo", LATIN1, "2026-01-01", "2026-01-02"],
        ["db", "clear-cache", "--query", LATIN1],
        ["audit", "--user", LATIN1],
        ["queries", "list", "--library", f"/nowhere/{LATIN1}"],
        ["queries", "show", LATIN1],
    ],
)
def test_an_argument_that_is_not_utf8_is_read_as_text(
    cli: Path, capsys: pytest.CaptureFixture, argv: list[str]
) -> None:
    code = _run(argv)
    captured = capsys.readouterr()
    assert code in (0, 1, 3), captured
    assert "unexpected error" not in captured.err, captured.err
    assert "J\ufffdrg" in captured.out + captured.err or code == 0, captured


@pytest.mark.parametrize(
    ("name", "value", "refusal"),
    [
        ("QUERY_TIMEOUT_S", "1e300", "must be at most 31,536,000"),  # was: timestamp out of range
        ("MAX_ROWS", HUGE, "must be at most 2,147,483,647"),  # was: fetchmany() TypeError
        ("TICKET_SLA_HOURS", "99999999999", "must be at most 8,760"),
    ],
)
def test_a_setting_past_what_the_clock_or_the_driver_takes_is_one_line(
    cli: Path,
    capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    value: str,
    refusal: str,
) -> None:
    monkeypatch.setenv(name, value)
    assert _run(["ask", "revenue by region last month"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"datarequest: Invalid setting {name}='{value}': {refusal}", err


def test_a_long_wait_within_the_bound_still_answers(
    cli: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUERY_TIMEOUT_S", "86400")
    monkeypatch.setenv("MAX_ROWS", "2147483647")
    assert _run(["ask", "revenue by region last month"]) == 0
    assert "unexpected error" not in capsys.readouterr().err
