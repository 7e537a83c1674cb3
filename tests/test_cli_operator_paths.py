"""A folder where a file belongs, and a file (or nothing) where the library belongs: one line
that names the setting and what is wrong, never "N problem(s)" for a single one, never a crash.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_operator import one_line_refusal, run

from bot.library.model import LibraryError, Problem
from bot.services import library_refusal


@pytest.mark.parametrize("command", [("ask", "top 5 customers"), ("queries", "refresh-values")])
def test_warehouse_path_naming_a_folder_says_so_and_names_the_setting(
    command: tuple[str, ...], tmp_path: Path
) -> None:
    folder = tmp_path / "warehouse"
    folder.mkdir()
    done = run(*command, env={"DATA_DIR": str(tmp_path), "WAREHOUSE_PATH": str(folder)})
    line = one_line_refusal(done)
    assert f"WAREHOUSE_PATH={folder} is a folder, not a DuckDB file" in line, line
    assert "not found" not in line


def test_a_folder_in_place_of_the_demo_warehouse(tmp_path: Path) -> None:
    (tmp_path / "warehouse.duckdb").mkdir()
    line = one_line_refusal(run("ask", "top 5 customers", env={"DATA_DIR": str(tmp_path)}))
    assert f"{tmp_path / 'warehouse.duckdb'} is a folder" in line and "DATA_DIR" in line, line


@pytest.mark.parametrize("what", ["file", "missing"])
def test_ask_with_a_library_that_is_not_a_folder_reads_as_one_plain_line(
    what: str, tmp_path: Path
) -> None:
    library = tmp_path / ("README.md" if what == "file" else "nowhere")
    if what == "file":
        library.write_text("# not queries\n", encoding="utf-8")
    line = one_line_refusal(
        run("ask", "top customers", env={"DATA_DIR": str(tmp_path), "QUERY_LIBRARY": str(library)})
    )
    assert f"The query library {library}: " in line and "QUERY_LIBRARY" in line, line
    assert "problem(s)" not in line and ":0:" not in line


def test_doctor_with_a_library_that_is_a_file_reports_it_without_crashing(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# not queries\n", encoding="utf-8")
    done = run(
        "doctor",
        env={"DATA_DIR": str(tmp_path), "QUERY_LIBRARY": str(readme), "SLACK_BOT_TOKEN": ""},
    )
    assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    engines = [line for line in done.stdout.splitlines() if line.startswith("FAIL  engines")]
    assert len(engines) == 1 and "is a file, but a query library is a folder" in engines[0]


def test_one_broken_file_is_named_with_its_line_and_several_are_counted(tmp_path: Path) -> None:
    one = LibraryError([Problem(str(tmp_path / "a.sql"), 3, "bad header")])
    assert library_refusal(tmp_path, one) == (
        f"The query library {tmp_path} cannot be loaded: {tmp_path / 'a.sql'}:3: bad header; "
        "run `datarequest queries validate` for details"
    )
    two = LibraryError(
        [Problem(str(tmp_path / "a.sql"), 3, "bad header"), Problem(str(tmp_path), 0, "x")]
    )
    assert "(and 1 more)" in library_refusal(tmp_path, two)
