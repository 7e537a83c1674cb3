"""The warehouse's file name never reaches library SQL: its catalog is called `warehouse`.

Found: DuckDB names the database it opens after its file, so `SELECT current_database()`,
`information_schema.schemata`, `pg_database` or a "did you mean <file>.products" error told a
requester what the warehouse file is called on the host. Every way below to ask for the
database's name answers `warehouse` or nothing, while queries over the tables (unqualified,
`main.x`, `warehouse.x`) run as before.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from bot.engines.demo_data import generate
from bot.engines.duckdb_engine import DuckDBEngine
from bot.errors import QueryFailed
from bot.library.known_values import refresh_known_values
from bot.library.loader import load_library

STEM = "acme_private_dw_7f3a"  # the file's name, which no answer may carry
FOLDER = "hostdir_9c1e"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp(FOLDER) / f"{STEM}.duckdb"
    generate(path, scale=0.005, today=dt.date(2026, 11, 22))
    return path


@pytest.fixture(scope="module")
def engine(warehouse: Path) -> Iterator[DuckDBEngine]:
    eng = DuckDBEngine(warehouse)
    yield eng
    eng.close()


def _answer(engine: DuckDBEngine, sql: str) -> str:
    """What a person sees of `sql`: its rows, or the one line it failed with."""
    try:
        return repr(engine.run(sql, {}, timeout_s=10, max_rows=500).rows)
    except QueryFailed as exc:
        return exc.reason


def _assert_no_name(text: str) -> None:
    assert STEM not in text and FOLDER not in text, text


NAME_QUERIES = {
    "current_database": ("SELECT current_database()", [("warehouse",)]),
    "current_catalog": ("SELECT current_catalog()", [("warehouse",)]),
    "schemata": (
        "SELECT DISTINCT catalog_name FROM information_schema.schemata "
        "WHERE schema_name = 'main' AND catalog_name NOT IN ('memory', 'system', 'temp')",
        [("warehouse",)],
    ),
    "tables": ("SELECT DISTINCT table_catalog FROM information_schema.tables", [("warehouse",)]),
    "columns": ("SELECT DISTINCT table_catalog FROM information_schema.columns", [("warehouse",)]),
    "character_sets": (
        "SELECT default_collate_catalog FROM information_schema.character_sets",
        [("warehouse",)],
    ),
    "pg_database": (
        "SELECT datname FROM pg_catalog.pg_database "
        "WHERE datname NOT IN ('memory', 'system', 'temp')",
        [("warehouse",)],
    ),
}


@pytest.mark.parametrize("name", sorted(NAME_QUERIES))
def test_every_way_to_ask_the_database_name_says_warehouse(engine: DuckDBEngine, name: str) -> None:
    sql, expected = NAME_QUERIES[name]
    assert engine.run(sql, {}, timeout_s=10, max_rows=10).rows == expected


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT error(current_database())",
        "SELECT * FROM system.main.products",  # "did you mean <catalog>.products"
        "SELECT * FROM temp.main.customers",
        "SELECT * FROM no_such_table",
        "SELECT * FROM duckdb_databases()",
        "SELECT * FROM pragma_database_list",
        "SELECT current_setting('allowed_paths')",
        "SELECT * FROM (SHOW databases)",
        "SELECT * FROM (SHOW ALL TABLES)",
    ],
)
def test_errors_and_refusals_do_not_name_the_file(engine: DuckDBEngine, sql: str) -> None:
    with pytest.raises(QueryFailed) as info:
        engine.run(sql, {}, timeout_s=10, max_rows=10)
    _assert_no_name(info.value.reason)


def test_no_catalog_function_or_view_names_the_file(
    engine: DuckDBEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every DuckDB function that takes no argument, and every built-in view, run as library
    SQL: none answers with the file's name or folder (most are refused, the rest say less)."""
    monkeypatch.setenv("SANDBOX_PROBE", STEM)  # an environment variable is no way out either
    with duckdb.connect() as plain:
        functions = plain.execute(
            "SELECT DISTINCT function_name, function_type FROM duckdb_functions() "
            "WHERE len(parameters) = 0 AND function_type IN ('scalar', 'table', 'macro', "
            "'table_macro')"
        ).fetchall()
        views = plain.execute("SELECT schema_name, view_name FROM duckdb_views() WHERE internal")
        views = views.fetchall()
    queries = [
        f'SELECT * FROM "{name}"()' if "table" in kind else f'SELECT "{name}"()'
        for name, kind in functions
    ] + [f'SELECT * FROM "{schema}"."{view}"' for schema, view in views]
    assert len(queries) > 100
    for sql in queries:
        _assert_no_name(_answer(engine, sql))


def test_the_tables_read_as_before(engine: DuckDBEngine) -> None:
    with pytest.raises(QueryFailed, match="does not exist"):  # the file's name reads nothing
        engine.run(f"SELECT count(*) FROM {STEM}.main.products", {}, timeout_s=10, max_rows=1)
    for sql in (
        "SELECT count(*) FROM products",
        "SELECT count(*) FROM main.products",
        "SELECT count(*) FROM warehouse.products",
        "SELECT count(*) FROM warehouse.main.products",
    ):
        assert engine.run(sql, {}, timeout_s=10, max_rows=1).rows == [(300,)], sql


def test_each_threads_cursor_reads_the_warehouse(engine: DuckDBEngine) -> None:
    import threading

    seen: list[object] = []

    def ask() -> None:
        seen.append(engine.run("SELECT current_database()", {}, timeout_s=10, max_rows=1).rows)

    workers = [threading.Thread(target=ask) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert seen == [[("warehouse",)]] * 3


def test_known_values_do_not_carry_the_file_name(warehouse: Path, tmp_path: Path) -> None:
    """`queries refresh-values` runs a `values:` query in the same sandbox."""
    library = tmp_path / "lib"
    library.mkdir()
    (library / "by_status.sql").write_text(
        "/*---\ntitle: Orders by status\nparams:\n"
        "  status: {type: string, values: \"SELECT current_database() || '-' || status "
        'FROM orders"}\n---*/\n'
        "SELECT count(*) FROM orders WHERE status = :status\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    done = refresh_known_values(load_library(library), data, warehouse)
    assert done.values > 0 and done.problems == ()
    stored = json.loads(next((data / "known-values").glob("*.json")).read_text(encoding="utf-8"))
    values = stored["values"]["by_status"]["status"]
    assert values and all(value.startswith("warehouse-") for value in values), values


def test_a_second_sandboxed_opening_in_the_same_process_works(
    engine: DuckDBEngine, warehouse: Path
) -> None:
    """A refresh of known values beside an open engine: DuckDB shared one instance per file
    path, whose locked configuration made the second opening fail ("another process holds it
    open for writing"); each opening is now its own in-memory database."""
    from bot.engines.duckdb_engine import open_sandboxed

    engine.run("SELECT 1", {}, timeout_s=10, max_rows=1)
    with open_sandboxed(warehouse) as con, open_sandboxed(warehouse) as again:
        assert con.execute("SELECT count(*) FROM products").fetchall() == [(300,)]
        assert again.execute("SELECT current_database()").fetchall() == [("warehouse",)]
