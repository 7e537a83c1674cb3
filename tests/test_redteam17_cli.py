"""Twelfth red team (issue 9): the CLI's time bounds at the ends of the calendar.

`datarequest audit --until 9999-12-31` ended in "unexpected error: OverflowError" (the day
after the last one), and in a timezone west of UTC `--since 9999-12-31T23:59` or `--since
0001-01-01` blamed the database ("The database … failed: date value out of range"): the bound
was moved to UTC at the query. The bounds are now moved to UTC when read and kept between
1900 and 9000, which hold every entry the app writes.
"""

from __future__ import annotations

import json
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
    assert main(["ask", "revenue_by_region"]) == 0  # one request and one query run audited
    capsys.readouterr()
    return tmp_path


def _run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as stopped:
        return int(stopped.code or 0)


@pytest.mark.parametrize("tz", ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"])
@pytest.mark.parametrize(
    ("bounds", "found"),
    [
        (["--until", "9999-12-31"], True),
        (["--since", "0001-01-01"], True),
        (["--since", "0001-01-01T00:00", "--until", "9999-12-31"], True),
        (["--since", "9999-12-31T23:59"], False),
        (["--since", "9999-12-31"], False),
        (["--until", "0001-01-01"], False),
        (["--until", "9999-12-31T23:59:59.999999-23:59"], True),
    ],
)
def test_audit_bounds_at_the_ends_of_the_calendar_filter_not_fail(
    cli: Path,
    capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    tz: str,
    bounds: list[str],
    found: bool,
) -> None:
    monkeypatch.setenv("TIMEZONE", tz)
    assert _run(["audit", "--format", "json", *bounds]) == 0
    out, err = capsys.readouterr()
    assert not err, err
    kinds = {json.loads(line)["kind"] for line in out.splitlines() if line.strip()}
    assert kinds == ({"request", "query"} if found else set()), out
