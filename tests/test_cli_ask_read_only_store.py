"""`ask` on a store it cannot write answers, with exactly one warning line.

Found: on a read-only SQLite file `ask` answered under three warnings (the store, then the
request log, then the audit, each a write that failed); in a read-only data folder it did
not answer at all ("Cannot open the database …: unable to open database file"), as SQLite
cannot open a WAL database there even to read it. The store is now read as it is and the
answer path writes nothing once the opening said the store takes no write.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from slack_helpers import app_settings
from test_trust_leftovers import _immutable, _migrated

ANSWERABLE = "top 5 customers last quarter"


def _store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str = "data"
) -> tuple[Path, Path]:
    """A data folder with a migrated store and the demo warehouse (made while writable)."""
    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    data = tmp_path / folder
    data.mkdir()
    monkeypatch.setenv("DATA_DIR", str(data))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    url = f"sqlite:///{data / 'datarequest.sqlite3'}"
    database = _migrated(app_settings(tmp_path, "http://127.0.0.1:9/api/", database_url=url))
    assert main(["ask", ANSWERABLE]) == 0
    return data, database


def _assert_answered_with_one_warning(
    code: int, out: str, err: str, what: str = "top_customers"
) -> None:
    assert code == 0, err
    assert what in out and "row(s)" in out, out
    lines = err.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("warning: The database at ") and "cannot be written" in lines[0]
    assert "Traceback" not in err and "not recorded" not in err


def test_ask_on_a_read_only_store_file_warns_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    _data, database = _store(tmp_path, monkeypatch)
    capsys.readouterr()
    with _immutable(database):
        code = main(["ask", "top 3 customers last year"])  # not cached: the cache is a write too
        out, err = capsys.readouterr()
    _assert_answered_with_one_warning(code, out, err)


def test_ask_in_a_read_only_data_folder_answers_and_warns_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    data, _database = _store(tmp_path, monkeypatch, "data #1")  # a URI character too
    before = sorted(p.name for p in data.iterdir())
    capsys.readouterr()
    with _immutable(data):
        code = main(["ask", "top 3 customers last year"])
        out, err = capsys.readouterr()
        named = main(["ask", "top_customers", "--param", "n=2", "--format", "csv"])
        csv_out, csv_err = capsys.readouterr()
    _assert_answered_with_one_warning(code, out, err)
    assert named == 0 and len(csv_out.splitlines()) == 3, csv_out
    assert len(csv_err.splitlines()) == 1 and "cannot be written" in csv_err
    assert sorted(p.name for p in data.iterdir()) == before  # nothing made in the folder
