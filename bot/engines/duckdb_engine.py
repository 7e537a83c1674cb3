"""DuckDB as a query engine: the warehouse file, opened read-only inside a sandbox.

Every connection opened here is for library queries, so it can read only the warehouse:
external access is off (no file or URL table functions, no `COPY … TO`, no `ATTACH`, no
`INSTALL`/`LOAD`), Python replacement scans are off (a query cannot reach a variable of this
process), and the configuration is locked right after opening so a query cannot `SET` any of
it back. On top of that each text must be exactly one SELECT statement (DuckDB's own parser
says which), so `SET VARIABLE`, `PRAGMA`, `CALL` and a second statement after `;` are refused
before anything runs, and so is one that names DuckDB's own catalog or settings
(`duckdb_settings()`, `current_setting(…)`, `pragma_database_list`: the warehouse's path, a home
folder), which no configuration hides. The warehouse is attached read-only to an in-memory
database under the fixed name `warehouse` (the default of every cursor), so no query result or
error message carries the file's name. The demo warehouse generator opens its own, writable
connection.

Resources: the connection gets a memory limit and a number of threads (WAREHOUSE_MEMORY_MB,
WAREHOUSE_THREADS) before its configuration is locked, and no temporary directory, so a query
that needs more memory (a cross join that builds a hash table, a huge sort) fails with one line
instead of taking 80% of RAM or filling the disk. DuckDB's limit covers its buffers, not the
value one function call builds (`repeat('x', 2000000000)` ran 18 s and took 3.9 GB with the
limit set): the process that runs warehouse queries (`serve`'s jobs process) therefore caps its
own data memory at the limit plus PROCESS_HEADROOM_MB (`limit_process_memory`), where such an
allocation fails at once as a DuckDB out-of-memory error and the process carries on.

Time: the timeout interrupts the running statement from the watchdog thread; DuckDB takes the
interrupt between chunks of rows, so a cross join or `range(10^10)` stops at once. One function
call over a huge value (a regex over a 200 MB string) does not look at it, so each statement
runs on its cursor's worker thread and the person is answered when the timeout has had
`stop_grace_s` to work (`bot.engines.runaway`); such a statement is left to end on its own,
with its cursor, and at most MAX_RUNAWAYS of them at once.

duckdb is imported inside the functions that need it: the CLI's fast paths (`match`, `--help`)
import this package without paying for it.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bot.engines.base import (
    Deadline,
    QueryResult,
    first_line,
    query_failed,
    query_timed_out,
    used_binds,
)
from bot.engines.cancel import QueryCancelled, on_cancel, was_cancelled
from bot.engines.runaway import STOP_GRACE_S, Abandoned, Runaways, StatementThread
from bot.errors import ConfigError, QueryFailed
from bot.library.engine_internals import internals_problem
from bot.library.sqltext import replace_binds
from bot.settings_checks import default_warehouse_memory_mb, default_warehouse_threads

log = logging.getLogger(__name__)

SANDBOX_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "python_enable_replacements": False,
    "temp_directory": "",  # nothing spills to disk: over the memory limit, a query fails
}
# The name queries see the warehouse under (`current_database()`, `information_schema`,
# `pg_database`, "did you mean warehouse.x"): DuckDB names a file it opens after the file, which
# told a requester what the warehouse file is called on the host.
WAREHOUSE_CATALOG = "warehouse"
ONLY_SELECT = "The warehouse is read-only here: only a single SELECT over its tables can run"
# What the rest of the process that runs warehouse queries may use besides the warehouse's
# memory limit (the Python heap, the matcher, threads' stacks, the database driver).
PROCESS_HEADROOM_MB = 1024
# Statements that did not stop when interrupted and still run (each holds a core): beyond
# this many, a new query is refused until one of them ends.
MAX_RUNAWAYS = 2
BUSY = (
    "The warehouse is still busy with earlier queries that could not be stopped; "
    "try again in a few minutes."
)


def open_sandboxed(path: Path, *, memory_mb: int | None = None, threads: int | None = None) -> Any:
    """A read-only connection to `path` that can read nothing else (see the module docstring),
    using at most `memory_mb` of memory and `threads` threads (default: the settings' defaults).

    A missing, corrupt, truncated or locked file is a `ConfigError` with one line that names
    the file; the driver's detail goes to the debug log.
    """
    import duckdb

    if path.is_dir():
        raise ConfigError(f"The warehouse {path} is a folder, not a DuckDB file")
    if not path.is_file():
        raise ConfigError(f"Warehouse file not found: {path}")
    config = {
        **{k: v for k, v in SANDBOX_CONFIG.items() if k != "enable_external_access"},
        "memory_limit": f"{memory_mb or default_warehouse_memory_mb()}MB",
        "threads": threads or default_warehouse_threads(),
    }
    con = None
    try:
        con = duckdb.connect(":memory:", config=config)
        # ATTACH reads a file, so external access goes off only once the warehouse is in.
        con.execute(f"ATTACH ? AS {WAREHOUSE_CATALOG} (READ_ONLY)", [str(path)])
        con.execute(f"USE {WAREHOUSE_CATALOG}")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except duckdb.Error as exc:
        if con is not None:
            con.close()
        log.debug("cannot open warehouse %s", path, exc_info=True)
        raise ConfigError(f"Cannot open the warehouse {path}: {_open_reason(exc)}") from None
    return con


def warehouse_cursor(con: Any) -> Any:
    """A new cursor of `con` (from `open_sandboxed`) that reads the warehouse by default: a
    cursor starts in the in-memory main database, where no table is."""
    cursor = con.cursor()
    cursor.execute(f"USE {WAREHOUSE_CATALOG}")
    return cursor


def limit_process_memory(memory_mb: int) -> int | None:
    """Cap this process's data memory (RLIMIT_DATA) at `memory_mb` + PROCESS_HEADROOM_MB; the
    cap in bytes, or None where there is no such limit. A lower cap already set is kept.

    For the process that runs warehouse queries (see the module docstring): an allocation over
    the cap fails (DuckDB raises its out-of-memory error, Python a MemoryError) instead of
    growing the process until the machine runs out.
    """
    try:
        import resource
    except ImportError:  # not a Unix
        return None
    cap = (memory_mb + PROCESS_HEADROOM_MB) * 2**20
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft == resource.RLIM_INFINITY or soft > cap:
        resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))
        return cap
    return soft


# DuckDB's words for a file whose blocks do not check out; they say "block at location", so
# a look for "lock" alone took a damaged file for one another process holds.
CORRUPT = "Corrupt database file"


def _open_reason(exc: BaseException) -> str:
    text = first_line(exc)
    if "Could not set lock" in text or "Conflicting lock" in text:
        return "another process holds it open for writing; stop it or use a copy of the file"
    if (
        "not a valid DuckDB database" in text
        or "Could not read enough bytes" in text
        or CORRUPT in text
    ):
        return (
            "the file is not a complete DuckDB database (corrupt or truncated); "
            "restore it, or rebuild the demo one with `datarequest demo-data --force`"
        )
    return text


def check_single_select(cursor: Any, text: str) -> None:
    """Refuse `text` unless DuckDB's parser finds exactly one SELECT in it, one that reads no
    DuckDB catalog or setting (`bot.library.engine_internals`: they name the warehouse's path
    and the home folder, which no configuration hides)."""
    statements = cursor.extract_statements(text)
    if len(statements) != 1:
        raise QueryFailed(f"{ONLY_SELECT} (found {len(statements)} statements).")
    kind = statements[0].type.name
    if kind != "SELECT":
        raise QueryFailed(f"{ONLY_SELECT} (found {kind}).")
    if problem := internals_problem(text):
        raise QueryFailed(f"{ONLY_SELECT} ({problem}).")
    if _reads_a_show(cursor, text):
        raise QueryFailed(f"{ONLY_SELECT} (found SHOW, DESCRIBE or SUMMARIZE).")


# DuckDB reads any setting with `SHOW <name>`, also as a subquery or a CTE (`SELECT * FROM (SHOW
# secret_directory)`: a home folder; `(SHOW allowed_paths)`: the warehouse's path), under a
# statement of type SELECT that no name check sees. Its own parser marks each such place (and
# DESCRIBE, SUMMARIZE) as a SHOW_REF; in the tree's JSON a string literal has its quotes escaped,
# so the unescaped key below is only ever a node.
_SHOW_NODE = '"type":"SHOW_REF"'


def _reads_a_show(cursor: Any, text: str) -> bool:
    tree = cursor.execute("SELECT json_serialize_sql(?)", [text]).fetchone()
    return bool(tree) and _SHOW_NODE in str(tree[0])


@functools.lru_cache(maxsize=1024)
def dollar_binds(sql: str) -> str:
    """`sql` with its `:name` binds as DuckDB's `$name` (cached: the same texts run again)."""
    return replace_binds(sql, lambda name: f"${name}")


class DuckDBEngine:
    """A sandboxed, read-only DuckDB warehouse; one connection, a cursor per thread.

    A cursor is a connection of its own to the same database: each thread that runs queries
    keeps one (opening one per query costs as much as a small query), a cursor a query broke
    is dropped, and those of threads that ended are closed when the next one is opened.
    """

    name = "duckdb"

    def __init__(
        self, path: Path | str, *, memory_mb: int | None = None, threads: int | None = None
    ) -> None:
        self.path = Path(path)
        self.memory_mb = memory_mb or default_warehouse_memory_mb()
        self._con = open_sandboxed(self.path, memory_mb=self.memory_mb, threads=threads)
        self._lock = threading.Lock()
        self._closed = False
        # By thread ident: the thread, its cursor and the worker thread that runs its statements.
        self._cursors: dict[int, tuple[threading.Thread, Any, StatementThread]] = {}
        self._runaways = Runaways()
        self.stop_grace_s = STOP_GRACE_S
        # Texts already found to be one SELECT: a library repeats the same few texts, and
        # parsing each again would cost more than running a small query.
        self._selects: set[str] = set()

    def _cursor(self) -> Any:
        return self._kept()[1]

    def _kept(self) -> tuple[threading.Thread, Any, StatementThread]:
        # Kept with the thread object, not only its ident: an ident is reused by a new thread
        # once the old one ended, and only a thread known dead may have its cursor closed.
        me = threading.current_thread()
        kept = self._cursors.get(me.ident)  # type: ignore[arg-type]
        if kept is not None and kept[0] is me and not self._closed:
            return kept
        with self._lock:
            if self._closed:
                raise QueryFailed("The warehouse connection is closed.")
            for ident, (thread, cursor, worker) in list(self._cursors.items()):
                if not thread.is_alive():
                    del self._cursors[ident]
                    worker.close()
                    cursor.close()
            kept = (me, warehouse_cursor(self._con), StatementThread())
            self._cursors[me.ident] = kept  # type: ignore[index]
            return kept

    def _drop_cursor(self, cursor: Any, *, running: bool = False) -> None:
        """Close this thread's cursor after a failure (the next query opens a fresh one); one
        whose statement still `running` is closed by its worker thread once the statement ends."""
        ident = threading.get_ident()
        with self._lock:
            kept = self._cursors.get(ident)
            if kept is not None and kept[1] is cursor:
                del self._cursors[ident]
        if kept is None or kept[1] is not cursor:
            cursor.close()
        elif running:
            kept[2].close(then=cursor.close)
            self._runaways.add(kept[2])
        else:
            kept[2].close()
            cursor.close()

    def _check(self, cursor: Any, text: str) -> None:
        if text not in self._selects:
            check_single_select(cursor, text)
            if len(self._selects) >= 4096:
                self._selects.clear()
            self._selects.add(text)

    def run(
        self,
        sql: str,
        binds: Mapping[str, Any],
        *,
        timeout_s: float = 30.0,
        max_rows: int = 5000,
        max_bytes: int | None = None,  # DuckDB does not bill by data read
    ) -> QueryResult:
        import duckdb

        params = used_binds(sql, binds)
        text = dollar_binds(sql)
        if self._runaways.count() >= MAX_RUNAWAYS:
            log.warning("query refused: %d stuck statements still run: %s", MAX_RUNAWAYS, sql)
            raise QueryFailed(BUSY)
        _me, cursor, worker = self._kept()
        deadline = Deadline(timeout_s, cursor.interrupt)
        started = time.perf_counter()

        def execute() -> tuple[list[Any], list[Any]]:
            cursor.execute(text, params)
            description = cursor.description or []
            return description, cursor.fetchmany(max(0, max_rows) + 1) if description else []

        try:
            self._check(cursor, text)
            with deadline, on_cancel(cursor.interrupt):
                description, fetched = worker.run(
                    execute, timeout_s, cursor.interrupt, grace_s=self.stop_grace_s
                )
        except Abandoned as stuck:
            self._drop_cursor(cursor, running=True)
            log.warning("a statement did not stop when interrupted; left to end: %s", sql)
            if stuck.cancelled:
                raise QueryCancelled() from None
            raise query_timed_out(timeout_s, sql) from None
        except (duckdb.Error, MemoryError) as exc:
            self._drop_cursor(cursor)
            if was_cancelled():
                raise QueryCancelled() from None
            if deadline.stopped or isinstance(exc, duckdb.InterruptException):
                raise query_timed_out(timeout_s, sql) from None
            if isinstance(exc, duckdb.IOException) or CORRUPT in str(exc):
                raise self._damaged(exc) from None
            if isinstance(exc, (duckdb.OutOfMemoryException, MemoryError)):
                raise self._out_of_memory(exc, sql) from None
            raise query_failed(exc, sql, params) from None
        elapsed_ms = (time.perf_counter() - started) * 1000
        truncated = len(fetched) > max_rows
        rows = [tuple(r) for r in fetched[: max(0, max_rows)]]
        return QueryResult(
            columns=[d[0] for d in description],
            column_types=[str(d[1]) for d in description],
            rows=rows,
            row_count=len(rows),
            elapsed_ms=elapsed_ms,
            truncated=truncated,
        )

    def _out_of_memory(self, exc: BaseException, sql: str) -> QueryFailed:
        log.warning("query needed more than %d MB: %s (%s)", self.memory_mb, sql, first_line(exc))
        return QueryFailed(
            f"The query needs more memory than the warehouse may use here "
            f"({self.memory_mb} MB, WAREHOUSE_MEMORY_MB); narrow it down (a shorter period, "
            "fewer groups) or ask the data team."
        )

    def _damaged(self, exc: BaseException) -> QueryFailed:
        """The file broke under a query (truncated, disk error): the operator's problem, so the
        detail is logged at INFO (shown with -v) and the person gets one plain line."""
        log.info("warehouse %s cannot be read", self.path, exc_info=exc)
        return QueryFailed(
            "The warehouse file cannot be read (damaged or truncated); "
            "the data team has to restore or rebuild it."
        )

    def explain(self, sql: str, binds: Mapping[str, Any]) -> str:
        import duckdb

        params = used_binds(sql, binds)
        text = dollar_binds(sql)
        cursor = self._cursor()
        try:
            self._check(cursor, text)
            rows = cursor.execute("EXPLAIN " + text, params).fetchall()
        except duckdb.Error as exc:
            self._drop_cursor(cursor)
            if isinstance(exc, duckdb.IOException) or CORRUPT in str(exc):
                raise self._damaged(exc) from None
            raise query_failed(exc, sql, params) from None
        return "\n".join(str(r[-1]) for r in rows)

    def close(self) -> None:
        import duckdb

        with self._lock:
            if not self._closed:
                self._closed = True
                for _thread, cursor, worker in self._cursors.values():
                    worker.close()
                    cursor.close()
                self._cursors.clear()
                try:
                    self._con.close()
                except duckdb.Error:  # a statement that could not be stopped still runs on it
                    log.warning("the warehouse stays open until its stuck statements end")
