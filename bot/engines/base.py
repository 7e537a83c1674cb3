"""The engine protocol, the result every engine returns, and the error tier they share.

SQL arrives with `:name` binds (the library format); each engine turns them into its own
placeholders and passes the values separately, never inside the text. A failure becomes
`QueryFailed` with one short line for the person; the full detail (SQL, values, traceback)
goes to the log.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import itertools
import logging
import math
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from bot.errors import QueryFailed
from bot.library.engine_internals import internals_problem
from bot.library.sqltext import find_binds

log = logging.getLogger(__name__)


@dataclass
class QueryResult:
    columns: list[str]
    column_types: list[str]
    rows: list[tuple]
    row_count: int  # rows returned, after the cap
    elapsed_ms: float
    truncated: bool  # the query had more rows than the cap
    # Engines that bill by data read (Athena) fill these; None where it means nothing.
    bytes_scanned: int | None = None
    cost_usd: float | None = None
    reused: bool = False  # the engine answered from its own result cache (Athena reuse)


class Engine(Protocol):
    name: str

    def run(
        self,
        sql: str,
        binds: Mapping[str, Any],
        *,
        timeout_s: float,
        max_rows: int,
        max_bytes: int | None = None,
    ) -> QueryResult: ...

    def explain(self, sql: str, binds: Mapping[str, Any]) -> str: ...

    def close(self) -> None: ...


def to_plain(value: Any) -> Any:
    """`value` as something JSON and CSV writers accept (dates as ISO text, decimals as float)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None
        return int(value) if value.as_tuple().exponent >= 0 else float(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [to_plain(v) for v in value]
    return str(value)


@functools.lru_cache(maxsize=1024)
def bind_names(sql: str) -> tuple[str, ...]:
    """The distinct binds `sql` names, in order (cached: a library runs the same few texts)."""
    return tuple(dict.fromkeys(name for name, _line in find_binds(sql)))


def used_binds(sql: str, binds: Mapping[str, Any]) -> dict[str, Any]:
    """The binds `sql` names, in order; a name with no value is a refusal, not a NULL."""
    names = bind_names(sql)
    try:
        return {name: binds[name] for name in names}
    except KeyError:
        missing = next(name for name in names if name not in binds)
        raise QueryFailed(f"The query needs a value for :{missing}.") from None


def first_line(exc: BaseException | str) -> str:
    text = str(exc).strip().splitlines()
    line = text[0].strip() if text else type(exc).__name__
    return line if len(line) <= 300 else line[:297] + "..."


def timeout_message(timeout_s: float) -> str:
    return f"The query took longer than {timeout_s:g} s and was stopped."


def query_failed(
    exc: BaseException, sql: str, binds: Mapping[str, Any] | None = None
) -> QueryFailed:
    """Log `exc` in full (SQL, values, traceback); return the one line the person sees."""
    log.warning("query failed: %s\nSQL: %s\nbinds: %r", exc, sql, dict(binds or {}), exc_info=exc)
    return QueryFailed(f"The query failed: {first_line(exc)}")


def query_timed_out(timeout_s: float, sql: str) -> QueryFailed:
    log.warning("query stopped after %.1f s: %s", timeout_s, sql)
    return QueryFailed(timeout_message(timeout_s))


def type_name(value: Any) -> str:
    """A SQL type name for a Python value, for engines whose drivers report only type codes."""
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int):
        return "BIGINT"
    if isinstance(value, float):
        return "DOUBLE"
    if isinstance(value, Decimal):
        return "DECIMAL"
    if isinstance(value, dt.datetime):
        return "TIMESTAMP"
    if isinstance(value, dt.date):
        return "DATE"
    if isinstance(value, dt.time):
        return "TIME"
    if isinstance(value, bytes | bytearray | memoryview):
        return "BLOB"
    return "VARCHAR"


_FIRST_WORD = re.compile(r"[\s(]*([A-Za-z]*)")
READ_STATEMENTS = {"SELECT", "WITH", "VALUES", "TABLE"}
# A read that names one of these outside quotes and comments writes (`WITH t AS (…) DELETE …`,
# a data-modifying CTE) or locks (`FOR UPDATE`); the first word alone let it through, and only
# PostgreSQL, MySQL and SQLite have a read-only transaction behind this check.
_WRITE_WORD = re.compile(
    r"\b(?:INSERT|UPDATE|DELETE|MERGE|UPSERT|TRUNCATE|DROP|ALTER|CREATE|GRANT|REVOKE)\b", re.I
)
_DOLLAR_TAG = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")


def _code(sql: str, *, backslash: bool, dollar: bool, nested: bool) -> str:
    """`sql` with comments and quoted text blanked, read by one dialect's quoting rules.

    Servers disagree on what is quoted: PostgreSQL's `E'\\''` and every MySQL string take
    backslash escapes, PostgreSQL has `$tag$ … $tag$` strings and nests `/* */` comments. A
    reading that ends a string or comment elsewhere than the server does can hide a `;` (and
    the statements after it) from a check, so each check is made under every reading.
    """
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            i = n if end < 0 else end
            out.append(" ")
        elif ch == "/" and sql.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if sql.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                elif nested and sql.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                else:
                    i += 1
            out.append(" ")
        elif ch in "'\"":
            i += 1
            while i < n:
                if backslash and sql[i] == "\\":
                    i += 2
                elif sql[i] == ch:
                    if not sql.startswith(ch * 2, i):
                        break
                    i += 2
                else:
                    i += 1
            i += 1
            out.append(" ")
        elif ch == "$" and dollar and (tag := _DOLLAR_TAG.match(sql, i)):
            end = sql.find(tag.group(0), tag.end())
            i = n if end < 0 else end + len(tag.group(0))
            out.append(" ")
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_READINGS = [
    {"backslash": b, "dollar": d, "nested": c}
    for b in (False, True)
    for d in (False, True)
    for c in (False, True)
]


@functools.lru_cache(maxsize=1024)
def read_only_problem(sql: str) -> str:
    """Why `sql` is not one reading statement ("" when it is), from its text alone.

    Conservative and cheap (no parser): comments and quoted text are set aside, under every
    dialect's quoting rules (`_code`), then a `;` before the end means a second statement and
    the first word must start a read. The engine's own read-only transaction stays the guard
    for what a SELECT may call, with `server_access_problem` for what that does not cover.
    """
    for reading in _READINGS:
        code = _code(sql, **reading).strip().rstrip(";")
        if ";" in code:
            return "found more than one statement"
        match = _FIRST_WORD.match(code)
        word = match.group(1).upper() if match else ""
        if word not in READ_STATEMENTS:
            return f"found {word or 'no statement'}"
        if write := _WRITE_WORD.search(code):
            return f"found {write.group(0).upper()}"
    return ""


# Functions that reach the database server's host, its other sessions or its configuration, or
# run SQL given as text, which a read-only transaction does not stop (PostgreSQL runs
# `lo_import` and `pg_read_file` in one; MySQL's LOAD_FILE and INTO OUTFILE; SQLite's
# load_extension). SQL given as text (`ts_stat`, `ts_rewrite`, `query_to_xml`) can spell any
# name with `||`, so no name check sees inside it. The views of the server's files, roles,
# password hashes and other sessions (`pg_hba_file_rules`, `pg_authid`, `pg_stat_activity`)
# are in `bot.library.engine_internals`, refused at load and on promotion too. A library query
# never needs them.
_SERVER_ACCESS = re.compile(
    r"\b(?:pg_read_file|pg_read_binary_file|pg_ls_\w+|pg_stat_file|pg_file_\w+|lo_import"
    r"|lo_export|lo_create|lo_creat|lo_from_bytea|lo_put|lo_unlink|lo_open|dblink\w*"
    r"|set_config|pg_terminate_backend|pg_cancel_backend|pg_reload_conf|pg_rotate_logfile"
    r"|pg_switch_wal|pg_promote|pg_\w*advisory\w*|pg_create_\w+|pg_drop_replication_slot"
    r"|pg_logical_\w+|pg_replication_origin_\w+|pg_log_backend_memory_contexts"
    r"|query_to_xml\w*|cursor_to_xml\w*|table_to_xml\w*|schema_to_xml\w*|database_to_xml\w*"
    r"|ts_stat|ts_rewrite|pg_show_all_file_settings|pg_logdir_ls|pg_stat_reset\w*|pg_notify"
    r"|load_file|load_extension|sys_exec|sys_eval)"
    r"(?=(?:\s|/\*.*?\*/|--[^\n]*\n)*\()"  # called: a column of the same name is no call
    r"|\binto\s+(?:out|dump)file\b",
    re.IGNORECASE | re.DOTALL,
)
_UNICODE_ESCAPED = re.compile(r"\bu&\s*['\"]", re.IGNORECASE)  # could spell any name above


@functools.lru_cache(maxsize=1024)
def server_access_problem(sql: str) -> str:
    """The function in `sql` that reaches past the warehouse's tables ("" when none): the
    server's files and sessions here, its settings and identity (`current_setting`,
    `pg_settings`, `inet_server_addr()`, `version()`) in `bot.library.engine_internals`.

    Read from the whole text with quotes dropped (a quoted `"pg_read_file"` is the function; a
    name inside a string literal is refused too: nothing legitimate spells one).
    """
    if _UNICODE_ESCAPED.search(sql):
        return "found a Unicode-escaped name"
    found = _SERVER_ACCESS.search(sql.replace('"', "").replace("`", ""))
    if found is not None:
        return f"found {' '.join(found.group(0).split())}"
    return internals_problem(sql)


class Watchdog:
    """One daemon thread that calls each armed callback once its deadline passes.

    Engines arm it around every query to stop the query on timeout, so arming and disarming
    are what every query pays: a dict entry each, no lock (a `threading.Timer` per query
    would cost a thread start). The thread sleeps towards the earliest deadline and is woken
    only when a sooner one is armed; while nothing is armed it looks once a second.
    """

    IDLE_WAIT_S = 1.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._armed: dict[int, tuple[float, Callable[[], None]]] = {}
        self._tokens = itertools.count()
        self._nudge = threading.Event()
        # Held while a callback runs: a disarm that lost the race waits for it to finish, so
        # a late timeout never lands on the next query of a reused connection.
        self._firing = threading.Lock()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._sleeping_until = math.inf  # before the thread runs, every arm wakes it

    def arm(self, seconds: float, callback: Callable[[], None]) -> int:
        token = next(self._tokens)
        deadline = self._clock() + seconds
        self._armed[token] = (deadline, callback)
        if deadline < self._sleeping_until:
            self._wake()
        return token

    def disarm(self, token: int) -> bool:
        """Forget `token`; False when its callback has run (returns after it finished)."""
        if self._armed.pop(token, None) is not None:
            return True
        with self._firing:
            return False

    def _wake(self) -> None:
        if self._thread is None:
            with self._start_lock:
                if self._thread is None:
                    self._thread = threading.Thread(
                        target=self._loop, name="query-watchdog", daemon=True
                    )
                    self._thread.start()
        self._nudge.set()

    def _loop(self) -> None:
        while True:
            # Anything armed while the thread looks wakes it again (see `arm`).
            self._sleeping_until = math.inf
            self._nudge.clear()
            now = self._clock()
            upcoming = now + self.IDLE_WAIT_S
            due: list[tuple[float, int]] = []
            for token, (deadline, _callback) in self._snapshot():
                if deadline <= now:
                    due.append((deadline, token))
                else:
                    upcoming = min(upcoming, deadline)
            for _deadline, token in sorted(due):
                self._fire(token)
            self._sleeping_until = upcoming
            self._nudge.wait(max(0.0, upcoming - self._clock()))

    def _snapshot(self) -> list[tuple[int, tuple[float, Callable[[], None]]]]:
        """The armed entries, copied while other threads arm and disarm (no lock taken)."""
        while True:
            try:
                return list(self._armed.items())
            except RuntimeError:  # changed during the copy (possible without a GIL): again
                continue

    def _fire(self, token: int) -> None:
        with self._firing:
            entry = self._armed.pop(token, None)
            if entry is None:
                return  # disarmed meanwhile: the query ended
            try:
                entry[1]()
            except Exception:
                log.warning("stopping a query on timeout failed", exc_info=True)


WATCHDOG = Watchdog()


class Deadline:
    """Stops one query when `seconds` pass (`with deadline: run it`), never after it ended.

    `stop` is the driver's interrupt or cancel; it runs on the watchdog thread, and the end of
    the `with` block waits for a stop under way, so a late timeout cannot cancel the next
    query on a reused connection.
    """

    __slots__ = ("seconds", "_stop", "_watchdog", "_token", "stopped")

    def __init__(
        self, seconds: float, stop: Callable[[], None], watchdog: Watchdog = WATCHDOG
    ) -> None:
        self.seconds = seconds
        self._stop = stop
        self._watchdog = watchdog
        self._token: int | None = None
        self.stopped = False

    def _fire(self) -> None:
        self.stopped = True
        self._stop()

    def __enter__(self) -> Deadline:
        self._token = self._watchdog.arm(self.seconds, self._fire)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._token is not None:
            self._watchdog.disarm(self._token)
            self._token = None
