"""The `datarequest` command as a person runs it: exit codes, output, the demo warehouse."""

from __future__ import annotations

import argparse
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


# ---- canned queries by name, output formats, the library ---------------------------------------


def test_ask_a_query_by_name_with_params(data_env) -> None:  # type: ignore[no-untyped-def]
    args = ("ask", "top_customers", "--param", "n=3", "--param", "period=Q3 2026")
    done = run(*args, "--today", TODAY, env=data_env)
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("ran top_customers: ") and "period_start=2026-07-01" in first
    assert "3 row(s)" in done.stdout
    done = run("ask", "order_lookup", "--today", TODAY, env=data_env)
    assert done.returncode == 3 and "--param order_id=" in done.stdout
    done = run("ask", "top_customers", "--param", "count=3", env=data_env)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("datarequest: top_customers has no parameter 'count'")
    done = run("ask", "top_customerz", "--param", "n=3", env=data_env)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "datarequest: There is no query named 'top_customerz' in the library. "
        "Did you mean top_customers or churned_customers?"
    )


def test_ask_prints_csv_and_json(data_env) -> None:  # type: ignore[no-untyped-def]
    base = ("ask", "top 3 customers last quarter", "--today", TODAY)
    done = run(*base, "--format", "csv", env=data_env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("customer_id,name,") and len(lines) == 4
    done = run(*base, "--format", "json", env=data_env)
    payload = json.loads(done.stdout)
    assert payload["query"] == "top_customers" and payload["row_count"] == 3
    assert payload["params"]["period_start"] == "2026-07-01" and len(payload["rows"]) == 3


def test_ask_ids_and_years_without_separators(data_env) -> None:  # type: ignore[no-untyped-def]
    done = run("ask", "top_customers", "--param", "n=40", "--today", TODAY, env=data_env)
    assert done.returncode == 0, done.stderr
    ids = [line.split()[0] for line in done.stdout.splitlines()[5:-2] if line.strip()]
    assert ids and all(i.isdigit() for i in ids)  # never 1,234


def test_ask_with_ticket_opens_one_and_the_request_is_recorded(tmp_path: Path, data_env) -> None:  # type: ignore[no-untyped-def]
    env = {**data_env, "DATA_DIR": str(tmp_path)}
    done = run("ask", "please build a looker dashboard", "--ticket", "--as", "dana", env=env)
    assert done.returncode == 3 and "opened ticket #1" in done.stdout
    import sqlite3

    with sqlite3.connect(tmp_path / "datarequest.sqlite3") as con:
        rows = con.execute("SELECT user_id, channel_id, status, ticket_id FROM request_log")
        assert rows.fetchall() == [("dana", "cli", "unmatched", 1)]
        assert con.execute("SELECT requester_id FROM tickets").fetchall() == [("dana",)]


def test_ask_says_cached_and_db_clear_cache_forgets_the_results(tmp_path: Path, data_env) -> None:  # type: ignore[no-untyped-def]
    env = {**data_env, "DATA_DIR": str(tmp_path)}
    ask = ("ask", "top 5 customers last quarter", "--today", TODAY)
    first, second = run(*ask, env=env), run(*ask, env=env)
    assert first.returncode == second.returncode == 0
    assert "cached" not in first.stdout.splitlines()[0]
    assert second.stdout.splitlines()[0].endswith("; cached just now")
    assert second.stdout.splitlines()[1:] == first.stdout.splitlines()[1:]
    other = run("db", "clear-cache", "--query", "orders_by_status", env=env)
    assert other.returncode == 0 and other.stdout.startswith("Cleared 0 cached result(s) of")
    done = run("db", "clear-cache", env=env)
    assert done.returncode == 0 and done.stdout.startswith("Cleared 1 cached result(s);")
    third = run(*ask, env=env)
    assert "cached" not in third.stdout.splitlines()[0]


def test_queries_show(data_env) -> None:  # type: ignore[no-untyped-def]
    done = run("queries", "show", "revenue_by_region", env=data_env)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("revenue_by_region: Revenue by region")
    assert "owner:" in out and "period (date_range, default last month)" in out
    assert "examples:" in out and "sql:" in out and ":period_start" in out


def test_version_and_every_option_has_help() -> None:
    done = run("--version")
    assert done.returncode == 0 and done.stdout.startswith("datarequest ")
    from bot.cli import build_parser

    missing = []

    def walk(parser, path):  # type: ignore[no-untyped-def]
        for action in parser._actions:
            is_group = isinstance(action, argparse._SubParsersAction)
            if action.help is None and not is_group:
                missing.append(f"{path} {action.dest}")
            choices = getattr(action, "choices", None)
            for name, sub in choices.items() if isinstance(choices, dict) else ():
                walk(sub, f"{path} {name}")

    walk(build_parser(), "datarequest")
    mine = [m for m in missing if m.split()[1] in ("ask", "match", "queries", "demo-data", "serve")]
    assert mine == []


# ---- no traceback: one line on stderr that says what is wrong ------------------------------------


def _one_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_wrong_time_zone_is_one_line(data_env) -> None:  # type: ignore[no-untyped-def]
    env = {**data_env, "TIMEZONE": "Mars/Base"}
    line = _one_line(run("ask", "orders by status last week", env=env))
    assert line.startswith("datarequest: Invalid setting TIMEZONE='Mars/Base': not a known time")
    assert _one_line(run("queries", "list", env=env)) == line


def test_an_invalid_database_url_is_one_line(data_env) -> None:  # type: ignore[no-untyped-def]
    env = {**data_env, "DATABASE_URL": "not a url"}
    line = _one_line(run("ask", "orders by status last week", "--today", TODAY, env=env))
    assert line.startswith("datarequest: Invalid setting DATABASE_URL='not a url'")


def test_an_unreachable_database_is_one_line(data_env) -> None:  # type: ignore[no-untyped-def]
    url = f"postgresql+psycopg://postgres:hunter2@127.0.0.1:{_closed_port()}/nowhere"
    env = {**data_env, "DATABASE_URL": url}
    line = _one_line(run("ask", "orders by status last week", "--today", TODAY, env=env))
    assert line.startswith(
        "datarequest: Cannot open the database postgresql+psycopg://postgres:***@"
    )
    assert "(check DATABASE_URL)" in line and "hunter2" not in line


def _unwritable_folder(tmp_path: Path) -> Path:
    # chmod works for ordinary users; root ignores it, so there the folder is put under a
    # regular file, in which no one can create anything.
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    return locked / "data" if os.geteuid() != 0 else tmp_path / "a-file" / "data"


def test_a_data_dir_that_cannot_be_written_is_one_line(tmp_path: Path, data_env) -> None:  # type: ignore[no-untyped-def]
    data_dir = _unwritable_folder(tmp_path)
    try:
        env = {**data_env, "DATA_DIR": str(data_dir)}
        line = _one_line(run("ask", "orders by status last week", "--today", TODAY, env=env))
        assert line.startswith("datarequest: Cannot open the database sqlite:///")
        assert line.endswith("(check DATA_DIR)")
        # With the database elsewhere, the demo warehouse cannot be generated there either.
        env = {
            "DATA_DIR": str(data_dir),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        }
        line = _one_line(run("ask", "orders by status last week", "--today", TODAY, env=env))
        assert line.startswith(
            f"datarequest: Cannot write the demo warehouse in DATA_DIR={data_dir}"
        )
    finally:
        (tmp_path / "locked").chmod(0o700)


def test_serve_with_a_broken_library_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "bad.sql").write_text("SELECT 1", encoding="utf-8")
    env = {
        "QUERY_LIBRARY": str(tmp_path),
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "secret",
        "SLACK_API_URL": f"http://127.0.0.1:{_closed_port()}/api/",
        "DATA_DIR": str(tmp_path / "data"),
    }
    line = _one_line(run("serve", "--single-process", env=env))
    assert line.startswith(f"datarequest: The query library {tmp_path} cannot be loaded: ")
    assert "bad.sql:1: a query file must start with a YAML header" in line
    assert line.endswith("run `datarequest queries validate` for details")


def test_serve_with_an_unreachable_database_is_one_line(tmp_path: Path) -> None:
    env = {
        "DATABASE_URL": f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/nowhere",
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "secret",
        "SLACK_API_URL": f"http://127.0.0.1:{_closed_port()}/api/",
        "DATA_DIR": str(tmp_path),
        "TRIAGE_CHANNEL": "C0TRIAGE01",
    }
    line = _one_line(run("serve", env=env))
    assert line.startswith("datarequest: Cannot open the database postgresql+psycopg://")
    assert line.endswith("(check DATABASE_URL)")


def test_validate_reports_a_planning_failure_in_one_line_without_a_traceback(
    data_env: dict[str, str], tmp_path: Path
) -> None:
    import shutil

    from bot.settings import STARTER_LIBRARY

    library = tmp_path / "library"
    shutil.copytree(STARTER_LIBRARY, library)
    (library / "broken_plan.sql").write_text(
        "/*---\ntitle: Broken plan\ndescription: a table that does not exist\n---*/\n"
        "SELECT * FROM no_such_table\n"
    )
    done = run("queries", "validate", "--library", str(library), "--no-examples", env=data_env)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert "broken_plan.sql:5: the duckdb engine cannot plan it" in done.stdout + done.stderr
    # The engine's detail is one line on a terminal; --verbose shows all of it.
    verbose = run(
        "--verbose", "queries", "validate", "--library", str(library), "--no-examples", env=data_env
    )
    assert "Traceback" in verbose.stderr


def test_a_fast_command_parses_as_with_every_command_registered() -> None:
    """`match` registers only its own module (bot.cli FAST_COMMANDS): the same options, help
    and usage as when every command is registered, and nothing else imported for it."""
    from bot.cli import FAST_COMMANDS, _fast_module, build_parser

    def command_parser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return sub.choices[name]

    for command, module in FAST_COMMANDS.items():
        alone = command_parser(build_parser(module), command)
        full = command_parser(build_parser(), command)
        assert alone.format_help() == full.format_help()
        assert _fast_module(["-v", command, "revenue", "--json"]) == module
    assert _fast_module(["queries", "list"]) is None and _fast_module(["--help"]) is None


def test_match_and_help_import_no_heavy_library(data_env) -> None:  # type: ignore[no-untyped-def]
    """The CLI's fast paths stay fast: `match` and `--help` never import the database, engine,
    Slack or parser libraries (each of them costs a tenth of a second or more to import)."""
    heavy = ("sqlalchemy", "duckdb", "slack_bolt", "slack_sdk", "sqlglot", "alembic", "uvicorn")
    probe = (
        "import sys\n"
        "from bot.cli import main\n"
        "try:\n    code = main(sys.argv[1:])\n"
        "except SystemExit as stop:\n    code = stop.code or 0\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r})\n"
        "print(loaded, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    for args in (["match", "revenue by region last month", "--json"], ["--help"]):
        done = subprocess.run(
            [sys.executable, "-c", probe, *args],
            capture_output=True,
            text=True,
            env={**os.environ, **data_env},
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr.strip().splitlines()[-1] == "[]", (args, done.stderr[-500:])


def test_validate_reports_an_example_the_matcher_refuses_and_goes_on(
    data_env: dict[str, str], tmp_path: Path
) -> None:
    """An example whose words cannot be meant (a date that does not exist) is one problem line
    at its file and line; the other examples are still checked."""
    (tmp_path / "orders_by_day.sql").write_text(
        "/*---\ntitle: Orders by day\nexamples:\n  - orders by day last month\n"
        "  - orders by day from 2026-02-30 to 2026-03-05\n"
        "params:\n  period: {type: date_range, default: last month}\n---*/\n"
        "SELECT order_date, count(*) FROM orders\n"
        "WHERE order_date BETWEEN :period_start AND :period_end GROUP BY 1\n",
        encoding="utf-8",
    )
    done = run("queries", "validate", "--library", str(tmp_path), "--no-explain", env=data_env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert (
        "orders_by_day.sql:5: example 'orders by day from 2026-02-30 to 2026-03-05' is refused:"
        in done.stdout
    )
    assert "1/2 examples matched back to their query" in done.stdout
