"""Ninth red team: a query library folder holding what is not a query file.

A library folder is a checkout written by others. A FIFO or a device named like a query made
the loader's read wait for ever (`serve` never started, every command hung), and a folder link
back up the tree made the CLI's parsed-copy check walk the same folders without end. Each is
now a problem of that file or ignored like the loader ignores it, and the good queries load.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from slack_helpers import make_test_library, make_test_warehouse

from bot.cli import main
from bot.library.file_read import MAX_FILE_BYTES
from bot.library.loader import check_library
from bot.library.parsed_cache import check_library_cached

GOOD = {"revenue_by_region", "daily_revenue", "order_lookup"}


def _names(library: object) -> set[str]:
    return set(library.queries)  # type: ignore[attr-defined]


@pytest.mark.timeout(60)
def test_a_pipe_or_a_device_named_like_a_query_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    root = make_test_library(tmp_path / "queries")
    os.mkfifo(root / "pipe.sql")  # no writer: a plain read waits for ever
    (root / "null.sql").symlink_to("/dev/null")
    (root / "folder.sql").mkdir()
    library, problems = check_library(root)
    assert _names(library) >= GOOD
    why = {Path(p.path).name: p.reason for p in problems}
    assert why["pipe.sql"] == (
        "cannot read the file: not a regular file (a pipe, a device or a folder)"
    )
    assert why["null.sql"] == why["pipe.sql"]
    assert "folder.sql" not in why or why["folder.sql"] == why["pipe.sql"]


def test_a_file_past_the_size_limit_is_a_problem_and_is_not_read_whole(tmp_path: Path) -> None:
    root = make_test_library(tmp_path / "queries")
    header = "/*---\ntitle: Huge\ndescription: d\n---*/\nSELECT 1\n"
    (root / "huge.sql").write_text(header + "-- x\n" * (MAX_FILE_BYTES // 4), encoding="utf-8")
    library, problems = check_library(root)
    assert _names(library) >= GOOD and "huge" not in _names(library)
    assert [(Path(p.path).name, p.reason) for p in problems] == [
        ("huge.sql", "the file is larger than 1 MB")
    ]


def test_a_file_saved_with_windows_newlines_still_loads(tmp_path: Path) -> None:
    root = make_test_library(tmp_path / "queries")
    text = (root / "revenue_by_region.sql").read_text(encoding="utf-8")
    (root / "revenue_by_region.sql").write_bytes(text.replace("\n", "\r\n").encode())
    library, problems = check_library(root)
    assert problems == [] and _names(library) >= GOOD


@pytest.mark.timeout(60)
def test_folder_links_back_up_the_tree_do_not_make_the_cli_walk_for_ever(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    root = make_test_library(tmp_path / "queries")
    (root / "shared").mkdir()
    # Two links up: followed, each level doubles the folders walked (2**40 before ELOOP).
    (root / "shared" / "up").symlink_to("..")
    (root / "shared" / "top").symlink_to("../..")
    library, problems = check_library_cached(root, tmp_path / "data")
    assert problems == [] and _names(library) >= GOOD

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite3'}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QUERY_LIBRARY", str(root))
    monkeypatch.setenv("WAREHOUSE_PATH", str(make_test_warehouse(tmp_path / "wh.duckdb")))
    capsys.readouterr()
    assert main(["queries", "list"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in GOOD), out


@pytest.mark.timeout(90)
def test_a_file_of_many_binds_is_checked_in_one_pass(tmp_path: Path) -> None:
    # Each bind's line was counted from the start of the text: 100,000 binds took minutes.
    root = make_test_library(tmp_path / "queries")
    body = "SELECT " + " +\n".join([":a"] * 100_000)
    (root / "binds.sql").write_text(f"/*---\ntitle: B\ndescription: d\n---*/\n{body}\n")
    library, problems = check_library(root)
    assert _names(library) >= GOOD and "binds" not in _names(library)
    assert len(problems) == 100_000
    assert problems[0].line == 5 and problems[-1].line == 5 + 99_999
    assert problems[-1].reason == ":a is used in the SQL but no parameter declares it"
