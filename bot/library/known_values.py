"""Known values: the values a `string` or `choice` parameter can take, read from the warehouse
ahead of time so the matcher recognises them in requests ("flights from Aberdeen").

docs/query-library.md "Known values": a parameter's `values:` names them (a list, a query on
the same engine, or `none` to opt out); otherwise, for a `string` parameter compared with a
column in the SQL (`col = :p`, `lower(col) = lower(:p)`, `col LIKE :p`, `col IN (:p)`), the
column is found by parsing the SQL with sqlglot and its distinct values are read, capped per
parameter. `datarequest queries refresh-values` stores them as JSON in the data folder, one file
per (library, warehouse), with a sorted key file the match path searches in place
(bot.library.value_keys: no sqlglot, no duckdb, no parsing at start-up).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.library.model import Library, ParamDef, QueryDef
from bot.library.shown_values import SHOWN_CAP, load_shown_keys, read_shown, save_shown
from bot.library.sql_columns import (
    TableName,
    base_column,
    parsed_statement,
)
from bot.library.value_keys import (
    KeyFile,
    ValueKeys,
    open_key_file,
    replace_file,
    value_keys,
    write_key_file,
)
from bot.library.value_parts_file import open_parts_file, parts_path, write_parts_file

# The values of the text columns each query shows or groups by are read too (shown_values).
READ_SHOWN_VALUES = True
CAP_PER_PARAM = 5000  # distinct values kept per parameter
MAX_VALUE_LENGTH = 120
VALUES_SQL_ONLY = "a `values:` query must be a single SELECT over the warehouse"
# One `values:` query's time: `serve`'s jobs process refreshes before it answers anything, so a
# query that never ended (a library file written by others) held every request for ever.
VALUES_TIMEOUT_S = 30.0

KnownValues = dict[str, dict[str, list[str]]]  # query -> parameter -> values as stored


@dataclass(frozen=True)
class ValueSource:
    """Where one parameter's values come from: a list, a query, or a compared column.

    None of the three: no column compared with the parameter was found (a refresh warns)."""

    query: str
    param: str
    values: tuple[str, ...] = ()
    sql: str | None = None
    table: TableName | None = None  # None: any table of the query that has `column`
    column: str | None = None
    tables: tuple[TableName, ...] = ()  # the query's base tables, to resolve `column` at refresh


def _opted_out(p: ParamDef) -> bool:
    return isinstance(p.values, str) and p.values.strip().lower() in ("none", "no", "false")


def value_sources(library: Library) -> list[ValueSource]:
    """Every parameter whose known values can be read, with where they live."""
    out: list[ValueSource] = []
    for q in library:
        for p in q.params:
            if not p.kind.has_values or _opted_out(p):
                continue
            if isinstance(p.values, tuple):
                out.append(ValueSource(q.name, p.name, values=p.values))
            elif isinstance(p.values, str):
                out.append(ValueSource(q.name, p.name, sql=p.values))
            elif not p.kind.has_choices:  # a choice's values are its choices
                found = compared_column(q, p.name)
                if found is None:
                    out.append(ValueSource(q.name, p.name))
                    continue
                table, column, tables = found
                out.append(ValueSource(q.name, p.name, table=table, column=column, tables=tables))
    return out


def compared_column(
    query: QueryDef, bind: str
) -> tuple[TableName | None, str, tuple[TableName, ...]] | None:
    """(table or None, column, the query's base tables) that `:bind` is compared with.

    A column of a CTE or subquery is traced back to the base table column it renames."""
    from sqlglot import exp  # heavy (0.2-0.5 s): only `queries refresh-values` parses SQL

    parsed = parsed_statement(query)
    if parsed is None:
        return None
    tree, root, tables = parsed
    scopes = {id(s.expression): s for s in root.traverse()} if root is not None else {}
    predicates = (exp.EQ, exp.Like, exp.ILike, exp.In, exp.NEQ, exp.Func)
    for ph in tree.find_all(exp.Placeholder):
        if ph.name != bind:
            continue
        node = ph.parent
        while node is not None and not isinstance(node, predicates):
            node = node.parent
        while isinstance(node, exp.Lower | exp.Upper | exp.Trim):  # lower(:p) sits in a Func
            node = node.parent
        if node is None:
            continue
        column = next((c for c in node.find_all(exp.Column) if c.name), None)
        if column is None:
            continue
        scope = next((scopes[id(a)] for a in _ancestors(column) if id(a) in scopes), None)
        table, name = base_column(column, scope) if scope is not None else (None, column.name)
        if table is None and not column.table and len(tables) == 1:
            table = tables[0]
        return table, name, tuple(tables)
    return None


def _ancestors(node: Any) -> list[Any]:
    out = []
    while node.parent is not None:
        node = node.parent
        out.append(node)
    return out


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def distinct_values_sql(table: TableName, column: str, cap: int = CAP_PER_PARAM) -> str:
    col = _quote(column)
    return (
        f"SELECT DISTINCT CAST({col} AS VARCHAR) FROM {'.'.join(map(_quote, table))} "
        f"WHERE {col} IS NOT NULL LIMIT {int(cap)}"
    )


def read_values(
    sources: list[ValueSource],
    run: Callable[[str], list[tuple[Any, ...]]],
    columns_of: Callable[[TableName], set[str]],
    cap: int = CAP_PER_PARAM,
    progress: Callable[[int, int, str], None] | None = None,
) -> tuple[KnownValues, list[str]]:
    """Run every source; return the values (as stored) and one line per source that failed.

    `progress(done, total, source)` hears of each source read (a progress line in the CLI)."""
    known: KnownValues = {}
    problems: list[str] = []
    for done, src in enumerate(sources):
        where = f"{src.query}.{src.param}"
        if progress is not None:
            progress(done, len(sources), where)
        if src.values:
            rows: list[tuple[Any, ...]] = [(v,) for v in src.values]
        else:
            sql = src.sql
            if sql is None and src.column is None:
                problems.append(
                    f"{where}: no column compared with :{src.param} found in the SQL "
                    "(give it `values:` or `values: none`)"
                )
                continue
            if sql is None and src.column is not None:
                table = src.table or next(
                    (t for t in src.tables if src.column.lower() in columns_of(t)), None
                )
                if table is None:
                    problems.append(f"{where}: no table of the query has a column {src.column}")
                    continue
                sql = distinct_values_sql(table, src.column, cap)
            try:
                rows = run(sql or "")
            except Exception as exc:  # one bad source must not stop the others
                problems.append(f"{where}: {str(exc).splitlines()[0][:200]}")
                continue
        values: list[str] = []
        seen: set[str] = set()  # a list's `in` made 5,000 values a quadratic 4 s
        for row in rows[:cap]:
            if row and row[0] is not None:
                text = str(row[0]).strip()
                if text and len(text) <= MAX_VALUE_LENGTH and text not in seen:
                    seen.add(text)
                    values.append(text)
        known.setdefault(src.query, {})[src.param] = values
    return known, problems


def _short_rows(con: Any, sql: str, count: int) -> list[tuple[Any, ...]]:
    """The first `count` rows of `sql` whose value could be kept: values past what is kept are
    left out by DuckDB, not fetched (5,000 values of 100 KB each took 1.7 GB, and none was
    kept). A text the wrapper cannot enclose (a comment after its last `;`) runs as written."""
    import duckdb

    body = sql.rstrip().rstrip(";")
    wrapped = (
        f"SELECT v FROM (\n{body}\n) AS values_query(v) "
        f"WHERE length(CAST(v AS VARCHAR)) <= {4 * MAX_VALUE_LENGTH}"
    )
    try:
        return con.execute(wrapped).fetchmany(count)
    except duckdb.ParserException:
        return con.execute(sql).fetchmany(count)


def table_columns(con: Any, table: TableName) -> set[str]:
    """The lower-cased column names of `table` (its schema and database too when written)."""
    where = ["lower(table_name) = lower(?)"]
    where += ["lower(table_schema) = lower(?)"][: len(table) - 1]
    where += ["lower(table_catalog) = lower(?)"][: len(table) - 2]
    args = list(reversed(table))[: len(where)]
    sql = "SELECT lower(column_name) FROM information_schema.columns WHERE " + " AND ".join(where)
    return {r[0] for r in con.execute(sql, args).fetchall()}


def values_file(data_dir: Path, library_root: Path | None, warehouse: Path | None) -> Path:
    """The JSON file that holds the known values of one library over one warehouse."""
    key = f"{Path(library_root or '.').resolve()}|{Path(warehouse or '').resolve()}"
    digest = hashlib.sha1(key.encode()).hexdigest()[:12]
    return data_dir / "known-values" / f"{digest}.json"


def save_values(path: Path, known: KnownValues, *, library: str, warehouse: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"library": library, "warehouse": warehouse, "values": known}
    replace_file(path, json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    keys = value_keys(known, kinds=True)
    write_key_file(path.with_suffix(".keys"), keys)
    write_parts_file(parts_path(path.with_suffix(".keys")), keys)


def load_values(path: Path) -> KnownValues:
    """The stored known values, or {} when there are none (never an error on the match path)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    values = doc.get("values") if isinstance(doc, dict) else None
    return values if isinstance(values, dict) else {}


def load_value_keys(path: Path) -> KeyFile | ValueKeys:
    """The stored values as the matcher reads them ({} when never refreshed)."""
    return open_key_file(path.with_suffix(".keys"))


def attach_known_values(library: Library, data_dir: Path, warehouse: Path | None) -> Library:
    """Give `library` the values `queries refresh-values` stored for it over `warehouse`."""
    path = values_file(data_dir, library.root, warehouse)
    library.value_keys = load_value_keys(path)
    library.value_parts = open_parts_file(parts_path(path.with_suffix(".keys")))
    library.shown_keys = load_shown_keys(path)
    return library


@dataclass(frozen=True)
class RefreshReport:
    """What one refresh stored: where, how many values for how many parameters, what failed."""

    path: Path
    values: int
    params: int
    problems: tuple[str, ...]
    seconds: float


def refresh_known_values(
    library: Library,
    data_dir: Path,
    warehouse: Path,
    cap: int = CAP_PER_PARAM,
    progress: Callable[[int, int, str], None] | None = None,
    timeout_s: float = VALUES_TIMEOUT_S,
) -> RefreshReport:
    """Read every parameter's known values from the DuckDB `warehouse` and store them for
    `library` in `data_dir` (`queries refresh-values`, `serve` start-up, a scheduled job).
    Module-level and with plain arguments, so a scheduler can run it; never called while a
    request is matched. Raises FileNotFoundError when there is no warehouse file."""
    # duckdb is heavy to import: only a refresh reads the warehouse, never the match path.
    # A `values:` query is library SQL like any other: it runs in the same sandbox as the
    # library's queries (a plain connection let a library file read or write host files).
    import duckdb

    from bot.engines.duckdb_engine import check_single_select, open_sandboxed
    from bot.errors import QueryFailed

    if not Path(warehouse).is_file():
        raise FileNotFoundError(f"no warehouse at {warehouse}")
    started = time.perf_counter()
    sources = value_sources(library)
    with open_sandboxed(Path(warehouse)) as con:

        def run(sql: str) -> list[tuple[Any, ...]]:
            try:  # the library's queries' own check: one SELECT, no catalog, setting or SHOW
                check_single_select(con, sql)
            except QueryFailed as exc:
                found = exc.reason[exc.reason.rfind("(") :] if "(" in exc.reason else ""
                raise ValueError(f"{VALUES_SQL_ONLY} {found}".strip()) from None
            timer = threading.Timer(timeout_s, con.interrupt)
            timer.start()
            try:
                # Both readers keep at most their cap of rows: the rest is never fetched (20
                # million rows took 13 s and 3.3 GB to keep 5,000).
                return _short_rows(con, sql, max(cap, SHOWN_CAP))
            except duckdb.InterruptException:
                raise ValueError(f"the query took longer than {timeout_s:g} s") from None
            finally:
                timer.cancel()

        def columns_of(table: TableName) -> set[str]:
            return table_columns(con, table)

        known, problems = read_values(sources, run, columns_of, cap=cap, progress=progress)
        shown = read_shown(library, run, columns_of) if READ_SHOWN_VALUES else {}
    path = values_file(data_dir, library.root, warehouse)
    save_values(path, known, library=str(library.root), warehouse=str(warehouse))
    save_shown(path, shown)
    return RefreshReport(
        path,
        sum(len(v) for params in known.values() for v in params.values()),
        sum(len(params) for params in known.values()),
        tuple(problems),
        time.perf_counter() - started,
    )


def refresh_values_at_start(query_library: Path, data_dir: Path, warehouse: Path) -> None:
    """`serve` start-up (in the jobs process, before any request is matched): refresh the known
    values when the warehouse is a local DuckDB file. Best effort: the matcher works without
    them, so a failure is logged with its traceback and start-up goes on."""
    from bot.library.loader import load_library  # YAML: kept off the `match` path

    refresh_values_logged(lambda: load_library(query_library), data_dir, warehouse, "at start-up")


def refresh_values_logged(
    library: Callable[[], Library], data_dir: Path, warehouse: Path, when: str
) -> bool:
    """Refresh the known values of `library()` and log what happened, never raising (start-up
    and the scheduled refresh). True when they were stored."""
    log = logging.getLogger("datarequest")
    if not Path(warehouse).is_file():
        log.info("known values not refreshed %s: no DuckDB warehouse at %s", when, warehouse)
        return False
    try:
        done = refresh_known_values(library(), data_dir, warehouse)
    except Exception:
        log.exception("known values not refreshed %s", when)
        return False
    for line in done.problems:
        log.warning("known values: %s", line)
    log.info(
        "known values refreshed: %d for %d parameter(s) in %.1f s (%s)",
        done.values,
        done.params,
        done.seconds,
        when,
    )
    return True


def header_values(library: Library) -> KnownValues:
    """Values written in the headers (`values: [..]`): known without a warehouse."""
    known: KnownValues = {}
    for q in library:
        for p in q.params:
            if isinstance(p.values, tuple):
                known.setdefault(q.name, {})[p.name] = list(p.values)
    return known
