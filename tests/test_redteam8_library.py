"""Eighth red team: library SQL that reads DuckDB's settings through a statement the name list
does not see.

`duckdb_settings()` and `current_setting('secret_directory')` are refused by name (section 1),
but DuckDB also reads any setting with `SHOW <name>`, a statement it accepts as a subquery:
`SELECT * FROM (SHOW secret_directory)` answered the home folder (`/root/.duckdb/...`) and
`(SHOW allowed_paths)` the warehouse's full path, in a query that passed every check as one
SELECT. The engine now reads the statement with DuckDB's own parser and refuses any SHOW,
DESCRIBE or SUMMARIZE in it.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from bot.engines.registry import EngineRegistry
from bot.errors import QueryFailed
from bot.settings import Settings

SHOWS = {
    "a setting in a subquery": "SELECT * FROM (SHOW secret_directory)",
    "the warehouse's paths": "SELECT * FROM orders, (SHOW allowed_paths) AS s LIMIT 1",
    "a bare SHOW": "SHOW home_directory",
    "SHOW in a CTE": "WITH s AS (SHOW extension_directory) SELECT * FROM s",
    "SHOW in a scalar subquery": "SELECT (SELECT * FROM (SHOW secret_directory)) AS x",
    "DESCRIBE in a subquery": "SELECT * FROM (DESCRIBE orders)",
    "SUMMARIZE in an IN list": "SELECT 1 WHERE 'x' IN (SELECT column_name FROM (SUMMARIZE orders))",
}


@pytest.fixture
def engine(tmp_path: Path) -> object:
    folder = tmp_path / "private_project"
    folder.mkdir()
    warehouse = folder / "wh.duckdb"
    con = duckdb.connect(str(warehouse))
    con.execute("CREATE TABLE orders AS SELECT range AS id, 'SHOW x' AS show FROM range(3)")
    con.close()
    registry = EngineRegistry(Settings(warehouse_path=warehouse))
    yield registry.get("duckdb")
    registry.close()


@pytest.mark.parametrize("name", sorted(SHOWS))
def test_show_describe_and_summarize_are_refused_in_library_sql(engine: object, name: str) -> None:
    with pytest.raises(QueryFailed) as info:
        engine.run(SHOWS[name], {}, timeout_s=10, max_rows=10)  # type: ignore[attr-defined]
    assert "SHOW, DESCRIBE or SUMMARIZE" in info.value.reason
    assert "private_project" not in info.value.reason and ".duckdb" not in info.value.reason
    with pytest.raises(QueryFailed):
        engine.explain(SHOWS[name], {})  # type: ignore[attr-defined]


def test_the_words_as_a_value_or_a_column_still_run(engine: object) -> None:
    """The guard: the parser, not the words, decides: a column called `show`, the words in a
    string, and a bound value run as before."""
    result = engine.run(  # type: ignore[attr-defined]
        'SELECT id, "show", \'SHOW allowed_paths\' AS s FROM orders WHERE "show" <> :v ORDER BY id',
        {"v": "(SHOW secret_directory)"},
        timeout_s=10,
        max_rows=10,
    )
    assert result.rows[0] == (0, "SHOW x", "SHOW allowed_paths")


def test_a_values_query_is_held_to_the_same_check(tmp_path: Path) -> None:
    """A parameter's `values:` SQL (`queries refresh-values`, `serve`'s start) ran on the
    sandboxed connection with only a check of its statement type: `(SHOW secret_directory)`
    stored the home folder as a value the matcher reads. It is library SQL like any other."""
    from bot.library.known_values import load_value_keys, refresh_known_values, values_file
    from bot.library.loader import load_library

    warehouse = tmp_path / "wh.duckdb"
    con = duckdb.connect(str(warehouse))
    con.execute("CREATE TABLE orders AS SELECT 'EMEA' AS region")
    con.close()
    lib = tmp_path / "library"
    lib.mkdir()
    for name, values in (("by_region", "SELECT region FROM orders"),
                         ("by_folder", "SELECT * FROM (SHOW secret_directory)")):  # fmt: skip
        (lib / f"{name}.sql").write_text(
            f"/*---\ntitle: {name}\nexamples: [{name} x]\nparams:\n  p: {{type: string, "
            f'values: "{values}"}}\n---*/\nSELECT region FROM orders WHERE region = :p\n'
        )
    library = load_library(lib)
    done = refresh_known_values(library, tmp_path / "data", warehouse)
    assert [p for p in done.problems if "SHOW, DESCRIBE or SUMMARIZE" in p], done.problems
    stored = values_file(tmp_path / "data", library.root, warehouse).with_suffix(".keys")
    assert done.values == 1 and stored.is_file()
    assert ".duckdb" not in stored.read_bytes().decode("utf-8", "replace")
    assert load_value_keys(values_file(tmp_path / "data", library.root, warehouse))


@pytest.mark.timeout(60)
def test_a_values_query_that_never_ends_is_stopped_and_the_others_stored(tmp_path: Path) -> None:
    """`serve`'s jobs process refreshes the known values before it answers anything: a library
    file whose `values:` SQL never ended held it there for ever (nothing was answered). Each
    `values:` query now has its time (VALUES_TIMEOUT_S), past which it is one problem line."""
    from bot.library.known_values import VALUES_TIMEOUT_S, refresh_known_values
    from bot.library.loader import load_library

    warehouse = tmp_path / "wh.duckdb"
    con = duckdb.connect(str(warehouse))
    con.execute("CREATE TABLE orders AS SELECT 'EMEA' AS region")
    con.close()
    lib = tmp_path / "library"
    lib.mkdir()
    endless = "SELECT CAST(a.range AS VARCHAR) FROM range(100000000000) a WHERE a.range < 0"
    for name, values in (("endless", endless), ("by_region", "SELECT region FROM orders")):
        (lib / f"{name}.sql").write_text(
            f"/*---\ntitle: {name}\nexamples: [{name} x]\nparams:\n  p: {{type: string, "
            f'values: "{values}"}}\n---*/\nSELECT region FROM orders WHERE region = :p\n'
        )
    done = refresh_known_values(load_library(lib), tmp_path / "data", warehouse, timeout_s=0.5)
    assert [p for p in done.problems if "longer than 0.5 s" in p], done.problems
    assert done.values == 1 and done.params == 1
    assert 0 < VALUES_TIMEOUT_S <= 60


def test_a_values_query_of_millions_of_rows_is_read_only_as_far_as_the_cap(
    tmp_path: Path,
) -> None:
    """Every row of a `values:` query was fetched into Python before the first `cap` were kept:
    20,000,000 rows took 13 s and 3.3 GB to keep 5,000 (in the jobs process, before it answers
    anything). Rows past what is kept are not read now: here reading them would fail."""
    from bot.library.known_values import refresh_known_values
    from bot.library.loader import load_library

    warehouse = tmp_path / "wh.duckdb"
    duckdb.connect(str(warehouse)).close()
    lib = tmp_path / "library"
    lib.mkdir()
    many = (
        "SELECT CASE WHEN range < 10000000 THEN concat(chr(118), range) ELSE error(chr(33)) END "
        "FROM range(20000000)"
    )
    (lib / "many.sql").write_text(
        f'/*---\ntitle: many\nexamples: [many x]\nparams:\n  p: {{type: string, values: "{many}"}}'
        "\n---*/\nSELECT :p AS p\n"
    )
    done = refresh_known_values(load_library(lib), tmp_path / "data", warehouse, cap=50)
    assert done.problems == () and done.values == 50
