"""Thirteenth red team (issue 9): the CLI given a path the system cannot look up.

A file or folder flag (`--library`, `--warehouse`, `demo-data --path`, `tickets promote --dir`)
or a path setting (QUERY_LIBRARY, WAREHOUSE_PATH, DATA_DIR, a SQLite DATABASE_URL) naming a
path past the system's length limit, or through a loop of links, ended in "datarequest: unexpected error: OSError:
[Errno 36] File name too long: 'aaaa…'" or "unexpected error: RuntimeError: Symlink loop from
…": every `exists()`, `is_dir()` and `resolve()` raised where the path was first used. And
`demo-data --path` under a file was "unexpected error: FileExistsError". Each is now one line
naming the flag or the setting, and nothing is written.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support import cli_home, run_cli

TOO_LONG = "a" * 5000  # one name past NAME_MAX (255 on Linux)


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> Path:
    cli_home(tmp_path, monkeypatch)
    (tmp_path / "loop").symlink_to("loop")  # a link to itself: ELOOP for what is under it
    (tmp_path / "a-file").write_text("not a folder\n")
    capsys.readouterr()
    return tmp_path


def _listing(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if "loop" not in p.parts}


def _said_in_one_line(err: str, name: str) -> None:
    assert "unexpected error" not in err, err
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "nothing said"
    # argparse prints its usage first; the refusal itself is the last line, naming the flag.
    assert name in lines[-1], err
    assert len(lines[-1]) < 400, lines[-1]


PATH_FLAGS = [
    (["queries", "list", "--library", "{p}"], "--library"),
    (["queries", "validate", "--library", "{p}", "--no-explain"], "--library"),
    (["queries", "show", "revenue_by_region", "--library", "{p}"], "--library"),
    (["queries", "test", "revenue_by_region", "--library", "{p}"], "--library"),
    (["queries", "refresh-values", "--warehouse", "{p}"], "--warehouse"),
    (["match", "revenue by region", "--library", "{p}"], "--library"),
    (["ask", "revenue by region", "--warehouse", "{p}"], "--warehouse"),
    (["demo-data", "--path", "{p}"], "--path"),
    (["tickets", "promote", "1", "--name", "x", "--dir", "{p}"], "--dir"),
]


@pytest.mark.parametrize("bad", ["too-long", "loop"])
@pytest.mark.parametrize(("argv", "flag"), PATH_FLAGS, ids=[" ".join(a[:2]) for a, _ in PATH_FLAGS])
def test_a_path_flag_the_system_cannot_look_up_is_one_line(
    cli: Path, capsys: pytest.CaptureFixture, argv: list[str], flag: str, bad: str
) -> None:
    path = TOO_LONG if bad == "too-long" else os.path.join("loop", "x")
    before = _listing(cli)
    code = run_cli([w.replace("{p}", path) for w in argv])
    out, err = capsys.readouterr()
    assert code in (1, 2), (code, out, err)
    _said_in_one_line(err, flag)
    assert _listing(cli) == before  # nothing written


@pytest.mark.parametrize("bad", ["too-long", "loop"])
@pytest.mark.parametrize("setting", ["QUERY_LIBRARY", "WAREHOUSE_PATH", "DATA_DIR"])
@pytest.mark.parametrize(
    "argv", [["queries", "list"], ["match", "revenue by region"], ["tickets", "list"]]
)
def test_a_path_setting_the_system_cannot_look_up_is_one_line_naming_it(
    cli: Path,
    capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    setting: str,
    bad: str,
    argv: list[str],
) -> None:
    monkeypatch.setenv(setting, TOO_LONG if bad == "too-long" else os.path.join("loop", "x"))
    before = _listing(cli)
    code = run_cli(argv)
    out, err = capsys.readouterr()
    assert code == 1, (code, out, err)
    _said_in_one_line(err, f"Invalid setting {setting}=")
    assert _listing(cli) == before


def test_demo_data_under_a_file_is_one_line_and_writes_nothing(
    cli: Path, capsys: pytest.CaptureFixture
) -> None:
    before = _listing(cli)
    code = run_cli(["demo-data", "--path", os.path.join("a-file", "wh.duckdb")])
    out, err = capsys.readouterr()
    assert code == 1, (code, out, err)
    _said_in_one_line(err, "a-file")
    assert _listing(cli) == before
    assert (cli / "a-file").read_text() == "not a folder\n"


def test_a_missing_path_is_still_told_as_missing_not_refused_as_unreadable(
    cli: Path, capsys: pytest.CaptureFixture
) -> None:
    code = run_cli(["queries", "list", "--library", "no-such-folder"])
    _out, err = capsys.readouterr()
    assert code == 1
    assert "does not exist" in err, err
    assert "cannot look" not in err, err


@pytest.mark.parametrize("bad", ["too-long", "loop"])
@pytest.mark.parametrize("argv", [["db", "status"], ["db", "upgrade"], ["tickets", "list"]])
def test_a_sqlite_database_url_the_system_cannot_look_up_is_one_line_naming_it(
    cli: Path,
    capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    bad: str,
    argv: list[str],
) -> None:
    folder = TOO_LONG if bad == "too-long" else str(cli / "loop" / "x")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{folder}/db.sqlite3")
    before = _listing(cli)
    code = run_cli(argv)
    out, err = capsys.readouterr()
    assert code == 1, (code, out, err)
    _said_in_one_line(err, "Invalid setting DATABASE_URL=")
    assert _listing(cli) == before
