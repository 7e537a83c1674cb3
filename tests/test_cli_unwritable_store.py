"""`ask` on a store that takes no write: the answer, and one line for what could not be done.

Found: `ask --ticket` on a read-only SQLite store ended in "unexpected error: OperationalError"
(a bug's words for an operator's problem), and `ask` added to the start-up warning a hint that
"a new database needs `datarequest db upgrade`", which sends the operator the wrong way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from slack_helpers import app_settings
from test_trust_leftovers import _immutable, _migrated

ANSWERABLE = "top 5 customers last quarter"
UNMATCHED = "please build a churn dashboard by cohort"


def test_ask_on_a_store_that_takes_no_write_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"  # not app_settings' test warehouse: the demo one, made here
    data.mkdir()
    monkeypatch.setenv("DATA_DIR", str(data))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    url = f"sqlite:///{data / 'datarequest.sqlite3'}"
    database = _migrated(app_settings(tmp_path, "http://127.0.0.1:9/api/", database_url=url))
    assert main(["ask", ANSWERABLE]) == 0  # the demo warehouse, made while it can be written
    capsys.readouterr()
    with _immutable(database):
        answered = main(["ask", ANSWERABLE])
        answered_err = capsys.readouterr().err
        ticketed = main(["ask", "--ticket", UNMATCHED])
        ticketed_err = capsys.readouterr().err.splitlines()
    assert answered == 0
    assert "db upgrade" not in answered_err, answered_err
    assert ticketed == 1
    assert len(ticketed_err) == 2, ticketed_err
    assert ticketed_err[0].startswith("warning: ") and "cannot be written" in ticketed_err[0]
    assert "unexpected error" not in ticketed_err[1], ticketed_err
    assert ticketed_err[1].startswith("datarequest: not done: the database cannot be written")
