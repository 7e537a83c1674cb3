"""Known values refreshed outside the match path: at `serve` start and by a schedule-able call."""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb
import pytest

from bot.library.known_values import (
    attach_known_values,
    refresh_known_values,
    refresh_values_at_start,
)
from bot.library.loader import load_library


def _setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    library, warehouse, data = tmp_path / "lib", tmp_path / "wh.duckdb", tmp_path / "data"
    library.mkdir()
    (library / "city_stations.sql").write_text(
        "/*---\ntitle: Stations of a city\nparams:\n  city: {type: string}\n---*/\n"
        "SELECT name FROM station WHERE city = :city\n",
        encoding="utf-8",
    )
    with duckdb.connect(str(warehouse)) as con:
        con.execute("CREATE TABLE station (name TEXT, city TEXT)")
        con.execute("INSERT INTO station VALUES ('A', 'Mountain View'), ('B', 'San José')")
    return library, warehouse, data


def test_a_refresh_is_a_plain_call_a_scheduler_can_make(tmp_path: Path) -> None:
    library, warehouse, data = _setup(tmp_path)
    done = refresh_known_values(load_library(library), data, warehouse)
    assert (done.values, done.params, done.problems) == (2, 1, ())
    attached = attach_known_values(load_library(library), data, warehouse)
    assert [e[1:] for e in attached.value_keys["san jose"]] == [("city", "San José")]


def test_serve_start_refreshes_and_never_stops_start_up(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    library, warehouse, data = _setup(tmp_path)
    with caplog.at_level(logging.INFO, logger="datarequest"):
        refresh_values_at_start(library, data, warehouse)
        refresh_values_at_start(library, data, tmp_path / "missing.duckdb")
        refresh_values_at_start(tmp_path / "no-library", data, warehouse)
    text = caplog.text
    assert "known values refreshed: 2 for 1 parameter(s)" in text
    assert "no DuckDB warehouse" in text and "not refreshed at start-up" in text
    assert "mountain view" in attach_known_values(load_library(library), data, warehouse).value_keys


def test_the_scheduler_refreshes_them_and_the_live_library_answers_with_them(
    tmp_path: Path,
) -> None:
    from bot.services import build_services
    from bot.settings import Settings
    from scheduler.runner import VALUES_JOB_ID, refresh_known_values_job, start_scheduler

    library, warehouse, data = _setup(tmp_path)
    settings = Settings(
        query_library=library, warehouse_path=warehouse, data_dir=data, schedules_file=None
    )
    services = build_services(settings)
    try:
        assert "oakland" not in services.library.value_keys
        with duckdb.connect(str(warehouse)) as con:  # the warehouse's data changes
            con.execute("INSERT INTO station VALUES ('C', 'Oakland')")
        assert refresh_known_values_job(services, settings)
        assert [e[1:] for e in services.library.value_keys["oakland"]] == [("city", "Oakland")]
        handle = start_scheduler(services, settings, interval_s=3600)
        try:
            job = handle.apscheduler.get_job(VALUES_JOB_ID)
            assert job is not None and job.trigger.interval.total_seconds() == 24 * 3600
        finally:
            handle.stop()
        off = start_scheduler(
            services, Settings(**{**settings.__dict__, "known_values_refresh_hours": 0})
        )
        try:
            assert off.apscheduler.get_job(VALUES_JOB_ID) is None
        finally:
            off.stop()
    finally:
        services.close()


def test_a_key_file_with_no_usable_value_is_empty_and_never_breaks_a_lookup(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.library.value_keys import KeyFile, write_key_file

    path = tmp_path / "values.keys"
    write_key_file(path, {})
    keys = KeyFile(path)
    assert not keys and keys.get("emea") is None and list(keys) == []
    # A file written by an older version, with a blank line after the header, reads the same.
    path.write_bytes(path.read_bytes() + b"\n")
    assert KeyFile(path).get("emea") is None


def test_processes_refreshing_the_same_values_at_once_each_leave_a_whole_file(
    tmp_path: Path,
) -> None:
    """Two `serve` processes starting together both refresh; neither may fail or leave a torn file."""
    import subprocess
    import sys

    library, warehouse, data = _setup(tmp_path)
    refresh_known_values(load_library(library), data, warehouse)  # the warehouse is read once
    script = (
        "import sys; from pathlib import Path\n"
        "from bot.library.known_values import refresh_known_values\n"
        "from bot.library.loader import load_library\n"
        "lib = load_library(Path(sys.argv[1]))\n"
        "for _ in range(30):\n"
        "    refresh_known_values(lib, Path(sys.argv[2]), Path(sys.argv[3]))\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(library), str(data), str(warehouse)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    # the values, their keys, their words (bot.library.value_parts_file) and the shown columns'
    # keys (bot.library.shown_values); no leftovers
    assert sorted("".join(p.suffixes) for p in (data / "known-values").iterdir()) == [
        ".json",
        ".keys",
        ".parts",
        ".shown.keys",
    ]
    live = load_library(library)
    attach_known_values(live, data, warehouse)
    assert "san jose" in live.value_keys
