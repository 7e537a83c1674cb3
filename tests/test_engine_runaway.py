"""A DuckDB statement that an interrupt cannot stop mid-call still answers the person on time.

Each case runs in a subprocess with a bound, so a regression (the caller waiting for the
whole call, ~45 s here) fails the test instead of hanging the suite.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import duckdb
import pytest

from bot.answering.audit import failure_outcome
from bot.engines.base import timeout_message
from bot.engines.cancel import CancelToken, cancel_scope
from bot.engines.duckdb_engine import BUSY, DuckDBEngine
from bot.engines.runaway import Abandoned, StatementThread
from bot.errors import QueryFailed

# One regexp_replace over a 200 MB string: DuckDB does not look at an interrupt inside it.
STUCK = "SELECT regexp_replace(repeat(s, 2000000), '(a)(b)', '\\2\\1', 'g') IS NULL FROM t"
BOUND_S = 60  # the subprocess's bound; the statement alone runs far longer than its timeout


def _warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t AS SELECT 1 AS i, repeat('ab', 50) AS s")
    con.execute("CREATE TABLE n AS SELECT range AS i FROM range(1000)")
    con.close()
    return path


def _run_script(body: str, path: Path) -> list[str]:
    script = (
        textwrap.dedent(
            f"""
        import os, sys
        from pathlib import Path
        from bot.engines.duckdb_engine import DuckDBEngine
        from bot.errors import QueryFailed
        STUCK = {STUCK!r}
        engine = DuckDBEngine(Path({str(path)!r}), memory_mb=1024, threads=1)
        engine.stop_grace_s = 0.5
        def ask(sql, timeout_s=0.3):
            try:
                print("rows", engine.run(sql, {{}}, timeout_s=timeout_s).rows, flush=True)
            except QueryFailed as exc:
                print("refused", exc.reason, flush=True)
        """
        )
        + textwrap.dedent(body)
        + "\nsys.stdout.flush()\nos._exit(0)\n"
    )
    # os._exit: the abandoned statement still runs on a daemon thread; the process just ends.
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=BOUND_S
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_a_statement_deaf_to_interrupts_answers_took_too_long_and_the_engine_goes_on(
    tmp_path: Path,
) -> None:
    out = _run_script(
        """
        ask(STUCK)
        ask("SELECT count(*) FROM n", timeout_s=30)
        engine.close()  # the stuck statement still runs on the connection: no exception
        print("closed", flush=True)
        """,
        _warehouse(tmp_path),
    )
    assert out[0] == f"refused {timeout_message(0.3)}"
    # The audit tells a timeout by that very reason: the run is recorded as a timeout.
    assert failure_outcome(QueryFailed(out[0].removeprefix("refused ")), 0.3) == "timeout"
    assert out[1:] == ["rows [(1000,)]", "closed"]


def test_stuck_statements_are_bounded_then_new_queries_are_refused_in_one_line(
    tmp_path: Path,
) -> None:
    out = _run_script(
        """
        ask(STUCK)
        ask(STUCK)
        ask("SELECT count(*) FROM n", timeout_s=30)
        """,
        _warehouse(tmp_path),
    )
    assert out[:2] == ["refused The query took longer than 0.3 s and was stopped."] * 2
    assert out[2] == f"refused {BUSY}"


def test_interruptible_statements_stop_at_the_timeout_and_the_cursor_is_reused(
    tmp_path: Path,
) -> None:
    engine = DuckDBEngine(_warehouse(tmp_path), memory_mb=512, threads=1)
    try:
        for sql in (
            "SELECT count(*) FROM range(10000000000)",
            "SELECT count(*) FROM n a, n b, n c",
        ):
            with pytest.raises(QueryFailed, match="took longer than 0.2 s"):
                engine.run(sql, {}, timeout_s=0.2)
        assert engine.run("SELECT count(*) FROM n", {}).rows == [(1000,)]
        mine = engine._cursor()
        assert engine.run("SELECT 1", {}).rows == [(1,)] and engine._cursor() is mine
    finally:
        engine.close()


def test_a_statement_thread_gives_up_after_a_cancel_and_keeps_stopping_the_work() -> None:
    release = threading.Event()
    stops: list[int] = []
    worker = StatementThread()
    token = CancelToken()
    token.cancel("U1")

    def stop() -> None:
        stops.append(1)
        release.set()  # the "statement" ends when stopped again after the caller left

    with cancel_scope(token), pytest.raises(Abandoned) as caught:
        worker.run(lambda: release.wait(BOUND_S), 3600, lambda: None, grace_s=0.05)
    assert caught.value.cancelled
    worker2 = StatementThread()
    with pytest.raises(Abandoned) as timed_out:
        worker2.run(lambda: release.wait(BOUND_S), 0.05, stop, grace_s=0.05)
    assert not timed_out.value.cancelled
    assert release.wait(BOUND_S) and stops  # stopped again after the caller had given up
    worker.close()
    worker2.close()


def test_a_statement_thread_hands_back_results_and_errors() -> None:
    worker = StatementThread()
    assert worker.run(lambda: 41 + 1, 5, lambda: None) == 42
    with pytest.raises(ZeroDivisionError):
        worker.run(lambda: 1 // 0, 5, lambda: None)
    worker.close()
