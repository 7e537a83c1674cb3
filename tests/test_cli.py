"""The `datarequest` command as a person runs it: exit codes, output, the demo warehouse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = str(Path(sys.executable).parent / "datarequest")
TODAY = "2026-11-22"


def run(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess:
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QUERY_LIBRARY", "WAREHOUSE_PATH", "DATABASE_URL")
    }
    full_env.update(env or {})
    return subprocess.run(
        [CLI, *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=180,
        check=False,
    )


@pytest.fixture(scope="module")
def data_env(tmp_path_factory) -> dict[str, str]:  # type: ignore[no-untyped-def]
    data = tmp_path_factory.mktemp("data")
    warehouse = data / "warehouse.duckdb"
    done = run("demo-data", "--scale", "0.02", "--path", str(warehouse), "--today", TODAY)
    assert done.returncode == 0, done.stderr
    assert warehouse.exists() and "orders" in done.stdout
    return {"DATA_DIR": str(data), "WAREHOUSE_PATH": str(warehouse)}


def test_match_json_one_line(data_env) -> None:  # type: ignore[no-untyped-def]
    done = run("match", "orders by status last week", "--today", TODAY, "--json", env=data_env)
    assert done.returncode == 0
    out = json.loads(done.stdout)
    assert out["query"] == "orders_by_status" and out["params"]["period_start"] == "2026-11-09"


def test_match_stdin_many_lines_in_order(data_env) -> None:  # type: ignore[no-untyped-def]
    done = run(
        "match",
        "-",
        "--json",
        "--today",
        TODAY,
        env=data_env,
        stdin="MRR by plan\nbuild a dashboard\n\nDAU on iOS\n",
    )
    assert done.returncode == 0
    lines = [json.loads(x) for x in done.stdout.splitlines()]
    assert [x["status"] for x in lines] == ["matched", "unmatched", "unmatched", "matched"]
    assert lines[3]["params"]["platform"] == "ios"


def test_match_with_a_broken_library_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "bad.sql").write_text("SELECT 1", encoding="utf-8")
    done = run("match", "anything", "--library", str(tmp_path), "--json")
    assert done.returncode == 1
    assert "bad.sql:1:" in done.stderr and "Traceback" not in done.stderr


def test_ask_prints_a_table(data_env) -> None:  # type: ignore[no-untyped-def]
    done = run("ask", "top 5 customers last quarter", "--today", TODAY, env=data_env)
    assert done.returncode == 0, done.stderr
    assert "matched top_customers" in done.stdout and "5 row(s)" in done.stdout


def test_ask_unmatched_and_missing_exit_3(data_env) -> None:  # type: ignore[no-untyped-def]
    done = run("ask", "please build a looker dashboard", "--today", TODAY, env=data_env)
    assert done.returncode == 3 and "would become a ticket" in done.stdout
    done = run("ask", "look up a customer", "--today", TODAY, env=data_env)
    assert done.returncode == 3 and "customer" in done.stdout


def test_ask_creates_the_demo_warehouse_on_first_run(tmp_path: Path) -> None:
    done = run(
        "ask",
        "orders by status last week",
        "--today",
        TODAY,
        env={"DATA_DIR": str(tmp_path), "DEMO_SCALE": "0.01"},
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "warehouse.duckdb").exists()


def test_queries_list_and_validate(data_env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = run("queries", "list", env=data_env)
    assert (
        done.returncode == 0 and "revenue_by_region" in done.stdout and "15 queries" in done.stdout
    )
    done = run("queries", "validate", "--today", TODAY, env=data_env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK: 15 queries, 15 planned" in done.stdout, done.stdout
    (tmp_path / "q.sql").write_text("/*---\ntitle: x\n---*/\nSELECT :nope\n", encoding="utf-8")
    done = run("queries", "validate", "--library", str(tmp_path), "--no-explain", env=data_env)
    assert done.returncode == 1 and ":nope is used in the SQL" in done.stdout


def test_usage_error_exits_2() -> None:
    assert run("match").returncode == 2
    assert run().returncode == 2
