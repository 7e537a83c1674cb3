"""The database commands on a bad DATABASE_URL, on an unmigrated database, and `tickets create`.

Only `db upgrade` (and `serve`) create or migrate tables; every other command refuses an
unmigrated database in one line. An invalid or unreachable DATABASE_URL is one line, never a
traceback, on every command that opens the database.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect
from support import Clock

from bot.cli import db_cmds, main
from bot.db.session import make_engine

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # a Monday
ENTRY_POINT = "import sys; from bot.cli import main; sys.exit(main(sys.argv[1:]))"

DB_COMMANDS = [
    ["tickets", "list"],
    ["tickets", "show", "1"],
    ["tickets", "create", "churn by plan", "--as", "U0REQ00001"],
    ["tickets", "claim", "1", "--as", "U0ALICE001"],
    ["tickets", "release", "1", "--as", "U0ALICE001"],
    ["tickets", "close", "1", "--as", "U0ALICE001", "--resolution", "done"],
    ["tickets", "stats"],
    ["tickets", "demand"],
    ["tickets", "promote", "1", "--dry-run"],
    ["roster", "show"],
    ["roster", "opt-out", "U0ALICE001"],
    ["roster", "clear-ooo", "U0ALICE001"],
    ["schedule", "list"],
    ["schedule", "remove", "nope"],
    ["audit"],
]
BAD_URLS = {
    "invalid": ("notadb://somewhere/x", "is not a database URL this bot can use"),
    "unreachable": (
        "postgresql+psycopg://bot:s3cret-pw@127.0.0.1:9/datarequest",
        "Cannot reach the database at postgresql+psycopg://bot:***@127.0.0.1:9/datarequest",
    ),
}


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("DATABASE_URL", "ROSTER_FILE", "SCHEDULES_FILE", "QUERY_LIBRARY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TIMEZONE", "UTC")
    monkeypatch.setattr(db_cmds, "clock", Clock(NOW))
    return tmp_path


@pytest.mark.parametrize("case", sorted(BAD_URLS))
@pytest.mark.parametrize("args", DB_COMMANDS + [["db", "upgrade"], ["db", "status"]], ids=" ".join)
def test_a_bad_database_url_is_one_line(
    cli_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
    args: list[str],
) -> None:
    url, message = BAD_URLS[case]
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("datarequest: ") and message in err
    assert err.count("\n") == 1 and "s3cret-pw" not in err


def test_a_bad_database_url_has_no_traceback_from_the_real_command(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("ROSTER_FILE", "SCHEDULES_FILE")}
    env.update(DATABASE_URL=BAD_URLS["unreachable"][0], DATA_DIR=str(tmp_path / "data"))
    for args in (["tickets", "list"], ["db", "upgrade"]):
        done = subprocess.run(
            [sys.executable, "-c", ENTRY_POINT, *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=60,
        )
        assert done.returncode == 1
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
        assert "Check DATABASE_URL" in done.stderr


@pytest.mark.parametrize("args", DB_COMMANDS, ids=" ".join)
def test_read_only_commands_never_create_tables(
    cli_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
) -> None:
    db_file = cli_env / "fresh" / "db.sqlite3"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db_file}")
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "has no datarequest tables yet: run `datarequest db upgrade`." in err
    assert err.count("\n") == 1
    assert not db_file.exists() and not db_file.parent.exists()


def test_only_db_upgrade_migrates_a_postgresql_database(
    cli_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    pg_url: str,
) -> None:
    monkeypatch.setenv("DATABASE_URL", pg_url)
    for args in (["tickets", "list"], ["roster", "show"], ["audit"], ["schedule", "list"]):
        assert main(args) == 1
        assert "run `datarequest db upgrade`" in capsys.readouterr().err
    engine = make_engine(pg_url)
    try:
        assert inspect(engine).get_table_names() == []
        assert main(["db", "status"]) == 1
        assert "this version needs" in capsys.readouterr().out
        assert main(["db", "upgrade"]) == 0
        assert "(was empty)" in capsys.readouterr().out
        assert "query_runs" in inspect(engine).get_table_names()
        assert main(["db", "upgrade"]) == 0
        assert "already up to date" in capsys.readouterr().out
        assert main(["db", "status"]) == 0
        assert main(["tickets", "list"]) == 0
        assert capsys.readouterr().out.strip().endswith("No tickets.")
    finally:
        engine.dispose()


def _upgraded_with_one_member(cli_env: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{cli_env / 'db.sqlite3'}")
    roster = cli_env / "roster.yaml"
    roster.write_text("members:\n  - {id: U0ALICE001, name: Alice}\n", encoding="utf-8")
    monkeypatch.setenv("ROSTER_FILE", str(roster))
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()


def test_tickets_create(cli_env: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    _upgraded_with_one_member(cli_env, monkeypatch, capsys)
    args = ["tickets", "create", "churn by plan for the board", "--as", "U0REQ00001"]
    assert main([*args, "--channel", "C0GROWTH01", "--due", "2026-11-27"]) == 0
    out = capsys.readouterr().out
    assert (
        out == "Ticket #1 opened (assigned to U0ALICE001, normal priority, due 2026-11-27 17:00).\n"
    )
    assert main(["tickets", "create", "refunds ASAP", "--as", "U0REQ00001"]) == 0
    assert "Ticket #2 opened (assigned to U0ALICE001, high priority" in capsys.readouterr().out
    assert main(["tickets", "show", "1"]) == 0
    out = capsys.readouterr().out
    assert "requester: U0REQ00001 in C0GROWTH01" in out and "created" in out
    assert "2026-11-23 15:00" in out  # the fixed clock, not the real date
    assert main(["tickets", "create", "   ", "--as", "U0REQ00001"]) == 1
    assert "A ticket needs the text of the request." in capsys.readouterr().err


def test_a_broken_sqlite_file_is_one_line(
    cli_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = cli_env / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database file at all" * 200)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{garbage}")
    for args in (["tickets", "list"], ["db", "upgrade"], ["audit"]):
        assert main(args) == 1
        err = capsys.readouterr().err
        assert "Cannot open the database at sqlite:///" in err and "not a database" in err
        assert err.count("\n") == 1


def test_a_database_error_during_a_command_is_one_line(
    cli_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = cli_env / "db.sqlite3"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db_file}")
    assert main(["db", "upgrade"]) == 0
    engine = make_engine(f"sqlite:///{db_file}")
    with engine.begin() as connection:  # someone dropped a table behind the bot's back
        connection.exec_driver_sql("DROP TABLE query_runs")
    engine.dispose()
    capsys.readouterr()
    assert main(["audit"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("datarequest: The database at sqlite:///") and "failed:" in err
    assert "no such table: query_runs" in err and "`datarequest db status`" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("due", "said"),
    [
        ("0001-01-01", "--due 0001-01-01 is in the past: a ticket is due today or later."),
        ("2026-11-22", "--due 2026-11-22 is in the past"),  # the fixed clock's day before
        ("9999-12-31", "--due 9999-12-31 is past 9000"),
    ],
)
def test_tickets_create_refuses_a_due_date_nobody_can_meet(
    cli_env: Path, monkeypatch: pytest.MonkeyPatch, capsys, due: str, said: str
) -> None:
    """A red team found `--due 0001-01-01` accepted (a ticket overdue for two thousand years)."""
    _upgraded_with_one_member(cli_env, monkeypatch, capsys)
    assert main(["tickets", "create", "churn by plan", "--as", "U0REQ00001", "--due", due]) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and err.count("\n") == 1
    assert main(["tickets", "list"]) == 0
    assert capsys.readouterr().out.strip().endswith("No tickets.")
    assert (
        main(["tickets", "create", "churn by plan", "--as", "U0REQ00001", "--due", "2026-11-23"])
        == 0
    )
