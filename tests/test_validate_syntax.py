"""`queries validate` parses each query in its engine's dialect and names the file and line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from bot.answering.selftest import validate_library
from bot.settings import Settings


def test_a_syntax_error_is_named_by_file_and_line(tmp_path: Path) -> None:
    library, warehouse = tmp_path / "library", tmp_path / "warehouse.duckdb"
    library.mkdir()
    with duckdb.connect(str(warehouse)) as con:
        con.execute("CREATE TABLE t (name TEXT)")
    (library / "good.sql").write_text(
        "/*---\ntitle: Good\n---*/\nSELECT name FROM t\n", encoding="utf-8"
    )
    (library / "bad.sql").write_text(
        "/*---\ntitle: Bad\nparams:\n  who: {type: string}\n---*/\n"
        "SELECT name\nFROM t WHERE name = :who AND (\n",
        encoding="utf-8",
    )
    settings = Settings(query_library=library, data_dir=tmp_path, warehouse_path=warehouse)
    report = validate_library(settings, today=date(2026, 11, 22), examples=False)
    bad = [p for p in report.problems if "bad.sql" in p]
    assert bad and all("syntax error in duckdb SQL" in p for p in bad), report.problems
    assert all(p.split(":")[1].isdigit() and int(p.split(":")[1]) >= 6 for p in bad)
    assert report.planned == 1  # the good one still planned
