"""The sandboxed DuckDB warehouse has bounded resources: memory, threads, no spill to disk.

A query built as one huge expression, or a join that allocates, fails with one line and the
process that runs it stays alive and within its cap; the timeout still stops endless queries.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from slack_helpers import make_test_warehouse

from bot.engines import duckdb_engine
from bot.engines.registry import EngineRegistry
from bot.errors import QueryFailed
from bot.settings import Settings, load_settings


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_test_warehouse(tmp_path_factory.mktemp("limits") / "warehouse.duckdb")


def test_the_connection_gets_its_limits_before_the_configuration_is_locked(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(warehouse_path=warehouse, warehouse_memory_mb=300, warehouse_threads=1)
    registry = EngineRegistry(settings)
    # The test reads the settings that library SQL may not (`bot.library.engine_internals`).
    monkeypatch.setattr(duckdb_engine, "internals_problem", lambda sql: "")
    try:
        engine = registry.get("duckdb")
        row = engine.run(
            "SELECT current_setting('memory_limit'), current_setting('threads'), "
            "current_setting('temp_directory')",
            {},
        ).rows[0]
        assert row[0].startswith("286.") and row[1:] == (1, "")  # 300 MB in MiB; no spill
        for sql in ("SET memory_limit = '20GB'", "SET threads = 64", "RESET memory_limit"):
            with pytest.raises(QueryFailed):
                engine.run(sql, {})
    finally:
        registry.close()


def test_the_defaults_are_a_fraction_of_ram_and_a_few_threads() -> None:
    settings = load_settings({}, dotenv_path=Path("/nonexistent/.env"))
    assert 64 <= settings.warehouse_memory_mb <= 1024
    assert 1 <= settings.warehouse_threads <= 4
    assert load_settings({"WAREHOUSE_MEMORY_MB": "2048"}).warehouse_memory_mb == 2048


# The jobs process of `serve` in small: its memory cap (`serve_cmd._limit_memory`), the
# warehouse from the settings, and queries that each would take gigabytes.
SCRIPT = textwrap.dedent(
    """
    import json, logging, resource, sys
    from pathlib import Path
    from bot.cli.serve_cmd import _limit_memory
    from bot.engines.registry import EngineRegistry
    from bot.errors import QueryFailed
    from bot.settings import Settings

    settings = Settings(warehouse_path=Path(sys.argv[1]), warehouse_memory_mb=256, warehouse_threads=1)
    _limit_memory(settings, logging.getLogger("test"))
    engine = EngineRegistry(settings).get("duckdb")
    out = {"cap": resource.getrlimit(resource.RLIMIT_DATA)[0]}
    for name, sql, timeout in [
        ("repeat", "SELECT length(repeat('x', 2000000000)) AS n", 30),
        ("cross_join", "SELECT count(DISTINCT a.range * 100000 + b.range) AS n "
                       "FROM range(30000) a, range(30000) b", 30),
        ("endless", "SELECT count(*) AS n FROM range(1000000000000) a, range(1000000) b", 1),
        ("after", "SELECT count(*) AS n FROM orders", 30),
    ]:
        try:
            out[name] = engine.run(sql, {}, timeout_s=timeout).rows[0][0]
        except QueryFailed as exc:
            out[name] = str(exc)
    out["max_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps(out))
    """
)


def test_a_huge_expression_or_join_fails_in_one_line_and_the_process_stays_within_its_cap(
    warehouse: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(warehouse)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.splitlines()[-1])
    assert out["cap"] == (256 + 1024) * 2**20
    for name in ("repeat", "cross_join"):  # both used to run to the end (3.9 GB for repeat)
        assert out[name].startswith("The query needs more memory than the warehouse may use")
        assert "\n" not in out[name]
    assert "longer than 1" in out["endless"]  # the timeout's interrupt still works
    assert isinstance(out["after"], int)  # the process and its warehouse carry on
    assert out["max_rss"] < out["cap"]
