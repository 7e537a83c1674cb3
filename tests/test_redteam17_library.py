"""Twelfth red team (issue 9): library SQL written by others.

A `values:` query whose first rows are values too long to keep (100 KB each) had every one of
them fetched into Python before any was dropped: 5,000 such rows took 1.7 GB in
`queries refresh-values` (and in `serve`'s jobs process, before it answers anything), and the
short values after them were never read. DuckDB now leaves out what would not be kept.
Held (kept as guards): more ways from a library query to the host or the engine's settings.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest
from slack_helpers import make_test_warehouse

from bot.engines.duckdb_engine import DuckDBEngine
from bot.errors import QueryFailed


def _library(tmp_path: Path, values_sql: str) -> Path:
    lib = tmp_path / "library"
    lib.mkdir()
    (lib / "long.sql").write_text(
        "/*---\ntitle: long\nexamples: [long x]\nparams:\n"
        f'  p: {{type: string, values: "{values_sql}"}}\n---*/\nSELECT :p AS p\n'
    )
    return lib


def test_values_too_long_to_keep_are_not_fetched_and_do_not_hide_the_others(
    tmp_path: Path,
) -> None:
    from bot.library.known_values import load_values, refresh_known_values, values_file
    from bot.library.loader import load_library

    warehouse = tmp_path / "wh.duckdb"
    duckdb.connect(str(warehouse)).close()
    sql = (
        "SELECT CASE WHEN range < 6000 THEN repeat(chr(120), 100000) ELSE concat(chr(118), range)"
        " END FROM range(6010) ORDER BY range"
    )
    library = load_library(_library(tmp_path, sql))
    done = refresh_known_values(library, tmp_path / "data", warehouse, cap=5000)
    assert done.problems == ()
    known = load_values(values_file(tmp_path / "data", library.root, warehouse))
    assert sorted(known["long"]["p"]) == [f"v{i}" for i in range(6000, 6010)]


def test_a_values_query_ending_in_a_comment_still_reads(tmp_path: Path) -> None:
    """The wrapper cannot enclose a text whose comment follows its `;`: it runs as written."""
    from bot.library.known_values import load_values, refresh_known_values, values_file
    from bot.library.loader import load_library

    warehouse = tmp_path / "wh.duckdb"
    duckdb.connect(str(warehouse)).close()
    library = load_library(_library(tmp_path, "SELECT 'a' UNION ALL SELECT 'b'; -- done"))
    assert refresh_known_values(library, tmp_path / "data", warehouse).problems == ()
    assert sorted(
        load_values(values_file(tmp_path / "data", library.root, warehouse))["long"]["p"]
    ) == [
        "a",
        "b",
    ]


HOSTILE = [
    "SELECT * FROM query('SELECT getenv(''SECRET_PROBE'')')",
    "SELECT * FROM query_table(['duckdb_' || 'settings'])",
    "SELECT * FROM pg_catalog.pg_settings",
    "SELECT * FROM json_execute_serialized_sql(json_serialize_sql('SELECT 1'))",
    "SELECT * FROM read_parquet('http://127.0.0.1:9/x.parquet')",
    "SELECT * FROM 'http://127.0.0.1:9/x.csv'",
    "WITH x AS (SET memory_limit='10GB') SELECT 1",
    "WITH x AS (PRAGMA database_list) SELECT * FROM x",
    "SELECT * FROM (EXPORT DATABASE '/tmp/redteam17-export')",
    "SELECT * FROM (CALL pragma_database_list())",
    "SELECT \"getenv\"('SECRET_PROBE')",
    "SELECT system.main.getenv('SECRET_PROBE')",
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
    "WITH RECURSIVE r(s) AS (SELECT 'x' UNION ALL SELECT s || s FROM r) SELECT max(length(s)) FROM r",
]


@pytest.mark.parametrize("sql", HOSTILE)
def test_hostile_library_sql_is_refused_or_stopped_without_reaching_the_host(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sql: str
) -> None:
    monkeypatch.setenv("SECRET_PROBE", "xoxb-redteam17-secret")
    engine = DuckDBEngine(make_test_warehouse(tmp_path / "wh.duckdb"), memory_mb=256)
    try:
        with pytest.raises(QueryFailed) as refused:
            engine.run(sql, {}, timeout_s=2, max_rows=5)
        assert "xoxb-redteam17-secret" not in refused.value.reason
        assert str(tmp_path) not in refused.value.reason
        assert not os.path.exists("/tmp/redteam17-export")
        assert engine.run("SELECT 1 AS one", {}, timeout_s=5).rows == [(1,)]  # it carries on
    finally:
        engine.close()
