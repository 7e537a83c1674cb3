"""The jobs process's work stays behind the acks: its PostgreSQL backends run at its own
niceness, its DuckDB leaves a core to the front, and both processes' start-up heaps are frozen
out of the garbage collector (`bot/slack/jobs_priority.py`, `bot/slack/heap.py`)."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.settings import Settings
from bot.slack.heap import freeze_heap
from bot.slack.jobs_priority import jobs_settings, renice_database_backends


def test_the_jobs_processs_database_backends_run_at_its_niceness(pg_url: str) -> None:
    engine = create_engine(pg_url, pool_size=1)
    try:
        assert renice_database_backends(engine, niceness=19)
        with engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
            assert os.getpriority(os.PRIO_PROCESS, pid) == 19
            assert conn.execute(text("SELECT 1")).scalar_one() == 1  # still usable
    finally:
        engine.dispose()


def test_a_server_elsewhere_is_left_alone(tmp_path: Path) -> None:
    assert not renice_database_backends(create_engine(f"sqlite:///{tmp_path / 'x.db'}"))
    remote = create_engine("postgresql+psycopg://u@db.example.invalid/x")
    assert not renice_database_backends(remote)


def test_duckdb_in_the_jobs_process_leaves_a_core_unless_told(tmp_path: Path) -> None:
    settings = Settings(warehouse_threads=4)
    none = tmp_path / ".env"
    spare = max(1, (os.cpu_count() or 1) - 1)
    assert jobs_settings(settings, {}, none).warehouse_threads == min(4, spare)
    told = {"WAREHOUSE_THREADS": "4"}
    assert jobs_settings(settings, told, none).warehouse_threads == 4
    none.write_text("WAREHOUSE_THREADS=4\n")
    assert jobs_settings(settings, {}, none).warehouse_threads == 4


@pytest.fixture
def restore_gc():
    yield
    gc.unfreeze()


def test_the_heap_alive_after_start_up_is_left_out_of_collections(restore_gc: None) -> None:
    class Kept:
        pass

    kept = Kept()
    freeze_heap()
    assert gc.get_freeze_count() > 0
    assert not any(o is kept for o in gc.get_objects())  # no collection walks it again
