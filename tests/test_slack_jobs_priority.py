"""The jobs process's DuckDB leaves a core to the front, and both processes' start-up heaps are
frozen out of the garbage collector (`bot/slack/jobs_priority.py`, `bot/slack/heap.py`)."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.slack.heap import freeze_heap
from bot.slack.jobs_priority import jobs_settings


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
